/**
 * Logs and metrics of a real run (issue 19): one access line per HTTP request
 * and per WebSocket session with its duration and outcome, auth refusals at
 * info without secrets, no repeated keys in any line, and the HTTP metrics by
 * route and status. Both transports.
 */
import t from 'tap';
import { createLogger } from '../../common/logger.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import { captureLog, repeatedTopLevelKeys } from '../helpers/log-lines.js';
import { eventually } from '../helpers/eventually.js';
import { PASSWORD, TRANSPORTS, signupUser, startTestRouter } from '../helpers/router-fixture.js';

const WRONG_PASSWORD = 'not-the-password-0451';

for (const transport of TRANSPORTS) {
  void t.test(`access lines, auth refusals and HTTP metrics (${transport})`, async (t) => {
    const log = captureLog();
    const router = await startTestRouter(t, { transport, logger: createLogger('info', log.stream) });
    const lines = (msg: string): Record<string, unknown>[] => log.lines.filter((l) => l.msg === msg);

    const alice = await signupUser(router.url, 'acc');
    const signupLine = await eventually(
      async () => lines('http').find((l) => l.route === '/v1/signup'),
      (l) => l !== undefined,
      'the signup access line',
    );
    t.match(signupLine, { level: 30, component: 'http', method: 'POST', path: '/v1/signup', status: 201, addr: '127.0.0.1' });
    t.ok(typeof signupLine?.ms === 'number' && typeof signupLine.bytes === 'number' && (signupLine.bytes) > 0, 'duration and bytes');

    const missing = await fetch(`${router.url}/v1/messages/nope-123?token=${alice.token}`, { headers: { authorization: `Bearer ${alice.token}` } });
    t.equal(missing.status, 404);
    await fetch(`${router.url}/healthz`);
    await fetch(`${router.url}/v1/no/such/route`);
    const wrong = await fetch(`${router.url}/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: alice.name, password: WRONG_PASSWORD }),
    });
    t.equal(wrong.status, 401);

    const conn = await VoxringConnection.connect({ url: router.url, token: alice.token, deviceId: 'laptop' });
    await conn.close();
    await t.rejects(VoxringConnection.connect({ url: router.url, token: 'x'.repeat(43), deviceId: 'laptop' }), 'a bad token is refused');

    await eventually(
      async () => lines('websocket session').length,
      (n) => n >= 2,
      'two session lines',
    );
    const byRoute = (route: string): Record<string, unknown> | undefined => lines('http').find((l) => l.route === route);
    t.match(byRoute('/v1/messages/:id'), { status: 404, path: '/v1/messages/nope-123' }, 'the route pattern, the path as asked');
    t.match(byRoute('unmatched'), { status: 404, path: '/v1/no/such/route' });
    t.equal(byRoute('/healthz'), undefined, 'probes are not logged at info');
    t.match(byRoute('/v1/login'), { status: 401 });
    t.notOk(log.raw.some((l) => l.includes('?token=') || l.includes(alice.token)), 'no query string and no token in any line');

    const refused = lines('auth refused');
    t.match(
      refused.map((l) => [l.level, l.kind, l.code, l.username ?? null]),
      [
        [30, 'login', 'VOX_AUTH_INVALID', alice.name],
        [30, 'token', 'VOX_AUTH_TOKEN_INVALID', null],
      ],
      'the wrong password and the bad token, at info',
    );
    t.notOk(log.raw.some((l) => l.includes(WRONG_PASSWORD) || l.includes(PASSWORD)), 'no password in any line');

    const sessions = lines('websocket session');
    const good = sessions.find((l) => l.userId === alice.userId);
    t.match(good, { level: 30, component: 'sessions', door: '/v1/ws', username: alice.name, deviceId: 'laptop', code: 1000 }, 'who and how it ended');
    t.ok(typeof good?.ms === 'number' && (good.ms) >= 0, 'with its duration');
    const bad = sessions.find((l) => l.userId === undefined);
    t.ok(bad && typeof bad.code === 'number' && bad.code !== 1000, `the refused session has its close code (${String(bad?.code)} ${String(bad?.reason)})`);

    const metrics = await (await fetch(`${router.url}/metrics`)).text();
    t.match(metrics, /voxring_http_requests_total\{route="\/v1\/signup",method="POST",status="201"\} 1\b/);
    t.match(metrics, /voxring_http_requests_total\{route="\/v1\/messages\/:id",method="GET",status="404"\} 1\b/);
    t.match(metrics, /voxring_http_requests_total\{route="unmatched",method="GET",status="404"\} 1\b/);
    t.match(metrics, /voxring_http_request_duration_seconds_count\{route="\/v1\/login",method="POST"\} 1\b/);
    t.notMatch(metrics, /voxring_relay_link_up\{/, 'no relay link alone');

    await router.close();
    t.ok(log.lines.some((l) => l.msg === 'voxring router stopped' && l.component === 'router'), 'the stop line');
    const repeated = log.raw.map((l) => [repeatedTopLevelKeys(l), l] as const).filter(([keys]) => keys.length > 0);
    t.same(repeated, [], 'no line repeats a key');
    t.ok(log.lines.every((l) => l.router === router.config.routerId), 'every line names the router');
  });
}
