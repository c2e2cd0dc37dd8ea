/**
 * The group commit of a DiskBodyStore: every intervalMs, the bytes not yet
 * logged of every dirty body (and the queued deletes and resets) go into one
 * batch of the shared log, one write and one fdatasync however many bodies
 * are dirty. One commit runs at a time; a tick that finds one running is
 * skipped, and the next commit then starts as soon as the running one ends
 * (a slow fsync is followed at once by the next, not by up to another
 * interval of waiting for the timer). The timer keeps the process alive only
 * while data waits.
 */
import { storageError } from './body-errors.js';
import type { BodyStoreEvents } from './body-store.js';
import type { BodyWal, WalWrite } from './body-wal.js';
import type { BodyStoreLogger } from './disk-body-store.js';
import type { DiskBodyWriter, LogSlice } from './disk-body-writer.js';

/** The store's counters a group commit updates (see DiskBodyStoreStats). */
export interface GroupCommitStats {
  commits: number;
  flushes: number;
  failedFlushes: number;
  skippedTicks: number;
  catchUpCommits: number;
}

export interface BodyGroupCommitOptions {
  wal: BodyWal;
  events: BodyStoreEvents;
  logger: BodyStoreLogger;
  stats: GroupCommitStats;
  intervalMs: number;
  /** Called after every successful commit (a checkpoint may be due). */
  committed(): void;
}

export class BodyGroupCommit {
  private dirty = new Set<DiskBodyWriter>();
  private current: Promise<void> | undefined;
  /** A tick was skipped during the running commit: the next one starts when it ends. */
  private behind = false;
  private queued: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;
  // The timer keeps the process alive only while data waits for a commit.
  private timerRefed = false;
  private stopped = false;

  constructor(private readonly options: BodyGroupCommitOptions) {
    this.timer = setInterval(() => this.tick(), options.intervalMs);
    this.timer.unref();
  }

  /** The commit running now, if any. */
  get running(): Promise<void> | undefined {
    return this.current;
  }

  /** The writer has data for the next commit. */
  markDirty(writer: DiskBodyWriter): void {
    this.dirty.add(writer);
    if (!this.timerRefed) {
      this.timerRefed = true;
      this.timer.ref();
    }
  }

  /** The writer is closed: nothing of it goes into a commit any more. */
  forget(writer: DiskBodyWriter): void {
    this.dirty.delete(writer);
  }

  /** Resolves once a commit that started after this call is done. */
  request(): Promise<void> {
    if (this.current === undefined) return this.start();
    // One commit at a time: queue exactly one more behind the running one.
    this.queued ??= this.current.then(() => {
      this.queued = undefined;
      return this.current ?? this.start();
    });
    return this.queued;
  }

  /** Stops the timer (at close); request() still commits. */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private tick(): void {
    if (this.current !== undefined) {
      this.options.stats.skippedTicks++;
      this.behind = true;
      return;
    }
    if (this.dirty.size > 0 || this.options.wal.hasBarriers) void this.start();
  }

  private start(): Promise<void> {
    const run = this.runCommit().finally(() => {
      this.current = undefined;
      const behind = this.behind;
      this.behind = false;
      if (this.dirty.size === 0 && this.timerRefed) {
        this.timerRefed = false;
        this.timer.unref();
      }
      // A queued request() starts its own commit in a then() right after this; none is started twice.
      if (behind && this.queued === undefined && !this.stopped && (this.dirty.size > 0 || this.options.wal.hasBarriers)) {
        this.options.stats.catchUpCommits++;
        void this.start();
      }
    });
    this.current = run;
    return run;
  }

  /**
   * One batch into the log for every dirty body (and queued deletes), one
   * fdatasync. Never rejects: failures are reported per body through
   * events.onError, and the bodies go into the next batch.
   */
  private async runCommit(): Promise<void> {
    const { wal, stats, logger, events } = this.options;
    if (this.dirty.size === 0 && !wal.hasBarriers) return;
    const batch = this.dirty;
    this.dirty = new Set();
    const taken: Array<{ writer: DiskBodyWriter; slice: LogSlice }> = [];
    const writes: WalWrite[] = [];
    for (const writer of batch) {
      const slice = writer.takeForLog();
      if (slice === undefined) continue;
      taken.push({ writer, slice });
      writes.push({ messageId: writer.messageId, offset: slice.offset, bytes: slice.bytes });
    }
    if (writes.length === 0 && !wal.hasBarriers) return;
    stats.commits++;
    try {
      await wal.commit(writes);
    } catch (err) {
      for (const { writer } of taken) {
        stats.failedFlushes++;
        writer.logFailed(err);
        if (writer.hasPending) this.dirty.add(writer);
        const error = storageError(err, `commit body ${writer.messageId}`);
        logger.error({ messageId: writer.messageId, err: error }, 'body commit failed; retrying next commit');
        this.notify(() => events.onError(writer.messageId, error));
      }
      if (taken.length === 0) logger.error({ err }, 'body log commit failed; retrying next commit');
      return;
    }
    for (const { writer, slice } of taken) {
      stats.flushes++;
      const made = writer.logged(slice);
      if (made > 0) this.notify(() => events.onDurable(writer.messageId, writer.durableCount));
    }
    this.options.committed();
  }

  private notify(call: () => void): void {
    try {
      call();
    } catch (err) {
      this.options.logger.error({ err }, 'body store event listener threw');
    }
  }
}
