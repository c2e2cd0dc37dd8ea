/**
 * DiskBodyStore: one file per body on local disk, made durable by a group
 * commit every commitIntervalMs into one write-ahead log shared by all
 * bodies (BodyWal: one write + one fdatasync per commit, however many bodies
 * are dirty). Body files are written from memory when read, uploaded,
 * finished or checkpointed. See README.md for the formats and the guarantees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import type { BodyStore, BodyStoreEvents, OpenWriterOptions, RecoveredBody, StoredChunk } from './body-store.js';
import { checkFileHeader, scanRecords } from './body-file-format.js';
import { nodeBodyFileIo, syncDir, type BodyFileIo } from './body-file-io.js';
import { bodyPath, type BodyPath } from './body-path.js';
import { sealPath } from './body-seal.js';
import { BodyWal, type WalWrite } from './body-wal.js';
import { WAL_DELETE, WAL_RESET } from './body-wal-format.js';
import { DiskBodyWriter, type BodyWriterHost, type LogSlice } from './disk-body-writer.js';

const openFd = promisify(fs.open);
const fstat = promisify(fs.fstat);
const readFd = promisify(fs.read);

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
  /** Log segments checkpointed (their bodies fsynced) and deleted. */
  checkpoints: number;
  /** Log segments and bodies replayed at open (what the last process left in the log). */
  replayedSegments: number;
  replayedBodies: number;
}

const silentLogger: BodyStoreLogger = { info() {}, warn() {}, error() {} };
const DEFAULT_WAL_SEGMENT_BYTES = 8 * 1024 * 1024;
/** After a failed checkpoint, the next one waits this long. */
const CHECKPOINT_RETRY_MS = 1000;
const DEFAULT_CHECKPOINT_PACE_MS = 5;

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}

