/**
 * Collects incoming voice messages on a connection: header, every chunk by
 * seq (counting duplicates and out-of-order arrivals), and the end.
 */
import type { MessageHeader, MessageStateName, ServerFrame } from '../proto/frames.js';
import type { VoxringConnection } from './voxring-connection.js';

export interface CollectedMessage {
  messageId: string;
  header: MessageHeader | undefined;
  /** Payloads in arrival order with their seq. */
  /** receivedAtMs: when the talker's router received it (0: unknown). */
  chunks: { seq: number; payload: Buffer; receivedAtMs: number }[];
  duplicates: number;
  outOfOrder: number;
  endState: MessageStateName | undefined;
  endChunkCount: number | undefined;
}

export class MessageCollector {
  readonly messages = new Map<string, CollectedMessage>();
  private readonly off: () => void;
  private readonly seen = new Map<string, Set<number>>();
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];

  constructor(conn: VoxringConnection) {
    this.off = conn.onFrame((frame) => this.onFrame(frame));
  }

  get(messageId: string): CollectedMessage | undefined {
    return this.messages.get(messageId);
  }

  /** Payloads of a message in seq order (as received). */
  payloads(messageId: string): Buffer[] {
    return (this.messages.get(messageId)?.chunks ?? []).map((c) => c.payload);
  }

  /** Resolves when `check` becomes true (checked after every frame). */
  until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('collector timed out')), timeoutMs);
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  ended(messageId: string, timeoutMs?: number): Promise<void> {
    return this.until(() => this.messages.get(messageId)?.endState !== undefined, timeoutMs);
  }

  stop(): void {
    this.off();
  }

  private entry(messageId: string): CollectedMessage {
    let m = this.messages.get(messageId);
    if (!m) {
      m = { messageId, header: undefined, chunks: [], duplicates: 0, outOfOrder: 0, endState: undefined, endChunkCount: undefined };
      this.messages.set(messageId, m);
      this.seen.set(messageId, new Set());
    }
    return m;
  }

  private onFrame(frame: ServerFrame): void {
    if (frame.type === 'header') this.entry(frame.header.messageId).header = frame.header;
    else if (frame.type === 'chunk') {
      const m = this.entry(frame.chunk.messageId);
      const seen = this.seen.get(m.messageId) ?? new Set<number>();
      if (seen.has(frame.chunk.seq)) m.duplicates++;
      const last = m.chunks[m.chunks.length - 1];
      if (last && frame.chunk.seq !== last.seq + 1) m.outOfOrder++;
      seen.add(frame.chunk.seq);
      m.chunks.push({ seq: frame.chunk.seq, payload: Buffer.from(frame.chunk.payload), receivedAtMs: frame.chunk.receivedAtMs ?? 0 });
    } else if (frame.type === 'messageEnd') {
      const m = this.entry(frame.messageEnd.messageId);
      m.endState = frame.messageEnd.state;
      m.endChunkCount = frame.messageEnd.chunkCount;
    } else return;
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i];
      if (w?.check()) {
        this.waiters.splice(i, 1);
        w.resolve();
      }
    }
  }
}
