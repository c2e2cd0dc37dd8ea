/**
 * The router's first start-up step: the header store (PGlite, or Postgres
 * when postgresUrl is set, waited for up to storeStartTimeoutMs), migrated, and the body store (local disk, or
 * disk in front of CouchDB when couchdbUrl is set) with the event hub its
 * durability reports go through. Part of the wiring: it chooses implementations.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RouterConfig } from '../common/config.js';
import type { MessageId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { BodyEventHub } from '../body-store/body-event-hub.js';
import type { BodyStore, BodyStoreEvents } from '../body-store/body-store.js';
import { DiskBodyStore } from '../body-store/disk-body-store.js';
import type { HeaderStore } from '../header-store/header-store.js';
import { createPgliteHeaderStore } from '../header-store/pglite-header-store.js';
import type { RouterMetrics } from './metrics.js';
import { retryAtStart } from './retry-at-start.js';

export interface Stores {
  headers: HeaderStore;
  /** False when the caller passed the header store in (then the caller closes it). */
  ownsHeaders: boolean;
  bodies: BodyStore;
  /** Durability reports of the body store: live ingest and the ring subscribe once they exist. */
  bodyEvents: BodyEventHub;
}

/** Opens both stores (Postgres tried again until storeStartTimeoutMs); a failure closes what was already open. */
export async function openStores(
  config: Readonly<RouterConfig>,
  given: HeaderStore | undefined,
  logger: Logger,
  metrics: RouterMetrics,
): Promise<Stores> {
  const opened = given ?? (await openMigratedHeaderStore(config, logger));
  const headers = metrics.timeHeaderStore(opened);
  try {
    if (given) await headers.migrate();
    const bodyEvents = new BodyEventHub((id, err) => logger.error({ component: 'body-store', err, messageId: id }, 'body commit failed'));
    const bodies = await openBodyStore(config, logger, bodyEvents, {
      owns: (id) => ownsBody(headers, config.routerId, id),
      keepsReplica: async (id) => (await headers.getMessage(id))?.state === 'live',
    });
    return { headers, ownsHeaders: !given, bodies, bodyEvents };
  } catch (err) {
    if (!given) await opened.close();
    throw err;
  }
}

/**
 * Whether a body left on this router's disk is still its own: not when its
 * header names another router that streams (or streamed) the message since
 * (it took the message over while this one was down). A message never
 * live in a ring names no router: it is ours.
 */
async function ownsBody(headers: HeaderStore, routerId: string, id: MessageId): Promise<boolean> {
  const header = await headers.getMessage(id);
  return header?.liveRouter === undefined || header.liveRouter === routerId;
}

/** Local disk only, or (couchdbUrl set) the disk as write-ahead log and LRU cache in front of CouchDB. */
async function openBodyStore(
  config: Readonly<RouterConfig>,
  logger: Logger,
  events: BodyStoreEvents,
  ownership: { owns: (id: MessageId) => Promise<boolean>; keepsReplica: (id: MessageId) => Promise<boolean> },
): Promise<BodyStore> {
  const common = {
    dir: path.join(config.dataDir, 'bodies'),
    commitIntervalMs: config.commitIntervalMs,
    logger: logger.child({ component: 'body-store' }),
    events,
  };
  if (!config.couchdbUrl) return DiskBodyStore.open(common);
  // Cluster-only packages (nano, pg) are loaded where they are chosen, so a single node never holds them.
  const [{ TieredBodyStore }, { CouchdbBodyRemote }] = await Promise.all([
    import('../body-store/tiered-body-store.js'),
    import('../body-store/couchdb-body-remote.js'),
  ]);
  return TieredBodyStore.open({
    ...common,
    remote: new CouchdbBodyRemote({ url: config.couchdbUrl, database: config.couchdbDatabase }),
    cacheMaxBytes: config.bodyCacheMaxBytes,
    blockChunks: config.uploadBlockChunks,
    backlogMaxBytes: config.uploadBacklogMaxBytes,
    ownsBody: ownership.owns,
    keepsReplica: ownership.keepsReplica,
  });
}

/** The header store, migrated; Postgres is tried again while it cannot be reached, for at most storeStartTimeoutMs. */
async function openMigratedHeaderStore(config: Readonly<RouterConfig>, logger: Logger): Promise<HeaderStore> {
  const { postgresUrl } = config;
  if (!postgresUrl) {
    await mkdir(config.dataDir, { recursive: true });
    const dataDir = path.join(config.dataDir, 'pglite');
    return migrated(await createPgliteHeaderStore({ dataDir, sharedBuffersBytes: config.pgliteSharedBuffersBytes }));
  }
  const { createPostgresHeaderStore } = await import('../header-store/postgres-header-store.js');
  const open = async (): Promise<HeaderStore> =>
    migrated(
      await createPostgresHeaderStore({
        url: postgresUrl,
        queryTimeoutMs: config.postgresQueryTimeoutMs,
        ...(config.postgresSchema ? { schema: config.postgresSchema } : {}),
        logger: logger.child({ component: 'header-store' }),
      }),
    );
  return retryAtStart(open, { what: 'postgres', timeoutMs: config.storeStartTimeoutMs, logger, discard: (late) => late.close() });
}

/** The store once migrated; closed when the migration fails. */
async function migrated(store: HeaderStore): Promise<HeaderStore> {
  try {
    await store.migrate();
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
