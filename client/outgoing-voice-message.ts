/**
 * A voice message being sent: numbers chunks, keeps every chunk until the
 * router acknowledges it as durable, and after a reconnect resumes on the
 * new connection by resending everything after the last acked seq.
 *
 * Invariant: chunks 0 … ackedSeq are durable on the router; ackedSeq + 1 …
 * nextSeq − 1 are in `unacked` and go out again on every resume. A chunk is
 * written to the socket only while the message is `linked` (the router
 * answered start_message on this connection and it was not interrupted
 * since); otherwise it waits for the resume.
 */
import type { MessageEnd, OpusParams, ServerFrame } from '../proto/frames.js';
import { clientError, VoxClientError } from './client-error.js';
import type { VoxringConnection } from './voxring-connection.js';

export interface StartOptions {
  conversationId: string;
  /** Default: a new UUID. The id of a message of yours already stored resumes it (see `start`). */
  messageId?: string;
  opus?: OpusParams;
}

/** The message_end frame that ends a message you sent. */
export type MessageEndFrame = ServerFrame & { type: 'messageEnd' };

interface Waiter {
  check: () => boolean;
  resolve: () => void;
  reject: (err: VoxClientError) => void;
}

export class OutgoingVoiceMessage {
  /** Highest seq the router reported durable; -1 before any. */
  ackedSeq = -1;
  /** The router ended the message (after `end`, or on its own: too long, sender removed): its message_end. */
  endFrame: MessageEndFrame | undefined;
  /** The router stopped the message as INTERRUPTED (it is shutting down); the next resume continues it. */
  interrupted = false;
  /** Set when the message can go no further (a router refusal, or its session gave up). */
  failure: VoxClientError | undefined;
  private readonly unacked = new Map<number, Uint8Array>();
  private nextSeq = 0;
  private linked = false;
  private endWanted = false;
  private endRef = 0;
  private off: (() => void) | undefined;
  private readonly waiters = new Set<Waiter>();

  private constructor(
    private conn: VoxringConnection,
    readonly messageId: string,
    readonly conversationId: string,
    private readonly opus: OpusParams | null,
  ) {
    this.follow(conn);
  }

  /**
   * Sends start_message and resolves once the router accepted it. For a
   * message id already stored (yours, interrupted or live elsewhere) the
   * router answers with its last durable seq and numbering continues after
   * it (`sentCount`), so a caller resends from there.
   */
  static async start(conn: VoxringConnection, options: StartOptions): Promise<OutgoingVoiceMessage> {
    const message = new OutgoingVoiceMessage(conn, options.messageId ?? crypto.randomUUID(), options.conversationId, options.opus ?? null);
    await message.sendStart();
    message.nextSeq = message.ackedSeq + 1;
    message.linked = true;
    return message;
  }

  /** Chunks numbered so far (the next seq). */
  get sentCount(): number {
    return this.nextSeq;
  }

  /** Sends one Opus packet as the next chunk (or keeps it for the resume while away); returns its seq. */
  send(payload: Uint8Array): number {
    const seq = this.nextSeq++;
    this.unacked.set(seq, payload);
    if (this.linked) this.sendChunk(seq, payload);
    return seq;
  }

  /**
   * Continues on a new connection: start again, then resend what the router
   * lacks, then end_message again if `end` was called and not answered yet.
   */
  async resume(conn: VoxringConnection): Promise<void> {
    this.follow(conn);
    await this.sendStart();
    if (this.endFrame) return; // the router already holds it complete: the end answer came with the ack
    this.interrupted = false;
    for (let seq = this.ackedSeq + 1; seq < this.nextSeq; seq++) {
      const payload = this.unacked.get(seq);
      if (payload) this.sendChunk(seq, payload);
    }
    this.linked = true;
    if (this.endWanted) this.sendEnd();
  }

