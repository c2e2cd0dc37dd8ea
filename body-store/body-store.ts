/**
 * BodyStore keeps message bodies: the ordered Opus packets of each voice
 * message. Writers append in seq order; durability is group-committed (one
 * flush + fsync per commitIntervalMs for all dirty bodies), and the store
 * reports each body's durable chunk count through `onDurable`.
 * Implementations: DiskBodyStore (one file per message behind one shared
 * write-ahead log) and TieredBodyStore (that disk store as write-ahead log
 * and LRU cache in front of CouchDB).
 */
import type { MessageId } from '../common/ids.js';

export interface StoredChunk {
  seq: number;
  payload: Buffer;
}

export interface BodyWriter {
  readonly messageId: MessageId;
  /** Chunks appended so far (seq 0 .. appended-1), durable or not. */
  readonly appendedCount: number;
  /** Chunks known durable (fsynced). */
  readonly durableCount: number;
  /**
   * Appends chunk `seq`, which must equal appendedCount (callers drop
   * duplicates and reject gaps before this). Buffered until the next commit.
   * @throws VoxError VOX_CHUNK_SEQ_GAP if seq !== appendedCount
   */
  append(seq: number, payload: Uint8Array): void;
  /** Commits what is pending and closes the file; resolves once durable. Idempotent. */
  finish(): Promise<void>;
}

export interface RecoveredBody {
  messageId: MessageId;
  /** Chunks readable (every record before the first torn or corrupt one). */
  chunkCount: number;
  byteCount: number;
}

export interface BodyStoreEvents {
  /** Called after a group commit made more chunks of messageId durable. */
  onDurable(messageId: MessageId, durableCount: number): void;
  /** Called when a commit failed; the writer stays usable and is retried next commit. */
  onError(messageId: MessageId, err: Error): void;
}

/** Told after a group commit made more chunks of a body durable (a subscriber of BodyEventHub). */
export interface DurabilityListener {
  durable(messageId: MessageId, durableCount: number): void;
}

export interface OpenWriterOptions {
  /**
   * The caller knows no body of this id was ever written (a message that
   * just got its header): stores with a remote tier skip looking it up.
   */
  isNew?: boolean;
  /**
   * A copy kept for the router where the message is live (ring replication):
   * written and group-committed like any body (onDurable reports it), but never
   * uploaded to a remote tier, not queued for upload after a restart, and not
   * fetched from the remote on open — until adopt(). Applies when the body is
   * opened: a live writer is returned as it is. Opening without `replica` a
   * closed body that is a replica here adopts it.
   */
  replica?: boolean;
}

/** What waits for the remote tier (README "Metrics": voxring_upload_*). */
export interface UploadQueueStatus {
  /** Bodies whose upload is not complete. */
  bodies: number;
  /** Bytes held locally that the remote does not have yet. */
  backlogBytes: number;
  /** Upload requests that failed (each is retried), since start. */
  failedRequests: number;
}

export interface BodyStore {
  /**
   * Opens a writer: a new body, or — when one exists (resume after a
   * dropped connection or a restart) — continues after its last intact chunk
   * (a torn tail is truncated away).
   */
  openWriter(messageId: MessageId, options?: OpenWriterOptions): Promise<BodyWriter>;
  /**
   * Throws a retryable VoxError when the store should not take new bodies
   * now (VOX_STORAGE_BACKLOG: too much waits for the remote tier). Absent:
   * always accepts.
   */
  checkCapacity?(): void;
  /** The upload queue to the remote tier; absent: bodies stay on local disk only. */
  uploadQueue?(): UploadQueueStatus;
  /** Reads chunks with seq >= fromSeq of a body, in order, up to its last intact chunk. */
  read(messageId: MessageId, fromSeq?: number): Promise<StoredChunk[]>;
  /** Chunk count and bytes of a body on disk, or undefined when there is none. */
  stat(messageId: MessageId): Promise<RecoveredBody | undefined>;
  /**
   * This router takes a replica over (the message's router died, or handed the
   * message over): from now on it is an ordinary body of this router, uploaded
   * while its writer is open and completed after finish(). No-op for an id that
   * is not a replica here.
   */
  adopt(messageId: MessageId): Promise<void>;
  /**
   * Drops this router's copy of a body it no longer owns (a replica after the
   * message ended on its router, or the old router's copy after a handover):
   * an open writer is closed WITHOUT finishing (nothing more is uploaded, no
   * seal, the remote document is left exactly as it is — another router owns
   * it now), and the local file (and any marker) is deleted. No-op when absent.
   * The id can be opened again later. The released writer's finish() resolves
   * and its append() throws VOX_MESSAGE_NOT_LIVE.
   */
  release(messageId: MessageId): Promise<void>;
  /** Deletes a body (no-op when absent). */
  delete(messageId: MessageId): Promise<void>;
  /** Flushes every open writer, stops the commit timer; idempotent. */
  close(): Promise<void>;
}
