#!/usr/bin/env node
/**
 * Baseline: a minimal uWebSockets.js pub/sub relay speaking the bench's
 * subset of the voxring protocol (relay-protocol.ts) on /v1/ws. No storage,
 * no auth: what a router costs when it only forwards. Prints
 * `relay listening on ws://127.0.0.1:PORT/v1/ws` once ready; stops on
 * SIGINT/SIGTERM.
 */
import uWS from '@trufflesuite/uws-js-unofficial';
import { listenRelay, relayApp } from './uws-relay-app.js';

const app = relayApp((ws, app) => ({
  send: (bytes) => void ws.send(bytes, true),
  subscribe: (topic) => void ws.subscribe(topic),
  // publish copies the bytes out of uWS's receive buffer.
  publish: (topic, bytes) => void app.publish(topic, bytes, true),
}));

listenRelay(app).then(
  (listenSocket) => {
    const stop = (): void => {
      uWS.us_listen_socket_close(listenSocket);
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  () => {
    console.error('uws-relay: cannot listen');
    process.exit(1);
  },
);
