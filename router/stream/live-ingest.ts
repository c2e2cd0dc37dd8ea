/**
 * Live ingest: starts, resumes and ends voice messages streamed to this
 * router, takes their chunks, acks what the body store made durable (paced,
 * and in a ring only what the replica holds too), and keeps the registry of
 * messages live here. Each message's lifecycle is LiveMessage's; this class
 * decides when to move it. Throws VoxError; the doors turn errors into their
 * protocol's error frames.
 */
import { isVoxError, VoxError } from '../../common/errors.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { Limits } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import type { BodyStore, BodyWriter, DurabilityListener } from '../../body-store/body-store.js';
import type { HeaderStore, MessageRecord, MessageState, ParticipantRecord } from '../../header-store/header-store.js';
import type { Chunk, EndMessage, StartMessage } from '../../proto/frames.js';
import { settleAbandonedStart } from './abandoned-start.js';
import { AckPacer } from './ack-pacer.js';
import { ChunkSource } from './chunk-source.js';
import { retryHeaderEnd } from './header-end-retry.js';
import { publishHeader } from './header-events.js';
import { recoverInterrupted } from './interrupted-recovery.js';
import { LiveIdleSweep, LIVE_IDLE_TIMEOUT_MS } from './live-idle-sweep.js';
import { LiveMessage } from './live-message.js';
import { insertNewMessage } from './insert-new-message.js';
import { assertNotGone, audience, chunkSamples, DEFAULT_OPUS, idTaken, liveHeader, requireMessageId, validateOpus } from './message-rules.js';
import { catchUpDistance, type CatchUpDistance } from './message-listener.js';
import { openBodyWriter, openNewBodyWriter } from './open-body-writer.js';
import { NO_PENDING_HEADER_ENDS, type PendingHeaderEndStore } from './pending-header-ends.js';
import { END_STEP_TIMEOUT_MS, withDeadline } from './storage-deadline.js';
import { UserChunkRates } from './user-chunk-rates.js';
import type { Device, DeviceIdentity } from '../delivery/device.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import { attachMonitors } from '../delivery/live-monitors.js';
import type { PresenceTracker } from '../delivery/presence-tracker.js';
import type { LiveHost, LiveRing } from '../cluster/ring.js';
import type { BlockList } from '../people/block-list.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { TimelineService } from '../people/timeline-service.js';
import type { RouterMetrics } from '../metrics.js';
import type { UsageRecorder } from '../usage/usage-meter.js';
import { stateName } from '../wire-mappers.js';

export interface LiveIngestOptions {
  headers: HeaderStore;
  bodies: BodyStore;
  directory: ConversationDirectory;
  /** Who blocks a sender: they are left out of the audience of the sender's messages. */
  blocks: BlockList;
  timeline: TimelineService;
  presence: PresenceTracker;
  devices: DeviceRegistry;
  ring: LiveRing;
  limits: Limits;
  liveResumeGraceMs: number;
  /** A live message whose connected sender does nothing for this long ends as interrupted (default LIVE_IDLE_TIMEOUT_MS). */
  liveIdleTimeoutMs?: number;
  /** Bound on each storage call of a message's end (default END_STEP_TIMEOUT_MS). */
  endStepTimeoutMs?: number;
  /** Least time between two durability acks to a sender for one message (default 100; 0: one per commit). */
  ackIntervalMs?: number;
  /** Where an end the header store did not take is kept until it does (survives a restart); default: nowhere. */
  pendingEnds?: PendingHeaderEndStore;
  logger: Logger;
  metrics?: RouterMetrics;
  /** Where each new message and chunk is counted for its sender (usage metering); none: not counted. */
  usage?: UsageRecorder;
  now?: () => number;
}

export class LiveIngest implements LiveHost, DurabilityListener {
  private readonly live = new Map<MessageId, LiveMessage>();
  private readonly byConversation = new Map<ConversationId, Set<LiveMessage>>();
  private readonly acks: AckPacer<LiveMessage>;
  private readonly chunkRates: UserChunkRates;
  private readonly now: () => number;
  private readonly metrics: RouterMetrics | undefined;
  private readonly idleSweep: LiveIdleSweep;
  private readonly endStepMs: number;
  private readonly pendingEnds: PendingHeaderEndStore;
  /** Aborted by close(): background header retries stop with the stores. */
  private readonly closed = new AbortController();
  private isClosing = false;

