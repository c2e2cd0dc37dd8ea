/**
 * The notification webhook (notifyUrl): for each new message the
 * participants with no connected device are POSTed to a real HTTP receiver,
 * signed with notifySecret; online ones, the sender, those who ignore the
 * conversation and those who block the sender are not named. A receiver
 * that answers 500 or refuses connections gets the notification once it is
 * back (retries with back-off); past notifyMaxAttempts it is given up; a
 * full outbox drops (counted); queued notifications survive a restart of the
 * router, on PGlite (same data dir) and on Postgres (same schema); without
 * notifyUrl nothing is queued. docs/notify-receiver.mjs, run as a process,
 * accepts what the router sends and refuses a forged signature.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import pg from 'pg';
import t, { type Test } from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { ConfigInput } from '../../common/config.js';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import {
  connectDevice,
  connectionsAtMost,
  dropSchema,
  signupUser,
  speechPackets,
  startTestRouter,
  tempDir,
  type Teardowns,
  type TestUser,
} from '../helpers/router-fixture.js';
import { testPostgresUrl, uniqueName } from '../helpers/services.js';
import { WebhookReceiver } from './support/webhook-receiver.js';
import { sendText } from '../helpers/send-messages.js';
import { metricValue } from '../helpers/router-metrics.js';

const SECRET = 'a webhook secret of some length';

/** Fast retries for tests: 50 ms doubling to 200 ms. */
function notifyConfig(receiver: { url: string }, extra: ConfigInput = {}): ConfigInput {
  return { notifyUrl: receiver.url, notifySecret: SECRET, notifyRetryBaseMs: 50, notifyRetryMaxMs: 200, notifyMaxAttempts: 1000, ...extra };
}



/** a talks to c (never connected) in a 1:1; returns a's connection. */
async function oneToOne(t: Teardowns, url: string): Promise<{ a: TestUser; c: TestUser; conversationId: string; talker: VoxringConnection }> {
  const [a, c] = await Promise.all([signupUser(url, 'na'), signupUser(url, 'nc')]);
  const { conversationId } = await a.http.createConversation([c.name]);
  const talker = await connectDevice(t, url, a, 'a-phone');
  return { a, c, conversationId, talker };
}

