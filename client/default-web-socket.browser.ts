/**
 * This platform's WebSocket, browser: the global one. The browser bundle
 * (scripts/build-client.ts) uses this module in place of
 * `default-web-socket.ts`. It cannot bound a message's size (the router
 * does) nor drop a connection without a close handshake (`terminate` closes).
 * While the browser says it is offline it does not dial at all: the attempt
 * would fail anyway, and the browser logs each failed WebSocket as an error;
 * a session backs off and tries again.
 */
import { clientError } from './client-error.js';
import type { WebSocketFactory, WebSocketLike } from './web-socket.js';

type WebSocketClass = new (url: string, protocol: string) => WebSocketLike;

export const defaultWebSocketFactory: WebSocketFactory = (url, protocol) => {
  const scope = globalThis as { WebSocket?: WebSocketClass; navigator?: { onLine?: boolean } };
  if (scope.WebSocket === undefined) throw clientError('VOX_CLIENT_UNEXPECTED', 'this runtime has no WebSocket: pass a webSocket factory', false);
  if (scope.navigator?.onLine === false) throw clientError('VOX_CLIENT_CLOSED', `not connecting to ${url}: the browser is offline`, true);
  return new scope.WebSocket(url, protocol);
};
