/**
 * The writer of one body. Appends are encoded into memory; the store's
 * group commit takes the bytes not yet logged (takeForLog) into the shared
 * write-ahead log (BodyWal), and once that batch is fsynced they are durable.
 * The body file itself is written later, from the same memory: before a read
 * or an upload of the live body (writeThrough), and written and fsynced at
 * finish and at the checkpoint of a log segment that mentions it.
 *
 *   abs. offset:  base      fileSynced   fileEnd     durableEnd        end
 *   buf:          | ........ | .......... | ......... | ............... |
 *                   dropped    in the file  in the file  in the log        appended,
 *                   (may be)   and fsynced  (page cache)  (fsynced)         not yet logged
 *
 * Invariants: base <= fileSynced <= fileEnd <= durableEnd <= end. The file
 * only ever receives durable bytes, at their final offset, so writing them
 * again (after a failed write or fsync) changes nothing. Bytes before
 * fileSynced may be dropped from memory; nothing after it is, because a
 * failed fsync may have lost the page cache's copy.
 */
import fs from 'node:fs';
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import type { BodyWriter } from './body-store.js';
import { encodeFileHeader, encodeRecordInto, MAX_PAYLOAD_BYTES, RECORD_HEADER_BYTES } from './body-file-format.js';
import { syncDir, type BodyFileIo } from './body-file-io.js';

/** What a writer needs from the store that owns it. */
export interface BodyWriterHost {
  /** The writer has data for the next commit. */
  markDirty(writer: DiskBodyWriter): void;
  /** Resolves after a commit that started after this call has finished. */
  requestCommit(): Promise<void>;
  /** The writer closed its file and is no longer live. */
  released(writer: DiskBodyWriter): void;
}

export interface DiskBodyWriterOptions {
  messageId: MessageId;
  fd: number;
  shardDir: string;
  io: BodyFileIo;
  host: BodyWriterHost;
  /** Intact records already in the file, and the offset after them (0: empty file, header not written). */
  existingCount: number;
  endOffset: number;
}

/** What a commit takes from a writer: its bytes not yet logged, which belong at `offset` of the file. */
export interface LogSlice {
  offset: number;
  bytes: Buffer;
  /** Records appended when the slice was taken: durable once it is. */
  count: number;
}

type WriterState = 'open' | 'finishing' | 'closed';

/** First size of the buffer: a commit interval of Opus for one message fits. */
const INITIAL_BUFFER_BYTES = 1024;

/** BodyWriter over one body file and the shared log; created by DiskBodyStore.openWriter. */
export class DiskBodyWriter implements BodyWriter {
  readonly messageId: MessageId;
  private readonly fd: number;
  private readonly shardDir: string;
  private readonly io: BodyFileIo;
  private readonly host: BodyWriterHost;
  private state: WriterState = 'open';
  private appended: number;
  private durable: number;
  private buf: Buffer;
  /** Absolute file offsets, see the diagram above. */
  private base: number;
  private fileSynced: number;
  private fileEnd: number;
  private durableEnd: number;
  private end: number;
  // A new file's directory entry is durable only once its directory is fsynced.
  private needsDirSync: boolean;
  /** The last of the file operations, which run one at a time. */
  private fileOp: Promise<void> | undefined;
  /** A file write is reading from buf: no compaction in place meanwhile. */
  private writing = false;
  private finishing: Promise<void> | undefined;
  private releasing: Promise<void> | undefined;
  private lastError: unknown;

  constructor(options: DiskBodyWriterOptions) {
    this.messageId = options.messageId;
    this.fd = options.fd;
    this.shardDir = options.shardDir;
    this.io = options.io;
    this.host = options.host;
    this.appended = options.existingCount;
    this.durable = options.existingCount;
    this.base = this.fileSynced = this.fileEnd = this.durableEnd = this.end = options.endOffset;
    this.needsDirSync = options.endOffset === 0;
    this.buf = Buffer.allocUnsafeSlow(INITIAL_BUFFER_BYTES);
    if (options.endOffset === 0) this.end += encodeFileHeader().copy(this.buf, 0);
  }

  get appendedCount(): number {
    return this.appended;
  }

  get durableCount(): number {
    return this.durable;
  }

  /** Length the file has once everything appended is durable (header included). */
  get byteLength(): number {
    return this.end;
  }

  /** File offset up to which the body file is written and fsynced. */
  get syncedOffset(): number {
    return this.fileSynced;
  }

  /** True while finish() runs or after it: appends are refused. */
  get isFinishing(): boolean {
    return this.state !== 'open';
  }

  // A getter, so TypeScript does not narrow state across awaits.
  private get closed(): boolean {
    return this.state === 'closed';
  }

  /** Has bytes not yet durable. */
  get hasPending(): boolean {
    return !this.closed && this.end > this.durableEnd;
  }

