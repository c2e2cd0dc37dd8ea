/**
 * A voice message being sent: numbers chunks, keeps every chunk until the
 * router acknowledges it as durable, and after a reconnect resumes on the
 * new connection by resending everything after the last acked seq.
 */
import { randomUUID } from 'node:crypto';
import type { OpusParams, ServerFrame } from '../proto/frames.js';
import { VoxClientError } from './client-error.js';
import type { VoxringConnection } from './voxring-connection.js';

export interface StartOptions {
  conversationId: string;
  messageId?: string;
  opus?: OpusParams;
}

export class OutgoingVoiceMessage {
  /** Highest seq the router reported durable; -1 before any. */
  ackedSeq = -1;
  private readonly unacked = new Map<number, Uint8Array>();
  private nextSeq = 0;
  private off: (() => void) | undefined;

  private constructor(
    private conn: VoxringConnection,
    readonly messageId: string,
    readonly conversationId: string,
    private readonly opus: OpusParams | null,
  ) {
    this.follow(conn);
  }

  /** Sends start_message and resolves once the router accepted it. */
  static async start(conn: VoxringConnection, options: StartOptions): Promise<OutgoingVoiceMessage> {
    const message = new OutgoingVoiceMessage(conn, options.messageId ?? randomUUID(), options.conversationId, options.opus ?? null);
    await message.sendStart();
    return message;
  }

  get sentCount(): number {
    return this.nextSeq;
  }

  /** Sends one Opus packet as the next chunk; returns its seq. */
  send(payload: Uint8Array): number {
    const seq = this.nextSeq++;
    this.unacked.set(seq, payload);
    this.conn.send({ type: 'chunk', chunk: { messageId: this.messageId, seq, payload } });
    return seq;
  }

  /** Continues on a new connection: start again, then resend what the router lacks. */
  async resume(conn: VoxringConnection): Promise<void> {
    this.follow(conn);
    await this.sendStart();
    for (let seq = this.ackedSeq + 1; seq < this.nextSeq; seq++) {
      const payload = this.unacked.get(seq);
      if (payload) conn.send({ type: 'chunk', chunk: { messageId: this.messageId, seq, payload } });
    }
  }

  /** Ends the message and resolves with its final state once the router confirms. */
  async end(timeoutMs = 10_000): Promise<ServerFrame & { type: 'messageEnd' }> {
    // One listener and one timer, both released on every outcome: a waiter left
    // behind would keep the process alive for timeoutMs after the message ended.
    let ref = 0;
    const frame = await new Promise<ServerFrame & { type: 'messageEnd' }>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new VoxClientError('VOX_CLIENT_TIMEOUT', 'timed out waiting for message_end', true));
      }, timeoutMs);
      const off = this.conn.onFrame((f) => {
        if (f.type === 'messageEnd' && f.messageEnd.messageId === this.messageId) {
          clearTimeout(timer);
          off();
          resolve(f);
        } else if (f.type === 'error' && ref !== 0 && f.ref === ref) {
          clearTimeout(timer);
          off();
          reject(new VoxClientError(f.error.code, f.error.message, f.error.retryable));
        }
      });
      ref = this.conn.send({ type: 'endMessage', endMessage: { messageId: this.messageId, chunkCount: this.nextSeq } });
    });
    this.off?.();
    return frame;
  }

  /** Resolves once every chunk sent so far is durable. */
  async allAcked(timeoutMs = 10_000): Promise<void> {
    if (this.ackedSeq >= this.nextSeq - 1) return;
    await this.conn.waitFor(() => this.ackedSeq >= this.nextSeq - 1, timeoutMs, 'acks');
  }

  private async sendStart(): Promise<void> {
    const reply = await this.conn.request({
      type: 'startMessage',
      startMessage: {
        messageId: this.messageId,
        conversationId: this.conversationId,
        contentType: 'VOICE',
        opus: this.opus,
      },
    });
    if (reply.type === 'ack') this.onAck(reply.ack.seq);
  }

  private follow(conn: VoxringConnection): void {
    this.off?.();
    this.conn = conn;
    this.off = conn.onFrame((frame) => {
      if (frame.type === 'ack' && frame.ack.messageId === this.messageId) this.onAck(frame.ack.seq);
    });
  }

  private onAck(seq: number): void {
    if (seq <= this.ackedSeq) return;
    for (let s = this.ackedSeq + 1; s <= seq; s++) this.unacked.delete(s);
    this.ackedSeq = seq;
  }
}
