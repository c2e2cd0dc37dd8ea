/**
 * TieredBodyStore: bodies on a remote (CouchDB) behind the local disk.
 *
 *   write:  append ──▶ DiskBodyStore (shared write-ahead log, group commit, acks)
 *                          └─ durable ──▶ BodyUploader ──blocks──▶ remote
 *                                              └─ complete ──▶ seal the file
 *   read:   writer open here ─▶ disk
 *           sealed and intact ─▶ disk (LRU touch)
 *           else ─▶ remote (then cached: installed, sealed) ─▶ else what disk has
 *
 * A sealed body (finished, all of it in the remote) is a cache entry: past
 * cacheMaxBytes the least recently used ones are deleted locally. An
 * unsealed body is the upload queue: never evicted, uploaded after a
 * restart. Too many unsent bytes (backlogMaxBytes) make checkCapacity()
 * refuse new bodies. See README.md for the failure behaviour. In parts:
 * BodyCache (read path, seals, eviction), BodyReplicas, BodyLocks.
 */
import fs from 'node:fs';
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import { BodyCache } from './body-cache.js';
import { bodyNotFound } from './body-errors.js';
import { fileExists, fileSize, type BodyFileIo } from './body-file-io.js';
import { BodyLocks } from './body-locks.js';
import { bodyPath } from './body-path.js';
import type { BodyRemote } from './body-remote.js';
import { BodyReplicas } from './body-replicas.js';
import { deleteSeal, readSeal } from './body-seal.js';
import type { BodyStore, BodyStoreEvents, BodyWriter, OpenWriterOptions, RecoveredBody, StoredChunk, UploadQueueStatus } from './body-store.js';
import { BodyTombstones } from './body-tombstones.js';
import { BodyUploader } from './body-uploader.js';
import { DiskBodyStore, type BodyStoreLogger } from './disk-body-store.js';
import { TieredBodyWriter, type TieredBodyWriterHooks } from './tiered-body-writer.js';

export interface TieredBodyStoreOptions {
  /** Local directory: the disk store's files, seals and tombstone markers. */
  dir: string;
  /** Owned: closed by close(). */
  remote: BodyRemote;
  events: BodyStoreEvents;
  logger?: BodyStoreLogger;
  /** Group commit interval of the local disk (default 25 ms). */
  commitIntervalMs?: number;
  /** Sealed bodies kept locally, in bytes; least recently used ones past it are evicted. */
  cacheMaxBytes: number;
  /** Chunks per uploaded block while live. */
  blockChunks: number;
  /** Unsent bytes above which checkCapacity() refuses new bodies. */
  backlogMaxBytes: number;
  /** Upload tuning (defaults in BodyUploader). */
  maxBlockBytes?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  uploadConcurrency?: number;
  io?: BodyFileIo;
  /**
   * Whether an unsealed body found on disk at open is still this router's
   * (default: every one is). One that is not — the prefix a router left when
   * it died mid-message and another router took the message over — is
   * released instead of queued: uploading it would mark the owner's remote
   * document complete (even while the owner still streams it), and reads
   * here would serve the prefix. A rejection keeps the body (queued, as
   * without this option).
   */
  ownsBody?: (messageId: MessageId) => Promise<boolean>;
  /**
   * Whether a replica found on disk at open may still be needed (default:
   * every one is): kept, it can give a claim of its message here the chunks
   * it holds. One whose message ended is released instead: its end came while
   * this router was down, or its release failed (a read-only disk), and
   * nothing else would ever delete it. A rejection keeps it.
   */
  keepsReplica?: (messageId: MessageId) => Promise<boolean>;
}

/** Counters for tests and metrics. */
export interface TieredBodyStoreStats {
  /** Sealed bodies deleted locally to stay under cacheMaxBytes. */
  evictions: number;
  /** Bodies read from the remote because the local copy was missing or failed verification. */
  remoteReads: number;
  /** Sealed local files that failed verification (corrupt or truncated). */
  verifyFailures: number;
}

const silentLogger: BodyStoreLogger = { info() {}, warn() {}, error() {} };

