/**
 * One voxring router: wires the stores, services, protocol handlers and the
 * transport, owns start-up (migrations, recovery of interrupted messages)
 * and graceful shutdown. With choose-ring.ts, the only place that chooses
 * implementations.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RouterConfig } from '../common/config.js';
import type { MessageId, UserId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { BodyEventHub } from '../body-store/body-event-hub.js';
import { DiskBodyStore } from '../body-store/disk-body-store.js';
import type { BodyStore, BodyStoreEvents } from '../body-store/body-store.js';
import { CouchdbBodyRemote } from '../body-store/couchdb-body-remote.js';
import { TieredBodyStore } from '../body-store/tiered-body-store.js';
import type { HeaderStore } from '../header-store/header-store.js';
import { createPgliteHeaderStore } from '../header-store/pglite-header-store.js';
import { createPostgresHeaderStore } from '../header-store/postgres-header-store.js';
import type { HotState } from '../header-store/hot-state.js';
import { SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO } from '../proto/frames.js';
import { AccountService } from './people/account-service.js';
import { AdminApi } from './http/admin-api.js';
import { ClientProtocol } from './native/client-protocol.js';
import { ConversationDirectory } from './people/conversation-directory.js';
import { ConversationService } from './people/conversation-service.js';
import { HotStateGuard } from './people/hot-state-guard.js';
import { HttpApi } from './http/http-api.js';
import { createTransport } from './edge/load-transport.js';
import { LiveIngest } from './stream/live-ingest.js';
import type { LiveMessage } from './stream/live-message.js';
import { MessagePosts } from './stream/message-posts.js';
import { MessageRemoval } from './stream/message-removal.js';
import { MessageDelivery } from './delivery/message-delivery.js';
import { RouterMetrics } from './metrics.js';
import { PresenceTracker } from './delivery/presence-tracker.js';
import { RecentHeaders } from './people/recent-headers.js';
import { LINK_PATH } from './cluster/relay-link.js';
import type { Ring } from './cluster/ring.js';
import type { RingNode } from './cluster/ring-node.js';
import { chooseRing } from './choose-ring.js';
import { RetentionSweeper } from './people/retention-sweeper.js';
import { DeviceRegistry } from './delivery/device-registry.js';
import { StaticFiles } from './edge/static-files.js';
import { TimelineService } from './people/timeline-service.js';
import { UnreadCounter } from './people/unread-counter.js';
import type { Door } from './door.js';
import type { Transport, TransportConnection, TransportHandlers, UpgradeDecision, UpgradeRequest } from './edge/transport.js';
import { ZELLO_PATH, ZelloProtocol } from './zello/zello-protocol.js';

export const WEBSOCKET_PATH = '/v1/ws';

export interface RouterDependencies {
  logger: Logger;
  /** Overrides the header store chosen from config (tests share one PGlite). Not closed by the router. */
  headers?: HeaderStore;
  /** The web app's directory (default: `web/` of this package; missing: `/` answers 404). */
  webDir?: string;
  /** A single router's hot state (default: a MemoryHotState; tests pass a Redis one). Not closed by the router; a ring uses its own. */
  hotState?: HotState;
}

/** What operators and tests read of the messages on this router. */
export interface RouterMessages {
  /** Voice messages streaming here now. */
  readonly liveCount: number;
  /** Messages mirrored here from other routers (live or being fetched). */
  readonly mirrorCount: number;
  getLive(id: MessageId): LiveMessage | undefined;
}

export class Router {
  private closing: Promise<void> | undefined;

  private constructor(
    readonly config: Readonly<RouterConfig>,
    readonly port: number,
    readonly transport: Transport,
    private readonly parts: {
      headers: HeaderStore;
      ownsHeaders: boolean;
      bodies: BodyStore;
      sweeper: RetentionSweeper;
      live: LiveIngest;
      posts: MessagePosts;
      protocol: ClientProtocol;
      zello: ZelloProtocol;
      timeline: TimelineService;
      metrics: RouterMetrics;
      logger: Logger;
      state: { shuttingDown: boolean };
      ring: Ring;
      node: RingNode | undefined;
      hot: { guard: HotStateGuard; history: RecentHeaders; presence: PresenceTracker; owned: HotState | undefined };
    },
  ) {}

  /** This router's place in a ring (members, links, hot state), for operators and tests; undefined for a single router (no redisUrl, no peers). */
  get ring(): RingNode | undefined {
    return this.parts.node;
  }

  /** The relay link URL other routers dial (linkUrl, or this router's origin + /v1/link). */
  get linkUrl(): string {
    return this.config.linkUrl ?? this.url.replace(/^http/, 'ws') + LINK_PATH;
  }

