/**
 * Participant changes made on one router reach every router's cached copy
 * of the conversation (a `conversationChanged` relay frame): a user added on
 * r0 may listen on r1 at once, a user removed on r0 stops hearing a live
 * message on r1 and is refused there.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { Router } from '../../router/router.js';
import { connectDevice, speechPackets } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

void t.test('participant changes reach the other routers', async (t) => {
  const ring = await startRing(t, { count: 2 });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  const a = await userHomedOn(ring.routers, r0, 'a');
  const b = await userHomedOn(ring.routers, r1, 'b');
  const c = await userHomedOn(ring.routers, r1, 'c');
  const conversation = await a.http.createConversation([b.name], 'changes');
  const id = conversation.conversationId;
  const talker = await connectDevice(t, r0.url, a, 'a');
  const bConn = await connectDevice(t, r1.url, b, 'b');
  const bCollector = new MessageCollector(bConn);
  await bConn.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  const { packets } = await speechPackets();

  const message = await OutgoingVoiceMessage.start(talker, { conversationId: id });
  for (const packet of packets.slice(0, 40)) message.send(packet);
  await bCollector.until(() => (bCollector.get(message.messageId)?.chunks.length ?? 0) === 40);

  // c is added on r0; r1 had the conversation cached (b's monitor): c may listen there at once.
  await a.http.addParticipants(id, [c.name]);
  const cConn = await connectDevice(t, r1.url, c, 'c');
  const cCollector = new MessageCollector(cConn);
  const header = await cConn.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
  t.equal(header.type, 'header', 'a participant added on another router may listen here');
  await cCollector.until(() => (cCollector.get(message.messageId)?.chunks.length ?? 0) === 40);

  // b is removed on r0 mid-message: r1 stops its live delivery and refuses it.
  const left = bConn.waitFor((f) => f.type === 'timeline' && f.timeline.events.some((e) => e.type === 'CONVERSATION_LEFT'), 5000, 'conversation_left');
  await a.http.removeParticipant(id, b.name);
  await left;
  await bConn.sync();
  for (const packet of packets.slice(40, 80)) message.send(packet);
  await cCollector.until(() => (cCollector.get(message.messageId)?.chunks.length ?? 0) === 80);
  await bConn.sync();
  t.equal(bCollector.get(message.messageId)?.chunks.length, 40, 'the removed user heard nothing more');
  const refused = await bConn.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } }).catch((err: unknown) => err);
  t.match(refused, { code: 'VOX_MESSAGE_NOT_FOUND' }, 'and may not listen on its router (as if it did not exist)');
  t.equal((await message.end()).messageEnd.chunkCount, 80);
});
