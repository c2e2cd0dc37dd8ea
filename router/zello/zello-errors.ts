/**
 * The Zello Channel API's error strings (API.md, "Error codes" and the
 * logon response codes), and how voxring's VoxError codes map onto them.
 * These strings are the wire contract: clients compare them verbatim.
 */
import { toVoxError, type ErrorCode } from '../../common/errors.js';

export const ZELLO_ERRORS = {
  unknownCommand: 'unknown command',
  internal: 'internal server error',
  invalidJson: 'invalid json',
  invalidRequest: 'invalid request',
  notAuthorized: 'not authorized',
  notLoggedIn: 'not logged in',
  notEnoughParams: 'not enough params',
  serverClosed: 'server closed connection',
  channelNotReady: 'channel is not ready',
  listenOnly: 'listen only connection',
  failedToStartStream: 'failed to start stream',
  failedToStopStream: 'failed to stop stream',
  failedToSendData: 'failed to send data',
  invalidAudioPacket: 'invalid audio packet',
  channelsLimitExceeded: 'channels limit exceeded',
  /** voxring's own (the spec has none for it): a rate-limited logon; retry later. */
  tooManyRequests: 'too many requests',
} as const;

export type ZelloErrorString = (typeof ZELLO_ERRORS)[keyof typeof ZELLO_ERRORS];

/** A command failed with one of the spec's error strings; `cause` keeps the VoxError behind it, if any. */
export class ZelloError extends Error {
  constructor(
    readonly error: ZelloErrorString,
    options?: { cause?: unknown },
  ) {
    super(error, options);
    this.name = 'ZelloError';
  }
}

/** VoxError codes that mean the same for every command. */
const COMMON: Partial<Record<ErrorCode, ZelloErrorString>> = {
  VOX_LISTEN_ONLY: ZELLO_ERRORS.listenOnly,
  VOX_CONVERSATION_NOT_FOUND: ZELLO_ERRORS.channelNotReady,
  VOX_CODEC_INVALID: ZELLO_ERRORS.invalidRequest,
  VOX_TEXT_EMPTY: ZELLO_ERRORS.invalidRequest,
  VOX_TEXT_TOO_LONG: ZELLO_ERRORS.invalidRequest,
  VOX_LOCATION_INVALID: ZELLO_ERRORS.invalidRequest,
  VOX_ADDRESS_TOO_LONG: ZELLO_ERRORS.invalidRequest,
  VOX_CHUNK_TOO_LARGE: ZELLO_ERRORS.invalidAudioPacket,
  VOX_CHUNK_EMPTY: ZELLO_ERRORS.invalidAudioPacket,
  VOX_AUDIO_INVALID: ZELLO_ERRORS.invalidAudioPacket,
  VOX_AUTH_INVALID: ZELLO_ERRORS.notAuthorized,
  VOX_AUTH_TOKEN_INVALID: ZELLO_ERRORS.notAuthorized,
  VOX_RATE_LIMITED: ZELLO_ERRORS.tooManyRequests,
  VOX_TOO_MANY_CONNECTIONS: ZELLO_ERRORS.serverClosed,
};

/** The spec string for anything a command threw: a ZelloError as is, a VoxError by code, else `fallback`. */
export function toZelloError(err: unknown, fallback: ZelloErrorString): ZelloError {
  if (err instanceof ZelloError) return err;
  const vox = toVoxError(err);
  return new ZelloError(COMMON[vox.code] ?? fallback, { cause: vox });
}
