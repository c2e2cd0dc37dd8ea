/**
 * DiskBodyStore: one file per body on local disk, made durable by a group
 * commit every commitIntervalMs into one write-ahead log shared by all
 * bodies (BodyWal: one write + one fdatasync per commit, however many bodies
 * are dirty). Body files are written from memory when read, uploaded,
 * finished or checkpointed. See README.md for the formats and the guarantees.
 *
 *   BodyFiles        where the files are: open and cut a torn tail, install, read, list
 *   BodyGroupCommit  the timer and the batches into the log
 *   BodyCheckpoints  closed segments deleted once their bodies are fsynced
 */
import fs from 'node:fs';
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import type { BodyStore, BodyStoreEvents, OpenWriterOptions, RecoveredBody, StoredChunk } from './body-store.js';
import { BodyCheckpoints } from './body-checkpoints.js';
import { bodyNotFound, storageError } from './body-errors.js';
import { checkFileHeader, scanRecords } from './body-file-format.js';
import { nodeBodyFileIo, type BodyFileIo } from './body-file-io.js';
import { BodyFiles } from './body-files.js';
import { BodyGroupCommit } from './body-group-commit.js';
import { bodyPath, type BodyPath } from './body-path.js';
import { BodyWal } from './body-wal.js';
import { WAL_DELETE, WAL_RESET } from './body-wal-format.js';
import { DiskBodyWriter, type BodyWriterHost } from './disk-body-writer.js';

/** The pino methods the store uses (a pino Logger fits). */
export interface BodyStoreLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DiskBodyStoreOptions {
  /** Root directory of the bodies; created by DiskBodyStore.open. */
  dir: string;
  /** Group commit interval (default 50 ms). */
  commitIntervalMs?: number;
  events: BodyStoreEvents;
  logger?: BodyStoreLogger;
  /** File operations of the write path (tests inject failures and counters). */
  io?: BodyFileIo;
  /** Size at which a log segment is closed and checkpointed (default 8 MiB). */
  walSegmentBytes?: number;
  /**
   * Pause between two bodies fsynced by a checkpoint (default 5 ms): a
   * checkpoint of a few hundred live bodies then spreads over a second or
   * two instead of taking the disk and a core in one burst.
   */
  checkpointPaceMs?: number;
}

/** A body file found by list(). */
export interface ListedBody {
  messageId: MessageId;
  /** Size of the file. */
  fileBytes: number;
  mtimeMs: number;
}

/** Counters for tests and metrics. */
export interface DiskBodyStoreStats {
  /** Group commits (log batches written) that had at least one dirty writer or a delete. */
  commits: number;
  /** Bodies made durable by a commit (one per dirty body per successful commit). */
  flushes: number;
  /** Bodies whose commit failed and will be retried. */
  failedFlushes: number;
  /** Timer ticks skipped because a commit was still running. */
  skippedTicks: number;
  /** Commits started right after a running one ended, because a tick was skipped during it. */
  catchUpCommits: number;
  /** Log segments checkpointed (their bodies fsynced) and deleted. */
  checkpoints: number;
  /** Log segments and bodies replayed at open (what the last process left in the log). */
  replayedSegments: number;
  replayedBodies: number;
}

const silentLogger: BodyStoreLogger = { info() {}, warn() {}, error() {} };
const DEFAULT_WAL_SEGMENT_BYTES = 8 * 1024 * 1024;
const DEFAULT_CHECKPOINT_PACE_MS = 5;

/** BodyStore on local disk. Create it with DiskBodyStore.open. */
export class DiskBodyStore implements BodyStore {
  readonly stats: DiskBodyStoreStats = {
    commits: 0,
    flushes: 0,
    failedFlushes: 0,
    skippedTicks: 0,
    catchUpCommits: 0,
    checkpoints: 0,
    replayedSegments: 0,
    replayedBodies: 0,
  };
  private readonly dir: string;
  private readonly logger: BodyStoreLogger;
  private readonly io: BodyFileIo;
  private readonly files: BodyFiles;
  private readonly commits: BodyGroupCommit;
  private readonly checkpoints: BodyCheckpoints;
  private readonly writers = new Map<string, DiskBodyWriter>();
  private readonly opening = new Map<string, Promise<DiskBodyWriter>>();
  private closing: Promise<void> | undefined;
  private readonly host: BodyWriterHost = {
    markDirty: (writer) => this.commits.markDirty(writer),
    requestCommit: () => this.commits.request(),
    released: (writer) => this.released(writer),
  };

