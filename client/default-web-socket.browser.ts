/**
 * This platform's WebSocket, browser: the global one. The browser bundle
 * (scripts/build-client.ts) uses this module in place of
 * `default-web-socket.ts`. It cannot bound a message's size (the router
 * does) nor drop a connection without a close handshake (`terminate` closes).
 */
import { clientError } from './client-error.js';
import type { WebSocketFactory, WebSocketLike } from './web-socket.js';

type WebSocketClass = new (url: string, protocol: string) => WebSocketLike;

export const defaultWebSocketFactory: WebSocketFactory = (url, protocol) => {
  const Global = (globalThis as { WebSocket?: WebSocketClass }).WebSocket;
  if (Global === undefined) throw clientError('VOX_CLIENT_UNEXPECTED', 'this runtime has no WebSocket: pass a webSocket factory', false);
  return new Global(url, protocol);
};
