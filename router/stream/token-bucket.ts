/**
 * A token bucket: refills at `perSecond` tokens a second up to `burst`, one
 * token per take. A user's chunk rate limit (maxChunksPerSecond deep
 * chunkBurst, see UserChunkRates) keeps one; the rate is read at each take so
 * that the limits stay where the config is.
 */

/** How fast a bucket refills and how many tokens it holds at most. */
export interface TokenRate {
  perSecond: number;
  burst: number;
}

export class TokenBucket {
  private tokens: number;
  private at: number;

  /** Starts with `tokens` at time `now` (ms). */
  constructor(tokens: number, now: number) {
    this.tokens = tokens;
    this.at = now;
  }

  /** Refills for the time since the last take, then takes one token; false (nothing taken) when none is left. */
  take(now: number, rate: TokenRate): boolean {
    this.tokens = Math.min(rate.burst, this.tokens + ((now - this.at) * rate.perSecond) / 1000);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** True when the bucket has refilled to `burst` by `now`: then it is no different from a new one. */
  isFull(now: number, rate: TokenRate): boolean {
    return this.tokens + ((now - this.at) * rate.perSecond) / 1000 >= rate.burst;
  }
}
