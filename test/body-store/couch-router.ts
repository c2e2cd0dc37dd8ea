/**
 * Routers with bodies on the test CouchDB, for the end-to-end tests: several
 * may share one Postgres schema and one CouchDB database while each keeps
 * its own data dir (bodies cache), as routers of one deployment do.
 */
import pg from 'pg';
import { loadConfig, type ConfigInput } from '../../common/config.js';
import { createLogger } from '../../common/logger.js';
import type { MessageId } from '../../common/ids.js';
import { TieredBodyStore } from '../../body-store/tiered-body-store.js';
import { Router } from '../../router/router.js';
import { tempDir, type Teardowns, RELAXED_EDGE_LIMITS } from '../helpers/router-fixture.js';
import { testPostgresUrl, uniqueName } from '../helpers/services.js';

/** A fresh Postgres schema for routers to share, dropped in teardown. */
export function sharedSchema(t: Teardowns): string {
  const schema = uniqueName('couch_e2e');
  t.teardown(() => inSchema('public', `DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  return schema;
}

/** Runs one SQL statement in `schema` of the test Postgres (to set up what a test cannot reach through a router). */
export async function inSchema(schema: string, sql: string, params: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl(), options: `-c search_path=${schema}` });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export interface CouchRouterOptions {
  schema: string;
  /** CouchDB server URL (the test server, or a proxy in front of it). */
  couchdbUrl: string;
  database: string;
  transport?: 'uws' | 'ws';
  dataDir?: string;
  config?: ConfigInput;
  /** Register router.close() in teardown (default true; false when the test closes it itself). */
  closeInTeardown?: boolean;
}

/** Starts a router on port 0 with its bodies on CouchDB; closed in teardown. */
export async function startCouchRouter(t: Teardowns, options: CouchRouterOptions): Promise<Router> {
  const config = loadConfig({
    host: '127.0.0.1',
    port: 0,
    dataDir: options.dataDir ?? (await tempDir(t)),
    transport: options.transport ?? 'ws',
    logLevel: 'silent',
    routerId: uniqueName('router'),
    ...RELAXED_EDGE_LIMITS,
    postgresUrl: testPostgresUrl(),
    postgresSchema: options.schema,
    couchdbUrl: options.couchdbUrl,
    couchdbDatabase: options.database,
    ...options.config,
  });
  const router = await Router.start(config, { logger: createLogger(config.logLevel) });
  if (options.closeInTeardown !== false) t.teardown(() => router.close());
  return router;
}

/** The router's TieredBodyStore (it has one when couchdbUrl is set). */
export function tieredStore(router: Router): TieredBodyStore {
  const bodies = router.bodies;
  if (!(bodies instanceof TieredBodyStore)) throw new Error('router has no CouchDB body store');
  return bodies;
}

/** Resolves once the router has the body complete in CouchDB and sealed locally. */
export function uploaded(router: Router, messageId: string): Promise<void> {
  return tieredStore(router).whenUploaded(messageId as MessageId);
}
