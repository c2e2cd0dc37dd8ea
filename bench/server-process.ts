/**
 * The server under test as a child process: a voxring router (`voxring
 * serve` on a fresh data dir, embedded PGlite unless --postgres) or one of
 * the baseline relays, pinned to one CPU with taskset when asked. Its CPU
 * time and RSS are read from /proc, so they cover the whole process
 * (libuv threads and uWS included), not what it reports about itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ServerKind = 'voxring' | 'uws-relay' | 'ws-relay' | 'jetstream' | 'redis-streams';
export const SERVER_KINDS: readonly ServerKind[] = ['voxring', 'uws-relay', 'ws-relay', 'jetstream', 'redis-streams'];

/** bench/.. or dist/bench/.. (then projectRoot() goes one more up). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLK_TCK = clockTicks();

export interface ServerOptions {
  kind: ServerKind;
  /** CPU list for taskset (e.g. "0"); undefined: not pinned. */
  cpu?: string | undefined;
  /** voxring only: Postgres URL instead of embedded PGlite. */
  postgresUrl?: string | undefined;
  /** voxring only: transport (default uws). */
  transport?: 'uws' | 'ws';
  /** voxring only: a fixed port (a ring member listed in its peers' --peers); 0 (default): any free one. */
  port?: number;
  /** Write a V8 CPU profile into this directory when the server stops. */
  cpuProfDir?: string | undefined;
  /** Extra `--option value` pairs for voxring serve or the relay script. */
  extraArgs?: string[];
  /** Scheduling priority (nice) for the server; undefined: inherited. */
  nice?: number | undefined;
}

export interface ServerCpu {
  /** user + system, µs (10 ms resolution: /proc counts clock ticks). */
  totalUs: number;
}

/** The root of the source tree (where package.json is), whether running from bench/ or dist/bench/. */
export function projectRoot(): string {
  return existsSync(path.join(ROOT, 'package.json')) ? ROOT : path.resolve(ROOT, '..');
}

/**
 * Node flags the router runs with, as `make run` does (Makefile
 * ROUTER_NODE_FLAGS): --liftoff-only keeps PGlite's WASM on V8's baseline
 * compiler (~80 MB less RSS, less start-up CPU, the same CPU per PGlite
 * statement; README *Benchmarks*, Footprint); a live message keeps its
 * chunks, so the old generation grows steadily, and a 256 MB initial old
 * space spares the frequent full collections (6–37 ms pauses every 2–4 s
 * at T = 200) a small starting heap triggers. It costs no idle RSS: V8
 * commits old space only as the heap grows.
 */
export const ROUTER_NODE_FLAGS: readonly string[] = ['--liftoff-only', '--initial-old-space-size=256'];

/** A script to run with node: compiled JS in dist/ when it exists, else the .ts through tsx. */
export function nodeScript(relative: string): string[] {
  const root = projectRoot();
  const compiled = path.join(root, 'dist', relative.replace(/\.ts$/, '.js'));
  if (existsSync(compiled)) return [compiled];
  return ['--import', 'tsx', path.join(root, relative)];
}

export function tasksetAvailable(): boolean {
  return spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;
}

/**
 * Raises (negative) or lowers the scheduling priority of a process (this one
 * by default; children started later inherit it). False when not allowed
 * (raising needs root or CAP_SYS_NICE).
 */
export function setNice(nice: number, pid = 0): boolean {
  try {
    os.setPriority(pid, nice);
    return true;
  } catch {
    return false;
  }
}

/** Pins this process (and the children it starts later) to `cpu`. */
export function pinSelf(cpu: string): boolean {
  return spawnSync('taskset', ['-a', '-p', '-c', cpu, String(process.pid)], { stdio: 'ignore' }).status === 0;
}

/** What the scenarios need of a server: where it is, and its CPU, memory and metrics. */
export interface BenchServer {
  readonly kind: ServerKind;
  readonly url: string;
  readonly wsUrl: string;
  /** user + system CPU time so far (µs); NaN when unknown. */
  cpu(): ServerCpu;
  /** Resident set size (bytes); NaN when unknown. */
  rssBytes(): number;
  /** GET /metrics (voxring only). */
  metrics(): Promise<string | undefined>;
  /** Stops what the bench started; returns a CPU profile path when one was written. */
  stop(): Promise<string | undefined>;
}

/** A voxring router the bench did not start (`--target URL`); CPU and RSS only with its pid. */
export class ExternalServer implements BenchServer {
  readonly kind = 'voxring' as const;
  readonly wsUrl: string;

  constructor(
    readonly url: string,
    private readonly pid?: number,
  ) {
    this.url = url.replace(/\/$/, '');
    this.wsUrl = this.url.replace(/^http/, 'ws') + '/v1/ws';
  }

  cpu(): ServerCpu {
    return { totalUs: this.pid ? procCpuUs(this.pid) : NaN };
  }

  rssBytes(): number {
    return this.pid ? procRssBytes(this.pid) : NaN;
  }

