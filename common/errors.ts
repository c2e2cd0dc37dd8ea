/**
 * Every error voxring reports has a stable code from this table. Only the
 * router turns these into wire error frames, HTTP statuses and close codes.
 * The README lists every code; test/errors-documented.test.ts checks that.
 */
export interface ErrorSpec {
  /** HTTP status when the error answers an HTTP request. */
  readonly status: number;
  /** A client may retry the same request later and expect success. */
  readonly retryable: boolean;
  /** Default human-readable text. */
  readonly message: string;
}

export const ERROR_SPECS = {
  VOX_BAD_REQUEST: { status: 400, retryable: false, message: 'malformed request' },
  VOX_BAD_FRAME: { status: 400, retryable: false, message: 'malformed frame' },
  VOX_UNKNOWN_FRAME: { status: 400, retryable: false, message: 'unknown frame type' },
  VOX_FRAME_TOO_LARGE: { status: 413, retryable: false, message: 'frame exceeds maxFrameBytes' },
  VOX_BODY_TOO_LARGE: { status: 413, retryable: false, message: 'request body too large' },
  VOX_NOT_FOUND: { status: 404, retryable: false, message: 'not found' },
  VOX_METHOD_NOT_ALLOWED: { status: 405, retryable: false, message: 'method not allowed' },
  VOX_RANGE_NOT_SATISFIABLE: { status: 416, retryable: false, message: 'range not satisfiable' },
  VOX_HEADERS_TOO_LARGE: { status: 431, retryable: false, message: 'request has more header lines than maxHttpHeaders, or over 16 KiB of headers' },
  VOX_NOT_IMPLEMENTED: { status: 501, retryable: false, message: 'request method not implemented' },
  VOX_REQUEST_TIMEOUT: { status: 408, retryable: true, message: 'request not received in time' },
  VOX_NOT_ACCEPTABLE: { status: 406, retryable: false, message: 'the Accept header allows none of the types this route answers (application/json, application/x-protobuf)' },

  VOX_AUTH_REQUIRED: { status: 401, retryable: false, message: 'authentication required' },
  VOX_AUTH_INVALID: { status: 401, retryable: false, message: 'invalid username or password' },
  VOX_AUTH_TOKEN_INVALID: { status: 401, retryable: false, message: 'session token invalid, expired or revoked' },
  VOX_AUTH_TIMEOUT: { status: 408, retryable: true, message: 'no hello frame within authTimeoutMs' },
  VOX_ADMIN_TOKEN_INVALID: { status: 401, retryable: false, message: 'admin token missing or wrong (or no adminToken configured)' },
  VOX_ALREADY_AUTHENTICATED: { status: 400, retryable: false, message: 'connection is already authenticated' },
  VOX_USERNAME_TAKEN: { status: 409, retryable: false, message: 'username already taken' },
  VOX_USERNAME_INVALID: { status: 400, retryable: false, message: 'username must be 3-32 of [a-z0-9_.-]' },
  VOX_PASSWORD_INVALID: { status: 400, retryable: false, message: 'password must be 8-256 characters' },
  VOX_USER_NOT_FOUND: { status: 404, retryable: false, message: 'no such user' },
  VOX_RATE_LIMITED: { status: 429, retryable: true, message: 'too many attempts; retry after the time given' },
  VOX_TOO_MANY_UNAUTHENTICATED: { status: 429, retryable: true, message: 'too many connections waiting to authenticate (maxUnauthenticatedPerAddress or maxUnauthenticatedConnections)' },

  VOX_CONVERSATION_NOT_FOUND: { status: 404, retryable: false, message: 'no such conversation' },
  VOX_NOT_CREATOR: { status: 403, retryable: false, message: 'only the creator of the conversation may do this' },
  VOX_BLOCKED: { status: 403, retryable: false, message: 'the user does not accept this from you' },
  VOX_TOO_MANY_BLOCKS: { status: 400, retryable: false, message: 'block list is full (maxBlocksPerUser)' },
  VOX_TOO_MANY_PARTICIPANTS: { status: 400, retryable: false, message: 'conversation exceeds maxParticipants' },
  VOX_CONVERSATION_INVALID: { status: 400, retryable: false, message: 'invalid conversation request' },

  VOX_MESSAGE_ID_INVALID: { status: 400, retryable: false, message: 'message id must be 1-64 of [A-Za-z0-9_.:-], not used before: choose a fresh random one' },
  VOX_MESSAGE_EXISTS: { status: 409, retryable: false, message: 'you already used this message id for another message' },
  VOX_MESSAGE_NOT_FOUND: { status: 404, retryable: false, message: 'no such message' },
  VOX_MESSAGE_RECALLED: { status: 410, retryable: false, message: 'message was recalled by its sender' },
  VOX_MESSAGE_EXPIRED: { status: 410, retryable: false, message: 'message is past its retention period' },
  VOX_MESSAGE_LIVE_ELSEWHERE: { status: 409, retryable: true, message: 'message is live on another router; recall it there or once it ended' },
  VOX_LISTEN_AHEAD: { status: 409, retryable: true, message: 'listen fromSeq is beyond the chunks held so far; the rest comes when its sender resumes: try again' },
  VOX_MESSAGE_NOT_LIVE: { status: 409, retryable: false, message: 'message is not live' },
  VOX_MESSAGE_NOT_YOURS: { status: 403, retryable: false, message: 'message belongs to another sender' },
  VOX_MESSAGE_TOO_LONG: { status: 413, retryable: false, message: 'message exceeds maxMessageDurationMs' },
  VOX_CODEC_INVALID: { status: 400, retryable: false, message: 'unsupported codec parameters' },
  VOX_CONTENT_TYPE_INVALID: { status: 400, retryable: false, message: 'unsupported content type' },
  VOX_CHUNK_TOO_LARGE: { status: 413, retryable: false, message: 'chunk payload exceeds maxChunkBytes' },
  VOX_CHUNK_EMPTY: { status: 400, retryable: false, message: 'chunk payload is empty' },
  VOX_CHUNK_SEQ_GAP: { status: 400, retryable: false, message: 'chunk seq skips ahead of the next expected seq' },
  VOX_CHUNK_RATE: { status: 429, retryable: true, message: 'chunk rate exceeds maxChunksPerSecond' },
  VOX_AUDIO_INVALID: { status: 400, retryable: false, message: 'chunk is not an Opus packet of the declared frame duration' },
  VOX_TEXT_TOO_LONG: { status: 413, retryable: false, message: 'text exceeds maxTextLength' },
  VOX_TEXT_EMPTY: { status: 400, retryable: false, message: 'text is empty' },
  VOX_LOCATION_INVALID: { status: 400, retryable: false, message: 'location out of range: latitudeE7 within +-900000000, longitudeE7 within +-1800000000' },
  VOX_ADDRESS_TOO_LONG: { status: 413, retryable: false, message: 'formatted address exceeds maxAddressLength' },
  VOX_IMAGE_TOO_LARGE: { status: 413, retryable: false, message: 'image exceeds maxImageBytes' },
  VOX_IMAGE_UNSUPPORTED: { status: 415, retryable: false, message: 'image must be JPEG, PNG or WebP (recognised from its bytes)' },
  VOX_LISTEN_ONLY: { status: 403, retryable: false, message: 'this connection is listen-only' },
  VOX_TOO_MANY_LIVE: { status: 429, retryable: true, message: 'too many live messages on this connection' },
  VOX_TOO_MANY_EVENT_STREAMS: { status: 429, retryable: true, message: 'too many open event streams for this user on this router (maxEventStreamsPerUser)' },

  VOX_TOO_MANY_CONNECTIONS: { status: 503, retryable: true, message: 'router is at maxConnections' },
  VOX_SLOW_CONSUMER: { status: 503, retryable: true, message: 'connection fell too far behind' },
  VOX_SHUTTING_DOWN: { status: 503, retryable: true, message: 'router is shutting down' },
  VOX_STARTING: { status: 503, retryable: true, message: 'router is starting; try again shortly' },
  VOX_STORAGE_FAILED: { status: 503, retryable: true, message: 'storage failed' },
  VOX_STORAGE_BACKLOG: { status: 503, retryable: true, message: 'too many bodies wait for upload to CouchDB (uploadBacklogMaxBytes); try again later' },
  VOX_TRANSPORT_UNAVAILABLE: { status: 500, retryable: false, message: 'uWebSockets.js native binary unavailable' },
  VOX_LISTEN_FAILED: { status: 500, retryable: false, message: 'cannot listen on host:port' },
  VOX_CONFIG_INVALID: { status: 500, retryable: false, message: 'invalid configuration' },
  VOX_INTERNAL: { status: 500, retryable: true, message: 'internal error' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_SPECS;

export const ERROR_CODES = Object.keys(ERROR_SPECS) as ErrorCode[];

/** The one error type voxring components throw across module boundaries. */
export class VoxError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly status: number;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    const spec = ERROR_SPECS[code];
    super(message ?? spec.message, options);
    this.name = 'VoxError';
    this.code = code;
    this.retryable = spec.retryable;
    this.status = spec.status;
  }
}

