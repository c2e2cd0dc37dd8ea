/**
 * One voxring router: wires the stores, services, doors and the transport,
 * owns start-up (stores → services → doors → listen → join the ring) and
 * graceful shutdown. With open-stores.ts, build-services.ts and
 * choose-ring.ts, the only place that chooses implementations.
 */
import type { RouterConfig } from '../common/config.js';
import { VoxError } from '../common/errors.js';
import type { MessageId, UserId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import type { BodyStore } from '../body-store/body-store.js';
import type { HeaderStore } from '../header-store/header-store.js';
import type { HotState } from '../header-store/hot-state.js';
import { buildServices, type Services } from './build-services.js';
import { LINK_PATH } from './cluster/relay-link.js';
import type { RingNode } from './cluster/ring-node.js';
import { DoorDispatch } from './door-dispatch.js';
import { refuseUpgrade } from './door.js';
import { createAuthRateLimits, type AuthRateLimitsHandle } from './edge/create-auth-rate-limits.js';
import { ConnectionAdmission } from './edge/connection-admission.js';
import { createTransport } from './edge/load-transport.js';
import { StaticFiles } from './edge/static-files.js';
import type { Transport, TransportHandlers } from './edge/transport.js';
import { AdminApi } from './http/admin-api.js';
import { withHttpAccess } from './http/http-access.js';
import { EventStreams } from './http/event-streams.js';
import { HttpApi } from './http/http-api.js';
import { WEB_SOCKET_DOORS } from './web-socket-doors.js';
import { RouterMetrics } from './metrics.js';
import { retryAtStart } from './retry-at-start.js';
import { answerStarting, isProbe, StartupGate } from './startup-gate.js';
import { NATIVE_PATH, NativeDoor } from './native/native-door.js';
import { openStores, type Stores } from './open-stores.js';
import { openEventChannel, type EventChannelHandle } from './open-event-channel.js';
import type { LiveMessage } from './stream/live-message.js';
import { ZELLO_PATH, ZelloDoor } from './zello/zello-door.js';
import { UsageReport } from './usage/usage-report.js';

export const WEBSOCKET_PATH = NATIVE_PATH;
/** The client doors' paths: refused while the router starts. */
const CLIENT_PATHS: ReadonlySet<string> = new Set([NATIVE_PATH, ZELLO_PATH]);

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

/** Shutting down and draining refuse new clients; probes answer 503 `starting` until the ring is joined. */
interface RouterState {
  shuttingDown: boolean;
  starting: boolean;
  transportName: string;
}

interface RouterParts {
  stores: Stores;
  services: Services;
  rateLimits: AuthRateLimitsHandle;
  /** The Redis channel timeline events are published on (none without Redis). */
  eventChannel: EventChannelHandle;
  /** GET /v1/timeline/stream's open streams. */
  events: EventStreams;
  doors: DoorDispatch;
  native: NativeDoor;
  zello: ZelloDoor;
  metrics: RouterMetrics;
  logger: Logger;
  state: RouterState;
}

export class Router {
  private closing: Promise<void> | undefined;
  private listenedPort = 0;

  private constructor(
    readonly config: Readonly<RouterConfig>,
    readonly transport: Transport,
    private readonly parts: RouterParts,
  ) {}

  /** The port listened on (the chosen one when config.port was 0). */
  get port(): number {
    return this.listenedPort;
  }

  /** This router's place in a ring (members, links, hot state), for operators and tests; undefined for a single router (no redisUrl, no peers). */
  get ring(): RingNode | undefined {
    return this.parts.services.node;
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
    return this.parts.stores.bodies;
  }

  /** Live and mirrored messages on this router. */
  get messages(): RouterMessages {
    const { live, ring } = this.parts.services;
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
  get retentionSweeper(): Services['sweeper'] {
    return this.parts.services.sweeper;
  }

  /** The Zello Channel API door, e.g. ws://127.0.0.1:7400/zello */
  get zelloUrl(): string {
    return this.url.replace(/^http/, 'ws') + ZELLO_PATH;
  }

  /**
   * Listens (probes answer 503 `starting` from then on), opens the stores
   * (Postgres waited for up to storeStartTimeoutMs), builds the services and
   * doors, opens the gate to them, joins the ring (Redis waited for the
   * same); a failure on the way closes what was built.
   */
  static async start(config: Readonly<RouterConfig>, deps: RouterDependencies): Promise<Router> {
    // Components bind `component` on children of this one; pino appends bindings, so this one binds none (no repeated keys).
    const logger = deps.logger.child({ router: config.routerId });
    const routerLog = logger.child({ component: 'router' });
    // Per router, never prom-client's global registry: two routers in one process keep separate counts.
    const metrics = new RouterMetrics();
    const gate = new StartupGate(config.routerId);
    const { transport, port, stores } = await listenAndOpenStores(config, deps, gate, logger, metrics);
    let services: Services;
    let rateLimits: AuthRateLimitsHandle | undefined;
    let eventChannel: EventChannelHandle | undefined;
    const eventsLogger = logger.child({ component: 'events' });
    try {
      // In a ring they count in Redis, which may still be starting too.
      const rateLimitsLogger = logger.child({ component: 'rate-limits' });
      rateLimits = await retryAtStart(() => createAuthRateLimits(config, rateLimitsLogger), {
        what: 'redis',
        timeoutMs: config.storeStartTimeoutMs,
        logger: routerLog,
        discard: (late) => late.close(),
      });
      eventChannel = await retryAtStart(() => openEventChannel(config, eventsLogger), {
        what: 'redis',
        timeoutMs: config.storeStartTimeoutMs,
        logger: routerLog,
        discard: (late) => late.close(),
      });
      services = await buildServices(config, stores, deps.hotState, logger, metrics);
      eventChannel.attach(services.timeline);
    } catch (err) {
      await eventChannel?.close();
      await rateLimits?.close();
      await closeStores(stores);
      await transport.close();
      metrics.close();
      throw err;
    }
    const state: RouterState = { shuttingDown: false, starting: true, transportName: transport.name };
    const { doors, native, zello } = buildDoors(config, stores, services, rateLimits, state, logger, metrics);
    const events = new EventStreams({
      registry: services.registry,
      timeline: services.timeline,
      accounts: services.accounts,
      maxPerUser: config.limits.maxEventStreamsPerUser,
      heartbeatMs: config.sseHeartbeatMs,
      maxBufferedBytes: config.limits.maxBufferedBytes,
      logger: eventsLogger,
    });
    gate.open(buildHttp(config, deps, stores, services, rateLimits, events, doors, state, logger, metrics));
    const router = new Router(config, transport, { stores, services, rateLimits, eventChannel, events, doors, native, zello, metrics, logger: routerLog, state });
    router.listenedPort = port;
    try {
      await router.join();
    } catch (err) {
      await router.close();
      throw err;
    }
    state.starting = false;
    routerLog.info({ url: router.url, transport: transport.name, interrupted: services.interrupted }, 'voxring router listening');
    return router;
  }

  /**
   * Graceful stop (SIGTERM): refuses new clients and answers /readyz 503 at
   * once; in a ring drains for at most stopTimeoutMs so that users and live
   * messages move to other routers; then close(). Idempotent.
   */
  async stop(): Promise<void> {
    const { services, state, logger } = this.parts;
    if (!state.shuttingDown) {
      state.shuttingDown = true;
      logger.info({ liveMessages: services.live.liveCount, stopTimeoutMs: this.config.stopTimeoutMs }, 'stopping');
      await services.ring.handOff(this.config.stopTimeoutMs).catch((err: unknown) => logger.warn({ err }, 'drain before stop failed'));
    }
    await this.close();
  }

  /** Stops taking connections, ends live messages as interrupted (resumable), acks what is durable, closes clients (1001), flushes storage. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  /** Joins the ring (its URLs are known once listening); users whose home moved are migrated on every ring change. */
  private async join(): Promise<void> {
    const { services, native, zello, logger } = this.parts;
    const { ring } = services;
    ring.onRingChange(() => {
      zello.setDraining(ring.draining);
      const moved = native.migrateMoved();
      if (moved > 0) logger.info({ moved }, 'ring changed: connections migrated');
    });
    await ring.start({ id: ring.selfId, publicUrl: this.url, linkUrl: this.linkUrl, startedAtMs: Date.now(), draining: false });
  }

  private async doClose(): Promise<void> {
    const { services, rateLimits, eventChannel, events, doors, stores, metrics, logger, state } = this.parts;
    state.shuttingDown = true;
    await services.sweeper.close();
    services.posts.close();
    await services.live.close();
    await services.receipts.close(); // the delivered receipts of the messages just ended are stored
    await services.timeline.close(); // after the ended messages' events: what the store still refuses is dropped, logged
    await services.notifier?.close(); // notifications under way are settled in the outbox before the store closes
    await services.presence.settle(); // the speakers of the messages just ended leave the shared list
    services.hot.close();
    await services.history.close();
    await services.ownHot?.close();
    await services.ring.close();
    events.close(); // after the timeline's last events: the streams end cleanly, clients resume elsewhere with Last-Event-ID
    await eventChannel.close();
    doors.closeAll();
    await this.transport.close();
    await services.usage.close(); // after the last delivery: what was counted since the last flush is stored
    await rateLimits.close();
    await closeStores(stores);
    metrics.close();
    logger.info('voxring router stopped');
  }
}

/** The transport listening behind the gate, then the stores; a failure closes the transport. */
async function listenAndOpenStores(
  config: Readonly<RouterConfig>,
  deps: RouterDependencies,
  gate: StartupGate,
  logger: Logger,
  metrics: RouterMetrics,
): Promise<{ transport: Transport; port: number; stores: Stores }> {
  const transport = await createTransport(config.transport, {
    host: config.host,
    port: config.port,
    handlers: gate.handlers,
    maxPayloadBytes: config.limits.maxFrameBytes,
    highWaterMarkBytes: config.sendHighWaterMarkBytes,
    idleTimeoutSeconds: config.idleTimeoutSeconds,
    maxHttpHeaders: config.limits.maxHttpHeaders,
    logger: logger.child({ component: 'transport' }),
  });
  try {
    const port = await transport.listen();
    logger.info({ component: 'router', port }, 'listening (503 starting) while the stores open');
    return { transport, port, stores: await openStores(config, deps.headers, logger, metrics) };
  } catch (err) {
    await transport.close();
    metrics.close();
    throw err;
  }
}

async function closeStores(stores: Stores): Promise<void> {
  await stores.bodies.close();
  if (stores.ownsHeaders) await stores.headers.close();
}

/** The native door, the Zello door and the ring's doors (the relay links in a ring), dispatched by path. */
function buildDoors(
  config: Readonly<RouterConfig>,
  { headers, bodies }: Stores,
  services: Services,
  { limits: rateLimits }: AuthRateLimitsHandle,
  state: RouterState,
  logger: Logger,
  metrics: RouterMetrics,
): { doors: DoorDispatch; native: NativeDoor; zello: ZelloDoor } {
  const { accounts, live, delivery, posts, removal, timeline, registry, directory, ring, listenModes } = services;
  const { limits } = config;
  const admission = new ConnectionAdmission({
    maxConnections: limits.maxConnections,
    maxUnauthenticatedConnections: limits.maxUnauthenticatedConnections,
    maxUnauthenticatedPerAddress: limits.maxUnauthenticatedPerAddress,
    trustProxy: config.trustProxy,
  });
  const native = new NativeDoor({
    accounts,
    rateLimits,
    admission,
    live,
    delivery,
    posts,
    removal,
    receipts: services.receipts,
    timeline,
    registry,
    headers,
    listenModes,
    limits: config.limits,
    routerId: config.routerId,
    logger: logger.child({ component: 'protocol' }),
    metrics,
    usage: services.usage,
    ring,
  });
  // The Zello Channel API door at /zello: its connections are devices like the native ones.
  const zello = new ZelloDoor({
    accounts,
    rateLimits,
    admission,
    live,
    delivery,
    posts,
    registry,
    headers,
    directory,
    loadBody: async (id) => (await bodies.read(id, 0)).map((c) => c.payload),
    limits: config.limits,
    pingIntervalMs: config.zelloPingIntervalMs,
    logger: logger.child({ component: 'zello' }),
    usage: services.usage,
  });
  const doors = new DoorDispatch({
    doors: [native, zello, ...ring.doors],
    admission,
    admitsClients: () => !state.shuttingDown && !ring.draining,
    logger: logger.child({ component: 'sessions' }),
  });
  metrics.watch({
    connections: () => doors.connectionCount,
    sessions: () => registry.size,
    liveMessages: () => live.liveCount,
    catchUp: () => live.catchUpDistance(),
    timelinePending: () => timeline.pendingCount,
    relayLinks: () => ring.linkStatus(),
    uploadQueue: () => bodies.uploadQueue?.(),
  });
  return { doors, native, zello };
}

/** The transport's handlers: the admin endpoints, the HTTP API and the doors. */
function buildHttp(
  config: Readonly<RouterConfig>,
  deps: RouterDependencies,
  { headers, bodies }: Stores,
  { accounts, conversations, directory, blocks, access, listenModes, live, delivery, posts, removal, receipts, timeline, history, ring, usage }: Services,
  { limits: rateLimits }: AuthRateLimitsHandle,
  events: EventStreams,
  doors: DoorDispatch,
  state: RouterState,
  logger: Logger,
  metrics: RouterMetrics,
): TransportHandlers {
  const health = { router: config.routerId };
  const httpLogger = logger.child({ component: 'http' });
  const http = new HttpApi({
    accounts,
    rateLimits,
    conversations,
    directory,
    blocks,
    access,
    listenModes,
    live,
    delivery,
    removal,
    posts,
    receipts,
    timeline,
    events,
    headers,
    bodies,
    limits: config.limits,
    logger: httpLogger,
    metrics,
    health: () => ({ ...health, transport: state.transportName, connections: doors.connectionCount, liveMessages: live.liveCount }),
    staticFiles: new StaticFiles({ dir: deps.webDir }),
    history,
    routeOf: (userId) => ring.routeUrls(userId as UserId),
    usage,
    webSocketDoors: WEB_SOCKET_DOORS,
  });
  const admin = new AdminApi({
    adminToken: config.adminToken,
    ring,
    logger: logger.child({ component: 'admin' }),
    health: () => ({ ...health, connections: doors.connectionCount, liveMessages: live.liveCount, mirrors: ring.mirrorCount }),
    ready: () => !state.shuttingDown && !ring.draining,
    usage: new UsageReport({ headers, meter: usage }),
    setDraining: async (draining) => {
      await ring.setDraining(draining);
      logger.info({ component: 'admin', draining }, draining ? 'draining: new connections refused, users migrated' : 'rejoined the ring');
    },
  });
  const webSockets = doors.handlers();
  return {
    onHttp: withHttpAccess(
      (req, res) => {
        if (state.starting && isProbe(req)) answerStarting(req, res, config.routerId);
        else if (admin.handles(req)) admin.handle(req, res);
        else http.handle(req, res);
      },
      {
        logger: httpLogger,
        routeOf: (req) => (admin.handles(req) ? admin.routeLabel(req) : http.routeLabel(req)),
        observe: (route, method, status, seconds) => metrics.httpRequest(route, method, status, seconds),
      },
    ),
    ...webSockets,
    // Until the ring is joined (Redis may be waited for) a client would be routed by an empty ring; relay links are let in.
    onUpgrade: (req) => (state.starting && CLIENT_PATHS.has(req.path) ? refuseUpgrade(new VoxError('VOX_STARTING')) : webSockets.onUpgrade(req)),
  };
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
