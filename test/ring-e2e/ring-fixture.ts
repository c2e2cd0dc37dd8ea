/**
 * Starts a ring of routers in this process for a test: one Postgres schema
 * shared by all (one ring = one database), each its own data dir, Redis
 * membership under a key prefix of the test's own, or a static peer list.
 * Teardown is registered at once.
 */
import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { configEnvName, loadConfig, type ConfigInput } from '../../common/config.js';
import type { UserId } from '../../common/ids.js';
import { createLogger } from '../../common/logger.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { Router } from '../../router/router.js';
import { dropSchema, RELAXED_EDGE_LIMITS, signupUser, tempDir, type Teardowns, type TestUser } from '../helpers/router-fixture.js';
import { testPostgresUrl, testRedisUrl, uniqueName } from '../helpers/services.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CLUSTER_SECRET = 'ring-test-secret-0123456789';
export const ADMIN_TOKEN = 'ring-test-admin-token-0123456789';

export interface RingOptions {
  count: number;
  transport?: 'uws' | 'ws';
  membership?: 'redis' | 'static';
  /** A Redis of the test's own (e.g. one it restarts); the shared test Redis by default. */
  redisUrl?: string;
  config?: ConfigInput;
  /** A header store of the test's own for router `r<index>` (undefined: the router opens its own). */
  headersFor?: (index: number, schema: string) => Promise<HeaderStore | undefined>;
}

export interface TestRing {
  routers: Router[];
  schema: string;
  keyPrefix: string;
  /** Starts one more router in the same ring (Redis membership only). */
  add(config?: ConfigInput): Promise<Router>;
}

export async function startRing(t: Teardowns, options: RingOptions): Promise<TestRing> {
  const schema = uniqueName('ring');
  t.teardown(() => dropSchema(schema));
  const keyPrefix = `${uniqueName('ring')}:`;
  const tag = schema.slice(-8);
  const membership = options.membership ?? 'redis';
  const redisUrl = options.redisUrl ?? testRedisUrl();
  const common: ConfigInput = {
    host: '127.0.0.1',
    transport: options.transport ?? 'ws',
    logLevel: 'silent',
    postgresUrl: testPostgresUrl(),
    postgresSchema: schema,
    clusterSecret: CLUSTER_SECRET,
    adminToken: ADMIN_TOKEN,
    ...RELAXED_EDGE_LIMITS,
    ...options.config,
  };
  let started = 0;
  const start = async (input: ConfigInput): Promise<Router> => {
    const config = loadConfig({ ...common, dataDir: await tempDir(t), ...input });
    const headers = await options.headersFor?.(Number(/^r(\d+)-/.exec(config.routerId)?.[1]), schema);
    const router = await Router.start(config, { logger: createLogger(config.logLevel), ...(headers ? { headers } : {}) });
    t.teardown(() => router.close());
    return router;
  };
  const routers: Router[] = [];
  if (membership === 'redis') {
    const redis = { redisUrl, redisKeyPrefix: keyPrefix, port: 0 };
    // One at a time: the first creates the schema, the others find it migrated.
    for (let i = 0; i < options.count; i++) routers.push(await start({ ...redis, routerId: `r${started++}-${tag}` }));
  } else {
    const ports = await freePorts(options.count);
    const ids = ports.map((_, i) => `r${i}-${tag}`);
    const peers = ports.map((port, i) => `${ids[i]}=http://127.0.0.1:${port}|ws://127.0.0.1:${port}/v1/link`).join(',');
    started = options.count;
    for (const [i, port] of ports.entries()) routers.push(await start({ port, routerId: ids[i], peers }));
  }
  await ringSettled(routers);
  return {
    routers,
    schema,
    keyPrefix,
    add: async (config = {}) => {
      const router = await start({ redisUrl, redisKeyPrefix: keyPrefix, port: 0, routerId: `r${started++}-${tag}`, ...config });
      routers.push(router);
      return router;
    },
  };
}

/**
 * Removes `router`'s registration from Redis and announces its departure: the
 * other routers see it leave (and close their links to it) until its next
 * heartbeat registers it again.
 */
