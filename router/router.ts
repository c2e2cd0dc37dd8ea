/**
 * One voxring router: wires the stores, services, protocol handlers and the
 * transport, owns start-up (migrations, recovery of interrupted messages)
 * and graceful shutdown. The only place that chooses implementations.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isClustered, type RouterConfig } from '../common/config.js';
import type { MessageId, UserId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { DiskBodyStore } from '../body-store/disk-body-store.js';
import type { BodyStore, BodyStoreEvents } from '../body-store/body-store.js';
import { CouchdbBodyRemote } from '../body-store/couchdb-body-remote.js';
import { TieredBodyStore } from '../body-store/tiered-body-store.js';
import type { HeaderStore } from '../header-store/header-store.js';
import { createPgliteHeaderStore } from '../header-store/pglite-header-store.js';
import { createPostgresHeaderStore } from '../header-store/postgres-header-store.js';
import type { HotState } from '../header-store/hot-state.js';
import { MemoryHotState } from '../header-store/memory-hot-state.js';
import { AccountService } from './people/account-service.js';
import { AdminApi } from './http/admin-api.js';
import { NATIVE_PATH, NativeDoor } from './native/native-door.js';
import { ConversationDirectory } from './people/conversation-directory.js';
import { ConversationService } from './people/conversation-service.js';
import { HotStateGuard } from './people/hot-state-guard.js';
import { HttpApi } from './http/http-api.js';
import { createTransport } from './edge/load-transport.js';
import { MessageService } from './stream/message-service.js';
import { RouterMetrics } from './metrics.js';
import { PresenceTracker } from './delivery/presence-tracker.js';
import { RecentHeaders } from './people/recent-headers.js';
import { LINK_PATH } from './cluster/relay-link.js';
import { RingNode } from './cluster/ring-node.js';
import { RetentionSweeper } from './people/retention-sweeper.js';
import { DeviceRegistry } from './delivery/device-registry.js';
import { StaticFiles } from './edge/static-files.js';
import { TimelineService } from './people/timeline-service.js';
import { UnreadCounter } from './people/unread-counter.js';
import type { Transport, TransportHandlers } from './edge/transport.js';
import type { Door } from './door.js';
import { DoorDispatch } from './door-dispatch.js';
import { ZELLO_PATH, ZelloDoor } from './zello/zello-door.js';

export const WEBSOCKET_PATH = NATIVE_PATH;

export interface RouterDependencies {
  logger: Logger;
  /** Overrides the header store chosen from config (tests share one PGlite). Not closed by the router. */
  headers?: HeaderStore;
  /** The web app's directory (default: `web/` of this package; missing: `/` answers 404). */
  webDir?: string;
  /** A single router's hot state (default: a MemoryHotState; tests pass a Redis one). Not closed by the router; a ring uses its own. */
  hotState?: HotState;
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
      messages: MessageService;
      doors: DoorDispatch;
      timeline: TimelineService;
      metrics: RouterMetrics;
      logger: Logger;
      state: { shuttingDown: boolean };
      ring: RingNode | undefined;
      hot: { guard: HotStateGuard; history: RecentHeaders; presence: PresenceTracker; owned: HotState | undefined };
    },
  ) {}

  /** This router's place in a ring; undefined for a single router (no redisUrl, no peers). */
  get ring(): RingNode | undefined {
    return this.parts.ring;
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

  /** Store-and-stream: live messages, mirrors, listens. */
  get messages(): MessageService {
    return this.parts.messages;
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
    // The body store and conversations report to the message service, which is built after them.
    const late: { messages?: MessageService } = {};
    const bodies = await openBodyStore(config, logger, {
      onDurable: (id: MessageId, count: number) => late.messages?.onDurable(id, count),
      onError: (id: MessageId, err: Error) => logger.error({ err, messageId: id }, 'body commit failed'),
    });
    const sessions = new DeviceRegistry();
    const directory = new ConversationDirectory(headers);
    // In a ring other routers append to the same timelines, so a cached head would go stale.
    const timeline = new TimelineService({ store: headers, sessions, logger, cacheHeads: !isClustered(config) });
    const ring = isClustered(config) ? new RingNode({ config, logger: logger.child({ component: 'ring' }) }) : undefined;
    timeline.remote = ring;
    // Unread counts, speakers and the history cache: the ring's shared hot state (there once it joined), else this process's.
    const ownHot = ring || deps.hotState ? undefined : new MemoryHotState();
    const singleHot = deps.hotState ?? ownHot;
    const hot = new HotStateGuard({ hotState: () => ring?.hotState ?? singleHot, logger: logger.child({ component: 'hot-state' }) });
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
      logger: logger.child({ component: 'accounts' }),
    });
    const conversations = new ConversationService({
      store: headers,
      directory,
      timeline,
      maxParticipants: config.limits.maxParticipants,
      onParticipantRemoved: (conversationId, userId) => late.messages?.participantRemoved(conversationId, userId),
      onChanged: (conversationId) => ring?.conversationChanged(conversationId),
      unread,
      presence,
    });
    const messages = new MessageService({
      headers,
      bodies,
      directory,
      timeline,
      presence,
      sessions,
      limits: config.limits,
      liveResumeGraceMs: config.liveResumeGraceMs,
      ackIntervalMs: config.ackIntervalMs,
      logger: logger.child({ component: 'messages' }),
      metrics,
      ...(ring ? { relay: ring, bodiesShared: config.couchdbUrl !== undefined } : {}),
    });
    late.messages = messages;
    const interrupted = await messages.recoverInterrupted();
    const sweeper = new RetentionSweeper({
      headers,
      expire: (header) => messages.removeMessage(header, 'expired'),
      defaultRetentionMs: config.retentionMs,
      intervalMs: config.retentionSweepIntervalMs,
      logger: logger.child({ component: 'retention' }),
    });
    const protocol = new NativeDoor({
      accounts,
      messages,
      timeline,
      registry: sessions,
      headers,
      limits: config.limits,
      routerId: config.routerId,
      logger: logger.child({ component: 'protocol' }),
      metrics,
      ...(ring ? { ring } : {}),
    });
    // The Zello Channel API door at /zello: its connections are devices like the native ones.
    const zello = new ZelloDoor({
      accounts,
      messages,
      registry: sessions,
      headers,
      directory,
      loadBody: async (id) => (await bodies.read(id, 0)).map((c) => c.payload),
      limits: config.limits,
      pingIntervalMs: config.zelloPingIntervalMs,
      logger: logger.child({ component: 'zello' }),
    });
    const state = { shuttingDown: false, draining: false, transportName: 'pending' };
    const doors = new DoorDispatch({
      doors: ring ? [protocol, zello, ringLinkDoor(ring)] : [protocol, zello],
      maxConnections: config.limits.maxConnections,
      admitsClients: () => !state.shuttingDown && !state.draining,
    });
    const connectionCount = (): number => doors.connectionCount;
    metrics.watch({
      connections: connectionCount,
      sessions: () => sessions.size,
      liveMessages: () => messages.liveCount,
      catchUp: () => messages.catchUpDistance(),
    });
    const http = new HttpApi({
      accounts,
      conversations,
      directory,
      messages,
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
        liveMessages: messages.liveCount,
      }),
      staticFiles: new StaticFiles({ dir: deps.webDir }),
      history,
      ...(ring ? { routeOf: (userId: string) => routeUrls(ring, userId) } : {}),
    });
    const admin = new AdminApi({
      adminToken: config.adminToken,
      ring,
      logger: logger.child({ component: 'admin' }),
      health: () => ({ router: config.routerId, connections: connectionCount(), liveMessages: messages.liveCount, mirrors: messages.mirrorCount }),
      ready: () => !state.shuttingDown && !state.draining,
      setDraining: async (draining) => {
        state.draining = draining;
        await ring?.setDraining(draining);
        logger.info({ draining }, draining ? 'draining: new connections refused, users migrated' : 'rejoined the ring');
      },
    });
    const handlers: TransportHandlers = {
      onHttp: (req, res) => (admin.handles(req) ? admin.handle(req, res) : http.handle(req, res)),
      ...doors.handlers(),
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
      messages,
      doors,
      timeline,
      metrics,
      logger,
      state,
      ring,
      hot: { guard: hot, history, presence, owned: ownHot },
    });
    if (ring) {
      ring.onRingChange(() => {
        const moved = protocol.migrateMoved();
        if (moved > 0) logger.info({ moved }, 'ring changed: connections migrated');
      });
      try {
        await ring.start(
          { id: ring.selfId, publicUrl: router.url, linkUrl: router.linkUrl, startedAtMs: Date.now(), draining: false },
          {
            messages,
            timeline,
            conversationChanged: (conversationId) => {
              directory
                .reload(conversationId)
                .then((removed) => removed.forEach((userId) => messages.participantRemoved(conversationId, userId)))
                .catch((err: unknown) => logger.warn({ err, conversationId }, 'conversation reload failed'));
            },
            conversationsStale: () => directory.clear(),
          },
        );
      } catch (err) {
        await router.close();
        throw err;
      }
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
    const { messages, doors, bodies, sweeper, headers, ownsHeaders, metrics, logger, state, ring, hot } = this.parts;
    state.shuttingDown = true;
    await sweeper.close();
    await messages.close();
    await hot.presence.settle(); // the speakers of the messages just ended leave the shared list
    hot.guard.close();
    await hot.history.close();
    await hot.owned?.close();
    await ring?.close();
    doors.closeAll();
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

/**
 * The ring's relay links as a door at /v1/link/<router id> (RingNode serves
 * them today). Links are not clients: they stay open while the router drains
 * and ring.close() closes them, so closeAll has nothing left to do.
 */
function ringLinkDoor(ring: RingNode): Door {
  return {
    path: LINK_PATH,
    match: 'prefix',
    forClients: false,
    connectionCount: 0,
    decideUpgrade: (req) => ring.decideLinkUpgrade(req),
    open: (conn) => ring.linkOpened(conn),
    message: (conn, data, isBinary) => ring.linkMessage(conn, data, isBinary),
    drained: (conn) => ring.linkDrained(conn),
    pong: () => undefined,
    closed: (conn) => ring.linkClosed(conn),
    closeAll: () => undefined,
  };
}

/** A user's home URL and fallback URLs on the ring (empty home before the ring is known). */
function routeUrls(ring: RingNode, userId: string): { home: string; fallbacks: string[] } {
  const route = ring.routeOf(userId as UserId);
  return { home: route[0]?.publicUrl ?? '', fallbacks: route.slice(1).map((m) => m.publicUrl) };
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
