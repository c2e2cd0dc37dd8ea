/**
 * Issue #14 at the Zello door: password logons fall under the log-in rate
 * limits and token logons under the token limit (answered with voxring's
 * 'too many requests'); each password logon is a session, bounded by
 * maxSessionsPerUser like the others.
 */
import t from 'tap';
import { PASSWORD, signupUser, startTestRouter } from '../helpers/router-fixture.js';
import { ZelloTestClient } from './zello-test-client.js';

void t.test('zello password guessing: "too many requests" past loginAttemptsPerAddress', async (t) => {
  const router = await startTestRouter(t, { config: { loginAttemptsPerAddress: 2 } });
  const victim = await signupUser(router.url, 'zguess');
  const client = await ZelloTestClient.connect(t, router.zelloUrl);
  const logon = (password: string) => client.request({ command: 'logon', username: victim.name, password, channels: ['Nowhere'] });
  t.same(await logon('wrong-password-1'), { seq: 1, error: 'not authorized' });
  t.same(await logon('wrong-password-2'), { seq: 2, error: 'not authorized' });
  t.same(await logon('wrong-password-3'), { seq: 3, error: 'too many requests' }, 'the 3rd guess is rate limited');
  t.same(await logon(PASSWORD), { seq: 4, error: 'too many requests' }, 'the right password waits too');
});

void t.test('zello token guessing: "too many requests" past tokenFailuresPerAddress', async (t) => {
  const router = await startTestRouter(t, { config: { tokenFailuresPerAddress: 1 } });
  const client = await ZelloTestClient.connect(t, router.zelloUrl);
  const logon = (token: string) => client.request({ command: 'logon', auth_token: token, refresh_token: token, channels: ['Nowhere'] });
  t.same(await logon('vx_guess_1'), { seq: 1, error: 'not authorized' }, 'one logon is one failure, however many fields');
  t.same(await logon('vx_guess_2'), { seq: 2, error: 'too many requests' });
});

void t.test('zello password logons count against maxSessionsPerUser', async (t) => {
  const router = await startTestRouter(t, { config: { maxSessionsPerUser: 2 } });
  const user = await signupUser(router.url, 'zsessions');
  const first = await ZelloTestClient.logon(t, router.zelloUrl, user.name, PASSWORD, ['Nowhere']);
  await ZelloTestClient.logon(t, router.zelloUrl, user.name, PASSWORD, ['Nowhere']);
  const res = await fetch(`${router.url}/v1/conversations`, { headers: { authorization: `Bearer ${user.token}` } });
  t.equal(res.status, 401, 'the 2nd zello logon revoked the sign-up session');
  await ZelloTestClient.logon(t, router.zelloUrl, user.name, PASSWORD, ['Nowhere']);
  t.same(await first.closed, { code: 4001, reason: 'VOX_AUTH_TOKEN_INVALID' }, 'the 3rd revoked the 1st zello logon and closed it');
});
