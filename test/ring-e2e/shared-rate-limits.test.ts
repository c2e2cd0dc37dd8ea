/**
 * Issue #14 in a ring: the authentication limits count in Redis, so two
 * routers share one budget per address; a guesser cannot multiply it by
 * spreading over the ring.
 */
import t from 'tap';
import { startRing } from './ring-fixture.js';

void t.test('loginAttemptsPerAddress is shared by two routers through Redis', async (t) => {
  const ring = await startRing(t, { count: 2, config: { loginAttemptsPerAddress: 3 } });
  const [a, b] = ring.routers;
  if (!a || !b) throw new Error('two routers expected');
  const login = async (url: string): Promise<Response> =>
    fetch(`${url}/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'nobody_here', password: 'not-the-password' }),
    });
  t.equal((await login(a.url)).status, 401, '1st attempt, router A');
  t.equal((await login(b.url)).status, 401, '2nd attempt, router B');
  t.equal((await login(a.url)).status, 401, '3rd attempt, router A');
  const limited = await login(b.url);
  t.equal(limited.status, 429, 'the 4th attempt is limited on router B, which saw only one before');
  t.ok(Number(limited.headers.get('retry-after')) >= 1, 'with Retry-After');
  t.equal(((await limited.json()) as { error: { code: string } }).error.code, 'VOX_RATE_LIMITED');
});
