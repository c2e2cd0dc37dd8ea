/**
 * This router's entries in the hot state's in-progress index (which message
 * is live on which router, for failover). They are kept here as well so that
 * they can be written again after a Redis outage, since a restarted Redis
 * comes back empty: the repair runs every HOT_STATE_REPAIR_MS and does
 * something only after the membership was degraded or a write failed.
 */
import type { MessageId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HotState, LiveEntry } from '../../header-store/hot-state.js';

/** How often the repair runs. */
export const HOT_STATE_REPAIR_MS = 1000;

export class LiveIndex {
  private hot: HotState | undefined;
  private degraded: () => boolean = () => false;
  /** The entries this router owns (what setLive wrote). */
  private readonly own = new Map<MessageId, LiveEntry>();
  /** Ended messages whose removeLive failed, retried by the repair. */
  private readonly stale = new Set<MessageId>();
  private repairNeeded = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly logger: Logger) {}

  /** Writes go to `hot` from now on (before this, entries are only kept); `degraded`: the ring's Redis is away. */
  start(hot: HotState, degraded: () => boolean): void {
    this.hot = hot;
    this.degraded = degraded;
    this.timer = setInterval(() => void this.repair(), HOT_STATE_REPAIR_MS);
    this.timer.unref();
  }

  /** A message is live here (started, resumed or taken over): the index names this router. */
  set(entry: LiveEntry): void {
    this.own.set(entry.messageId, entry);
    this.stale.delete(entry.messageId);
    this.hot?.setLive(entry).catch((err: unknown) => {
      // Degraded, logged once by the hot state; the repair writes it again.
      this.repairNeeded = true;
      this.logger.debug({ err, messageId: entry.messageId }, 'hot state setLive failed');
    });
  }

  /** The message moved to another router, whose setLive moves the entry: it is only forgotten here. */
  forget(messageId: MessageId): void {
    this.own.delete(messageId);
  }

  /** The message ended here: its entry goes. */
  remove(messageId: MessageId): void {
    this.own.delete(messageId);
    this.hot?.removeLive(messageId).catch((err: unknown) => {
      this.stale.add(messageId);
      this.repairNeeded = true;
      this.logger.debug({ err, messageId }, 'hot state removeLive failed');
    });
  }

  /** Stops the repair. Idempotent. */
  close(): void {
    this.closed = true;
    clearInterval(this.timer);
  }

  /** Rewrites the entries (and retries failed removals) once Redis is reachable again. Never throws; a failure leaves it for the next tick. */
  private async repair(): Promise<void> {
    const hot = this.hot;
    if (this.closed || !hot) return;
    if (this.degraded()) {
      this.repairNeeded = true;
      return;
    }
    if (!this.repairNeeded) return;
    this.repairNeeded = false;
    try {
      for (const entry of [...this.own.values()]) await hot.setLive(entry);
      for (const id of [...this.stale]) {
        await hot.removeLive(id);
        this.stale.delete(id);
      }
      this.logger.info({ live: this.own.size }, 'hot state repaired: live index republished');
    } catch (err) {
      this.repairNeeded = true;
      this.logger.debug({ err }, 'hot state repair failed; retrying');
    }
  }
}
