/**
 * The chaos run's own throwaway Postgres, Redis and CouchDB-compatible server
 * (never make test's, never a system one), each on a fixed port so that a
 * restart comes back at the same address. Postgres stops in immediate mode
 * (a crash: no shutdown checkpoint) and starts again on the same cluster;
 * Redis is SIGKILLed and starts empty (no persistence, as in production
 * voxring keeps nothing in Redis it cannot rebuild). The CouchDB test server
 * keeps its data in memory, so its fault is an outage (SIGSTOP, SIGCONT), not
 * a restart, which would wipe every uploaded body.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, chmod, chown, mkdir, open } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { run } from './shell.js';

export interface ServiceHosts {
  redis: string;
  postgres: string;
  couch: string;
}

export interface ServiceUrls {
  /** As the routers reach them (the bridge addresses in namespace mode). */
  redisUrl: string;
  postgresUrl: string;
  couchUrl: string;
  /** As the harness reaches Postgres (loopback). */
  localPostgresUrl: string;
}

const START_TIMEOUT_MS = 30_000;
const PG_ROOT = '/usr/lib/postgresql';

export class ChaosServices {
  private redis: ChildProcess | undefined;
  private couch: ChildProcess | undefined;
  private pgBin = '';
  private readonly pgDir: string;

  private constructor(
    private readonly dir: string,
    private readonly hosts: ServiceHosts,
    private readonly ports: { redis: number; postgres: number; couch: number },
    private readonly root: string,
  ) {
    this.pgDir = path.join(dir, 'pg');
  }

  static async start(dir: string, hosts: ServiceHosts, root: string): Promise<ChaosServices> {
    const ports = { redis: await freePort(), postgres: await freePort(), couch: await freePort() };
    const services = new ChaosServices(dir, hosts, ports, root);
    await services.initPostgres();
    await services.startPostgres();
    await services.startRedis();
    await services.startCouch();
    return services;
  }

  get urls(): ServiceUrls {
    return {
      redisUrl: `redis://${this.hosts.redis}:${this.ports.redis}`,
      postgresUrl: `postgres://postgres@${this.hosts.postgres}:${this.ports.postgres}/postgres`,
      couchUrl: `http://${this.hosts.couch}:${this.ports.couch}`,
      localPostgresUrl: `postgres://postgres@127.0.0.1:${this.ports.postgres}/postgres`,
    };
  }

  private asPg(command: string, args: string[]): Promise<unknown> {
    if (process.getuid?.() === 0) return run('runuser', ['-u', 'postgres', '--', command, ...args], { timeoutMs: START_TIMEOUT_MS * 2 });
    return run(command, args, { timeoutMs: START_TIMEOUT_MS * 2 });
  }

  private async initPostgres(): Promise<void> {
    const versions = existsSync(PG_ROOT) ? readdirSync(PG_ROOT).sort((a, b) => a.localeCompare(b, undefined, { numeric: true })) : [];
    const version = versions.at(-1);
    const bin = version === undefined ? undefined : `${PG_ROOT}/${version}/bin`;
    if (bin === undefined) throw new Error('no /usr/lib/postgresql/*/bin: install postgresql');
    this.pgBin = bin;
    await mkdir(this.pgDir, { mode: 0o700 });
    if (process.getuid?.() === 0) {
      await chmod(this.dir, 0o755);
      const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
      const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
      await chown(this.pgDir, uid, gid);
    }
    await this.asPg(`${this.pgBin}/initdb`, ['-D', `${this.pgDir}/data`, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // The routers reach it from their namespaces' private addresses (throwaway cluster: trust).
    await appendFile(`${this.pgDir}/data/pg_hba.conf`, `host all all ${this.hosts.postgres}/8 trust\n`);
  }

  async startPostgres(): Promise<void> {
    const listen = [...new Set(['127.0.0.1', this.hosts.postgres])].join(',');
    // A crash here is a process crash (the kernel keeps its page cache), so fsync can be off; a commit
    // must reach the kernel before it is acknowledged, or an immediate stop loses commits the routers
    // were told about (synchronous_commit=off made an ended message's header fall back to LIVE).
    const opts = `-c listen_addresses=${listen} -p ${this.ports.postgres} -k ${this.pgDir} -c fsync=off -c synchronous_commit=on -c full_page_writes=off -c max_connections=300`;
    await this.asPg(`${this.pgBin}/pg_ctl`, ['-D', `${this.pgDir}/data`, '-l', `${this.pgDir}/postgres.log`, '-w', '-t', '30', '-o', opts, 'start']);
  }

  /** A crash: immediate stop, no checkpoint. */
  async stopPostgres(): Promise<void> {
    await this.asPg(`${this.pgBin}/pg_ctl`, ['-D', `${this.pgDir}/data`, '-m', 'immediate', '-w', '-t', '20', 'stop']).catch(() => undefined);
  }

  async startRedis(): Promise<void> {
    const binds = [...new Set(['127.0.0.1', this.hosts.redis])].join(' ');
    const log = await open(path.join(this.dir, 'redis.log'), 'a');
    this.redis = spawn('redis-server', ['--port', String(this.ports.redis), '--bind', ...binds.split(' '), '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], {
      stdio: ['ignore', log.fd, log.fd],
    });
    await log.close();
    await waitForPort('127.0.0.1', this.ports.redis, 'redis');
  }

  async killRedis(): Promise<void> {
    await killChild(this.redis, 'SIGKILL');
    this.redis = undefined;
  }

  async startCouch(): Promise<void> {
    const log = await open(path.join(this.dir, 'couchdb.log'), 'a');
    this.couch = spawn(process.execPath, ['--import=tsx', 'scripts/couchdb-test-server.ts', '--port', String(this.ports.couch), '--host', this.hosts.couch], {
      cwd: this.root,
      stdio: ['ignore', log.fd, log.fd],
    });
    await log.close();
    await waitForPort(this.hosts.couch, this.ports.couch, 'couchdb');
  }

  /** SIGSTOP (true) or SIGCONT (false) the CouchDB server: an outage that keeps its in-memory data. */
  pauseCouch(paused: boolean): void {
    this.couch?.kill(paused ? 'SIGSTOP' : 'SIGCONT');
  }

  async stop(): Promise<void> {
    if (this.couch) this.couch.kill('SIGCONT');
    await killChild(this.couch, 'SIGKILL');
    await killChild(this.redis, 'SIGKILL');
    await this.stopPostgres();
  }
}

async function killChild(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** A port free on 127.0.0.1 a moment ago, below the ephemeral range. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12768);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 20000-32767');
}

export async function waitForPort(host: string, port: number, what: string, timeoutMs = START_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not accept connections on ${host}:${port} within ${timeoutMs} ms`);
}
