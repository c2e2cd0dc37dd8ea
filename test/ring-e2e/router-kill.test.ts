/**
 * kill -9 of a router while a message is live on it: two routers in this
 * process and a third run as a `voxring serve` child, all on Redis
 * membership (short TTL) and one Postgres schema. The dead router's clients
 * reach their first fallback at once (its links to the dead router are lost,
 * so it serves them instead of redirecting to the dead home; the time is
 * reported as a comment, not asserted). The talker's message was
 * replicated to its first fallback (acks wait for the replica), so the
 * talker resumes there from its last acked seq: that router claims the
 * message from its replica, the listener on the third router gets the rest
 * through its adopted mirror, exactly once, and the stored message is
 * complete and bit-exact.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import type { UserId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { PASSWORD, signupUser, speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { linksUp, startChildRouter, startRing, until } from './ring-fixture.js';

const TTL_MS = 1500;

async function homedOn(r: Router, id: string, prefix: string): Promise<TestUser> {
  for (let i = 0; i < 300; i++) {
    const user = await signupUser(r.url, prefix);
    if (r.ring?.ring.home(user.userId as UserId) === id) return user;
  }
  throw new Error(`no user homed on ${id}`);
}

void t.test('kill -9 of a router with a live message', async (t) => {
  const ring = await startRing(t, { count: 2, config: { heartbeatTtlMs: TTL_MS } });
  const [r0, r1] = ring.routers as [Router, Router];
  const killed = await startChildRouter(t, { schema: ring.schema, keyPrefix: ring.keyPrefix, id: `rk-${ring.schema.slice(-8)}`, ttlMs: TTL_MS });
  await until(() => ring.routers.every((r) => r.ring?.ring.members().length === 3), 10_000, 'three members');
  await linksUp(ring.routers);
  await until(() => ring.routers.every((r) => r.ring?.linkStatus().find((l) => l.peer === killed.id)?.state === 'up'), 10_000, 'links to the child');

  const x = await homedOn(r0, killed.id, 'x'); // talker on the router to be killed
  const z = await homedOn(r0, killed.id, 'z'); // listener on it
  const y = await homedOn(r0, r0.config.routerId, 'y'); // listener elsewhere
  const conversation = await x.http.createConversation([y.name, z.name], 'kill');
  const talker = await VoxringConnection.connect({ url: killed.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const zConn = await VoxringConnection.connect({ url: killed.url, token: z.token, deviceId: 'z' });
  t.teardown(() => zConn.terminate());
  const yConn = await VoxringConnection.connect({ url: r0.url, token: y.token, deviceId: 'y' });
  t.teardown(() => yConn.terminate());
  const yCollector = new MessageCollector(yConn);
  await yConn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await message.allAcked();
  await yCollector.until(() => (yCollector.get(message.messageId)?.chunks.length ?? 0) >= half);

  const killedAt = Date.now();
  await killed.kill();
  const zClosed = await zConn.closed();
  t.not(zClosed.code, 1000, 'the dead router’s clients see an abnormal close');

  // z fails over along its login route: the dead home first, then its fallbacks.
  const session = await z.http.login(z.name, PASSWORD);
  t.equal(session.home, killed.url, 'the ring still names the dead router home (within its TTL)');
  const zAgain = await VoxringConnection.connectWithFailover({ urls: [session.home ?? '', ...(session.fallbacks ?? [])], token: z.token, deviceId: 'z', backoffMs: 20 });
  t.teardown(() => zAgain.terminate());
  const elapsed = Date.now() - killedAt;
  const fallbackId = r0.ring?.routeOf(z.userId as UserId)[1]?.id;
  t.equal(zAgain.welcome?.routerId, fallbackId, 'the client is served by its first fallback, not redirected to the dead home');
  t.comment(`fallback reached ${elapsed} ms after kill -9 (TTL ${TTL_MS} ms)`);

  // The talker fails over too and resumes on its fallback, which held a replica of every acked chunk.
  const xSession = await x.http.login(x.name, PASSWORD);
  const xAgain = await VoxringConnection.connectWithFailover({ urls: [xSession.home ?? '', ...(xSession.fallbacks ?? [])], token: x.token, deviceId: 'x', backoffMs: 20 });
  t.teardown(() => xAgain.terminate());
  const claimer = ring.routers.find((r) => r.config.routerId === xAgain.welcome?.routerId);
  t.ok(claimer, 'the talker reached a surviving router');
  await message.resume(xAgain);
  t.comment(`talker resumed ${Date.now() - killedAt} ms after kill -9`);
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE', 'the message completes on the router that took it over');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');

  // y, on a third router, heard all of it exactly once, in order, bit-exact.
  await yCollector.ended(message.messageId);
  const got = yCollector.get(message.messageId);
  t.equal(got?.endState, 'COMPLETE', 'the listener’s mirror was adopted by the new router and ends COMPLETE');
  t.equal(got?.duplicates, 0, 'no duplicates');
  t.equal(got?.chunks.length, packets.length, 'the listener got every chunk');
  t.ok(yCollector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'bit-exact');

  // The stored message is complete: header and body, read through another router.
  const stored = await y.http.getMessage(message.messageId);
  t.equal(stored.state, 'COMPLETE');
  t.equal(stored.chunkCount, packets.length, 'the header counts every chunk');
  const reader = ring.routers.find((r) => r !== claimer) ?? r0;
  const audio = await fetch(`${reader.url}/v1/messages/${message.messageId}/audio`, { headers: { authorization: `Bearer ${y.token}` } });
  t.equal(audio.status, 200, `the stored audio is served through ${reader.config.routerId} (${audio.status === 200 ? '' : await audio.clone().text()})`);
  const ogg = Buffer.from(await audio.arrayBuffer());
  t.same(readOggOpus(ogg).packets, packets, 'the stored .ogg holds every packet, bit-exact');

  // New talk among the survivors works: x on its new home, heard by y and z.
  const zCollector = new MessageCollector(zAgain);
  await zAgain.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const xNow = await VoxringConnection.connect({ url: r1.url, token: x.token, deviceId: 'x2' });
  t.teardown(() => xNow.terminate());
  const next = await OutgoingVoiceMessage.start(xNow, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 30)) next.send(packet);
  t.equal((await next.end()).messageEnd.state, 'COMPLETE');
  await yCollector.ended(next.messageId);
  await zCollector.ended(next.messageId);
  t.equal(yCollector.get(next.messageId)?.chunks.length, 30, 'y hears the next message');
  t.equal(zCollector.get(next.messageId)?.chunks.length, 30, 'z hears the next message');

  // The dead router restarts with the same id and data dir: it rejoins and leaves the taken-over message alone.
  const back = await startChildRouter(t, { schema: ring.schema, keyPrefix: ring.keyPrefix, id: killed.id, ttlMs: TTL_MS, dataDir: killed.dataDir });
  await until(() => ring.routers.every((r) => r.ring?.ring.members().length === 3), 10_000, 'the restarted router rejoins');
  await until(() => ring.routers.every((r) => r.ring?.linkStatus().find((l) => l.peer === killed.id)?.state === 'up'), 10_000, 'links to the restarted router');
  const after = await y.http.getMessage(message.messageId);
  t.equal(after.state, 'COMPLETE', 'its restart did not mark the taken-over message interrupted');
  t.equal(after.chunkCount, packets.length);
  const viaBack = await fetch(`${back.url}/v1/messages/${message.messageId}/audio`, { headers: { authorization: `Bearer ${y.token}` } });
  t.equal(viaBack.status, 200);
  t.same(readOggOpus(Buffer.from(await viaBack.arrayBuffer())).packets, packets, 'the restarted router serves the complete message (from the router that owns it)');
  const xHome = await VoxringConnection.connect({ url: back.url, token: x.token, deviceId: 'x3' });
  t.teardown(() => xHome.terminate());
  t.equal(xHome.welcome?.routerId, killed.id, 'x is served by its home again');
  const third = await OutgoingVoiceMessage.start(xHome, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 20)) third.send(packet);
  t.equal((await third.end()).messageEnd.state, 'COMPLETE');
  await yCollector.ended(third.messageId);
  t.equal(yCollector.get(third.messageId)?.chunks.length, 20, 'y hears x talking from the restarted router');
});

void t.test('kill -9 and the talker never comes back: the replica finishes the message', async (t) => {
  const ring = await startRing(t, { count: 2, config: { heartbeatTtlMs: TTL_MS, liveResumeGraceMs: 1000 } });
  const [r0] = ring.routers as [Router, Router];
  const killed = await startChildRouter(t, { schema: ring.schema, keyPrefix: ring.keyPrefix, id: `ro-${ring.schema.slice(-8)}`, ttlMs: TTL_MS });
  await until(() => ring.routers.every((r) => r.ring?.ring.members().length === 3), 10_000, 'three members');
  await until(() => ring.routers.every((r) => r.ring?.linkStatus().find((l) => l.peer === killed.id)?.state === 'up'), 10_000, 'links to the child');
  const x = await homedOn(r0, killed.id, 'x');
  const y = await homedOn(r0, r0.config.routerId, 'y');
  const conversation = await x.http.createConversation([y.name], 'orphan');
  const talker = await VoxringConnection.connect({ url: killed.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const yConn = await VoxringConnection.connect({ url: r0.url, token: y.token, deviceId: 'y' });
  t.teardown(() => yConn.terminate());
  const yCollector = new MessageCollector(yConn);
  await yConn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 100)) message.send(packet);
  await message.allAcked();
  await killed.kill();

  // Nobody resumes: after the grace the replica router finishes it from its copy.
  await yCollector.ended(message.messageId, 20_000);
  const got = yCollector.get(message.messageId);
  t.equal(got?.endState, 'INTERRUPTED', 'the listener’s mirror ends INTERRUPTED');
  t.equal(got?.chunks.length, 100, 'with every acked chunk');
  t.equal(got?.duplicates, 0);
  const header = await y.http.getMessage(message.messageId);
  t.equal(header.state, 'INTERRUPTED', 'the header is finished, not left live');
  t.equal(header.chunkCount, 100, 'and counts every acked chunk');
  const audio = await fetch(`${r0.url}/v1/messages/${message.messageId}/audio`, { headers: { authorization: `Bearer ${y.token}` } });
  t.same(readOggOpus(Buffer.from(await audio.arrayBuffer())).packets, packets.slice(0, 100), 'the stored body holds every acked chunk, bit-exact');
});
