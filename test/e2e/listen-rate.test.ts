/**
 * listen rate: the backlog paced at a multiple of real time. An 8 s stored
 * message listened to at rate 2 plays in about 4 s (measured over real
 * sockets: listen sent to message_end received), every chunk once and
 * bit-exact; at rate 0 it comes as fast as the connection drains; a live
 * message caught up at rate 2 meets the live edge and continues live; a
 * rate outside 0, 1, 1.5, 2, 3 is refused with VOX_BAD_REQUEST naming them.
 * The bounds are wide: this is the behaviour (paced, not unpaced, not slower
 * than asked), not a speed test.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { connectDevice, signupUser, speechPackets, startTestRouter, talkInRealTime } from '../helpers/router-fixture.js';

const FRAME_MS = 20;
/** 8 s of 20 ms packets. */
const EIGHT_SECONDS = 400;

/** The fixture's packets repeated to `count` (each one a valid 20 ms Opus packet). */
async function packetsOf(count: number): Promise<{ packets: Buffer[]; preSkip: number }> {
  const { packets, preSkip } = await speechPackets();
  return { packets: Array.from({ length: count }, (_, i) => packets[i % packets.length] as Buffer), preSkip };
}

/** Milliseconds from a listen at `rate` to its message_end, with what was heard. */
async function timedListen(conn: VoxringConnection, messageId: string, rate: number): Promise<{ ms: number; collector: MessageCollector }> {
  const collector = new MessageCollector(conn);
  const startedAt = performance.now();
  await conn.request({ type: 'listen', listen: { messageId, fromSeq: 0, rate } });
  await collector.ended(messageId);
  const ms = performance.now() - startedAt;
  collector.stop();
  return { ms, collector };
}

function errorOf(err: unknown): { code?: string; message?: string } {
  return typeof err === 'object' && err !== null ? err : {};
}

void t.test('listen rate on a stored message, rate 0, bad rates', async (t) => {
  const router = await startTestRouter(t);
  const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
  const conversation = await a.http.createConversation([b.name], 'pace');
  const talker = await connectDevice(t, router.url, a);
  const listener = await connectDevice(t, router.url, b, 'b-phone');
  const jsonListener = await connectDevice(t, router.url, b, 'b-web', 'json');
  const { packets, preSkip } = await packetsOf(EIGHT_SECONDS);
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: FRAME_MS * 1000, preSkip },
  });
  for (const packet of packets) message.send(packet);
  await message.allAcked();
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');

  await t.test('rate 2 plays the 8 s message in about 4 s', async (t) => {
    const { ms, collector } = await timedListen(listener, message.messageId, 2);
    t.comment(`rate 2: ${ms.toFixed(0)} ms for ${EIGHT_SECONDS * FRAME_MS} ms of audio`);
    t.ok(ms >= 3500 && ms <= 5000, `played in ${ms.toFixed(0)} ms, between 3500 and 5000`);
    const got = collector.get(message.messageId);
    t.equal(got?.chunks.length, EIGHT_SECONDS, 'every chunk');
    t.equal(got?.duplicates, 0);
    t.equal(got?.outOfOrder, 0);
    t.equal(got?.endState, 'COMPLETE');
    t.ok(collector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'bit-exact');
  });

  await t.test('rate 3 over JSON plays it in about 2.7 s', async (t) => {
    const { ms, collector } = await timedListen(jsonListener, message.messageId, 3);
    t.comment(`rate 3 (json): ${ms.toFixed(0)} ms`);
    t.ok(ms >= 2300 && ms <= 3800, `played in ${ms.toFixed(0)} ms, between 2300 and 3800`);
    t.equal(collector.get(message.messageId)?.chunks.length, EIGHT_SECONDS);
  });

  await t.test('rate 0 (and no rate) sends the backlog as fast as the connection drains', async (t) => {
    const zero = await timedListen(listener, message.messageId, 0);
    t.comment(`rate 0: ${zero.ms.toFixed(0)} ms`);
    t.ok(zero.ms < 2000, `rate 0 took ${zero.ms.toFixed(0)} ms, far below the 8 s of audio`);
    t.equal(zero.collector.get(message.messageId)?.chunks.length, EIGHT_SECONDS);
    const collector = new MessageCollector(listener);
    const startedAt = performance.now();
    await listener.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
    await collector.ended(message.messageId);
    t.ok(performance.now() - startedAt < 2000, 'no rate behaves as rate 0');
    collector.stop();
  });

  await t.test('a rate outside 0, 1, 1.5, 2, 3 is refused with a message naming them', async (t) => {
    for (const [conn, rate] of [[listener, 2.5], [listener, 4], [jsonListener, -1], [jsonListener, 0.5]] as const) {
      const err = errorOf(await conn.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0, rate } }).then(() => undefined, (e: unknown) => e));
      t.equal(err.code, 'VOX_BAD_REQUEST', `rate ${rate} refused`);
      t.match(err.message ?? '', /0, 1, 1\.5, 2, 3/, 'the message names the allowed rates');
    }
    const sent = await listener.request({ type: 'ping', ping: { nonce: 7 } });
    t.equal(sent.type, 'pong', 'the connection goes on');
  });
});

void t.test('a live message caught up at rate 2 meets the live edge, then goes live', async (t) => {
  const router = await startTestRouter(t);
  const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
  const conversation = await a.http.createConversation([b.name], 'pace-live');
  const talker = await connectDevice(t, router.url, a);
  const listener = await connectDevice(t, router.url, b, 'b-phone');
  const { packets, preSkip } = await packetsOf(300);
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: FRAME_MS * 1000, preSkip },
  });
  const collector = new MessageCollector(listener);
  let listenAt = 0;
  let caughtUpMs: number | undefined;
  listener.onFrame((frame) => {
    if (caughtUpMs !== undefined || frame.type !== 'chunk' || frame.chunk.seq !== message.sentCount - 1) return;
    caughtUpMs = performance.now() - listenAt;
  });
  // Real pace: packet i leaves at start + i * 20 ms; the listen comes 2 s in, so at rate 2 it meets the edge ~2 s later.
  let listened: Promise<unknown> | undefined;
  await talkInRealTime(message, packets, FRAME_MS, (i) => {
    if (i === 99) {
      listenAt = performance.now();
      listened = listener.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0, rate: 2 } });
    }
  });
  await listened;
  await message.end();
  await collector.ended(message.messageId);
  const got = collector.get(message.messageId);
  t.equal(got?.chunks.length, packets.length, 'every chunk');
  t.equal(got?.duplicates, 0, 'once each');
  t.equal(got?.outOfOrder, 0, 'in order');
  t.equal(got?.endState, 'COMPLETE');
  t.ok(caughtUpMs !== undefined, 'caught up with the live head before the end');
  t.comment(`rate 2 met the live edge ${caughtUpMs?.toFixed(0)} ms after the listen (2 s of backlog)`);
  t.ok(caughtUpMs !== undefined && caughtUpMs >= 1500 && caughtUpMs <= 3500, 'paced: met the edge about 2 s after the listen');
});
