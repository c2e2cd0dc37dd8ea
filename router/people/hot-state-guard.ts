/**
 * HotStateGuard: hot-state calls that degrade instead of failing. Unread
 * counts, speakers and the history cache are conveniences: a hot state that
 * rejects (Redis down: VOX_STORAGE_FAILED) must never fail a request or a
 * delivery. A failed call resolves undefined; the first failure is logged
 * once (warn) and starts a repair tick that, every `repairIntervalMs`,
 * probes the hot state and runs the registered repairs (what this router
 * must write again: its speakers, postponed resets, evictions). Once they
 * all succeed, recovery is logged once (info).
 */
import { isVoxError } from '../../common/errors.js';
import type { ConversationId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HotState, HotStateLimits } from '../../header-store/hot-state.js';

/** Work to redo once the hot state answers again; rejects when it could not. */
export type HotStateRepair = (hot: HotState) => Promise<void>;

export interface HotStateGuardOptions {
  /** The hot state in use; undefined while there is none yet (a ring before it joined). */
  hotState: () => HotState | undefined;
  logger: Logger;
  /** Period of the repair tick while degraded; default 1000 ms. */
  repairIntervalMs?: number;
}

const PROBE_USER = '~probe' as UserId;
const PROBE_CONVERSATION = '~probe' as ConversationId;

export class HotStateGuard {
  private readonly repairs: HotStateRepair[] = [];
  private timer: NodeJS.Timeout | undefined;
  private repairing = false;
  private closed = false;
  /** Failed calls so far: a repair that overlapped a new failure does not end the outage. */
  private failures = 0;

  constructor(private readonly options: HotStateGuardOptions) {}

  /** True from a failed call until the repairs succeeded. */
  get degraded(): boolean {
    return this.timer !== undefined;
  }

  /** The hot state's limits; undefined while there is none. */
  get limits(): Readonly<HotStateLimits> | undefined {
    return this.closed ? undefined : this.options.hotState()?.limits;
  }

  /**
   * Runs `fn` against the hot state. Undefined when there is none, the guard
   * is closed or the call failed; never rejects. Calls are tried even while
   * degraded: Redis commands fail at once (no offline queue), and trying is
   * how writes resume in order as soon as Redis is back.
   */
  async run<T>(op: string, fn: (hot: HotState) => Promise<T>): Promise<T | undefined> {
    if (this.closed) return undefined;
    const hot = this.options.hotState();
    if (!hot) {
      this.failed(op, undefined);
      return undefined;
    }
    try {
      return await fn(hot);
    } catch (err) {
      this.failed(op, err);
      return undefined;
    }
  }

  /** Registers work to redo after an outage (run in registration order). */
  onRepair(repair: HotStateRepair): void {
    this.repairs.push(repair);
  }

  /** Stops the repair tick; later calls resolve undefined. Idempotent. */
  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private failed(op: string, err: unknown): void {
    if (this.closed) return;
    if (isVoxError(err) && err.code === 'VOX_SHUTTING_DOWN') return;
    if (isVoxError(err) && !err.retryable) {
      // A refused argument is a bug or a limit, not an outage: nothing to repair.
      this.options.logger.warn({ err, op }, 'hot state refused a call');
      return;
    }
    this.failures++;
    if (this.timer !== undefined) return;
    if (err === undefined) this.options.logger.debug({ op }, 'hot state not there yet');
    else this.options.logger.warn({ err, op }, 'hot state unavailable: unread counts, speakers and history cache degraded');
    this.timer = setInterval(() => void this.repair(), this.options.repairIntervalMs ?? 1000);
    this.timer.unref();
  }

  private async repair(): Promise<void> {
    const hot = this.options.hotState();
    if (this.repairing || this.closed || !hot) return;
    this.repairing = true;
    const failuresBefore = this.failures;
    try {
      await hot.unreadCount(PROBE_USER, PROBE_CONVERSATION);
      for (const repair of this.repairs) await repair(hot);
      if (this.failures !== failuresBefore || this.closed) return;
      clearInterval(this.timer);
      this.timer = undefined;
      this.options.logger.info('hot state available again: unread counts, speakers and history cache restored');
    } catch (err) {
      this.options.logger.debug({ err }, 'hot state repair failed; retrying');
    } finally {
      this.repairing = false;
    }
  }
}
