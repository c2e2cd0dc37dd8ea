/**
 * BodyStore keeps message bodies: the ordered Opus packets of each voice
 * message. Writers append in seq order; durability is group-committed (one
 * flush + fsync per commitIntervalMs for all dirty bodies), and the store
 * reports each body's durable chunk count through `onDurable`.
 * Implementations: DiskBodyStore (append-only file per message) and
 * TieredBodyStore (that disk store as write-ahead log and LRU cache in front
 * of CouchDB).
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

export interface OpenWriterOptions {
  /**
   * The caller knows no body of this id was ever written (a message that
   * just got its header): stores with a remote tier skip looking it up.
   */
  isNew?: boolean;
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
  /** Reads chunks with seq >= fromSeq of a body, in order, up to its last intact chunk. */
  read(messageId: MessageId, fromSeq?: number): Promise<StoredChunk[]>;
  /** Chunk count and bytes of a body on disk, or undefined when there is none. */
  stat(messageId: MessageId): Promise<RecoveredBody | undefined>;
  /** Deletes a body (no-op when absent). */
  delete(messageId: MessageId): Promise<void>;
  /** Flushes every open writer, stops the commit timer; idempotent. */
  close(): Promise<void>;
}
