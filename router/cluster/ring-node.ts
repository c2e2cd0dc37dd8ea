/**
 * This router as a member of a ring: owns the membership (Redis or a static
 * peer list), the hash ring rebuilt on every membership change, the hot
 * state, and one relay link per other router. It relays live messages to the
 * routers home to their participants, fetches messages held elsewhere, pushes
 * timeline events to users homed elsewhere, and hands what arrives on the
 * links to the message and timeline services.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RouterConfig } from '../../common/config.js';
import type { ConversationId, MessageId, RouterId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import { HashRing } from '../../ring/hash-ring.js';
import type { HotState, LiveEntry } from '../../header-store/hot-state.js';
import type { Membership, MembershipChange } from '../../ring/membership.js';
import { MemoryHotState } from '../../header-store/memory-hot-state.js';
import { createRedisHotState } from '../../header-store/redis-hot-state.js';
import { RedisMembership } from '../../ring/redis-membership.js';
import { activeRouterIds, isRouterId, type RouterInfo } from '../../ring/router-info.js';
import { parsePeers, StaticMembership } from '../../ring/static-membership.js';
import type { MessageStateName, RelayFrame, TimelineEvent } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { MessageRelay, TakeoverAnswer } from './message-relay.js';
import type { MessageService } from '../stream/message-service.js';
import { LINK_PATH, LINK_SECRET_HEADER, RelayLink, type LinkChannel } from './relay-link.js';
import type { RemoteTimelinePush, TimelineService } from '../people/timeline-service.js';
import type { TransportConnection, UpgradeDecision, UpgradeRequest } from '../edge/transport.js';
import { fromWireHeader } from '../wire-mappers.js';

/** How long a fetch waits for the other router's header before falling back to local storage. */
export const FETCH_TIMEOUT_MS = 3000;

/**
 * How often the hot-state repair runs: after a Redis outage (membership was
 * degraded, or a hot-state write failed) this router writes its live index
 * entries again, since a restarted Redis comes back empty.
 */
export const HOT_STATE_REPAIR_MS = 1000;

export interface RingNodeOptions {
  config: Readonly<RouterConfig>;
  logger: Logger;
}

/** What the links deliver into: set once the services exist. */
export interface RingServices {
  messages: MessageService;
  timeline: TimelineService;
  /** Another router changed a conversation: drop the cached copy here (and stop what removed users hear). */
  conversationChanged(conversationId: ConversationId): void;
  /** A relay link (re)connected: changes made while it was down may have been missed. */
  conversationsStale(): void;
}

/** Called after the ring changed, or a lost link came back (users served here whose home is elsewhere are to be migrated). */
export type RingChangeListener = (ring: HashRing, previous: HashRing) => void;

interface PendingFetch {
  resolve(source: ChunkSource | undefined): void;
  timer: NodeJS.Timeout;
}

interface PendingTakeover {
  resolve(answer: TakeoverAnswer | undefined): void;
  timer: NodeJS.Timeout;
}

