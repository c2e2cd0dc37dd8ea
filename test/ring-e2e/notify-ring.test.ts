/**
 * The notification webhook in a ring (shared Postgres and Redis): a user
 * connected to another router counts as online (the hot state's online
 * marks), so only the really offline participant is named; each message is
 * queued once, by the router where it was created, and sent once; a
 * notification left queued by a router that stopped is sent by the other
 * one (the outbox is shared, claims are leased).
 */
import t from 'tap';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice } from '../helpers/router-fixture.js';
import { WebhookReceiver } from '../e2e/support/webhook-receiver.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';
import { sendText } from '../helpers/send-messages.js';
import { metricValue } from '../helpers/router-metrics.js';

const SECRET = 'a webhook secret of some length';



async function total(routers: readonly Router[], name: string): Promise<number> {
  let sum = 0;
  for (const router of routers) sum += await metricValue(router.url, name);
  return sum;
}

void t.test('ring: online on another router is online; one notification per message; a stopped router\'s rows are sent by another', async (t) => {
  const receiver = await WebhookReceiver.start(t, SECRET);
  const ring = await startRing(t, {
    count: 2,
    config: { notifyUrl: receiver.url, notifySecret: SECRET, notifyRetryBaseMs: 100, notifyRetryMaxMs: 200, notifyMaxAttempts: 1000 },
  });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  const a = await userHomedOn(ring.routers, r0, 'a');
  const b = await userHomedOn(ring.routers, r1, 'b');
  const c = await userHomedOn(ring.routers, r1, 'c');
  const { conversationId } = await a.http.createConversation([b.name, c.name], 'ring notify');
  const talker = await connectDevice(t, r0.url, a, 'a-phone');
  const bConn = await connectDevice(t, r1.url, b, 'b-phone');

  const first = await sendText(talker, conversationId, 'hello ring');
  const [got] = await eventually(async () => receiver.delivered, (list) => list.length >= 1, 'the first notification');
  t.equal(got!.signatureOk, true);
  t.equal(got!.payload.message.messageId, first);
  t.same(got!.payload.recipients, [{ userId: c.userId, username: c.name }], 'b, connected to the other router, is online');
  t.equal(await metricValue(r0.url, 'voxring_notify_queued_total'), 1, 'queued by the router where the message was created');
  t.equal(await metricValue(r1.url, 'voxring_notify_queued_total'), 0, 'not by the other one');

  // b's connection closes on r1: r1 marks b offline in the shared hot state.
  bConn.terminate();
  await eventually(async () => {
    const id = await sendText(talker, conversationId, 'still there?');
    const notified = await eventually(async () => receiver.delivered.find((r) => r.payload.message.messageId === id), (r) => r !== undefined, 'its notification');
    return notified!.payload.recipients.map((r) => r.userId).sort();
  }, (ids) => ids.length === 2, 'b named once the other router marked b offline');
  t.ok(receiver.delivered.at(-1)!.payload.recipients.some((r) => r.userId === b.userId), 'b is offline now');
  await eventually(() => total(ring.routers, 'voxring_notify_sent_total'), (n) => n === receiver.delivered.length, 'every notification sent once');
  t.equal(new Set(receiver.received.map((r) => r.payload.message.messageId)).size, receiver.received.length, 'no message notified twice');

  receiver.mode = 'fail';
  const left = await sendText(talker, conversationId, 'left behind');
  await eventually(async () => receiver.received.filter((r) => r.payload.message.messageId === left).length, (n) => n >= 1, 'a failed try');
  talker.terminate();
  const sentByR1 = await metricValue(r1.url, 'voxring_notify_sent_total');
  await r0.close();
  receiver.mode = 'ok';
  const delivered = await eventually(async () => receiver.delivered.find((r) => r.payload.message.messageId === left), (r) => r !== undefined, 'the notification sent by the other router', 20_000);
  t.ok(delivered, 'delivered after its router stopped');
  await eventually(() => metricValue(r1.url, 'voxring_notify_sent_total'), (n) => n === sentByR1 + 1, 'by r1');
});
