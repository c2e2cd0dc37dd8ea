/** Runs a system command (ip, chattr, pg_ctl…) with a time limit; the harness's one door to the shell. */
import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` (no shell); rejects when it exits non-zero unless `allowFail`. */
export function run(command: string, args: readonly string[], options: { allowFail?: boolean; timeoutMs?: number } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      if (options.allowFail) resolve({ code: -1, stdout, stderr: String(err) });
      else reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      const result = { code, stdout, stderr };
      if (code === 0 || options.allowFail) resolve(result);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
    });
  });
}

/** True when `command` is on the PATH. */
export async function available(command: string): Promise<boolean> {
  return (await run('sh', ['-c', `command -v ${command}`], { allowFail: true })).code === 0;
}
