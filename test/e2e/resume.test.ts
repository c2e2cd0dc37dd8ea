/**
 * Sender resume: A's connection drops mid-message with chunks unacked; A
 * reconnects, resumes and finishes; the stored message and a monitoring
 * listener hold every chunk exactly once, in order, bit-exact. Also: a raw
 * duplicate chunk is dropped, a seq gap is refused without breaking the
 * message, someone else cannot take a message id, a sender that never comes
 * back leaves the message INTERRUPTED, and start_message for a finished
 * message is an idempotent retry. Runs on both transports.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import type { ServerFrame } from '../../proto/frames.js';
import {
  connectDevice,
  signupUser,
  speechPackets,
  startTestRouter,
  TRANSPORTS,
} from '../helpers/router-fixture.js';

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/** Error frames received on a connection, for checking that none came. */
function errorLog(conn: VoxringConnection): ServerFrame[] {
  const errors: ServerFrame[] = [];
  conn.onFrame((f) => {
    if (f.type === 'error') errors.push(f);
  });
  return errors;
}

for (const transport of TRANSPORTS) {
  void t.test(`resume after a dropped connection over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
    const conversation = await a.http.createConversation([b.name], 'resume');
    const first = await connectDevice(t, router.url, a);
    const monitor = await connectDevice(t, router.url, b, 'b-phone');
    const collector = new MessageCollector(monitor);
    await monitor.request({
      type: 'monitor',
      monitor: { conversationIds: [conversation.conversationId] },
    });
    const { packets, preSkip } = await speechPackets();

    const message = await OutgoingVoiceMessage.start(first, {
      conversationId: conversation.conversationId,
      opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
    });
    for (const packet of packets.slice(0, 150)) message.send(packet);
    await message.allAcked();
    t.equal(message.ackedSeq, 149, 'the first 150 are durable');
    // A few more leave right before the drop: some may reach the router, some not.
    for (const packet of packets.slice(150, 160)) message.send(packet);
    first.terminate();
    t.ok(message.ackedSeq < 159, `chunks unacked at the drop (acked ${message.ackedSeq})`);

    const second = await connectDevice(t, router.url, a, 'phone');
    await message.resume(second);
    t.ok(message.ackedSeq >= 149, `resume reports the durable seq (${message.ackedSeq})`);
    for (const packet of packets.slice(160)) message.send(packet);
    const end = await message.end();
    t.equal(end.messageEnd.state, 'COMPLETE');
    t.equal(end.messageEnd.chunkCount, packets.length, 'every packet counted once');
    t.equal(message.ackedSeq, packets.length - 1, 'every chunk acked');

    await collector.ended(message.messageId);
    const heard = collector.get(message.messageId);
    t.equal(heard?.duplicates, 0, 'the monitor heard no duplicate although A resent');
    t.equal(heard?.outOfOrder, 0, 'in order');
    t.strictSame(
      heard?.chunks.map((c) => c.seq),
      packets.map((_, seq) => seq),
      'the monitor heard every seq exactly once',
    );
    t.ok(
      collector
        .payloads(message.messageId)
        .every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))),
      'bit-exact live',
    );
    t.equal(heard?.endState, 'COMPLETE');

    const header = await b.http.getMessage(message.messageId);
    t.equal(header.state, 'COMPLETE');
    t.equal(header.chunkCount, packets.length);
    const stored = readOggOpus((await b.http.audio(message.messageId)).body);
    t.equal(stored.packets.length, packets.length, 'stored body holds every packet once');
    t.ok(
      stored.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
      'stored body in order, bit-exact',
    );
  });

  void t.test(`sender protocol edge cases over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
    const conversation = await a.http.createConversation([b.name], 'edges');
    const talker = await connectDevice(t, router.url, a);
    const other = await connectDevice(t, router.url, b, 'b-phone');
    const { packets, preSkip } = await speechPackets();
    const opus = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip };
    const start = (conn = talker, messageId?: string): Promise<OutgoingVoiceMessage> =>
      OutgoingVoiceMessage.start(conn, {
        conversationId: conversation.conversationId,
        opus,
        ...(messageId ? { messageId } : {}),
      });

    await t.test('a duplicate chunk on the same connection is dropped silently', async (t) => {
      const collector = new MessageCollector(other);
      t.teardown(() => collector.stop());
      await other.request({
        type: 'monitor',
        monitor: { conversationIds: [conversation.conversationId] },
      });
      t.teardown(() => {
        // An empty monitor set has no reply (no presence to send): sync is the barrier.
        other.send({ type: 'monitor', monitor: { conversationIds: [] } });
        return other.sync();
      });
      const errors = errorLog(talker);
      const message = await start();
      for (const packet of packets.slice(0, 20)) message.send(packet);
      const again = (seq: number): void => {
        talker.send({
          type: 'chunk',
          chunk: { messageId: message.messageId, seq, payload: packets[seq] ?? Buffer.alloc(1) },
        });
      };
      again(19);
      again(5);
      await talker.sync();
      t.equal(errors.length, 0, 'no error for a duplicate');
      for (const packet of packets.slice(20, 40)) message.send(packet);
      const end = await message.end();
      t.equal(end.messageEnd.chunkCount, 40);
      await collector.ended(message.messageId);
      t.equal(collector.get(message.messageId)?.duplicates, 0, 'the listener got no duplicate');
      t.equal(collector.get(message.messageId)?.chunks.length, 40);
      const stored = readOggOpus((await a.http.audio(message.messageId)).body);
      t.ok(
        stored.packets.length === 40 &&
          stored.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
        'stored once each',
      );
    });

    await t.test('a seq gap is refused and the message stays usable', async (t) => {
      const message = await start();
      for (const packet of packets.slice(0, 10)) message.send(packet);
      const err = await talker
        .request({
          type: 'chunk',
          chunk: { messageId: message.messageId, seq: 15, payload: packets[15] ?? Buffer.alloc(1) },
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      t.equal(errorCode(err), 'VOX_CHUNK_SEQ_GAP');
      for (const packet of packets.slice(10, 30)) message.send(packet);
      const end = await message.end();
      t.equal(end.messageEnd.state, 'COMPLETE');
      t.equal(end.messageEnd.chunkCount, 30);
      const stored = readOggOpus((await a.http.audio(message.messageId)).body);
      t.ok(
        stored.packets.length === 30 &&
          stored.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
        'gap chunk not stored',
      );
    });

    await t.test('another user cannot start a message with a used id', async (t) => {
      const message = await start();
      for (const packet of packets.slice(0, 5)) message.send(packet);
      const live = await start(other, message.messageId).then(
        () => undefined,
        (e: unknown) => e,
      );
      t.equal(errorCode(live), 'VOX_MESSAGE_ID_INVALID', 'refused while live, as a malformed id would be');
      for (const packet of packets.slice(5, 10)) message.send(packet);
      const end = await message.end();
      t.equal(end.messageEnd.chunkCount, 10, 'the owner is undisturbed');
      const stored = await start(other, message.messageId).then(
        () => undefined,
        (e: unknown) => e,
      );
      t.equal(errorCode(stored), 'VOX_MESSAGE_ID_INVALID', 'refused once stored, the same way');
    });

    await t.test('start_message for a complete message is an idempotent retry', async (t) => {
      const message = await start();
      for (const packet of packets.slice(0, 25)) message.send(packet);
      await message.end();
      const ended = talker.waitFor(
        (f) => f.type === 'messageEnd' && f.messageEnd.messageId === message.messageId,
      );
      const reply = await talker.request({
        type: 'startMessage',
        startMessage: {
          messageId: message.messageId,
          conversationId: conversation.conversationId,
          contentType: 'VOICE',
          opus,
        },
      });
      t.equal(reply.type, 'ack');
      if (reply.type === 'ack') t.equal(reply.ack.seq, 24, 'ack names the last seq');
      const end = await ended;
      t.equal(end.ref, reply.ref, 'message_end answers the same request');
      if (end.type === 'messageEnd') {
        t.equal(end.messageEnd.state, 'COMPLETE');
        t.equal(end.messageEnd.chunkCount, 25);
      }
      const header = await a.http.getMessage(message.messageId);
      t.equal(header.chunkCount, 25, 'the stored message is unchanged');
      t.equal(header.state, 'COMPLETE');
    });
  });

  void t.test(
    `a sender that never resumes leaves the message interrupted over ${transport}`,
    async (t) => {
      const router = await startTestRouter(t, { transport, config: { liveResumeGraceMs: 300 } });
      const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
      const conversation = await a.http.createConversation([b.name], 'gone');
      const talker = await connectDevice(t, router.url, a);
      const monitor = await connectDevice(t, router.url, b, 'b-phone');
      const collector = new MessageCollector(monitor);
      await monitor.request({
        type: 'monitor',
        monitor: { conversationIds: [conversation.conversationId] },
      });
      const { packets, preSkip } = await speechPackets();
      const message = await OutgoingVoiceMessage.start(talker, {
        conversationId: conversation.conversationId,
        opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
      });
      for (const packet of packets.slice(0, 70)) message.send(packet);
      await message.allAcked();
      await collector.until(() => collector.get(message.messageId)?.chunks.length === 70);
      talker.terminate();

      await collector.ended(message.messageId);
      const heard = collector.get(message.messageId);
      t.equal(heard?.endState, 'INTERRUPTED', 'listeners get message_end INTERRUPTED');
      t.equal(heard?.endChunkCount, 70, 'the end counts every received chunk');
      t.equal(heard?.chunks.length, 70);
      t.equal(heard?.duplicates, 0);
      const header = await b.http.getMessage(message.messageId);
      t.equal(header.state, 'INTERRUPTED');
      t.equal(header.chunkCount, 70);
      const stored = readOggOpus((await b.http.audio(message.messageId)).body);
      t.equal(stored.packets.length, 70, 'the stored body keeps every received chunk');
      t.ok(
        stored.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
        'bit-exact',
      );
    },
  );
}