  /**
   * Creates `dir` if needed, replays what the last process left in the log
   * into the body files (after a crash), and starts the commit timer.
   */
  static async open(options: DiskBodyStoreOptions): Promise<DiskBodyStore> {
    const interval = options.commitIntervalMs ?? 50;
    if (!(interval >= 1)) throw new RangeError(`commitIntervalMs must be >= 1, got ${interval}`);
    try {
      await fs.promises.mkdir(options.dir, { recursive: true });
    } catch (err) {
      throw storageError(err, `body store dir ${options.dir}`);
    }
    const logger = options.logger ?? silentLogger;
    const { wal, replay } = await BodyWal.open({
      dir: options.dir,
      io: options.io ?? nodeBodyFileIo,
      logger,
      segmentBytes: options.walSegmentBytes ?? DEFAULT_WAL_SEGMENT_BYTES,
    });
    if (replay.segments > 0) logger.info(replay, 'body log replayed into the body files');
    const store = new DiskBodyStore(options, wal, interval);
    store.stats.replayedSegments = replay.segments;
    store.stats.replayedBodies = replay.bodies;
    return store;
  }

  private constructor(
    options: DiskBodyStoreOptions,
    private readonly wal: BodyWal,
    interval: number,
  ) {
    this.dir = options.dir;
    this.logger = options.logger ?? silentLogger;
    this.io = options.io ?? nodeBodyFileIo;
    this.files = new BodyFiles({ dir: this.dir, io: this.io, logger: this.logger });
    this.checkpoints = new BodyCheckpoints({
      wal,
      logger: this.logger,
      stats: this.stats,
      paceMs: options.checkpointPaceMs ?? DEFAULT_CHECKPOINT_PACE_MS,
      writer: (messageId) => this.writers.get(messageId),
      closing: () => this.closing !== undefined,
    });
    this.commits = new BodyGroupCommit({
      wal,
      events: options.events,
      logger: this.logger,
      stats: this.stats,
      intervalMs: interval,
      committed: () => void this.checkpoints.ifDue(),
    });
  }

  /** `options` changes nothing here: without a remote tier every body is local only. */
  async openWriter(messageId: MessageId, _options?: OpenWriterOptions): Promise<DiskBodyWriter> {
    const where = bodyPath(this.dir, messageId);
    for (;;) {
      if (this.closing !== undefined) throw new VoxError('VOX_SHUTTING_DOWN');
      const live = this.writers.get(messageId);
      if (live === undefined) break;
      if (!live.isFinishing) return live;
      // Reopened while finishing: let it close (or fail back to open), then look again.
      await live.finish().catch(() => undefined);
    }
    const pending = this.opening.get(messageId);
    if (pending !== undefined) return pending;
    const opened = this.openFile(messageId, where);
    this.opening.set(messageId, opened);
    try {
      return await opened;
    } finally {
      this.opening.delete(messageId);
    }
  }

  private async openFile(messageId: MessageId, where: BodyPath): Promise<DiskBodyWriter> {
    const { fd, existingCount, endOffset } = await this.files.open(messageId, where);
    const writer = new DiskBodyWriter({ messageId, fd, shardDir: where.shardDir, io: this.io, host: this.host, existingCount, endOffset });
    this.writers.set(messageId, writer);
    return writer;
  }

  async read(messageId: MessageId, fromSeq = 0): Promise<StoredChunk[]> {
    if (!Number.isInteger(fromSeq) || fromSeq < 0) {
      throw new VoxError('VOX_BAD_REQUEST', `fromSeq must be a non-negative integer, got ${fromSeq}`);
    }
    await this.writeThrough(messageId);
    const buf = await this.files.read(messageId);
    if (buf === undefined) throw bodyNotFound(messageId);
    const chunks: StoredChunk[] = [];
    if (checkFileHeader(buf, `body file of ${messageId}`)) scanRecords(buf, fromSeq, chunks);
    return chunks;
  }

  async stat(messageId: MessageId): Promise<RecoveredBody | undefined> {
    await this.writeThrough(messageId);
    const buf = await this.files.read(messageId);
    if (buf === undefined) return undefined;
    if (!checkFileHeader(buf, `body file of ${messageId}`)) return { messageId, chunkCount: 0, byteCount: 0 };
    const scan = scanRecords(buf);
    return { messageId, chunkCount: scan.count, byteCount: scan.payloadBytes };
  }

