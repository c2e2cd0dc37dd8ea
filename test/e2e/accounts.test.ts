/**
 * Accounts and sessions over HTTP and WebSocket: sign-up validation,
 * case-insensitive unique names, log-in that does not reveal who exists,
 * log-out and expiry revoking tokens everywhere, scrypt password storage,
 * one user on two devices.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import t, { type Test } from 'tap';
import { VoxringConnection } from '../../client/voxring-connection.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { hashPassword, verifyPassword } from '../../router/people/passwords.js';
import type { Router } from '../../router/router.js';
import { testPostgresUrl } from '../helpers/services.js';
import {
  connectDevice,
  helloWith,
  PASSWORD,
  signupUser,
  sleep,
  startTestRouter,
} from '../helpers/router-fixture.js';

/** Rows of the router's own schema in the test Postgres. */
async function query<R>(t: Test, router: Router, sql: string, params: unknown[]): Promise<R[]> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  t.teardown(() => client.end());
  await client.query(`SET search_path TO ${router.config.postgresSchema ?? 'public'}`);
  return (await client.query(sql, params)).rows as R[];
}


void t.test('sign-up validation', async (t) => {
  const router = await startTestRouter(t);
  const http = new VoxringHttp(router.url);
  for (const username of [
    'ab',
    'x'.repeat(33),
    'has space',
    'ünïcode',
    'semi;colon',
    '',
    123,
    null,
  ]) {
    await t.rejects(
      http.call('POST', '/v1/signup', { username, password: PASSWORD }, false),
      { code: 'VOX_USERNAME_INVALID', status: 400 },
      `username ${JSON.stringify(username)}`,
    );
  }
  for (const password of ['short77', 'p'.repeat(257), '', 12345678, undefined]) {
    await t.rejects(
      http.call('POST', '/v1/signup', { username: 'pwcheck', password }, false),
      { code: 'VOX_PASSWORD_INVALID', status: 400 },
      `password ${JSON.stringify(password)?.slice(0, 20)}`,
    );
  }
  await t.rejects(
    http.login('pwcheck', PASSWORD),
    { code: 'VOX_AUTH_INVALID' },
    'no refused sign-up created a user',
  );
  const min = await new VoxringHttp(router.url).signup('abc', 'p'.repeat(8));
  t.equal(min.username, 'abc', 'three characters and an 8-character password are enough');
  const max = await new VoxringHttp(router.url).signup('a'.repeat(32), 'p'.repeat(256));
  t.equal(max.username, 'a'.repeat(32), '32 characters and a 256-character password are allowed');
  const odd = await new VoxringHttp(router.url).signup('x_y.z-1', PASSWORD);
  t.equal(odd.username, 'x_y.z-1');
  t.match(odd.token, /^vx_/);
  t.ok(odd.expiresAtMs > Date.now());
});

void t.test('names are unique, case-insensitively', async (t) => {
  const router = await startTestRouter(t);
  const first = await new VoxringHttp(router.url).signup('MixedCase', PASSWORD);
  t.equal(first.username, 'mixedcase', 'stored lower-case');
  for (const name of ['mixedcase', 'MIXEDCASE', 'MixedCase']) {
    await t.rejects(
      new VoxringHttp(router.url).signup(name, 'another password'),
      { code: 'VOX_USERNAME_TAKEN', status: 409 },
      name,
    );
  }
  const again = await new VoxringHttp(router.url).login('MIXEDcase', PASSWORD);
  t.equal(again.userId, first.userId, 'log-in ignores case too');
  t.equal(again.username, 'mixedcase');
});

void t.test('log-in: a wrong password and an unknown user get the same 401', async (t) => {
  const router = await startTestRouter(t);
  const user = await signupUser(router.url, 'login');
  const http = new VoxringHttp(router.url);
  const wrong = await http.login(user.name, 'not the password').catch((err: unknown) => err);
  const unknown = await http.login('nobody_here', PASSWORD).catch((err: unknown) => err);
  t.match(wrong, { code: 'VOX_AUTH_INVALID', status: 401 });
  t.same(unknown, wrong, 'indistinguishable answers');
  await t.rejects(
    http.call('POST', '/v1/login', { username: user.name }, false),
    { code: 'VOX_AUTH_INVALID', status: 401 },
    'missing password',
  );
  await t.rejects(
    http.call('POST', '/v1/login', { username: [user.name], password: PASSWORD }, false),
    { code: 'VOX_AUTH_INVALID', status: 401 },
    'non-string name',
  );
  const session = await http.login(user.name, PASSWORD);
  t.equal(session.userId, user.userId);
  t.not(session.token, user.token, 'every log-in issues a new token');
  t.equal(await helloWith(router.url, session.token), 'welcome');
});

void t.test('log-out revokes the token over HTTP and WebSocket, and only that token', async (t) => {
  const router = await startTestRouter(t);
  const user = await signupUser(router.url, 'logout');
  const second = new VoxringHttp(router.url);
  await second.login(user.name, PASSWORD);
  const oldToken = user.token;
  t.same(await user.http.listConversations(), [], 'the token works (and is now cached)');
  t.equal(await helloWith(router.url, oldToken), 'welcome');
  await user.http.logout();
  await t.rejects(
    user.http.listConversations(),
    { code: 'VOX_AUTH_TOKEN_INVALID', status: 401 },
    'HTTP with the old token',
  );
  t.same(
    await helloWith(router.url, oldToken),
    { code: 'VOX_AUTH_TOKEN_INVALID', close: 4001 },
    'hello with the old token',
  );
  await t.rejects(
    user.http.logout(),
    { code: 'VOX_AUTH_TOKEN_INVALID', status: 401 },
    'log-out twice',
  );
  t.same(await second.listConversations(), [], 'the other session of the same user still works');
  t.equal(await helloWith(router.url, second.token ?? ''), 'welcome');
});

