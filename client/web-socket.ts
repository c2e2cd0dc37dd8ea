/**
 * The WebSocket the SDK talks through: the part of the WHATWG WebSocket API
 * it uses, which a browser's global WebSocket and Node's `ws` both
 * implement, plus what only `ws` can do (drop the TCP connection, read the
 * HTTP answer that refused an upgrade), optional so that it degrades in a
 * browser. A `WebSocketFactory` opens one; `default-web-socket.ts` is this
 * platform's (ws in Node, the global WebSocket in the browser bundle), and a
 * caller may pass its own (`ConnectOptions.webSocket`, `SessionOptions.webSocket`).
 */
import type { VoxClientError } from './client-error.js';

/** WebSocket readyState values (WHATWG). */
export const SOCKET_OPEN = 1;
export const SOCKET_CLOSED = 3;

export interface SocketMessageEvent {
  /** A string for a text message; an ArrayBuffer for a binary one (binaryType 'arraybuffer'). */
  readonly data: unknown;
}

export interface SocketCloseEvent {
  readonly code: number;
  readonly reason: string;
}

/** The WHATWG WebSocket as far as the SDK uses it. */
export interface WebSocketLike {
  readonly readyState: number;
  readonly url: string;
  binaryType: string;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: SocketMessageEvent) => void): void;
  addEventListener(type: 'close', listener: (event: SocketCloseEvent) => void): void;
  addEventListener(type: 'error', listener: (event: { readonly error?: unknown }) => void): void;
  /** Node (ws) only: drops the TCP connection without a close handshake. */
  terminate?(): void;
  /** Node (ws) only: set before the `error` event when the router answered the upgrade with an HTTP error. */
  readonly refusal?: VoxClientError;
}

/**
 * Opens a WebSocket to `url` asking for `protocol`; `maxPayload` bounds one
 * incoming message where the platform can. It may throw instead (a
 * retryable VoxClientError: not now, e.g. the browser is offline).
 */
export type WebSocketFactory = (url: string, protocol: string, options: { maxPayload: number }) => WebSocketLike;
