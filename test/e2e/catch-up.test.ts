/**
 * Catch-up into live: a participant who was not monitoring asks to listen
 * from seq 0 while the sender talks at real pace, and hears the backlog then
 * the live tail, every chunk once, in order, bit-exact; a second listener
 * joins from seq 50. Also: listening to a finished message plays it from
 * storage once; fromSeq past the live head waits for the chunks; past the end
 * of a finished message, a non-participant and an unknown id
 * are refused; stop_listen stops delivery. Runs on both transports. How
 * fast catch-up is belongs to the benchmarks: timing is recorded, not asserted.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { ServerFrame } from '../../proto/frames.js';
import {
  connectDevice,
  signupUser,
  speechPackets,
  startTestRouter,
  talkInRealTime,
  TRANSPORTS,
} from '../helpers/router-fixture.js';

const FRAME_MS = 20;

/** Records, per connection, the order of header/chunk/message_end frames of one message. */
function frameLog(conn: VoxringConnection, messageId: () => string): string[] {
  const log: string[] = [];
  conn.onFrame((frame: ServerFrame) => {
    if (frame.type === 'header' && frame.header.messageId === messageId()) log.push('header');
    else if (frame.type === 'chunk' && frame.chunk.messageId === messageId())
      log.push(`chunk:${frame.chunk.seq}`);
    else if (frame.type === 'messageEnd' && frame.messageEnd.messageId === messageId())
      log.push('end');
  });
  return log;
}