void t.test('offline participants are notified, signed; online, ignoring and blocking ones are not', async (t) => {
  const receiver = await WebhookReceiver.start(t, SECRET);
  const router = await startTestRouter(t, { config: notifyConfig(receiver) });
  const url = router.url;
  const [a, b, c, d, e] = await Promise.all(['sender', 'online', 'offline', 'ignores', 'blocks'].map((p) => signupUser(url, p)));
  const { conversationId } = await a!.http.createConversation([b!.name, c!.name, d!.name, e!.name], 'notify group');
  await d!.http.setConversationMode(conversationId, 'd-phone', 'IGNORE');
  await e!.http.block(a!.name);
  const talker = await connectDevice(t, url, a!, 'a-phone');
  await connectDevice(t, url, b!, 'b-phone');

  const textId = await sendText(talker, conversationId, 'are you there?');
  const [text] = await eventually(async () => receiver.delivered, (got) => got.length >= 1, 'the text notification');
  t.equal(text!.signatureOk, true, 'x-voxring-signature is the HMAC-SHA256 of the raw body');
  t.equal(text!.contentType, 'application/json');
  t.equal(text!.payload.event, 'message_new');
  t.same(text!.payload.recipients, [{ userId: c!.userId, username: c!.name }], 'only the offline participant: not the sender, the online one, the ignoring one or the blocking one');
  const { heard, delivered, ...header } = text!.payload.message;
  t.same([heard, delivered], [[], []], 'no receipts yet');
  const stored = (await c!.http.getMessage(textId)) as unknown as Record<string, unknown>;
  t.same(header, Object.fromEntries(Object.entries(stored).filter(([k]) => k !== 'heard' && k !== 'delivered')), 'the header as GET /v1/messages/:id answers it');
  t.equal(header.messageId, textId);

  const { packets, preSkip } = await speechPackets();
  const voiceId = randomUUID();
  const voice = await OutgoingVoiceMessage.start(talker, { messageId: voiceId, conversationId, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip } });
  for (const packet of packets.slice(0, 10)) voice.send(packet);
  await voice.end();
  const got = await eventually(async () => receiver.delivered, (list) => list.length >= 2, 'the voice notification');
  t.equal(got[1]!.payload.message.messageId, voiceId, 'a voice message is notified as it starts');
  t.equal(got[1]!.payload.message.contentType, 'VOICE');
  t.same(got[1]!.payload.recipients.map((r) => r.userId), [c!.userId]);

  // A picture uploaded over HTTP and a location: every kind of new message.
  const picture = await a!.http.uploadImage(conversationId, await readFile(new URL('../../fixtures/images/gradient-24x16.jpg', import.meta.url)));
  const media = await eventually(async () => receiver.delivered, (list) => list.length >= 3, 'the picture notification');
  t.same([media[2]!.payload.message.messageId, media[2]!.payload.message.contentType], [picture.messageId, 'IMAGE']);
  const place = randomUUID();
  await talker.sendLocation({ messageId: place, conversationId, latitudeE7: 525200000, longitudeE7: 134050000, accuracyM: 10, formattedAddress: 'Berlin' });
  const located = await eventually(async () => receiver.delivered, (list) => list.length >= 4, 'the location notification');
  t.same([located[3]!.payload.message.messageId, located[3]!.payload.message.contentType], [place, 'LOCATION']);
  t.ok(located.every((r) => r.payload.recipients.length === 1 && r.payload.recipients[0]!.userId === c!.userId), 'each names c only');

  // d hears the conversation normally again: the next message names them too.
  await d!.http.setConversationMode(conversationId, 'd-phone', 'NORMAL');
  const fifth = await sendText(talker, conversationId, 'anyone?');
  const last = await eventually(async () => receiver.delivered, (list) => list.length >= 5, 'the fifth notification');
  t.equal(last[4]!.payload.message.messageId, fifth);
  t.same(last[4]!.payload.recipients.map((r) => r.userId).sort(), [c!.userId, d!.userId].sort(), 'NORMAL again: d is notified');
  t.equal(receiver.received.length, 5, 'one request per message, nothing for anyone online');
  t.equal(await metricValue(router.url, 'voxring_notify_queued_total'), 5);
  await eventually(() => metricValue(router.url, 'voxring_notify_sent_total'), (n) => n === 5, 'sent counted');
});

void t.test('a message whose recipients are all online queues nothing', async (t) => {
  const receiver = await WebhookReceiver.start(t, SECRET);
  const router = await startTestRouter(t, { config: notifyConfig(receiver) });
  const { c, conversationId, talker } = await oneToOne(t, router.url);
  const listener = await connectDevice(t, router.url, c, 'c-phone');
  const first = await sendText(talker, conversationId, 'online');
  await listener.waitFor((f) => f.type === 'timeline' && f.timeline.events.some((e) => e.header?.messageId === first), 10_000, 'the timeline push');
  listener.terminate();
  // Once c's connection is gone here, c is offline.
  await connectionsAtMost(router, 1);
  const second = await sendText(talker, conversationId, 'offline now?');
  await eventually(async () => receiver.delivered, (list) => list.length >= 1, 'a notification once c left');
  t.same(receiver.received.map((r) => r.payload.message.messageId), [second], 'only the message sent after c left');
});