  /**
   * Ends the message and resolves with the router's message_end (COMPLETE)
   * once every chunk is durable. Survives reconnects when a resume follows
   * (the end is sent again after it); rejects with the router's error, the
   * message's failure, or VOX_CLIENT_TIMEOUT after `timeoutMs`.
   */
  async end(timeoutMs = 10_000): Promise<MessageEndFrame> {
    if (!this.endWanted) {
      this.endWanted = true;
      if (this.linked && !this.endFrame) this.sendEnd();
    }
    await this.until(() => this.endFrame !== undefined, timeoutMs, 'message_end');
    // One listener per message, released once it is over: a listener left behind would keep its connection's waiters.
    this.off?.();
    return this.endFrame as MessageEndFrame;
  }

  /** Resolves once every chunk sent so far is durable. */
  allAcked(timeoutMs = 10_000): Promise<void> {
    return this.until(() => this.ackedSeq >= this.nextSeq - 1, timeoutMs, 'acks');
  }

  /** The message can go no further: pending `end` / `allAcked` reject with `err`. */
  fail(err: VoxClientError): void {
    if (this.endFrame || this.failure) return;
    this.failure = err;
    this.linked = false;
    for (const waiter of [...this.waiters]) waiter.reject(err);
    this.waiters.clear();
    this.off?.();
  }

  /** True once it ended or failed: nothing left to resume. */
  get settled(): boolean {
    return this.endFrame !== undefined || this.failure !== undefined;
  }

  private sendChunk(seq: number, payload: Uint8Array): void {
    this.conn.send({ type: 'chunk', chunk: { messageId: this.messageId, seq, payload } });
  }

  private sendEnd(): void {
    this.endRef = this.conn.send({ type: 'endMessage', endMessage: { messageId: this.messageId, chunkCount: this.nextSeq } });
  }

  private async sendStart(): Promise<void> {
    const reply = await this.conn.request({
      type: 'startMessage',
      startMessage: {
        messageId: this.messageId,
        conversationId: this.conversationId,
        contentType: 'VOICE',
        opus: this.opus,
        // A router that would continue from fewer chunks than were acked refuses (retryable) rather than lose them.
        ackedCount: this.ackedSeq + 1,
      },
    });
    if (reply.type === 'ack') this.onAck(reply.ack.seq);
  }

  private follow(conn: VoxringConnection): void {
    this.off?.();
    this.conn = conn;
    this.linked = false;
    this.endRef = 0;
    this.off = conn.onFrame((frame) => this.onFrame(frame));
  }

  private onFrame(frame: ServerFrame): void {
    if (frame.type === 'ack' && frame.ack.messageId === this.messageId) this.onAck(frame.ack.seq);
    else if (frame.type === 'messageEnd' && frame.messageEnd.messageId === this.messageId) this.onEnd(frame);
    else if (frame.type === 'error' && this.endRef !== 0 && frame.ref === this.endRef) {
      // The router is going away (an INTERRUPTED end came first, or it says so): the resume sends the end again.
      if (this.interrupted || frame.error.code === 'VOX_SHUTTING_DOWN') return;
      this.fail(new VoxClientError(frame.error.code, frame.error.message, frame.error.retryable));
    }
  }

  private onEnd(frame: MessageEndFrame): void {
    const end: MessageEnd = frame.messageEnd;
    if (end.state === 'INTERRUPTED') {
      // The router stopped it (shutdown): what it holds stays resumable; chunks wait for the resume.
      this.interrupted = true;
      this.linked = false;
      return;
    }
    this.endFrame = frame;
    this.linked = false;
    this.wake();
  }

  private onAck(seq: number): void {
    if (seq <= this.ackedSeq) return;
    for (let s = this.ackedSeq + 1; s <= seq; s++) this.unacked.delete(s);
    this.ackedSeq = seq;
    this.wake();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) if (waiter.check()) waiter.resolve();
  }

  private until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(clientError('VOX_CLIENT_TIMEOUT', `timed out waiting for ${what} of ${this.messageId}`, true));
      }, timeoutMs);
      const waiter: Waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve();
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      this.waiters.add(waiter);
    });
  }
}
