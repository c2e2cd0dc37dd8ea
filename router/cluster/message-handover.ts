/**
 * Live messages moving between routers of a ring. Owns the mirrors (messages
 * live elsewhere, relayed here; a replica's durable copy), relays messages
 * live here to the routers of their audience and to a replica, hands a
 * message over to the router its talker resumed on, takes one over (from
 * its router, or claimed when that router is gone), finishes the orphans of
 * a router that left, and answers other routers asking for a message.
 */
import { toVoxError, VoxError } from '../../common/errors.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import { opusPacketsSamples, opusSamplesToMs } from '../../common/opus-packet.js';
import type { BodyStore, BodyWriter } from '../../body-store/body-store.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import type { MessageStateName } from '../../proto/frames.js';
import { ChunkList } from '../stream/chunk-list.js';
import { ChunkSource, sourceHolds } from '../stream/chunk-source.js';
import { LiveMessage } from '../stream/live-message.js';
import { audience, DEFAULT_OPUS } from '../stream/message-rules.js';
import { storedSource } from '../stream/stored-source.js';
import type { Device, DeviceIdentity } from '../delivery/device.js';
import { stateName } from '../wire-mappers.js';
import type { MessageRelay } from './message-relay.js';
import { appendMissing, MirrorTable, type Mirror } from './mirror-table.js';
import { StaleMirrors } from './stale-mirrors.js';
import type { RingServices } from './ring.js';

/** How long a takeover waits for the chunks the previous router relayed. */
const MIRROR_CATCH_UP_MS = 3000;
/** A live mirror its router has not fed for this long is checked against the header store (stale-mirrors.ts). */
const MIRROR_IDLE_MS = 5000;

/** How a claim goes: see claim(). */
interface ClaimOptions {
  /** The router the message was live on, when it is reachable (it keeps a mirror this router feeds). */
  previous?: string | undefined;
  /** Gather the copies other routers hold first (default true; false after a handover). */
  gather?: boolean;
  /** Chunks acked to the talker: a claim from fewer is refused. */
  ackedCount?: number;
  /** The body writer, opened already (a takeover opens it before the previous router lets go). */
  writer?: BodyWriter;
}

export interface MessageHandoverOptions {
  relay: MessageRelay;
  services: RingServices;
  headers: HeaderStore;
  bodies: BodyStore;
  logger: Logger;
  /** How long a talker whose router left has to resume elsewhere. */
  liveResumeGraceMs: number;
  /** Bodies are readable from every router (CouchDB): stored messages need no fetch from their router. */
  bodiesShared: boolean;
}

export class MessageHandover {
  private readonly mirrors: MirrorTable;
  private readonly staleMirrors: StaleMirrors;

  constructor(private readonly options: MessageHandoverOptions) {
    const { services } = options;
    this.mirrors = new MirrorTable({
      bodies: options.bodies,
      presence: services.presence,
      devices: services.devices,
      logger: options.logger,
      orphanGraceMs: options.liveResumeGraceMs,
      relay: options.relay,
      onOrphan: (id, origin, mirror) => void this.orphaned(id, origin, mirror),
      isLiveOn: (id, origin) => this.isLiveOn(id, origin),
    });
    const { headers, bodies, bodiesShared, logger } = options;
    this.staleMirrors = new StaleMirrors({ mirrors: this.mirrors, headers, bodies, bodiesShared, logger, idleMs: MIRROR_IDLE_MS });
  }

  close(): void {
    this.staleMirrors.close();
  }

  private get live() {
    return this.options.services.live;
  }

  get mirrorCount(): number {
    return this.mirrors.size;
  }

  mirrorSource(id: MessageId): ChunkSource | undefined {
    return this.mirrors.get(id)?.source;
  }

  /** A message live here or mirrored here. */
  liveSource(id: MessageId): ChunkSource | undefined {
    return this.live.get(id)?.source ?? this.mirrorSource(id);
  }

