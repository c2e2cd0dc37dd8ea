/**
 * Copies bodies from local disk to the remote tier, block by block, while
 * they are written and after. One upload per body, at most `concurrency` at
 * a time; each runs until nothing is left to send, then waits for more.
 *
 *   live body:      a block goes as soon as `blockChunks` durable chunks (or
 *                   maxBlockBytes) wait — only durable ones, so the remote
 *                   never holds a chunk the local log could lose in a crash
 *   finished body:  the rest goes in blocks, then the document is marked
 *                   complete, then the host seals the local file
 *
 * Blocks are read back from the body file, so the queue needs no state of
 * its own: after a restart every unsealed body is tracked again, the remote
 * says how far it got (`head`), and the upload continues from there. A
 * failed request is retried with exponential backoff (jittered) for as long
 * as it takes; nothing is dropped while the remote is away.
 */
import fs from 'node:fs';
import type { MessageId } from '../common/ids.js';
import { FILE_HEADER_BYTES, MAX_PAYLOAD_BYTES, RECORD_HEADER_BYTES, scanRecordRange } from './body-file-format.js';
import { bodyPath } from './body-path.js';
import type { BodyRemote, RemoteBody } from './body-remote.js';
import type { BodySeal } from './body-seal.js';
import type { StoredChunk } from './body-store.js';
import type { BodyStoreLogger } from './disk-body-store.js';

/** What the uploader asks of the store that owns it. */
export interface BodyUploaderHost {
  /** The remote holds the whole finished body: seal the local file. */
  settled(messageId: MessageId, seal: BodySeal): Promise<void>;
  /** The remote holds a tombstone: the body was deleted (by another router); drop the local copy. */
  gone(messageId: MessageId): Promise<void>;
}

export interface BodyUploaderOptions {
  /** The disk store's directory (body files are read from there). */
  dir: string;
  remote: BodyRemote;
  host: BodyUploaderHost;
  /** Chunks per block while live (default 250: 5 s of 20 ms audio). */
  blockChunks: number;
  /** A block never exceeds this many bytes, unless one record alone does (default 1 MiB). */
  maxBlockBytes?: number;
  /** First retry delay after a failure (default 250 ms); doubles up to retryMaxMs. */
  retryBaseMs?: number;
  /** Longest retry delay (default 30 s). */
  retryMaxMs?: number;
  /** Bodies uploading at once (default 4). */
  concurrency?: number;
  logger: BodyStoreLogger;
  /** Called before a body file is read: a live body's durable chunks must be in it by then. */
  beforeRead?(messageId: MessageId): Promise<void>;
}

/** How a tracked body starts. */
export interface TrackOptions {
  live: boolean;
  durableCount: number;
  /** Bytes in the local file now (header included): the backlog counts what the remote lacks of them. */
  localBytes: number;
  /** Write the remote document from scratch (a new body; an old tombstone or document is replaced). */
  revive: boolean;
}

interface Upload {
  readonly id: MessageId;
  live: boolean;
  durableCount: number;
  localBytes: number;
  /** Chunks the remote holds; undefined until asked. */
  uploaded: number | undefined;
  /** File offset just after the uploaded records. */
  uploadedOffset: number;
  revive: boolean;
  running: boolean;
  /** The run in progress, if any. */
  run: Promise<void> | undefined;
  again: boolean;
  retryTimer: NodeJS.Timeout | undefined;
  failures: number;
  done: boolean;
  waiters: Array<() => void>;
}

/** A slice of the file's records ready to send. */
interface Tail {
  count: number;
  payloadBytes: number;
  records: Buffer;
  missing: boolean;
}

export class BodyUploader {
  private readonly uploads = new Map<MessageId, Upload>();
  private readonly waiting: Upload[] = [];
  private active = 0;
  /** Upload requests that failed since start (each is retried): read by the metrics. */
  failedRequests = 0;
  private closing = false;
  private readonly runs = new Set<Promise<void>>();
  private readonly maxBlockBytes: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly concurrency: number;

  constructor(private readonly options: BodyUploaderOptions) {
    this.maxBlockBytes = options.maxBlockBytes ?? 1024 * 1024;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.concurrency = options.concurrency ?? 4;
  }

  /** Bodies not yet complete in the remote. */
  get pendingCount(): number {
    return this.uploads.size;
  }

  /** Bytes held locally that the remote does not have yet (record framing included). */
  backlogBytes(): number {
    let total = 0;
    for (const u of this.uploads.values()) total += Math.max(0, u.localBytes - Math.max(u.uploadedOffset, FILE_HEADER_BYTES));
    return total;
  }

  isTracked(messageId: MessageId): boolean {
    return this.uploads.has(messageId);
  }

