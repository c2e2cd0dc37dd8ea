/**
 * Runs the real `voxring serve` CLI as a child process (embedded PGlite
 * store or a Postgres schema, ws transport, port 0 or a given one) for
 * restart tests. The child is killed in
 * teardown whatever happened to the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Teardowns } from '../../helpers/router-fixture.js';
import { testPostgresUrl } from '../../helpers/services.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LISTENING = /voxring listening on (http:\/\/\S+)/;

export interface CliRouter {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the child wrote to stderr (for failure messages). */
  stderr(): string;
}

export interface CliRouterOptions {
  /** Default 0 (a free port); a restart passes the port of the router it replaces. */
  port?: number;
  timeoutMs?: number;
  /** The harness's Postgres with this schema instead of the embedded PGlite (whose cold start is slow on a loaded box). */
  postgresSchema?: string;
}

/** Starts `voxring serve` on dataDir and resolves once it prints its URL. */
export async function startCliRouter(
  t: Teardowns,
  dataDir: string,
  options: CliRouterOptions = {},
): Promise<CliRouter> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  // No inherited VOXRING_* variable reaches the child: a VOXRING_POSTGRES_URL
  // would silently replace the embedded store this test is about.
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VOXRING_')) env[key] = value;
  }
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'cli/voxring.ts',
      'serve',
      '--port',
      String(options.port ?? 0),
      '--data',
      dataDir,
      '--transport',
      'ws',
      '--log-level',
      'silent',
      ...(options.postgresSchema ? ['--postgres', testPostgresUrl(), '--postgres-schema', options.postgresSchema] : []),
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  // Safety net when the test process exits without running teardowns.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`voxring serve printed no URL in ${timeoutMs} ms; stderr: ${err}`)),
      timeoutMs,
    );
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const match = LISTENING.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(`voxring serve exited (${code ?? signal}) before listening; stderr: ${err}`),
      );
    });
  });
  return { url, child, exited, stderr: () => err };
}