export class TieredBodyStore implements BodyStore {
  readonly stats: TieredBodyStoreStats = { evictions: 0, remoteReads: 0, verifyFailures: 0 };
  private readonly writers = new Map<MessageId, TieredBodyWriter>();
  private readonly opening = new Map<MessageId, Promise<TieredBodyWriter>>();
  private readonly locks = new BodyLocks();
  /** Bodies kept here for another router (each has its marker on disk): never uploaded, sealed or evicted. */
  private readonly replicas: BodyReplicas;
  private readonly logger: BodyStoreLogger;
  private readonly uploader: BodyUploader;
  private readonly tombstones: BodyTombstones;
  private readonly hooks: TieredBodyWriterHooks = {
    appended: (writer, bytes) => {
      if (this.writers.get(writer.messageId) === writer) this.uploader.noteAppended(writer.messageId, bytes);
    },
    finished: (writer) => {
      if (this.writers.get(writer.messageId) !== writer) return;
      this.writers.delete(writer.messageId);
      this.uploader.noteFinished(writer.messageId);
    },
  };
  private disk!: DiskBodyStore;
  private cache!: BodyCache;
  private closing: Promise<void> | undefined;

  /** Opens the local disk, indexes sealed bodies and queues unsealed ones for upload. */
  static async open(options: TieredBodyStoreOptions): Promise<TieredBodyStore> {
    const store = new TieredBodyStore(options);
    store.disk = await DiskBodyStore.open({
      dir: options.dir,
      events: {
        onDurable: (id, count) => {
          store.uploader.noteDurable(id, count);
          options.events.onDurable(id, count);
        },
        onError: (id, err) => options.events.onError(id, err),
      },
      ...(options.commitIntervalMs !== undefined ? { commitIntervalMs: options.commitIntervalMs } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.io ? { io: options.io } : {}),
    });
    store.cache = store.openCache(store.disk);
    await store.recover();
    return store;
  }

  private constructor(private readonly options: TieredBodyStoreOptions) {
    this.logger = options.logger ?? silentLogger;
    this.replicas = new BodyReplicas(options.dir);
    this.uploader = new BodyUploader({
      dir: options.dir,
      remote: options.remote,
      blockChunks: options.blockChunks,
      logger: this.logger,
      host: {
        settled: (id, seal) => this.cache.seal(id, seal),
        gone: (id) => this.goneRemotely(id),
      },
      beforeRead: (id) => this.disk.writeThrough(id),
      ...(options.maxBlockBytes !== undefined ? { maxBlockBytes: options.maxBlockBytes } : {}),
      ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
      ...(options.retryMaxMs !== undefined ? { retryMaxMs: options.retryMaxMs } : {}),
      ...(options.uploadConcurrency !== undefined ? { concurrency: options.uploadConcurrency } : {}),
    });
    this.tombstones = new BodyTombstones({
      dir: options.dir,
      remote: options.remote,
      logger: this.logger,
      ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
      ...(options.retryMaxMs !== undefined ? { retryMaxMs: options.retryMaxMs } : {}),
    });
  }

  /** The cache of sealed bodies on the opened disk. */
  private openCache(disk: DiskBodyStore): BodyCache {
    return new BodyCache({
      dir: this.options.dir,
      maxBytes: this.options.cacheMaxBytes,
      disk,
      remote: this.options.remote,
      locks: this.locks,
      logger: this.logger,
      stats: this.stats,
      host: {
        isWriting: (id) => this.isWriting(id),
        isUploading: (id) => this.uploader.isTracked(id),
        isDeleted: (id) => this.tombstones.has(id),
        isReplica: (id) => this.replicas.has(id),
      },
    });
  }

  private async recover(): Promise<void> {
    const listed = (await this.disk.list()).sort((a, b) => a.mtimeMs - b.mtimeMs);
    let queued = 0;
    let released = 0;
    for (const body of listed) {
      if (await this.replicas.load(body.messageId)) {
        if (await this.keepsReplica(body.messageId)) continue;
        released++;
        await this.disk.release(body.messageId);
        await this.replicas.remove(body.messageId);
        continue;
      }
      const seal = await readSeal(this.options.dir, body.messageId);
      if (seal) {
        this.cache.add(body.messageId, seal);
      } else if (await this.ownsBody(body.messageId)) {
        queued++;
        this.uploader.track(body.messageId, { live: false, durableCount: 0, localBytes: body.fileBytes, revive: false });
      } else {
        released++;
        await this.disk.release(body.messageId);
      }
    }
    await this.tombstones.load();
    if (queued > 0 || released > 0 || this.tombstones.size > 0) {
      this.logger.info({ uploads: queued, released, deletes: this.tombstones.size }, 'resuming body uploads and deletes');
    }
    this.cache.evictIfNeeded();
  }

  /** options.keepsReplica, true without it or when it fails. */
  private keepsReplica(messageId: MessageId): Promise<boolean> {
    return this.keeps(this.options.keepsReplica, messageId, 'replica need');
  }

  /** options.ownsBody, true without it or when it fails (the body is kept and uploaded as before). */
  private ownsBody(messageId: MessageId): Promise<boolean> {
    return this.keeps(this.options.ownsBody, messageId, 'body owner');
  }