  /** Base URL, e.g. http://127.0.0.1:7400 */
  get url(): string {
    return this.config.publicUrl ?? `http://${hostForUrl(this.config.host)}:${this.port}`;
  }

  get webSocketUrl(): string {
    return this.url.replace(/^http/, 'ws') + WEBSOCKET_PATH;
  }

  /** The body store in use (DiskBodyStore, or TieredBodyStore when couchdbUrl is set). */
  get bodies(): BodyStore {
    return this.parts.bodies;
  }

  /** Live and mirrored messages on this router. */
  get messages(): RouterMessages {
    const { live, ring } = this.parts;
    return {
      get liveCount() {
        return live.liveCount;
      },
      get mirrorCount() {
        return ring.mirrorCount;
      },
      getLive: (id) => live.get(id),
    };
  }

  /** Expires messages past their retention (runs on its own every retentionSweepIntervalMs). */
  get retentionSweeper(): RetentionSweeper {
    return this.parts.sweeper;
  }

  /** The Zello Channel API door, e.g. ws://127.0.0.1:7400/zello */
  get zelloUrl(): string {
    return this.url.replace(/^http/, 'ws') + ZELLO_PATH;
  }

  static async start(config: Readonly<RouterConfig>, deps: RouterDependencies): Promise<Router> {
    const logger = deps.logger.child({ component: 'router', router: config.routerId });
    // Per router, never prom-client's global registry: two routers in one process keep separate counts.
    const metrics = new RouterMetrics();
    const headers = metrics.timeHeaderStore(deps.headers ?? (await openHeaderStore(config, logger)));
    await headers.migrate();
    // Services that revoke sessions are built after the accounts that tell them.
    const late: { protocol?: ClientProtocol; zello?: ZelloProtocol } = {};
    // Durability reports go to whoever subscribes below: live ingest (acks to talkers) and the ring (a replica's acks).
    const bodyEvents = new BodyEventHub((id, err) => logger.error({ err, messageId: id }, 'body commit failed'));
    const bodies = await openBodyStore(config, logger, bodyEvents);
    const sessions = new DeviceRegistry();
    const directory = new ConversationDirectory(headers);
    const { ring, node, ownHot } = chooseRing(config, deps.hotState, logger, headers, bodies);
    // In a ring other routers append to the same timelines, so a cached head would go stale.
    const timeline = new TimelineService({ store: headers, sessions, logger, cacheHeads: node === undefined });
    // Events of users homed on other routers go over the ring's links (none alone).
    timeline.remote = node;
    // Unread counts, speakers and the history cache: the ring's shared hot state (there once it joined), else this process's.
    const hot = new HotStateGuard({ hotState: () => ring.hotState, logger: logger.child({ component: 'hot-state' }) });
    const unread = new UnreadCounter({ guard: hot });
    const history = new RecentHeaders({ guard: hot, headers, logger: logger.child({ component: 'history' }) });
    timeline.onPublish((userIds, event) => {
      unread.published(userIds, event);
      history.published(event);
    });
    const presence = new PresenceTracker({ sessions, hot, directory });
    const accounts = new AccountService({
      store: headers,
      sessionTtlMs: config.sessionTtlMs,
      onRevoked: (tokenHash) => {
        late.protocol?.revoke(tokenHash);
        late.zello?.revoke(tokenHash);
      },
    });
    const messagesLogger = logger.child({ component: 'messages' });
    const live = new LiveIngest({
      headers,
      bodies,
      directory,
      timeline,
      presence,
      sessions,
      ring,
      limits: config.limits,
      liveResumeGraceMs: config.liveResumeGraceMs,
      ackIntervalMs: config.ackIntervalMs,
      logger: messagesLogger,
      metrics,
    });
    const delivery = new MessageDelivery({ headers, bodies, directory, presence, sessions, live, ring, metrics });
    const posts = new MessagePosts({ headers, bodies, directory, timeline, limits: config.limits, metrics });
    const removal = new MessageRemoval({ headers, bodies, directory, timeline, live, logger: messagesLogger });
    const conversations = new ConversationService({
      store: headers,
      directory,
      timeline,
      maxParticipants: config.limits.maxParticipants,
      onParticipantRemoved: (conversationId, userId) => delivery.participantRemoved(conversationId, userId),
      onChanged: (conversationId) => ring.conversationChanged(conversationId),
      unread,
      presence,
    });
    ring.attach({
      live,
      timeline,
      presence,
      sessions,
      directory,
      conversationChanged: (conversationId) => {
        directory
          .reload(conversationId)
          .then((removed) => removed.forEach((userId) => delivery.participantRemoved(conversationId, userId)))
          .catch((err: unknown) => logger.warn({ err, conversationId }, 'conversation reload failed'));
      },
      conversationsStale: () => directory.clear(),
    });
    bodyEvents.subscribe(live);
    bodyEvents.subscribe(ring);
    const interrupted = await live.recoverInterrupted();
    const sweeper = new RetentionSweeper({
      headers,
      expire: (header) => removal.expire(header),
      defaultRetentionMs: config.retentionMs,
      intervalMs: config.retentionSweepIntervalMs,
      logger: logger.child({ component: 'retention' }),
    });
    const protocol = new ClientProtocol({
      accounts,
      live,
      delivery,
      posts,
      removal,
      timeline,
      sessions,
      headers,
      limits: config.limits,
      routerId: config.routerId,
      logger: logger.child({ component: 'protocol' }),
      metrics,
      ring,
    });
    late.protocol = protocol;
    // The Zello Channel API door at /zello: its connections are devices like the native ones.
    const zello = new ZelloProtocol({
      accounts,
      live,
      delivery,
      posts,
      sessions,
      headers,
      directory,
      loadBody: async (id) => (await bodies.read(id, 0)).map((c) => c.payload),
      limits: config.limits,
      pingIntervalMs: config.zelloPingIntervalMs,
      logger: logger.child({ component: 'zello' }),
    });
    late.zello = zello;
    const connectionCount = (): number => protocol.connectionCount + zello.connectionCount;
    const isZello = (conn: TransportConnection): boolean => conn.path === ZELLO_PATH;
    // The ring's doors (the relay-link door in a ring, none alone) take the paths they serve.
    const ringDoor = (path: string): Door | undefined => {
      for (const door of ring.doors) if (path.startsWith(door.path)) return door;
      return undefined;
    };
    metrics.watch({
      connections: connectionCount,
      sessions: () => sessions.size,
      liveMessages: () => live.liveCount,
      catchUp: () => live.catchUpDistance(),
    });
    const state = {
      shuttingDown: false,
      /** The ring's flag: set by the admin drain, it refuses new connections. */
      get draining(): boolean {
        return ring.draining;
      },
      transportName: 'pending',
    };
    const http = new HttpApi({
      accounts,
      conversations,
      directory,
      live,
      delivery,
      removal,
      timeline,
      headers,
      bodies,
      limits: config.limits,
      logger: logger.child({ component: 'http' }),
      metrics,
      health: () => ({
        router: config.routerId,
        transport: state.transportName,
        connections: connectionCount(),
        liveMessages: live.liveCount,
      }),
      staticFiles: new StaticFiles({ dir: deps.webDir }),
      history,
      routeOf: (userId) => ring.routeUrls(userId as UserId),
    });
    const admin = new AdminApi({
      adminToken: config.adminToken,
      ring,
      logger: logger.child({ component: 'admin' }),
      health: () => ({ router: config.routerId, connections: connectionCount(), liveMessages: live.liveCount, mirrors: ring.mirrorCount }),
      ready: () => !state.shuttingDown && !state.draining,
      setDraining: async (draining) => {
        await ring.setDraining(draining);
        logger.info({ draining }, draining ? 'draining: new connections refused, users migrated' : 'rejoined the ring');
      },
    });
    const handlers: TransportHandlers = {
      onHttp: (req, res) => (admin.handles(req) ? admin.handle(req, res) : http.handle(req, res)),
      onUpgrade: (req) =>
        ringDoor(req.path)?.decideUpgrade(req) ??
        decideUpgrade(req, state.shuttingDown || state.draining, connectionCount(), config.limits.maxConnections),
      onOpen: (conn) => {
        const door = ringDoor(conn.path);
        if (door) door.open(conn);
        else if (isZello(conn)) zello.open(conn);
        else protocol.open(conn);
      },
      onMessage: (conn, data, isBinary) => {
        const door = ringDoor(conn.path);
        if (door) door.message(conn, data, isBinary);
        else if (isZello(conn)) zello.message(conn, data, isBinary);
        else protocol.message(conn, data, isBinary);
      },
      onDrain: (conn) => {
        const door = ringDoor(conn.path);
        if (door) door.drained(conn);
        else if (isZello(conn)) zello.drain(conn);
        else protocol.drain(conn);
      },
      onClose: (conn) => {
        const door = ringDoor(conn.path);
        if (door) door.closed(conn);
        else if (isZello(conn)) zello.closed(conn);
        else protocol.closed(conn);
      },
      onPong: (conn) => (isZello(conn) ? zello.pong(conn) : undefined),
    };
    const transport = await createTransport(config.transport, {
      host: config.host,
      port: config.port,
      handlers,
      maxPayloadBytes: config.limits.maxFrameBytes,
      highWaterMarkBytes: config.sendHighWaterMarkBytes,
      idleTimeoutSeconds: config.idleTimeoutSeconds,
      logger: logger.child({ component: 'transport' }),
    });
    state.transportName = transport.name;
    const port = await transport.listen();
    const router = new Router(config, port, transport, {
      headers,
      ownsHeaders: !deps.headers,
      bodies,
      sweeper,
      live,
      posts,
      protocol,
      zello,
      timeline,
      metrics,
      logger,
      state,
      ring,
      node,
      hot: { guard: hot, history, presence, owned: ownHot },
    });
    ring.onRingChange(() => {
      const moved = protocol.migrateMoved();
      if (moved > 0) logger.info({ moved }, 'ring changed: connections migrated');
    });
    try {
      await ring.start({ id: ring.selfId, publicUrl: router.url, linkUrl: router.linkUrl, startedAtMs: Date.now(), draining: false });
    } catch (err) {
      await router.close();
      throw err;
    }
    logger.info({ url: router.url, transport: transport.name, interrupted }, 'voxring router listening');
    return router;
  }

