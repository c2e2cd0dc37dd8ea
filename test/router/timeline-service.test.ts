/**
 * TimelineService batching: events published while an append runs go to the
 * store together, in publish order, at most 500 events or 64 KiB of payload
 * per call, and each publish resolves only once its own event is stored.
 * While the store is away events wait (at most maxPending) and are stored
 * in order once it is back (`make chaos` finding 7).
 */
import t from 'tap';
import { VoxError } from '../../common/errors.js';
import { createLogger } from '../../common/logger.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { HeaderStore, TimelineAppend } from '../../header-store/header-store.js';
import { DeviceRegistry } from '../../router/delivery/device-registry.js';
import { TimelineService } from '../../router/people/timeline-service.js';

/** Records every appendTimelines call; each call completes after a macrotask, like a store round trip. */
interface StoreFaults {
  /** Fail the next call (a dropped connection). */
  next: boolean;
  /** Fail every call while true (Postgres away). */
  down: boolean;
  /** A call holding this message id fails as a refused statement (a constraint). */
  poison?: string;
}

function recordingStore(): { store: HeaderStore; calls: TimelineAppend[][]; stored: Set<string>; order: string[]; fail: StoreFaults } {
  const calls: TimelineAppend[][] = [];
  const stored = new Set<string>();
  const order: string[] = [];
  const heads = new Map<UserId, number>();
  const fail: StoreFaults = { next: false, down: false };
  const store = {
    async appendTimelines(batch: readonly TimelineAppend[]): Promise<Map<UserId, number>[]> {
      calls.push([...batch]);
      await new Promise((resolve) => setImmediate(resolve));
      if (fail.next || fail.down) {
        fail.next = false;
        throw new VoxError('VOX_STORAGE_FAILED', 'header store: appendTimelines failed', { cause: new Error('Connection terminated unexpectedly') });
      }
      if (fail.poison !== undefined && batch.some((a) => a.event.messageId === fail.poison)) {
        const violation = Object.assign(new Error('insert violates foreign key constraint'), { code: '23503', constraint: 'x' });
        throw new VoxError('VOX_STORAGE_FAILED', 'header store: appendTimelines failed', { cause: violation });
      }
      for (const append of batch) order.push(append.event.messageId ?? '');
      return batch.map((append) => {
        stored.add(append.event.messageId ?? '');
        const cursors = new Map<UserId, number>();
        for (const user of append.userIds) {
          const head = (heads.get(user) ?? 0) + 1;
          heads.set(user, head);
          cursors.set(user, head);
        }
        return cursors;
      });
    },
  } as unknown as HeaderStore;
  return { store, calls, stored, order, fail };
}

const fastRetry = { firstDelayMs: 5, maxDelayMs: 20 };

const event = (n: number) => ({
  kind: 'message_new' as const,
  conversationId: 'c' as ConversationId,
  messageId: `m-${n}` as MessageId,
  payload: { n },
});

void t.test('a burst is stored in few calls, in order, each publish resolving after its event', async (t) => {
  const { store, calls, stored } = recordingStore();
  const timeline = new TimelineService({ store, devices: new DeviceRegistry(), logger: createLogger('silent') });
  const alice = 'alice' as UserId;
  const first = timeline.publish([alice], event(0));
  const early: number[] = [];
  const burst = Array.from({ length: 1200 }, (_, i) =>
    timeline.publish([alice], event(i + 1)).then(() => {
      if (!stored.has(`m-${i + 1}`)) early.push(i + 1);
    }),
  );
  await first;
  t.ok(stored.has('m-0'));
  await Promise.all(burst);
  t.same(early, [], 'no publish resolved before its event was stored');
  t.ok(
    calls.every((batch) => batch.length <= 500),
    'at most 500 events per call',
  );
  t.ok(calls.length <= 5, `1201 events in ${calls.length} calls`);
  const order = calls.flat().map((append) => append.event.messageId);
  t.same(order, Array.from({ length: 1201 }, (_, n) => `m-${n}`), 'every event once, in publish order');
  t.equal(await timeline.head(alice), 1201, 'the head the store returned is remembered');
});

void t.test('big events go in batches of at most 64 KiB of payload (a batch is pushed in one go)', async (t) => {
  const { store, calls } = recordingStore();
  const timeline = new TimelineService({ store, devices: new DeviceRegistry(), logger: createLogger('silent') });
  const big = (n: number, size: number) => ({ ...event(n), payload: { n, text: 'x'.repeat(size) } });
  await Promise.all([
    timeline.publish(['carol' as UserId], big(0, 100_000)),
    ...Array.from({ length: 12 }, (_, i) => timeline.publish(['carol' as UserId], big(i + 1, 20_000))),
  ]);
  const sizes = calls.map((batch) => batch.map((a) => JSON.stringify(a.event.payload).length));
  t.same(sizes[0]?.length, 1, 'one event above the budget still goes, alone');
  t.ok(
    sizes.slice(1).every((batch) => batch.length === 3 && batch.reduce((a, b) => a + b) <= 64 * 1024),
    `then three of 20 KB per batch: ${JSON.stringify(sizes.map((b) => b.length))}`,
  );
  t.same(calls.flat().map((a) => a.event.messageId), Array.from({ length: 13 }, (_, n) => `m-${n}`), 'in order');
  await timeline.flush();
});