  /** A hook's answer at open, true (the body is kept) without the hook or when it fails. */
  private async keeps(hook: ((messageId: MessageId) => Promise<boolean>) | undefined, messageId: MessageId, what: string): Promise<boolean> {
    if (!hook) return true;
    return hook(messageId).catch((err: unknown) => {
      this.logger.warn({ messageId, err }, `${what} unknown at open; kept`);
      return true;
    });
  }

  // --- BodyStore

  async openWriter(messageId: MessageId, options: OpenWriterOptions = {}): Promise<BodyWriter> {
    bodyPath(this.options.dir, messageId); // validates the id
    for (;;) {
      if (this.closing !== undefined) throw new VoxError('VOX_SHUTTING_DOWN');
      const live = this.writers.get(messageId);
      if (live === undefined) break;
      if (!live.isFinishing) return live;
      await live.finish().catch(() => undefined);
    }
    const pending = this.opening.get(messageId);
    if (pending !== undefined) return pending;
    const opened = this.locks.run(messageId, () =>
      options.replica === true ? this.openReplicaLocked(messageId) : this.openLocked(messageId, options.isNew === true),
    );
    this.opening.set(messageId, opened);
    try {
      return await opened;
    } finally {
      this.opening.delete(messageId);
    }
  }

  private async openLocked(messageId: MessageId, isNew: boolean): Promise<TieredBodyWriter> {
    const { file } = bodyPath(this.options.dir, messageId);
    // Revive (replace a remote tombstone) only for a body deleted before and
    // now explicitly reopened. A new body's id is fresh: a tombstone it meets
    // in the remote was made for it (recalled on another router before its
    // upload), and must win.
    let revive = this.tombstones.has(messageId) || this.replicas.get(messageId)?.revive === true;
    if (!revive && !isNew && !(await fileExists(file))) {
      // Resuming a body this disk does not hold (evicted, or written through another router).
      const fetched = await this.options.remote.fetch(messageId);
      if (fetched) await this.disk.install(messageId, fetched.file);
      else revive = true;
    }
    if (revive) await this.tombstones.drop(messageId);
    // No longer finished: not evictable, and the uploader continues it.
    this.cache.remove(messageId);
    await deleteSeal(this.options.dir, messageId);
    // Opened as this router's own body: a replica here is adopted. Always
    // tried, since a crash may have left a marker with no body file.
    await this.replicas.remove(messageId);
    const inner = await this.disk.openWriter(messageId);
    const localBytes = (await fs.promises.stat(file)).size;
    this.uploader.track(messageId, { live: true, durableCount: inner.durableCount, localBytes, revive });
    const writer = new TieredBodyWriter(inner, this.hooks);
    this.writers.set(messageId, writer);
    return writer;
  }

  /**
   * Opens a copy kept for another router: the local file as it is (never
   * fetched), no upload. The marker is durable before the seal goes and
   * before the body file exists, so a restart never takes it for an upload.
   */
  private async openReplicaLocked(messageId: MessageId): Promise<TieredBodyWriter> {
    // Uploaded by this router before (a handover back): the owner uploads it now.
    await this.uploader.cancel(messageId);
    this.cache.remove(messageId);
    if (!this.replicas.has(messageId)) {
      // Over a delete not yet sent: the owner revives the remote document,
      // and so must this router's upload if it adopts the body.
      await this.replicas.add(messageId, { revive: this.tombstones.has(messageId) });
    }
    await this.tombstones.drop(messageId);
    await deleteSeal(this.options.dir, messageId);
    const writer = new TieredBodyWriter(await this.disk.openWriter(messageId), this.hooks);
    this.writers.set(messageId, writer);
    return writer;
  }

  /** True while this router keeps the body for another router (opened with `replica`, not adopted). */
  isReplica(messageId: MessageId): boolean {
    return this.replicas.has(messageId);
  }

  async adopt(messageId: MessageId): Promise<void> {
    const { file } = bodyPath(this.options.dir, messageId);
    await this.locks.run(messageId, async () => {
      const marker = this.replicas.get(messageId);
      if (marker === undefined) return;
      // Marker gone (and fsynced) first: after a crash the body is queued, not forgotten.
      await this.replicas.remove(messageId);
      const writer = this.writers.get(messageId);
      if (writer !== undefined) {
        this.uploader.track(messageId, { live: true, durableCount: writer.durableCount, localBytes: writer.byteLength, revive: marker.revive });
        return;
      }
      const size = await fileSize(file);
      if (size === undefined) return; // an orphan marker: nothing to upload
      this.uploader.track(messageId, { live: false, durableCount: 0, localBytes: size, revive: marker.revive });
    });
  }

