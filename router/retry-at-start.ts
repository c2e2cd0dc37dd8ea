/**
 * Start-up against a store that is not there yet (Postgres or Redis still
 * starting, restarting or cut off): the router tries again with a jittered,
 * doubling back-off until `timeoutMs` (storeStartTimeoutMs) has passed,
 * instead of exiting at the first refusal and leaving the restart to a
 * supervisor (`make chaos` finding 6). Each failed try is logged at warn
 * with its reason, URL passwords hidden. An error that says retrying cannot
 * help (a VoxError that is not retryable: a bad schema name) ends it at once.
 */
import { redactUrlPasswords } from '../common/redact-url.js';
import { VoxError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';

export interface RetryAtStartOptions<T> {
  /** What is being opened, in logs and the final error: `postgres`, `redis`. */
  what: string;
  /** Total time allowed (storeStartTimeoutMs); 0: one try. */
  timeoutMs: number;
  logger: Logger;
  /** First pause between tries; default 250 ms, doubling up to maxDelayMs. */
  firstDelayMs?: number;
  /** Longest pause between tries; default 5000 ms. */
  maxDelayMs?: number;
  /** 0 ≤ x < 1; default Math.random. Each pause is the doubled delay × (0.5 + x / 2). */
  random?: () => number;
  /** A try that succeeds only after the deadline gave up: what it opened is closed here. */
  discard?: (late: T) => Promise<void>;
}

const DEFAULT_FIRST_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 5000;

/** Resolves with the first successful try; rejects with VOX_STORAGE_FAILED naming storeStartTimeoutMs once the time is up. */
export async function retryAtStart<T>(attempt: () => Promise<T>, options: RetryAtStartOptions<T>): Promise<T> {
  const { what, timeoutMs, logger } = options;
  const random = options.random ?? Math.random;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const deadline = Date.now() + timeoutMs;
  let delayMs = options.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS;
  // Bounded in time by the deadline, in count by the doubling pause.
  for (let tries = 1; ; tries++) {
    let failure: unknown;
    try {
      // With no time allowed the one try is not cut short.
      return timeoutMs === 0 ? await attempt() : await beforeDeadline(attempt(), deadline, options.discard);
    } catch (err) {
      failure = err;
    }
    if (failure instanceof VoxError && !failure.retryable) throw failure;
    const pauseMs = Math.round(delayMs * (0.5 + random() / 2));
    if (Date.now() + pauseMs >= deadline) {
      throw new VoxError(
        'VOX_STORAGE_FAILED',
        `cannot start: ${what} not reachable within storeStartTimeoutMs (${timeoutMs} ms, ${tries} ${tries === 1 ? 'try' : 'tries'})`,
        { cause: failure },
      );
    }
    logger.warn({ store: what, try: tries, retryInMs: pauseMs, reason: reasonOf(failure) }, 'store not reachable at start; trying again');
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    delayMs = Math.min(delayMs * 2, maxDelayMs);
  }
}

/** The try's result, or a rejection at the deadline (a try that hangs on a silent network must not hold start-up past it). */
async function beforeDeadline<T>(running: Promise<T>, deadline: number, discard: ((late: T) => Promise<void>) | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer before the start deadline')), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([running, timedOut]);
  } catch (err) {
    running.then((late) => discard?.(late), () => undefined).catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** The error and its causes in one line, URL passwords hidden. */
function reasonOf(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e !== undefined && parts.length < 4; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? e.message || e.name : typeof e === 'string' ? e : JSON.stringify(e));
  }
  return redactUrlPasswords(parts.join(': '));
}
