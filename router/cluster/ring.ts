/**
 * The Ring: this router's place among routers. One interface, two
 * implementations chosen in router.ts: SingleRing (one router alone: every
 * user is served here, nothing to relay, no replica to wait for, no doors)
 * and RingNode (a member of a ring: membership, hash ring, relay links,
 * mirrors, replication, handover and takeover). Router code calls the ring
 * without asking which one it is; each part depends on the slice it uses.
 */
import type { ConversationId, MessageId, RouterId, UserId } from '../../common/ids.js';
import type { BodyWriter, DurabilityListener } from '../../body-store/body-store.js';
import type { HotState } from '../../header-store/hot-state.js';
import type { MessageRecord, MessageState } from '../../header-store/header-store.js';
import type { HashRing } from '../../ring/hash-ring.js';
import type { RouterInfo } from '../../ring/router-info.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { LiveMessage } from '../stream/live-message.js';
import type { Device, DeviceIdentity } from '../delivery/device.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { PresenceTracker } from '../delivery/presence-tracker.js';
import type { BlockList } from '../people/block-list.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { RemoteTimelinePush, TimelineService } from '../people/timeline-service.js';
import type { Door } from '../door.js';
import type { LinkStatus } from './relay-link.js';
import type { MessageReceipts, RemoteReceiptPush } from '../delivery/message-receipts.js';
import type { ListeningPresence, RemoteListeningPush } from '../delivery/listening-presence.js';
import type { AccountService, RemoteRevocation } from '../people/account-service.js';
import type { ListenModes, RemoteListenModes } from '../people/listen-modes.js';

/** Where users belong (the native protocol's hello, redirects and migrations). */
export interface RingRoutes {
  readonly selfId: RouterId;
  /** Home first, then fallbacks; empty when users have no route (alone, or before the ring is known). */
  routeOf(userId: UserId): RouterInfo[];
  /** False while the link to that router is lost (it was up and is down): its users are served by their first reachable fallback. */
  reachable(routerId: string): boolean;
}

/** What live ingest asks of the ring about messages live here. */
export interface LiveRing {
  /** The router that headers of messages live here name (`live_router`); undefined alone, where headers name none. */
  readonly liveRouter: RouterId | undefined;
  /** A message became live here (started or resumed): relay it to the routers of its audience and to a replica. */
  liveStarted(live: LiveMessage): void;
  /** Whether the header of a message ending here still names this router (another may have claimed it while this one was cut off). */
  ownsLive(id: MessageId): Promise<boolean>;
  /** A message this router owned ended here. */
  liveEnded(id: MessageId): void;
  /** Whether a stored live message is live on another router now (its talker resumed here). */
  liveElsewhere(stored: MessageRecord): boolean;
  /**
   * Makes a message live on another router this router's, its talker on
   * `device` (only when liveElsewhere); refuses (retryable) to continue from
   * fewer than `ackedCount` chunks, what the talker says it was acked.
   */
  takeOver(stored: MessageRecord, device: Device, who: DeviceIdentity, ref: number, ackedCount?: number): Promise<void>;
}

/** What delivery asks of the ring about messages held elsewhere. */
export interface MirrorRing {
  readonly liveRouter: RouterId | undefined;
  /** The source of a message mirrored here from its router. */
  mirrorSource(id: MessageId): ChunkSource | undefined;
  /** Live mirrored messages of a conversation (for devices that start monitoring it). */
  mirroredLive(conversationId: ConversationId): ChunkSource[];
  /**
   * A message held by another router (live there, or its body only there),
   * fetched over the link; undefined when it is not. With shared bodies
   * (CouchDB) a finished one is read from storage instead, unless
   * `notShared`: storage does not have it yet (its router uploads it).
   */
  remoteSource(header: MessageRecord, notShared?: boolean): Promise<ChunkSource | undefined>;
}