  /** Starts (or, for a body reopened for writing, resumes) tracking a body. */
  track(messageId: MessageId, options: TrackOptions): void {
    const existing = this.uploads.get(messageId);
    if (existing) {
      existing.live = options.live;
      existing.durableCount = Math.max(existing.durableCount, options.durableCount);
      existing.localBytes = Math.max(existing.localBytes, options.localBytes);
      existing.revive ||= options.revive;
      this.kick(existing);
      return;
    }
    const upload: Upload = {
      id: messageId,
      live: options.live,
      durableCount: options.durableCount,
      localBytes: options.localBytes,
      uploaded: undefined,
      uploadedOffset: FILE_HEADER_BYTES,
      revive: options.revive,
      running: false,
      run: undefined,
      again: false,
      retryTimer: undefined,
      failures: 0,
      done: false,
      waiters: [],
    };
    this.uploads.set(messageId, upload);
    this.kick(upload);
  }

  /** A record of `bytes` (header included) was appended locally. */
  noteAppended(messageId: MessageId, bytes: number): void {
    const u = this.uploads.get(messageId);
    if (u) u.localBytes += bytes;
  }

  noteDurable(messageId: MessageId, durableCount: number): void {
    const u = this.uploads.get(messageId);
    if (!u) return;
    u.durableCount = Math.max(u.durableCount, durableCount);
    if (this.blockReady(u)) this.kick(u);
  }

  /** The writer finished: send the rest and complete the document. */
  noteFinished(messageId: MessageId): void {
    const u = this.uploads.get(messageId);
    if (!u) return;
    u.live = false;
    this.kick(u);
  }

  /**
   * Stops uploading a body (deleted) and resolves its waiters; resolves
   * once a request in flight for it has settled, so nothing of it is
   * written to the remote after this.
   */
  async cancel(messageId: MessageId): Promise<void> {
    const u = this.uploads.get(messageId);
    if (!u) return;
    this.drop(u);
    await u.run;
  }

  /** Resolves once the body is complete in the remote and sealed (or cancelled); at once when untracked. */
  whenSettled(messageId: MessageId): Promise<void> {
    const u = this.uploads.get(messageId);
    if (!u) return Promise.resolve();
    return new Promise((resolve) => u.waiters.push(resolve));
  }

  /** Stops every upload after its current request; what is left resumes at the next start. Idempotent. */
  async close(): Promise<void> {
    this.closing = true;
    for (const u of this.uploads.values()) clearTimeout(u.retryTimer);
    this.waiting.length = 0;
    await Promise.allSettled([...this.runs]);
  }

  private blockReady(u: Upload): boolean {
    if (u.uploaded === undefined) return true;
    const chunks = u.durableCount - u.uploaded;
    return chunks >= this.options.blockChunks || (chunks > 0 && u.localBytes - u.uploadedOffset >= this.maxBlockBytes);
  }

  private kick(u: Upload): void {
    if (this.closing || u.done || u.retryTimer !== undefined) return;
    if (u.running) {
      u.again = true;
      return;
    }
    if (this.active >= this.concurrency) {
      if (!this.waiting.includes(u)) this.waiting.push(u);
      return;
    }
    u.running = true;
    this.active++;
    const run = this.run(u).finally(() => {
      this.runs.delete(run);
      u.running = false;
      u.run = undefined;
      this.active--;
      const next = this.waiting.shift();
      if (next) this.kick(next);
      if (u.again) {
        u.again = false;
        this.kick(u);
      }
    });
    this.runs.add(run);
    u.run = run;
  }