  append(seq: number, payload: Uint8Array): void {
    if (this.state !== 'open') {
      throw new VoxError('VOX_MESSAGE_NOT_LIVE', `body ${this.messageId} is finished`);
    }
    if (seq !== this.appended) {
      throw new VoxError('VOX_CHUNK_SEQ_GAP', `body ${this.messageId}: seq ${seq}, expected ${this.appended}`);
    }
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new VoxError('VOX_CHUNK_TOO_LARGE', `chunk of ${payload.length} bytes exceeds ${MAX_PAYLOAD_BYTES}`);
    }
    this.reserve(RECORD_HEADER_BYTES + payload.length);
    this.end = this.base + encodeRecordInto(this.buf, this.end - this.base, seq, payload);
    this.appended++;
    this.host.markDirty(this);
  }

  /** Makes room for `more` bytes after `end`: drops what is fsynced in the file, in place or in a new buffer. */
  private reserve(more: number): void {
    const used = this.end - this.base;
    if (used + more <= this.buf.length) return;
    const keep = this.end - this.fileSynced;
    const from = this.fileSynced - this.base;
    if (!this.writing && keep + more <= this.buf.length) {
      this.buf.copyWithin(0, from, used);
    } else {
      const grown = Buffer.allocUnsafeSlow(Math.max(INITIAL_BUFFER_BYTES, 2 * (keep + more)));
      this.buf.copy(grown, 0, from, used);
      this.buf = grown;
    }
    this.base = this.fileSynced;
  }

  /**
   * The bytes not yet logged, for the store's commit (which copies them
   * into the log batch at once); undefined when there are none. Called by
   * the commit only, never while another commit is in flight.
   */
  takeForLog(): LogSlice | undefined {
    if (!this.hasPending) return undefined;
    return { offset: this.durableEnd, bytes: this.buf.subarray(this.durableEnd - this.base, this.end - this.base), count: this.appended };
  }

  /** The slice's batch is fsynced in the log; returns how many records became durable. */
  logged(slice: LogSlice): number {
    this.lastError = undefined;
    if (this.closed) return 0; // aborted meanwhile: nothing more is reported
    const made = slice.count - this.durable;
    this.durable = slice.count;
    this.durableEnd = slice.offset + slice.bytes.length;
    return made;
  }

  /** The slice's batch failed: its bytes stay pending and go into a later batch. */
  logFailed(err: unknown): void {
    this.lastError = err;
  }

  /**
   * Writes the durable bytes not yet in the body file there (a read or an
   * upload is about to look at the file); with `sync`, fdatasyncs it too
   * (finish, checkpoint). Runs after the file operations already queued.
   */
  writeThrough(sync: boolean): Promise<void> {
    const run = (this.fileOp ?? Promise.resolve()).catch(() => undefined).then(() => this.runWrite(sync));
    this.fileOp = run;
    return run;
  }

  private async runWrite(sync: boolean): Promise<void> {
    if (this.releasing !== undefined) return; // closed: the fd is going away
    const target = this.durableEnd;
    if (target > this.fileEnd) {
      const data = this.buf.subarray(this.fileEnd - this.base, target - this.base);
      const at = this.fileEnd;
      this.writing = true;
      try {
        let done = 0;
        while (done < data.length) {
          const written = await this.io.write(this.fd, data.subarray(done), at + done);
          if (written <= 0) throw new Error(`write returned ${written}`);
          done += written;
        }
      } finally {
        this.writing = false;
      }
      this.fileEnd = target;
    }
    if (!sync || this.fileSynced >= this.fileEnd) return;
    const upTo = this.fileEnd;
    try {
      await this.io.datasync(this.fd);
      if (this.needsDirSync) {
        await syncDir(this.shardDir);
        this.needsDirSync = false;
      }
    } catch (err) {
      // The page cache may have dropped what failed to sync: write it all again next time.
      this.fileEnd = this.fileSynced;
      throw err;
    }
    this.fileSynced = upTo;
  }

  finish(): Promise<void> {
    if (this.finishing !== undefined) return this.finishing;
    if (this.releasing !== undefined) return this.releasing;
    this.finishing = this.runFinish();
    return this.finishing;
  }

  private async runFinish(): Promise<void> {
    this.state = 'finishing';
    try {
      while (this.hasPending) {
        this.host.markDirty(this);
        await this.host.requestCommit();
        if (this.closed) return this.releasing;
        if (this.hasPending && this.lastError !== undefined) {
          throw new VoxError('VOX_STORAGE_FAILED', `body ${this.messageId}: commit failed`, { cause: this.lastError });
        }
      }
      // The whole body into its own file, fsynced: the log no longer needs to hold it.
      await this.writeThrough(true).catch((err: unknown) => {
        throw new VoxError('VOX_STORAGE_FAILED', `body ${this.messageId}: writing the body file failed`, { cause: err });
      });
      if (this.closed) return this.releasing;
    } catch (err) {
      // Back to open: the store keeps retrying and finish() may be called again.
      this.state = 'open';
      this.finishing = undefined;
      throw err;
    }
    await this.release();
  }

  /** Drops what is not yet logged and closes the file (delete or release of a live body, shutdown after failure). */
  abort(): Promise<void> {
    this.end = this.durableEnd;
    return this.release();
  }

  private release(): Promise<void> {
    this.state = 'closed';
    this.releasing ??= this.closeFile();
    return this.releasing;
  }

  private async closeFile(): Promise<void> {
    await this.fileOp?.catch(() => undefined);
    // A close error after fdatasync succeeded loses nothing; the fd is gone either way.
    await new Promise<void>((resolve) => fs.close(this.fd, () => resolve()));
    this.host.released(this);
  }
}
