import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import t, { type Test } from 'tap';
import { createTransport } from '../../router/edge/load-transport.js';
import type { TransportOptions } from '../../router/edge/transport.js';

const options: TransportOptions = {
  host: '127.0.0.1',
  port: 0,
  maxPayloadBytes: 1024,
  highWaterMarkBytes: 1024,
  idleTimeoutSeconds: 0,
  handlers: {
    onHttp: () => {},
    onUpgrade: () => ({ accept: false, status: 404, body: '' }),
    onOpen: () => {},
    onMessage: () => {},
    onDrain: () => {},
    onClose: () => {},
  },
};

void t.test('createTransport picks the implementation by name', async (t) => {
  for (const [choice, name] of [
    ['ws', 'ws'],
    ['uws', 'uws'],
    ['auto', 'uws'],
  ] as const) {
    const transport = await createTransport(choice, options);
    t.teardown(() => transport.close());
    t.equal(transport.name, name, `${choice} → ${name} (the native binary loads here)`);
  }
});

const script = fileURLToPath(new URL('./exit-check.ts', import.meta.url));

/** Runs exit-check.ts in a child; resolves with its output and how it ended. */
async function runChild(t: Test, choice: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import=tsx', script, choice], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 15000);
  t.teardown(() => clearTimeout(killer));
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  return { out: out.trim(), err, code, signal };
}

for (const choice of ['uws', 'ws'] as const) {
  void t.test(`${choice}: after close() the process exits with no handle left`, async (t) => {
    const run = await runChild(t, choice);
    t.equal(run.out, `DONE ${choice}`);
    t.equal(run.signal, null, 'not killed by the 15 s guard');
    t.equal(run.code, 0);
  });
}

void t.test('without the native binary: auto falls back to ws, uws fails hard', async (t) => {
  // The package returns its ws-based shim when this variable is set, as it does when the binary cannot load.
  const auto = await runChild(t, 'auto', { UWS_USE_FALLBACK: '1' });
  t.equal(auto.out.split('\n').at(-1), 'DONE ws');
  t.equal(auto.code, 0);
  const uws = await runChild(t, 'uws', { UWS_USE_FALLBACK: '1' });
  t.not(uws.code, 0);
  t.match(uws.err, /native binary did not load/);
});