export class RingNode implements MessageRelay, RemoteTimelinePush {
  readonly selfId: RouterId;
  private ringView: HashRing;
  private membership: Membership | undefined;
  private hot: HotState | undefined;
  private services: RingServices | undefined;
  private readonly links = new Map<string, RelayLink>();
  private readonly byConnection = new Map<TransportConnection, { link: RelayLink; channel: LinkChannel }>();
  private readonly pending = new Map<MessageId, PendingFetch[]>();
  private readonly takeovers = new Map<string, PendingTakeover>();
  private readonly changeListeners: RingChangeListener[] = [];
  private members: RouterInfo[] = [];
  private closed = false;
  /** The live index entries this router owns (what setLive wrote), kept to republish after a Redis outage. */
  private readonly ownLive = new Map<MessageId, LiveEntry>();
  /** Ended messages whose removeLive failed, retried by the repair. */
  private readonly staleLive = new Set<MessageId>();
  private repairNeeded = false;
  private repairTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: RingNodeOptions) {
    this.selfId = options.config.routerId as RouterId;
    this.ringView = new HashRing([this.selfId], { vnodes: options.config.ringVnodes });
  }

  get ring(): HashRing {
    return this.ringView;
  }

  get hotState(): HotState | undefined {
    return this.hot;
  }

  /** Joins the ring once the router listens (its URLs are known). */
  async start(self: RouterInfo, services: RingServices): Promise<void> {
    const { config, logger } = this.options;
    this.services = services;
    if (config.redisUrl) {
      this.hot = await createRedisHotState({ url: config.redisUrl, keyPrefix: config.redisKeyPrefix, logger });
      this.membership = new RedisMembership({
        url: config.redisUrl,
        keyPrefix: config.redisKeyPrefix,
        self,
        logger,
        ttlMs: config.heartbeatTtlMs,
      });
    } else {
      this.hot = new MemoryHotState();
      this.membership = new StaticMembership({ self, peers: parsePeers(config.peers ?? ''), logger });
    }
    this.membership.onChange((change) => this.membershipChanged(change));
    await this.membership.start();
    this.membershipChanged({ members: this.membership.members(), joined: [], left: [], updated: [] });
    this.repairTimer = setInterval(() => void this.repairHotState(), HOT_STATE_REPAIR_MS);
    this.repairTimer.unref();
  }

  onRingChange(listener: RingChangeListener): void {
    this.changeListeners.push(listener);
  }

  /** Members as last seen (draining ones included). */
  memberList(): RouterInfo[] {
    return this.members;
  }

  member(id: string): RouterInfo | undefined {
    return this.members.find((m) => m.id === id);
  }

  membershipStatus(): ReturnType<Membership['status']> | undefined {
    return this.membership?.status();
  }

  /** The user's home router and fallbacks, as members (the home first). */
  routeOf(userId: UserId): RouterInfo[] {
    return this.ringView
      .route(userId)
      .map((id) => this.member(id))
      .filter((m): m is RouterInfo => m !== undefined);
  }

  /**
   * False while the link to `routerId` is lost: it was up and is down now
   * (a crash closes its sockets at once, long before its membership TTL
   * expires). A link never up yet counts as reachable, so that a starting
   * router still redirects.
   */
  reachable(routerId: string): boolean {
    if (routerId === this.selfId) return true;
    if (!this.member(routerId)) return false;
    const link = this.links.get(routerId);
    return !link || link.up || link.connects === 0;
  }

  /** Where a user's devices are now: the home, or while its link is lost the first reachable fallback. */
  private servingRouterOf(userId: UserId): string | undefined {
    const home = this.ringView.home(userId);
    if (home === undefined || this.reachable(home)) return home;
    return this.ringView.route(userId).find((id) => this.reachable(id));
  }

  isHome(userId: UserId): boolean {
    const home = this.ringView.home(userId);
    return home === undefined || home === this.selfId;
  }

  linkStatus(): { peer: string; state: string; relaying: number; framesSent: number; framesReceived: number; dropped: number; connects: number }[] {
    return [...this.links.values()].map((l) => ({
      peer: l.peerId,
      state: l.state,
      relaying: l.relaying,
      framesSent: l.framesSent,
      framesReceived: l.framesReceived,
      dropped: l.dropped,
      connects: l.connects,
    }));
  }

  async setDraining(draining: boolean): Promise<void> {
    await this.membership?.setDraining(draining);
  }

  // ---- MessageRelay ----

  relayLive(source: ChunkSource, participants: readonly UserId[], alsoTo?: string): void {
    const targets = new Set<string>();
    for (const userId of participants) {
      const serving = this.servingRouterOf(userId);
      if (serving !== undefined && serving !== this.selfId) targets.add(serving);
    }
    if (alsoTo !== undefined && alsoTo !== this.selfId) targets.add(alsoTo);
    for (const id of targets) this.links.get(id)?.relay(source, participants);
    const header = source.header;
    const entry: LiveEntry = {
      messageId: header.id,
      conversationId: header.conversationId,
      senderId: header.senderId,
      routerId: this.selfId,
      startedAtMs: header.startedAt.getTime(),
    };
    this.ownLive.set(header.id, entry);
    this.staleLive.delete(header.id);
    this.hot?.setLive(entry).catch((err: unknown) => {
      // Degraded, logged once by the hot state; the repair writes it again.
      this.repairNeeded = true;
      this.options.logger.debug({ err, messageId: header.id }, 'hot state setLive failed');
    });
  }

  replicate(source: ChunkSource, participants: readonly UserId[], senderId: UserId, exclude?: string): string | undefined {
    // The sender's next router is where it fails over to: the replica is there when this router dies.
    for (const id of this.ringView.route(senderId)) {
      if (id === this.selfId || id === exclude) continue;
      const link = this.links.get(id);
      if (!link?.up) continue;
      link.relay(source, participants, true);
      return id;
    }
    return undefined;
  }

  liveHandedOver(source: ChunkSource, participants: readonly UserId[], to: string, count: number): void {
    // The index entry is the new router's now (its setLive moves it): only forget it here.
    this.ownLive.delete(source.messageId);
    this.links.get(to)?.relayUpTo(source, participants, count);
  }

  replicaAck(to: string, messageId: MessageId, durableCount: number): void {
    this.links.get(to)?.sendNow({ ref: 0, type: 'replicaAck', replicaAck: { messageId, durableCount } });
  }

  requestTakeover(routerId: string, messageId: MessageId): Promise<TakeoverAnswer | undefined> {
    const link = this.links.get(routerId);
    if (!link?.up) return Promise.resolve(undefined);
    const key = `${routerId} ${messageId}`;
    this.takeovers.get(key)?.resolve(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settleTakeover(key, undefined), FETCH_TIMEOUT_MS);
      timer.unref();
      this.takeovers.set(key, { resolve, timer });
      link.sendNow({ ref: 0, type: 'takeover', takeover: { messageId } });
    });
  }

  private settleTakeover(key: string, answer: TakeoverAnswer | undefined): void {
    const pending = this.takeovers.get(key);
    if (!pending) return;
    this.takeovers.delete(key);
    clearTimeout(pending.timer);
    pending.resolve(answer);
  }

  liveEnded(messageId: MessageId): void {
    this.ownLive.delete(messageId);
    this.hot?.removeLive(messageId).catch((err: unknown) => {
      this.staleLive.add(messageId);
      this.repairNeeded = true;
      this.options.logger.debug({ err, messageId }, 'hot state removeLive failed');
    });
  }

  fetch(routerId: string, messageId: MessageId): Promise<ChunkSource | undefined> {
    const link = this.links.get(routerId);
    const have = this.services?.messages.liveSource(messageId);
    if (have) return Promise.resolve(have);
    if (!link?.up) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiting = this.pending.get(messageId) ?? [];
      const entry: PendingFetch = {
        resolve,
        timer: setTimeout(() => this.settle(messageId, undefined, entry), FETCH_TIMEOUT_MS),
      };
      entry.timer.unref();
      waiting.push(entry);
      if (waiting.length === 1) link.sendControl({ ref: 0, type: 'subscribe', subscribe: { messageId } });
      this.pending.set(messageId, waiting);
    });
  }

  /** A conversation changed here: every other router drops its cached copy (sent when links are down: queued). */
  conversationChanged(conversationId: ConversationId): void {
    for (const link of this.links.values()) link.sendControl({ ref: 0, type: 'conversationChanged', conversationChanged: { conversationId } });
  }

  // ---- RemoteTimelinePush ----

  pushRemote(userId: UserId, event: TimelineEvent): boolean {
    const home = this.servingRouterOf(userId);
    if (home === undefined || home === this.selfId) return false;
    const link = this.links.get(home);
    if (!link) return false;
    link.sendControl({ ref: 0, type: 'relayTimeline', relayTimeline: { userId, event } });
    return true;
  }

  // ---- links at the transport ----

  /** Accepts /v1/link/<router id> only with the cluster secret. */
  decideLinkUpgrade(req: UpgradeRequest): UpgradeDecision {
    const peerId = peerIdOf(req.path);
    if (peerId === undefined || peerId === this.selfId) return linkReject(404, 'VOX_NOT_FOUND', `relay links connect to ${LINK_PATH}/<router id>`);
    if (!secretMatches(req.headers[LINK_SECRET_HEADER], this.options.config.clusterSecret)) {
      return linkReject(401, 'VOX_AUTH_REQUIRED', 'relay link needs the cluster secret');
    }
    if (this.closed) return linkReject(503, 'VOX_SHUTTING_DOWN', 'router is shutting down');
    return { accept: true, protocol: null };
  }

  linkOpened(conn: TransportConnection): void {
    const peerId = peerIdOf(conn.path);
    if (peerId === undefined || this.closed) {
      conn.close(1008, 'VOX_NOT_FOUND');
      return;
    }
    const link = this.ensureLink(peerId);
    const channel: LinkChannel = {
      send: (bytes) => conn.send(bytes, true),
      close: (code, reason) => conn.close(code, reason),
    };
    this.byConnection.set(conn, { link, channel });
    link.attach(channel);
  }

  linkMessage(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void {
    if (isBinary) this.byConnection.get(conn)?.link.receive(data);
  }

  linkDrained(conn: TransportConnection): void {
    this.byConnection.get(conn)?.link.drained();
  }

  linkClosed(conn: TransportConnection): void {
    const entry = this.byConnection.get(conn);
    if (!entry) return;
    this.byConnection.delete(conn);
    entry.link.detach(entry.channel);
  }

  /** Leaves the ring, closes links and the hot state. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.repairTimer);
    for (const link of this.links.values()) link.close();
    this.links.clear();
    for (const [id, waiting] of [...this.pending]) for (const entry of waiting) this.settle(id, undefined, entry);
    for (const key of [...this.takeovers.keys()]) this.settleTakeover(key, undefined);
    await this.membership?.close().catch((err: unknown) => this.options.logger.warn({ err }, 'membership close failed'));
    await this.hot?.close().catch((err: unknown) => this.options.logger.warn({ err }, 'hot state close failed'));
  }

  private membershipChanged(change: MembershipChange): void {
    if (this.closed) return;
    this.members = change.members;
    const ids = new Set(change.members.map((m) => m.id as string));
    for (const member of change.members) {
      if (member.id === this.selfId) continue;
      const link = this.ensureLink(member.id);
      if (this.selfId < member.id) link.redial(member.linkUrl);
    }
    for (const [id, link] of [...this.links]) {
      if (ids.has(id)) continue;
      link.close();
      this.links.delete(id);
      this.services?.messages.linkLost(id);
      this.services?.messages.endMirrorsFrom(id);
    }
    const next = new HashRing(activeRouterIds(change.members), { vnodes: this.options.config.ringVnodes });
    if (next.sameAs(this.ringView)) return;
    const previous = this.ringView;
    this.ringView = next;
    this.options.logger.info({ members: next.members() }, 'ring changed');
    this.notifyChange(next, previous);
  }

  private notifyChange(next: HashRing, previous: HashRing): void {
    for (const listener of this.changeListeners) {
      try {
        listener(next, previous);
      } catch (err) {
        this.options.logger.error({ err }, 'ring change listener failed');
      }
    }
  }

  /**
   * Rewrites this router's live index entries (and retries failed removals)
   * once Redis is reachable after an outage. Never throws; a failure leaves
   * the repair for the next tick.
   */
  private async repairHotState(): Promise<void> {
    const hot = this.hot;
    if (this.closed || !hot) return;
    if (this.membership?.status().degraded) {
      this.repairNeeded = true;
      return;
    }
    if (!this.repairNeeded) return;
    this.repairNeeded = false;
    try {
      for (const entry of [...this.ownLive.values()]) await hot.setLive(entry);
      for (const id of [...this.staleLive]) {
        await hot.removeLive(id);
        this.staleLive.delete(id);
      }
      this.options.logger.info({ live: this.ownLive.size }, 'hot state repaired: live index republished');
    } catch (err) {
      this.repairNeeded = true;
      this.options.logger.debug({ err }, 'hot state repair failed; retrying');
    }
  }

  private ensureLink(peerId: string): RelayLink {
    let link = this.links.get(peerId);
    if (link) return link;
    const { config, logger } = this.options;
    // One link per pair: the router with the smaller id dials.
    const dialUrl = this.selfId < peerId ? this.member(peerId)?.linkUrl : undefined;
    link = new RelayLink({
      selfId: this.selfId,
      peerId,
      dialUrl,
      secret: config.clusterSecret ?? '',
      maxFrameBytes: config.limits.maxFrameBytes,
      highWaterMarkBytes: config.sendHighWaterMarkBytes,
      logger: logger.child({ component: 'relay-link', peer: peerId }),
      onFrame: (from, frame) => this.onFrame(from, frame),
      onUp: (up) => {
        this.services?.conversationsStale();
        // Users served here as a fallback while this link was lost go back to their home.
        if (up.connects > 1) this.notifyChange(this.ringView, this.ringView);
      },
      onDown: (down) => this.services?.messages.linkLost(down.peerId),
    });
    this.links.set(peerId, link);
    return link;
  }

  private onFrame(link: RelayLink, frame: RelayFrame): void {
    const services = this.services;
    if (!services) return;
    switch (frame.type) {
      case 'relayHeader': {
        const wire = frame.relayHeader.header;
        const header = wire && fromWireHeader(wire, link.peerId);
        if (!header) return;
        const source = services.messages.openMirror(link.peerId, header, frame.relayHeader.participantIds as UserId[], frame.relayHeader.replicate);
        this.settleAll(header.id, source);
        return;
      }
      case 'chunk':
        services.messages.mirrorChunk(frame.chunk.messageId as MessageId, frame.chunk.seq, frame.chunk.payload);
        return;
      case 'messageEnd': {
        const id = frame.messageEnd.messageId as MessageId;
        if (frame.messageEnd.state === 'MESSAGE_STATE_UNSPECIFIED') this.settleAll(id, undefined);
        else services.messages.endMirror(id, frame.messageEnd.state);
        return;
      }
      case 'subscribe':
        void this.serve(link, frame.subscribe.messageId as MessageId);
        return;
      case 'relayTimeline':
        if (frame.relayTimeline.event) services.timeline.pushLocal(frame.relayTimeline.userId as UserId, frame.relayTimeline.event);
        return;
      case 'conversationChanged':
        services.conversationChanged(frame.conversationChanged.conversationId as ConversationId);
        return;
      case 'replicaAck':
        services.messages.replicaAcked(link.peerId, frame.replicaAck.messageId as MessageId, frame.replicaAck.durableCount);
        return;
      case 'takeover': {
        const messageId = frame.takeover.messageId as MessageId;
        const count = services.messages.handOver(messageId, link.peerId);
        link.sendNow({ ref: 0, type: 'takeoverDone', takeoverDone: { messageId, chunkCount: count ?? 0, handedOver: count !== undefined } });
        return;
      }
      case 'takeoverDone': {
        const { messageId, chunkCount, handedOver } = frame.takeoverDone;
        this.settleTakeover(`${link.peerId} ${messageId}`, { handedOver, chunkCount });
        return;
      }
    }
  }

  /** Another router asked for a message: relay it (live or stored), or say it is not here. */
  private async serve(link: RelayLink, messageId: MessageId): Promise<void> {
    const found = await this.services?.messages.sourceForPeer(messageId).catch((err: unknown) => {
      this.options.logger.warn({ err, messageId }, 'relay subscribe failed');
      return undefined;
    });
    if (!found) {
      const state: MessageStateName = 'MESSAGE_STATE_UNSPECIFIED';
      link.sendControl({ ref: 0, type: 'messageEnd', messageEnd: { messageId, chunkCount: 0, state } });
      return;
    }
    link.relay(found.source, found.participants);
  }

  private settleAll(id: MessageId, source: ChunkSource | undefined): void {
    for (const entry of this.pending.get(id) ?? []) this.settle(id, source, entry);
  }

  private settle(id: MessageId, source: ChunkSource | undefined, entry: PendingFetch): void {
    clearTimeout(entry.timer);
    const waiting = this.pending.get(id);
    if (waiting) {
      const rest = waiting.filter((e) => e !== entry);
      if (rest.length === 0) this.pending.delete(id);
      else this.pending.set(id, rest);
    }
    entry.resolve(source);
  }
}

function peerIdOf(path: string): string | undefined {
  if (!path.startsWith(`${LINK_PATH}/`)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(path.slice(LINK_PATH.length + 1));
  } catch {
    return undefined;
  }
  return isRouterId(id) ? id : undefined;
}

function secretMatches(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function linkReject(status: number, code: string, message: string): UpgradeDecision {
  return { accept: false, status, body: JSON.stringify({ error: { code, message, retryable: status === 503 } }) };
}