void t.test('an append the store could not take is tried again, before any later event', async (t) => {
  const { store, stored, order, fail } = recordingStore();
  const timeline = new TimelineService({ store, devices: new DeviceRegistry(), logger: createLogger('silent'), retry: fastRetry });
  fail.next = true;
  const first = timeline.publish(['bob' as UserId], event(1));
  const second = timeline.publish(['bob' as UserId], event(2));
  await Promise.all([first, second]);
  t.ok(stored.has('m-1'), 'the refused event was stored on a retry');
  t.same(order, ['m-1', 'm-2'], 'in publish order');
  t.equal(await timeline.head('bob' as UserId), 2);
});

void t.test('while the store is away every event waits, then all are stored in order', async (t) => {
  const { store, stored, order, fail, calls } = recordingStore();
  const dropped: number[] = [];
  const timeline = new TimelineService({
    store,
    devices: new DeviceRegistry(),
    logger: createLogger('silent'),
    retry: fastRetry,
    onDropped: (n) => dropped.push(n),
  });
  fail.down = true;
  const published = Array.from({ length: 20 }, (_, i) => timeline.publish([i % 2 ? ('ann' as UserId) : ('ben' as UserId)], event(i)));
  let resolvedEarly = false;
  void Promise.race(published).then(() => (resolvedEarly = fail.down));
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.ok(calls.length >= 3, `tried again and again while away (${calls.length} calls)`);
  t.equal(stored.size, 0);
  t.equal(timeline.pendingCount, 20, 'all twenty wait');
  await timeline.flush();
  t.pass('flush() does not wait for the store to come back');
  fail.down = false;
  await Promise.all(published);
  t.notOk(resolvedEarly, 'no publish resolved while its event was not stored');
  t.same(order, Array.from({ length: 20 }, (_, n) => `m-${n}`), 'every event once, in publish order');
  t.equal(await timeline.head('ann' as UserId), 10);
  t.equal(await timeline.head('ben' as UserId), 10);
  t.same(dropped, [], 'nothing dropped');
  t.equal(timeline.pendingCount, 0);
});

void t.test('past maxPending new events are dropped and counted; the waiting ones are kept', async (t) => {
  const { store, order, fail } = recordingStore();
  const dropped: number[] = [];
  const timeline = new TimelineService({
    store,
    devices: new DeviceRegistry(),
    logger: createLogger('silent'),
    retry: fastRetry,
    maxPending: 3,
    onDropped: (n) => dropped.push(n),
  });
  fail.down = true;
  const kept = [1, 2, 3].map((n) => timeline.publish(['cat' as UserId], event(n)));
  await timeline.publish(['cat' as UserId], event(4));
  await timeline.publish(['cat' as UserId], event(5));
  t.same(dropped, [1, 1], 'the fourth and fifth are dropped at once (their publish resolves)');
  fail.down = false;
  await Promise.all(kept);
  t.same(order, ['m-1', 'm-2', 'm-3'], 'the three waiting are stored');
});

void t.test('an event the store refuses for its content is dropped alone, not with its batch', async (t) => {
  const { store, order, fail } = recordingStore();
  const dropped: number[] = [];
  const timeline = new TimelineService({ store, devices: new DeviceRegistry(), logger: createLogger('silent'), onDropped: (n) => dropped.push(n) });
  fail.poison = 'm-3';
  const first = timeline.publish(['dan' as UserId], event(0));
  const rest = [1, 2, 3, 4, 5].map((n) => timeline.publish(['dan' as UserId], event(n)));
  await Promise.all([first, ...rest]);
  t.same(order, ['m-0', 'm-1', 'm-2', 'm-4', 'm-5'], 'all but the bad one, in order');
  t.same(dropped, [1]);
  await timeline.publish(['dan' as UserId], event(6));
  t.same(order.at(-1), 'm-6', 'later batches go whole again');
});

void t.test('close() while the store is away: no waiting for it, the waiting events are dropped and counted', async (t) => {
  const { store, fail, calls } = recordingStore();
  const dropped: number[] = [];
  const timeline = new TimelineService({
    store,
    devices: new DeviceRegistry(),
    logger: createLogger('silent'),
    retry: { firstDelayMs: 60_000, maxDelayMs: 60_000 },
    onDropped: (n) => dropped.push(n),
  });
  fail.down = true;
  const published = [1, 2].map((n) => timeline.publish(['eve' as UserId], event(n)));
  await timeline.flush();
  const started = Date.now();
  await timeline.close();
  await Promise.all(published);
  t.ok(Date.now() - started < 1000, 'close() cuts the back-off short');
  t.same(dropped, [2]);
  const tries = calls.length;
  await timeline.publish(['eve' as UserId], event(3));
  t.equal(calls.length, tries, 'nothing is tried after close');
  t.same(dropped, [2, 1], 'a publish after close is dropped and counted');
  await timeline.close();
  t.pass('close() twice is fine');
});
