/**
 * The Ring of a router that is a member of a ring (redisUrl or peers). Its
 * membership and shared hot state are opened by router.ts when it joins,
 * its relay links by the factory router.ts gives it; it owns the hash ring
 * rebuilt on every membership change, one relay link per other router (the
 * link door accepts those dialed here), the live index, and the handover of
 * live messages between routers (MessageHandover). It relays live messages
 * to the routers where their participants are (their homes, and where they
 * are connected away from home: AwayUsers), fetches messages held
 * elsewhere, pushes timeline events to users served elsewhere, and hands
 * what arrives on the links to the services.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { VoxError } from '../../common/errors.js';
import type { ConversationId, MessageId, RouterId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import type { HotState } from '../../header-store/hot-state.js';
import { HashRing } from '../../ring/hash-ring.js';
import type { Membership, MembershipChange, MembershipStatus } from '../../ring/membership.js';
import { activeRouterIds, type RouterInfo } from '../../ring/router-info.js';
import type { Listening, Receipt, RelayFrame, RelayListenMode, TimelineEvent, UsersHere } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { LiveMessage } from '../stream/live-message.js';
import type { Device, DeviceIdentity } from '../delivery/device.js';
import type { Door } from '../door.js';
import { AwayUsers } from './away-users.js';
import { LinkDoor, type LinkHost } from './link-door.js';
import { LiveIndex } from './live-index.js';
import { MessageHandover } from './message-handover.js';
import type { MessageRelay, TakeoverAnswer } from './message-relay.js';
import { PeerRequests } from './peer-requests.js';
import type { LinkFactory, LinkStatus, RelayLink } from './relay-link.js';
import type { Ring, RingChangeListener, RingServices, RouteUrls } from './ring.js';
import { clusterStatus } from './ring-status.js';
import { handleLinkFrame } from './link-frames.js';
import { UserPushRelay } from './user-push-relay.js';
import { RecentRevocations } from './recent-revocations.js';

/** How often a graceful stop looks whether every live message moved away. */
const HAND_OFF_POLL_MS = 50;

/** What a router opens when it joins a ring: the membership, and the hot state the routers share. */
export interface RingState {
  membership: Membership;
  hotState: HotState;
}

export interface RingNodeOptions {
  selfId: RouterId;
  vnodes: number;
  /** Opens the membership and the shared hot state (Redis, or the static peer list and memory), once this router's URLs are known. */
  join(self: RouterInfo): Promise<RingState>;
  /** Opens the relay link to one other router. */
  openLink: LinkFactory;
  /** The ring's shared secret: the link door refuses links without it. */
  clusterSecret: string | undefined;
  headers: HeaderStore;
  bodies: BodyStore;
  /** How long a talker whose router left has to resume on another one. */
  liveResumeGraceMs: number;
  /** Bodies are readable from every router (CouchDB). */
  bodiesShared: boolean;
  logger: Logger;
}

export class RingNode implements Ring, MessageRelay, LinkHost {
  readonly selfId: RouterId;
  /** Headers of messages live here name this router. */
  readonly liveRouter: RouterId;
  readonly doors: readonly Door[];
  private ringView: HashRing;
  private joined: RingState | undefined;
  private served: { services: RingServices; handover: MessageHandover } | undefined;
  private readonly links = new Map<string, RelayLink>();
  private readonly requests = new PeerRequests();
  private readonly index: LiveIndex;
  private readonly away = new AwayUsers();
  private readonly revocations = new RecentRevocations();
  private readonly pushes = new UserPushRelay({ routersOf: (userId) => this.addRoutersOf(userId, new Set()), link: (id) => this.links.get(id) });
  private readonly changeListeners: RingChangeListener[] = [];
  private members: RouterInfo[] = [];
  private isDraining = false;
  private isClosed = false;

  constructor(private readonly options: RingNodeOptions) {
    this.selfId = options.selfId;
    this.liveRouter = options.selfId;
    this.ringView = new HashRing([this.selfId], { vnodes: options.vnodes });
    this.index = new LiveIndex(options.logger);
    this.doors = [new LinkDoor({ host: this, secret: options.clusterSecret })];
  }

  get ring(): HashRing {
    return this.ringView;
  }

  get hotState(): HotState | undefined {
    return this.joined?.hotState;
  }

