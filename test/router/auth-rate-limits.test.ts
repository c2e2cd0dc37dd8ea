/**
 * The edge's limits without a router: which address a client counts under,
 * what the log-in and token limits count (failures only where the README
 * says so), a store failure as VOX_STORAGE_FAILED rather than a silent pass,
 * and the unauthenticated budgets of ConnectionAdmission.
 */
import t from 'tap';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { VoxError } from '../../common/errors.js';
import { createLogger } from '../../common/logger.js';
import { captureLog } from '../helpers/log-lines.js';
import { AttemptLimiter, RateLimitedError } from '../../router/edge/attempt-limiter.js';
import { AuthRateLimits } from '../../router/edge/auth-rate-limits.js';
import { clientAddress } from '../../router/edge/client-address.js';
import { ConnectionAdmission } from '../../router/edge/connection-admission.js';
import type { TransportConnection } from '../../router/edge/transport.js';

const HERE = { remoteAddress: '192.0.2.1' };

function limiter(name: string, points: number): AttemptLimiter {
  return new AttemptLimiter(name, new RateLimiterMemory({ keyPrefix: `${name}-${Math.random()}`, points, duration: 60 }));
}

function limits(points: { login?: number; user?: number; signup?: number; token?: number } = {}, log = captureLog()): AuthRateLimits {
  return new AuthRateLimits({
    trustProxy: false,
    logger: createLogger('info', log.stream),
    limiters: {
      loginPerAddress: limiter('loginAttemptsPerAddress', points.login ?? 100),
      loginFailuresPerUsername: limiter('loginFailuresPerUsername', points.user ?? 100),
      signupPerAddress: limiter('signupsPerAddress', points.signup ?? 100),
      tokenFailuresPerAddress: limiter('tokenFailuresPerAddress', points.token ?? 100),
    },
  });
}

const fail = (code: 'VOX_AUTH_INVALID' | 'VOX_AUTH_TOKEN_INVALID' | 'VOX_STORAGE_FAILED') => () => Promise.reject(new VoxError(code));
const ok = () => Promise.resolve('ok');

void t.test('clientAddress: the socket, or with trustProxy the last X-Forwarded-For entry', async (t) => {
  t.equal(clientAddress({ remoteAddress: '10.0.0.1', forwardedFor: '1.2.3.4' }, false), '10.0.0.1', 'ignored without trustProxy');
  t.equal(clientAddress({ remoteAddress: '10.0.0.1', forwardedFor: '1.2.3.4, 5.6.7.8' }, true), '5.6.7.8');
  t.equal(clientAddress({ remoteAddress: '10.0.0.1', forwardedFor: ' 2001:db8::1 ' }, true), '2001:db8::1');
  t.equal(clientAddress({ remoteAddress: '10.0.0.1', forwardedFor: '1.2.3.4, ' }, true), '10.0.0.1', 'an empty last entry: the socket');
  t.equal(clientAddress({ remoteAddress: '10.0.0.1' }, true), '10.0.0.1', 'no header: the socket');
});

void t.test('log-in: failures count per username, a success clears them; every attempt counts per address', async (t) => {
  const auth = limits({ user: 2, login: 5 });
  await t.rejects(auth.login(HERE, 'Alice', fail('VOX_AUTH_INVALID')), { code: 'VOX_AUTH_INVALID' });
  t.equal(await auth.login(HERE, 'alice', ok), 'ok', 'a success');
  await t.rejects(auth.login(HERE, 'alice', fail('VOX_AUTH_INVALID')), { code: 'VOX_AUTH_INVALID' });
  await t.rejects(auth.login(HERE, 'ALICE', fail('VOX_AUTH_INVALID')), { code: 'VOX_AUTH_INVALID' }, 'usernames count case-blind');
  const limited = await auth.login(HERE, 'alice', ok).catch((err: unknown) => err);
  t.ok(limited instanceof RateLimitedError, 'two failures since the success: limited');
  t.ok((limited as RateLimitedError).retryAfterMs > 0);
  t.match((limited as RateLimitedError).message, /loginFailuresPerUsername/, 'the message names the limit');
  await t.rejects(auth.login(HERE, 'bob', ok), { code: 'VOX_RATE_LIMITED', message: /loginAttemptsPerAddress/ }, 'the 6th attempt of the address');
});