  /** Stops taking connections, ends live messages as interrupted, flushes storage. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    const { live, posts, protocol, zello, bodies, sweeper, headers, ownsHeaders, metrics, logger, state, ring, hot } = this.parts;
    state.shuttingDown = true;
    await sweeper.close();
    posts.close();
    await live.close();
    await hot.presence.settle(); // the speakers of the messages just ended leave the shared list
    hot.guard.close();
    await hot.history.close();
    await hot.owned?.close();
    await ring.close();
    protocol.closeAll();
    zello.closeAll();
    await this.transport.close();
    await bodies.close();
    if (ownsHeaders) await headers.close();
    metrics.close();
    logger.info('voxring router stopped');
  }
}

/** Local disk only, or (couchdbUrl set) the disk as write-ahead log and LRU cache in front of CouchDB. */
async function openBodyStore(config: Readonly<RouterConfig>, logger: Logger, events: BodyStoreEvents): Promise<BodyStore> {
  const common = {
    dir: path.join(config.dataDir, 'bodies'),
    commitIntervalMs: config.commitIntervalMs,
    logger: logger.child({ component: 'body-store' }),
    events,
  };
  if (!config.couchdbUrl) return DiskBodyStore.open(common);
  return TieredBodyStore.open({
    ...common,
    remote: new CouchdbBodyRemote({ url: config.couchdbUrl, database: config.couchdbDatabase }),
    cacheMaxBytes: config.bodyCacheMaxBytes,
    blockChunks: config.uploadBlockChunks,
    backlogMaxBytes: config.uploadBacklogMaxBytes,
  });
}

async function openHeaderStore(config: Readonly<RouterConfig>, logger: Logger): Promise<HeaderStore> {
  if (config.postgresUrl) {
    return createPostgresHeaderStore({
      url: config.postgresUrl,
      ...(config.postgresSchema ? { schema: config.postgresSchema } : {}),
      logger: logger.child({ component: 'header-store' }),
    });
  }
  await mkdir(config.dataDir, { recursive: true });
  return createPgliteHeaderStore({ dataDir: path.join(config.dataDir, 'pglite') });
}

function decideUpgrade(req: UpgradeRequest, shuttingDown: boolean, connections: number, maxConnections: number): UpgradeDecision {
  if (req.path !== WEBSOCKET_PATH && req.path !== ZELLO_PATH) {
    return reject(404, 'VOX_NOT_FOUND', `WebSocket endpoints are ${WEBSOCKET_PATH} and ${ZELLO_PATH}`);
  }
  if (shuttingDown) return reject(503, 'VOX_SHUTTING_DOWN', 'router is shutting down');
  if (connections >= maxConnections) return reject(503, 'VOX_TOO_MANY_CONNECTIONS', 'router is at maxConnections');
  // Zello clients ask for no subprotocol; whatever they offer, none is chosen.
  if (req.path === ZELLO_PATH) return { accept: true, protocol: null };
  if (req.protocols.length === 0) return { accept: true, protocol: null };
  const protocol = req.protocols.find((p) => p === SUBPROTOCOL_PROTO || p === SUBPROTOCOL_JSON);
  if (!protocol) {
    return reject(400, 'VOX_BAD_REQUEST', `subprotocol must be ${SUBPROTOCOL_PROTO} or ${SUBPROTOCOL_JSON}`);
  }
  return { accept: true, protocol };
}

function reject(status: number, code: string, message: string): UpgradeDecision {
  return { accept: false, status, body: JSON.stringify({ error: { code, message, retryable: status === 503 } }) };
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