export function isVoxError(err: unknown): err is VoxError {
  return err instanceof VoxError;
}

/** An error as a client is told it: in error frames and HTTP error bodies. */
export interface ClientError {
  code: ErrorCode;
  message: string;
  retryable: boolean;
}

/** Codes that mean the server itself failed (I/O, a bug): their detail is for the log. */
const SERVER_FAULTS: ReadonlySet<ErrorCode> = new Set(['VOX_STORAGE_FAILED', 'VOX_INTERNAL']);

/**
 * The server failed, not the request: a storage or internal error, or any
 * 5xx error caused by something thrown below (I/O, a driver). Logged in
 * full by whoever answers the client; never shown to it as thrown.
 */
export function isServerFault(error: VoxError): boolean {
  return SERVER_FAULTS.has(error.code) || (error.status >= 500 && error.cause !== undefined);
}

/**
 * What a client is told of `error`: a server fault carries only its code's
 * text from ERROR_SPECS, since its own message (and its cause) may name
 * server files, hosts or queries; other errors keep their message, which
 * explains what was wrong with the request.
 */
export function clientError(error: VoxError): ClientError {
  const message = isServerFault(error) ? ERROR_SPECS[error.code].message : error.message;
  return { code: error.code, message, retryable: error.retryable };
}

/** Wraps anything thrown into a VoxError, keeping the original as cause. */
export function toVoxError(err: unknown, fallback: ErrorCode = 'VOX_INTERNAL'): VoxError {
  if (err instanceof VoxError) return err;
  return new VoxError(fallback, undefined, { cause: err });
}