/** The ring as the admin endpoints see it. */
export interface RingAdmin {
  readonly selfId: RouterId;
  /** True while this router drains (set at once by setDraining). */
  readonly draining: boolean;
  /** Drains (true) or rejoins (false) the ring; VOX_NOT_FOUND alone, with no ring to leave. */
  setDraining(draining: boolean): Promise<void>;
  /**
   * Graceful stop: drains, so that users migrate and live messages move to
   * their talkers' new routers, and waits at most `timeoutMs` until none is
   * live here. Alone there is nowhere to move them: it returns at once.
   */
  handOff(timeoutMs: number): Promise<void>;
  /** The document of GET /v1/admin/ring; `health` is this router's own /healthz fields. */
  status(health: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** This router's relay links, one per peer (none alone). */
  linkStatus(): LinkStatus[];
}

/** What the live part of the stream does for the ring's handover and takeover. LiveIngest implements it. */
export interface LiveHost {
  /** True once the router is shutting down. */
  readonly closing: boolean;
  /** Messages live here now. */
  readonly liveCount: number;
  get(id: MessageId): LiveMessage | undefined;
  values(): Iterable<LiveMessage>;
  /** Opens the body writer of a message becoming live here. */
  openWriter(id: MessageId): Promise<BodyWriter>;
  /** Makes a message live here; `sender` streams it (null: nobody yet). */
  register(live: LiveMessage, sender: Device | null): void;
  /** The talker of a message live here resumed on `device`. */
  reattach(live: LiveMessage, device: Device, who: DeviceIdentity, ref: number): void;
  /** start_message for a message already stored (it is not live here). */
  resumeStored(stored: MessageRecord, device: Device, who: DeviceIdentity, ref: number, ackedCount?: number): Promise<void>;
  finish(live: LiveMessage, state: MessageState): Promise<void>;
  /** The message moved to another router: no longer live here. */
  release(live: LiveMessage): void;
  /** More of a message became ackable (its replica caught up): ack its sender, paced. */
  paceAck(live: LiveMessage): void;
}

/** What the ring's links deliver into; given once the services exist (before the router takes connections). */
export interface RingServices {
  live: LiveHost;
  timeline: TimelineService;
  presence: PresenceTracker;
  devices: DeviceRegistry;
  directory: ConversationDirectory;
  /** Who blocks a sender (left out of the audience of a message taken over without its mirror). */
  blocks: BlockList;
  /** Receipts relayed from another router are pushed to the sender's devices here. */
  receipts: Pick<MessageReceipts, 'pushLocal'>;
  /** Other routers' listeners of live messages (RelayFrame listening); told when a link goes down or comes up. */
  listening: Pick<ListeningPresence, 'received' | 'routerGone' | 'retell'>;
  /** Tokens revoked on other routers (RelayFrame session_revoked): their connections here are closed. */
  accounts: Pick<AccountService, 'revokedElsewhere'>;
  /** Listen modes set on other routers (RelayFrame listen_mode) for devices connected here. */
  listenModes: Pick<ListenModes, 'changedElsewhere'>;
  /** Another router changed a conversation: drop the cached copy here (and stop what removed users hear). */
  conversationChanged(conversationId: ConversationId): void;
  /** A relay link (re)connected: changes made while it was down may have been missed. */
  conversationsStale(): void;
}

/** Called after the ring changed, or a lost link came back (users served here whose home is elsewhere are to be migrated). */
export type RingChangeListener = (ring: HashRing, previous: HashRing) => void;

/** A user's home and fallback URLs, as signup and login answer them. */
export interface RouteUrls {
  home: string;
  fallbacks: string[];
}

export interface Ring
  extends RingRoutes,
    LiveRing,
    MirrorRing,
    RingAdmin,
    RemoteTimelinePush,
    RemoteReceiptPush,
    RemoteListeningPush,
    RemoteRevocation,
    RemoteListenModes,
    DurabilityListener {
  /** The doors this ring adds to the transport: none alone, the relay-link door in a ring. */
  readonly doors: readonly Door[];
  /** The hot state shared by the routers (speakers, unread counts, recent headers); undefined until a ring joined. */
  readonly hotState: HotState | undefined;
  /** Messages mirrored here from other routers (live or being fetched). */
  readonly mirrorCount: number;
  /** The user's URLs for signup and login answers; undefined alone (there is no route to give). */
  routeUrls(userId: UserId): RouteUrls | undefined;
  /** Another router's conversation cache is stale: this router changed a conversation. */
  conversationChanged(conversationId: ConversationId): void;
  onRingChange(listener: RingChangeListener): void;
  /** Hands the ring the services its links deliver into; once, before the router takes connections. */
  attach(services: RingServices): void;
  /** Joins the ring once the router listens (its URLs are known). */
  start(self: RouterInfo): Promise<void>;
  /** Leaves the ring and closes what it owns. Idempotent. */
  close(): Promise<void>;
}
