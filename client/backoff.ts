/**
 * Jittered exponential back-off with a deadline, so that the clients of a
 * router that went away do not all come back in the same millisecond:
 *
 *   delay(n) = min(maxMs, initialMs · 2^n) · U(0.5, 1.5)
 *
 * and no delay is handed out that would end past `forMs` after the start.
 */
import { clientError, describeError, isRetryable } from './client-error.js';

export interface BackoffOptions {
  /** First delay; default 100 ms. */
  initialMs?: number;
  /** Largest delay before jitter; default 2000 ms. */
  maxMs?: number;
  /** Total time allowed from the first attempt; default 60 000 ms. */
  forMs?: number;
  /** Clock (tests); default Date.now. */
  now?: () => number;
  /** Jitter source in [0, 1) (tests); default Math.random. */
  random?: () => number;
}

export const DEFAULT_BACKOFF_INITIAL_MS = 100;
export const DEFAULT_BACKOFF_MAX_MS = 2000;
export const DEFAULT_RECONNECT_FOR_MS = 60_000;

/** The delay before attempt `attempt + 1`: `baseMs · 2^attempt`, capped at maxMs, ±50 % jitter. */
export function jitteredDelay(baseMs: number, attempt: number, maxMs = Infinity, random: () => number = Math.random): number {
  return Math.min(maxMs, baseMs * 2 ** attempt) * (0.5 + random());
}

export class Backoff {
  private attempt = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly now: () => number;
  private readonly random: () => number;
  readonly deadline: number;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? DEFAULT_BACKOFF_INITIAL_MS;
    this.maxMs = options.maxMs ?? DEFAULT_BACKOFF_MAX_MS;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.deadline = this.now() + (options.forMs ?? DEFAULT_RECONNECT_FOR_MS);
  }

  /** Milliseconds left before the deadline (0 when past). */
  get remainingMs(): number {
    return Math.max(0, this.deadline - this.now());
  }

  /** The next delay, or undefined when waiting it would pass the deadline. */
  next(): number | undefined {
    const delay = jitteredDelay(this.initialMs, this.attempt++, this.maxMs, this.random);
    return this.now() + delay > this.deadline ? undefined : delay;
  }
}

/** Sleeps `ms`; resolves early (false) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `attempt(n)` until it succeeds, an error is not retryable (rethrown),
 * or the back-off's deadline passes (`VOX_CLIENT_GAVE_UP`, the last error as
 * its cause). `what` names the goal in that error's message.
 */
export async function retryFor<T>(
  what: string,
  attempt: (n: number, remainingMs: number) => Promise<T>,
  options: BackoffOptions & { signal?: AbortSignal } = {},
): Promise<T> {
  const backoff = new Backoff(options);
  const forS = ((options.forMs ?? DEFAULT_RECONNECT_FOR_MS) / 1000).toFixed(1);
  for (let n = 0; ; n++) {
    let failure: unknown;
    try {
      return await attempt(n, backoff.remainingMs);
    } catch (err) {
      if (!isRetryable(err)) throw err;
      failure = err;
    }
    const delay = backoff.next();
    if (delay === undefined || options.signal?.aborted || !(await sleep(delay, options.signal))) {
      throw clientError('VOX_CLIENT_GAVE_UP', `${what}: gave up after ${forS} s (${describeError(failure)})`, true, failure);
    }
  }
}
