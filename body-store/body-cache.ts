/**
 * The read path of a TieredBodyStore for bodies not being written: the local
 * disk as a read-through cache of the remote.
 *
 *   read:  sealed and intact ─▶ disk (LRU touch)
 *          else ─▶ remote (then kept: installed, sealed) ─▶ else what disk has
 *
 * Sealed bodies (finished, all of it in the remote) are indexed in LRU order
 * (BodyCacheIndex), checked against their seal when read and evicted past
 * maxBytes, least recently used first; a body the uploader completed is
 * sealed here. A body the store is writing, uploading, deleting or keeping
 * for another router is not the cache's: the host says which.
 */
import type { MessageId } from '../common/ids.js';
import { BodyCacheIndex } from './body-cache-index.js';
import { bodyNotFound } from './body-errors.js';
import { checkFileHeader, scanRecords } from './body-file-format.js';
import { fileExists } from './body-file-io.js';
import type { BodyLocks } from './body-locks.js';
import { bodyPath } from './body-path.js';
import type { BodyRemote } from './body-remote.js';
import { deleteSeal, writeSeal, type BodySeal } from './body-seal.js';
import type { RecoveredBody, StoredChunk } from './body-store.js';
import type { BodyStoreLogger, DiskBodyStore } from './disk-body-store.js';

/** What the cache asks its store about a body before touching it. */
export interface BodyCacheHost {
  /** A writer of the body is open or opening. */
  isWriting(messageId: MessageId): boolean;
  /** The uploader has work left for the body. */
  isUploading(messageId: MessageId): boolean;
  /** A remote delete of the body is pending. */
  isDeleted(messageId: MessageId): boolean;
  /** The body is kept here for another router. */
  isReplica(messageId: MessageId): boolean;
}

/** The store's counters the cache updates (see TieredBodyStoreStats). */
export interface BodyCacheStats {
  evictions: number;
  remoteReads: number;
  verifyFailures: number;
}

export interface BodyCacheOptions {
  dir: string;
  /** Sealed bodies kept locally, in bytes; least recently used ones past it are evicted. */
  maxBytes: number;
  disk: DiskBodyStore;
  remote: BodyRemote;
  /** The store's body locks: open, cache, seal, evict and delete of one body never interleave. */
  locks: BodyLocks;
  logger: BodyStoreLogger;
  stats: BodyCacheStats;
  host: BodyCacheHost;
}

/** A local body file as read: its intact part, and whether it can be served as it is. */
interface LocalBody {
  buf: Buffer;
  count: number;
  /** Sealed and exactly as sealed, or unsealed and ending cleanly. */
  intact: boolean;
}

export class BodyCache {
  private readonly index = new BodyCacheIndex();
  private evicting: Promise<void> | undefined;
  private evictAgain = false;

  constructor(private readonly options: BodyCacheOptions) {}

  /** Bytes of sealed bodies kept locally. */
  get totalBytes(): number {
    return this.index.totalBytes;
  }

  /** The eviction pass running now, if any. */
  get running(): Promise<void> | undefined {
    return this.evicting;
  }

  /** The seal of a cached body. */
  get(messageId: MessageId): BodySeal | undefined {
    return this.index.get(messageId);
  }

  /** Indexes a body sealed on disk (found at start). */
  add(messageId: MessageId, seal: BodySeal): void {
    this.index.add(messageId, seal);
  }

  /** No longer evictable (reopened, deleted, released); its seal file stays for the caller to handle. */
  remove(messageId: MessageId): void {
    this.index.remove(messageId);
  }

  /** Reads a body not being written here: the local copy when intact, else the remote (then kept), else what the disk has. */
  async read(messageId: MessageId, fromSeq: number): Promise<StoredChunk[]> {
    const local = await this.readLocal(messageId);
    if (local?.intact) {
      this.index.touch(messageId);
      return chunksOf(local.buf, fromSeq);
    }
    let fetched;
    try {
      fetched = await this.options.remote.fetch(messageId);
    } catch (err) {
      // The remote is away: what the disk holds is better than nothing.
      if (local && local.count > 0) return chunksOf(local.buf, fromSeq);
      throw err;
    }
    if (fetched && (!local || fetched.body.chunkCount >= local.count)) {
      this.options.stats.remoteReads++;
      await this.keepFetched(messageId, fetched.file, fetched.body);
      return chunksOf(fetched.file, fromSeq);
    }
    if (local) return chunksOf(local.buf, fromSeq);
    throw bodyNotFound(messageId);
  }

  /** Counts a body not being written here: from its seal, else the local file, else the remote. */
  async stat(messageId: MessageId): Promise<RecoveredBody | undefined> {
    const seal = this.index.get(messageId);
    if (seal) return { messageId, chunkCount: seal.chunkCount, byteCount: seal.byteCount };
    const local = await this.options.disk.stat(messageId);
    if (local) return local;
    const remote = await this.options.remote.head(messageId);
    if (!remote || remote.gone) return undefined;
    return { messageId, chunkCount: remote.chunkCount, byteCount: remote.byteCount };
  }

