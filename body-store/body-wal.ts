/**
 * BodyWal: the write-ahead log shared by every body of a DiskBodyStore. A
 * group commit is one batch — the new bytes of every dirty body, each as a
 * WRITE entry with its body-file offset — written with one pwrite at the end
 * of the current segment and made durable with one fdatasync. The body files
 * themselves are written later (reads, uploads, finish, checkpoints).
 *
 *   <dir>/wal/0000000000000007.log   closed: waits for its checkpoint
 *   <dir>/wal/0000000000000008.log   current: batches are appended here
 *
 * A segment is closed once it passes segmentBytes. Its checkpoint (run by the
 * store) fsyncs every live body it mentions up to the offsets it mentions;
 * then the segment is deleted, oldest first, and the directory fsynced — an
 * older segment never outlives a newer one, so replay always sees entries in
 * the order they were written.
 *
 * Replay at open applies every segment in order: per body, the WRITE entries
 * after its last DELETE/RESET go into the body file (created if missing), the
 * file is cut after the last of them, fsynced; a body whose last entry is a
 * DELETE is removed. Then every segment is deleted. See body-wal-format.ts
 * for the bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import { storageError } from './body-errors.js';
import { syncDir, type BodyFileIo } from './body-file-io.js';
import { bodyPath } from './body-path.js';
import { sealPath } from './body-seal.js';
import {
  BATCH_HEADER_BYTES,
  encodeBarrierEntry,
  encodeWalHeader,
  encodeWriteEntry,
  scanWalSegment,
  sealBatch,
  WAL_DELETE,
  WAL_HEADER_BYTES,
  WAL_WRITE,
  walEntryBytes,
  type WalBarrier,
} from './body-wal-format.js';

const openFd = promisify(fs.open);
const closeFd = promisify(fs.close);
const fstat = promisify(fs.fstat);

/** The pino methods the log uses. */
interface WalLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface BodyWalOptions {
  /** The store's root directory; the log lives in `<dir>/wal`. */
  dir: string;
  io: BodyFileIo;
  logger: WalLogger;
  /** A segment is closed (and later checkpointed) once it holds this many bytes. */
  segmentBytes: number;
}

/** New bytes of one body for a batch: they belong at `offset` of its file. */
export interface WalWrite {
  messageId: MessageId;
  offset: number;
  bytes: Buffer;
}

/** A segment and, per body it mentions, the file offset its last WRITE there ends at (0 for a barrier). */
export interface WalSegment {
  readonly no: number;
  readonly file: string;
  readonly bodies: Map<MessageId, number>;
}

interface CurrentSegment extends WalSegment {
  fd: number | undefined;
  /** Bytes of the file that are intact and durable (0: not even its header). */
  size: number;
}

/** What replay found. */
export interface WalReplay {
  segments: number;
  bodies: number;
}

const SEGMENT_NAME = /^(\d{16})\.log$/;

function segmentName(no: number): string {
  return `${String(no).padStart(16, '0')}.log`;
}

export class BodyWal {
  private readonly walDir: string;
  /** Oldest first; the last one is the current segment when `current` is set. */
  private readonly closed: WalSegment[] = [];
  private current: CurrentSegment | undefined;
  private nextNo: number;
  private barriers: Array<{ type: WalBarrier; messageId: MessageId }> = [];
  private batch = Buffer.allocUnsafeSlow(64 * 1024);
  private closing = false;

  private constructor(
    private readonly options: BodyWalOptions,
    nextNo: number,
  ) {
    this.walDir = path.join(options.dir, 'wal');
    this.nextNo = nextNo;
  }

  /** Replays what an earlier process left in the log into the body files, then starts an empty log. */
  static async open(options: BodyWalOptions): Promise<{ wal: BodyWal; replay: WalReplay }> {
    const walDir = path.join(options.dir, 'wal');
    let names: string[];
    try {
      if ((await fs.promises.mkdir(walDir, { recursive: true })) !== undefined)
        await syncDir(options.dir);
      names = (await fs.promises.readdir(walDir)).filter((n) => SEGMENT_NAME.test(n)).sort();
    } catch (err) {
      throw storageError(err, `body log ${walDir}`);
    }
    const replay = await replaySegments(options, walDir, names);
    const last = names.at(-1);
    const nextNo = last === undefined ? 1 : Number(SEGMENT_NAME.exec(last)![1]) + 1;
    return { wal: new BodyWal(options, nextNo), replay };
  }

