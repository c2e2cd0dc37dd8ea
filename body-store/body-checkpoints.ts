/**
 * Checkpoints of a DiskBodyStore's log: a closed segment is deleted once
 * every live body it mentions is written and fsynced in its own file up to
 * what the segment holds (bodies no longer live were fsynced by finish() or
 * deleted). Oldest segment first, so replay never sees a newer entry
 * without the older ones. Paced, one body at a time, so commits keep their
 * disk time; a failed checkpoint is retried a second later.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { MessageId } from '../common/ids.js';
import type { BodyWal } from './body-wal.js';
import type { BodyStoreLogger } from './disk-body-store.js';
import type { DiskBodyWriter } from './disk-body-writer.js';

/** After a failed checkpoint, the next one waits this long. */
const CHECKPOINT_RETRY_MS = 1000;

export interface BodyCheckpointsOptions {
  wal: BodyWal;
  logger: BodyStoreLogger;
  /** The store's counters (see DiskBodyStoreStats). */
  stats: { checkpoints: number };
  /** Pause between two bodies fsynced. */
  paceMs: number;
  /** The live writer of a body, if any. */
  writer(messageId: MessageId): DiskBodyWriter | undefined;
  /** True once the store closes: close() fsyncs every body and drops the whole log itself. */
  closing(): boolean;
}

export class BodyCheckpoints {
  private current: Promise<void> | undefined;
  private failedAt = -Infinity;
  /** Set (by the store) when a body was closed with durable bytes only in the log: its segments must stay. */
  keepLog = false;

  constructor(private readonly options: BodyCheckpointsOptions) {}

  /** The checkpoint running now, if any. */
  get running(): Promise<void> | undefined {
    return this.current;
  }

  /** Checkpoints every closed log segment now (after the one running, if any); for tests. */
  async checkpoint(): Promise<void> {
    while (this.current !== undefined) await this.current;
    this.failedAt = -Infinity;
    await this.ifDue();
  }

  /** Starts a checkpoint of the closed log segments, unless one runs or failed a moment ago; returns the one running. */
  ifDue(): Promise<void> | undefined {
    if (this.current !== undefined || this.keepLog || this.options.wal.oldestClosed() === undefined) return this.current;
    if (Date.now() - this.failedAt < CHECKPOINT_RETRY_MS) return undefined;
    this.current = this.run()
      .catch((err: unknown) => {
        this.failedAt = Date.now();
        this.options.logger.error({ err }, 'body log checkpoint failed; the log keeps the bodies meanwhile');
      })
      .finally(() => (this.current = undefined));
    return this.current;
  }

  /**
   * For the oldest closed segment: fsyncs every live body it mentions up to
   * what it mentions (one at a time, so commits keep their disk time), then
   * deletes it. Bodies no longer live were fsynced by finish() or deleted.
   */
  private async run(): Promise<void> {
    const { wal, paceMs } = this.options;
    for (let seg = wal.oldestClosed(); seg !== undefined; seg = wal.oldestClosed()) {
      for (const [messageId, end] of seg.bodies) {
        const writer = this.options.writer(messageId);
        // Closing: close() finishes (and fsyncs) every body, then drops the whole log.
        if (this.options.closing()) return;
        if (writer === undefined || writer.syncedOffset >= end) continue;
        await writer.writeThrough(true);
        if (paceMs > 0) await delay(paceMs);
      }
      if (this.keepLog) return;
      await wal.dropOldest();
      this.options.stats.checkpoints++;
    }
  }
}
