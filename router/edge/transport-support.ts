/**
 * Small pieces both transports share so that their observable behaviour
 * (status lines, close codes, subprotocol parsing, error answers) is the
 * same byte for byte.
 */
import { STATUS_CODES } from 'node:http';
import { DEFAULT_LIMITS } from '../../common/config.js';
import { ERROR_SPECS, type ErrorCode } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { TransportOptions } from './transport.js';

/** TransportOptions plus what an implementation may use but the router need not pass. */
export interface TransportRuntimeOptions extends TransportOptions {
  /** Receives errors thrown by handlers; without it they are swallowed after answering 500/1011. */
  logger?: Logger;
}

/** Close code and reason used for every connection when the transport closes. */
export const SHUTDOWN_CLOSE = { code: 1001, reason: 'server shutting down' } as const;

/** Close code reported when a handler throws while handling a message. */
export const INTERNAL_CLOSE = { code: 1011, reason: 'internal error' } as const;

/** Close code for an incoming message over maxPayloadBytes. */
export const TOO_BIG_CLOSE = { code: 1009, reason: 'message too big' } as const;

/** How long close() waits for clients to answer the close handshake before dropping them. */
export const CLOSE_GRACE_MS = 1000;

/** uWS refuses 1–7 s (it aborts the process); both transports use the same rounding. */
export function effectiveIdleTimeout(seconds: number): number {
  if (seconds <= 0) return 0;
  return Math.max(8, Math.ceil(seconds));
}

/** "404 Not Found" for a status code. */
export function statusLine(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? 'Unknown'}`;
}

/** Sec-WebSocket-Protocol header → offered subprotocols, in the client's order. */
export function parseProtocols(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** "::ffff:127.0.0.1" → "127.0.0.1", so both transports report the same text. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return '';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * Codes a peer may legally receive in a close frame (RFC 6455 §7.4). Others
 * (1005, 1006, out of range) are a caller bug; they become 1011 rather than
 * an exception thrown from a close path.
 */
export function sendableCloseCode(code: number): number {
  const valid =
    Number.isInteger(code) &&
    ((code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) || (code >= 3000 && code <= 4999));
  return valid ? code : INTERNAL_CLOSE.code;
}

/** A close reason must fit in 123 bytes of UTF-8; cut on a character boundary. */
export function sendableCloseReason(reason: string): string {
  if (Buffer.byteLength(reason) <= 123) return reason;
  let out = '';
  let bytes = 0;
  for (const ch of reason) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > 123) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** Bytes of a body chunk: strings as UTF-8, byte views passed through uncopied. */
export function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

/** Declared request body size, or null when absent or unparsable. */
export function declaredLength(headers: Readonly<Record<string, string>>): number | null {
  const raw = headers['content-length'];
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/** Answer sent when a body exceeds the readBody limit and the handler did not answer itself. */
export const BODY_TOO_LARGE_ANSWER = {
  status: 413,
  headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
  body: 'request body too large',
} as const;

/** An answer the transport gives itself, before the router sees the request, in the API's JSON error shape. */
export interface TransportAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The JSON error answer for `code` (connection closed after it: the request could not be framed or was refused unread). */
export function jsonErrorAnswer(code: ErrorCode, message?: string): TransportAnswer {
  const spec = ERROR_SPECS[code];
  const body = JSON.stringify({ error: { code, message: message ?? spec.message, retryable: spec.retryable } });
  return {
    status: spec.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' },
    body,
  };
}

/** The request's header lines exceed maxHttpHeaders: its 431 answer; undefined when within. */
export function tooManyHeaders(count: number, max: number | undefined): TransportAnswer | undefined {
  const limit = max ?? DEFAULT_LIMITS.maxHttpHeaders;
  if (count <= limit) return undefined;
  return jsonErrorAnswer('VOX_HEADERS_TOO_LARGE', `request has ${count} header lines; at most ${limit} (maxHttpHeaders)`);
}

/** The whole HTTP/1.1 message of an answer, for a raw socket. */
export function rawAnswer(answer: TransportAnswer): string {
  const lines = Object.entries(answer.headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${statusLine(answer.status)}\r\n${lines.join('')}\r\n${answer.body}`;
}

/** Answer sent when onHttp throws before responding. */
export const INTERNAL_ERROR_ANSWER = {
  status: 500,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'internal error',
} as const;

/** Calls a handler; a throw or a rejected promise goes to onError instead of up the native stack. */
export function callSafely(fn: () => unknown, onError: (err: unknown) => void): void {
  try {
    const result = fn();
    if (result instanceof Promise) result.catch(onError);
  } catch (err) {
    onError(err);
  }
}
