/**
 * BodyRemote: the durable, replicated tier behind the local disk — where
 * bodies go in blocks of records and where evicted bodies come back from.
 * Implementation: CouchdbBodyRemote (one document per body, one attachment
 * per block). Errors are VoxError VOX_STORAGE_FAILED (retryable) with the
 * transport or HTTP error as cause.
 */
import type { MessageId } from '../common/ids.js';

/** One stored block: records first .. first+count-1, exactly as in the body file. */
export interface RemoteBlock {
  /** Attachment name, derived from `first` (so a retried block lands on the same name). */
  name: string;
  first: number;
  count: number;
  /** Length of the attachment (record headers included). */
  bytes: number;
  /** Sum of the payload lengths. */
  payloadBytes: number;
}

/** What the remote knows about a body. */
export interface RemoteBody {
  messageId: MessageId;
  /** Contiguous from seq 0. */
  blocks: RemoteBlock[];
  chunkCount: number;
  /** Sum of payload bytes. */
  byteCount: number;
  /** The body was finished and every chunk is here. */
  complete: boolean;
  /** Set when the body was deleted (recall, retention): a tombstone, no blocks. */
  gone: string | null;
}

/** A block to append: its records as the body file holds them. */
export interface BlockUpload {
  first: number;
  count: number;
  payloadBytes: number;
  records: Buffer;
}

export interface AppendOptions {
  /** The document says complete after this append (no block: only the flag changes). */
  complete: boolean;
  /**
   * Start the document over (a new body of an id that was deleted before):
   * drops a tombstone and any old blocks. Without it a tombstone wins and
   * append returns it untouched.
   */
  revive: boolean;
}

export interface BodyRemote {
  /** The body's document, or undefined when the remote has none. */
  head(messageId: MessageId): Promise<RemoteBody | undefined>;
  /**
   * Appends a block (or only sets the complete flag) and returns the document
   * after. Idempotent: a block the document already covers is not stored
   * again. When `block.first` is not where the document ends, nothing is
   * stored and the returned document tells the caller where to continue.
   */
  append(messageId: MessageId, block: BlockUpload | null, options: AppendOptions): Promise<RemoteBody>;
  /**
   * The whole body as a body file (header and records), checked record by
   * record; undefined when absent or a tombstone.
   */
  fetch(messageId: MessageId): Promise<{ body: RemoteBody; file: Buffer } | undefined>;
  /** Replaces the body with a tombstone (`reason`, e.g. 'recalled'); its blocks are gone. */
  tombstone(messageId: MessageId, reason: string): Promise<void>;
  /** Releases connections; idempotent. */
  close(): Promise<void>;
}
