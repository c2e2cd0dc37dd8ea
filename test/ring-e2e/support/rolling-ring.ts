/**
 * A ring of three `voxring serve` child processes on real Postgres (one
 * schema), Redis membership (a key prefix of its own) and the
 * CouchDB-compatible body tier (one database), each on a fixed port so that
 * a restarted router comes back at the same address, and the rolling
 * restart itself: SIGTERM one router, wait for it to exit, start it again
 * with the same id, data dir and port, and wait until the ring is whole.
 */
import net from 'node:net';
import { CouchTestDb } from '../../body-store/couch-test-db.js';
import { dropSchema, type Teardowns } from '../../helpers/router-fixture.js';
import { uniqueName } from '../../helpers/services.js';
import { ADMIN_TOKEN, startChildRouter, type ChildRouter } from '../ring-fixture.js';

const TTL_MS = 3000;
/** How long one router may take to drain and exit after SIGTERM (its stopTimeoutMs + 5 s hard stop). */
const EXIT_WITHIN_MS = 25_000;
/** How long a restarted router may take to be ready, active and linked (a loaded box: tsx compiles at start). */
const READY_WITHIN_MS = 60_000;

/** One member of the ring: its fixed address and the process now running there. */
export interface RingMember {
  id: string;
  port: number;
  url: string;
  zelloUrl: string;
  dataDir: string;
  child: ChildRouter;
}

/** What one step of the rolling restart measured. */
export interface RestartRecord {
  id: string;
  /** When SIGTERM was sent (Date.now()). */
  stoppedAt: number;
  exitCode: number | null;
  exitMs: number;
  /** From SIGTERM to the ring whole again with the restarted router in it. */
  backMs: number;
}

export interface RollingRing {
  members: RingMember[];
  schema: string;
  couch: CouchTestDb;
  /** Stops `member` with SIGTERM (calling `onStop` first, at the moment of the signal) and starts it again. */
  restart(member: RingMember, onStop: (at: number) => void): Promise<RestartRecord>;
  /** URLs of the members that answer /readyz 200 now. */
  readyUrls(): Promise<string[]>;
}

export async function startRollingRing(t: Teardowns, count = 3): Promise<RollingRing> {
  const schema = uniqueName('rolling');
  t.teardown(() => dropSchema(schema));
  const keyPrefix = `${uniqueName('rolling')}:`;
  const couch = await CouchTestDb.create(t, 'rolling');
  const tag = schema.slice(-6);
  const env = {
    VOXRING_COUCHDB_URL: couch.url,
    VOXRING_COUCHDB_DATABASE: couch.name,
    VOXRING_ADMIN_TOKEN: ADMIN_TOKEN,
    VOXRING_LOG_LEVEL: process.env.ROLLING_LOG_LEVEL ?? 'silent',
  };
  const launch = (id: string, port: number, dataDir?: string): Promise<ChildRouter> =>
    startChildRouter(t, { schema, keyPrefix, id, ttlMs: TTL_MS, port, env, ...(dataDir ? { dataDir } : {}) });
  const members: RingMember[] = [];
  const ports = await freeLowPorts(count);
  // One at a time: the first creates the schema, the others find it migrated.
  for (const [i, port] of ports.entries()) {
    const id = `roll${i}-${tag}`;
    const child = await launch(id, port);
    members.push({ id, port, url: child.url, zelloUrl: `${child.url.replace(/^http/, 'ws')}/zello`, dataDir: child.dataDir, child });
  }
  await ringWhole(members, READY_WITHIN_MS);

  const readyUrls = async (): Promise<string[]> => {
    const ready = await Promise.all(members.map(async (m) => ((await readyz(m.url)) ? m.url : undefined)));
    return ready.filter((u): u is string => u !== undefined);
  };
  const restart = async (member: RingMember, onStop: (at: number) => void): Promise<RestartRecord> => {
    const stoppedAt = Date.now();
    onStop(stoppedAt);
    const exitCode = await withTimeout(member.child.terminate(), EXIT_WITHIN_MS, `${member.id} to exit after SIGTERM`);
    const exitMs = Date.now() - stoppedAt;
    member.child = await launch(member.id, member.port, member.dataDir);
    await ringWhole(members, READY_WITHIN_MS);
    return { id: member.id, stoppedAt, exitCode, exitMs, backMs: Date.now() - stoppedAt };
  };
  return { members, schema, couch, restart, readyUrls };
}

async function readyz(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}

interface RingView {
  members: { id: string; draining: boolean; inRing: boolean }[];
  links: { peer: string; state: string }[];
}

/** Every member ready, each seeing all of them active in its ring and its links to the others up. */
async function ringWhole(members: readonly RingMember[], timeoutMs: number): Promise<void> {
  const ids = members.map((m) => m.id).sort();
  const whole = async (m: RingMember): Promise<boolean> => {
    if (!(await readyz(m.url))) return false;
    const res = await fetch(`${m.url}/v1/admin/ring`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, signal: AbortSignal.timeout(2000) });
    if (res.status !== 200) return false;
    const view = (await res.json()) as RingView;
    const active = view.members.filter((x) => x.inRing && !x.draining).map((x) => x.id).sort();
    const linksUp = ids.filter((id) => id !== m.id).every((id) => view.links.some((l) => l.peer === id && l.state === 'up'));
    return active.join() === ids.join() && linksUp;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await Promise.all(members.map((m) => whole(m).catch(() => false)));
    if (states.every(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`the ring of ${ids.join(', ')} was not whole within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Free ports below the ephemeral range (DEPENDENCIES.md): a port picked
 * there is not taken by some outgoing connection while its router restarts.
 */
async function freeLowPorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let attempt = 0; ports.length < count && attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!ports.includes(port) && (await portFree(port))) ports.push(port);
  }
  if (ports.length < count) throw new Error(`found only ${ports.length} free ports below 32000`);
  return ports;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
