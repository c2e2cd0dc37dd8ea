/**
 * Usage metering across a ring of two routers on one Postgres: a talker on
 * router A, a hearer homed on router B. Each router adds only its own
 * counts (A the talker's, B the hearer's bytes out), flushed every
 * usageFlushMs, and the admin endpoint of either router shows the sums.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { eventually } from '../helpers/eventually.js';
import { opusPackets } from '../helpers/opus-packets.js';
import { connectDevice } from '../helpers/router-fixture.js';
import { ADMIN_TOKEN, linksUp, startRing, userHomedOn } from './ring-fixture.js';
import type { UsageTotal } from '../../header-store/header-store.js';

/** A row of GET /v1/admin/usage: the store's totals as JSON. */
type UsageRow = UsageTotal;

async function usageOn(url: string, username: string): Promise<UsageRow | undefined> {
  const res = await fetch(`${url}/v1/admin/usage?username=${username}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const body = (await res.json()) as { users: UsageRow[] };
  return body.users[0];
}

void t.test('a talker on one router, a hearer on the other: the sums across the ring', async (t) => {
  const { routers } = await startRing(t, { count: 2, config: { usageFlushMs: 100 } });
  const [rA, rB] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const a = await userHomedOn(routers, rA, 'ta');
  const b = await userHomedOn(routers, rB, 'hb');
  const conversation = await a.http.createConversation([b.name], 'ring usage');

  const hearer = await connectDevice(t, rB.url, b, 'b-phone');
  const collector = new MessageCollector(hearer);
  await hearer.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const talker = await connectDevice(t, rA.url, a, 'a-phone');

  // Two messages: 40 packets of 20 ms (800 ms) and 10 of 60 ms (600 ms).
  const talks = [
    { frameDurationUs: 20_000, packets: opusPackets(40, { frameMs: 20, frameBytes: 50 }) },
    { frameDurationUs: 60_000, packets: opusPackets(10, { frameMs: 60, frameBytes: 90 }) },
  ];
  let voiceBytes = 0;
  for (const { frameDurationUs, packets } of talks) {
    const message = await OutgoingVoiceMessage.start(talker, {
      conversationId: conversation.conversationId,
      opus: { sampleRate: 48000, channels: 1, frameDurationUs, preSkip: 312 },
    });
    for (const packet of packets) message.send(packet);
    t.equal((await message.end()).messageEnd.state, 'COMPLETE');
    await collector.ended(message.messageId);
    t.equal(collector.get(message.messageId)?.chunks.length, packets.length, 'the hearer on the other router got every chunk');
    voiceBytes += packets.reduce((n, p) => n + p.length, 0);
  }

  const expectedA = { userId: a.userId, username: a.name, talkMs: 1400, messages: 2, bytesIn: voiceBytes, bytesOut: 0, storageBytes: voiceBytes };
  const expectedB = { userId: b.userId, username: b.name, talkMs: 0, messages: 0, bytesIn: 0, bytesOut: voiceBytes, storageBytes: 0 };
  // Asked on B: the talker's counts are A's, reaching the store on A's flush timer only.
  t.same(await eventually(() => usageOn(rB.url, a.name), (u) => u?.messages === 2 && u.talkMs === 1400, 'the talker\'s usage seen from B'), expectedA, 'talker: counted on A, exact');
  // Asked on A: the hearer's bytes out are B's.
  t.same(await eventually(() => usageOn(rA.url, b.name), (u) => (u?.bytesOut ?? 0) >= voiceBytes, 'the hearer\'s usage seen from A'), expectedB, 'hearer: bytes out counted on B, exact');
  t.same(await usageOn(rA.url, a.name), expectedA, 'both routers answer the same');
  t.same(await usageOn(rB.url, b.name), expectedB);
});
