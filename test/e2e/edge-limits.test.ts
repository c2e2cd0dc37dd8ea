/**
 * Issue #14, regressions at the edge: password guessing and sign-up storms
 * get 429 VOX_RATE_LIMITED with Retry-After; guessing one username from many
 * addresses is stopped by its own limit; bad tokens over the WebSocket get
 * an error frame with retryAfterMs; idle unauthenticated sockets of one
 * address are refused past their cap and never take a real user's place
 * under maxConnections; a user keeps at most maxSessionsPerUser sessions.
 */
import t, { type Test } from 'tap';
import WebSocket from 'ws';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { ServerFrame } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import { connectDevice, PASSWORD, signupUser, startTestRouter } from '../helpers/router-fixture.js';

interface HttpAnswer {
  status: number;
  retryAfter: string | null;
  error: { code: string; retryable: boolean; retryAfterMs?: number } | undefined;
}

async function post(router: Router, path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const res = await fetch(`${router.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { error?: HttpAnswer['error'] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), error: json.error };
}

function login(router: Router, username: string, password: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return post(router, '/v1/login', { username, password }, headers);
}

function expectLimited(t: Test, answer: HttpAnswer, what: string): void {
  t.equal(answer.status, 429, `${what}: 429`);
  t.equal(answer.error?.code, 'VOX_RATE_LIMITED', `${what}: VOX_RATE_LIMITED`);
  t.equal(answer.error?.retryable, true, `${what}: retryable`);
  t.ok((answer.error?.retryAfterMs ?? 0) > 0, `${what}: retryAfterMs in the body`);
  t.ok(Number(answer.retryAfter) >= 1, `${what}: Retry-After header in whole seconds (${answer.retryAfter})`);
}

void t.test('password guessing over HTTP: 429 + Retry-After past loginAttemptsPerAddress', async (t) => {
  const router = await startTestRouter(t, { config: { loginAttemptsPerAddress: 3 } });
  const victim = await signupUser(router.url, 'guessed');
  for (let i = 0; i < 3; i++) t.equal((await login(router, victim.name, `wrong-${i}-password`)).status, 401, `guess ${i + 1}: 401`);
  expectLimited(t, await login(router, victim.name, 'wrong-3-password'), 'the 4th guess');
  expectLimited(t, await login(router, victim.name, PASSWORD), 'even the right password from that address');
});

void t.test('sign-up storm: 429 past signupsPerAddress', async (t) => {
  const router = await startTestRouter(t, { config: { signupsPerAddress: 2 } });
  const signup = (name: string): Promise<HttpAnswer> => post(router, '/v1/signup', { username: name, password: PASSWORD });
  t.equal((await signup(`storm_a_${process.pid}`)).status, 201);
  t.equal((await signup(`storm_b_${process.pid}`)).status, 201);
  expectLimited(t, await signup(`storm_c_${process.pid}`), 'the 3rd sign-up');
});

void t.test('one username guessed from many addresses (trustProxy): loginFailuresPerUsername stops it', async (t) => {
  const router = await startTestRouter(t, {
    config: { trustProxy: 'true', loginAttemptsPerAddress: 2, loginFailuresPerUsername: 3 },
  });
  const victim = await signupUser(router.url, 'spread');
  const other = await signupUser(router.url, 'bystander');
  const from = (n: number): Record<string, string> => ({ 'x-forwarded-for': `198.51.100.7, 203.0.113.${n}` });
  for (let n = 1; n <= 3; n++) t.equal((await login(router, victim.name, 'not-the-password', from(n))).status, 401, `failure ${n} from address ${n}`);
  expectLimited(t, await login(router, victim.name, 'not-the-password', from(4)), 'a 4th failure from a 4th address');
  t.equal((await login(router, other.name, PASSWORD, from(5))).status, 200, 'another username still logs in');
  // Only the last X-Forwarded-For entry counts: the client's own entries cannot dodge the per-address limit.
  const spoofed = (n: number): Record<string, string> => ({ 'x-forwarded-for': `10.0.0.${n}, 203.0.113.9` });
  t.equal((await login(router, other.name, PASSWORD, spoofed(1))).status, 200);
  t.equal((await login(router, other.name, PASSWORD, spoofed(2))).status, 200);
  expectLimited(t, await login(router, other.name, PASSWORD, spoofed(3)), 'a new first entry, same proxy-seen address');
});

void t.test('X-Forwarded-For is ignored without trustProxy', async (t) => {
  const router = await startTestRouter(t, { config: { loginAttemptsPerAddress: 2 } });
  const user = await signupUser(router.url, 'noproxy');
  for (let n = 1; n <= 2; n++) t.equal((await login(router, user.name, PASSWORD, { 'x-forwarded-for': `203.0.113.${n}` })).status, 200);
  expectLimited(t, await login(router, user.name, PASSWORD, { 'x-forwarded-for': '203.0.113.3' }), 'a forged address');
});

void t.test('bad tokens over the WebSocket: error frame with retryAfterMs and close 4029 past tokenFailuresPerAddress', async (t) => {
  const router = await startTestRouter(t, { config: { tokenFailuresPerAddress: 2 } });
  const user = await signupUser(router.url, 'tokens');
  const hello = async (token: string): Promise<{ error: ServerFrame & { type: 'error' }; close: { code: number; reason: string } }> => {
    const conn = await VoxringConnection.open(router.url, 'json');
    t.teardown(() => conn.terminate());
    const reply = conn.waitFor((f) => f.type === 'error', 10_000, 'hello error');
    conn.send({ type: 'hello', hello: { token, deviceId: 'guesser' } });
    const error = (await reply) as ServerFrame & { type: 'error' };
    return { error, close: await conn.closed() };
  };
  for (let i = 0; i < 2; i++) {
    const { error, close } = await hello(`vx_guess_${i}`);
    t.equal(error.error.code, 'VOX_AUTH_TOKEN_INVALID', `guess ${i + 1}: invalid`);
    t.equal(close.code, 4001);
  }
  const limited = await hello('vx_guess_2');
  t.equal(limited.error.error.code, 'VOX_RATE_LIMITED', 'the 3rd guess is rate limited');
  t.equal(limited.error.error.retryable, true);
  t.ok(limited.error.error.retryAfterMs > 0, `retryAfterMs ${limited.error.error.retryAfterMs}`);
  t.same(limited.close, { code: 4029, reason: 'VOX_RATE_LIMITED' });
  t.equal((await hello(user.token)).error.error.code, 'VOX_RATE_LIMITED', 'a valid token from that address waits too');
  const res = await fetch(`${router.url}/v1/conversations`, { headers: { authorization: `Bearer ${user.token}` } });
  t.equal(res.status, 429, 'the HTTP API shares the token limit');
  t.ok(Number(res.headers.get('retry-after')) >= 1);
});

/** A raw WebSocket upgrade to /v1/ws from `localAddress`; resolves open, or the refusal's status and body. */
function rawUpgrade(t: Test, router: Router, localAddress: string): Promise<{ ws: WebSocket } | { status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(router.webSocketUrl, { localAddress });
    t.teardown(() => ws.terminate());
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.once('error', reject);
  });
}

void t.test('idle unauthenticated sockets: refused past maxUnauthenticatedPerAddress, never counted in maxConnections', async (t) => {
  const router = await startTestRouter(t, {
    config: { maxUnauthenticatedPerAddress: 3, maxConnections: 2, authTimeoutMs: 60_000 },
  });
  const user = await signupUser(router.url, 'real');
  // 127.0.0.2 is another address on the loopback: the attacker's.
  for (let i = 0; i < 3; i++) t.ok('ws' in (await rawUpgrade(t, router, '127.0.0.2')), `idle socket ${i + 1} opens`);
  const refused = await rawUpgrade(t, router, '127.0.0.2');
  t.ok('status' in refused && refused.status === 429, 'the 4th idle socket of that address is refused with 429');
  t.match('body' in refused ? refused.body : '', /VOX_TOO_MANY_UNAUTHENTICATED/);
  // maxConnections is 2 and three sockets are open, yet a real user gets both slots.
  const first = await connectDevice(t, router.url, user, 'phone');
  const second = await connectDevice(t, router.url, user, 'tablet');
  await first.sync();
  await second.sync();
  t.pass('a real user connects two devices past three idle sockets with maxConnections 2');
});

void t.test('unauthenticated upgrades that race past the check are closed at open with 4029', async (t) => {
  const router = await startTestRouter(t, { config: { maxUnauthenticatedPerAddress: 2, authTimeoutMs: 60_000 } });
  const attempts = await Promise.all(Array.from({ length: 8 }, () => rawUpgrade(t, router, '127.0.0.3')));
  const opened = attempts.flatMap((a) => ('ws' in a ? [a.ws] : []));
  const closes = await Promise.all(
    opened.map(
      (ws) =>
        new Promise<number>((resolve) => {
          ws.once('close', (code) => resolve(code));
          setTimeout(() => resolve(0), 500).unref();
        }),
    ),
  );
  const stillOpen = closes.filter((c) => c === 0).length;
  t.equal(stillOpen, 2, 'exactly maxUnauthenticatedPerAddress stay open');
  t.ok(closes.every((c) => c === 0 || c === 4029), `the others were refused (429) or closed with 4029: ${closes.join(',')}`);
});

void t.test('maxSessionsPerUser: a new session revokes the oldest and closes its connections', async (t) => {
  const router = await startTestRouter(t, { config: { maxSessionsPerUser: 2 } });
  const user = await signupUser(router.url, 'sessions');
  const oldest = user.token;
  const device = await connectDevice(t, router.url, user, 'old-phone');
  const second = (await user.http.login(user.name, PASSWORD)).token;
  const closed = device.closed();
  const third = (await user.http.login(user.name, PASSWORD)).token;
  t.equal((await closed).code, 4001, 'the oldest session’s device is closed');
  const status = async (token: string): Promise<number> =>
    (await fetch(`${router.url}/v1/conversations`, { headers: { authorization: `Bearer ${token}` } })).status;
  t.equal(await status(oldest), 401, 'the oldest token is revoked');
  t.equal(await status(second), 200, 'the 2nd stays');
  t.equal(await status(third), 200, 'the newest stays');
});
