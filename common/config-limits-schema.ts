/**
 * The limits' part of the config schema (README *Limits*): each with its
 * default, range, one-line description and what happens when it is exceeded.
 * loadConfig nests them under RouterConfig.limits.
 */
import { DAY, GiB, int, KiB, MiB, MINUTE, SECOND, type OptionMeta } from './config-option-builders.js';

function limit(min: number, max: number, fallback: number, meta: Omit<OptionMeta, 'group' | 'exceeded'> & { exceeded: string }) {
  return int(min, max, fallback, { ...meta, group: 'limits' });
}

export const LIMIT_OPTIONS = {
  maxFrameBytes: limit(KiB, 16 * MiB, 64 * KiB, {
    description: 'Largest WebSocket frame accepted (bytes); larger closes the socket with 1009.',
    exceeded: 'WebSocket closed with 1009',
  }),
  maxChunkBytes: limit(16, 65535, 4000, {
    description: 'Largest Opus packet in one chunk (bytes); at least 256 below maxFrameBytes.',
    exceeded: 'error `VOX_CHUNK_TOO_LARGE`, chunk dropped (an empty payload: `VOX_CHUNK_EMPTY`)',
  }),
  maxMessageDurationMs: limit(SECOND, DAY, 15 * MINUTE, {
    description: 'Longest voice message (ms of audio); the message is ended when reached.',
    exceeded:
      "counted from the packets' real durations (their TOC bytes), never chunks × the declared frame duration; error `VOX_MESSAGE_TOO_LONG`; the message ends complete at the limit",
  }),
  maxChunksPerSecond: limit(1, 100_000, 250, {
    description: 'Sustained chunks per second per user (token bucket rate).',
    exceeded:
      "token bucket per **user** (`chunkBurst` its size), shared by all their connections through both doors on one router (a user's native connections are all on their home router of a ring; Zello connections cannot be redirected, so Zello connections of one user on several routers get a bucket on each); error `VOX_CHUNK_RATE`, chunk not stored (resend it)",
  }),
  chunkBurst: limit(1, 1_000_000, 1500, {
    description: 'Token bucket size for chunks: allows resending a backlog after reconnect.',
    exceeded: 'the bucket of `maxChunksPerSecond`: as there',
  }),
  maxConnections: limit(1, 10_000_000, 20_000, {
    description: 'Authenticated WebSocket connections per router (connections still authenticating have their own caps).',
    exceeded:
      'authenticated connections: upgrade refused with 503 `VOX_TOO_MANY_CONNECTIONS` (a hello or Zello logon past it: close 4009); connections still authenticating do not count (next two rows)',
  }),
  maxUnauthenticatedPerAddress: limit(1, 10_000_000, 10, {
    description: 'Connections of one client address not yet authenticated (per router); more are refused (429 / close 4029).',
    exceeded:
      'connections of one client address not yet authenticated, per router: upgrade refused with 429 `VOX_TOO_MANY_UNAUTHENTICATED` (one that raced past the check: close 4029)',
  }),
  maxUnauthenticatedConnections: limit(1, 10_000_000, 1000, {
    description: 'Connections not yet authenticated on one router, all addresses together.',
    exceeded: 'connections not yet authenticated on one router, all addresses: as above',
  }),
  loginAttemptsPerAddress: limit(1, 1_000_000, 20, {
    description: 'Log-in attempts (HTTP and Zello) per client address per authWindowMs; more answer VOX_RATE_LIMITED.',
    exceeded:
      'per `authWindowMs`: log-ins (HTTP `/v1/login`, Zello password logon) from one client address, failed or not: 429 `VOX_RATE_LIMITED` with `Retry-After` (Zello: `too many requests`)',
  }),
  loginFailuresPerUsername: limit(1, 1_000_000, 50, {
    description: 'Failed log-ins per username per loginFailureWindowMs, from any address; more answer VOX_RATE_LIMITED.',
    exceeded: 'per `loginFailureWindowMs`: failed log-ins of one username from any address: as above, for that username only; a success clears them',
  }),
  signupsPerAddress: limit(1, 1_000_000, 5, {
    description: 'Sign-ups per client address per authWindowMs.',
    exceeded: 'per `authWindowMs`: sign-ups from one client address: 429 `VOX_RATE_LIMITED` with `Retry-After`',
  }),
  tokenFailuresPerAddress: limit(1, 1_000_000, 20, {
    description: 'Rejected session tokens per client address per authWindowMs; then every token use from it waits.',
    exceeded:
      'per `authWindowMs`: rejected session tokens from one client address (HTTP bearer, `hello`, Zello token logon); past it every token use from there waits: 429 with `Retry-After`, or an error frame with `retryAfterMs` and close 4029',
  }),
  authWindowMs: limit(SECOND, DAY, MINUTE, {
    description: 'Window of the per-address limits (login, sign-up, token failures), in ms.',
    exceeded: 'window of the per-address limits above (counted in whole seconds)',
  }),
  loginFailureWindowMs: limit(SECOND, DAY, 15 * MINUTE, {
    description: 'Window of loginFailuresPerUsername, in ms.',
    exceeded: 'window of `loginFailuresPerUsername`',
  }),
  maxSessionsPerUser: limit(1, 10_000, 20, {
    description: 'Live sessions (tokens) per user; a log-in past it revokes the oldest.',
    exceeded: 'live session tokens per user (sign-up, log-in and Zello password logons each make one): a new one revokes the oldest, whose connections close with 4001',
  }),
  maxParticipants: limit(2, 100_000, 256, {
    description: 'Participants per conversation.',
    exceeded: '400 `VOX_TOO_MANY_PARTICIPANTS`',
  }),
  maxBlocksPerUser: limit(1, 100_000, 1000, {
    description: 'Users one user may block.',
    exceeded: '400 `VOX_TOO_MANY_BLOCKS` (test: `test/e2e/blocks.test.ts`)',
  }),
  maxTextLength: limit(1, 1_000_000, 4096, {
    description: 'Characters in one text message.',
    exceeded: 'error `VOX_TEXT_TOO_LONG`',
  }),
  maxAddressLength: limit(1, 1_000_000, 1024, {
    description: "Characters in a location's formatted address (send_location, Zello send_location).",
    exceeded:
      "characters of a location's `formattedAddress` (`send_location`; a Zello `send_location` too): error `VOX_ADDRESS_TOO_LONG` (Zello: `invalid request`) (test: `test/e2e/native-media.test.ts`)",
  }),
  // Bodies are cut in 32 KiB chunks; a picture stays far below what a body or a CouchDB document takes.
  maxImageBytes: limit(KiB, 64 * MiB, 5 * MiB, {
    description: 'Bytes of one uploaded picture (POST /v1/conversations/:id/images).',
    exceeded:
      'bytes of one picture uploaded with `POST /v1/conversations/:id/images` (this route only; every other body stays within `maxHttpBodyBytes`): 413 `VOX_IMAGE_TOO_LARGE` (test: `test/e2e/native-media.test.ts`)',
  }),
  maxLiveMessagesPerConnection: limit(1, 1000, 4, {
    description: 'Voice messages one connection may stream at once.',
    exceeded: 'error `VOX_TOO_MANY_LIVE`',
  }),
  maxHttpBodyBytes: limit(KiB, 64 * MiB, 64 * KiB, {
    description: 'Largest HTTP request body (bytes).',
    exceeded: '413 `VOX_BODY_TOO_LARGE`',
  }),
  // The most uWebSockets.js parses (measured: a 49th header line stalls the request), so both transports agree.
  maxHttpHeaders: limit(8, 2000, 48, {
    description: 'Header lines in one HTTP request (upgrades too); more: 431 (ws transport) or closed by uWS itself above 48.',
    exceeded:
      'header lines in one HTTP request or upgrade (`Host` included): 431 `VOX_HEADERS_TOO_LARGE`, connection closed; 48 is the most uWebSockets.js parses (below; test: `test/e2e/http-edge.test.ts`)',
  }),
  maxBufferedBytes: limit(64 * KiB, GiB, 8 * MiB, {
    description: 'Bytes queued to one slow client before it is disconnected (close 4008).',
    exceeded: 'a client that stops reading is closed with 4008 `VOX_SLOW_CONSUMER`',
  }),
  authTimeoutMs: limit(100, 10 * MINUTE, 10 * SECOND, {
    description: 'Time a new connection has to send its hello frame.',
    exceeded: 'no `hello` in time: error `VOX_AUTH_TIMEOUT`, close 4001',
  }),
  maxProtocolErrors: limit(1, 1_000_000, 50, {
    description: 'Bad frames tolerated per connection before it is closed (4000).',
    exceeded: 'that many bad frames: close 4000',
  }),
  maxEventStreamsPerUser: limit(1, 10_000, 4, {
    description: 'Open event streams (GET /v1/timeline/stream) per user on one router; more answer 429.',
    exceeded:
      "open `GET /v1/timeline/stream` responses of one user on one router (each router of a ring counts its own): one more answers 429 `VOX_TOO_MANY_EVENT_STREAMS`; a stream's place is free once the router saw it close (test: `test/e2e/event-stream.test.ts`)",
  }),
};