  async release(messageId: MessageId): Promise<void> {
    await this.dropLocal(messageId, () => this.disk.release(messageId));
  }

  checkCapacity(): void {
    const backlog = this.uploader.backlogBytes();
    if (backlog > this.options.backlogMaxBytes) {
      throw new VoxError(
        'VOX_STORAGE_BACKLOG',
        `${backlog} bytes of bodies wait for upload to CouchDB, above uploadBacklogMaxBytes ${this.options.backlogMaxBytes}; try again later`,
      );
    }
  }

  async read(messageId: MessageId, fromSeq = 0): Promise<StoredChunk[]> {
    if (!Number.isInteger(fromSeq) || fromSeq < 0) {
      throw new VoxError('VOX_BAD_REQUEST', `fromSeq must be a non-negative integer, got ${fromSeq}`);
    }
    bodyPath(this.options.dir, messageId);
    if (this.tombstones.has(messageId)) throw bodyNotFound(messageId);
    if (this.isWriting(messageId)) return this.disk.read(messageId, fromSeq);
    return this.cache.read(messageId, fromSeq);
  }

  async stat(messageId: MessageId): Promise<RecoveredBody | undefined> {
    bodyPath(this.options.dir, messageId);
    if (this.tombstones.has(messageId)) return undefined;
    if (this.isWriting(messageId)) return this.disk.stat(messageId);
    return this.cache.stat(messageId);
  }

  /**
   * Deletes the body here and in the remote (a tombstone, so an upload
   * queued on another router cannot bring it back). The local part is done
   * when this resolves; the remote part is retried until it succeeds.
   */
  async delete(messageId: MessageId): Promise<void> {
    await this.dropLocal(messageId, async () => {
      await this.disk.delete(messageId);
      await this.tombstones.add(messageId);
    });
  }

  /**
   * The local part of delete and release: the writer, cache entry and upload
   * go (a request in flight is waited for: nothing of it reaches the remote
   * after this), then `removeFile`, then the replica marker — after the file,
   * so a crash in between leaves an orphan marker, never an unmarked copy.
   */
  private async dropLocal(messageId: MessageId, removeFile: () => Promise<void>): Promise<void> {
    bodyPath(this.options.dir, messageId); // validates the id
    await this.opening.get(messageId)?.catch(() => undefined);
    await this.locks.run(messageId, async () => {
      this.writers.delete(messageId);
      this.cache.remove(messageId);
      await this.uploader.cancel(messageId);
      await removeFile();
      await this.replicas.remove(messageId);
    });
  }

  close(): Promise<void> {
    this.closing ??= this.runClose();
    return this.closing;
  }

  private async runClose(): Promise<void> {
    try {
      await this.disk.close();
    } finally {
      await this.uploader.close();
      this.tombstones.close();
      await this.cache.running;
      await this.options.remote.close();
    }
  }

  // --- for tests, metrics and operators

  /** Resolves once the body is complete in the remote and sealed locally (or deleted). */
  whenUploaded(messageId: MessageId): Promise<void> {
    return this.uploader.whenSettled(messageId);
  }

  /** Bodies whose upload is not complete. */
  get pendingUploads(): number {
    return this.uploader.pendingCount;
  }

  /** Unsent bytes (what checkCapacity compares with backlogMaxBytes). */
  backlogBytes(): number {
    return this.uploader.backlogBytes();
  }

  uploadQueue(): UploadQueueStatus {
    return { bodies: this.uploader.pendingCount, backlogBytes: this.uploader.backlogBytes(), failedRequests: this.uploader.failedRequests };
  }

  /** Bytes of sealed bodies kept locally. */
  get cachedBytes(): number {
    return this.cache.totalBytes;
  }

  /** True when the body is sealed and kept locally (evictable). */
  isCached(messageId: MessageId): boolean {
    return this.cache.get(messageId) !== undefined;
  }

  /** Resolves once the current eviction pass (if any) is over. */
  evicted(): Promise<void> {
    return this.cache.evicted();
  }

  // --- internals

  private isWriting(messageId: MessageId): boolean {
    return this.writers.has(messageId) || this.opening.has(messageId) || this.disk.hasWriter(messageId);
  }

  /** Another router deleted the body: drop the local copy. */
  private async goneRemotely(messageId: MessageId): Promise<void> {
    await this.locks.run(messageId, async () => {
      if (this.isWriting(messageId)) return;
      this.cache.remove(messageId);
      await this.disk.delete(messageId);
    });
  }
}
