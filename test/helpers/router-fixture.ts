/** Starts a real router on port 0 for a test, with teardown registered at once. */
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig, type ConfigInput } from '../../common/config.js';
import { createLogger, type Logger } from '../../common/logger.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { Router } from '../../router/router.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { WireFormat } from '../../proto/frames.js';
import { eventually } from './eventually.js';
import { testPostgresUrl, uniqueName } from './services.js';

export const TRANSPORTS = ['uws', 'ws'] as const;
export const PASSWORD = 'correct horse battery';

/**
 * The edge's authentication limits raised out of the way, for tests that are
 * not about them: every test client is 127.0.0.1, and test files sign up and
 * connect far more often than one real client would. Tests of the limits
 * set their own.
 */
export const RELAXED_EDGE_LIMITS: ConfigInput = Object.freeze({
  loginAttemptsPerAddress: 1_000_000,
  loginFailuresPerUsername: 1_000_000,
  signupsPerAddress: 1_000_000,
  tokenFailuresPerAddress: 1_000_000,
  maxUnauthenticatedPerAddress: 1_000_000,
  maxUnauthenticatedConnections: 1_000_000,
  maxSessionsPerUser: 10_000,
});

/** The tap Test surface the fixture needs. */
export interface Teardowns {
  teardown(fn: () => unknown): void;
}

export interface TestRouterOptions {
  transport?: 'uws' | 'ws';
  /** 'postgres' (default): the harness's Postgres, a fresh schema. 'pglite': the embedded default. */
  store?: 'postgres' | 'pglite';
  /** With store 'postgres': reach the harness's Postgres at this URL instead (a proxy in front of it). */
  postgresUrl?: string;
  /** With store 'postgres': this schema (the caller drops it; a restart test shares it) instead of a fresh one. */
  postgresSchema?: string;
  dataDir?: string;
  config?: ConfigInput;
  /** Where the router logs (default: its config's logLevel, silent, to stdout). */
  logger?: Logger;
}

export async function tempDir(t: Teardowns, prefix = 'voxring-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function startTestRouter(t: Teardowns, options: TestRouterOptions = {}): Promise<Router> {
  const dataDir = options.dataDir ?? (await tempDir(t));
  const input: ConfigInput = {
    host: '127.0.0.1',
    port: 0,
    dataDir,
    transport: options.transport ?? 'ws',
    logLevel: 'silent',
    routerId: uniqueName('router'),
    ...RELAXED_EDGE_LIMITS,
    ...options.config,
  };
  if ((options.store ?? 'postgres') === 'postgres') {
    input.postgresUrl = options.postgresUrl ?? testPostgresUrl();
    input.postgresSchema = options.postgresSchema ?? uniqueName('e2e');
    if (options.postgresSchema === undefined) t.teardown(() => dropSchema(input.postgresSchema as string));
  }
  const config = loadConfig(input);
  const router = await Router.start(config, { logger: options.logger ?? createLogger(config.logLevel) });
  t.teardown(() => router.close());
  return router;
}

/** Drops a test's Postgres schema (teardown). */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export interface TestUser {
  name: string;
  http: VoxringHttp;
  userId: string;
  token: string;
}

let userCounter = 0;

/** Signs up a fresh user (unique name) on the router. */
export async function signupUser(baseUrl: string, prefix = 'user'): Promise<TestUser> {
  const name = `${prefix}${++userCounter}_${process.pid % 10000}`.slice(0, 32).toLowerCase();
  const http = new VoxringHttp(baseUrl);
  const session = await http.signup(name, PASSWORD);
  return { name, http, userId: session.userId, token: session.token };
}

/** Opens an authenticated device connection, closed in teardown. */
export async function connectDevice(
  t: Teardowns,
  baseUrl: string,
  user: TestUser,
  deviceId = 'phone',
  format: WireFormat = 'proto',
): Promise<VoxringConnection> {
  const conn = await VoxringConnection.connect({ url: baseUrl, token: user.token, deviceId, format });
  t.teardown(() => conn.terminate());
  return conn;
}

/** Hello with a token on a fresh socket: the welcome, or the error code and close. */
export async function helloWith(baseUrl: string, token: string): Promise<{ code: string; close: number } | 'welcome'> {
  const conn = await VoxringConnection.open(baseUrl, 'proto');
  try {
    const reply = await conn.request({ type: 'hello', hello: { token, deviceId: 'probe' } });
    return reply.type === 'welcome' ? 'welcome' : { code: reply.type, close: 0 };
  } catch (err) {
    const closed = await conn.closed();
    return { code: (err as { code: string }).code, close: closed.code };
  } finally {
    conn.terminate();
  }
}

/** The real Opus packets of fixtures/speech.ogg (espeak-ng speech, opusenc, 20 ms). */
export async function speechPackets(): Promise<{ packets: Buffer[]; preSkip: number; channels: number }> {
  const file = readOggOpus(await readFile(new URL('../../fixtures/speech.ogg', import.meta.url)));
  return { packets: file.packets, preSkip: file.head.preSkip, channels: file.head.channels };
}

/** Resolves once the router counts at most `count` WebSocket connections (GET /healthz): it has seen the others close. */
export async function connectionsAtMost(router: Router, count: number): Promise<void> {
  await eventually(
    async () => ((await (await fetch(`${router.url}/healthz`)).json()) as { connections: number }).connections,
    (n) => n <= count,
    `the router to count at most ${count} connections`,
  );
}

/**
 * Resolves once no message is live on the router. Polled: the router drops a
 * message from its registry just after the header update that a client may
 * already have read back.
 */
export async function nothingLive(router: Router): Promise<void> {
  await eventually(async () => router.messages.liveCount, (n) => n === 0, 'no message live on the router');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends `packets` at real pace, drift-free (packet i at start + i × frameMs), calling `after(i)` once packet i is sent. */
export async function talkInRealTime(message: { send(payload: Uint8Array): number }, packets: readonly Uint8Array[], frameMs: number, after?: (i: number) => void): Promise<void> {
  const startedAt = performance.now();
  for (const [i, packet] of packets.entries()) {
    const due = startedAt + i * frameMs - performance.now();
    if (due > 1) await sleep(due);
    message.send(packet);
    after?.(i);
  }
}