  constructor(private readonly options: LiveIngestOptions) {
    this.now = options.now ?? Date.now;
    this.metrics = options.metrics;
    this.acks = new AckPacer(options.ackIntervalMs ?? 50, (live) => this.sendDurableAck(live));
    this.chunkRates = new UserChunkRates({ perSecond: options.limits.maxChunksPerSecond, burst: options.limits.chunkBurst }, this.now());
    this.endStepMs = options.endStepTimeoutMs ?? END_STEP_TIMEOUT_MS;
    this.pendingEnds = options.pendingEnds ?? NO_PENDING_HEADER_ENDS;
    this.idleSweep = new LiveIdleSweep({
      idleMs: options.liveIdleTimeoutMs ?? LIVE_IDLE_TIMEOUT_MS,
      graceMs: options.liveResumeGraceMs,
      now: this.now,
      messages: () => this.live.values(),
      onIdle: (live, idleForMs) => {
        // As when its connection closes (resumeWindow): a sender that cannot resume (Zello) ends complete with what arrived.
        const state = live.sender && !live.sender.canResume ? 'complete' : 'interrupted';
        options.logger.warn({ messageId: live.id, idleForMs, state: live.state, chunks: live.chunkCount, endsAs: state }, 'live message idle: ending it');
        void this.finish(live, state);
      },
    });
  }

  get liveCount(): number {
    return this.live.size;
  }

  get closing(): boolean {
    return this.isClosing;
  }

  /** The live message with this id, if it is streaming on this router. */
  get(id: MessageId): LiveMessage | undefined {
    return this.live.get(id);
  }

  values(): IterableIterator<LiveMessage> {
    return this.live.values();
  }

  /** The messages live here in one conversation. */
  inConversation(conversationId: ConversationId): Iterable<LiveMessage> {
    return this.byConversation.get(conversationId) ?? [];
  }

  /** Marks messages left live by a previous process as interrupted, with what the disk holds. */
  recoverInterrupted(): Promise<number> {
    return recoverInterrupted({
      ...this.options,
      selfId: this.options.ring.liveRouter,
      pendingEnds: this.pendingEnds,
      now: this.now,
      announce: (participants, header) => void publishHeader(this.options.timeline, participants, header, 'message_ended'),
    });
  }

  /** `forUser`: a participant who alone (with the sender) hears it (the Zello door's `for`). */
  async start(device: Device, who: DeviceIdentity, ref: number, frame: StartMessage, forUser?: ParticipantRecord): Promise<void> {
    if (this.isClosing) throw new VoxError('VOX_SHUTTING_DOWN');
    if (!device.canTalk) throw new VoxError('VOX_LISTEN_ONLY');
    const messageId = requireMessageId(frame.messageId);
    if (frame.contentType !== 'VOICE') {
      throw new VoxError('VOX_CONTENT_TYPE_INVALID', 'start_message carries VOICE; send text with send_text');
    }
    const opus = validateOpus(frame.opus);
    const existing = this.live.get(messageId);
    if (existing) {
      // A sender removed from the conversation since the start may not resume into it.
      if (existing.header.senderId === who.userId) {
        await this.options.directory.requireParticipant(existing.conversationId, who.userId);
      }
      // Re-read: the message may have ended during the check (then the stored path answers).
      const current = this.live.get(messageId);
      if (current) return this.reattach(current, device, who, ref);
    }

    const conversationId = frame.conversationId as ConversationId;
    const conversation = await this.options.directory.requireParticipant(conversationId, who.userId);
    const stored = await this.options.headers.getMessage(messageId);
    if (stored) return this.resumeStored(stored, device, who, ref, frame.ackedCount ?? 0);

    if (device.sending.size >= this.options.limits.maxLiveMessagesPerConnection) {
      throw new VoxError('VOX_TOO_MANY_LIVE');
    }
    // Backpressure: too much waits for the remote body store; refuse before anything is stored.
    this.options.bodies.checkCapacity?.();
    // The connection closed during the checks above: nobody to stream it, nothing stored yet.
    if (device.closed) return;
    const header = liveHeader({ messageId, conversationId, who, opus, startedAt: new Date(this.now()), forUser, liveRouter: this.options.ring.liveRouter });
    // Who blocks the sender is read beside the insert: a message start waits for one round trip, not two.
    const [, participants] = await Promise.all([
      insertNewMessage(this.options.headers, header),
      this.options.blocks.withoutBlockersOf(who.userId, audience(header, conversation.participants)),
    ]).catch((err: unknown) => {
      // The insert may have landed all the same (its answer lost): a header LIVE that nobody streams is ended in the background.
      if (!isVoxError(err) || (err.code !== 'VOX_MESSAGE_EXISTS' && err.code !== 'VOX_MESSAGE_ID_INVALID')) this.settleFailedStart(messageId);
      throw err;
    });
    const writer = await openNewBodyWriter({ ...this.options, now: this.now }, header, participants);
    const live = new LiveMessage(new ChunkSource(messageId, header, [], null), writer, participants, opus.frameDurationUs);
    this.register(live, device);
    this.options.usage?.messageSent(who.userId, 0, 0);
    device.send({ ref, type: 'ack', ack: { messageId, seq: -1 } });
    attachMonitors(this.options.devices, live.source, participants, device);
    this.options.ring.liveStarted(live);
    this.options.presence.start(conversationId, messageId, who.userId, participants);
    void publishHeader(this.options.timeline, participants, header, 'message_new');
  }

