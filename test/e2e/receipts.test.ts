/**
 * Heard receipts end to end over real WebSockets: a participant whose device
 * got a message through its end (monitoring it live, listening to it later,
 * or a Zello client that got the stream) counts as delivered; one whose
 * device sends `heard` counts as heard. The sender's devices get one
 * `receipt` push per participant and kind (the first time wins), the
 * sender's own reports are ignored, and bad or foreign ids get error frames.
 * GET /v1/messages/:id and the history carry `heard` and `delivered`.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { Receipt } from '../../proto/frames.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, PASSWORD, signupUser, speechPackets, startTestRouter } from '../helpers/router-fixture.js';
import { ZelloTestClient } from '../zello/zello-test-client.js';

const CHANNEL = 'receipts-channel';

/** Every receipt pushed to this connection, in arrival order. */
function receiptsOf(conn: VoxringConnection): Receipt[] {
  const got: Receipt[] = [];
  conn.onFrame((frame) => {
    if (frame.type === 'receipt') got.push(frame.receipt);
  });
  return got;
}

async function errorCode(conn: VoxringConnection, messageId: string): Promise<unknown> {
  return conn.request({ type: 'heard', heard: { messageId } }, 5000).then(
    () => 'no error',
    (err: unknown) => (err as { code?: unknown }).code,
  );
}

interface WithReceipts {
  heard?: { userId: string; username: string; atMs: number }[];
  delivered?: { userId: string; username: string; atMs: number }[];
}

const names = (list: WithReceipts['heard']): string[] => (list ?? []).map((r) => r.username).sort();

void t.test('delivered and heard receipts reach the sender; HTTP and history carry them', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c, z, d] = await Promise.all([
    signupUser(router.url, 'ra'),
    signupUser(router.url, 'rb'),
    signupUser(router.url, 'rc'),
    signupUser(router.url, 'rz'),
    signupUser(router.url, 'rd'),
  ]);
  const conversation = await a.http.createConversation([b.name, c.name, z.name], CHANNEL);
  const talker = await connectDevice(t, router.url, a, 'a-phone');
  const aTablet = await connectDevice(t, router.url, a, 'a-tablet', 'json');
  const pushed = receiptsOf(talker);
  const pushedJson = receiptsOf(aTablet);
  const bPhone = await connectDevice(t, router.url, b, 'b-phone');
  const bCollector = new MessageCollector(bPhone);
  t.teardown(() => bCollector.stop());
  await bPhone.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const zello = await ZelloTestClient.logon(t, router.zelloUrl, z.name, PASSWORD, [CHANNEL]);
  await zello.event('on_channel_status');

  const { packets } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 20)) message.send(packet);
  // The Zello client monitors its channel just after logon: it hears the message once it started there.
  await zello.event('on_stream_start');
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');
  await bCollector.ended(message.messageId);
  const id = message.messageId;

  // Both may come in one batch: read what arrived rather than wait for the next frame.
  await eventually(async () => pushed.length, (n) => n >= 2, 'the delivered receipts of b and the Zello client', 5000);
  t.match(pushed.find((r) => r.userId === b.userId), { messageId: id, username: b.name, kind: 'DELIVERED' }, 'b monitored it live: delivered');
  t.match(pushed.find((r) => r.userId === z.userId), { messageId: id, username: z.name, kind: 'DELIVERED' }, 'a Zello client that got the stream: delivered');

  // c listens later, from storage: delivered; then says heard.
  const cPhone = await connectDevice(t, router.url, c, 'c-phone');
  const cCollector = new MessageCollector(cPhone);
  t.teardown(() => cCollector.stop());
  await cPhone.request({ type: 'listen', listen: { messageId: id, fromSeq: 0 } });
  await cCollector.ended(id);
  cPhone.send({ type: 'heard', heard: { messageId: id } });
  // Own reports are ignored; a repeat is not pushed again.
  talker.send({ type: 'heard', heard: { messageId: id } });
  bPhone.send({ type: 'heard', heard: { messageId: id } });
  bPhone.send({ type: 'heard', heard: { messageId: id } });
  await eventually(
    async () => pushed.filter((r) => r.kind === 'HEARD').length,
    (n) => n >= 2,
    'heard receipts of b and c',
    5000,
  );
  await eventually(async () => pushed.length, (n) => n >= 5, 'five receipts', 5000);
  await bPhone.sync();
  await talker.sync();

  t.same(
    pushed.map((r) => `${r.username}:${r.kind}`).sort(),
    [`${b.name}:DELIVERED`, `${b.name}:HEARD`, `${c.name}:DELIVERED`, `${c.name}:HEARD`, `${z.name}:DELIVERED`].sort(),
    'one push per participant and kind; none for the sender',
  );
  t.ok(pushed.every((r) => r.messageId === id && r.atMs > 0), 'each names the message and a time');
  await eventually(async () => pushedJson.length, (n) => n === pushed.length, "the sender's other (JSON) device gets them too", 5000);

  const header = (await c.http.getMessage(id)) as unknown as WithReceipts;
  t.same(names(header.heard), [b.name, c.name].sort(), 'GET /v1/messages/:id: heard');
  t.same(names(header.delivered), [b.name, c.name, z.name].sort(), 'GET /v1/messages/:id: delivered');
  t.ok(header.heard?.every((r) => r.userId && r.atMs > 0), 'with user ids and times');
  const [listed] = (await a.http.listMessages(conversation.conversationId, 10)) as unknown as (WithReceipts & { messageId: string })[];
  t.equal(listed?.messageId, id);
  t.same(names(listed?.heard), [b.name, c.name].sort(), 'history: heard');
  t.same(names(listed?.delivered), [b.name, c.name, z.name].sort(), 'history: delivered');

  await t.test('bad reports get error frames, nothing is recorded', async (t) => {
    const outsider = await connectDevice(t, router.url, d, 'd-phone');
    t.equal(await errorCode(outsider, id), 'VOX_MESSAGE_NOT_FOUND', 'not a participant: not found');
    t.equal(await errorCode(cPhone, 'no-such-message'), 'VOX_MESSAGE_NOT_FOUND', 'unknown message');
    t.equal(await errorCode(cPhone, 'bad id!'), 'VOX_MESSAGE_ID_INVALID', 'invalid id');
    t.ok(cPhone.isOpen, 'the connection stays open');
    const after = (await a.http.getMessage(id)) as unknown as WithReceipts;
    t.notOk(names(after.heard).includes(d.name), "the outsider's report is not stored");
  });
});
