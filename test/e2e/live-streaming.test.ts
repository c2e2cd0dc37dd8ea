/**
 * End to end with real Opus: A talks, B and two devices of C (one on the
 * JSON form) hear every packet once, in order, bit-exact; the stored .ogg
 * carries the same packets and decodes with opusdec. Runs on both transports.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { connectDevice, signupUser, sleep, speechPackets, startTestRouter, TRANSPORTS } from '../helpers/router-fixture.js';

for (const transport of TRANSPORTS) {
  void t.test(`live voice over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b, c] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b'), signupUser(router.url, 'c')]);
    const conversation = await a.http.createConversation([b.name, c.name], 'walkie');
    const talker = await connectDevice(t, router.url, a);
    const listeners = [
      await connectDevice(t, router.url, b, 'b-phone'),
      await connectDevice(t, router.url, c, 'c-phone'),
      await connectDevice(t, router.url, c, 'c-tablet', 'json'),
    ];
    const collectors = listeners.map((conn) => new MessageCollector(conn));
    for (const conn of listeners) {
      await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
    }
    const { packets, preSkip } = await speechPackets();
    t.ok(packets.length > 200, `fixture holds ${packets.length} packets`);
    const message = await OutgoingVoiceMessage.start(talker, {
      conversationId: conversation.conversationId,
      opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
    });
    for (const [i, packet] of packets.entries()) {
      message.send(packet);
      if (i % 10 === 9) await sleep(5);
    }
    const end = await message.end();
    t.equal(end.messageEnd.state, 'COMPLETE');
    t.equal(end.messageEnd.chunkCount, packets.length);
    t.equal(message.ackedSeq, packets.length - 1, 'every chunk acknowledged durable');

    for (const [i, collector] of collectors.entries()) {
      await collector.ended(message.messageId);
      const got = collector.get(message.messageId);
      t.ok(got?.header, `listener ${i} got the header`);
      t.equal(got?.header?.senderId, a.userId);
      t.equal(got?.duplicates, 0, `listener ${i}: no duplicates`);
      t.equal(got?.outOfOrder, 0, `listener ${i}: in order`);
      t.equal(got?.chunks.length, packets.length, `listener ${i}: every packet`);
      t.ok(collector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), `listener ${i}: bit-exact`);
      t.equal(got?.endState, 'COMPLETE');
    }

    const header = await b.http.getMessage(message.messageId);
    t.equal(header.state, 'COMPLETE');
    t.equal(header.chunkCount, packets.length);
    t.equal(header.durationMs, packets.length * 20);
    t.equal(header.byteCount, packets.reduce((n, p) => n + p.length, 0));
    const audio = await c.http.audio(message.messageId);
    t.equal(audio.headers.get('content-type'), 'audio/ogg');
    const stored = readOggOpus(audio.body);
    t.equal(stored.packets.length, packets.length, 'stored .ogg holds every packet');
    t.ok(stored.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))), 'stored packets are bit-exact');
    t.equal(stored.head.preSkip, preSkip);

    const short = { messageId: `${message.messageId}-short`, conversationId: conversation.conversationId };
    await talker.request({ type: 'startMessage', startMessage: { ...short, contentType: 'VOICE', opus: null } });
    talker.send({ type: 'chunk', chunk: { messageId: short.messageId, seq: 0, payload: packets[0] ?? Buffer.alloc(1) } });
    const reply = await talker.request({ type: 'endMessage', endMessage: { messageId: short.messageId, chunkCount: 1 } });
    t.equal(reply.type, 'messageEnd', 'end_message is answered by a message_end carrying its ref');
  });
}