  /** Queues a DELETE or RESET of a body for the next batch (ahead of any WRITE in it). */
  addBarrier(type: WalBarrier, messageId: MessageId): void {
    this.barriers.push({ type, messageId });
  }

  get hasBarriers(): boolean {
    return this.barriers.length > 0;
  }

  /** True when a segment not yet deleted (or a queued barrier) mentions the body: replay would touch it. */
  references(messageId: MessageId): boolean {
    if (this.barriers.some((b) => b.messageId === messageId)) return true;
    if (this.current?.bodies.has(messageId)) return true;
    return this.closed.some((s) => s.bodies.has(messageId));
  }

  /**
   * Writes one batch (the queued barriers, then `writes`) and fdatasyncs it.
   * The bytes are copied before the first await, so callers may reuse their
   * buffers at once. On failure nothing of the batch counts: the segment is
   * cut back to its last durable byte, the barriers stay queued, and the
   * caller retries the writes in a later batch.
   */
  async commit(writes: readonly WalWrite[]): Promise<void> {
    if (this.closing) throw new VoxError('VOX_SHUTTING_DOWN', 'body log is closed');
    const seg = (this.current ??= this.newSegment());
    const taken = this.barriers.length;
    let size = seg.size === 0 ? WAL_HEADER_BYTES : 0;
    const batchStart = size;
    size += BATCH_HEADER_BYTES;
    for (const b of this.barriers) size += walEntryBytes(b.messageId);
    for (const w of writes) size += walEntryBytes(w.messageId, w.bytes.length);
    if (size > this.batch.length)
      this.batch = Buffer.allocUnsafeSlow(Math.max(size, this.batch.length * 2));
    const buf = this.batch;
    if (batchStart > 0) encodeWalHeader().copy(buf, 0);
    let at = batchStart + BATCH_HEADER_BYTES;
    for (const b of this.barriers) {
      at = encodeBarrierEntry(buf, at, b.type, b.messageId);
      if (!seg.bodies.has(b.messageId)) seg.bodies.set(b.messageId, 0);
    }
    for (const w of writes) {
      at = encodeWriteEntry(buf, at, w.messageId, w.offset, w.bytes);
      seg.bodies.set(
        w.messageId,
        Math.max(seg.bodies.get(w.messageId) ?? 0, w.offset + w.bytes.length),
      );
    }
    sealBatch(buf, batchStart, at);
    await this.writeDurably(seg, buf.subarray(0, at));
    this.barriers.splice(0, taken);
    if (seg.size >= this.options.segmentBytes) this.rotate();
  }

  private newSegment(): CurrentSegment {
    const no = this.nextNo++;
    return {
      no,
      file: path.join(this.walDir, segmentName(no)),
      bodies: new Map(),
      fd: undefined,
      size: 0,
    };
  }

  private async writeDurably(seg: CurrentSegment, data: Buffer): Promise<void> {
    const { io } = this.options;
    const creating = seg.size === 0;
    try {
      seg.fd ??= await openFd(seg.file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
      let done = 0;
      while (done < data.length) {
        const written = await io.write(seg.fd, data.subarray(done), seg.size + done);
        if (written <= 0) throw new Error(`write returned ${written}`);
        done += written;
      }
      await io.datasync(seg.fd);
      // A new segment's directory entry is durable only once the directory is fsynced.
      if (creating) await syncDir(this.walDir);
    } catch (err) {
      // Cut what may be half there, so a crash now leaves a clean end; the
      // next batch is written at the same offset either way.
      if (seg.fd !== undefined) await io.truncate(seg.fd, seg.size).catch(() => undefined);
      throw err;
    }
    seg.size += data.length;
  }

  /** Closes the current segment: the next batch starts a new one. */
  private rotate(): void {
    const seg = this.current;
    if (seg === undefined) return;
    this.current = undefined;
    if (seg.fd !== undefined) fs.close(seg.fd, () => undefined);
    this.closed.push({ no: seg.no, file: seg.file, bodies: seg.bodies });
  }

  /** The oldest closed segment (the next to checkpoint), if any. */
  oldestClosed(): WalSegment | undefined {
    return this.closed[0];
  }

  /** Deletes the oldest closed segment (its checkpoint is done) and fsyncs the directory. */
  async dropOldest(): Promise<void> {
    const seg = this.closed[0];
    if (seg === undefined) return;
    await fs.promises.rm(seg.file, { force: true });
    await syncDir(this.walDir);
    this.closed.shift();
  }

  /**
   * Closes the current segment's fd. With `clean` (every body it mentions
   * is finished and fsynced) every segment is deleted; otherwise they stay
   * for the next start to replay. Idempotent.
   */
  async close(clean: boolean): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const fd = this.current?.fd;
    if (fd !== undefined) await closeFd(fd).catch(() => undefined);
    if (this.current) this.closed.push(this.current);
    this.current = undefined;
    if (!clean || this.barriers.length > 0) return;
    for (const seg of this.closed) await fs.promises.rm(seg.file, { force: true });
    if (this.closed.length > 0) await syncDir(this.walDir);
    this.closed.length = 0;
  }
}

