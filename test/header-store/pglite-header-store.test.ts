import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { ConversationId } from '../../common/ids.js';
import { createPgliteHeaderStore } from '../../header-store/pglite-header-store.js';
import { headerStoreContract } from './header-store-contract.js';

void t.test('PGlite in memory: HeaderStore contract', async (t) => {
  await headerStoreContract(t, () => createPgliteHeaderStore());
});

void t.test('PGlite data dir: data survives reopening', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'voxring-pglite-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const dataDir = join(dir, 'db');

  const first = await createPgliteHeaderStore({ dataDir });
  t.teardown(() => first.close());
  await first.migrate();
  const alice = await first.createUser('alice', 'scrypt$a');
  await first.appendTimeline([alice.id], {
    kind: 'conversation_left',
    conversationId: 'c-1' as ConversationId,
    messageId: null,
    payload: null,
  });
  await first.close();

  const second = await createPgliteHeaderStore({ dataDir });
  t.teardown(() => second.close());
  await second.migrate();
  t.same(await second.findUserByName('alice'), alice);
  t.equal(await second.timelineHead(alice.id), 1);
});
