/**
 * Which Ring this router is, chosen once from the config: a RingNode in a
 * ring (redisUrl or peers), with how to open its membership, hot state and
 * relay links; a SingleRing alone. Part of the wiring (router.ts calls it).
 */
import { isClustered, type RouterConfig } from '../common/config.js';
import type { RouterId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import type { BodyStore } from '../body-store/body-store.js';
import type { HeaderStore } from '../header-store/header-store.js';
import type { HotState } from '../header-store/hot-state.js';
import { MemoryHotState } from '../header-store/memory-hot-state.js';
import type { RouterInfo } from '../ring/router-info.js';
import { parsePeers, StaticMembership } from '../ring/static-membership.js';
import { RelayLink } from './cluster/relay-link.js';
import type { Ring } from './cluster/ring.js';
import { RingNode, type RingState } from './cluster/ring-node.js';
import { SingleRing } from './cluster/single-ring.js';
import { retryAtStart } from './retry-at-start.js';

/**
 * The one place that chooses the Ring: in a ring (redisUrl or peers) a
 * RingNode, given how to open its membership, hot state and links; alone a
 * SingleRing with a test's hot state or this process's own (`ownHot`, which
 * the router closes).
 */
export function chooseRing(
  config: Readonly<RouterConfig>,
  /** A single router's hot state from the caller (tests): not closed by the router. */
  givenHotState: HotState | undefined,
  routerLogger: Logger,
  headers: HeaderStore,
  bodies: BodyStore,
): { ring: Ring; node: RingNode | undefined; ownHot: HotState | undefined } {
  const selfId = config.routerId as RouterId;
  if (!isClustered(config)) {
    const hotState = givenHotState ?? new MemoryHotState();
    return { ring: new SingleRing(selfId, hotState), node: undefined, ownHot: givenHotState ? undefined : hotState };
  }
  const logger = routerLogger.child({ component: 'ring' });
  const node = new RingNode({
    selfId,
    vnodes: config.ringVnodes,
    join: (self) => joinRing(config, self, routerLogger),
    openLink: (link) =>
      new RelayLink({
        ...link,
        selfId,
        secret: config.clusterSecret ?? '',
        maxFrameBytes: config.limits.maxFrameBytes,
        highWaterMarkBytes: config.sendHighWaterMarkBytes,
        logger: routerLogger.child({ component: 'relay-link', peer: link.peerId }),
      }),
    clusterSecret: config.clusterSecret,
    headers,
    bodies,
    liveResumeGraceMs: config.liveResumeGraceMs,
    bodiesShared: config.couchdbUrl !== undefined,
    logger,
  });
  return { ring: node, node, ownHot: undefined };
}

/**
 * A ring's membership and shared hot state: Redis when redisUrl is set (its
 * membership started here, tried again until storeStartTimeoutMs while Redis
 * cannot be reached), else the static peer list and this process's memory.
 */
async function joinRing(config: Readonly<RouterConfig>, self: RouterInfo, logger: Logger): Promise<RingState> {
  const { redisUrl } = config;
  if (!redisUrl) {
    return { hotState: new MemoryHotState(), membership: new StaticMembership({ self, peers: parsePeers(config.peers ?? ''), logger }) };
  }
  // Loaded here only: a router without Redis never loads ioredis (footprint, README *Benchmarks*).
  const [{ createRedisHotState }, { RedisMembership }] = await Promise.all([
    import('../header-store/redis-hot-state.js'),
    import('../ring/redis-membership.js'),
  ]);
  const open = async (): Promise<RingState> => {
    const hotState = await createRedisHotState({ url: redisUrl, keyPrefix: config.redisKeyPrefix, logger });
    const membership = new RedisMembership({ url: redisUrl, keyPrefix: config.redisKeyPrefix, self, logger, ttlMs: config.heartbeatTtlMs });
    try {
      // Started here so that a failed try is retried with fresh connections (start() is once only); RingNode's start() then finds it started.
      await membership.start();
    } catch (err) {
      await closeRingState({ hotState, membership });
      throw err;
    }
    return { hotState, membership };
  };
  return retryAtStart(open, { what: 'redis', timeoutMs: config.storeStartTimeoutMs, logger, discard: closeRingState });
}

async function closeRingState({ hotState, membership }: RingState): Promise<void> {
  await membership.close().catch(() => undefined);
  await hotState.close().catch(() => undefined);
}
