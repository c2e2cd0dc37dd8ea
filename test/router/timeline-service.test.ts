/**
 * TimelineService batching: events published while an append runs go to the
 * store together, in publish order, at most 500 events or 64 KiB of payload
 * per call, and each publish resolves only once its own event is stored.
 */
import t from 'tap';
import { createLogger } from '../../common/logger.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { HeaderStore, TimelineAppend } from '../../header-store/header-store.js';
import { DeviceRegistry } from '../../router/delivery/device-registry.js';
import { TimelineService } from '../../router/people/timeline-service.js';

/** Records every appendTimelines call; each call completes after a macrotask, like a store round trip. */
function recordingStore(): { store: HeaderStore; calls: TimelineAppend[][]; stored: Set<string>; fail: { next: boolean } } {
  const calls: TimelineAppend[][] = [];
  const stored = new Set<string>();
  const heads = new Map<UserId, number>();
  const fail = { next: false };
  const store = {
    async appendTimelines(batch: readonly TimelineAppend[]): Promise<Map<UserId, number>[]> {
      calls.push([...batch]);
      await new Promise((resolve) => setImmediate(resolve));
      if (fail.next) {
        fail.next = false;
        throw new Error('store down');
      }
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
  return { store, calls, stored, fail };
}

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

void t.test('a failed append is logged and the next one still runs', async (t) => {
  const { store, stored, fail } = recordingStore();
  const timeline = new TimelineService({ store, devices: new DeviceRegistry(), logger: createLogger('silent') });
  fail.next = true;
  await timeline.publish(['bob' as UserId], event(1));
  t.notOk(stored.has('m-1'), 'lost with the store');
  await timeline.publish(['bob' as UserId], event(2));
  t.ok(stored.has('m-2'));
});
