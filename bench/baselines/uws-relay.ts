#!/usr/bin/env node
/**
 * Baseline: a minimal uWebSockets.js pub/sub relay speaking the bench's
 * subset of the voxring protocol (relay-protocol.ts) on /v1/ws. No storage,
 * no auth: what a router costs when it only forwards. Prints
 * `relay listening on ws://127.0.0.1:PORT/v1/ws` once ready; stops on
 * SIGINT/SIGTERM.
 */
import uWS from '@trufflesuite/uws-js-unofficial';
import { SUBPROTOCOL_PROTO } from '../../proto/frames.js';
import { handleRelayMessage, newRelayState, portFromArgs, RELAY_PATH, type RelaySocket, type RelayState } from './relay-protocol.js';

interface UserData {
  state: RelayState;
}

const app = uWS.App();
app.ws<UserData>(RELAY_PATH, {
  maxPayloadLength: 64 * 1024,
  idleTimeout: 0,
  maxBackpressure: 0,
  upgrade: (res, req, context) => {
    const offered = req.getHeader('sec-websocket-protocol').split(',').map((p) => p.trim());
    res.upgrade<UserData>(
      { state: newRelayState() },
      req.getHeader('sec-websocket-key'),
      offered.includes(SUBPROTOCOL_PROTO) ? SUBPROTOCOL_PROTO : '',
      req.getHeader('sec-websocket-extensions'),
      context,
    );
  },
  message: (ws, message) => {
    const socket: RelaySocket = {
      send: (bytes) => void ws.send(bytes, true),
      subscribe: (topic) => void ws.subscribe(topic),
      publish: (topic, bytes) => void app.publish(topic, bytes, true),
    };
    // The ArrayBuffer is uWS's receive buffer, valid during this call: publish copies it out.
    handleRelayMessage(socket, ws.getUserData().state, new Uint8Array(message));
  },
});

let listenSocket: uWS.us_listen_socket | undefined;
app.listen('127.0.0.1', portFromArgs(process.argv), (socket) => {
  if (!socket) {
    console.error('uws-relay: cannot listen');
    process.exit(1);
  }
  listenSocket = socket;
  console.log(`relay listening on ws://127.0.0.1:${uWS.us_socket_local_port(socket)}${RELAY_PATH}`);
});

const stop = (): void => {
  if (listenSocket) uWS.us_listen_socket_close(listenSocket);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