void t.test('expired tokens are refused', async (t) => {
  const router = await startTestRouter(t, { config: { sessionTtlMs: 1000 } });
  const user = await signupUser(router.url, 'expiry');
  const session = await user.http.login(user.name, PASSWORD);
  t.ok(session.expiresAtMs <= Date.now() + 1000, 'expiresAtMs follows sessionTtlMs');
  t.same(await user.http.listConversations(), [], 'fresh: accepted (and cached)');
  const conn = await connectDevice(t, router.url, user, 'early');
  t.ok(
    (conn.welcome?.sessionExpiresAtMs ?? 0) <= Date.now() + 1000,
    'welcome reports the short expiry',
  );
  // Expiry is wall-clock: nothing to await but time.
  await sleep(Math.max(0, session.expiresAtMs - Date.now()) + 100);
  await t.rejects(
    user.http.listConversations(),
    { code: 'VOX_AUTH_TOKEN_INVALID', status: 401 },
    'HTTP after expiry',
  );
  t.same(
    await helloWith(router.url, session.token),
    { code: 'VOX_AUTH_TOKEN_INVALID', close: 4001 },
    'hello after expiry',
  );
  const fresh = await user.http.login(user.name, PASSWORD);
  t.ok(fresh.expiresAtMs > Date.now(), 'logging in again works');
  t.same(await user.http.listConversations(), []);
});

void t.test('passwords are stored as scrypt hashes, tokens as sha256', async (t) => {
  const router = await startTestRouter(t);
  const user = await signupUser(router.url, 'hash');
  const [row] = await query<{ password_hash: string }>(
    t,
    router,
    'SELECT password_hash FROM users WHERE id = $1',
    [user.userId],
  );
  const stored = row?.password_hash ?? '';
  t.match(
    stored,
    /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/,
    'self-describing scrypt hash',
  );
  t.notMatch(stored, PASSWORD, 'no plain password');
  t.equal(
    await verifyPassword(PASSWORD, stored),
    true,
    'the password verifies against the stored hash',
  );
  t.equal(await verifyPassword('not the password', stored), false, 'a wrong one does not');
  const sessions = await query<{ token_hash: string }>(
    t,
    router,
    'SELECT token_hash FROM sessions WHERE user_id = $1',
    [user.userId],
  );
  t.same(
    sessions.map((s) => s.token_hash),
    [createHash('sha256').update(user.token).digest('hex')],
    'only the token hash is stored',
  );
});

void t.test('passwords.ts: hash and verify', async (t) => {
  const cost = { N: 1024, r: 8, p: 1 };
  const hash = await hashPassword('secret password', cost);
  t.match(hash, /^scrypt\$1024\$8\$1\$/);
  t.not(await hashPassword('secret password', cost), hash, 'a fresh salt each time');
  t.equal(await verifyPassword('secret password', hash), true);
  t.equal(await verifyPassword('secret passworD', hash), false);
  t.equal(await verifyPassword('', hash), false);
  for (const bad of [
    '',
    'plain',
    'bcrypt$1$2$3$4$5',
    hash.replace(/\$[^$]+$/, '$AAAA'),
    hash.split('$').slice(0, 5).join('$'),
  ]) {
    t.equal(
      await verifyPassword('secret password', bad),
      false,
      `malformed hash ${JSON.stringify(bad.slice(0, 24))}`,
    );
  }
});

void t.test('one user on two devices at once', async (t) => {
  const router = await startTestRouter(t);
  const user = await signupUser(router.url, 'twodev');
  const phone = await connectDevice(t, router.url, user, 'phone');
  const tablet = await connectDevice(t, router.url, user, 'tablet', 'json');
  t.equal(phone.welcome?.deviceId, 'phone');
  t.equal(tablet.welcome?.deviceId, 'tablet');
  t.equal(phone.welcome?.userId, user.userId);
  t.equal(tablet.welcome?.userId, user.userId);
  t.equal(phone.welcome?.username, user.name);
  t.equal(phone.welcome?.routerId, router.config.routerId);
  await Promise.all([phone.sync(), tablet.sync()]);
  t.ok(phone.isOpen && tablet.isOpen, 'both stay connected');
});

void t.test('log-out closes the connections that use the token, and only those', async (t) => {
  const router = await startTestRouter(t);
  const user = await signupUser(router.url, 'lo');
  const other = new VoxringHttp(router.url);
  const otherToken = (await other.login(user.name, PASSWORD)).token;
  const phone = await connectDevice(t, router.url, user, 'phone');
  const tablet = await VoxringConnection.connect({ url: router.url, token: otherToken, deviceId: 'tablet' });
  t.teardown(() => tablet.terminate());
  const revoked = phone.waitFor((f) => f.type === 'error');
  await user.http.logout();
  const error = await revoked;
  t.equal(error.type === 'error' ? error.error.code : '', 'VOX_AUTH_TOKEN_INVALID', 'told why');
  t.equal((await phone.closed()).code, 4001, 'closed with 4001');
  await tablet.sync();
  t.ok(tablet.isOpen, 'the connection on the other token stays open');
});
