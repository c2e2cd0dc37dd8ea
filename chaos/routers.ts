/**
 * The routers under test: `voxring serve` child processes (the compiled
 * dist/cli/voxring.js when built, else the TypeScript through tsx), each with
 * a fixed id, address and data dir so that a restart is the same router
 * coming back. In namespace mode each runs inside its namespace
 * (`ip netns exec` execs node in place, so the child's pid is node's and
 * signals reach it). Their output goes to one log file per router.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';

export interface RouterSpec {
  index: number;
  id: string;
  host: string;
  port: number;
  dataDir: string;
  logFile: string;
  /** Network namespace to run in; undefined: the harness's own. */
  netns: string | undefined;
  env: Record<string, string>;
}

const LISTEN_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 20_000;
const START_ATTEMPTS = 10;
const START_RETRY_MS = 3000;

export class ChaosRouter {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  starts = 0;
  /** Starts that exited before listening (retried by startSupervised). */
  failedStarts = 0;

  constructor(
    readonly spec: RouterSpec,
    private readonly root: string,
  ) {}

  get url(): string {
    return `http://${this.spec.host}:${this.spec.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.spec.id} is already running`);
    const script = existsSync(path.join(this.root, 'dist/cli/voxring.js')) ? ['dist/cli/voxring.js'] : ['--import', 'tsx', 'cli/voxring.ts'];
    const argv = [process.execPath, '--initial-old-space-size=128', ...script, 'serve'];
    const [command, ...args] = this.spec.netns ? ['ip', 'netns', 'exec', this.spec.netns, ...argv] : argv;
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VOXRING_')) env[key] = value;
    Object.assign(env, this.spec.env, {
      VOXRING_HOST: this.spec.host,
      VOXRING_PORT: String(this.spec.port),
      VOXRING_DATA_DIR: this.spec.dataDir,
      VOXRING_ROUTER_ID: this.spec.id,
    });
    const log = await open(this.spec.logFile, 'a');
    await log.write(`\n--- start ${++this.starts} at ${new Date().toISOString()}\n`);
    const child = spawn(command as string, args, { cwd: this.root, env, stdio: ['ignore', 'pipe', log.fd] });
    await log.close();
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const logStream = await open(this.spec.logFile, 'a');
    void this.exited.then(() => logStream.close().catch(() => undefined));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`${this.spec.id} did not listen within ${LISTEN_TIMEOUT_MS} ms (log: ${this.spec.logFile})`)), LISTEN_TIMEOUT_MS);
      child.stdout?.setEncoding('utf8').on('data', (d: string) => {
        void logStream.write(d).catch(() => undefined);
        if (out.length < 10_000) out += d;
        if (/listening on /.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${this.spec.id} exited before listening (log: ${this.spec.logFile})`));
      });
    });
  }

  /**
   * Starts it as a supervisor (systemd, Kubernetes) would: a router exits
   * when it cannot reach Postgres at start, so a failed start is retried.
   */
  async startSupervised(log: (line: string) => void): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // Another heal (an overlapping fault's) may have started it meanwhile.
      if (this.running) return;
      try {
        return await this.start();
      } catch (err) {
        if (attempt >= START_ATTEMPTS) throw err;
        this.failedStarts++;
        log(`${this.spec.id} start ${attempt} failed (${String(err)}); again in ${START_RETRY_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, START_RETRY_MS));
      }
    }
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child?.kill(signal);
  }

  async kill9(): Promise<void> {
    this.signal('SIGCONT');
    this.signal('SIGKILL');
    await this.exited;
  }

  /** SIGTERM (a graceful stop: live messages move to the other routers), SIGKILL after a grace. */
  async terminate(): Promise<void> {
    this.signal('SIGCONT');
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }
}
