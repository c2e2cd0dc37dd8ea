/**
 * A ring of three routers (Redis membership, one Postgres): a talker on one
 * router is heard live, with real Opus, by listeners homed on the others and
 * on its own, each packet exactly once and bit-exact; a participant added
 * mid-message on a router without a mirror catches up from seq 0 into live
 * (fetched from the talker's router); after the end the stored message is
 * fetched from the router that holds its body. Both transports.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { connectDevice, speechPackets, TRANSPORTS } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

for (const transport of TRANSPORTS) {
  void t.test(`cross-router live voice over ${transport}`, async (t) => {
    const { routers } = await startRing(t, { count: 3, transport });
    const [r0, r1, r2] = routers as [(typeof routers)[0], (typeof routers)[0], (typeof routers)[0]];
    await linksUp(routers);
    const a = await userHomedOn(routers, r0, 'a');
    const b = await userHomedOn(routers, r1, 'b');
    const d = await userHomedOn(routers, r0, 'd');
    const e = await userHomedOn(routers, r2, 'e');
    const conversation = await a.http.createConversation([b.name, d.name], 'ring');

    const talker = await connectDevice(t, r0.url, a, 'a-phone');
    const hearers = [
      await connectDevice(t, r1.url, b, 'b-phone'),
      await connectDevice(t, r1.url, b, 'b-tablet', 'json'),
      await connectDevice(t, r0.url, d, 'd-phone'),
    ];
    const collectors = hearers.map((conn) => new MessageCollector(conn));
    for (const conn of hearers) {
      await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
    }

    const { packets, preSkip } = await speechPackets();
    const message = await OutgoingVoiceMessage.start(talker, {
      conversationId: conversation.conversationId,
      opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
    });
    const half = Math.floor(packets.length / 2);
    for (const packet of packets.slice(0, half)) message.send(packet);
    await collectors[0]?.until(() => (collectors[0]?.get(message.messageId)?.chunks.length ?? 0) >= half);

    // e joins mid-message; r2 is home to no participant at start, so it has no mirror: listen fetches from r0.
    await a.http.addParticipants(conversation.conversationId, [e.name]);
    const late = await connectDevice(t, r2.url, e, 'e-phone');
    const lateCollector = new MessageCollector(late);
    const header = await late.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
    t.equal(header.type, 'header', 'listen across routers answers with the header');
    for (const packet of packets.slice(half)) message.send(packet);
    const end = await message.end();
    t.equal(end.messageEnd.state, 'COMPLETE');
    t.equal(end.messageEnd.chunkCount, packets.length);

    const all = [...collectors, lateCollector];
    for (const [i, collector] of all.entries()) {
      await collector.ended(message.messageId);
      const got = collector.get(message.messageId);
      t.equal(got?.header?.senderId, a.userId, `hearer ${i}: header`);
      t.equal(got?.duplicates, 0, `hearer ${i}: no duplicates`);
      t.equal(got?.outOfOrder, 0, `hearer ${i}: in order`);
      t.equal(got?.chunks.length, packets.length, `hearer ${i}: every packet`);
      t.ok(collector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), `hearer ${i}: bit-exact`);
      t.equal(got?.endState, 'COMPLETE', `hearer ${i}: complete`);
    }

    // After the end: no mirror anywhere, the body is on r0's disk only; r2 fetches it over the link.
    const stored = new MessageCollector(late);
    await late.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
    await stored.ended(message.messageId);
    t.equal(stored.get(message.messageId)?.chunks.length, packets.length, 'stored message fetched from its router');
    t.equal(stored.get(message.messageId)?.duplicates, 0);
    t.ok(stored.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'stored fetch is bit-exact');

    const fromHttp = await e.http.getMessage(message.messageId);
    t.equal(fromHttp.state, 'COMPLETE');
    t.equal(fromHttp.chunkCount, packets.length);
  });
}
