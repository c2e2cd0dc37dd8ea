/**
 * The notification outbox part of the HeaderStore contract (and the listen
 * mode rule the webhook reads): run by headerStoreContract on every
 * implementation, on its shared store. The outbox is one table for the
 * whole store, so these subtests leave it empty.
 */
import type { Test } from 'tap';
import type { ConversationId, UserId } from '../../common/ids.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { eventually } from '../helpers/eventually.js';

export interface OutboxContractHelpers {
  user(prefix?: string): Promise<{ id: UserId }>;
  conversation(members: { id: UserId }[]): Promise<ConversationId>;
}

export async function notifyOutboxContract(t: Test, store: HeaderStore, helpers: OutboxContractHelpers): Promise<void> {
  await t.test('notify outbox: bounded enqueue, claims leased and counted, retry, remove', async (t) => {
    t.equal(await store.notificationCount(), 0, 'empty at first');
    t.equal(await store.enqueueNotification('{"n":1}', 3), true);
    t.equal(await store.enqueueNotification('{"n":2}', 3), true);
    t.equal(await store.enqueueNotification('{"n":3}', 3), true);
    t.equal(await store.enqueueNotification('{"n":4}', 3), false, 'refused past maxQueued');
    t.equal(await store.notificationCount(), 3);

    const first = await store.claimNotifications(2, 60_000);
    t.same(first.map((r) => [r.body, r.attempts]), [['{"n":1}', 1], ['{"n":2}', 1]], 'oldest first, first try counted');
    const second = await store.claimNotifications(5, 60_000);
    t.same(second.map((r) => r.body), ['{"n":3}'], 'claimed rows are not claimed again during their lease');
    t.same(await store.claimNotifications(5, 60_000), [], 'nothing due');

    const [one, two] = first;
    await store.retryNotificationIn(one!.id, 0);
    const again = await store.claimNotifications(5, 60_000);
    t.same(again.map((r) => [r.id, r.attempts]), [[one!.id, 2]], 'a retry that is due is claimed again, its tries counted');
    await store.retryNotificationIn(two!.id, 60_000);
    t.same(await store.claimNotifications(5, 60_000), [], 'a retry not yet due is not claimed');

    for (const row of [...first, ...second]) await store.removeNotification(row.id);
    t.equal(await store.notificationCount(), 0, 'removed');
    await store.removeNotification(one!.id);
    t.pass('removing twice is harmless');
  });

  await t.test('notify outbox: a lease that ends makes the row claimable again', async (t) => {
    t.equal(await store.enqueueNotification('{"lease":true}', 10), true);
    const [claimed] = await store.claimNotifications(1, 30);
    t.equal(claimed?.attempts, 1);
    // The claimer died mid-send: after its lease another claim takes the row, one more try counted.
    const reclaimed = await eventually(() => store.claimNotifications(1, 60_000), (rows) => rows.length === 1, 'the lease to end');
    t.same(reclaimed.map((r) => [r.id, r.attempts]), [[claimed!.id, 2]]);
    await store.removeNotification(claimed!.id);
  });

  await t.test('notify outbox: concurrent claims never share a row', async (t) => {
    for (let i = 0; i < 30; i++) t.equal(await store.enqueueNotification(`{"c":${i}}`, 1000), true);
    const batches = await Promise.all(Array.from({ length: 6 }, () => store.claimNotifications(10, 60_000)));
    const ids = batches.flat().map((r) => r.id);
    t.equal(ids.length, 30, 'every row claimed');
    t.equal(new Set(ids).size, 30, 'none twice');
    for (const id of ids) await store.removeNotification(id);
  });

  await t.test('usersIgnoring: some device ignores and none screens', async (t) => {
    const [alice, bob, carol, dave] = [await helpers.user('alice'), await helpers.user('bob'), await helpers.user('carol'), await helpers.user('dave')];
    const conv = await helpers.conversation([alice, bob, carol, dave]);
    const other = await helpers.conversation([alice, bob]);
    await store.setListenMode(bob.id, 'phone', conv, 'ignore');
    await store.setListenMode(carol.id, 'phone', conv, 'ignore');
    await store.setListenMode(carol.id, 'tablet', conv, 'screen');
    await store.setListenMode(dave.id, 'phone', other, 'ignore');
    const all = [alice.id, bob.id, carol.id, dave.id];
    t.same(await store.usersIgnoring(conv, all), [bob.id], 'bob only: carol screens on her tablet, dave ignores another conversation');
    t.same(await store.usersIgnoring(conv, [alice.id, carol.id]), [], 'among others only');
    t.same(await store.usersIgnoring(conv, []), []);
  });
}
