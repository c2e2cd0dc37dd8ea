/**
 * Heard receipts in a ring of two routers (Redis membership, one Postgres):
 * the sender is homed on r0, the listener on r1. The listener's router
 * records delivered (the mirrored stream reached its end) and heard (its
 * device said so) and relays the push to r0 (RelayFrame receipt), where
 * the sender's device gets it; HTTP on either router shows both.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { Receipt } from '../../proto/frames.js';
import { connectDevice, speechPackets } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

void t.test('a listener on another router: the sender on its home gets delivered and heard', async (t) => {
  const { routers } = await startRing(t, { count: 2 });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'ra');
  const b = await userHomedOn(routers, r1, 'rb');
  const conversation = await a.http.createConversation([b.name], 'ring receipts');

  const talker = await connectDevice(t, r0.url, a, 'a-phone');
  const pushed: Receipt[] = [];
  talker.onFrame((frame) => {
    if (frame.type === 'receipt') pushed.push(frame.receipt);
  });
  const listener = await connectDevice(t, r1.url, b, 'b-phone');
  const collector = new MessageCollector(listener);
  t.teardown(() => collector.stop());
  await listener.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 20)) message.send(packet);
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');
  await collector.ended(message.messageId);
  t.equal(collector.get(message.messageId)?.chunks.length, 20, 'b heard it live on r1');

  const delivered = await talker.waitFor((f) => f.type === 'receipt' && f.receipt.kind === 'DELIVERED', 10_000, 'delivered from r1');
  t.match(delivered, { type: 'receipt', receipt: { messageId: message.messageId, userId: b.userId, username: b.name } });
  listener.send({ type: 'heard', heard: { messageId: message.messageId } });
  const heard = await talker.waitFor((f) => f.type === 'receipt' && f.receipt.kind === 'HEARD', 10_000, 'heard from r1');
  t.match(heard, { type: 'receipt', receipt: { messageId: message.messageId, userId: b.userId, username: b.name } });
  t.equal(pushed.length, 2, 'one push per kind');

  for (const [name, user] of [['r0', a], ['r1', b]] as const) {
    const header = (await user.http.getMessage(message.messageId)) as unknown as { heard: { username: string }[]; delivered: { username: string }[] };
    t.same(header.heard.map((r) => r.username), [b.name], `${name}: heard`);
    t.same(header.delivered.map((r) => r.username), [b.name], `${name}: delivered`);
  }
});