  /** Watches the header of a start that failed after its insert was sent (see abandoned-start.ts). */
  private settleFailedStart(messageId: MessageId): void {
    void settleAbandonedStart(messageId, {
      headers: this.options.headers,
      logger: this.options.logger,
      liveRouter: this.options.ring.liveRouter,
      liveHere: (id) => this.live.has(id),
      stopped: () => this.isClosing,
      now: this.now,
      attemptTimeoutMs: this.endStepMs,
    });
  }

  /** Hot path: one Opus packet from the sender. */
  chunk(device: Device, chunk: Chunk): void {
    const receivedAt = this.metrics ? performance.now() : 0;
    const live = this.live.get(chunk.messageId as MessageId);
    if (!live || live.state === 'ending') {
      throw new VoxError('VOX_MESSAGE_NOT_LIVE', 'no live message with this id: send start_message first');
    }
    if (live.sender !== device) {
      throw new VoxError('VOX_MESSAGE_NOT_YOURS', 'this connection is not streaming that message; send start_message to resume');
    }
    const now = this.now();
    live.activeAt = now;
    const limits = this.options.limits;
    // Per user, not per connection: more connections must not mean more audio (UserChunkRates).
    if (!this.chunkRates.take(live.header.senderId, now)) throw new VoxError('VOX_CHUNK_RATE');
    const payload = chunk.payload;
    // One check on the hot path; which error it is only matters when it fails.
    if (payload.length === 0 || payload.length > limits.maxChunkBytes) throw payloadSizeError(payload.length, limits.maxChunkBytes);
    const expected = live.chunkCount;
    if (chunk.seq < expected) return; // duplicate of a chunk already received: resume overlap
    if (chunk.seq > expected) {
      throw new VoxError('VOX_CHUNK_SEQ_GAP', `expected seq ${expected}, got ${chunk.seq}`);
    }
    const samples = chunkSamples(payload, live.frameDurationUs);
    // The real duration (48 samples a ms), never chunks × the declared frame duration.
    if (live.durationSamples + samples > limits.maxMessageDurationMs * 48) {
      void this.finish(live, 'complete');
      throw new VoxError('VOX_MESSAGE_TOO_LONG');
    }
    live.append(payload, samples, now);
    this.options.usage?.voiceChunk(live.header.senderId, samples / 48, payload.length);
    this.metrics?.chunkIn(live.id, expected, receivedAt);
  }

  /** Ends a message; the sender's message_end carries `ref` (the end_message frame's). */
  async end(device: Device, frame: EndMessage, ref = 0): Promise<void> {
    const live = this.live.get(frame.messageId as MessageId);
    if (!live) throw new VoxError('VOX_MESSAGE_NOT_LIVE');
    if (live.sender !== device) throw new VoxError('VOX_MESSAGE_NOT_YOURS');
    if (frame.chunkCount > live.chunkCount) {
      throw new VoxError('VOX_CHUNK_SEQ_GAP', `end says ${frame.chunkCount} chunks, router has ${live.chunkCount}`);
    }
    live.endRef = ref;
    await this.finish(live, 'complete');
  }