/** The expected log: header, every seq from `from` once in order, end. */
function expectedLog(from: number, count: number): string[] {
  return ['header', ...Array.from({ length: count - from }, (_, i) => `chunk:${from + i}`), 'end'];
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

for (const transport of TRANSPORTS) {
  void t.test(`catch-up into live at real pace over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b, c] = await Promise.all([
      signupUser(router.url, 'a'),
      signupUser(router.url, 'b'),
      signupUser(router.url, 'c'),
    ]);
    const conversation = await a.http.createConversation([b.name, c.name], 'catch-up');
    const talker = await connectDevice(t, router.url, a);
    const late = await connectDevice(t, router.url, b, 'b-phone');
    const mid = await connectDevice(t, router.url, c, 'c-phone', 'json');
    const { packets, preSkip } = await speechPackets();
    t.ok(packets.length > 200, `fixture holds ${packets.length} packets`);

    const message = await OutgoingVoiceMessage.start(talker, {
      conversationId: conversation.conversationId,
      opus: { sampleRate: 48000, channels: 1, frameDurationUs: FRAME_MS * 1000, preSkip },
    });
    const lateLog = frameLog(late, () => message.messageId);
    const midLog = frameLog(mid, () => message.messageId);
    const lateCollector = new MessageCollector(late);
    const midCollector = new MessageCollector(mid);

    let lateListen: Promise<ServerFrame> | undefined;
    let midListen: Promise<ServerFrame> | undefined;
    let listenAt = 0;
    let caughtUpAt: { ms: number; sent: number } | undefined;
    late.onFrame((frame) => {
      // Caught up: B holds everything A had sent when this chunk arrived.
      if (caughtUpAt || frame.type !== 'chunk' || frame.chunk.seq !== message.sentCount - 1) return;
      caughtUpAt = { ms: performance.now() - listenAt, sent: message.sentCount };
    });

    // Real pace, drift-free: packet i leaves at start + i * 20 ms.
    await talkInRealTime(message, packets, FRAME_MS, (i) => {
      if (i === 99) {
        listenAt = performance.now();
        lateListen = late.request({
          type: 'listen',
          listen: { messageId: message.messageId, fromSeq: 0 },
        });
      }
      if (i === 149)
        midListen = mid.request({
          type: 'listen',
          listen: { messageId: message.messageId, fromSeq: 50 },
        });
    });
    const lateHeader = await lateListen;
    const midHeader = await midListen;
    t.equal(lateHeader?.type, 'header', 'listen answers with the header');
    t.equal(midHeader?.type, 'header', 'mid listen answers with the header');
    if (lateHeader?.type === 'header') {
      t.equal(lateHeader.header.messageId, message.messageId);
      t.equal(lateHeader.header.state, 'LIVE', 'the header says the message is live');
      t.equal(lateHeader.header.senderId, a.userId);
    }
    const end = await message.end();
    t.equal(end.messageEnd.state, 'COMPLETE');
    t.equal(end.messageEnd.chunkCount, packets.length);

    await lateCollector.ended(message.messageId);
    await midCollector.ended(message.messageId);
    t.strictSame(
      lateLog,
      expectedLog(0, packets.length),
      'B: header, seq 0..N-1 once in order, then message_end',
    );
    t.strictSame(
      midLog,
      expectedLog(50, packets.length),
      'C: header, seq 50..N-1 once in order, then message_end',
    );
    const late0 = lateCollector.get(message.messageId);
    t.equal(late0?.endState, 'COMPLETE');
    t.equal(late0?.endChunkCount, packets.length);
    t.equal(midCollector.get(message.messageId)?.endState, 'COMPLETE');
    t.ok(
      lateCollector
        .payloads(message.messageId)
        .every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))),
      'B: every payload bit-exact',
    );
    t.ok(
      midCollector
        .payloads(message.messageId)
        .every((p, i) => p.equals(packets[50 + i] ?? Buffer.alloc(0))),
      'C: every payload bit-exact',
    );
    t.ok(caughtUpAt, 'B caught up with the live head before the end');
    if (caughtUpAt) {
      t.comment(
        `${transport}: B caught up ${caughtUpAt.ms.toFixed(1)} ms after listen, at seq ${caughtUpAt.sent - 1}`,
      );
    }
  });

  void t.test(`listen edge cases over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b, outsider] = await Promise.all([
      signupUser(router.url, 'a'),
      signupUser(router.url, 'b'),
      signupUser(router.url, 'x'),
    ]);
    const conversation = await a.http.createConversation([b.name], 'edges');
    const talker = await connectDevice(t, router.url, a);
    const listener = await connectDevice(t, router.url, b, 'b-phone');
    const stranger = await connectDevice(t, router.url, outsider, 'x-phone');
    const { packets, preSkip } = await speechPackets();
    const opus = { sampleRate: 48000, channels: 1, frameDurationUs: FRAME_MS * 1000, preSkip };
    const talk = async (count: number): Promise<OutgoingVoiceMessage> => {
      const message = await OutgoingVoiceMessage.start(talker, {
        conversationId: conversation.conversationId,
        opus,
      });
      for (const packet of packets.slice(0, count)) message.send(packet);
      await message.allAcked();
      return message;
    };

    await t.test('a finished message plays from storage exactly once', async (t) => {
      const message = await talk(60);
      const end = await message.end();
      t.equal(end.messageEnd.state, 'COMPLETE');
      const log = frameLog(listener, () => message.messageId);
      const collector = new MessageCollector(listener);
      t.teardown(() => collector.stop());
      const reply = await listener.request({
        type: 'listen',
        listen: { messageId: message.messageId, fromSeq: 0 },
      });
      t.equal(reply.type, 'header');
      if (reply.type === 'header')
        t.equal(reply.header.state, 'COMPLETE', 'the header says complete');
      await collector.ended(message.messageId);
      await listener.sync();
      t.strictSame(log, expectedLog(0, 60), 'header, seq 0..59 once, message_end, nothing after');
      t.equal(collector.get(message.messageId)?.endState, 'COMPLETE');
      t.ok(
        collector
          .payloads(message.messageId)
          .every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))),
        'bit-exact',
      );
    });

    await t.test(
      'fromSeq at the end gives only message_end; beyond it is a bad request',
      async (t) => {
        const message = await talk(20);
        await message.end();
        const log = frameLog(listener, () => message.messageId);
        const collector = new MessageCollector(listener);
        t.teardown(() => collector.stop());
        await listener.request({
          type: 'listen',
          listen: { messageId: message.messageId, fromSeq: 20 },
        });
        await collector.ended(message.messageId);
        t.strictSame(log, ['header', 'end'], 'no chunk, just the end');
        const err = await listener
          .request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 21 } })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        t.equal(errorCode(err), 'VOX_BAD_REQUEST');
        await listener.sync();
        t.strictSame(log, ['header', 'end'], 'the refused listen delivered nothing');
      },
    );

    await t.test('fromSeq beyond the live head waits for the chunks', async (t) => {
      // A listener resuming after a handover may ask for chunks the router has not received yet.
      const message = await talk(10);
      const collector = new MessageCollector(listener);
      t.teardown(() => collector.stop());
      const reply = await listener.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 12 } });
      t.equal(reply.type, 'header', 'the listen is accepted');
      for (const packet of packets.slice(10, 15)) message.send(packet);
      await message.end();
      await collector.ended(message.messageId);
      t.same(collector.get(message.messageId)?.chunks.map((c) => c.seq), [12, 13, 14], 'from seq 12 once it arrived, once each');
      t.equal(collector.get(message.messageId)?.endState, 'COMPLETE');
    });

    await t.test('a non-participant is refused and hears nothing', async (t) => {
      const message = await talk(10);
      const heard: ServerFrame[] = [];
      const off = stranger.onFrame((f) => {
        if (f.type === 'chunk' || f.type === 'header' || f.type === 'messageEnd') heard.push(f);
      });
      t.teardown(off);
      const err = await stranger
        .request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      t.equal(errorCode(err), 'VOX_MESSAGE_NOT_FOUND');
      for (const packet of packets.slice(10, 30)) message.send(packet);
      await message.end();
      const stored = await stranger
        .request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      t.equal(errorCode(stored), 'VOX_MESSAGE_NOT_FOUND', 'refused for the stored message too');
      await stranger.sync();
      t.equal(heard.length, 0, 'no header, chunk or end reached the outsider');
    });

    await t.test('an unknown message id is not found', async (t) => {
      const err = await listener
        .request({ type: 'listen', listen: { messageId: randomUUID(), fromSeq: 0 } })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      t.equal(errorCode(err), 'VOX_MESSAGE_NOT_FOUND');
    });

    await t.test('stop_listen stops delivery', async (t) => {
      const message = await talk(30);
      const collector = new MessageCollector(listener);
      t.teardown(() => collector.stop());
      await listener.request({
        type: 'listen',
        listen: { messageId: message.messageId, fromSeq: 0 },
      });
      await collector.until(() => (collector.get(message.messageId)?.chunks.length ?? 0) >= 30);
      listener.send({ type: 'stopListen', stopListen: { messageId: message.messageId } });
      await listener.sync();
      const before = collector.get(message.messageId)?.chunks.length ?? 0;
      t.equal(before, 30, 'the backlog arrived before stop_listen');
      for (const packet of packets.slice(30, 60)) message.send(packet);
      const end = await message.end();
      t.equal(end.messageEnd.chunkCount, 60);
      // Fan-out happens when a chunk arrives, so after the end plus a barrier
      // on the listener's connection anything sent to it has arrived.
      await listener.sync();
      t.equal(collector.get(message.messageId)?.chunks.length, 30, 'no chunk after stop_listen');
      t.equal(
        collector.get(message.messageId)?.endState,
        undefined,
        'no message_end after stop_listen',
      );
    });
  });
}
