/**
 * Store-and-stream: starts, resumes and ends live voice messages, accepts
 * their chunks, fans them out to listening devices while the body store
 * makes them durable, serves listens (catch-up into live, or from storage),
 * text messages and monitoring. Throws VoxError; the protocol layer turns
 * errors into error frames.
 */
import { VoxError } from '../../common/errors.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { Limits } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type {
  HeaderStore,
  MessageRecord,
  MessageState,
  ParticipantRecord,
} from '../../header-store/header-store.js';
import type { Chunk, EndMessage, Listen, MessageStateName, Monitor, SendText, StartMessage } from '../../proto/frames.js';
import { ChunkList } from './chunk-list.js';
import { ChunkSource, sourceHolds } from './chunk-source.js';
import { recoverInterrupted } from './interrupted-recovery.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { Device, DeviceIdentity } from '../delivery/device.js';
import { AckPacer } from './ack-pacer.js';
import { LiveMessage } from './live-message.js';
import { assertNotGone, audience, DEFAULT_OPUS, postedHeader, type PostedMessage, requireMessageId, takeChunkToken, validateOpus, visibleTo } from './message-rules.js';
import { catchUpDistance, MessageListener, type CatchUpDistance } from './message-listener.js';
import { appendMissing, MirrorTable, type Mirror } from '../cluster/mirror-table.js';
import type { MessageRelay } from '../cluster/message-relay.js';
import type { RouterMetrics } from '../metrics.js';
import type { PresenceTracker } from '../delivery/presence-tracker.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { TimelineService } from '../people/timeline-service.js';
import { stateName, toWireHeader } from '../wire-mappers.js';

/** How long a takeover waits for the chunks the previous router relayed. */
const MIRROR_CATCH_UP_MS = 3000;

export interface MessageServiceOptions {
  headers: HeaderStore;
  bodies: BodyStore;
  directory: ConversationDirectory;
  timeline: TimelineService;
  presence: PresenceTracker;
  sessions: DeviceRegistry;
  limits: Limits;
  liveResumeGraceMs: number;
  /** Least time between two durability acks to a sender for one message (default 100; 0: one per commit). */
  ackIntervalMs?: number;
  logger: Logger;
  metrics?: RouterMetrics;
  now?: () => number;
  /** The ring (absent on a single router): relays live messages and fetches messages held elsewhere. */
  relay?: MessageRelay;
  /** Bodies are readable from every router (CouchDB): stored messages need no fetch from their router. */
  bodiesShared?: boolean;
}

export class MessageService {
  private readonly live = new Map<MessageId, LiveMessage>();
  private readonly liveByConversation = new Map<ConversationId, Set<LiveMessage>>();
  private readonly mirrors: MirrorTable;
  private readonly now: () => number;
  private readonly metrics: RouterMetrics | undefined;
  private readonly acks: AckPacer<LiveMessage>;
  private closing = false;

  constructor(private readonly options: MessageServiceOptions) {
    this.now = options.now ?? Date.now;
    this.metrics = options.metrics;
    this.acks = new AckPacer(options.ackIntervalMs ?? 100, (live) => this.sendDurableAck(live));
    this.mirrors = new MirrorTable({
      bodies: options.bodies,
      presence: options.presence,
      sessions: options.sessions,
      logger: options.logger,
      orphanGraceMs: options.liveResumeGraceMs,
      ...(options.relay ? { relay: options.relay } : {}),
      onOrphan: (id, origin, mirror) => void this.orphaned(id, origin, mirror),
    });
  }

  get liveCount(): number {
    return this.live.size;
  }

  /** Messages mirrored from other routers (live or being fetched). */
  get mirrorCount(): number {
    return this.mirrors.size;
  }

  /** The chunks of a message live here or mirrored here from its router. */
  liveSource(id: MessageId): ChunkSource | undefined {
    return this.live.get(id)?.source ?? this.mirrors.get(id)?.source;
  }

  /** The live message with this id, if it is streaming on this router. */
  getLive(id: MessageId): LiveMessage | undefined {
    return this.live.get(id);
  }

  /** Marks messages left live by a previous process as interrupted, with what the disk holds. */
  recoverInterrupted(): Promise<number> {
    return recoverInterrupted({
      ...this.options,
      selfId: this.options.relay?.selfId,
      now: this.now,
      announce: (participants, header) => void this.publishHeader(participants, header, 'message_ended'),
    });
  }