  /** The body store made `durableCount` chunks of a body durable (after a group commit). */
  durable(messageId: MessageId, durableCount: number): void {
    this.metrics?.durable(messageId, durableCount);
    const live = this.live.get(messageId);
    if (live) this.paceAck(live);
  }

  paceAck(live: LiveMessage): void {
    if (live.state === 'streaming') this.acks.durable(live);
  }

  /** Acks what is durable now (paced by this.acks); start, resume and end ack at once, outside it. */
  private sendDurableAck(live: LiveMessage): void {
    const sender = live.sender;
    if (!sender || live.state !== 'streaming') return;
    const seq = live.ackableCount - 1;
    if (seq <= live.ackedSeq) return;
    live.ackedSeq = seq;
    live.ackedAt = performance.now();
    sender.send({ ref: 0, type: 'ack', ack: { messageId: live.id, seq } });
    this.metrics?.ackSent(live.id, seq);
  }

  reattach(live: LiveMessage, device: Device, who: DeviceIdentity, ref: number): void {
    if (live.header.senderId !== who.userId) throw idTaken(live.header, who.userId);
    if (live.state === 'ending') throw new VoxError('VOX_MESSAGE_NOT_LIVE', 'message is ending');
    // Closed while the resume was checked: the message stays as it is (with its sender, or its grace timer).
    if (device.closed) return;
    live.attachSender(device);
    live.activeAt = this.now();
    live.ackedSeq = Math.max(live.ackedSeq, live.ackableCount - 1);
    live.ackedAt = performance.now();
    device.send({ ref, type: 'ack', ack: { messageId: live.id, seq: live.ackedSeq } });
  }

  /**
   * start_message for a message already stored: finished → report it;
   * interrupted → resume it; live on another router → take it over.
   * `ackedCount`: chunks the sender says it was acked (a takeover never
   * continues from fewer).
   */
  async resumeStored(stored: MessageRecord, device: Device, who: DeviceIdentity, ref: number, ackedCount = 0): Promise<void> {
    if (stored.senderId !== who.userId || stored.contentType !== 'voice') throw idTaken(stored, who.userId);
    assertNotGone(stored);
    // Closed while the start was checked: nobody to resume it for; it stays as stored.
    if (device.closed) return;
    // One writer per body: a message live on another router is taken over from there.
    const ring = this.options.ring;
    if (ring.liveElsewhere(stored)) return ring.takeOver(stored, device, who, ref, ackedCount);
    if (stored.state === 'complete') {
      device.send({ ref, type: 'ack', ack: { messageId: stored.id, seq: stored.chunkCount - 1 } });
      device.send({ ref, type: 'messageEnd', messageEnd: { messageId: stored.id, chunkCount: stored.chunkCount, state: 'COMPLETE' } });
      return;
    }
    await this.refuseShortResume(stored, ackedCount);
    const writer = await this.openWriter(stored.id);
    const chunks = (await this.options.bodies.read(stored.id, 0)).map((c) => c.payload);
    const again = this.live.get(stored.id);
    if (again) return this.reattach(again, device, who, ref);
    const conversation = await this.options.directory.requireParticipant(stored.conversationId, who.userId);
    const liveRouter = ring.liveRouter;
    Object.assign(stored, { state: 'live', endedAt: null, chunkCount: chunks.length }, liveRouter ? { liveRouter } : {});
    await this.options.headers.updateMessage(stored.id, { state: 'live', endedAt: null, ...(liveRouter ? { liveRouter } : {}) });
    const participants = await this.options.blocks.withoutBlockersOf(who.userId, audience(stored, conversation.participants));
    const opus = stored.opus ?? { ...DEFAULT_OPUS };
    const live = new LiveMessage(new ChunkSource(stored.id, stored, chunks, null), writer, participants, opus.frameDurationUs);
    this.register(live, device);
    device.send({ ref, type: 'ack', ack: { messageId: stored.id, seq: writer.durableCount - 1 } });
    // Devices monitoring the conversation hear the rest live, as they would have before the interruption.
    attachMonitors(this.options.devices, live.source, participants, device, chunks.length);
    ring.liveStarted(live);
    this.options.presence.start(stored.conversationId, stored.id, who.userId, participants);
    this.options.logger.info({ messageId: stored.id, chunks: chunks.length }, 'interrupted message resumed');
  }