export async function dropRegistration(t: Teardowns, ring: TestRing, router: Router): Promise<void> {
  const redis = new Redis(testRedisUrl(), { lazyConnect: true });
  await redis.connect();
  t.teardown(() => redis.quit());
  const id = router.config.routerId;
  await redis.del(`${ring.keyPrefix}routers:${id}`);
  await redis.publish(`${ring.keyPrefix}ring`, JSON.stringify({ type: 'leave', id }));
}

/** Resolves once every router sees every other as a member of its ring. */
export async function ringSettled(routers: readonly Router[], timeoutMs = 10_000): Promise<void> {
  const ids = routers.map((r) => r.config.routerId).sort();
  const settled = (): boolean => routers.every((r) => sameIds(r.ring?.ring.members() ?? [], ids));
  await until(settled, timeoutMs, `ring of ${ids.join(', ')}`);
}

/** Resolves once every relay link among `routers` is up. */
export async function linksUp(routers: readonly Router[], timeoutMs = 10_000): Promise<void> {
  const up = (): boolean =>
    routers.every((r) => routers.every((p) => p === r || r.ring?.linkStatus().find((l) => l.peer === p.config.routerId)?.state === 'up'));
  await until(up, timeoutMs, 'relay links up');
}

/** Signs up users until one's home (on every router's ring) is `home`. */
export async function userHomedOn(routers: readonly Router[], home: Router, prefix = 'u'): Promise<TestUser> {
  for (let i = 0; i < 200; i++) {
    const user = await signupUser(home.url, prefix);
    if (home.ring?.ring.home(user.userId as UserId) === home.config.routerId) return user;
  }
  throw new Error(`no user homed on ${home.config.routerId} after 200 signups`);
}

/** Polls a condition that has no event of its own (ring views, link states) every 10 ms. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((id, i) => id === b[i]);
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Server>((resolve) => {
      const server = net.createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** A `voxring serve` child process in a test's ring. */
export interface ChildRouter {
  id: string;
  url: string;
  dataDir: string;
  kill(): Promise<void>;
  /** Sends SIGTERM (a graceful stop: drain, then exit) and resolves with the exit code once it exited. */
  terminate(): Promise<number | null>;
  /** What it wrote on stdout and stderr so far (logs, at VOXRING_LOG_LEVEL). */
  output(): string;
}

export interface ChildRouterOptions {
  schema: string;
  keyPrefix: string;
  id: string;
  ttlMs: number;
  /** Reuse a data dir (a restart with the same id); a fresh one by default. */
  dataDir?: string;
  /** A fixed port (a restart on the same address); 0 by default. */
  port?: number;
  /** More VOXRING_* settings (CouchDB, admin token, …). */
  env?: Record<string, string>;
}

/** `voxring serve` as a child process in the same ring; SIGKILLed in teardown whatever happened. */
export async function startChildRouter(t: Teardowns, options: ChildRouterOptions): Promise<ChildRouter> {
  const { schema, keyPrefix, id } = options;
  const dataDir = options.dataDir ?? (await tempDir(t));
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VOXRING_')) env[key] = value;
  Object.assign(env, {
    VOXRING_HOST: '127.0.0.1',
    VOXRING_PORT: String(options.port ?? 0),
    VOXRING_DATA_DIR: dataDir,
    VOXRING_TRANSPORT: 'ws',
    VOXRING_LOG_LEVEL: 'silent',
    VOXRING_ROUTER_ID: id,
    VOXRING_POSTGRES_URL: testPostgresUrl(),
    VOXRING_POSTGRES_SCHEMA: schema,
    VOXRING_REDIS_URL: testRedisUrl(),
    VOXRING_REDIS_KEY_PREFIX: keyPrefix,
    VOXRING_CLUSTER_SECRET: CLUSTER_SECRET,
    VOXRING_HEARTBEAT_TTL_MS: String(options.ttlMs),
    ...Object.fromEntries(Object.entries(RELAXED_EDGE_LIMITS).map(([option, value]) => [configEnvName(option), String(value)])),
    ...options.env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/voxring.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    process.off('exit', killOnExit);
  };
  const terminate = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    process.off('exit', killOnExit);
    return code;
  };
  t.teardown(kill);
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const match = /voxring listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`voxring serve exited before listening: ${err}`)));
  });
  return { id, url, dataDir, kill, terminate, output: () => out + err };
}