  get draining(): boolean {
    return this.isDraining;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  get mirrorCount(): number {
    return this.handover.mirrorCount;
  }

  attach(services: RingServices): void {
    const { headers, bodies, logger, liveResumeGraceMs, bodiesShared } = this.options;
    const handover = new MessageHandover({ relay: this, services, headers, bodies, logger, liveResumeGraceMs, bodiesShared });
    this.served = { services, handover };
    services.devices.onUserHere((userId, here) => this.announce(this.away.setHere(userId, here && this.isAway(userId))));
  }

  async start(self: RouterInfo): Promise<void> {
    const joined = await this.options.join(self);
    this.joined = joined;
    this.index.start(joined.hotState, () => joined.membership.status().degraded);
    joined.membership.onChange((change) => this.membershipChanged(change));
    await joined.membership.start();
    this.membershipChanged({ members: joined.membership.members(), joined: [], left: [], updated: [] });
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

  membershipStatus(): MembershipStatus | undefined {
    return this.joined?.membership.status();
  }

  /** The user's home router and fallbacks, as members (the home first). */
  routeOf(userId: UserId): RouterInfo[] {
    return this.ringView
      .route(userId)
      .map((id) => this.member(id))
      .filter((m): m is RouterInfo => m !== undefined);
  }

  /** Home and fallback URLs (an empty home before the ring is known). */
  routeUrls(userId: UserId): RouteUrls {
    const route = this.routeOf(userId);
    return { home: route[0]?.publicUrl ?? '', fallbacks: route.slice(1).map((m) => m.publicUrl) };
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

  linkStatus(): LinkStatus[] {
    return [...this.links.values()].map((l) => l.status());
  }

  /** Set at once (new connections are refused from now), then published to the ring. */
  async setDraining(draining: boolean): Promise<void> {
    this.isDraining = draining;
    await this.joined?.membership.setDraining(draining);
  }

  async handOff(timeoutMs: number): Promise<void> {
    await this.setDraining(true);
    const deadline = Date.now() + timeoutMs;
    const liveHere = (): boolean => this.services.live.liveCount > 0;
    while (liveHere() && Date.now() < deadline) await delay(HAND_OFF_POLL_MS);
  }

  status(health: Record<string, unknown>): Promise<Record<string, unknown>> {
    return clusterStatus(this, health);
  }

  // ---- live messages (Ring: what the stream asks) ----

  liveStarted(live: LiveMessage): void {
    this.handover.liveStarted(live);
  }

  ownsLive(id: MessageId): Promise<boolean> {
    return this.handover.ownsLive(id);
  }

  liveElsewhere(stored: MessageRecord): boolean {
    return this.handover.liveElsewhere(stored);
  }

  takeOver(stored: MessageRecord, device: Device, who: DeviceIdentity, ref: number, ackedCount = 0): Promise<void> {
    return this.handover.takeOver(stored, device, who, ref, ackedCount);
  }

  durable(messageId: MessageId, durableCount: number): void {
    this.handover.durable(messageId, durableCount);
  }

  mirrorSource(id: MessageId): ChunkSource | undefined {
    return this.handover.mirrorSource(id);
  }

  mirroredLive(conversationId: ConversationId): ChunkSource[] {
    return this.handover.mirroredLive(conversationId);
  }

  remoteSource(header: MessageRecord, notShared = false): Promise<ChunkSource | undefined> {
    return this.handover.remoteSource(header, notShared);
  }

  // ---- MessageRelay (what the handover asks of the links) ----

  relayLive(source: ChunkSource, participants: readonly UserId[], alsoTo?: string): void {
    const targets = this.audienceRouters(participants);
    if (alsoTo !== undefined && alsoTo !== this.selfId) targets.add(alsoTo);
    for (const id of targets) this.links.get(id)?.relay(source, participants);
    const header = source.header;
    this.index.set({
      messageId: header.id,
      conversationId: header.conversationId,
      senderId: header.senderId,
      routerId: this.selfId,
      startedAtMs: header.startedAt.getTime(),
    });
  }

  replicate(source: ChunkSource, participants: readonly UserId[], senderId: UserId, exclude: readonly string[] = []): string | undefined {
    // The sender's next router is where it fails over to: the replica is there when this router dies.
    for (const id of this.ringView.route(senderId)) {
      if (id === this.selfId || exclude.includes(id)) continue;
      const link = this.links.get(id);
      if (!link?.up) continue;
      link.relay(source, participants, true);
      return id;
    }
    return undefined;
  }

  liveHandedOver(source: ChunkSource, participants: readonly UserId[], to: string, count: number): void {
    // The index entry is the new router's now (its setLive moves it): only forget it here.
    this.index.forget(source.messageId);
    this.links.get(to)?.relayUpTo(source, participants, count);
  }

  replicaAck(to: string, messageId: MessageId, durableCount: number, refused = false): void {
    this.links.get(to)?.sendNow({ ref: 0, type: 'replicaAck', replicaAck: { messageId, durableCount, refused } });
  }

  relayCopy(source: ChunkSource, participants: readonly UserId[], to: string, count: number): void {
    this.links.get(to)?.relayUpTo(source, participants, count);
  }

  linkedPeers(): string[] {
    return [...this.links.values()].filter((link) => link.up).map((link) => link.peerId);
  }

  requestTakeover(routerId: string, messageId: MessageId): Promise<TakeoverAnswer | undefined> {
    const link = this.links.get(routerId);
    if (!link?.up) return Promise.resolve(undefined);
    return this.requests.takeover(link, messageId);
  }

  liveEnded(messageId: MessageId): void {
    this.index.remove(messageId);
  }

  fetch(routerId: string, messageId: MessageId): Promise<ChunkSource | undefined> {
    const link = this.links.get(routerId);
    const have = this.handover.liveSource(messageId);
    if (have) return Promise.resolve(have);
    if (!link?.up) return Promise.resolve(undefined);
    return this.requests.fetch(link, messageId);
  }

  /** A conversation changed here: every other router drops its cached copy (sent when links are down: queued). */
  conversationChanged(conversationId: ConversationId): void {
    for (const link of this.links.values()) link.sendControl({ ref: 0, type: 'conversationChanged', conversationChanged: { conversationId } });
  }

  // ---- RemoteTimelinePush, RemoteReceiptPush ----

  pushRemote(userId: UserId, event: TimelineEvent): boolean {
    return this.pushes.pushTimeline(userId, event);
  }

  pushReceipt(senderId: UserId, receipt: Receipt): boolean {
    return this.pushes.pushReceipt(senderId, receipt);
  }

  /** Any router may hold connections using the token: every one is told (queued while a link is down). */
  sessionRevoked(tokenHash: string): void {
    this.revocations.add(tokenHash);
    for (const link of this.links.values()) link.sendControl({ ref: 0, type: 'sessionRevoked', sessionRevoked: { tokenHash } });
  }

  pushListenMode(change: RelayListenMode): void {
    this.pushes.pushListenMode(change);
  }

  /** Not queued while a link is down: the other side forgets this router's listeners then, and is told again when it is back (retell). */
  pushListening(listening: Listening, audience: Iterable<UserId>): void {
    for (const id of this.audienceRouters([...audience])) this.links.get(id)?.sendNow({ ref: 0, type: 'listening', listening });
  }

  private audienceRouters(participants: readonly UserId[]): Set<string> {
    const targets = new Set<string>();
    for (const userId of participants) this.addRoutersOf(userId, targets);
    return targets;
  }

  /**
   * The link to a router is up, or the ring changed: messages live here
   * whose audience it serves are relayed to it (a reader already there is
   * kept; relayLive chose its routers once, when the message went live here).
   * Closing a link drops its readers, so a router that left the ring for a
   * moment (a late heartbeat, a restart) would otherwise get neither the
   * rest nor the end of what its listeners were hearing.
   */
  private relayLiveTo(link: RelayLink): void {
    if (link.up) this.relayLiveWhere(link, (participants) => this.audienceRouters(participants).has(link.peerId));
  }

  /** Relays to `link` the messages live here (not ending) whose participants pass `wanted`. */
  private relayLiveWhere(link: RelayLink, wanted: (participants: readonly UserId[]) => boolean): void {
    for (const live of this.services.live.values()) {
      if (live.state !== 'ending' && wanted(live.participants)) link.relay(live.source, live.participants);
    }
  }

  /** Adds the other routers where a user's devices are: the one serving it (its home, or a fallback), and those it is connected to away from home. */
  private addRoutersOf(userId: UserId, targets: Set<string>): Set<string> {
    const serving = this.servingRouterOf(userId);
    if (serving !== undefined && serving !== this.selfId) targets.add(serving);
    for (const id of this.away.routersOf(userId)) targets.add(id);
    return targets;
  }

  private isAway(userId: UserId): boolean {
    return this.ringView.home(userId) !== this.selfId;
  }

  /** Tells the other routers (whose links are up: a link coming up gets the full list) which users are away here. */
  private announce(usersHere: UsersHere | undefined): void {
    if (!usersHere) return;
    for (const link of this.links.values()) link.sendNow({ ref: 0, type: 'usersHere', usersHere });
  }

  /** Router `link` announced users away from home there: messages live here that they take part in are relayed there too. */
  private usersArrived(link: RelayLink, frame: UsersHere): void {
    const arrived = new Set(this.away.peerSaid(link.peerId, frame));
    if (arrived.size > 0) this.relayLiveWhere(link, (participants) => participants.some((u) => arrived.has(u)));
  }

  // ---- LinkHost (the link door) ----

  linkTo(peerId: string): RelayLink {
    return this.ensureLink(peerId);
  }

  /** Leaves the ring, closes links, the membership and the hot state. Idempotent. */
  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    this.served?.handover.close();
    this.index.close();
    for (const link of this.links.values()) link.close();
    this.links.clear();
    this.requests.close();
    const { logger } = this.options;
    await this.joined?.membership.close().catch((err: unknown) => logger.warn({ err }, 'membership close failed'));
    await this.joined?.hotState.close().catch((err: unknown) => logger.warn({ err }, 'hot state close failed'));
  }

  private get services(): RingServices {
    return this.attached().services;
  }

  private get handover(): MessageHandover {
    return this.attached().handover;
  }

  private attached(): { services: RingServices; handover: MessageHandover } {
    if (!this.served) throw new VoxError('VOX_INTERNAL', 'the ring was used before attach()');
    return this.served;
  }

  private membershipChanged(change: MembershipChange): void {
    if (this.isClosed) return;
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
      this.handover.linkLost(id);
      this.handover.endMirrorsFrom(id);
      this.services.listening.routerGone(id);
      this.away.peerGone(id);
    }
    const next = new HashRing(activeRouterIds(change.members), { vnodes: this.options.vnodes });
    if (next.sameAs(this.ringView)) return;
    const previous = this.ringView;
    this.ringView = next;
    this.options.logger.info({ members: next.members() }, 'ring changed');
    const devices = this.served?.services.devices;
    if (devices) this.announce(this.away.setAll(new Set([...devices.users()].filter((u) => this.isAway(u)))));
    // Audiences served elsewhere now (a home back in the ring) hear the rest of what is live here.
    if (this.served) for (const link of this.links.values()) this.relayLiveTo(link);
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

  private ensureLink(peerId: string): RelayLink {
    let link = this.links.get(peerId);
    if (link) return link;
    // One link per pair: the router with the smaller id dials.
    const dialUrl = this.selfId < peerId ? this.member(peerId)?.linkUrl : undefined;
    link = this.options.openLink({
      peerId,
      dialUrl,
      onFrame: (from, frame) => this.onFrame(from, frame),
      onUp: (up) => {
        up.sendNow({ ref: 0, type: 'usersHere', usersHere: this.away.fullList() });
        for (const tokenHash of this.revocations.list()) up.sendNow({ ref: 0, type: 'sessionRevoked', sessionRevoked: { tokenHash } });
        this.relayLiveTo(up);
        this.handover.linkUp();
        this.services.conversationsStale();
        this.services.listening.retell();
        // Users served here as a fallback while this link was lost go back to their home.
        if (up.connects > 1) this.notifyChange(this.ringView, this.ringView);
      },
      onDown: (down) => {
        this.handover.linkLost(down.peerId);
        this.services.listening.routerGone(down.peerId);
      },
    });
    this.links.set(peerId, link);
    return link;
  }

  private onFrame(link: RelayLink, frame: RelayFrame): void {
    const { services, handover } = this.attached();
    const { requests, pushes } = this;
    handleLinkFrame({ services, handover, requests, pushes, logger: this.options.logger, usersArrived: (from, usersHere) => this.usersArrived(from, usersHere) }, link, frame);
  }
}
