/**
 * ReceiptBatcher: receipts added between flushes go to the store in one
 * call (never one per receipt), a repeat waiting is queued once, only the
 * receipts the store took for the first time are handed on, at most
 * maxPending wait (past it they are dropped), and a batch the store could
 * not take (unreachable) is kept for the next flush. A manual schedule
 * stands in for the timer: no test waits on the clock.
 */
import t from 'tap';
import { VoxError } from '../../common/errors.js';
import { createLogger } from '../../common/logger.js';
import type { MessageId, UserId } from '../../common/ids.js';
import type { HeaderStore, ReceiptRecord } from '../../header-store/header-store.js';
import { ReceiptBatcher, type PendingReceipt, type Schedule } from '../../router/delivery/receipt-batcher.js';

function fakeStore(): { store: Pick<HeaderStore, 'addReceipts'>; calls: ReceiptRecord[][]; stored: Set<string>; down: { now: boolean } } {
  const calls: ReceiptRecord[][] = [];
  const stored = new Set<string>();
  const down = { now: false };
  const store = {
    addReceipts: async (receipts: readonly ReceiptRecord[]): Promise<ReceiptRecord[]> => {
      calls.push([...receipts]);
      if (down.now) {
        throw new VoxError('VOX_STORAGE_FAILED', 'header store: addReceipts failed', { cause: new Error('Connection terminated unexpectedly') });
      }
      return receipts.filter((r) => {
        const key = `${r.messageId}/${r.userId}/${r.kind}`;
        if (stored.has(key)) return false;
        stored.add(key);
        return true;
      });
    },
  };
  return { store, calls, stored, down };
}

/** A schedule that runs only when the test says so. */
function manualSchedule(): { schedule: Schedule; fire: () => void; pending: () => number } {
  let waiting: (() => void)[] = [];
  return {
    schedule: (fn) => {
      waiting.push(fn);
      return () => {
        waiting = waiting.filter((w) => w !== fn);
      };
    },
    fire: () => {
      const run = waiting;
      waiting = [];
      run.forEach((fn) => fn());
    },
    pending: () => waiting.length,
  };
}

const receipt = (messageId: string, userId: string, kind: 'delivered' | 'heard' = 'heard'): PendingReceipt => ({
  messageId: messageId as MessageId,
  userId: userId as UserId,
  kind,
  atMs: 1000,
  username: userId,
  senderId: 'sender' as UserId,
});

void t.test('receipts between flushes: one store call; repeats queued once; only first-time ones handed on', async (t) => {
  const { store, calls } = fakeStore();
  const timer = manualSchedule();
  const handed: PendingReceipt[][] = [];
  const batcher = new ReceiptBatcher({ store, intervalMs: 100, maxPending: 100, onStored: (r) => handed.push(r), logger: createLogger('silent'), schedule: timer.schedule });
  for (let i = 0; i < 50; i++) t.ok(batcher.add(receipt('m1', `u${i}`, 'delivered')));
  batcher.add(receipt('m1', 'u0', 'delivered'));
  batcher.add(receipt('m1', 'u0', 'heard'));
  t.equal(batcher.pendingCount, 51, 'the repeat waits once');
  t.equal(timer.pending(), 1, 'one flush scheduled for the lot');
  t.equal(calls.length, 0, 'nothing stored before the flush');
  timer.fire();
  await batcher.flush();
  t.equal(calls.length, 1, '51 receipts: one store call');
  t.equal(calls[0]?.length, 51);
  t.equal(handed.flat().length, 51, 'all new: all handed on');

  batcher.add(receipt('m1', 'u0', 'heard'));
  batcher.add(receipt('m2', 'u0', 'heard'));
  await batcher.flush();
  t.equal(calls.length, 2);
  t.same(handed[1]?.map((r) => r.messageId), ['m2'], 'a receipt stored before is not handed on again');
  await batcher.close();
  t.notOk(batcher.add(receipt('m3', 'u0')), 'closed: dropped');
});

void t.test('at most maxPending wait; a batch the store could not take is kept for the next flush', async (t) => {
  const { store, calls, stored, down } = fakeStore();
  const timer = manualSchedule();
  const handed: PendingReceipt[] = [];
  const batcher = new ReceiptBatcher({ store, intervalMs: 100, maxPending: 3, onStored: (r) => handed.push(...r), logger: createLogger('silent'), schedule: timer.schedule });
  t.ok(batcher.add(receipt('m1', 'a')));
  t.ok(batcher.add(receipt('m1', 'b')));
  t.ok(batcher.add(receipt('m1', 'c')));
  t.notOk(batcher.add(receipt('m1', 'd')), 'the fourth is dropped');
  down.now = true;
  await batcher.flush();
  t.equal(calls.length, 1);
  t.equal(batcher.pendingCount, 3, 'kept while the store is away');
  t.equal(handed.length, 0);
  t.equal(timer.pending(), 1, 'another flush scheduled');
  down.now = false;
  timer.fire();
  await batcher.flush();
  t.equal(stored.size, 3, 'stored once the store is back');
  t.same(handed.map((r) => r.userId).sort(), ['a', 'b', 'c']);
  t.equal(batcher.pendingCount, 0);
  await batcher.close();
  await batcher.close();
});
