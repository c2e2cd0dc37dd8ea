import net from 'node:net';
import { once } from 'node:events';
import pg from 'pg';
import t from 'tap';
import { testPostgresUrl, testRedisUrl, uniqueName } from '../helpers/services.js';

void t.test('service URLs are exported by the harness', async (t) => {
  t.match(testPostgresUrl(), /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
  t.match(testRedisUrl(), /^redis:\/\/127\.0\.0\.1:\d+$/);
});

void t.test('an unset URL throws instead of skipping', async (t) => {
  const saved = process.env.VOXRING_TEST_REDIS_URL;
  t.teardown(() => {
    if (saved === undefined) delete process.env.VOXRING_TEST_REDIS_URL;
    else process.env.VOXRING_TEST_REDIS_URL = saved;
  });
  delete process.env.VOXRING_TEST_REDIS_URL;
  t.throws(() => testRedisUrl(), /VOXRING_TEST_REDIS_URL is not set/);
});

void t.test('Postgres answers SELECT 1 and a unique schema can be created', async (t) => {
  const schema = uniqueName('harness');
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  // One teardown, so the schema is dropped before the connection closes.
  t.teardown(async () => {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  const one = await client.query<{ one: number }>('SELECT 1 AS one');
  t.equal(one.rows[0]?.one, 1);
  await client.query(`CREATE SCHEMA ${schema}`);
  const found = await client.query(
    'SELECT 1 FROM information_schema.schemata WHERE schema_name = $1',
    [schema],
  );
  t.equal(found.rowCount, 1);
});

void t.test('Redis answers PING with +PONG', async (t) => {
  const url = new URL(testRedisUrl());
  const socket = net.connect({ host: url.hostname, port: Number(url.port) });
  t.teardown(() => socket.destroy());
  await once(socket, 'connect');
  socket.write('PING\r\n');
  let reply = '';
  while (!reply.includes('\r\n')) {
    const [chunk] = (await once(socket, 'data')) as [Buffer];
    reply += chunk.toString('latin1');
  }
  t.equal(reply, '+PONG\r\n');
});

void t.test('uniqueName gives distinct valid identifiers', async (t) => {
  const a = uniqueName('Header-Store');
  const b = uniqueName('Header-Store');
  t.not(a, b);
  t.match(a, /^header_store_[a-z0-9_]+$/);
  t.ok(uniqueName('x'.repeat(100)).length <= 63);
  t.match(uniqueName('9lives'), /^t_9lives_/);
});
