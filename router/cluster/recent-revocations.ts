/**
 * Sessions revoked on this router lately (log-out, or past maxSessionsPerUser),
 * told again to a peer each time its link comes up. A `session_revoked` sent
 * while a link was down waits in its queue, but a link closed by a membership
 * change (a router cut off from Redis for a few seconds) drops that queue, and
 * one past its bound drops its oldest frames: the peer would keep the token's
 * connections open and its cached session valid. Telling it again costs one
 * small frame per recent revocation per link-up; the peer forgets a session
 * it does not know at no cost.
 */

/** How long a revocation is told again: well past the session cache (30 s) and a cut-off router's usual absence. */
export const RECENT_REVOCATIONS_MS = 10 * 60_000;
/** Revocations remembered at most (the oldest go first). */
export const RECENT_REVOCATIONS_MAX = 10_000;

export class RecentRevocations {
  /** Token hash → when it was revoked; in insertion order, which is time order. */
  private readonly revokedAt = new Map<string, number>();

  constructor(
    private readonly keepMs = RECENT_REVOCATIONS_MS,
    private readonly max = RECENT_REVOCATIONS_MAX,
    private readonly now: () => number = Date.now,
  ) {}

  add(tokenHash: string): void {
    this.prune();
    this.revokedAt.delete(tokenHash);
    if (this.revokedAt.size >= this.max) this.revokedAt.delete(this.revokedAt.keys().next().value as string);
    this.revokedAt.set(tokenHash, this.now());
  }

  /** The token hashes revoked within keepMs, oldest first. */
  list(): string[] {
    this.prune();
    return [...this.revokedAt.keys()];
  }

  private prune(): void {
    const cutoff = this.now() - this.keepMs;
    for (const [tokenHash, at] of this.revokedAt) {
      if (at >= cutoff) return;
      this.revokedAt.delete(tokenHash);
    }
  }
}
