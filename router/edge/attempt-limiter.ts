/**
 * AttemptLimiter: one named limit ("N attempts per window per key") over a
 * rate-limiter-flexible limiter, memory or Redis (create-auth-rate-limits.ts
 * chooses). It turns the library's rejection (a RateLimiterRes) into a
 * RateLimitedError that carries how long to wait; a store failure the
 * insurance limiter did not absorb is VOX_STORAGE_FAILED.
 */
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { VoxError } from '../../common/errors.js';

/** VOX_RATE_LIMITED with the wait before the limit lets the next attempt through. */
export class RateLimitedError extends VoxError {
  constructor(
    /** Milliseconds until an attempt is allowed again (at least 1). */
    readonly retryAfterMs: number,
    limit: string,
  ) {
    super('VOX_RATE_LIMITED', `too many attempts (${limit}); retry in ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/** One limit: a name (the config option), and the counter behind it. */
export class AttemptLimiter {
  constructor(
    /** The config option this limit is, named in the error message. */
    readonly name: string,
    private readonly limiter: RateLimiterAbstract,
  ) {}

  /** Counts one attempt; throws RateLimitedError when it is over the limit. */
  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (err) {
      throw this.toError(err);
    }
  }

  /** Throws RateLimitedError when `key` has used up the limit already, counting nothing. */
  async check(key: string): Promise<void> {
    let res: RateLimiterRes | null;
    try {
      res = await this.limiter.get(key);
    } catch (err) {
      throw this.toError(err);
    }
    if (res && res.consumedPoints >= this.limiter.points) throw this.limited(res);
  }

  /** Counts one failure after the fact; never throws for being over the limit (the next check does). */
  async penalize(key: string): Promise<void> {
    try {
      await this.limiter.penalty(key);
    } catch (err) {
      throw this.toError(err);
    }
  }

  /** Forgets `key`'s count (a successful log-in clears its username's failures). */
  async reset(key: string): Promise<void> {
    try {
      await this.limiter.delete(key);
    } catch (err) {
      throw this.toError(err);
    }
  }

  private limited(res: RateLimiterRes): RateLimitedError {
    return new RateLimitedError(Math.max(1, res.msBeforeNext), this.name);
  }

  private toError(err: unknown): VoxError {
    if (err instanceof RateLimiterRes) return this.limited(err);
    return new VoxError('VOX_STORAGE_FAILED', `rate limit ${this.name} unavailable`, { cause: err });
  }
}