void t.test('token use: only rejected tokens count; a store failure is not a guess', async (t) => {
  const auth = limits({ token: 1 });
  for (let i = 0; i < 3; i++) t.equal(await auth.useToken(HERE, ok), 'ok', `valid use ${i + 1}`);
  await t.rejects(auth.useToken(HERE, fail('VOX_STORAGE_FAILED')), { code: 'VOX_STORAGE_FAILED' });
  t.equal(await auth.useToken(HERE, ok), 'ok', 'not counted');
  await t.rejects(auth.useToken(HERE, fail('VOX_AUTH_TOKEN_INVALID')), { code: 'VOX_AUTH_TOKEN_INVALID' });
  await t.rejects(auth.useToken(HERE, ok), { code: 'VOX_RATE_LIMITED' });
  t.equal(await auth.useToken({ remoteAddress: '192.0.2.2' }, ok), 'ok', 'another address is not affected');
});

void t.test('refusals are logged at info with kind, address and username, never a password or token', async (t) => {
  const log = captureLog();
  const auth = limits({ token: 1, signup: 0 }, log);
  const password = 'hunter2-secret';
  await t.rejects(auth.login(HERE, 'Alice', () => Promise.reject(new VoxError('VOX_AUTH_INVALID', `bad password ${password}`))));
  await t.rejects(auth.useToken(HERE, fail('VOX_AUTH_TOKEN_INVALID')));
  await t.rejects(auth.useToken(HERE, ok), { code: 'VOX_RATE_LIMITED' });
  await t.rejects(auth.signup(HERE, ok), { code: 'VOX_RATE_LIMITED' });
  await t.rejects(auth.useToken({ remoteAddress: '192.0.2.9' }, fail('VOX_STORAGE_FAILED')));
  t.equal(await auth.login(HERE, 'bob', ok), 'ok');
  t.same(
    log.lines.map((l) => [l.level, l.msg, l.kind, l.addr, l.username, l.code]),
    [
      [30, 'auth refused', 'login', '192.0.2.1', 'alice', 'VOX_AUTH_INVALID'],
      [30, 'auth refused', 'token', '192.0.2.1', undefined, 'VOX_AUTH_TOKEN_INVALID'],
      [30, 'auth refused', 'token', '192.0.2.1', undefined, 'VOX_RATE_LIMITED'],
      [30, 'auth refused', 'signup', '192.0.2.1', undefined, 'VOX_RATE_LIMITED'],
    ],
    'one info line per refusal; a store failure and a success log nothing',
  );
  t.notOk(JSON.stringify(log.lines).includes(password), 'no secret in the lines');
});

void t.test('a limiter whose store fails answers VOX_STORAGE_FAILED, never lets the attempt through', async (t) => {
  const broken = {
    points: 1,
    consume: () => Promise.reject(new Error('store down')),
    get: () => Promise.reject(new Error('store down')),
  } as unknown as RateLimiterAbstract;
  const attempt = new AttemptLimiter('signupsPerAddress', broken);
  await t.rejects(attempt.consume('a'), { code: 'VOX_STORAGE_FAILED' });
  await t.rejects(attempt.check('a'), { code: 'VOX_STORAGE_FAILED' });
});

void t.test('ConnectionAdmission: authenticating sockets have their own budgets, apart from maxConnections', async (t) => {
  const admission = new ConnectionAdmission({ maxConnections: 1, maxUnauthenticatedConnections: 3, maxUnauthenticatedPerAddress: 2, trustProxy: false });
  const conn = (remoteAddress: string) => ({ remoteAddress, forwardedFor: undefined }) as unknown as TransportConnection;
  const [a1, a2, a3, b1, c1] = [conn('a'), conn('a'), conn('a'), conn('b'), conn('c')];
  t.equal(admission.opened(a1), undefined);
  t.equal(admission.opened(a2), undefined);
  t.equal(admission.refusal({ remoteAddress: 'a' })?.code, 'VOX_TOO_MANY_UNAUTHENTICATED', 'the upgrade check');
  t.equal(admission.opened(a3)?.code, 'VOX_TOO_MANY_UNAUTHENTICATED', 'the open check (a raced upgrade)');
  t.equal(admission.opened(b1), undefined);
  t.match(admission.opened(c1)?.message ?? '', /maxUnauthenticatedConnections/, 'the router-wide budget');
  t.equal(admission.authenticated(a1), true, 'a1 takes the only authenticated slot');
  t.equal(admission.unauthenticatedCount, 2);
  t.equal(admission.refusal({ remoteAddress: 'a' })?.code, 'VOX_TOO_MANY_CONNECTIONS', 'maxConnections is reached');
  t.equal(admission.authenticated(b1), false, 'b1 finds no authenticated slot');
  admission.closed(a1);
  t.equal(admission.authenticated(b1), true, 'a closed slot is reusable');
  admission.closed(a2);
  admission.closed(b1);
  admission.closed(b1);
  t.equal(admission.unauthenticatedCount, 0);
  t.equal(admission.authenticatedCount, 0, 'closing twice is harmless');
});
