import t from 'tap';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import { MemoryHotState } from '../../header-store/memory-hot-state.js';
import { hotStateContract } from './hot-state-contract.js';

void t.test('MemoryHotState: HotState contract', async (t) => {
  await hotStateContract(t, async (t, limits) => {
    const store = new MemoryHotState({ limits });
    t.teardown(() => store.close());
    return store;
  });
});

void t.test('expiry follows the injected clock', async (t) => {
  let now = 1_000_000;
  const store = new MemoryHotState({
    now: () => now,
    limits: { speakersTtlMs: 1000 },
    sweepIntervalMs: 10,
  });
  t.teardown(() => store.close());
  const c = 'c1' as ConversationId;
  await store.addSpeaker(c, {
    messageId: 'm1' as MessageId,
    userId: 'u1' as UserId,
    startedAtMs: now,
  });
  now += 999;
  t.equal((await store.speakers(c)).length, 1, 'alive just before the TTL');
  await store.addSpeaker(c, {
    messageId: 'm2' as MessageId,
    userId: 'u1' as UserId,
    startedAtMs: now,
  });
  now += 999;
  t.equal((await store.speakers(c)).length, 2, 'an add refreshes the whole list’s TTL');
  now += 1;
  t.same(await store.speakers(c), [], 'gone at the TTL');
});