  /**
   * A message interrupted on another router: the chunks it acked may not be
   * readable here yet (its upload to CouchDB waits, or it went down before
   * it). The talker dropped what was acked, so a resume from fewer chunks
   * would lose the rest for good: it is refused (retryable) until they are
   * here. On its own router a message resumes from what the disk holds.
   */
  private async refuseShortResume(stored: MessageRecord, ackedCount: number): Promise<void> {
    const owner = stored.liveRouter;
    if (ackedCount === 0 || owner === undefined || owner === this.options.ring.liveRouter) return;
    const held = (await this.options.bodies.stat(stored.id))?.chunkCount ?? 0;
    if (held >= ackedCount) return;
    this.options.logger.warn({ messageId: stored.id, held, acked: ackedCount, owner }, 'resume refused: fewer chunks readable here than were acked');
    throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE', `${held} of the ${ackedCount} chunks acked to you can be read here; the rest is still on router ${owner}: retry`);
  }

  /** Opens the body writer of a message that exists already (a resume or a takeover). */
  openWriter(id: MessageId): Promise<BodyWriter> {
    return openBodyWriter(this.options.bodies, id, false, this.metrics);
  }

  register(live: LiveMessage, sender: Device | null): void {
    this.metrics?.messageLive(live.id, live.writer.durableCount);
    live.activeAt = this.now();
    this.live.set(live.id, live);
    let set = this.byConversation.get(live.conversationId);
    if (!set) this.byConversation.set(live.conversationId, (set = new Set()));
    set.add(live);
    if (!sender) return;
    // Closed while the start, resume or takeover awaited storage: its senderGone found nothing to wait for, so the wait starts here.
    if (sender.closed) live.awaitResume(...this.resumeWindow(live, sender));
    else live.attachSender(sender);
  }

  release(live: LiveMessage): void {
    this.acks.forget(live);
    live.handOver();
    this.unregister(live);
  }

  private unregister(live: LiveMessage): void {
    this.live.delete(live.id);
    this.metrics?.messageGone(live.id);
    const set = this.byConversation.get(live.conversationId);
    if (set) {
      set.delete(live);
      if (set.size === 0) this.byConversation.delete(live.conversationId);
    }
  }

  /** Ends a live message once (later calls wait for the same end). */
  finish(live: LiveMessage, state: MessageState): Promise<void> {
    return live.end(() => this.doFinish(live, state));
  }

  private async doFinish(live: LiveMessage, state: MessageState): Promise<void> {
    this.acks.forget(live);
    const header = live.header;
    // Every storage call below is bounded: one that never answers (its store cut off) must not keep the message live for good.
    const finishBody = (): Promise<void> => live.writer.finish();
    try {
      await withDeadline(this.metrics ? this.metrics.timeStorage('body', 'finish', finishBody) : finishBody(), this.endStepMs, 'body finish');
    } catch (err) {
      this.options.logger.error({ err, messageId: live.id }, 'body finish failed');
    }
    header.state = state;
    header.endedAt = new Date(this.now());
    // A recall ends the stream first; the recall then marks the header and announces it.
    const recalled = state === 'recalled';
    // Another router may have claimed the message while this one was cut off from the ring: its header is not ours to end.
    // No answer: presumed ours, as when the header store fails (the background write is conditional anyway).
    const owned = await withDeadline(this.options.ring.ownsLive(live.id), this.endStepMs, 'ownsLive').catch(() => undefined);
    if (!recalled && owned !== false) await this.endHeader(live, state, owned === undefined);
    this.unregister(live);
    if (owned !== false) this.options.ring.liveEnded(live.id);
    live.source.endState = stateName(state);
    live.source.wake();
    const sender = live.ended();
    if (sender) {
      sender.send({ ref: 0, type: 'ack', ack: { messageId: live.id, seq: live.writer.durableCount - 1 } });
      sender.send({ ref: live.endRef, type: 'messageEnd', messageEnd: { messageId: live.id, chunkCount: live.chunkCount, state: stateName(state) } });
    }
    this.options.presence.stop(live.conversationId, live.id, live.participants);
    if (!recalled && owned !== false) void publishHeader(this.options.timeline, live.participants, header, 'message_ended');
  }