  async metrics(): Promise<string | undefined> {
    const res = await fetch(`${this.url}/metrics`);
    return res.ok ? res.text() : undefined;
  }

  async stop(): Promise<undefined> {
    return undefined;
  }
}

export class ServerProcess implements BenchServer {
  private exited: Promise<number | null>;

  private constructor(
    readonly kind: ServerKind,
    private readonly child: ChildProcess,
    /** http://… (voxring) or ws://… (relays) as printed by the server. */
    readonly url: string,
    readonly wsUrl: string,
    private readonly dataDir: string | undefined,
    private readonly cpuProfDir: string | undefined,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(options: ServerOptions): Promise<ServerProcess> {
    const dataDir = options.kind === 'voxring' ? await mkdtemp(path.join(os.tmpdir(), 'voxring-bench-')) : undefined;
    const nodeArgs = [
      ...(options.kind === 'voxring' ? ROUTER_NODE_FLAGS : []),
      ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []),
    ];
    let args: string[];
    if (options.kind === 'voxring') {
      args = [
        ...nodeScript('cli/voxring.ts'),
        'serve',
        '--host', '127.0.0.1',
        '--port', String(options.port ?? 0),
        '--data', dataDir!,
        '--log-level', 'warn',
        '--transport', options.transport ?? 'uws',
        '--max-connections', '100000',
        // Every bench client is 127.0.0.1: the per-address auth limits would stop its sign-ups.
        '--signups-per-address', '1000000',
        '--login-attempts-per-address', '1000000',
        '--token-failures-per-address', '1000000',
        '--max-unauthenticated-per-address', '1000000',
        '--max-unauthenticated-connections', '1000000',
        ...(options.postgresUrl ? ['--postgres', options.postgresUrl] : []),
        ...(options.extraArgs ?? []),
      ];
    } else {
      // The persisted baselines are one relay script in front of a broker (baselines/broker-relay-server.ts).
      const script = options.kind === 'uws-relay' || options.kind === 'ws-relay' ? options.kind : 'broker-relay';
      args = [...nodeScript(`bench/baselines/${script}.ts`), '--port', '0', ...(options.extraArgs ?? [])];
    }
    const command = options.cpu !== undefined ? 'taskset' : process.execPath;
    const argv = options.cpu !== undefined ? ['-c', options.cpu, process.execPath, ...nodeArgs, ...args] : [...nodeArgs, ...args];
    const child = spawn(command, argv, { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
    if (options.nice !== undefined && child.pid) setNice(options.nice, child.pid);
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => finish(new Error(`${options.kind} did not start within 60 s\n${out}${err}`)), 60_000);
      const finish = (error: Error | null, value = ''): void => {
        clearTimeout(timer);
        child.stdout?.removeAllListeners('data');
        if (error) {
          child.kill('SIGKILL');
          reject(error);
        } else resolve(value);
      };
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (\S+)/.exec(out);
        if (match?.[1]) finish(null, match[1]);
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        if (err.length > 20_000) err = err.slice(-10_000);
      });
      child.once('exit', (code) => finish(new Error(`${options.kind} exited with ${code} before listening\n${out}${err}`)));
    });
    // Keep draining output so a chatty server never blocks on a full pipe.
    child.stdout?.resume();
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${options.kind}] ${chunk.toString()}`));
    const wsUrl = options.kind === 'voxring' ? url.replace(/^http/, 'ws') + '/v1/ws' : url;
    return new ServerProcess(options.kind, child, url, wsUrl, dataDir, options.cpuProfDir);
  }

  /** The node process itself (taskset execs node in place, so it is the child's pid). */
  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** user + system CPU time so far, from /proc/<pid>/stat. */
  cpu(): ServerCpu {
    return { totalUs: procCpuUs(this.pid) };
  }

  /** Resident set size in bytes, from /proc/<pid>/status. */
  rssBytes(): number {
    return procRssBytes(this.pid);
  }

  /** GET /metrics (voxring only): Prometheus text. */
  async metrics(): Promise<string | undefined> {
    if (this.kind !== 'voxring') return undefined;
    const res = await fetch(`${this.url}/metrics`);
    return res.ok ? res.text() : undefined;
  }

  /** SIGTERM, wait for a clean exit (and the CPU profile), then remove the data dir. Returns the profile path if any. */
  async stop(): Promise<string | undefined> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
      await this.exited;
      clearTimeout(timer);
    }
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
    if (!this.cpuProfDir) return undefined;
    const files = (await readdir(this.cpuProfDir)).filter((f) => f.endsWith('.cpuprofile') && f.includes(`.${this.pid}.`));
    return files[0] ? path.join(this.cpuProfDir, files[0]) : undefined;
  }
}

/** user + system time of a process in µs (fields 14 and 15 of /proc/<pid>/stat, in clock ticks). */
export function procCpuUs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: split after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1e6) / CLK_TCK;
  } catch {
    return NaN;
  }
}

export function procRssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

function clockTicks(): number {
  try {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const value = Number(out.stdout.trim());
    return Number.isFinite(value) && value > 0 ? value : 100;
  } catch {
    return 100;
  }
}
