/**
 * Drain with a message live on the draining router (three routers on Redis,
 * disk bodies only). Draining migrates every user of r1 at once, the talker
 * mid-message included; the talker resumes on its new home, which takes the
 * message over (r1 relays what it has, stops taking chunks and drops its
 * copy of the body). Every packet is counted: the listener on a third router
 * gets each one exactly once, the listener that was on r1 continues on its
 * new home from the next seq it lacks, and the stored message is complete —
 * readable through any router — while r1 holds no live message any more.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { MessageId, UserId } from '../../common/ids.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import type { Router } from '../../router/router.js';
import { speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { ADMIN_TOKEN, linksUp, startRing, until, userHomedOn } from './ring-fixture.js';

void t.test('drain mid-message hands the live message over', async (t) => {
  const ring = await startRing(t, { count: 3 });
  const [r0, r1] = ring.routers as [Router, Router, Router];
  await linksUp(ring.routers);
  const x = await userHomedOn(ring.routers, r1, 'x'); // talker on the router to drain
  const z = await userHomedOn(ring.routers, r1, 'z'); // listener on it
  const y = await userHomedOn(ring.routers, r0, 'y'); // listener elsewhere
  const conversation = await x.http.createConversation([y.name, z.name], 'drain');
  const connect = async (url: string, user: TestUser, deviceId: string): Promise<VoxringConnection> => {
    const conn = await VoxringConnection.connect({ url, token: user.token, deviceId });
    t.teardown(() => conn.terminate());
    return conn;
  };
  const talker = await connect(r1.url, x, 'x');
  const zConn = await connect(r1.url, z, 'z');
  const yConn = await connect(r0.url, y, 'y');
  const zFirst = new MessageCollector(zConn);
  const yCollector = new MessageCollector(yConn);
  for (const conn of [zConn, yConn]) await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  const third = Math.floor(packets.length / 3);
  for (const packet of packets.slice(0, third)) message.send(packet);
  await yCollector.until(() => (yCollector.get(message.messageId)?.chunks.length ?? 0) >= third);

  // Drain r1: the talker (mid-message) and z are migrated at once.
  const aMigrate = talker.waitFor((f) => f.type === 'migrate', 10_000, 'migrate for the talker');
  const zMigrate = zConn.waitFor((f) => f.type === 'migrate', 10_000, 'migrate for z');
  const drained = await fetch(`${r1.url}/v1/admin/drain`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  t.equal(drained.status, 200, 'drain accepted');
  const aFrame = await aMigrate;
  await zMigrate;
  t.equal((await talker.closed()).code, 4011, 'the talker is migrated mid-message');
  t.equal((await zConn.closed()).code, 4011, 'the listener is migrated');
  const newHome = aFrame.type === 'migrate' ? aFrame.migrate.routerId : '';
  t.not(newHome, r1.config.routerId, 'to a router that is not draining');

  // More packets while the talker is away: they wait in the SDK unacked and go on resume.
  for (const packet of packets.slice(third, 2 * third)) message.send(packet);
  const aAgain = await VoxringConnection.connectWithFailover({ urls: [r1.url, r0.url], token: x.token, deviceId: 'x', backoffMs: 5 });
  t.teardown(() => aAgain.terminate());
  t.equal(aAgain.welcome?.routerId, newHome, 'the talker reached its new home');
  await message.resume(aAgain);
  const taker = ring.routers.find((r) => r.config.routerId === newHome);
  t.ok(taker?.messages.getLive(message.messageId as MessageId), 'the new home has the message live');
  t.notOk(r1.messages.getLive(message.messageId as MessageId), 'the draining router handed it over');
  for (const packet of packets.slice(2 * third)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE', 'the message completes on the new home');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');

  // z continues on its new home from the next seq it lacks.
  const zAgain = await VoxringConnection.connectWithFailover({ urls: [r1.url, r0.url], token: z.token, deviceId: 'z', backoffMs: 5 });
  t.teardown(() => zAgain.terminate());
  t.not(zAgain.welcome?.routerId, r1.config.routerId, 'z left the draining router');
  const zSecond = new MessageCollector(zAgain);
  const have = zFirst.get(message.messageId)?.chunks.length ?? 0;
  await zAgain.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: have } });
  await zSecond.ended(message.messageId);
  const zSeqs = [...(zFirst.get(message.messageId)?.chunks ?? []), ...(zSecond.get(message.messageId)?.chunks ?? [])];
  t.same(zSeqs.map((c) => c.seq), packets.map((_, seq) => seq), 'migrated listener: every seq exactly once, in order');
  t.ok(zSeqs.every((c) => c.payload.equals(packets[c.seq] ?? Buffer.alloc(0))), 'migrated listener: bit-exact');

  await yCollector.ended(message.messageId);
  const got = yCollector.get(message.messageId);
  t.equal(got?.endState, 'COMPLETE');
  t.equal(got?.chunks.length, packets.length, 'listener on a third router: every packet');
  t.equal(got?.duplicates, 0, 'no duplicates');
  t.ok(yCollector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'bit-exact');

  // The stored message is complete, whichever router is asked.
  const header = await y.http.getMessage(message.messageId);
  t.equal(header.state, 'COMPLETE');
  t.equal(header.chunkCount, packets.length);
  for (const r of ring.routers) {
    const audio = await fetch(`${r.url}/v1/messages/${message.messageId}/audio`, { headers: { authorization: `Bearer ${y.token}` } });
    t.equal(audio.status, 200, `audio served by ${r.config.routerId}`);
    t.same(readOggOpus(Buffer.from(await audio.arrayBuffer())).packets, packets, `bit-exact through ${r.config.routerId}`);
  }
  await until(() => r1.messages.liveCount === 0 && r1.messages.mirrorCount === 0, 5000, 'r1 holds nothing live');
  t.equal(r1.ring?.ring.home(x.userId as UserId) === r1.config.routerId, false, 'r1 is out of the ring');
});