/** Per body, what replay must do: the writes after its last barrier. */
interface BodyReplay {
  deleted: boolean;
  writes: Array<{ offset: number; bytes: Buffer }>;
}

async function replaySegments(
  options: BodyWalOptions,
  walDir: string,
  names: string[],
): Promise<WalReplay> {
  const bodies = new Map<MessageId, BodyReplay>();
  for (const name of names) {
    const file = path.join(walDir, name);
    let scan;
    try {
      scan = scanWalSegment(await fs.promises.readFile(file), `body log ${file}`);
    } catch (err) {
      throw storageError(err, `replay body log ${file}`);
    }
    if (scan === undefined) continue; // created by a crash before its first batch
    if (scan.stop !== 'end') {
      const fields = { segment: name, batches: scan.batches, stop: scan.stop };
      // A torn last batch is the expected trace of a crash during a commit (never acked).
      if (scan.stop === 'corrupt')
        options.logger.error(fields, 'body log segment corrupt; replaying the batches before it');
      else options.logger.warn(fields, 'body log segment torn; replaying the batches before it');
    }
    for (const entry of scan.entries) {
      const body = bodies.get(entry.messageId) ?? { deleted: false, writes: [] };
      bodies.set(entry.messageId, body);
      if (entry.type === WAL_WRITE) {
        body.writes.push({ offset: entry.offset, bytes: entry.bytes });
      } else {
        body.deleted = entry.type === WAL_DELETE;
        body.writes = [];
      }
    }
  }
  for (const [messageId, body] of bodies) {
    try {
      await replayBody(options, messageId, body);
    } catch (err) {
      throw storageError(err, `replay body ${messageId}`);
    }
  }
  for (const name of names) {
    try {
      await fs.promises.rm(path.join(walDir, name), { force: true });
    } catch (err) {
      throw storageError(err, `delete body log segment ${name}`);
    }
  }
  if (names.length > 0) await syncDir(walDir);
  return { segments: names.length, bodies: bodies.size };
}

async function replayBody(
  options: BodyWalOptions,
  messageId: MessageId,
  body: BodyReplay,
): Promise<void> {
  const { shardDir, file } = bodyPath(options.dir, messageId);
  if (body.writes.length === 0) {
    if (body.deleted) {
      await fs.promises.rm(sealPath(options.dir, messageId), { force: true });
      await fs.promises.rm(file, { force: true });
    }
    return;
  }
  if ((await fs.promises.mkdir(shardDir, { recursive: true })) !== undefined)
    await syncDir(options.dir);
  const fd = await openFd(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
  try {
    const { size: before } = await fstat(fd);
    let end = 0;
    for (const { offset, bytes } of body.writes) {
      let done = 0;
      while (done < bytes.length) {
        const written = await options.io.write(fd, bytes.subarray(done), offset + done);
        if (written <= 0) throw new Error(`write returned ${written}`);
        done += written;
      }
      end = Math.max(end, offset + bytes.length);
    }
    // Every durable byte of the body up to here was logged: anything after
    // the last entry is an older copy's leftover or was never acked.
    const { size } = await fstat(fd);
    if (size > end) await options.io.truncate(fd, end);
    await options.io.datasync(fd);
    if (before === 0) await syncDir(shardDir);
  } finally {
    await closeFd(fd).catch(() => undefined);
  }
}
