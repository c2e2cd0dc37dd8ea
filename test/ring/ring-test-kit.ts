/** Shared helpers for the ring tests: loggers, router infos, waiting on memberships, a private redis-server. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Test } from 'tap';
import type { RouterId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { Membership } from '../../ring/membership.js';
import type { RouterInfo } from '../../ring/router-info.js';

/** A logger whose JSON lines are kept for assertions. */
export function captureLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug', base: undefined }, sink), lines: () => lines };
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

export function routerInfo(id: string, overrides: Partial<RouterInfo> = {}): RouterInfo {
  return {
    id: id as RouterId,
    publicUrl: `ws://127.0.0.1:1/${id}`,
    linkUrl: `ws://127.0.0.1:2/${id}`,
    startedAtMs: 1_700_000_000_000,
    draining: false,
    ...overrides,
  };
}

/**
 * Resolves with the member list once `predicate` holds (checked now and on
 * every change event); rejects after timeoutMs with what was seen.
 */
export function membersUntil(
  membership: Membership,
  predicate: (members: RouterInfo[]) => boolean,
  timeoutMs = 10_000,
): Promise<RouterInfo[]> {
  return new Promise((resolve, reject) => {
    const now = membership.members();
    if (predicate(now)) {
      resolve(now);
      return;
    }
    const timer = setTimeout(() => {
      off();
      reject(
        new Error(
          `membership of ${membership.selfId} did not reach the expected state within ${timeoutMs} ms; has ${ids(membership.members()).join(',')}`,
        ),
      );
    }, timeoutMs);
    const off = membership.onChange((change) => {
      if (!predicate(change.members)) return;
      clearTimeout(timer);
      off();
      resolve(change.members);
    });
  });
}

export function ids(members: readonly RouterInfo[]): string[] {
  return members.map((m) => m.id);
}

/** Polls `check` every 20 ms until it returns true; for conditions with no event (TTL expiry). */
export async function pollUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A redis-server of this test's own (no persistence), which the test may kill and start again on the same port. */
export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  /** SIGKILL, then wait for the process to exit. */
  kill(): Promise<void>;
}

export async function privateRedis(t: Test): Promise<PrivateRedis> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'voxring-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const kill = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  };
  const start = async (): Promise<void> => {
    if (child) throw new Error('private redis already running');
    const proc = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
        '--dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child = proc;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const onExit = (code: number | null): void =>
        reject(new Error(`redis-server exited (${code}) before ready: ${out}`));
      proc.once('exit', onExit);
      proc.stdout?.on('data', (data: Buffer) => {
        out += data.toString('utf8');
        if (out.includes('Ready to accept connections')) {
          proc.off('exit', onExit);
          proc.stdout?.removeAllListeners('data');
          proc.stdout?.resume();
          resolve();
        }
      });
    });
  };
  t.teardown(async () => {
    await kill();
    await rm(dir, { recursive: true, force: true });
  });
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, kill };
}