void t.test('the receiver fails (500, then refused): delivered once it is back', async (t) => {
  const receiver = await WebhookReceiver.start(t, SECRET);
  receiver.mode = 'fail';
  const router = await startTestRouter(t, { config: notifyConfig(receiver) });
  const { c, conversationId, talker } = await oneToOne(t, router.url);
  const messageId = await sendText(talker, conversationId, 'retry me');
  await eventually(async () => receiver.received.length, (n) => n >= 2, 'two failed tries (500)');
  t.ok(receiver.received.every((r) => r.answered === 500 && r.payload.message.messageId === messageId), 'the same notification tried again');
  await receiver.stop();
  const failedBefore = await metricValue(router.url, 'voxring_notify_failed_total');
  await eventually(() => metricValue(router.url, 'voxring_notify_failed_total'), (n) => n >= failedBefore + 2, 'tries refused while the receiver is down');
  receiver.mode = 'ok';
  await receiver.listen();
  const [delivered] = await eventually(async () => receiver.delivered, (list) => list.length === 1, 'the notification after the receiver came back');
  t.equal(delivered!.payload.message.messageId, messageId);
  t.same(delivered!.payload.recipients, [{ userId: c.userId, username: c.name }]);
  t.equal(delivered!.raw, receiver.received[0]!.raw, 'every try sends the same body');
  await eventually(() => metricValue(router.url, 'voxring_notify_sent_total'), (n) => n === 1, 'sent counted');
  t.equal(await metricValue(router.url, 'voxring_notify_gave_up_total'), 0);
});

void t.test('notifyMaxAttempts gives up; notifyQueueMax drops what does not fit', async (t) => {
  const receiver = await WebhookReceiver.start(t, SECRET);
  receiver.mode = 'fail';
  receiver.failStatus = 503;
  const router = await startTestRouter(t, { config: notifyConfig(receiver, { notifyMaxAttempts: 2, notifyQueueMax: 1, notifyRetryBaseMs: 3000, notifyRetryMaxMs: 3000 }) });
  const { conversationId, talker } = await oneToOne(t, router.url);
  const kept = await sendText(talker, conversationId, 'queued');
  await eventually(async () => receiver.received.length, (n) => n >= 1, 'the first try');
  // The first waits for its second try (1.5 to 3 s): the outbox is full.
  await sendText(talker, conversationId, 'dropped');
  await eventually(() => metricValue(router.url, 'voxring_notify_dropped_total'), (n) => n === 1, 'the second dropped');
  t.equal(await metricValue(router.url, 'voxring_notify_queue_depth'), 1, 'the outbox holds the one waiting for its second try');
  await eventually(() => metricValue(router.url, 'voxring_notify_gave_up_total'), (n) => n === 1, 'the first given up');
  t.equal(await metricValue(router.url, 'voxring_notify_queue_depth'), 0, 'given up: the outbox is empty');
  t.equal(receiver.received.length, 2, 'exactly notifyMaxAttempts tries');
  t.ok(receiver.received.every((r) => r.payload.message.messageId === kept), 'all of the first message');
  t.equal(await metricValue(router.url, 'voxring_notify_failed_total'), 1, 'one failed try retried');
  t.equal(await metricValue(router.url, 'voxring_notify_queued_total'), 1);
  // The outbox is empty again: a new message is queued.
  await sendText(talker, conversationId, 'room again');
  await eventually(() => metricValue(router.url, 'voxring_notify_queued_total'), (n) => n === 2, 'queued again');
});

/** Sends one message to an offline user while the receiver fails, stops the router with it queued, starts `restart()` on the same store: it arrives. */
async function survivesRestart(t: Test, first: Router, restart: () => Promise<Router>, receiver: WebhookReceiver): Promise<void> {
  const { c, conversationId, talker } = await oneToOne(t, first.url);
  const messageId = await sendText(talker, conversationId, 'after the restart');
  await eventually(async () => receiver.received.length, (n) => n >= 1, 'a failed try before the restart');
  talker.terminate();
  await first.close();
  const triedBefore = receiver.received.length;
  receiver.mode = 'ok';
  const second = await restart();
  const [delivered] = await eventually(async () => receiver.delivered, (list) => list.length === 1, 'the notification sent by the restarted router', 20_000);
  t.equal(delivered!.payload.message.messageId, messageId);
  t.equal(delivered!.payload.recipients[0]?.userId, c.userId);
  t.ok(receiver.received.length > triedBefore, 'sent after the restart');
  await eventually(() => metricValue(second.url, 'voxring_notify_sent_total'), (n) => n === 1, 'counted by the new process');
}

