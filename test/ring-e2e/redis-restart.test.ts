/**
 * Redis killed and restarted under load: three routers on a redis-server of
 * this test's own, a talker on r0 streaming real Opus to listeners homed on
 * r1 and r2. While Redis is down the routers keep serving (the message goes
 * on over the existing links, membership and hot state report degraded, new
 * connections and messages still work); after the restart every router
 * re-registers, the admin ring status lists all members again and the hot
 * state's live index is republished. No acked chunk is lost: every listener
 * got every packet exactly once, bit-exact, and the stored message is
 * complete.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { MessageId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { connectDevice, speechPackets } from '../helpers/router-fixture.js';
import { privateRedis } from '../ring/ring-test-kit.js';
import { ADMIN_TOKEN, linksUp, ringSettled, startRing, until, userHomedOn } from './ring-fixture.js';

interface RingStatus {
  membership: { kind: string; degraded: boolean };
  members: { id: string; inRing: boolean }[];
}

async function ringStatus(router: Router): Promise<RingStatus> {
  const res = await fetch(`${router.url}/v1/admin/ring`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  return (await res.json()) as RingStatus;
}

const degraded = (router: Router): boolean => router.ring?.membershipStatus()?.degraded === true;

void t.test('Redis restarted mid-message: routers keep serving, re-register, nothing acked is lost', async (t) => {
  const redis = await privateRedis(t);
  const { routers } = await startRing(t, { count: 3, redisUrl: redis.url });
  const [r0, r1, r2] = routers as [Router, Router, Router];
  const ids = routers.map((r) => r.config.routerId).sort();
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'a');
  const b = await userHomedOn(routers, r1, 'b');
  const e = await userHomedOn(routers, r2, 'e');
  const conversation = await a.http.createConversation([b.name, e.name], 'redis-restart');

  const talker = await connectDevice(t, r0.url, a, 'a-phone');
  const hearers = [await connectDevice(t, r1.url, b, 'b-phone'), await connectDevice(t, r2.url, e, 'e-phone', 'json')];
  const collectors = hearers.map((conn) => new MessageCollector(conn));
  for (const conn of hearers) await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const received = (n: number) => Promise.all(collectors.map((c) => c.until(() => (c.get(message.messageId)?.chunks.length ?? 0) >= n)));

  const { packets, preSkip } = await speechPackets();
  const opus = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip };
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus });
  const third = Math.floor(packets.length / 3);
  for (const packet of packets.slice(0, third)) message.send(packet);
  await received(third);
  await until(() => routers.every((r) => r.ring?.hotState !== undefined), 1000, 'hot state');
  t.equal((await r1.ring?.hotState?.getLive(message.messageId as MessageId))?.routerId, r0.config.routerId, 'live index names r0');

  // Kill Redis while the talker keeps talking.
  await redis.kill();
  for (const packet of packets.slice(third, 2 * third)) message.send(packet);
  await received(2 * third);
  await until(() => routers.every(degraded), 10_000, 'membership degraded on every router');
  const down = await ringStatus(r1);
  t.equal(down.membership.degraded, true, 'admin status: membership degraded');
  t.same(down.members.map((m) => m.id).sort(), ids, 'admin status: the last known members are kept');
  t.ok(down.members.every((m) => m.inRing), 'nobody left the ring because Redis is down');

  // Serving without Redis: a new connection, and a second message, still work.
  const b2 = await connectDevice(t, r1.url, b, 'b-laptop');
  const b2Collector = new MessageCollector(b2);
  await b2.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
  const short = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus });
  for (const packet of packets.slice(0, 20)) short.send(packet);
  t.equal((await short.end()).messageEnd.state, 'COMPLETE', 'a message started while Redis is down completes');

  await redis.start();
  await until(() => !routers.some(degraded), 10_000, 'membership recovered on every router');
  await ringSettled(routers);
  for (const router of routers) {
    const status = await ringStatus(router);
    t.equal(status.membership.degraded, false, `${router.config.routerId}: admin status recovered`);
    t.same(status.members.map((m) => m.id).sort(), ids, `${router.config.routerId}: admin status lists all members again`);
  }
  // Redis came back empty: r0 republishes the live message it holds.
  const liveNow = async () => (await r1.ring?.hotState?.getLive(message.messageId as MessageId))?.routerId === r0.config.routerId;
  await eventually(liveNow, 10_000, 'live index republished');
  t.pass('live index republished after the restart');

  for (const packet of packets.slice(2 * third)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length, 'every chunk acked');
  await eventually(async () => (await r1.ring?.hotState?.getLive(message.messageId as MessageId)) === undefined, 10_000, 'live index entry removed');
  t.pass('the ended message left the live index');

  for (const [i, collector] of [...collectors, b2Collector].entries()) {
    await collector.ended(message.messageId);
    const got = collector.get(message.messageId);
    t.equal(got?.duplicates, 0, `hearer ${i}: no duplicates`);
    t.equal(got?.outOfOrder, 0, `hearer ${i}: in order`);
    t.equal(got?.chunks.length, packets.length, `hearer ${i}: every packet`);
    t.ok(collector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), `hearer ${i}: bit-exact`);
    t.equal(got?.endState, 'COMPLETE', `hearer ${i}: complete`);
  }
  for (const [i, collector] of collectors.entries()) {
    t.equal(collector.get(short.messageId)?.chunks.length, 20, `hearer ${i}: the message sent while Redis was down`);
  }

  // The stored message, fetched across the ring from r0's disk.
  const stored = new MessageCollector(hearers[1] ?? b2);
  await hearers[1]?.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
  await stored.ended(message.messageId);
  t.equal(stored.get(message.messageId)?.chunks.length, packets.length, 'stored message complete');
  t.ok(stored.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'stored message bit-exact');
  const fromHttp = await b.http.getMessage(message.messageId);
  t.equal(fromHttp.state, 'COMPLETE');
  t.equal(fromHttp.chunkCount, packets.length);
});

/** Polls an asynchronous check (a Redis read) every 20 ms. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