  /**
   * Writes the end of a message into its header, bounded; when the store
   * does not take it (or did not answer the ownership check: `storeAway`),
   * it is tried again in the background (retryHeaderEnd) and the end goes on.
   */
  private async endHeader(live: LiveMessage, state: MessageState, storeAway: boolean): Promise<void> {
    const header = live.header;
    const update = { state, endedAt: header.endedAt, durationMs: header.durationMs, chunkCount: header.chunkCount, byteCount: header.byteCount };
    try {
      if (storeAway) throw new VoxError('VOX_STORAGE_FAILED', 'the header store did not answer the ownership check');
      await withDeadline(this.options.headers.updateMessage(live.id, update), this.endStepMs, 'header update at end');
    } catch (err) {
      this.options.logger.error({ err, messageId: live.id }, 'header update at end failed; trying again in the background');
      // Kept on disk before the sender hears the end: a restart before the retry lands applies it instead of storing INTERRUPTED.
      await withDeadline(this.pendingEnds.save(live.id, update), this.endStepMs, 'pending end save').catch((saveErr: unknown) =>
        this.options.logger.error({ err: saveErr, messageId: live.id }, 'pending header end not kept on disk'),
      );
      // Only while still live: a router that resumed and ended it meanwhile wrote the header that stands.
      const write = (): Promise<boolean> => this.options.headers.updateLiveMessage(live.id, update);
      const stillOurs = async (): Promise<boolean> => !this.live.has(live.id) && (await this.options.ring.ownsLive(live.id));
      void retryHeaderEnd(write, stillOurs, this.options.logger, live.id, { attemptTimeoutMs: this.endStepMs, signal: this.closed.signal }).then((written) => {
        // Not written: kept for the next start, whose conditional write does nothing if the message moved on.
        if (written) return this.pendingEnds.remove(live.id).catch(() => undefined);
        return undefined;
      });
    }
  }

  /** A device went away: what it was streaming waits for a resume (see resumeWindow), then ends. */
  senderGone(device: Device): void {
    for (const messageId of [...device.sending]) {
      const live = this.live.get(messageId);
      if (live?.sender === device) live.senderLeft(...this.resumeWindow(live, device));
      else device.stopSending(messageId);
    }
  }

  /**
   * How long a message whose sender went away waits for a resume, and how it
   * ends then: liveResumeGraceMs, then interrupted; a device that cannot
   * resume (a Zello client) does not wait: it ends now, complete with what arrived.
   */
  private resumeWindow(live: LiveMessage, sender: Device): [graceMs: number, graceOver: () => void] {
    if (!sender.canResume) return [0, () => void this.finish(live, 'complete')];
    return [this.options.liveResumeGraceMs, () => void this.finish(live, 'interrupted')];
  }

  /** A user left or was removed from a conversation: they get no more of its live messages' events, and what they stream into it ends now. */
  participantRemoved(conversationId: ConversationId, userId: UserId): void {
    for (const live of this.byConversation.get(conversationId) ?? []) {
      live.removeParticipant(userId);
      if (live.header.senderId === userId) void this.finish(live, 'complete');
    }
  }

  /** Listeners of live messages behind the head, for the catch-up gauges. Walks every live listener: scrape time only. */
  catchUpDistance(): CatchUpDistance {
    return catchUpDistance([...this.live.values()].map((live) => live.source));
  }

  /** Ends every live message as interrupted (resumable after restart) and waits for storage and their timeline events; nothing new starts after it. */
  async close(): Promise<void> {
    this.isClosing = true;
    this.idleSweep.close();
    await Promise.all([...this.live.values()].map((live) => this.finish(live, 'interrupted')));
    this.closed.abort();
    this.acks.close();
    await this.options.timeline.flush();
  }
}

/** A chunk payload outside 1..maxChunkBytes: empty (proto3 reads a missing payload as empty) or too large. */
function payloadSizeError(size: number, maxChunkBytes: number): VoxError {
  if (size === 0) return new VoxError('VOX_CHUNK_EMPTY', 'chunk payload is empty: each chunk carries one Opus packet');
  return new VoxError('VOX_CHUNK_TOO_LARGE', `chunk payload must be 1..${maxChunkBytes} bytes`);
}
