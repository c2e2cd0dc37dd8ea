/**
 * NotifySender's back-off (exponential from notifyRetryBaseMs, capped at
 * notifyRetryMaxMs, jittered to 50-100 %) and the payload's signature
 * (HMAC-SHA256 of the exact body, the known answer of RFC 4231 case 2).
 */
import t from 'tap';
import type { MessageHeader } from '../../proto/frames.js';
import { notificationBody, signBody } from '../../router/notify/notify-payload.js';
import { retryDelayMs } from '../../router/notify/notify-sender.js';

void t.test('retry delay: doubles per failed try, capped, jittered to 50-100 %', async (t) => {
  const top = (): number => 1 - Number.EPSILON;
  t.equal(retryDelayMs(1, 1000, 300_000, top), 1000, 'after the first try: the base');
  t.equal(retryDelayMs(2, 1000, 300_000, top), 2000);
  t.equal(retryDelayMs(5, 1000, 300_000, top), 16_000);
  t.equal(retryDelayMs(30, 1000, 300_000, top), 300_000, 'capped');
  t.equal(retryDelayMs(1000, 1000, 300_000, top), 300_000, 'no overflow for many tries');
  t.equal(retryDelayMs(3, 1000, 300_000, () => 0), 2000, 'the least jitter halves it');
  for (let i = 0; i < 100; i++) {
    const d = retryDelayMs(4, 100, 10_000);
    t.ok(d >= 400 && d <= 800, `within 50-100 % of 800: ${d}`);
  }
});

void t.test('signature: sha256= and the hex HMAC-SHA256 of the body', async (t) => {
  // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
  t.equal(signBody('what do ya want for nothing?', 'Jefe'), 'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  const body = notificationBody({ messageId: 'm1', text: 'héllo' } as MessageHeader, [{ userId: 'u1', username: 'bob' }]);
  t.same(JSON.parse(body), { event: 'message_new', recipients: [{ userId: 'u1', username: 'bob' }], message: { messageId: 'm1', text: 'héllo', heard: [], delivered: [] } });
  t.not(signBody(body, 'key one of sixteen'), signBody(body, 'key two of sixteen'), 'keyed');
});
