/**
 * A voice message being streamed on this router: its chunks, body writer,
 * sender, and where it is in its life. Every change of state is one of the
 * transitions below, and only they change the sender, the grace timer or
 * the device's `sending` set:
 *
 *                    attachSender                 senderLeft (grace timer runs)
 *   awaiting-resume ─────────────▶ streaming ─────────────────────▶ awaiting-resume
 *   (built without a sender:        │    ▲       attachSender (resume)     │
 *    a claim, or a resume to be)    │    └─────────────────────────────────┘
 *        │ awaitResume (its sender closed before it was attached)      ▲
 *        └─────────────────────────────────────────────────────────────┘
 *                                   │ end (end_message, too long, removed,
 *                                   │      recall, grace over, shutdown)
 *                                   ▼
 *                                ending ──── ended ────▶ ended
 *   streaming | awaiting-resume ── handOver ──▶ handed-over (another router streams it now)
 *
 * A sender whose connection closes while the message is ending is dropped
 * without a timer: the end is under way.
 */
import { VoxError } from '../../common/errors.js';
import { opusPacketsSamples, opusSamplesToMs } from '../../common/opus-packet.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { BodyWriter } from '../../body-store/body-store.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { ChunkSource } from './chunk-source.js';
import type { Device } from '../delivery/device.js';

export type LiveState = 'streaming' | 'awaiting-resume' | 'ending' | 'ended' | 'handed-over';

export class LiveMessage {
  readonly source: ChunkSource;
  /** Highest seq acked to the sender, and when (performance.now()); see AckPacer. */
  ackedSeq = -1;
  ackedAt = 0;
  /** ref of the end_message frame, echoed in the sender's message_end. */
  endRef = 0;
  /** When its sender last did something (start, resume, chunk), on LiveIngest's clock; see LiveIdleSweep. */
  activeAt = 0;
  private current: LiveState = 'awaiting-resume';
  private senderDevice: Device | null = null;
  private graceTimer: NodeJS.Timeout | undefined;
  private ending: Promise<void> | undefined;
  private audience: UserId[];
  private replica: string | undefined;
  private replicaDurable = 0;
  /** Routers that could not keep a copy of this message: never picked as its replica again. */
  private readonly refusedBy = new Set<string>();
  /** 48 kHz samples of every chunk so far, from the packets themselves (what durationMs and the duration limit count). */
  private samples: number;

  /**
   * `source`: the chunks so far (a mirror's, when this router takes the
   * message over). `frameDurationUs`: the declared one, which each new chunk
   * must agree with (chunkSamples). Starts awaiting its sender.
   */
  constructor(
    source: ChunkSource,
    readonly writer: BodyWriter,
    participants: UserId[],
    readonly frameDurationUs: number,
  ) {
    this.source = source;
    this.audience = participants;
    this.samples = source.chunks.length === 0 ? 0 : opusPacketsSamples(source.chunks.toArray());
  }

  /** 48 kHz samples of every chunk so far. */
  get durationSamples(): number {
    return this.samples;
  }

  get state(): LiveState {
    return this.current;
  }

  /** The connection streaming it; null while the sender is away (resume grace), and once it ended or moved. */
  get sender(): Device | null {
    return this.senderDevice;
  }

  /** Participants at start: who gets presence and timeline events. */
  get participants(): UserId[] {
    return this.audience;
  }

  /** The router keeping a durable copy (ring replication); acks wait for it too. */
  get replicaRouter(): string | undefined {
    return this.replica;
  }

