import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { testRedisUrl, uniqueName } from '../helpers/services.js';

void t.test('after close(), memberships and hot states leave no handle open', async (t) => {
  const script = fileURLToPath(new URL('./ring-exit-check.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import=tsx', script, testRedisUrl(), `${uniqueName('exit')}:`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  t.teardown(() => {
    clearTimeout(timer);
    child.kill('SIGKILL');
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('exit', (c, s) => resolve([c, s])),
  );
  t.equal(out, 'DONE\n', err);
  t.same({ code, signal }, { code: 0, signal: null }, 'exited by itself');
});