  /** The local file, checked: intact = sealed and exactly as sealed, or unsealed and ending cleanly. */
  private async readLocal(messageId: MessageId): Promise<LocalBody | undefined> {
    const buf = await this.options.disk.readRaw(messageId);
    if (buf === undefined) return undefined;
    let scan;
    try {
      scan = checkFileHeader(buf, `body file of ${messageId}`) ? scanRecords(buf) : { count: 0, stop: 'end' as const, endOffset: buf.length };
    } catch {
      scan = { count: 0, stop: 'corrupt' as const, endOffset: 0 };
    }
    const seal = this.index.get(messageId);
    const safe = scan.stop === 'end' ? buf : buf.subarray(0, scan.endOffset);
    if (!seal) return { buf: safe, count: scan.count, intact: scan.stop === 'end' };
    const intact = scan.stop === 'end' && scan.count === seal.chunkCount && buf.length === seal.fileBytes;
    if (!intact) {
      this.options.stats.verifyFailures++;
      this.options.logger.warn(
        { messageId, stop: scan.stop, chunks: scan.count, sealedChunks: seal.chunkCount, bytes: buf.length, sealedBytes: seal.fileBytes },
        'cached body failed verification; reading it from CouchDB',
      );
    }
    return { buf: safe, count: scan.count, intact };
  }

  /** Keeps a body fetched from the remote: installed and sealed, unless it is being written or uploaded here. */
  private async keepFetched(messageId: MessageId, file: Buffer, body: { chunkCount: number; byteCount: number }): Promise<void> {
    const { disk, host, dir } = this.options;
    await this.options.locks.run(messageId, async () => {
      if (host.isWriting(messageId) || host.isUploading(messageId) || host.isDeleted(messageId) || host.isReplica(messageId)) return;
      this.index.remove(messageId);
      if (file.length > this.options.maxBytes) {
        await disk.delete(messageId); // a stale or corrupt copy must not stay
        return;
      }
      try {
        await deleteSeal(dir, messageId);
        await disk.install(messageId, file);
        const seal: BodySeal = { chunkCount: body.chunkCount, byteCount: body.byteCount, fileBytes: file.length };
        await writeSeal(dir, messageId, seal);
        this.index.add(messageId, seal);
      } catch (err) {
        this.options.logger.warn({ messageId, err }, 'could not cache a body read from CouchDB');
      }
    });
    this.evictIfNeeded();
  }

  /** The uploader completed a body in the remote: seal it and make it evictable. */
  async seal(messageId: MessageId, seal: BodySeal): Promise<void> {
    const { host, dir } = this.options;
    await this.options.locks.run(messageId, async () => {
      if (host.isWriting(messageId) || host.isDeleted(messageId) || host.isReplica(messageId)) return;
      if (!(await fileExists(bodyPath(dir, messageId).file))) return;
      try {
        await writeSeal(dir, messageId, seal);
      } catch (err) {
        // Unsealed, the body is uploaded again (idempotently) at the next start.
        this.options.logger.warn({ messageId, err }, 'could not seal an uploaded body');
        return;
      }
      this.index.add(messageId, seal);
    });
    this.evictIfNeeded();
  }

  /** Starts an eviction pass when the cache is over maxBytes (or queues one behind the pass running). */
  evictIfNeeded(): void {
    if (this.index.totalBytes <= this.options.maxBytes) return;
    if (this.evicting) {
      this.evictAgain = true;
      return;
    }
    this.evicting = this.runEvict()
      .catch((err: unknown) => this.options.logger.error({ err }, 'body cache eviction failed'))
      .finally(() => {
        this.evicting = undefined;
        if (this.evictAgain) {
          this.evictAgain = false;
          this.evictIfNeeded();
        }
      });
  }

  /** Resolves once the current eviction pass (if any) is over. */
  async evicted(): Promise<void> {
    while (this.evicting) await this.evicting;
  }

  private async runEvict(): Promise<void> {
    const { disk, host } = this.options;
    while (this.index.totalBytes > this.options.maxBytes) {
      const id = this.index.oldest();
      if (id === undefined) return;
      this.index.remove(id);
      await this.options.locks.run(id, async () => {
        if (host.isWriting(id) || host.isUploading(id)) return;
        await disk.delete(id);
        this.options.stats.evictions++;
      });
    }
  }
}

function chunksOf(buf: Buffer, fromSeq: number): StoredChunk[] {
  const chunks: StoredChunk[] = [];
  if (checkFileHeader(buf, 'body')) scanRecords(buf, fromSeq, chunks);
  return chunks;
}
