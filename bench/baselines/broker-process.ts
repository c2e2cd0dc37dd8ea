/**
 * A message broker for a persisted baseline, started by the bench as a child
 * process on a free port in a temp dir of its own, pinned like the server,
 * and stopped by its pid:
 *
 *   jetstream      nats-server -js, file storage under the temp dir
 *   redis-streams  redis-server, append-only file fsynced every second
 *
 * `findBinary` says whether the Debian package is installed (nats-server is
 * in /usr/sbin, outside an ordinary user's PATH).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type BrokerKind = 'jetstream' | 'redis-streams';

const BINARIES: Record<BrokerKind, string> = { jetstream: 'nats-server', 'redis-streams': 'redis-server' };
const START_TIMEOUT_MS = 20_000;

export interface BrokerOptions {
  kind: BrokerKind;
  /** taskset CPU list; undefined: not pinned. */
  cpu?: string | undefined;
  /** Scheduling priority; undefined: inherited. */
  nice?: number | undefined;
}

/** The broker's executable, or undefined when its package is not installed. */
export function findBinary(kind: BrokerKind, searchPath = process.env.PATH ?? ''): string | undefined {
  const dirs = [...searchPath.split(':').filter(Boolean), '/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin'];
  return dirs.map((dir) => path.join(dir, BINARIES[kind])).find((file) => existsSync(file));
}

export class BrokerProcess {
  private readonly exited: Promise<void>;

  private constructor(
    readonly kind: BrokerKind,
    private readonly child: ChildProcess,
    /** nats://127.0.0.1:P or redis://127.0.0.1:P */
    readonly url: string,
    private readonly dir: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Starts the broker and resolves once it accepts clients; throws when its binary is missing or it fails to start. */
  static async start(options: BrokerOptions): Promise<BrokerProcess> {
    const binary = findBinary(options.kind);
    if (!binary) throw new Error(`${BINARIES[options.kind]} not installed`);
    const dir = await mkdtemp(path.join(os.tmpdir(), `voxring-bench-${options.kind}-`));
    try {
      const port = await freePort();
      const args =
        options.kind === 'jetstream'
          ? ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', path.join(dir, 'jetstream'), '--pid', path.join(dir, 'pid')]
          : ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'everysec', '--protected-mode', 'no', '--daemonize', 'no'];
      const command = options.cpu !== undefined ? 'taskset' : binary;
      const argv = options.cpu !== undefined ? ['-c', options.cpu, binary, ...args] : args;
      const child = spawn(command, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      if (options.nice !== undefined && child.pid) setPriority(child.pid, options.nice);
      const ready = options.kind === 'jetstream' ? /Server is ready/ : /Ready to accept connections/;
      await waitForLine(child, ready, options.kind);
      const scheme = options.kind === 'jetstream' ? 'nats' : 'redis';
      return new BrokerProcess(options.kind, child, `${scheme}://127.0.0.1:${port}`, dir);
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** SIGTERM (SIGKILL after 10 s), then removes its temp dir. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      await this.exited;
      clearTimeout(timer);
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}

function setPriority(pid: number, nice: number): void {
  try {
    os.setPriority(pid, nice);
  } catch {
    // Raising priority needs CAP_SYS_NICE; without it the broker runs at the inherited one.
  }
}

/** A port the kernel just handed out and released (the broker binds it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when stdout or stderr shows `ready`; rejects (and kills the child) on exit or after START_TIMEOUT_MS. */
function waitForLine(child: ChildProcess, ready: RegExp, kind: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      child.removeListener('exit', onExit);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve();
      // Keep draining so a chatty broker never blocks on a full pipe.
      child.stdout?.removeAllListeners('data').resume();
      child.stderr?.removeAllListeners('data').resume();
    };
    const onData = (chunk: Buffer): void => {
      seen = (seen + chunk.toString()).slice(-20_000);
      if (ready.test(seen)) finish();
    };
    const onExit = (code: number | null): void => finish(new Error(`${kind} broker exited with ${code} before it was ready\n${seen}`));
    const timer = setTimeout(() => finish(new Error(`${kind} broker not ready within ${START_TIMEOUT_MS / 1000} s\n${seen}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}
