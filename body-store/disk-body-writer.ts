/**
 * The writer of one body file. Appends are encoded into memory; the store's
 * group commit calls flush(), which writes everything not yet durable with
 * one positional write at `durableOffset` and fdatasyncs.
 *
 *   file:  | header | durable records ......... | (unknown after a failure)
 *                                               ^ durableOffset
 *   memory:                         pending  = [ rec k | rec k+1 | ... ]
 *
 * Invariant: bytes before durableOffset are fsynced and never rewritten;
 * everything after it is rewritten from `pending` until a flush succeeds.
 * Records are encoded back to back into one buffer; a flush takes that
 * buffer whole (appends meanwhile start another) and puts it back in front
 * of them if the write or fsync fails.
 * Because writes are positional, a retry after a failed or short write or a
 * failed fsync overwrites the same bytes: no record is lost or duplicated.
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

type WriterState = 'open' | 'finishing' | 'closed';

/** First size of a pending buffer: a commit interval of Opus for one message fits. */
const INITIAL_PENDING_BYTES = 1024;
/** A flushed buffer up to this size is kept for reuse. */
const MAX_SPARE_BYTES = 64 * 1024;

/** BodyWriter over one append-only file; created by DiskBodyStore.openWriter. */
export class DiskBodyWriter implements BodyWriter {
  readonly messageId: MessageId;
  private readonly fd: number;
  private readonly shardDir: string;
  private readonly io: BodyFileIo;
  private readonly host: BodyWriterHost;
  private state: WriterState = 'open';
  private appended: number;
  private durable: number;
  private durableOffset: number;
  /** Encoded records not yet durable: pending[0, pendingBytes). */
  private pending: Buffer;
  private pendingBytes = 0;
  /** Bytes a flush is writing now (taken out of pending). */
  private flushingBytes = 0;
  /** A flushed buffer, reused as the next pending one. */
  private spare: Buffer | undefined;
  // A new file's directory entry is durable only once its directory is fsynced.
  private needsDirSync: boolean;
  private inFlight: Promise<number> | undefined;
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
    this.durableOffset = options.endOffset;
    this.needsDirSync = options.endOffset === 0;
    this.pending = Buffer.allocUnsafeSlow(INITIAL_PENDING_BYTES);
    if (options.endOffset === 0) this.pendingBytes = encodeFileHeader().copy(this.pending, 0);
  }

  get appendedCount(): number {
    return this.appended;
  }

  get durableCount(): number {
    return this.durable;
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
    return this.pendingBytes + this.flushingBytes > 0;
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
    this.pendingBytes = encodeRecordInto(this.pending, this.pendingBytes, seq, payload);
    this.appended++;
    this.host.markDirty(this);
  }

  private reserve(more: number): void {
    const need = this.pendingBytes + more;
    if (need <= this.pending.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(need, this.pending.length * 2));
    this.pending.copy(grown, 0, 0, this.pendingBytes);
    this.pending = grown;
  }

  /**
   * Writes and fsyncs what is pending now; resolves to how many records
   * became durable. Called by the store's commit only, never concurrently.
   * On failure the pending data stays for the next commit.
   */
  flush(): Promise<number> {
    const run = this.runFlush();
    this.inFlight = run;
    return run;
  }

  private async runFlush(): Promise<number> {
    const bytes = this.pendingBytes;
    if (bytes === 0 || this.state === 'closed') return 0;
    // Take the buffer now: appends made while the write is in flight go to
    // another one and wait for the next commit.
    const records = this.appended - this.durable;
    const data = this.pending;
    this.pending = this.spare ?? Buffer.allocUnsafeSlow(data.length);
    this.spare = undefined;
    this.pendingBytes = 0;
    this.flushingBytes = bytes;
    try {
      let done = 0;
      while (done < bytes) {
        const written = await this.io.write(this.fd, data.subarray(done, bytes), this.durableOffset + done);
        if (written <= 0) throw new Error(`write returned ${written}`);
        done += written;
      }
      await this.io.datasync(this.fd);
      if (this.needsDirSync) {
        await syncDir(this.shardDir);
        this.needsDirSync = false;
      }
    } catch (err) {
      this.lastError = err;
      this.flushingBytes = 0;
      if (!this.closed) this.putBack(data, bytes);
      // Cut bytes in an unknown state so a close or crash now cannot leave a
      // half record behind; the retry rewrites from durableOffset either way.
      await this.io.truncate(this.fd, this.durableOffset).catch(() => undefined);
      throw err;
    }
    this.lastError = undefined;
    this.flushingBytes = 0;
    if (this.closed) return 0; // aborted meanwhile: its pending data is gone
    this.durableOffset += bytes;
    this.durable += records;
    if (data.length <= MAX_SPARE_BYTES) this.spare = data;
    return records;
  }

  /** After a failed flush: its `bytes` of `data` go back in front of what was appended meanwhile. */
  private putBack(data: Buffer, bytes: number): void {
    const merged = Buffer.allocUnsafeSlow(Math.max(data.length, bytes + this.pendingBytes));
    data.copy(merged, 0, 0, bytes);
    this.pending.copy(merged, bytes, 0, this.pendingBytes);
    this.pending = merged;
    this.pendingBytes += bytes;
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
    } catch (err) {
      // Back to open: the store keeps retrying and finish() may be called again.
      this.state = 'open';
      this.finishing = undefined;
      throw err;
    }
    await this.release();
  }

  /** Drops pending data and closes the file (delete of a live body, shutdown after failure). */
  abort(): Promise<void> {
    this.pendingBytes = 0;
    this.flushingBytes = 0;
    return this.release();
  }

  private release(): Promise<void> {
    this.state = 'closed';
    this.releasing ??= this.closeFile();
    return this.releasing;
  }

  private async closeFile(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
    // A close error after fdatasync succeeded loses nothing; the fd is gone either way.
    await new Promise<void>((resolve) => fs.close(this.fd, () => resolve()));
    this.host.released(this);
  }
}
