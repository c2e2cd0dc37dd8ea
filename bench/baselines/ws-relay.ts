#!/usr/bin/env node
/**
 * Baseline: a minimal relay on the `ws` library (node:http), same protocol
 * subset as uws-relay.ts (relay-protocol.ts), topics kept in a Map of Sets.
 * Prints `relay listening on ws://127.0.0.1:PORT/v1/ws`; stops on SIGINT/SIGTERM.
 */
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { SUBPROTOCOL_PROTO } from '../../proto/frames.js';
import { handleRelayMessage, newRelayState, portFromArgs, RELAY_PATH, type RelaySocket } from './relay-protocol.js';

const topics = new Map<string, Set<WebSocket>>();
const server = http.createServer((_req, res) => res.writeHead(404).end());
const wss = new WebSocketServer({
  server,
  path: RELAY_PATH,
  perMessageDeflate: false,
  maxPayload: 64 * 1024,
  handleProtocols: (offered) => (offered.has(SUBPROTOCOL_PROTO) ? SUBPROTOCOL_PROTO : false),
});

wss.on('connection', (ws) => {
  const state = newRelayState();
  const mine = new Set<string>();
  const socket: RelaySocket = {
    send: (bytes) => ws.send(bytes),
    subscribe: (topic) => {
      let set = topics.get(topic);
      if (!set) topics.set(topic, (set = new Set()));
      set.add(ws);
      mine.add(topic);
    },
    publish: (topic, bytes) => {
      for (const peer of topics.get(topic) ?? []) peer.send(bytes);
    },
  };
  ws.on('message', (data: Buffer) => handleRelayMessage(socket, state, data));
  ws.on('close', () => {
    for (const topic of mine) {
      const set = topics.get(topic);
      set?.delete(ws);
      if (set?.size === 0) topics.delete(topic);
    }
  });
});

server.listen(portFromArgs(process.argv), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`relay listening on ws://127.0.0.1:${port}${RELAY_PATH}`);
});

const stop = (): void => {
  for (const ws of wss.clients) ws.terminate();
  server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
