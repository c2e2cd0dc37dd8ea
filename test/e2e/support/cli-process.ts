/**
 * The `voxring` CLI as child processes for tests (from source with tsx): a
 * clean environment, stdout and stderr captured, a wait for a line, the exit
 * code. Each child is killed in teardown whatever happened to the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Test } from 'tap';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** fixtures/speech.ogg: 368 real Opus packets of 20 ms (7.36 s). */
export const FIXTURE = path.join(ROOT, 'fixtures', 'speech.ogg');

/** A `voxring` command running as a child process. */
export interface Cli {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves with the first stdout or stderr line matching `pattern` (rejects if the process exits first). */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

/** A child's environment with nothing inherited but PATH and HOME (no stray VOXRING_* variables). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...extra };
}

/** Starts `voxring ARGS` from source; SIGKILLed in teardown if still running. */
export function startCli(t: Test, args: string[], env: NodeJS.ProcessEnv = cleanEnv()): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/voxring.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const watchers = new Set<() => void>();
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...watchers]) w();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    for (const w of [...watchers]) w();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  const line = (pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const match = pattern.exec(out) ?? pattern.exec(err);
        if (match) {
          done();
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(
          new Error(
            `no line matching ${pattern} within ${timeoutMs} ms; stdout: ${out} stderr: ${err}`,
          ),
        );
      }, timeoutMs);
      const onExit = (): void => {
        check();
        done();
        reject(new Error(`exited before printing ${pattern}; stdout: ${out} stderr: ${err}`));
      };
      const done = (): void => {
        clearTimeout(timer);
        watchers.delete(check);
        child.off('exit', onExit);
      };
      watchers.add(check);
      child.once('exit', onExit);
      check();
    });
  return { child, stdout: () => out, stderr: () => err, exited, line };
}

/** Runs a command to its end. */
export async function runCli(
  t: Test,
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = startCli(t, args, env);
  const code = await cli.exited;
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}
