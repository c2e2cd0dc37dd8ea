/**
 * Receipts (delivered, heard) wait here and are stored together, one
 * statement per flush (every receiptFlushIntervalMs), so that a burst of
 * listeners reaching their ends never costs a statement each. A receipt
 * already waiting is not queued twice; at most maxPendingReceipts wait: past
 * it new ones are dropped and logged. While the store is away a batch is
 * kept (within the cap) and tried again at the next flush.
 */
import type { UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, ReceiptRecord } from '../../header-store/header-store.js';
import { isStoreUnavailable } from '../../header-store/store-unavailable.js';

/** A receipt waiting to be stored, with what its push needs. */
export interface PendingReceipt extends ReceiptRecord {
  username: string;
  /** The message's sender: whose devices get the push. */
  senderId: UserId;
}

/** Runs `fn` once after `ms`; returns how to cancel it. Tests pass a manual one. */
export type Schedule = (fn: () => void, ms: number) => () => void;

export interface ReceiptBatcherOptions {
  store: Pick<HeaderStore, 'addReceipts'>;
  /** receiptFlushIntervalMs: the longest a receipt waits before its flush starts. */
  intervalMs: number;
  /** maxPendingReceipts. */
  maxPending: number;
  /** The receipts a flush stored for the first time (a repeat of a stored one is not pushed again). */
  onStored: (receipts: PendingReceipt[]) => void;
  logger: Logger;
  schedule?: Schedule;
}

const realSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

function keyOf(r: ReceiptRecord): string {
  return `${r.messageId}\u0000${r.userId}\u0000${r.kind}`;
}

export class ReceiptBatcher {
  /** By message, user and kind: the first receipt of each wins. */
  private pending = new Map<string, PendingReceipt>();
  private cancelTimer: (() => void) | undefined;
  private flushing: Promise<void> | undefined;
  private droppedUnlogged = 0;
  private closed = false;
  private readonly schedule: Schedule;

  constructor(private readonly options: ReceiptBatcherOptions) {
    this.schedule = options.schedule ?? realSchedule;
  }

  /** Receipts waiting to be stored. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Queues a receipt; false when it was dropped (closed, or maxPendingReceipts wait). */
  add(receipt: PendingReceipt): boolean {
    if (this.closed) return false;
    const key = keyOf(receipt);
    if (this.pending.has(key)) return true;
    if (this.pending.size >= this.options.maxPending) {
      this.dropped(1);
      return false;
    }
    this.pending.set(key, receipt);
    this.cancelTimer ??= this.schedule(() => {
      this.cancelTimer = undefined;
      void this.flush();
    }, this.options.intervalMs);
    return true;
  }

  /** Stores what waits now (after a flush already running); resolves when done. Never rejects. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pending.size === 0) return;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.store(batch);
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
  }

  private async store(batch: PendingReceipt[]): Promise<void> {
    let stored: ReceiptRecord[];
    try {
      stored = await this.options.store.addReceipts(batch.map(({ messageId, userId, kind, atMs }) => ({ messageId, userId, kind, atMs })));
    } catch (err) {
      if (isStoreUnavailable(err) && !this.closed) {
        this.options.logger.warn({ err, receipts: batch.length }, 'receipts not stored: store unreachable; kept for the next flush');
        this.putBack(batch);
      } else {
        this.options.logger.error({ err, receipts: batch.length }, 'receipts not stored');
      }
      return;
    }
    const byKey = new Map(batch.map((r) => [keyOf(r), r]));
    const fresh = stored.flatMap((r) => {
      const found = byKey.get(keyOf(r));
      return found ? [found] : [];
    });
    if (fresh.length > 0) this.options.onStored(fresh);
    this.logDropped();
  }

  /** A batch the store could not take goes back in front, within the cap; the next add or flush tries again. */
  private putBack(batch: PendingReceipt[]): void {
    const merged = new Map<string, PendingReceipt>();
    for (const r of [...batch, ...this.pending.values()]) {
      const key = keyOf(r);
      if (merged.has(key)) continue;
      if (merged.size >= this.options.maxPending) {
        this.droppedUnlogged++;
        continue;
      }
      merged.set(key, r);
    }
    this.pending = merged;
    this.cancelTimer ??= this.schedule(() => {
      this.cancelTimer = undefined;
      void this.flush();
    }, this.options.intervalMs);
  }

  private dropped(count: number): void {
    if (this.droppedUnlogged === 0) {
      this.options.logger.error({ dropped: count, maxPending: this.options.maxPending }, 'receipt dropped: maxPendingReceipts already wait');
    }
    this.droppedUnlogged += count;
  }

  private logDropped(): void {
    if (this.droppedUnlogged <= 1) {
      this.droppedUnlogged = 0;
      return;
    }
    this.options.logger.error({ dropped: this.droppedUnlogged, maxPending: this.options.maxPending }, 'receipts dropped: the pending queue was full');
    this.droppedUnlogged = 0;
  }

  /** Stores what waits (one last flush), then drops later receipts. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }
}