  /** The raw bytes of a body file (header and records), or undefined when there is none. */
  async readRaw(messageId: MessageId): Promise<Buffer | undefined> {
    await this.writeThrough(messageId);
    return this.files.read(messageId);
  }

  /**
   * Puts a live body's durable chunks into its file (they may be only in
   * the log and in memory), so that a reader of the file finds them. No-op
   * for a body that is not live.
   * @throws VoxError VOX_STORAGE_FAILED when the write fails
   */
  async writeThrough(messageId: MessageId): Promise<void> {
    bodyPath(this.dir, messageId);
    const writer = this.writers.get(messageId);
    if (writer === undefined) return;
    try {
      await writer.writeThrough(false);
    } catch (err) {
      throw storageError(err, `write body ${messageId}`);
    }
  }

  /** True while a writer of this body is open (or opening). */
  hasWriter(messageId: MessageId): boolean {
    return this.writers.has(messageId) || this.opening.has(messageId);
  }

  /**
   * Writes a complete body file (header and records, e.g. fetched from
   * CouchDB) in place of whatever is there: temp file, fsync, rename, so a
   * reader sees the old file or the new one, never half of it.
   * @throws VoxError VOX_STORAGE_FAILED, also while a writer of it is open
   */
  async install(messageId: MessageId, data: Buffer): Promise<void> {
    const where = bodyPath(this.dir, messageId);
    if (this.hasWriter(messageId)) throw new VoxError('VOX_STORAGE_FAILED', `body ${messageId} is open for writing`);
    await this.files.install(messageId, where, data);
    if (this.wal.references(messageId)) {
      // Replay must not put the log's older bytes of this body into the new file.
      this.wal.addBarrier(WAL_RESET, messageId);
      void this.commits.request();
    }
  }

  /** Every body file under `dir` with its size; leftover temp files of an interrupted install are removed. */
  list(): Promise<ListedBody[]> {
    return this.files.list();
  }

  async delete(messageId: MessageId): Promise<void> {
    bodyPath(this.dir, messageId); // validates the id
    await this.opening.get(messageId)?.catch(() => undefined);
    await this.writers.get(messageId)?.abort();
    if (this.wal.references(messageId)) {
      // Logged before the file goes: replay must not bring the body back.
      this.wal.addBarrier(WAL_DELETE, messageId);
      await this.commits.request();
    }
    await this.files.remove(messageId);
  }

  /** No-op: without a remote tier a replica is an ordinary body already. */
  async adopt(messageId: MessageId): Promise<void> {
    bodyPath(this.dir, messageId); // validates the id
  }

  /**
   * Closes a live writer without committing what is pending (its finish()
   * resolves, its append() throws VOX_MESSAGE_NOT_LIVE) and deletes the
   * file: the same as delete() here, since there is no remote to leave alone.
   */
  release(messageId: MessageId): Promise<void> {
    return this.delete(messageId);
  }

  /** Runs a group commit now; resolves once a commit that started after this call is done. */
  commit(): Promise<void> {
    return this.commits.request();
  }

  /** Checkpoints every closed log segment now (after the one running, if any); for tests. */
  checkpoint(): Promise<void> {
    return this.checkpoints.checkpoint();
  }

  close(): Promise<void> {
    this.closing ??= this.runClose();
    return this.closing;
  }

  private async runClose(): Promise<void> {
    this.commits.stop();
    await Promise.allSettled(this.opening.values());
    const writers = [...this.writers.values()];
    const results = await Promise.allSettled(writers.map((w) => w.finish()));
    let lost = 0;
    for (const [i, result] of results.entries()) {
      if (result.status === 'fulfilled') continue;
      const writer = writers[i]!;
      lost++;
      this.logger.error({ messageId: writer.messageId, err: result.reason as unknown }, 'body not durable at close');
      this.checkpoints.keepLog = true;
      await writer.abort();
    }
    await this.checkpoints.running;
    if (this.wal.hasBarriers) await this.commits.request();
    await this.commits.running;
    // Every body is finished and fsynced in its own file: the log can go (else the next start replays it).
    await this.wal.close(!this.checkpoints.keepLog).catch((err: unknown) => this.logger.error({ err }, 'body log not removed at close'));
    if (lost > 0) throw new VoxError('VOX_STORAGE_FAILED', `${lost} bodies could not be made durable at close`);
  }

  /** A writer closed its file (through this.host). */
  private released(writer: DiskBodyWriter): void {
    if (this.writers.get(writer.messageId) === writer) this.writers.delete(writer.messageId);
    this.commits.forget(writer);
  }
}
