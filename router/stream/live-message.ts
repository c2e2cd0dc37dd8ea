/** A voice message being streamed now: its chunks, body writer and sender. */
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { BodyWriter } from '../../body-store/body-store.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { ChunkSource } from './chunk-source.js';
import type { Device } from '../delivery/device.js';

export class LiveMessage {
  readonly source: ChunkSource;
  /** The connection streaming it; null while the sender is away (resume grace). */
  sender: Device | null;
  /** Participants at start: who gets presence and timeline events. */
  participants: UserId[];
  graceTimer: NodeJS.Timeout | undefined;
  /** Highest seq acked to the sender, and when (performance.now()); see AckPacer. */
  ackedSeq = -1;
  ackedAt = 0;
  /** The router keeping a durable copy (ring replication); acks wait for it too. */
  replicaRouter: string | undefined;
  /** Chunks the replica reported durable. */
  replicaCount = 0;
  ending: Promise<void> | undefined;
  /** ref of the end_message frame, echoed in the sender's message_end. */
  endRef = 0;

  /** `source`: the chunks so far (a mirror's, when this router takes the message over). */
  constructor(
    source: ChunkSource,
    readonly writer: BodyWriter,
    sender: Device | null,
    participants: UserId[],
    readonly frameDurationUs: number,
  ) {
    this.source = source;
    this.sender = sender;
    this.participants = participants;
  }

  /**
   * Chunks that may be acked to the sender: durable here and, in a ring, on
   * the replica too, so that losing this router loses no acked chunk.
   */
  get ackableCount(): number {
    const local = this.writer.durableCount;
    return this.replicaRouter === undefined ? local : Math.min(local, this.replicaCount);
  }

  get id(): MessageId {
    return this.source.messageId;
  }

  get header(): MessageRecord {
    return this.source.header;
  }

  get conversationId(): ConversationId {
    return this.source.header.conversationId;
  }

  get chunkCount(): number {
    return this.source.chunks.length;
  }

  /** Appends the next chunk (caller checked seq === chunkCount) and wakes every reader. */
  append(payload: Uint8Array): void {
    const seq = this.source.chunks.length;
    this.writer.append(seq, payload);
    this.source.chunks.push(payload);
    const header = this.source.header;
    header.chunkCount = seq + 1;
    header.byteCount += payload.length;
    header.durationMs = Math.round(((seq + 1) * this.frameDurationUs) / 1000);
    this.source.wake();
  }
}
