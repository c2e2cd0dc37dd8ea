/**
 * Replication of live messages in a ring of two: the talker's next router
 * keeps a durable copy, an ack means "on both disks", the copy is dropped
 * when the message ends on its router, and with the replica gone the
 * survivor acks alone.
 */
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { MessageId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { connectDevice, speechPackets } from '../helpers/router-fixture.js';
import { linksUp, startRing, until, userHomedOn } from './ring-fixture.js';

void t.test('a live message is replicated; acks wait for the replica', async (t) => {
  const ring = await startRing(t, { count: 2 });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  const a = await userHomedOn(ring.routers, r0, 'a');
  const b = await userHomedOn(ring.routers, r0, 'b'); // no participant on r1: it holds the message only as replica
  const conversation = await a.http.createConversation([b.name], 'replica');
  const talker = await connectDevice(t, r0.url, a, 'a');
  const { packets } = await speechPackets();

  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId });
  const id = message.messageId as MessageId;
  t.equal(r0.messages.getLive(id)?.replicaRouter, r1.config.routerId, 'the replica is the other router');
  for (const packet of packets.slice(0, 100)) message.send(packet);
  await message.allAcked();
  const onReplica = await r1.bodies.stat(id);
  t.ok((onReplica?.chunkCount ?? 0) >= 100, `every acked chunk is on the replica's disk (${onReplica?.chunkCount ?? 0})`);
  const copy = await r1.bodies.read(id, 0);
  t.ok(copy.slice(0, 100).every((c, seq) => c.payload.equals(packets[seq] ?? Buffer.alloc(0))), 'the replica copy is bit-exact');

  for (const packet of packets.slice(100, 150)) message.send(packet);
  t.equal((await message.end()).messageEnd.chunkCount, 150);
  t.equal((await r0.bodies.stat(id))?.chunkCount, 150, 'the message’s router holds the body');
  await until(() => r1.messages.mirrorCount === 0, 5000, 'the replica’s mirror ends');
  const released = await waitFor(async () => (await r1.bodies.stat(id)) === undefined, 5000);
  t.ok(released, 'the replica drops its copy once the message ended');
});

void t.test('with the replica gone, the survivor acks alone', async (t) => {
  const ring = await startRing(t, { count: 2 });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  const a = await userHomedOn(ring.routers, r0, 'a');
  const b = await userHomedOn(ring.routers, r0, 'b');
  const conversation = await a.http.createConversation([b.name], 'replica-lost');
  const talker = await connectDevice(t, r0.url, a, 'a');
  const { packets } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 50)) message.send(packet);
  await message.allAcked();

  await r1.close();
  await until(() => r0.messages.getLive(message.messageId as MessageId)?.replicaRouter === undefined, 5000, 'no replica left');
  for (const packet of packets.slice(50, 120)) message.send(packet);
  await message.allAcked();
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, 120, 'every chunk acked and stored with one router left');
  t.equal((await r0.bodies.stat(message.messageId as MessageId))?.chunkCount, 120);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
