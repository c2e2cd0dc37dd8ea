/**
 * The SDK's back-off (fake clock and jitter source): delays double from
 * initialMs up to maxMs with ±50 % jitter and never run past the deadline;
 * retryFor retries what may succeed later, rethrows a refusal at once, and
 * gives up with VOX_CLIENT_GAVE_UP and the last error. Also: every
 * VOX_CLIENT_* code is listed in client/README.md.
 */
import { readFile } from 'node:fs/promises';
import t from 'tap';
import { Backoff, jitteredDelay, retryFor } from '../../client/backoff.js';
import { CLIENT_ERROR_CODES, VoxClientError, isRetryable } from '../../client/client-error.js';

void t.test('delays double, are capped and jittered, and stop at the deadline', async (t) => {
  let now = 1000;
  const backoff = new Backoff({ initialMs: 100, maxMs: 300, forMs: 1000, now: () => now, random: () => 0.5 });
  const delays: number[] = [];
  for (let i = 0; i < 20; i++) {
    const delay = backoff.next();
    if (delay === undefined) break;
    delays.push(delay);
    now += delay;
  }
  t.same(delays, [100, 200, 300, 300], 'doubling from initialMs, capped at maxMs (no jitter at random = 0.5)');
  t.equal(backoff.remainingMs, 100, 'the next one would end past the deadline');
  t.equal(jitteredDelay(100, 0, Infinity, () => 0), 50, 'jitter: half at least');
  t.equal(jitteredDelay(100, 0, Infinity, () => 0.999999) < 150, true, 'and less than one and a half');
});

void t.test('retryFor: retries what may succeed, rethrows a refusal, gives up in time', async (t) => {
  let calls = 0;
  const value = await retryFor('flaky', async () => {
    if (++calls < 3) throw new Error('ECONNREFUSED');
    return 'ok';
  }, { initialMs: 1, maxMs: 2, forMs: 5000 });
  t.equal(value, 'ok');
  t.equal(calls, 3, 'two network failures retried');

  const refusal = new VoxClientError('VOX_CONVERSATION_NOT_FOUND', 'no', false, 404);
  let refusedCalls = 0;
  const refused = await retryFor('refused', async () => {
    refusedCalls++;
    throw refusal;
  }, { initialMs: 1, forMs: 5000 }).catch((err: unknown) => err);
  t.equal(refused, refusal, 'a refusal is rethrown as it is');
  t.equal(refusedCalls, 1, 'without a retry');
  t.ok(isRetryable(new VoxClientError('HTTP_503', 'draining', false, 503)), 'HTTP 5xx is retryable');

  const startedAt = Date.now();
  const gaveUp = await retryFor('never', async () => {
    throw new Error('ECONNREFUSED');
  }, { initialMs: 5, maxMs: 10, forMs: 100 }).catch((err: unknown) => err);
  t.ok(gaveUp instanceof VoxClientError && gaveUp.code === 'VOX_CLIENT_GAVE_UP', 'gives up with VOX_CLIENT_GAVE_UP');
  t.match((gaveUp as Error).message, /never: gave up after 0\.1 s \(ECONNREFUSED\)/, 'naming the goal and the last error');
  t.ok(Date.now() - startedAt < 1000, 'within forMs');
});

void t.test('every VOX_CLIENT_* code is in client/README.md', async (t) => {
  const readme = await readFile(new URL('../../client/README.md', import.meta.url), 'utf8');
  for (const code of Object.keys(CLIENT_ERROR_CODES)) t.match(readme, `| \`${code}\` |`, `${code} documented`);
  const documented = [...readme.matchAll(/^\| `(VOX_CLIENT_[A-Z_]+)` \|/gm)].map((m) => m[1]);
  t.same(documented.filter((c) => c !== undefined && !(c in CLIENT_ERROR_CODES)), [], 'no stale codes');
});
