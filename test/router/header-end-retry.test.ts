/**
 * The end-of-message header update tried again while the header store
 * refuses it (regression for `make chaos` seed 1: a router cut off from
 * Postgres left a finished message's header LIVE with 0 chunks for good).
 */
import t from 'tap';
import { createLogger } from '../../common/logger.js';
import { retryHeaderEnd } from '../../router/stream/header-end-retry.js';

const logger = createLogger('silent');
const fast = { firstDelayMs: 5, maxDelayMs: 20 };

void t.test('a write refused twice lands on the third try', async (t) => {
  let calls = 0;
  const write = async (): Promise<boolean> => {
    if (++calls < 3) throw new Error('connect EINVAL (Postgres cut off)');
    return true;
  };
  t.equal(await retryHeaderEnd(write, async () => true, logger, 'm1', { ...fast, retryForMs: 5000 }), true, 'it reports success');
  t.equal(calls, 3, 'tried until the store took it');
});

void t.test('it gives up after retryForMs', async (t) => {
  let calls = 0;
  const started = Date.now();
  const write = async (): Promise<boolean> => {
    calls++;
    throw new Error('down');
  };
  const ok = await retryHeaderEnd(write, async () => true, logger, 'm2', { ...fast, retryForMs: 200 });
  t.equal(ok, false, 'it reports failure');
  t.ok(calls >= 3, `it tried several times (${calls})`);
  t.ok(Date.now() - started < 2000, 'and stopped near its bound');
});

void t.test('it stops when the message moved on (resumed, taken over)', async (t) => {
  let calls = 0;
  const write = async (): Promise<boolean> => {
    calls++;
    return true;
  };
  t.equal(await retryHeaderEnd(write, async () => false, logger, 'm3', { ...fast, retryForMs: 5000 }), false);
  t.equal(calls, 0, 'the stale end state is never written over the newer one');
});

void t.test('a write the store answers with "no longer live" is not tried again', async (t) => {
  let calls = 0;
  const write = async (): Promise<boolean> => {
    if (++calls < 2) throw new Error('down');
    return false;
  };
  t.equal(await retryHeaderEnd(write, async () => true, logger, 'm4', { ...fast, retryForMs: 5000 }), false, 'it reports it was not written');
  t.equal(calls, 2, 'and stops there');
});

void t.test('a try that never answers counts as a failure, and the next one lands', async (t) => {
  let calls = 0;
  const write = (): Promise<boolean> => (++calls === 1 ? new Promise<boolean>(() => {}) : Promise.resolve(true));
  const started = Date.now();
  const ok = await retryHeaderEnd(write, async () => true, logger, 'm4', { ...fast, retryForMs: 5000, attemptTimeoutMs: 100 });
  t.equal(ok, true, 'it reports success (it waited for good before the bound)');
  t.equal(calls, 2, 'the hung try was given up after attemptTimeoutMs');
  t.ok(Date.now() - started < 2000, 'promptly');
});

void t.test('an ownership check that never answers is bounded too', async (t) => {
  let checks = 0;
  const stillOurs = (): Promise<boolean> => (++checks === 1 ? new Promise<boolean>(() => {}) : Promise.resolve(true));
  let writes = 0;
  const ok = await retryHeaderEnd(async () => ++writes > 0, stillOurs, logger, 'm5', { ...fast, retryForMs: 5000, attemptTimeoutMs: 100 });
  t.equal(ok, true);
  t.same({ checks, writes }, { checks: 2, writes: 1 }, 'checked again after the hung check, then written once');
});
