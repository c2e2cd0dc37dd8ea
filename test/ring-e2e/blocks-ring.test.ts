/**
 * Blocks in a ring: a block made through the blocker's router holds on the
 * sender's router at once (every check reads the shared header store), and
 * the audience relayed with a live message leaves the blocker out, so the
 * blocker's router plays nothing of it while a third user there hears it.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { Router } from '../../router/router.js';
import { connectDevice, speechPackets } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

void t.test('a block made on one router holds on the other: live, timeline, 1:1', async (t) => {
  const ring = await startRing(t, { count: 2 });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  const a = await userHomedOn(ring.routers, r0, 'a');
  const b = await userHomedOn(ring.routers, r1, 'b');
  const c = await userHomedOn(ring.routers, r1, 'c');
  const id = (await c.http.createConversation([a.name, b.name], 'ring-blocks')).conversationId;
  await b.http.block(a.name);

  await t.rejects(a.http.createConversation([b.name]), { code: 'VOX_BLOCKED' }, 'a cannot start a 1:1 with b from any router');
  const talker = await connectDevice(t, r0.url, a, 'a');
  const [bConn, cConn] = [await connectDevice(t, r1.url, b, 'b'), await connectDevice(t, r1.url, c, 'c')];
  const heardByB = new MessageCollector(bConn);
  const heardByC = new MessageCollector(cConn);
  t.teardown(() => {
    heardByB.stop();
    heardByC.stop();
  });
  for (const conn of [bConn, cConn]) await conn.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  const { packets } = await speechPackets();

  const message = await OutgoingVoiceMessage.start(talker, { conversationId: id });
  for (const packet of packets.slice(0, 20)) message.send(packet);
  await message.end();
  await heardByC.ended(message.messageId);
  t.equal(heardByC.payloads(message.messageId).length, 20, 'c on r1 hears a live (the control)');
  await bConn.sync();
  t.equal(heardByB.get(message.messageId), undefined, 'b on r1 hears nothing of a');
  const events = (await b.http.timeline(0, 500)).events;
  t.notOk(events.some((e) => e.header?.messageId === message.messageId), "nor gets it in b's timeline");
  const refused = await bConn.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } }).catch((err: unknown) => err);
  t.match(refused, { code: 'VOX_MESSAGE_NOT_FOUND' }, 'and cannot listen to it by id');
});
