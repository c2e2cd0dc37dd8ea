/**
 * UsageMeter over a real (in-memory PGlite) header store: counts become one
 * statement per flush, per UTC day; fractions of a millisecond of talk wait
 * for the next flush; a store that cannot be reached keeps the counts for
 * the next flush; close() writes what is left.
 */
import t from 'tap';
import type { UserId } from '../../common/ids.js';
import { createLogger } from '../../common/logger.js';
import type { HeaderStore, UsageDelta } from '../../header-store/header-store.js';
import { createPgliteHeaderStore } from '../../header-store/pglite-header-store.js';
import { UsageMeter } from '../../router/usage/usage-meter.js';
import { eventually } from '../helpers/eventually.js';

const logger = createLogger('silent');
const store = await createPgliteHeaderStore();
await store.migrate();
t.teardown(() => store.close());

/** The store, counting addUsage statements; `failNext` makes the next ones fail as an unreachable database does. */
function countingStore(): { store: Pick<HeaderStore, 'addUsage'>; calls: UsageDelta[][]; failNext: number } {
  const state = {
    calls: [] as UsageDelta[][],
    failNext: 0,
    store: {
      addUsage: async (deltas: readonly UsageDelta[]): Promise<void> => {
        if (state.failNext > 0) {
          state.failNext--;
          throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        }
        state.calls.push([...deltas]);
        await store.addUsage(deltas);
      },
    },
  };
  return state;
}

async function newUser(name: string): Promise<UserId> {
  return (await store.createUser(`${name}-${Math.random().toString(36).slice(2, 8)}`, 'scrypt$x')).id;
}

void t.test('many chunks, one statement per flush, exact sums', async (t) => {
  const [talker, hearer] = [await newUser('talker'), await newUser('hearer')];
  const counting = countingStore();
  const meter = new UsageMeter({ store: counting.store, flushMs: 20, logger });
  t.teardown(() => meter.close());
  meter.messageSent(talker, 0, 0);
  for (let i = 0; i < 500; i++) {
    meter.voiceChunk(talker, 20, 60);
    meter.delivered(hearer, 60);
  }
  meter.messageSent(talker, 12, 0);
  meter.messageSent(talker, 1000, 1000);
  meter.released(talker, 1000);
  const [totals] = await eventually(() => store.usageTotals({ userId: talker }), (rows) => rows.length === 1, 'the timer\'s flush');
  t.match(totals, { talkMs: 10_000, messages: 3, bytesIn: 30_000 + 12 + 1000, bytesOut: 0, storageBytes: 30_000 });
  t.match((await store.usageTotals({ userId: hearer }))[0], { bytesOut: 30_000, messages: 0, talkMs: 0 });
  t.equal(counting.calls.length, 1, 'one statement for 1000 counts');
  t.equal(counting.calls[0]?.length, 2, 'one row per user and day');
});

void t.test('UTC days: counts land on the day they happened; a fraction of a ms waits for the next flush', async (t) => {
  const user = await newUser('midnight');
  let now = Date.parse('2026-05-31T23:59:59.990Z');
  const meter = new UsageMeter({ store: countingStore().store, flushMs: 3_600_000, logger, now: () => now });
  t.teardown(() => meter.close());
  meter.voiceChunk(user, 2.5, 10);
  meter.voiceChunk(user, 2.5, 10);
  meter.voiceChunk(user, 2.5, 10);
  now = Date.parse('2026-06-01T00:00:00.010Z');
  meter.voiceChunk(user, 20, 50);
  await meter.flush();
  t.match(await store.usageTotals({ userId: user, to: '2026-05-31' }), [{ talkMs: 8, bytesIn: 30 }], 'a day that is over: 7.5 ms rounded');
  t.match(await store.usageTotals({ userId: user, from: '2026-06-01' }), [{ talkMs: 20, bytesIn: 50 }], 'the next day');
  meter.voiceChunk(user, 2.5, 10);
  await meter.flush();
  t.match(await store.usageTotals({ userId: user, from: '2026-06-01' }), [{ talkMs: 22, bytesIn: 60 }], 'today: 22.5 ms, the half ms waits');
  meter.voiceChunk(user, 2.5, 10);
  await meter.flush();
  t.match(await store.usageTotals({ userId: user, from: '2026-06-01' }), [{ talkMs: 25, bytesIn: 70 }], 'and joins the next flush');
  meter.voiceChunk(user, 2.5, 10);
  await meter.close();
  t.match(await store.usageTotals({ userId: user, from: '2026-06-01' }), [{ talkMs: 28 }], 'close rounds what is left (27.5)');
});

void t.test('a store that cannot be reached: counts are kept and written by the next flush, once', async (t) => {
  const user = await newUser('outage');
  const counting = countingStore();
  const meter = new UsageMeter({ store: counting.store, flushMs: 3_600_000, logger });
  t.teardown(() => meter.close());
  meter.messageSent(user, 100, 0);
  counting.failNext = 1;
  await meter.flush();
  t.same(await store.usageTotals({ userId: user }), [], 'nothing stored while the store is away');
  meter.messageSent(user, 50, 0);
  await meter.flush();
  t.match(await store.usageTotals({ userId: user }), [{ messages: 2, bytesIn: 150 }], 'the kept counts and the new ones, once each');
  t.equal(counting.calls.length, 1, 'in one statement');
});

void t.test('close writes what is left, twice is safe, nothing is written after', async (t) => {
  const user = await newUser('closing');
  const counting = countingStore();
  const meter = new UsageMeter({ store: counting.store, flushMs: 3_600_000, logger });
  meter.voiceChunk(user, 40, 80);
  t.same(await store.usageTotals({ userId: user }), [], 'not written per chunk');
  await Promise.all([meter.close(), meter.close()]);
  t.match(await store.usageTotals({ userId: user }), [{ talkMs: 40, bytesIn: 80, storageBytes: 80 }], 'written at close');
  t.equal(counting.calls.length, 1);
  await meter.close();
  t.equal(counting.calls.length, 1, 'a second close writes nothing more');
});
