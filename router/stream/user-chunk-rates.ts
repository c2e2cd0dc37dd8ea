/**
 * The chunk rate limit per user: one token bucket (maxChunksPerSecond deep
 * chunkBurst) shared by every connection of a user, through every door, on
 * this router. A bucket per connection let a user multiply the rate by
 * opening connections (resuming one message on several of them). Per router
 * is enough: a user's native connections are served by their home router of
 * the ring (one elsewhere is redirected; a resume elsewhere takes the message
 * over). Zello connections cannot be redirected, so Zello connections of one
 * user on several routers get a bucket on each.
 *
 * Memory: a bucket that has refilled to its burst is the same as none, so
 * such buckets are dropped, in a sweep at most every `sweepIntervalMs`
 * (driven by takes, no timer to release).
 */
import type { UserId } from '../../common/ids.js';
import { TokenBucket, type TokenRate } from './token-bucket.js';

const DEFAULT_SWEEP_INTERVAL_MS = 10_000;

export class UserChunkRates {
  private readonly buckets = new Map<UserId, TokenBucket>();
  private lastSweep: number;

  constructor(
    private readonly rate: TokenRate,
    now: number,
    private readonly sweepIntervalMs = DEFAULT_SWEEP_INTERVAL_MS,
  ) {
    this.lastSweep = now;
  }

  /** Users with a bucket not yet full (or not yet swept). */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes a token from the user's bucket; false (nothing taken) when the user is over the rate. */
  take(userId: UserId, now: number): boolean {
    if (now - this.lastSweep >= this.sweepIntervalMs) this.sweep(now);
    let bucket = this.buckets.get(userId);
    if (!bucket) this.buckets.set(userId, (bucket = new TokenBucket(this.rate.burst, now)));
    return bucket.take(now, this.rate);
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [userId, bucket] of this.buckets) {
      if (bucket.isFull(now, this.rate)) this.buckets.delete(userId);
    }
  }
}
