/**
 * A message's chunks as seen by readers (WebSocket listeners, HTTP audio
 * streams): a growing array while live, fixed once ended. Readers keep their
 * own cursor and pull; the source wakes them when chunks arrive or it ends.
 * Because every reader pulls from one array in seq order, catching up and
 * then following live cannot skip or repeat a chunk.
 */
import type { MessageId } from '../../common/ids.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { MessageStateName } from '../../proto/frames.js';
import { ChunkList } from './chunk-list.js';
import { EncodedFrame } from './encoded-frame.js';

export interface ChunkReader {
  pump(): void;
}

export class ChunkSource {
  readonly chunks: ChunkList;
  /** Set when the message is over; readers finish after the last chunk. */
  endState: MessageStateName | null;
  readonly readers = new Set<ChunkReader>();
  private cachedFrame: EncodedFrame | undefined;
  private cachedSeq = -1;
  /** The message id in UTF-8, for the chunk frames (encoded on the first one). */
  private messageIdUtf8: Uint8Array | undefined;

  constructor(
    readonly messageId: MessageId,
    public header: MessageRecord,
    chunks: ChunkList | readonly Uint8Array[],
    endState: MessageStateName | null,
  ) {
    this.chunks = chunks instanceof ChunkList ? chunks : ChunkList.from(chunks);
    this.endState = endState;
  }

  /** The chunk frame for seq, encoded once for all readers at the head. */
  chunkFrame(seq: number): EncodedFrame {
    if (seq !== this.cachedSeq || !this.cachedFrame) {
      const payload = this.chunks.at(seq);
      if (!payload) throw new RangeError(`chunk ${seq} of ${this.messageId} does not exist`);
      this.messageIdUtf8 ??= Buffer.from(this.messageId, 'utf8');
      const receivedAtMs = this.chunks.receivedAtMs(seq);
      this.cachedFrame = new EncodedFrame({ ref: 0, type: 'chunk', chunk: { messageId: this.messageId, seq, payload, receivedAtMs } }, this.messageIdUtf8);
      this.cachedSeq = seq;
    }
    return this.cachedFrame;
  }

  /**
   * Pumps every reader. No copy of the set: a reader a pump removes is not
   * visited after it, one added meanwhile is pumped too, and a pump only pulls
   * from the reader's own cursor, so a reader pumped twice or late neither
   * repeats nor skips a chunk.
   */
  wake(): void {
    for (const reader of this.readers) reader.pump();
  }
}

/** Resolves once `source` holds `count` chunks or ended, or after `timeoutMs`. */
export function sourceHolds(source: ChunkSource, count: number, timeoutMs: number): Promise<void> {
  if (source.chunks.length >= count || source.endState !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const reader: ChunkReader = {
      pump: () => {
        if (source.chunks.length >= count || source.endState !== null) done();
      },
    };
    const done = (): void => {
      clearTimeout(timer);
      source.readers.delete(reader);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    source.readers.add(reader);
  });
}
