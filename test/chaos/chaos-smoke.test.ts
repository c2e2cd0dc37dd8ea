/**
 * The smoke form of `make chaos`: the real harness (three `voxring serve`
 * routers, in network namespaces as root, its own Postgres, Redis and
 * CouchDB test server) for 45 s of faults on a fixed seed, then the checker.
 * It must end clean: exit 0 and `chaos: … 0 lost, 0 duplicated`. Its reports
 * go to test-artifacts/chaos/smoke/.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A seed whose 45 s schedule holds a router kill -9, a partition and a service restart. */
const SEED = '1';
const RUN_TIMEOUT_MS = 280_000;

t.setTimeout(RUN_TIMEOUT_MS + 20_000);

void t.test('a short seeded chaos run loses and duplicates nothing', async (t) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'chaos/main.ts', '--smoke', '--seed', SEED, '--out', 'test-artifacts/chaos/smoke'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  // SIGINT: the harness heals and removes its namespaces, processes and temp dirs before it exits.
  const timer = setTimeout(() => child.kill('SIGINT'), RUN_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  const summary = /^chaos: (\d+) faults, (\d+) messages, (\d+) acked chunks, (\d+) lost, (\d+) duplicated$/m.exec(out);
  t.equal(code, 0, `the chaos run exits 0\n${out.slice(-4000)}`);
  t.ok(summary, 'it prints the summary line');
  const [faults, messages, acked, lost, duplicated] = (summary?.slice(1) ?? []).map(Number);
  t.ok((faults ?? 0) >= 3, `faults were injected (${faults})`);
  t.ok((messages ?? 0) >= 5 && (acked ?? 0) >= 500, `messages flowed (${messages} messages, ${acked} acked chunks)`);
  t.equal(lost, 0, 'no acked chunk lost');
  t.equal(duplicated, 0, 'nothing duplicated');
  t.match(out, /reports: \S+\.json, \S+\.md/, 'it wrote its JSON and Markdown reports');
});
