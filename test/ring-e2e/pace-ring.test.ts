/**
 * listen rate in a ring: the listener is homed on another router than the
 * message's. An 8 s message stored on r0, listened to from r1 at rate 2,
 * plays in about 4 s (the pace is kept by the listener's router, whatever
 * pace the relay brings the chunks at); at rate 0 it comes at once; a live
 * message mirrored on r1, caught up at rate 2, meets the live edge about 2 s
 * after a 2 s backlog and continues live, every chunk once.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { connectDevice, speechPackets, talkInRealTime } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

const FRAME_MS = 20;

void t.test('listen rate across routers', async (t) => {
  const { routers } = await startRing(t, { count: 2 });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'a');
  const b = await userHomedOn(routers, r1, 'b');
  const conversation = await a.http.createConversation([b.name], 'pace-ring');
  const talker = await connectDevice(t, r0.url, a, 'a-phone');
  const listener = await connectDevice(t, r1.url, b, 'b-phone');
  const fixture = await speechPackets();
  const packets = Array.from({ length: 400 }, (_, i) => fixture.packets[i % fixture.packets.length] as Buffer);
  const opus = { sampleRate: 48000, channels: 1, frameDurationUs: FRAME_MS * 1000, preSkip: fixture.preSkip };

  await t.test('a message stored on r0 plays at rate 2 on r1 in about 4 s', async (t) => {
    const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus });
    for (const packet of packets) message.send(packet);
    await message.allAcked();
    t.equal((await message.end()).messageEnd.state, 'COMPLETE');

    const paced = new MessageCollector(listener);
    const startedAt = performance.now();
    const header = await listener.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0, rate: 2 } });
    t.equal(header.type, 'header');
    await paced.ended(message.messageId, 20_000);
    const ms = performance.now() - startedAt;
    paced.stop();
    t.comment(`ring, rate 2: ${ms.toFixed(0)} ms for 8000 ms of audio`);
    t.ok(ms >= 3500 && ms <= 5000, `played in ${ms.toFixed(0)} ms, between 3500 and 5000`);
    const got = paced.get(message.messageId);
    t.equal(got?.chunks.length, packets.length, 'every chunk');
    t.equal(got?.duplicates, 0);
    t.equal(got?.outOfOrder, 0);
    t.ok(paced.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'bit-exact');

    const fast = new MessageCollector(listener);
    const fastAt = performance.now();
    await listener.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0, rate: 0 } });
    await fast.ended(message.messageId);
    const fastMs = performance.now() - fastAt;
    fast.stop();
    t.comment(`ring, rate 0: ${fastMs.toFixed(0)} ms`);
    t.ok(fastMs < 2000, `rate 0 took ${fastMs.toFixed(0)} ms`);
    t.equal(fast.get(message.messageId)?.chunks.length, packets.length);
  });

  await t.test('a live message mirrored on r1 caught up at rate 2 meets the live edge', async (t) => {
    const live = packets.slice(0, 300);
    const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus });
    const collector = new MessageCollector(listener);
    let listenAt = 0;
    let caughtUpMs: number | undefined;
    listener.onFrame((frame) => {
      if (caughtUpMs !== undefined || frame.type !== 'chunk' || frame.chunk.messageId !== message.messageId) return;
      if (frame.chunk.seq >= message.sentCount - 5) caughtUpMs = performance.now() - listenAt;
    });
    let listened: Promise<unknown> | undefined;
    await talkInRealTime(message, live, FRAME_MS, (i) => {
      if (i === 99) {
        listenAt = performance.now();
        listened = listener.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0, rate: 2 } });
      }
    });
    await listened;
    await message.end();
    await collector.ended(message.messageId);
    const got = collector.get(message.messageId);
    t.equal(got?.chunks.length, live.length, 'every chunk');
    t.equal(got?.duplicates, 0, 'once each');
    t.equal(got?.outOfOrder, 0, 'in order');
    t.equal(got?.endState, 'COMPLETE');
    t.comment(`ring, rate 2 met the live edge ${caughtUpMs?.toFixed(0)} ms after the listen`);
    t.ok(caughtUpMs !== undefined && caughtUpMs >= 1500 && caughtUpMs <= 3500, 'paced: met the edge about 2 s after the listen');
  });
});