function storageError(err: unknown, what: string): VoxError {
  if (err instanceof VoxError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new VoxError('VOX_STORAGE_FAILED', `${what}: ${detail}`, { cause: err });
}

/** BodyStore on local disk. Create it with DiskBodyStore.open. */
export class DiskBodyStore implements BodyStore {
  readonly stats: DiskBodyStoreStats = {
    commits: 0,
    flushes: 0,
    failedFlushes: 0,
    skippedTicks: 0,
    checkpoints: 0,
    replayedSegments: 0,
    replayedBodies: 0,
  };
  private readonly dir: string;
  private readonly events: BodyStoreEvents;
  private readonly logger: BodyStoreLogger;
  private readonly io: BodyFileIo;
  private readonly writers = new Map<string, DiskBodyWriter>();
  private readonly opening = new Map<string, Promise<DiskBodyWriter>>();
  private readonly knownShards = new Set<string>();
  private dirty = new Set<DiskBodyWriter>();
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;
  // The timer keeps the process alive only while data waits for a commit.
  private timerRefed = false;
  private closing: Promise<void> | undefined;
  private checkpointing: Promise<void> | undefined;
  private checkpointFailedAt = -Infinity;
  private readonly checkpointPaceMs: number;
  /** Set when a body was closed with durable bytes only in the log: its segments must stay. */
  private keepLog = false;
  private readonly host: BodyWriterHost = {
    markDirty: (writer) => this.markDirty(writer),
    requestCommit: () => this.requestCommit(),
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
    this.events = options.events;
    this.logger = options.logger ?? silentLogger;
    this.io = options.io ?? nodeBodyFileIo;
    this.checkpointPaceMs = options.checkpointPaceMs ?? DEFAULT_CHECKPOINT_PACE_MS;
    this.timer = setInterval(() => this.tick(), interval);
    this.timer.unref();
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
    let fd: number;
    try {
      await this.ensureShard(where.shardDir);
      fd = await openFd(where.file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
    } catch (err) {
      throw storageError(err, `open body ${messageId}`);
    }
    try {
      const { existingCount, endOffset } = await this.recover(messageId, fd, where.file);
      const writer = new DiskBodyWriter({ messageId, fd, shardDir: where.shardDir, io: this.io, host: this.host, existingCount, endOffset });
      this.writers.set(messageId, writer);
      return writer;
    } catch (err) {
      fs.close(fd, () => undefined);
      throw storageError(err, `open body ${messageId}`);
    }
  }

  /** Scans an existing file and cuts a torn or corrupt tail. */
  private async recover(messageId: MessageId, fd: number, file: string): Promise<{ existingCount: number; endOffset: number }> {
    const { size } = await fstat(fd);
    if (size === 0) return { existingCount: 0, endOffset: 0 };
    const buf = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await readFd(fd, buf, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const data = buf.subarray(0, filled);
    if (!checkFileHeader(data, `body file ${file}`)) {
      // Shorter than a header: created by a crash before its first commit.
      await this.io.truncate(fd, 0);
      return { existingCount: 0, endOffset: 0 };
    }
    const scan = scanRecords(data);
    if (scan.stop !== 'end' || scan.endOffset < size) {
      const fields = { messageId, stop: scan.stop, chunks: scan.count, keptBytes: scan.endOffset, fileBytes: size };
      // A torn tail is the expected trace of a crash; a bad record in between is not.
      if (scan.stop === 'corrupt') this.logger.error(fields, 'body file corrupt; truncated after last intact chunk');
      else this.logger.warn(fields, 'body file torn; truncated after last intact chunk');
      await this.io.truncate(fd, scan.endOffset);
      await this.io.datasync(fd);
    }
    return { existingCount: scan.count, endOffset: scan.endOffset };
  }

  private async ensureShard(shardDir: string): Promise<void> {
    if (this.knownShards.has(shardDir)) return;
    try {
      await fs.promises.mkdir(shardDir);
      await syncDir(this.dir);
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
    this.knownShards.add(shardDir);
  }

  async read(messageId: MessageId, fromSeq = 0): Promise<StoredChunk[]> {
    if (!Number.isInteger(fromSeq) || fromSeq < 0) {
      throw new VoxError('VOX_BAD_REQUEST', `fromSeq must be a non-negative integer, got ${fromSeq}`);
    }
    await this.writeThrough(messageId);
    const buf = await this.readBody(messageId);
    if (buf === undefined) throw new VoxError('VOX_MESSAGE_NOT_FOUND', `no body for message ${messageId}`);
    const chunks: StoredChunk[] = [];
    if (checkFileHeader(buf, `body file of ${messageId}`)) scanRecords(buf, fromSeq, chunks);
    return chunks;
  }

  async stat(messageId: MessageId): Promise<RecoveredBody | undefined> {
    await this.writeThrough(messageId);
    const buf = await this.readBody(messageId);
    if (buf === undefined) return undefined;
    if (!checkFileHeader(buf, `body file of ${messageId}`)) return { messageId, chunkCount: 0, byteCount: 0 };
    const scan = scanRecords(buf);
    return { messageId, chunkCount: scan.count, byteCount: scan.payloadBytes };
  }

  /** The raw bytes of a body file (header and records), or undefined when there is none. */
  async readRaw(messageId: MessageId): Promise<Buffer | undefined> {
    await this.writeThrough(messageId);
    return this.readBody(messageId);
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
    const tmp = `${where.file}.tmp`;
    try {
      await this.ensureShard(where.shardDir);
      const handle = await fs.promises.open(tmp, 'w', 0o644);
      try {
        await handle.writeFile(data);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(tmp, where.file);
    } catch (err) {
      await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
      throw storageError(err, `install body ${messageId}`);
    }
    if (this.wal.references(messageId)) {
      // Replay must not put the log's older bytes of this body into the new file.
      this.wal.addBarrier(WAL_RESET, messageId);
      void this.requestCommit();
    }
  }

  /**
   * Every body file under `dir` with its size (shard directories are the
   * 2-hex-digit ones; anything else is not ours to look at). Leftover temp
   * files of an interrupted install are removed.
   */
  async list(): Promise<ListedBody[]> {
    const found: ListedBody[] = [];
    let shards: string[];
    try {
      shards = (await fs.promises.readdir(this.dir)).filter((name) => /^[0-9a-f]{2}$/.test(name));
    } catch (err) {
      throw storageError(err, `list bodies in ${this.dir}`);
    }
    for (const shard of shards) {
      const shardDir = path.join(this.dir, shard);
      this.knownShards.add(shardDir);
      for (const name of await fs.promises.readdir(shardDir)) {
        const file = path.join(shardDir, name);
        if (name.endsWith('.tmp')) {
          await fs.promises.rm(file, { force: true });
          continue;
        }
        if (!name.endsWith('.vxb')) continue;
        const stat = await fs.promises.stat(file).catch(() => undefined);
        if (stat) found.push({ messageId: name.slice(0, -4) as MessageId, fileBytes: stat.size, mtimeMs: stat.mtimeMs });
      }
    }
    return found;
  }

  private async readBody(messageId: MessageId): Promise<Buffer | undefined> {
    const { file } = bodyPath(this.dir, messageId);
    try {
      return await fs.promises.readFile(file);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return undefined;
      throw storageError(err, `read body ${messageId}`);
    }
  }

  async delete(messageId: MessageId): Promise<void> {
    const { file } = bodyPath(this.dir, messageId);
    await this.opening.get(messageId)?.catch(() => undefined);
    await this.writers.get(messageId)?.abort();
    if (this.wal.references(messageId)) {
      // Logged before the file goes: replay must not bring the body back.
      this.wal.addBarrier(WAL_DELETE, messageId);
      await this.requestCommit();
    }
    try {
      // The seal first: a seal without its file would claim a body that is gone.
      await fs.promises.rm(sealPath(this.dir, messageId), { force: true });
      await fs.promises.unlink(file);
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw storageError(err, `delete body ${messageId}`);
    }
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
    return this.requestCommit();
  }

  close(): Promise<void> {
    this.closing ??= this.runClose();
    return this.closing;
  }

  private async runClose(): Promise<void> {
    clearInterval(this.timer);
    await Promise.allSettled(this.opening.values());
    const writers = [...this.writers.values()];
    const results = await Promise.allSettled(writers.map((w) => w.finish()));
    let lost = 0;
    for (const [i, result] of results.entries()) {
      if (result.status === 'fulfilled') continue;
      const writer = writers[i]!;
      lost++;
      this.logger.error({ messageId: writer.messageId, err: result.reason as unknown }, 'body not durable at close');
      this.keepLog = true;
      await writer.abort();
    }
    await this.checkpointing;
    if (this.wal.hasBarriers) await this.requestCommit();
    await this.running;
    // Every body is finished and fsynced in its own file: the log can go (else the next start replays it).
    await this.wal.close(!this.keepLog).catch((err: unknown) => this.logger.error({ err }, 'body log not removed at close'));
    if (lost > 0) throw new VoxError('VOX_STORAGE_FAILED', `${lost} bodies could not be made durable at close`);
  }

  // --- what writers call (through this.host)

  private markDirty(writer: DiskBodyWriter): void {
    this.dirty.add(writer);
    if (!this.timerRefed) {
      this.timerRefed = true;
      this.timer.ref();
    }
  }

  private requestCommit(): Promise<void> {
    if (this.running === undefined) return this.startCommit();
    // One commit at a time: queue exactly one more behind the running one.
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.running ?? this.startCommit();
    });
    return this.queued;
  }

  private released(writer: DiskBodyWriter): void {
    if (this.writers.get(writer.messageId) === writer) this.writers.delete(writer.messageId);
    this.dirty.delete(writer);
  }

  // --- group commit

  private tick(): void {
    if (this.running !== undefined) {
      this.stats.skippedTicks++;
      return;
    }
    if (this.dirty.size > 0 || this.wal.hasBarriers) void this.startCommit();
  }

  private startCommit(): Promise<void> {
    const run = this.runCommit().finally(() => {
      this.running = undefined;
      if (this.dirty.size === 0 && this.timerRefed) {
        this.timerRefed = false;
        this.timer.unref();
      }
    });
    this.running = run;
    return run;
  }

  /**
   * One batch into the log for every dirty body (and queued deletes), one
   * fdatasync. Never rejects: failures are reported per body through
   * events.onError, and the bodies go into the next batch.
   */
  private async runCommit(): Promise<void> {
    if (this.dirty.size === 0 && !this.wal.hasBarriers) return;
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
    if (writes.length === 0 && !this.wal.hasBarriers) return;
    this.stats.commits++;
    try {
      await this.wal.commit(writes);
    } catch (err) {
      for (const { writer } of taken) {
        this.stats.failedFlushes++;
        writer.logFailed(err);
        if (writer.hasPending) this.dirty.add(writer);
        const error = storageError(err, `commit body ${writer.messageId}`);
        this.logger.error({ messageId: writer.messageId, err: error }, 'body commit failed; retrying next commit');
        this.notify(() => this.events.onError(writer.messageId, error));
      }
      if (taken.length === 0) this.logger.error({ err }, 'body log commit failed; retrying next commit');
      return;
    }
    for (const { writer, slice } of taken) {
      this.stats.flushes++;
      const made = writer.logged(slice);
      if (made > 0) this.notify(() => this.events.onDurable(writer.messageId, writer.durableCount));
    }
    void this.checkpointIfDue();
  }

  // --- checkpoints

  /** Checkpoints every closed log segment now (after the one running, if any); for tests. */
  async checkpoint(): Promise<void> {
    while (this.checkpointing !== undefined) await this.checkpointing;
    this.checkpointFailedAt = -Infinity;
    await this.checkpointIfDue();
  }

  /** Starts a checkpoint of the closed log segments, unless one runs or failed a moment ago; returns the one running. */
  private checkpointIfDue(): Promise<void> | undefined {
    if (this.checkpointing !== undefined || this.keepLog || this.wal.oldestClosed() === undefined) return this.checkpointing;
    if (Date.now() - this.checkpointFailedAt < CHECKPOINT_RETRY_MS) return undefined;
    this.checkpointing = this.runCheckpoint()
      .catch((err: unknown) => {
        this.checkpointFailedAt = Date.now();
        this.logger.error({ err }, 'body log checkpoint failed; the log keeps the bodies meanwhile');
      })
      .finally(() => (this.checkpointing = undefined));
    return this.checkpointing;
  }

  /**
   * For the oldest closed segment: fsyncs every live body it mentions up to
   * what it mentions (one at a time, so commits keep their disk time), then
   * deletes it. Bodies no longer live were fsynced by finish() or deleted.
   */
  private async runCheckpoint(): Promise<void> {
    for (let seg = this.wal.oldestClosed(); seg !== undefined; seg = this.wal.oldestClosed()) {
      for (const [messageId, end] of seg.bodies) {
        const writer = this.writers.get(messageId);
        // Closing: close() finishes (and fsyncs) every body, then drops the whole log.
        if (this.closing !== undefined) return;
        if (writer === undefined || writer.syncedOffset >= end) continue;
        await writer.writeThrough(true);
        if (this.checkpointPaceMs > 0) await delay(this.checkpointPaceMs);
      }
      if (this.keepLog) return;
      await this.wal.dropOldest();
      this.stats.checkpoints++;
    }
  }

  private notify(call: () => void): void {
    try {
      call();
    } catch (err) {
      this.logger.error({ err }, 'body store event listener threw');
    }
  }
}