  /** `forUser`: a participant who alone (with the sender) hears it (the Zello door's `for`). */
  async start(session: Device, who: DeviceIdentity, ref: number, frame: StartMessage, forUser?: ParticipantRecord): Promise<void> {
    if (this.closing) throw new VoxError('VOX_SHUTTING_DOWN');
    if (!session.canTalk) throw new VoxError('VOX_LISTEN_ONLY');
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
      if (current) return this.reattach(current, session, who, ref);
    }

    const conversationId = frame.conversationId as ConversationId;
    const conversation = await this.options.directory.requireParticipant(conversationId, who.userId);
    const stored = await this.options.headers.getMessage(messageId);
    if (stored) return this.resumeStored(stored, session, who, ref);

    if (session.sending.size >= this.options.limits.maxLiveMessagesPerConnection) {
      throw new VoxError('VOX_TOO_MANY_LIVE');
    }
    // Backpressure: too much waits for the remote body store; refuse before anything is stored.
    this.options.bodies.checkCapacity?.();
    const header: MessageRecord = {
      id: messageId,
      conversationId,
      senderId: who.userId,
      senderName: who.username,
      senderDevice: who.deviceId,
      contentType: 'voice',
      opus,
      text: null,
      state: 'live',
      startedAt: new Date(this.now()),
      endedAt: null,
      durationMs: 0,
      chunkCount: 0,
      byteCount: 0,
      ...(forUser ? { forUser: { userId: forUser.userId, username: forUser.username } } : {}),
      ...(this.options.relay ? { liveRouter: this.options.relay.selfId } : {}),
    };
    await this.options.headers.insertMessage(header);
    const writer = await this.openWriter(messageId, true);
    const participants = audience(header, conversation.participants);
    const live = new LiveMessage(new ChunkSource(messageId, header, [], null), writer, session, participants, opus.frameDurationUs);
    this.register(live, session);
    session.send({ ref, type: 'ack', ack: { messageId, seq: -1 } });
    this.attachMonitors(live, session);
    this.relayLive(live);
    this.options.presence.start(conversationId, messageId, who.userId, participants);
    void this.publishHeader(participants, header, 'message_new');
  }

  /** Hot path: one Opus packet from the sender. */
  chunk(session: Device, chunk: Chunk): void {
    const receivedAt = this.metrics ? performance.now() : 0;
    const live = this.live.get(chunk.messageId as MessageId);
    if (!live || live.ending) {
      throw new VoxError('VOX_MESSAGE_NOT_LIVE', 'no live message with this id: send start_message first');
    }
    if (live.sender !== session) {
      throw new VoxError('VOX_MESSAGE_NOT_YOURS', 'this connection is not streaming that message; send start_message to resume');
    }
    const limits = this.options.limits;
    if (!takeChunkToken(session, limits, this.now())) throw new VoxError('VOX_CHUNK_RATE');
    const payload = chunk.payload;
    if (payload.length === 0 || payload.length > limits.maxChunkBytes) {
      throw new VoxError('VOX_CHUNK_TOO_LARGE', `chunk payload must be 1..${limits.maxChunkBytes} bytes`);
    }
    const expected = live.chunkCount;
    if (chunk.seq < expected) return; // duplicate of a chunk already received: resume overlap
    if (chunk.seq > expected) {
      throw new VoxError('VOX_CHUNK_SEQ_GAP', `expected seq ${expected}, got ${chunk.seq}`);
    }
    if (((expected + 1) * live.frameDurationUs) / 1000 > limits.maxMessageDurationMs) {
      void this.finish(live, 'complete');
      throw new VoxError('VOX_MESSAGE_TOO_LONG');
    }
    live.append(payload);
    this.metrics?.chunkIn(live.id, expected, receivedAt);
  }

  /** Ends a message; the sender's message_end carries `ref` (the end_message frame's). */
  async end(session: Device, frame: EndMessage, ref = 0): Promise<void> {
    const live = this.live.get(frame.messageId as MessageId);
    if (!live) throw new VoxError('VOX_MESSAGE_NOT_LIVE');
    if (live.sender !== session) throw new VoxError('VOX_MESSAGE_NOT_YOURS');
    if (frame.chunkCount > live.chunkCount) {
      throw new VoxError('VOX_CHUNK_SEQ_GAP', `end says ${frame.chunkCount} chunks, router has ${live.chunkCount}`);
    }
    live.endRef = ref;
    await this.finish(live, 'complete');
  }

  /** Called by the body store after a group commit. */
  onDurable(messageId: MessageId, durableCount: number): void {
    this.metrics?.durable(messageId, durableCount);
    const live = this.live.get(messageId);
    if (live) {
      if (live.sender && !live.ending) this.acks.durable(live);
      return;
    }
    this.mirrors.durable(messageId, durableCount);
  }

  /** The replica router of a message live here made `durableCount` chunks durable. */
  replicaAcked(from: string, messageId: MessageId, durableCount: number): void {
    const live = this.live.get(messageId);
    if (!live || live.replicaRouter !== from || durableCount <= live.replicaCount) return;
    live.replicaCount = durableCount;
    if (live.sender && !live.ending) this.acks.durable(live);
  }

  /**
   * The link to router `peer` was lost: messages live here that it
   * replicated get a new replica (acks wait until it caught up), or none
   * when no other router is reachable.
   */
  linkLost(peer: string): void {
    for (const live of this.live.values()) {
      if (live.replicaRouter !== peer || live.ending) continue;
      live.replicaRouter = this.options.relay?.replicate(live.source, live.participants, live.header.senderId, peer);
      live.replicaCount = 0;
      if (live.sender) this.acks.durable(live);
    }
  }

  /** Acks what is durable now (paced by this.acks); start, resume and end ack at once, outside it. */
  private sendDurableAck(live: LiveMessage): void {
    if (!live.sender || live.ending) return;
    const seq = live.ackableCount - 1;
    if (seq <= live.ackedSeq) return;
    live.ackedSeq = seq;
    live.ackedAt = performance.now();
    live.sender.send({ ref: 0, type: 'ack', ack: { messageId: live.id, seq } });
  }

  async sendText(session: Device, who: DeviceIdentity, ref: number, frame: SendText): Promise<void> {
    await this.post(session, who, ref, {
      messageId: requireMessageId(frame.messageId),
      conversationId: frame.conversationId as ConversationId,
      contentType: 'text',
      text: frame.text,
    });
  }

  /** Stores a complete message (body first, then header), acks it and announces it on the audience's timelines. */
  async post(session: Device, who: DeviceIdentity, ref: number, post: PostedMessage): Promise<void> {
    if (this.closing) throw new VoxError('VOX_SHUTTING_DOWN');
    if (!session.canTalk) throw new VoxError('VOX_LISTEN_ONLY');
    const messageId = requireMessageId(post.messageId);
    const text = post.text ?? null;
    if (post.contentType === 'text') {
      if (text === null || text.trim().length === 0) throw new VoxError('VOX_TEXT_EMPTY');
      if (text.length > this.options.limits.maxTextLength) throw new VoxError('VOX_TEXT_TOO_LONG');
    }
    const conversation = await this.options.directory.requireParticipant(post.conversationId, who.userId);
    const body = post.body ?? [];
    if (body.length > 0) {
      // A fresh id (its header comes after): no remote lookup, so posting works while CouchDB is away.
      const writer = await this.openWriter(messageId, true);
      for (const [seq, piece] of body.entries()) writer.append(seq, piece);
      await writer.finish();
    }
    const header = postedHeader(post, who, new Date(this.now()));
    await this.options.headers.insertMessage(header);
    session.send({ ref, type: 'ack', ack: { messageId, seq: Math.max(0, body.length - 1) } });
    void this.publishHeader(audience(header, conversation.participants), header, 'message_new');
  }

  /** A message's chunks for a reader: live or mirrored here, fetched from the router holding it, or from storage. */
  async readableSource(header: MessageRecord): Promise<ChunkSource> {
    return this.liveSource(header.id) ?? (await this.remoteSource(header)) ?? (await this.storedSource(header));
  }

  /** Plays a message to this device from fromSeq: backlog, then live, then message_end. */
  async listen(session: Device, who: DeviceIdentity, ref: number, frame: Listen): Promise<void> {
    const messageId = requireMessageId(frame.messageId);
    const live = this.liveSource(messageId);
    const header = live?.header ?? (await this.options.headers.getMessage(messageId));
    if (!header) throw new VoxError('VOX_MESSAGE_NOT_FOUND');
    await this.options.directory.requireParticipant(header.conversationId, who.userId);
    if (!visibleTo(header, who.userId)) throw new VoxError('VOX_MESSAGE_NOT_FOUND');
    assertNotGone(header);
    const source = await this.readableSource(header);
    // A mirror still filling from its router knows the count from the header it was sent.
    const known = Math.max(source.chunks.length, source.endState === null ? source.header.chunkCount : 0);
    if (frame.fromSeq > known) {
      throw new VoxError('VOX_BAD_REQUEST', `fromSeq ${frame.fromSeq} is beyond the message's ${known} chunks`);
    }
    session.send({ ref, type: 'header', header: toWireHeader(source.header) });
    this.metrics?.listenerAttached(source.chunks.length - frame.fromSeq);
    new MessageListener(session, source, frame.fromSeq).attach();
  }

  /**
   * The sender recalls a message: a live one ends first (listeners get
   * messageEnd RECALLED), then the header says recalled, the body is deleted
   * everywhere and the audience gets MESSAGE_RECALLED. Recalling again is a
   * no-op. Returns the header as it is now.
   */
  async recall(userId: UserId, messageId: string): Promise<MessageRecord> {
    const id = requireMessageId(messageId);
    const live = this.live.get(id);
    const header = live?.header ?? (await this.options.headers.getMessage(id));
    if (!header) throw new VoxError('VOX_MESSAGE_NOT_FOUND');
    if (header.senderId !== userId) throw new VoxError('VOX_MESSAGE_NOT_YOURS', 'only its sender may recall a message');
    if (header.state === 'expired') throw new VoxError('VOX_MESSAGE_EXPIRED');
    // Its router would record it as ended afterwards: recall it there, or once it ended.
    if (!live && header.state === 'live') throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE');
    if (live && !live.ending) await this.finish(live, 'recalled');
    else if (live) await live.ending;
    if (header.state === 'recalled' && !live) return header;
    return (await this.removeMessage(header, 'recalled')) ?? { ...header, state: 'recalled' };
  }

  /**
   * Marks a finished message recalled or expired (once, whichever router
   * gets there first), deletes its body and announces it. Returns the
   * marked header, or undefined when it was already gone.
   */
  async removeMessage(header: MessageRecord, state: 'recalled' | 'expired'): Promise<MessageRecord | undefined> {
    const marked = await this.options.headers.markMessageGone(header.id, state, new Date(this.now()));
    if (!marked) return undefined;
    if (marked.contentType === 'voice' || marked.contentType === 'image') {
      try {
        await this.options.bodies.delete(marked.id);
      } catch (err) {
        this.options.logger.error({ err, messageId: marked.id }, 'body delete failed');
      }
    }
    const conversation = await this.options.directory.get(marked.conversationId);
    const participants = audience(marked, conversation?.participants ?? []);
    void this.publishHeader(participants, marked, state === 'recalled' ? 'message_recalled' : 'message_expired');
    this.options.logger.info({ messageId: marked.id, state }, 'message body removed');
    return marked;
  }

  stopListen(session: Device, messageId: string): void {
    const listener = session.listeners.get(messageId as MessageId);
    if (listener instanceof MessageListener) listener.detach();
  }

  /** Replaces the monitored set; answers with the presence of each monitored conversation. */
  async monitor(session: Device, who: DeviceIdentity, ref: number, frame: Monitor): Promise<void> {
    const ids = [...new Set(frame.conversationIds)] as ConversationId[];
    for (const id of ids) await this.options.directory.requireParticipant(id, who.userId);
    const added = ids.filter((id) => !session.monitored.has(id));
    session.monitored.clear();
    for (const id of ids) session.monitored.add(id);
    for (const id of ids) session.send({ ref, type: 'presence', presence: this.options.presence.snapshot(id) });
    for (const id of added) {
      for (const live of this.liveByConversation.get(id) ?? []) {
        if (live.sender === session || session.listeners.has(live.id) || !visibleTo(live.header, who.userId)) continue;
        session.send({ ref: 0, type: 'header', header: toWireHeader(live.header) });
        new MessageListener(session, live.source, live.chunkCount).attach();
      }
      for (const mirror of this.mirrors.values()) {
        const source = mirror.source;
        if (source.header.conversationId !== id || source.endState !== null || source.header.state !== 'live') continue;
        if (session.listeners.has(source.messageId) || !visibleTo(source.header, who.userId)) continue;
        session.send({ ref: 0, type: 'header', header: toWireHeader(source.header) });
        new MessageListener(session, source, source.chunks.length).attach();
      }
    }
  }

  /** The relay link brought a message's header: opens (or keeps, now fed by `origin`) its mirror. */
  openMirror(origin: string, header: MessageRecord, participants: UserId[], replicate = false): ChunkSource {
    const live = this.live.get(header.id);
    if (live && !this.mirrors.get(header.id)) return live.source; // an echo of a message taken over here
    return this.mirrors.open(origin, header, participants, replicate);
  }

  mirrorChunk(id: MessageId, seq: number, payload: Uint8Array): void {
    this.mirrors.chunk(id, seq, payload);
  }

  endMirror(id: MessageId, state: MessageStateName): void {
    this.mirrors.end(id, state);
  }

  /**
   * Router `origin` left the ring. Its live messages wait liveResumeGraceMs
   * for their talker to resume on another router, which then feeds these
   * mirrors; after that, a message replicated here is finished here as
   * interrupted (its stored body complete up to the last chunk received),
   * and after twice that any other mirror ends as interrupted.
   */
  endMirrorsFrom(origin: string): void {
    this.mirrors.orphanAll(origin);
  }

  private async orphaned(id: MessageId, origin: string, mirror: Mirror): Promise<void> {
    if (!mirror.replica || this.closing) {
      this.mirrors.end(id, 'INTERRUPTED');
      return;
    }
    try {
      const stored = await this.options.headers.getMessage(id);
      if (stored?.state !== 'live' || stored.liveRouter !== origin) {
        this.mirrors.end(id, stored ? stateName(stored.state) : 'INTERRUPTED');
        return;
      }
      const live = await this.claim(stored, null);
      if (live) await this.finish(live, 'interrupted');
      this.options.logger.info({ messageId: id, chunks: live?.chunkCount, from: origin }, 'orphaned message finished from its replica');
    } catch (err) {
      this.options.logger.error({ err, messageId: id }, 'finishing an orphaned message failed');
      this.mirrors.end(id, 'INTERRUPTED');
    }
  }

  /**
   * Router `to` asks for a message live here, whose talker resumed there:
   * this router stops taking its chunks, relays to `to` what it has, keeps
   * serving its local listeners from a mirror that `to` feeds from now on,
   * and drops its copy of the body. Returns the chunks relayed, or
   * undefined when the message is not live here.
   */
  handOver(id: MessageId, to: string): number | undefined {
    const live = this.live.get(id);
    if (!live || live.ending) return undefined;
    clearTimeout(live.graceTimer);
    this.acks.forget(live);
    live.sender?.sending.delete(id);
    live.sender = null;
    this.unregister(live);
    const count = live.chunkCount;
    this.mirrors.add(live.source, to, live.participants);
    this.options.relay?.liveHandedOver(live.source, live.participants, to, count);
    void this.options.bodies.release(id).catch((err: unknown) => this.options.logger.warn({ err, messageId: id }, 'body release after handover failed'));
    this.options.logger.info({ messageId: id, to, chunks: count }, 'live message handed over');
    return count;
  }

  /** What this router can relay to another one that asked: a message live here, or its stored body. */
  async sourceForPeer(id: MessageId): Promise<{ source: ChunkSource; participants: UserId[] } | undefined> {
    const live = this.live.get(id);
    if (live) return { source: live.source, participants: live.participants };
    const header = await this.options.headers.getMessage(id);
    if (!header || header.state === 'recalled' || header.state === 'expired') return undefined;
    const selfId = this.options.relay?.selfId;
    if (header.liveRouter !== undefined && header.liveRouter !== selfId && !this.options.bodiesShared) return undefined;
    return { source: await this.storedSource(header), participants: [] };
  }

  /**
   * A user left or was removed: their devices stop hearing the conversation,
   * and what they are streaming into it ends now.
   */
  participantRemoved(conversationId: ConversationId, userId: UserId): void {
    for (const device of this.options.sessions.devicesOf(userId)) {
      device.monitored.delete(conversationId);
      for (const listener of [...device.listeners.values()]) {
        if (listener instanceof MessageListener && listener.source.header.conversationId === conversationId) listener.detach();
      }
    }
    for (const live of this.liveByConversation.get(conversationId) ?? []) {
      live.participants = live.participants.filter((id) => id !== userId);
      if (live.header.senderId === userId) void this.finish(live, 'complete');
    }
  }

  /** The connection went away: its live messages wait liveResumeGraceMs for a resume. */
  sessionClosed(session: Device): void {
    for (const listener of [...session.listeners.values()]) {
      if (listener instanceof MessageListener) listener.detach();
    }
    for (const messageId of session.sending) {
      const live = this.live.get(messageId);
      if (!live || live.sender !== session) continue;
      live.sender = null;
      live.graceTimer = setTimeout(() => void this.finish(live, 'interrupted'), this.options.liveResumeGraceMs);
      live.graceTimer.unref();
    }
    session.sending.clear();
  }

  /** Ends every live message as interrupted (resumable after restart) and waits for storage. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.live.values()].map((live) => this.finish(live, 'interrupted')));
    this.acks.close();
    await this.options.timeline.flush();
  }

  private reattach(live: LiveMessage, session: Device, who: DeviceIdentity, ref: number): void {
    if (live.header.senderId !== who.userId) throw new VoxError('VOX_MESSAGE_EXISTS');
    if (live.ending) throw new VoxError('VOX_MESSAGE_NOT_LIVE', 'message is ending');
    if (live.sender && live.sender !== session) live.sender.sending.delete(live.id);
    clearTimeout(live.graceTimer);
    live.sender = session;
    session.sending.add(live.id);
    live.ackedSeq = Math.max(live.ackedSeq, live.ackableCount - 1);
    live.ackedAt = performance.now();
    session.send({ ref, type: 'ack', ack: { messageId: live.id, seq: live.ackedSeq } });
  }

  /** start_message for a message already stored: finished → report it; interrupted → resume it. */
  private async resumeStored(stored: MessageRecord, session: Device, who: DeviceIdentity, ref: number): Promise<void> {
    if (stored.senderId !== who.userId || stored.contentType !== 'voice') throw new VoxError('VOX_MESSAGE_EXISTS');
    assertNotGone(stored);
    // Live on another router of the ring: take it over from there (one writer per body).
    const selfId = this.options.relay?.selfId;
    if (stored.state === 'live' && selfId !== undefined && stored.liveRouter !== undefined && stored.liveRouter !== selfId) {
      return this.takeOver(stored, session, who, ref);
    }
    if (stored.state === 'complete') {
      session.send({ ref, type: 'ack', ack: { messageId: stored.id, seq: stored.chunkCount - 1 } });
      session.send({ ref, type: 'messageEnd', messageEnd: { messageId: stored.id, chunkCount: stored.chunkCount, state: 'COMPLETE' } });
      return;
    }
    const writer = await this.openWriter(stored.id);
    const chunks = (await this.options.bodies.read(stored.id, 0)).map((c) => c.payload);
    const again = this.live.get(stored.id);
    if (again) return this.reattach(again, session, who, ref);
    const conversation = await this.options.directory.requireParticipant(stored.conversationId, who.userId);
    const liveRouter = this.options.relay?.selfId;
    Object.assign(stored, { state: 'live', endedAt: null, chunkCount: chunks.length }, liveRouter ? { liveRouter } : {});
    await this.options.headers.updateMessage(stored.id, { state: 'live', endedAt: null, ...(liveRouter ? { liveRouter } : {}) });
    const participants = audience(stored, conversation.participants);
    const opus = stored.opus ?? { ...DEFAULT_OPUS };
    const live = new LiveMessage(new ChunkSource(stored.id, stored, chunks, null), writer, session, participants, opus.frameDurationUs);
    this.register(live, session);
    session.send({ ref, type: 'ack', ack: { messageId: stored.id, seq: writer.durableCount - 1 } });
    this.relayLive(live);
    this.options.presence.start(stored.conversationId, stored.id, who.userId, participants);
    this.options.logger.info({ messageId: stored.id, chunks: chunks.length }, 'interrupted message resumed');
  }

  /**
   * The talker of a message live on another router resumed here (its home
   * moved, that router drains, or died). A reachable router hands the
   * message over; an unreachable one is presumed dead and the message is
   * claimed from what this router holds (its replica, else its mirror, else
   * storage). The talker's ack says where to continue.
   */
  private async takeOver(stored: MessageRecord, session: Device, who: DeviceIdentity, ref: number): Promise<void> {
    const relay = this.options.relay;
    const from = stored.liveRouter;
    if (!relay || from === undefined) throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE');
    if (relay.reachable(from)) {
      const answer = await relay.requestTakeover(from, stored.id);
      if (!answer) throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE', `router ${from} did not hand the message over; retry`);
      if (answer.handedOver) {
        await this.mirrorHolds(stored.id, answer.chunkCount);
      } else {
        // Not live there: it may have just ended (or moved); the header says what it is now.
        const fresh = await this.options.headers.getMessage(stored.id);
        if (fresh && (fresh.state !== 'live' || fresh.liveRouter !== from)) return this.resumeStored(fresh, session, who, ref);
      }
    }
    const again = this.live.get(stored.id);
    if (again) return this.reattach(again, session, who, ref);
    await this.options.directory.requireParticipant(stored.conversationId, who.userId);
    const live = await this.claim(stored, session, relay.reachable(from) ? from : undefined);
    if (!live) throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE', 'message is being taken over; retry');
    live.ackedSeq = live.writer.durableCount - 1;
    session.send({ ref, type: 'ack', ack: { messageId: stored.id, seq: live.ackedSeq } });
    this.options.logger.info({ messageId: stored.id, from, chunks: live.chunkCount }, 'live message taken over');
  }

  /** Resolves once the mirror of `id` holds `count` chunks (or ended), or after MIRROR_CATCH_UP_MS. */
  private mirrorHolds(id: MessageId, count: number): Promise<void> {
    const source = this.mirrors.get(id)?.source;
    return source ? sourceHolds(source, count, MIRROR_CATCH_UP_MS) : Promise.resolve();
  }

  /**
   * Makes a message live on another router this router's: the mirror (if
   * any) becomes the live source, the replica copy (if any) its body, the
   * header names this router. Undefined when it became live here meanwhile.
   */
  private async claim(stored: MessageRecord, session: Device | null, previous?: string): Promise<LiveMessage | undefined> {
    const id = stored.id;
    const mirror = this.mirrors.take(id);
    let writer = mirror?.replica ? await mirror.replica.opening : undefined;
    if (writer) await this.options.bodies.adopt(id);
    else writer = await this.openWriter(id);
    const chunks = mirror?.source.chunks ?? new ChunkList();
    if (writer.appendedCount > chunks.length) {
      for (const c of await this.options.bodies.read(id, chunks.length)) if (c.seq === chunks.length) chunks.push(c.payload);
    }
    appendMissing(writer, chunks);
    if (this.live.has(id)) return undefined;
    const conversation = await this.options.directory.get(stored.conversationId);
    const participants = mirror?.participants ?? audience(stored, conversation?.participants ?? []);
    const opus = stored.opus ?? { ...DEFAULT_OPUS };
    const byteCount = chunks.byteLength;
    const durationMs = Math.round((chunks.length * opus.frameDurationUs) / 1000);
    Object.assign(stored, { state: 'live', endedAt: null, chunkCount: chunks.length, byteCount, durationMs, liveRouter: this.options.relay?.selfId });
    await this.options.headers.updateMessage(id, { state: 'live', endedAt: null, ...(stored.liveRouter ? { liveRouter: stored.liveRouter } : {}) });
    const source = mirror?.source ?? new ChunkSource(id, stored, chunks, null);
    source.header = stored;
    const live = new LiveMessage(source, writer, session, participants, opus.frameDurationUs);
    this.register(live, session);
    this.relayLive(live, previous);
    if (!mirror) this.options.presence.start(stored.conversationId, id, stored.senderId, participants);
    return live;
  }

  /** Relays a message live here to the routers of its audience (and `alsoTo`), and to a replica. */
  private relayLive(live: LiveMessage, alsoTo?: string): void {
    const relay = this.options.relay;
    if (!relay) return;
    relay.relayLive(live.source, live.participants, alsoTo);
    live.replicaRouter = relay.replicate(live.source, live.participants, live.header.senderId, alsoTo);
    live.replicaCount = 0;
  }

  /** Listeners of live messages behind the head, for the catch-up gauges. Walks every live listener: scrape time only. */
  catchUpDistance(): CatchUpDistance {
    return catchUpDistance([...this.live.values()].map((live) => live.source));
  }


  /** `isNew`: the header was just inserted, so no body of this id exists anywhere. */
  private openWriter(id: MessageId, isNew = false) {
    const bodies = this.options.bodies;
    const open = () => bodies.openWriter(id, { isNew });
    return this.metrics ? this.metrics.timeStorage('body', 'open', open) : open();
  }

  private register(live: LiveMessage, session: Device | null): void {
    this.metrics?.messageLive(live.id, live.writer.durableCount);
    this.live.set(live.id, live);
    let set = this.liveByConversation.get(live.conversationId);
    if (!set) this.liveByConversation.set(live.conversationId, (set = new Set()));
    set.add(live);
    session?.sending.add(live.id);
  }

  private unregister(live: LiveMessage): void {
    this.live.delete(live.id);
    this.metrics?.messageGone(live.id);
    const set = this.liveByConversation.get(live.conversationId);
    if (set) {
      set.delete(live);
      if (set.size === 0) this.liveByConversation.delete(live.conversationId);
    }
  }

  /** Every other connected device of a participant that monitors the conversation hears it from seq 0. */
  private attachMonitors(live: LiveMessage, sender: Device): void {
    const frame = { ref: 0, type: 'header' as const, header: toWireHeader(live.header) };
    for (const userId of live.participants) {
      for (const device of this.options.sessions.devicesOf(userId)) {
        if (device === sender || !device.monitored.has(live.conversationId)) continue;
        device.send(frame);
        new MessageListener(device, live.source, 0).attach();
      }
    }
  }



  private finish(live: LiveMessage, state: MessageState): Promise<void> {
    live.ending ??= this.doFinish(live, state);
    return live.ending;
  }

  private async doFinish(live: LiveMessage, state: MessageState): Promise<void> {
    clearTimeout(live.graceTimer);
    this.acks.forget(live);
    const header = live.header;
    try {
      await (this.metrics ? this.metrics.timeStorage('body', 'finish', () => live.writer.finish()) : live.writer.finish());
    } catch (err) {
      this.options.logger.error({ err, messageId: live.id }, 'body finish failed');
    }
    header.state = state;
    header.endedAt = new Date(this.now());
    // A recall ends the stream first; recall() then marks the header and announces it.
    const recalled = state === 'recalled';
    // Another router may have claimed the message while this one was cut off from the ring: its header is not ours to end.
    const owned = await this.stillOwned(live);
    try {
      if (!recalled && owned) {
        await this.options.headers.updateMessage(live.id, {
          state,
          endedAt: header.endedAt,
          durationMs: header.durationMs,
          chunkCount: header.chunkCount,
          byteCount: header.byteCount,
        });
      }
    } catch (err) {
      this.options.logger.error({ err, messageId: live.id }, 'header update at end failed');
    }
    this.unregister(live);
    if (owned) this.options.relay?.liveEnded(live.id);
    live.source.endState = stateName(state);
    live.source.wake();
    const sender = live.sender;
    if (sender) {
      sender.sending.delete(live.id);
      sender.send({ ref: 0, type: 'ack', ack: { messageId: live.id, seq: live.writer.durableCount - 1 } });
      sender.send({ ref: live.endRef, type: 'messageEnd', messageEnd: { messageId: live.id, chunkCount: live.chunkCount, state: stateName(state) } });
    }
    this.options.presence.stop(live.conversationId, live.id, live.participants);
    if (!recalled && owned) void this.publishHeader(live.participants, header, 'message_ended');
  }

  /** In a ring: false when the stored header names another router now. Single router: always true. */
  private async stillOwned(live: LiveMessage): Promise<boolean> {
    const selfId = this.options.relay?.selfId;
    if (selfId === undefined) return true;
    try {
      const stored = await this.options.headers.getMessage(live.id);
      if (!stored || stored.liveRouter === undefined || stored.liveRouter === selfId) return true;
      this.options.logger.warn({ messageId: live.id, now: stored.liveRouter }, 'message was taken over by another router; ending only here');
      return false;
    } catch {
      return true;
    }
  }

  /** A message held by another router (live there, or its body only there): fetched over the relay link. */
  private async remoteSource(header: MessageRecord): Promise<ChunkSource | undefined> {
    const relay = this.options.relay;
    const origin = header.liveRouter;
    if (!relay || origin === undefined || origin === relay.selfId) return undefined;
    if (header.contentType !== 'voice' && header.contentType !== 'image') return undefined;
    if (header.state !== 'live' && this.options.bodiesShared) return undefined;
    return relay.fetch(origin, header.id);
  }

  private async storedSource(header: MessageRecord): Promise<ChunkSource> {
    const hasBody = header.contentType === 'voice' || header.contentType === 'image';
    const chunks = hasBody ? (await this.options.bodies.read(header.id, 0)).map((c) => c.payload) : [];
    // A body another router owns, that router out of reach: what this disk has may be an old partial copy.
    const owner = header.liveRouter;
    if (hasBody && owner !== undefined && owner !== this.options.relay?.selfId && chunks.length < header.chunkCount) {
      throw new VoxError('VOX_STORAGE_FAILED', `the body of this message is on router ${owner}, which cannot be reached now; try again`);
    }
    return new ChunkSource(header.id, header, chunks, stateName(header.state === 'live' ? 'interrupted' : header.state));
  }

  private publishHeader(
    userIds: readonly UserId[],
    header: MessageRecord,
    kind: 'message_new' | 'message_ended' | 'message_recalled' | 'message_expired',
  ): Promise<void> {
    return this.options.timeline.publish(userIds, {
      kind,
      conversationId: header.conversationId,
      messageId: header.id,
      payload: { header: toWireHeader(header) },
    });
  }

}