  private async run(u: Upload): Promise<void> {
    try {
      await this.pump(u);
      if (u.failures > 0) this.options.logger.info({ messageId: u.id, failures: u.failures }, 'body upload recovered');
      u.failures = 0;
    } catch (err) {
      if (u.done || this.closing) return;
      u.failures++;
      this.failedRequests++;
      const delay = Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** Math.min(u.failures - 1, 20)) * (0.8 + 0.4 * Math.random());
      const fields = { messageId: u.id, failures: u.failures, retryInMs: Math.round(delay), err };
      // The first failure, then now and then: a long outage must not flood the log.
      if (u.failures === 1 || u.failures % 50 === 0) this.options.logger.warn(fields, 'body upload failed; retrying');
      // Not unref'd: an upload waiting to retry is work in progress (close() clears it).
      u.retryTimer = setTimeout(() => {
        u.retryTimer = undefined;
        this.kick(u);
      }, delay);
    }
  }

  /** Sends what can be sent now; returns when nothing is left for the moment. */
  private async pump(u: Upload): Promise<void> {
    const remote = this.options.remote;
    if (u.uploaded === undefined) {
      if (u.revive) {
        u.uploaded = 0;
        u.uploadedOffset = FILE_HEADER_BYTES;
      } else {
        const body = await remote.head(u.id);
        if (u.done) return;
        if (body?.gone) return this.remoteGone(u);
        await this.rewind(u, body?.chunkCount ?? 0);
      }
    }
    for (;;) {
      if (u.done || this.closing) return;
      if (u.live && !this.blockReady(u)) return;
      const limit = u.live ? u.durableCount - u.uploaded! : Infinity;
      const tail = await this.readTail(u, Math.min(limit, this.options.blockChunks));
      if (u.done) return;
      if (tail.missing) return this.drop(u); // deleted locally meanwhile
      if (tail.count === 0) {
        if (u.live) return;
        const body = await remote.append(u.id, null, { complete: true, revive: u.revive });
        if (u.done) return;
        if (body.gone) return this.remoteGone(u);
        if (body.chunkCount < u.uploaded!) {
          // The remote lost blocks (a database restored or recreated): send them again.
          await this.rewind(u, body.chunkCount);
          continue;
        }
        u.revive = false;
        if (u.live) return; // reopened for writing while we completed it
        return this.settle(u, body);
      }
      const first = u.uploaded!;
      const body = await remote.append(
        u.id,
        { first, count: tail.count, payloadBytes: tail.payloadBytes, records: tail.records },
        { complete: false, revive: u.revive },
      );
      if (u.done) return;
      if (body.gone) return this.remoteGone(u);
      u.revive = false;
      if (body.chunkCount === first + tail.count) {
        u.uploaded = body.chunkCount;
        u.uploadedOffset += tail.records.length;
      } else {
        await this.rewind(u, body.chunkCount);
      }
    }
  }

  /** Reads up to maxCount durable records after the uploaded ones, at most maxBlockBytes (at least one record). */
  private async readTail(u: Upload, maxCount: number): Promise<Tail> {
    const none: Tail = { count: 0, payloadBytes: 0, records: Buffer.alloc(0), missing: false };
    if (maxCount <= 0) return none;
    const { file } = bodyPath(this.options.dir, u.id);
    await this.options.beforeRead?.(u.id);
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ...none, missing: true };
      throw err;
    }
    let buf: Buffer;
    try {
      const { size } = await handle.stat();
      const length = Math.max(0, Math.min(size - u.uploadedOffset, this.maxBlockBytes + RECORD_HEADER_BYTES + MAX_PAYLOAD_BYTES));
      buf = Buffer.alloc(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buf, filled, length - filled, u.uploadedOffset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      buf = buf.subarray(0, filled);
    } finally {
      await handle.close();
    }
    const chunks: StoredChunk[] = [];
    const scan = scanRecordRange(buf, 0, u.uploaded!, maxCount, 0, chunks);
    if (scan.stop === 'corrupt' && !u.live) {
      this.options.logger.error({ messageId: u.id, at: u.uploaded! + scan.count }, 'body file corrupt; uploading the chunks before it');
    }
    let count = 0;
    let bytes = 0;
    let payloadBytes = 0;
    for (const chunk of chunks) {
      const size = RECORD_HEADER_BYTES + chunk.payload.length;
      if (count > 0 && bytes + size > this.maxBlockBytes) break;
      count++;
      bytes += size;
      payloadBytes += chunk.payload.length;
    }
    return { count, payloadBytes, records: buf.subarray(0, bytes), missing: false };
  }

  /** Continues after the remote's `count` chunks: finds where record `count` starts in the local file. */
  private async rewind(u: Upload, count: number): Promise<void> {
    let buf: Buffer;
    await this.options.beforeRead?.(u.id);
    try {
      buf = await fs.promises.readFile(bodyPath(this.options.dir, u.id).file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return this.drop(u);
      throw err;
    }
    const scan = scanRecordRange(buf, FILE_HEADER_BYTES, 0, count);
    if (scan.count < count) {
      this.options.logger.warn({ messageId: u.id, remote: count, local: scan.count }, 'remote body has more chunks than the local file');
    }
    u.uploaded = count;
    u.uploadedOffset = buf.length < FILE_HEADER_BYTES ? FILE_HEADER_BYTES : scan.endOffset;
  }

  private async settle(u: Upload, body: RemoteBody): Promise<void> {
    const fileBytes = FILE_HEADER_BYTES + body.blocks.reduce((n, b) => n + b.bytes, 0);
    // Untracked before the seal: a sealed body may be evicted at once. A
    // writer reopening it meanwhile starts a new upload (and the host skips the seal).
    const waiters = u.waiters.splice(0);
    this.drop(u);
    try {
      await this.options.host.settled(u.id, { chunkCount: body.chunkCount, byteCount: body.byteCount, fileBytes });
    } finally {
      for (const resolve of waiters) resolve();
    }
  }

  private async remoteGone(u: Upload): Promise<void> {
    this.options.logger.info({ messageId: u.id }, 'body was deleted in the remote; dropping the local copy');
    u.done = true;
    // Untracked before the host takes the body's lock: a cancel() holding
    // that lock (delete, release) must not wait for this run.
    if (this.uploads.get(u.id) === u) this.uploads.delete(u.id);
    try {
      await this.options.host.gone(u.id);
    } finally {
      this.drop(u);
    }
  }

  private drop(u: Upload): void {
    u.done = true;
    clearTimeout(u.retryTimer);
    u.retryTimer = undefined;
    if (this.uploads.get(u.id) === u) this.uploads.delete(u.id);
    const at = this.waiting.indexOf(u);
    if (at >= 0) this.waiting.splice(at, 1);
    for (const resolve of u.waiters.splice(0)) resolve();
  }
}