void t.test('restart (PGlite, same data dir): queued notifications are sent by the next process', async (t) => {
  const receiver = await WebhookReceiver.start(t, SECRET);
  receiver.mode = 'fail';
  const dataDir = await tempDir(t, 'voxring-notify-');
  const options = { store: 'pglite' as const, dataDir, config: notifyConfig(receiver, { notifyRetryBaseMs: 300, notifyRetryMaxMs: 300 }) };
  const first = await startTestRouter(t, options);
  await survivesRestart(t, first, () => startTestRouter(t, options), receiver);
});

void t.test('restart (Postgres, same schema): queued notifications are sent by the next process', async (t) => {
  const receiver = await WebhookReceiver.start(t, SECRET);
  receiver.mode = 'fail';
  const schema = uniqueName('notify');
  t.teardown(() => dropSchema(schema));
  const start = (): Promise<Router> =>
    startTestRouter(t, { postgresSchema: schema, config: notifyConfig(receiver, { notifyRetryBaseMs: 300, notifyRetryMaxMs: 300 }) });
  await survivesRestart(t, await start(), start, receiver);
});

void t.test('without notifyUrl nothing is queued', async (t) => {
  const router = await startTestRouter(t);
  const { c, conversationId, talker } = await oneToOne(t, router.url);
  const messageId = await sendText(talker, conversationId, 'no webhook');
  await eventually(async () => (await c.http.listMessages(conversationId)).length, (n) => n === 1, 'the message stored');
  t.equal((await c.http.getMessage(messageId)).messageId, messageId);
  const metrics = await (await fetch(`${router.url}/metrics`)).text();
  t.notOk(metrics.includes('voxring_notify_'), 'no notifier: no notify metrics');
  const schema = router.config.postgresSchema;
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  t.teardown(() => client.end());
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.notify_outbox`);
  t.equal(Number(rows[0]!.n), 0, 'the outbox stays empty');
});

void t.test('docs/notify-receiver.mjs accepts the router\'s notifications and refuses a forged one', async (t) => {
  const child = spawn(process.execPath, ['docs/notify-receiver.mjs'], { env: { ...process.env, PORT: '0', VOXRING_NOTIFY_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'pipe'] });
  t.teardown(() => child.kill('SIGTERM'));
  const [line] = (await once(createInterface({ input: child.stderr }), 'line')) as [string];
  const port = Number(/listening on (\d+)/.exec(line)?.[1]);
  t.ok(port > 0, 'the receiver listens');
  const printed: string[] = [];
  createInterface({ input: child.stdout }).on('line', (l) => printed.push(l));
  const hook = { url: `http://127.0.0.1:${port}/` };
  const router = await startTestRouter(t, { config: notifyConfig(hook) });
  const { a, c, conversationId, talker } = await oneToOne(t, router.url);
  const messageId = await sendText(talker, conversationId, 'to the docs receiver');
  const [out] = await eventually(async () => printed, (l) => l.length >= 1, 'the receiver to print the notification');
  t.same(JSON.parse(out!), { messageId, from: a.name, kind: 'TEXT', to: [c.name] });
  await eventually(() => metricValue(router.url, 'voxring_notify_sent_total'), (n) => n === 1, 'answered 2xx');
  const forged = await fetch(hook.url, { method: 'POST', body: '{"event":"message_new"}', headers: { 'x-voxring-signature': 'sha256=' + '0'.repeat(64) } });
  t.equal(forged.status, 401, 'a wrong signature is refused');
});