  mirroredLive(conversationId: ConversationId): ChunkSource[] {
    const sources: ChunkSource[] = [];
    for (const { source } of this.mirrors.values()) {
      if (source.header.conversationId === conversationId && source.endState === null && source.header.state === 'live') sources.push(source);
    }
    return sources;
  }

  /** Relays a message live here to the routers of its audience (and `alsoTo`), and to a replica. */
  liveStarted(live: LiveMessage, alsoTo?: string): void {
    const relay = this.options.relay;
    relay.relayLive(live.source, live.participants, alsoTo);
    live.setReplica(relay.replicate(live.source, live.participants, live.header.senderId, live.replicaExclusions(alsoTo)));
  }

  /** False when the stored header names another router now. */
  async ownsLive(id: MessageId): Promise<boolean> {
    try {
      const stored = await this.options.headers.getMessage(id);
      if (!stored || stored.liveRouter === undefined || stored.liveRouter === this.options.relay.selfId) return true;
      this.options.logger.warn({ messageId: id, now: stored.liveRouter }, 'message was taken over by another router; ending only here');
      return false;
    } catch {
      return true;
    }
  }

  /** False when the stored header says the message ended, or is live on another router than `origin`; true when it cannot be read. */
  private async isLiveOn(id: MessageId, origin: string): Promise<boolean> {
    const stored = await this.options.headers.getMessage(id).catch(() => undefined);
    return stored === undefined || (stored.state === 'live' && (stored.liveRouter === undefined || stored.liveRouter === origin));
  }

  liveElsewhere(stored: MessageRecord): boolean {
    return stored.state === 'live' && stored.liveRouter !== undefined && stored.liveRouter !== this.options.relay.selfId;
  }

  /** A message held by another router (live there, or its body only there): fetched over the relay link. */
  async remoteSource(header: MessageRecord, notShared = false): Promise<ChunkSource | undefined> {
    const relay = this.options.relay;
    const origin = header.liveRouter;
    if (origin === undefined || origin === relay.selfId) return undefined;
    if (header.contentType !== 'voice' && header.contentType !== 'image') return undefined;
    if (header.state !== 'live' && this.options.bodiesShared && !notShared) return undefined;
    return relay.fetch(origin, header.id);
  }

  /** A group commit made a body durable up to `durableCount`: a replica copy acks it to the message's router. */
  durable(id: MessageId, durableCount: number): void {
    if (!this.live.get(id)) this.mirrors.durable(id, durableCount);
  }

  /** The replica router of a message live here made `durableCount` chunks durable. */
  replicaAcked(from: string, messageId: MessageId, durableCount: number): void {
    const live = this.live.get(messageId);
    if (live?.replicaAcked(from, durableCount)) this.live.paceAck(live);
  }

  /**
   * The replica router of a message live here cannot keep a copy (its body
   * store refused to open one: a full or read-only disk). The next router on
   * the sender's route becomes the replica (acks wait until it caught up);
   * with none left, the copy here alone is acked, as with no router reachable.
   */
  replicaRefused(from: string, messageId: MessageId): void {
    const live = this.live.get(messageId);
    if (!live?.replicaRefused(from) || live.state === 'ending') return;
    const next = this.options.relay.replicate(live.source, live.participants, live.header.senderId, live.replicaExclusions(from));
    live.setReplica(next);
    this.options.logger.warn({ messageId, refused: from, replica: next ?? null }, 'replica refused to keep a copy; replicating elsewhere');
    this.live.paceAck(live);
  }

  /**
   * The link to router `peer` was lost: messages live here that it
   * replicated get a new replica (acks wait until it caught up), or none
   * when no other router is reachable.
   */
  linkLost(peer: string): void {
    for (const live of this.live.values()) {
      if (live.replicaRouter !== peer || live.state === 'ending') continue;
      live.setReplica(this.options.relay.replicate(live.source, live.participants, live.header.senderId, live.replicaExclusions(peer)));
      this.live.paceAck(live);
    }
  }

