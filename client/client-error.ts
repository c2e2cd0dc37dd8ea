/**
 * Errors the SDK reports: the router's own codes (error frames, HTTP error
 * bodies) and the SDK's `VOX_CLIENT_*` codes below, each with a retryable flag.
 */

/** The SDK's own error codes; client/README.md lists them (a test checks). */
export const CLIENT_ERROR_CODES = {
  VOX_CLIENT_TIMEOUT: 'an answer did not come in time',
  VOX_CLIENT_CLOSED: 'the connection closed before the answer came',
  VOX_CLIENT_UNEXPECTED: 'the router answered with a frame the SDK did not expect',
  VOX_CLIENT_TOO_MANY_REDIRECTS: 'hello was redirected more than maxRedirects times',
  VOX_CLIENT_GAVE_UP: 'no router could be reached within reconnectForMs',
  VOX_CLIENT_SESSION_CLOSED: 'the session was closed by its owner',
  VOX_CLIENT_CONNECTION_REFUSED: 'the router closed the connection for good (close 4000, 4001 or 1009)',
} as const;

export type ClientErrorCode = keyof typeof CLIENT_ERROR_CODES;

/** An error reported by a voxring router to the SDK (error frame or HTTP error body), or by the SDK itself. */
export class VoxClientError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
    this.name = 'VoxClientError';
  }
}

/** An error of the SDK's own (`VOX_CLIENT_*`). */
export function clientError(code: ClientErrorCode, message: string, retryable: boolean, cause?: unknown): VoxClientError {
  return new VoxClientError(code, message, retryable, undefined, cause === undefined ? undefined : { cause });
}

/**
 * Whether trying again may succeed: network failures, retryable codes and
 * HTTP 5xx (a draining or shutting-down router answers 503) may; a router's
 * refusal (bad token, not a participant, …) may not.
 */
export function isRetryable(err: unknown): boolean {
  if (!(err instanceof VoxClientError)) return true;
  return err.retryable || (err.status ?? 0) >= 500;
}

/** The error as one line, its causes appended. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause === undefined ? err.message : `${err.message} (${describeError(err.cause)})`;
}