  /**
   * Chunks that may be acked to the sender: durable here and, in a ring, on
   * the replica too, so that losing this router loses no acked chunk.
   */
  get ackableCount(): number {
    const local = this.writer.durableCount;
    return this.replica === undefined ? local : Math.min(local, this.replicaDurable);
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

  /** streaming | awaiting-resume → streaming: `device` streams it now (a start, a resume, or a takeover). */
  attachSender(device: Device): void {
    this.expect('streaming', 'streaming', 'awaiting-resume');
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    if (this.senderDevice && this.senderDevice !== device) this.senderDevice.stopSending(this.id);
    this.senderDevice = device;
    device.startSending(this.id);
  }

  /**
   * streaming → awaiting-resume: the sender's connection went away; after
   * `graceMs` without a resume, `graceOver` runs (it ends the message). While
   * ending, the sender is only dropped.
   */
  senderLeft(graceMs: number, graceOver: () => void): void {
    this.senderDevice?.stopSending(this.id);
    this.senderDevice = null;
    if (this.current !== 'streaming') return;
    this.current = 'awaiting-resume';
    this.startGrace(graceMs, graceOver);
  }

  /**
   * awaiting-resume → awaiting-resume with the grace timer running: built for
   * a sender whose connection closed while the start, resume or takeover was
   * under way, so no senderLeft will come; after `graceMs` without a resume,
   * `graceOver` runs.
   */
  awaitResume(graceMs: number, graceOver: () => void): void {
    this.expect('awaiting-resume', 'awaiting-resume');
    if (this.graceTimer === undefined) this.startGrace(graceMs, graceOver);
  }

  /**
   * streaming | awaiting-resume → ending: runs `finish` (storage, header,
   * announcements) once; later calls, and calls while it runs, get the same
   * promise.
   */
  end(finish: () => Promise<void>): Promise<void> {
    if (this.ending) return this.ending;
    this.expect('ending', 'streaming', 'awaiting-resume');
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.ending = finish();
    return this.ending;
  }

  /** ending → ended: returns the sender to tell (null when it is away), which no longer sends it. */
  ended(): Device | null {
    this.expect('ended', 'ending');
    const sender = this.senderDevice;
    sender?.stopSending(this.id);
    this.senderDevice = null;
    return sender;
  }

  /** streaming | awaiting-resume → handed-over: another router took the message over; its sender (if any) no longer sends it here. */
  handOver(): void {
    this.expect('handed-over', 'streaming', 'awaiting-resume');
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.senderDevice?.stopSending(this.id);
    this.senderDevice = null;
  }

  /** A new replica (or none): acks wait until it reports what it holds. */
  setReplica(routerId: string | undefined): void {
    this.replica = routerId;
    this.replicaDurable = 0;
  }

  /** Routers a new replica must not be: those that refused to keep a copy, and `also`. */
  replicaExclusions(...also: (string | undefined)[]): string[] {
    return [...this.refusedBy, ...also.filter((id): id is string => id !== undefined)];
  }

  /** The replica `from` cannot keep a copy; true when it was this message's replica (a new one is due). */
  replicaRefused(from: string): boolean {
    this.refusedBy.add(from);
    return this.replica === from;
  }

  /** The replica `from` made `durableCount` chunks durable; true when that is news. */
  replicaAcked(from: string, durableCount: number): boolean {
    if (this.replica !== from || durableCount <= this.replicaDurable) return false;
    this.replicaDurable = durableCount;
    return true;
  }

  /** A participant left the conversation: no more presence or timeline events for them. */
  removeParticipant(userId: UserId): void {
    this.audience = this.audience.filter((id) => id !== userId);
  }

  /**
   * Appends the next chunk, an Opus packet of `samples` (caller checked seq
   * === chunkCount and the packet) received at `receivedAtMs` (wall clock),
   * and wakes every reader.
   */
  append(payload: Uint8Array, samples: number, receivedAtMs: number): void {
    const seq = this.source.chunks.length;
    this.writer.append(seq, payload);
    this.source.chunks.push(payload, receivedAtMs);
    this.samples += samples;
    const header = this.source.header;
    header.chunkCount = seq + 1;
    header.byteCount += payload.length;
    header.durationMs = opusSamplesToMs(this.samples);
    this.source.wake();
  }

  private startGrace(graceMs: number, graceOver: () => void): void {
    this.graceTimer = setTimeout(graceOver, graceMs);
    this.graceTimer.unref();
  }

  private expect(to: LiveState, ...from: LiveState[]): void {
    if (!from.includes(this.current)) {
      throw new VoxError('VOX_INTERNAL', `live message ${this.id}: no transition ${this.current} → ${to}`);
    }
    this.current = to;
  }
}
