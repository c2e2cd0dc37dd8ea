/** The errors the body stores report: storage failures with their cause, and a missing body. */
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';

/** True when `err` is a Node errno error with this code (ENOENT, EEXIST, ...). */
export function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}

/** `err` as VOX_STORAGE_FAILED naming what failed (a VoxError is kept as it is), with `err` as cause. */
export function storageError(err: unknown, what: string): VoxError {
  if (err instanceof VoxError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new VoxError('VOX_STORAGE_FAILED', `${what}: ${detail}`, { cause: err });
}

/** VOX_MESSAGE_NOT_FOUND for a body that is not here. */
export function bodyNotFound(messageId: MessageId): VoxError {
  return new VoxError('VOX_MESSAGE_NOT_FOUND', `no body for message ${messageId}`);
}
