import pg from 'pg';
import t, { type Test } from 'tap';
import { createPostgresHeaderStore } from '../../header-store/postgres-header-store.js';
import { testPostgresUrl, uniqueName } from '../helpers/services.js';
import { headerStoreContract } from './header-store-contract.js';

// Throws (the file fails, never skips) when VOXRING_TEST_POSTGRES_URL is unset.
const testUrl = testPostgresUrl();

/** A schema only this test uses, dropped at teardown. */
function freshSchema(t: Test): string {
  const schema = uniqueName('header_store');
  t.teardown(async () => {
    const admin = new pg.Client({ connectionString: testUrl });
    await admin.connect();
    try {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await admin.end();
    }
  });
  return schema;
}

void t.test('Postgres: HeaderStore contract', async (t) => {
  const schema = freshSchema(t);
  await headerStoreContract(t, () => createPostgresHeaderStore({ url: testUrl, schema }));
});

void t.test('Postgres: concurrent migrate from two stores', async (t) => {
  const schema = freshSchema(t);
  const a = await createPostgresHeaderStore({ url: testUrl, schema });
  t.teardown(() => a.close());
  const b = await createPostgresHeaderStore({ url: testUrl, schema });
  t.teardown(() => b.close());
  await Promise.all([a.migrate(), b.migrate(), a.migrate()]);
  const alice = await a.createUser('alice', 'scrypt$a');
  t.same(await b.findUserByName('alice'), alice, 'both stores see one schema');
});

void t.test('Postgres: tables live in the requested schema only', async (t) => {
  const schema = freshSchema(t);
  const store = await createPostgresHeaderStore({ url: testUrl, schema });
  t.teardown(() => store.close());
  await store.migrate();
  const admin = new pg.Client({ connectionString: testUrl });
  await admin.connect();
  t.teardown(() => admin.end());
  const { rows } = await admin.query<{ table_name: string }>(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
    [schema],
  );
  t.same(
    rows.map((r) => r.table_name),
    [
      'blocks',
      'conversations',
      'listen_modes',
      'message_receipts',
      'messages',
      'notify_outbox',
      'participants',
      'schema_migrations',
      'sessions',
      'timeline_events',
      'timeline_heads',
      'usage_daily',
      'users',
    ],
  );
});

void t.test('Postgres: bad schema name and unreachable server', async (t) => {
  await t.rejects(createPostgresHeaderStore({ url: testUrl, schema: 'Bad; DROP' }), {
    code: 'VOX_CONFIG_INVALID',
  });
  await t.rejects(
    createPostgresHeaderStore({ url: 'postgres://postgres@127.0.0.1:1/postgres', schema: 'x' }),
    { code: 'VOX_STORAGE_FAILED' },
  );
});

void t.test('Postgres: two stores (two routers) claiming the notify outbox at once never share a row', async (t) => {
  const schema = freshSchema(t);
  const a = await createPostgresHeaderStore({ url: testUrl, schema });
  t.teardown(() => a.close());
  const b = await createPostgresHeaderStore({ url: testUrl, schema });
  t.teardown(() => b.close());
  await a.migrate();
  await b.migrate();
  for (let i = 0; i < 60; i++) t.equal(await (i % 2 ? a : b).enqueueNotification(`{"i":${i}}`, 1000), true);
  const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).claimNotifications(10, 60_000)));
  const bodies = claims.flat().map((r) => r.body);
  t.equal(bodies.length, 60, 'every row claimed once between them');
  t.equal(new Set(bodies).size, 60, 'no row claimed by both');
  t.equal(await b.notificationCount(), 60, 'claimed rows stay until sent');
});
