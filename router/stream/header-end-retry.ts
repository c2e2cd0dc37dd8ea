/**
 * The header update that ends a message, tried again in the background when
 * the header store cannot take it (Postgres restarting or cut off): without
 * it the stored header stays LIVE with no chunks for good, although the body
 * is sealed and the sender was told COMPLETE (found by `make chaos`, seed 1,
 * partition-postgres). Back-off doubles from `firstDelayMs` to `maxDelayMs`;
 * it gives up after `retryForMs` and says so, and stops at once when
 * `stillOurs` says the message moved on (resumed here or on another router),
 * whose own end then writes the header. Each try is bounded by
 * `attemptTimeoutMs`: a store call that never answers counts as a failure
 * instead of stopping the retries for good.
 */
import type { Logger } from '../../common/logger.js';
import { END_STEP_TIMEOUT_MS, withDeadline } from './storage-deadline.js';

/** How long a failed end-of-message header update is tried again. */
export const HEADER_END_RETRY_FOR_MS = 120_000;

export interface HeaderEndRetryOptions {
  retryForMs?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Bound on each try (the ownership check, then the write): default END_STEP_TIMEOUT_MS. */
  attemptTimeoutMs?: number;
  /** The router is closing: stop trying (its stores are closed; a pending end kept on disk is applied at the next start). */
  signal?: AbortSignal;
}

/**
 * Resolves true once `write` succeeded, false when it still failed after
 * retryForMs or answered false (the header was no longer this writer's).
 */
export async function retryHeaderEnd(
  write: () => Promise<boolean>,
  stillOurs: () => Promise<boolean>,
  logger: Logger,
  messageId: string,
  options: HeaderEndRetryOptions = {},
): Promise<boolean> {
  const deadline = Date.now() + (options.retryForMs ?? HEADER_END_RETRY_FOR_MS);
  const maxDelayMs = options.maxDelayMs ?? 5000;
  let delayMs = options.firstDelayMs ?? 250;
  const attemptMs = options.attemptTimeoutMs ?? END_STEP_TIMEOUT_MS;
  // Bounded in time by the deadline, in count by the doubling delay.
  for (let attempt = 1; ; attempt++) {
    await wait(delayMs, options.signal);
    if (options.signal?.aborted) {
      logger.warn({ messageId, attempt }, 'header update at end not retried further: the router is closing');
      return false;
    }
    try {
      if (!(await withDeadline(stillOurs(), attemptMs, 'header end retry: ownership check'))) {
        logger.warn({ messageId, attempt }, 'header update at end dropped: the message moved on');
        return false;
      }
      if (!(await withDeadline(write(), attemptMs, 'header end retry: write'))) {
        logger.warn({ messageId, attempt }, 'header update at end dropped: the message was no longer live');
        return false;
      }
      logger.warn({ messageId, attempt }, 'header update at end succeeded on retry');
      return true;
    } catch (err) {
      if (Date.now() + delayMs > deadline) {
        logger.error({ err, messageId, attempt }, 'header update at end failed for good: the header stays LIVE');
        return false;
      }
      delayMs = Math.min(delayMs * 2, maxDelayMs);
    }
  }
}

/** Sleeps `ms`, or less when `signal` aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