  /**
   * A link came up: messages live here without a replica (none was
   * reachable, or every one refused) get one now; acks wait until it caught up.
   */
  linkUp(): void {
    for (const live of this.live.values()) {
      if (live.replicaRouter !== undefined || live.state === 'ending') continue;
      live.setReplica(this.options.relay.replicate(live.source, live.participants, live.header.senderId, live.replicaExclusions()));
      this.live.paceAck(live);
    }
  }

  /** The relay link brought a message's header: opens (or keeps, now fed by `origin`) its mirror. */
  openMirror(origin: string, header: MessageRecord, participants: UserId[], replicate = false): ChunkSource {
    const live = this.live.get(header.id);
    if (live && !this.mirrors.get(header.id)) return live.source; // an echo of a message taken over here
    return this.mirrors.open(origin, header, participants, replicate);
  }

  mirrorChunk(id: MessageId, seq: number, payload: Uint8Array, receivedAtMs = 0): void {
    this.mirrors.chunk(id, seq, payload, receivedAtMs);
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
    if (!mirror.replica || this.live.closing) {
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
      if (!live) return; // ended or moved meanwhile: the stale-mirror check ends the mirror as the header says
      await this.live.finish(live, 'interrupted');
      this.options.logger.info({ messageId: id, chunks: live.chunkCount, from: origin }, 'orphaned message finished from its replica');
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
    if (!live || live.state === 'ending') return undefined;
    this.live.release(live);
    const count = live.chunkCount;
    this.mirrors.add(live.source, to, live.participants);
    this.options.relay.liveHandedOver(live.source, live.participants, to, count);
    void this.options.bodies.release(id).catch((err: unknown) => this.options.logger.warn({ err, messageId: id }, 'body release after handover failed'));
    this.options.logger.info({ messageId: id, to, chunks: count }, 'live message handed over');
    return count;
  }

  /**
   * Router `to` takes over a message that is not live here but mirrored here
   * (its router is gone): relays it the chunks held here, so that it starts
   * from the longest copy in the ring, whoever held the replica. Returns
   * the chunks relayed (0 when none are held here).
   */
  relayCopy(id: MessageId, to: string): number {
    const mirror = this.mirrors.get(id);
    const count = mirror?.source.chunks.length ?? 0;
    if (!mirror || count === 0) return 0;
    this.options.relay.relayCopy(mirror.source, mirror.participants, to, count);
    this.options.logger.info({ messageId: id, to, chunks: count, replica: mirror.replica !== undefined }, 'copy of a message relayed to the router taking it over');
    return count;
  }

  /** What this router can relay to another one that asked: a message live here, or its stored body. */
  async sourceForPeer(id: MessageId): Promise<{ source: ChunkSource; participants: UserId[] } | undefined> {
    const live = this.live.get(id);
    if (live) return { source: live.source, participants: live.participants };
    const header = await this.options.headers.getMessage(id);
    if (!header || header.state === 'recalled' || header.state === 'expired') return undefined;
    const selfId = this.options.relay.selfId;
    if (header.liveRouter !== undefined && header.liveRouter !== selfId && !this.options.bodiesShared) return undefined;
    return { source: await storedSource(this.options.bodies, header, selfId), participants: [] };
  }

  /**
   * The talker of a message live on another router resumed here (its home
   * moved, that router drains, or died). A reachable router hands the
   * message over; an unreachable one is presumed dead and the message is
   * claimed from what this router holds (its replica, else its mirror, else
   * storage). The talker's ack says where to continue.
   */
  async takeOver(stored: MessageRecord, device: Device, who: DeviceIdentity, ref: number, ackedCount = 0): Promise<void> {
    const relay = this.options.relay;
    const from = stored.liveRouter;
    if (from === undefined) throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE');
    // Opened before the message's router is asked to let go: it drops its copy of the body on handing over,
    // so a router that cannot write one (a read-only or full disk) must refuse first (`make chaos` seed 7: 79 acked chunks lost).
    const writer = relay.reachable(from) ? await this.claimWriter(stored.id) : undefined;
    try {
      await this.takeOverFrom(from, writer, stored, device, who, ref, ackedCount);
    } finally {
      if (writer) this.releaseUnused(stored.id, writer);
    }
  }

  private async takeOverFrom(from: string, writer: BodyWriter | undefined, stored: MessageRecord, device: Device, who: DeviceIdentity, ref: number, ackedCount: number): Promise<void> {
    const relay = this.options.relay;
    let handedOver = false;
    if (relay.reachable(from)) {
      const answer = await relay.requestTakeover(from, stored.id);
      if (!answer) throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE', `router ${from} did not hand the message over; retry`);
      handedOver = answer.handedOver;
      if (answer.handedOver) {
        await this.mirrorHolds(stored.id, answer.chunkCount);
      } else {
        // Not live there: it may have just ended (or moved); the header says what it is now.
        const fresh = await this.options.headers.getMessage(stored.id);
        if (fresh && (fresh.state !== 'live' || fresh.liveRouter !== from)) return this.live.resumeStored(fresh, device, who, ref, ackedCount);
      }
    }
    const again = this.live.get(stored.id);
    if (again) return this.live.reattach(again, device, who, ref);
    await this.options.services.directory.requireParticipant(stored.conversationId, who.userId);
    // Handed over, the mirror here holds what its router had; claimed, the longest copy left in the ring is gathered.
    const live = await this.claim(stored, device, { previous: relay.reachable(from) ? from : undefined, gather: !handedOver, ackedCount, ...(writer ? { writer } : {}) });
    if (!live) throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE', 'message is being taken over; retry');
    live.ackedSeq = live.writer.durableCount - 1;
    device.send({ ref, type: 'ack', ack: { messageId: stored.id, seq: live.ackedSeq } });
    this.options.logger.info({ messageId: stored.id, from, chunks: live.chunkCount }, 'live message taken over');
  }

  /** Resolves once the mirror of `id` holds `count` chunks (or ended), or after MIRROR_CATCH_UP_MS. */
  private mirrorHolds(id: MessageId, count: number): Promise<void> {
    const source = this.mirrorSource(id);
    return source ? sourceHolds(source, count, MIRROR_CATCH_UP_MS) : Promise.resolve();
  }

  /**
   * Asks every other router linked now for the chunks it holds of `id` (a
   * replica, a mirror): they relay them into the mirror here. The replica of
   * a message is not always on the router its talker fails over to (that
   * router was away when the message started, or refused the copy), so a
   * router claiming it from a dead one starts from the longest copy left.
   * Resolves once the mirror holds the most any of them has (or after
   * MIRROR_CATCH_UP_MS) with the router that handed the message over, should
   * one still have had it live.
   */
  private async gatherCopies(id: MessageId): Promise<string | undefined> {
    const relay = this.options.relay;
    const peers = relay.linkedPeers();
    const answers = await Promise.all(peers.map((peer) => relay.requestTakeover(peer, id)));
    const most = Math.max(0, ...answers.map((answer) => answer?.chunkCount ?? 0));
    if (most > 0) await this.mirrorHolds(id, most);
    return peers.find((_, i) => answers[i]?.handedOver);
  }

  /**
   * The body writer of a message this router claims: its replica copy, else a
   * body opened here (claim() adopts a replica). Opened before anything
   * changes, so that a router whose body store refuses (a full or read-only
   * disk) turns the talker away with a retryable error rather than take the
   * message with nothing and lose what was acked.
   */
  private async claimWriter(id: MessageId): Promise<BodyWriter> {
    const replica = this.mirrors.get(id)?.replica;
    const writer = replica ? await replica.opening : undefined;
    if (writer) return writer;
    try {
      return await this.live.openWriter(id);
    } catch (err) {
      this.options.logger.warn({ err, messageId: id }, 'cannot open the body of a message to take over; refused');
      throw toVoxError(err, 'VOX_STORAGE_FAILED');
    }
  }

  /** A claim that did not happen: a body opened just for it, still empty, is not kept (a replica copy, or chunks held here, are). */
  private releaseUnused(id: MessageId, writer: BodyWriter): void {
    if (this.live.get(id) || this.mirrors.get(id)?.replica || writer.appendedCount > 0) return;
    void this.options.bodies.release(id).catch(() => undefined);
  }

  /**
   * The talker was acked `ackedCount` chunks, and neither the mirror here
   * (gathered copies included) nor the body holds that many: the rest is on
   * a router out of reach (the dead one acked alone, its replica being
   * unreachable or refused). Taking the message now would end it without
   * them, so the talker is told to try again; the message waits for that
   * router, or its replica's orphan grace, to finish it with every chunk.
   */
  private refuseShortClaim(id: MessageId, writer: BodyWriter, ackedCount: number): void {
    const held = Math.max(this.mirrors.get(id)?.source.chunks.length ?? 0, writer.appendedCount);
    if (held >= ackedCount) return;
    this.options.logger.warn({ messageId: id, held, acked: ackedCount }, 'takeover refused: fewer chunks here than were acked');
    this.releaseUnused(id, writer);
    throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE', `${held} of the ${ackedCount} chunks acked to you are here; the rest is on a router that cannot be reached now: retry`);
  }

  /**
   * Makes a message live on another router this router's: the mirror (if
   * any) becomes the live source, the replica copy (if any) its body, the
   * header names this router. With `gather`, the copies other routers hold
   * fill the mirror first (gatherCopies). Undefined when it became live
   * here meanwhile, or its header no longer names the router it was live on.
   */
  private async claim(stored: MessageRecord, device: Device | null, how: ClaimOptions = {}): Promise<LiveMessage | undefined> {
    const { bodies, headers, services } = this.options;
    const id = stored.id;
    const writer = how.writer ?? (await this.claimWriter(id));
    const previous = (how.gather !== false ? await this.gatherCopies(id) : undefined) ?? how.previous;
    this.refuseShortClaim(id, writer, how.ackedCount ?? 0);
    if (this.live.get(id)) return undefined;
    // The header names this router only while it still names the one the message was live on: a message that ended or
    // moved during the claim (its router came back and finished it, another router claimed it) is not taken from under it.
    const liveRouter = this.options.relay.selfId;
    if (!(await headers.updateLiveMessage(id, { liveRouter }, stored.liveRouter ?? null))) {
      this.options.logger.warn({ messageId: id, was: stored.liveRouter }, 'claim abandoned: the message ended or moved meanwhile');
      this.releaseUnused(id, writer);
      return undefined;
    }
    // A replica copy becomes this router's body (a no-op for a body opened here).
    await bodies.adopt(id);
    const mirror = this.mirrors.take(id);
    const chunks = mirror?.source.chunks ?? new ChunkList();
    if (writer.appendedCount > chunks.length) {
      for (const c of await bodies.read(id, chunks.length)) if (c.seq === chunks.length) chunks.push(c.payload);
    }
    appendMissing(writer, chunks);
    if (this.live.get(id)) return undefined;
    const conversation = await services.directory.get(stored.conversationId);
    const participants = mirror?.participants ?? (await services.blocks.withoutBlockersOf(stored.senderId, audience(stored, conversation?.participants ?? [])));
    const opus = stored.opus ?? { ...DEFAULT_OPUS };
    const byteCount = chunks.byteLength;
    const durationMs = opusSamplesToMs(opusPacketsSamples(chunks.toArray()));
    Object.assign(stored, { state: 'live', endedAt: null, chunkCount: chunks.length, byteCount, durationMs, liveRouter });
    const source = mirror?.source ?? new ChunkSource(id, stored, chunks, null);
    source.header = stored;
    const live = new LiveMessage(source, writer, participants, opus.frameDurationUs);
    this.live.register(live, device);
    this.liveStarted(live, previous);
    if (!mirror) services.presence.start(stored.conversationId, id, stored.senderId, participants);
    return live;
  }
}
