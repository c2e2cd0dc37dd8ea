/**
 * Properties every frame decoder must keep, shared by the frame targets:
 * the facade never hides a thrown exception (it turns one into VOX_BAD_FRAME
 * with a cause: for the fuzzer that is a crash), and an accepted frame
 * survives encode → decode unchanged in the wire forms its side speaks.
 */
import { isDeepStrictEqual } from 'node:util';
import { VoxError } from '../../common/errors.js';
import type { DecodeResult } from '../../proto/frame-codec.js';
import { check, type FuzzOutcome } from '../fuzz-target.js';

/** The router's default maxFrameBytes (config DEFAULT_LIMITS). */
export const MAX_FRAME_BYTES = 64 * 1024;

const FRAME_ERRORS = new Set(['VOX_BAD_FRAME', 'VOX_UNKNOWN_FRAME', 'VOX_FRAME_TOO_LARGE']);

/** What the decoder threw (and the facade caught), as an Error to rethrow. */
function escaped(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(`decoder threw a non-error: ${String(cause)}`);
}

/** Rethrows what the facade caught; checks the error is one of the codec's. */
export function outcomeOf<F>(result: DecodeResult<F>, what: string): FuzzOutcome {
  if (result.ok) return 'accepted';
  if (result.error.cause !== undefined) throw escaped(result.error.cause);
  check(result.error instanceof VoxError && FRAME_ERRORS.has(result.error.code), () => `${what}: error code ${result.error.code}`);
  check(Number.isInteger(result.ref) && result.ref >= 0 && result.ref <= 0xffffffff, () => `${what}: error ref ${result.ref}`);
  return 'rejected';
}

/** Decodes `encoded` again and checks it gives `frame` back. */
export function roundTrip<F>(frame: F, decode: () => DecodeResult<F>, what: string): void {
  const again = decode();
  if (!again.ok && again.error.cause !== undefined) throw escaped(again.error.cause);
  check(again.ok, () => `${what}: the re-encoded frame does not decode (${again.ok ? '' : again.error.message})`);
  check(isDeepStrictEqual(again.frame, frame), () => `${what}: the frame changed through encode/decode: ${show(frame)} became ${show(again.frame)}`);
}

/** A frame as readable text for a finding, bytes in hex. */
export function show(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? `<${Buffer.from(v).toString('hex')}>` : Object.is(v, -0) ? '-0' : v,
  );
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
