/**
 * A bound on one storage call of a live message's end. The header store,
 * the ring's ownership check and the body store all talk to something that
 * may be cut off (Postgres, Redis, a disk); an end that awaited them without
 * a bound left its message LIVE for good when one never answered.
 */
import { VoxError } from '../../common/errors.js';

/** How long one storage call on the end path may take before the end goes on without it. */
export const END_STEP_TIMEOUT_MS = 15_000;

/** `call`'s result, or VOX_STORAGE_FAILED (retryable) when it did not settle within `ms`. */
export function withDeadline<T>(call: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new VoxError('VOX_STORAGE_FAILED', `${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([call, expired]).finally(() => clearTimeout(timer));
}
