/**
 * Zello door, voice, on both transports: a spec-written Zello client streams
 * real Opus to a native client and to a second Zello client (bit-exact,
 * once, in order), and hears a native voice message the same way. Zello-sent
 * messages are stored like any other: history, listen from storage and the
 * HTTP .ogg carry exactly the packets sent.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import {
  connectDevice,
  PASSWORD,
  signupUser,
  sleep,
  speechPackets,
  startTestRouter,
  TRANSPORTS,
} from '../helpers/router-fixture.js';
import { codecHeader, packet, parseCodecHeader, ZelloTestClient } from './zello-test-client.js';

const CHANNEL = 'Baker Street 221B';

function sameBytes(got: readonly Buffer[], want: readonly Buffer[]): boolean {
  return got.length === want.length && got.every((p, i) => p.equals(want[i] ?? Buffer.alloc(0)));
}

for (const transport of TRANSPORTS) {
  void t.test(`zello voice over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b, c] = await Promise.all([
      signupUser(router.url, 'za'),
      signupUser(router.url, 'zb'),
      signupUser(router.url, 'zc'),
    ]);
    const conversation = await a.http.createConversation([b.name, c.name], CHANNEL);
    const { packets, preSkip } = await speechPackets();

    const native = await connectDevice(t, router.url, c, 'c-phone');
    const collector = new MessageCollector(native);
    await native.request({
      type: 'monitor',
      monitor: { conversationIds: [conversation.conversationId] },
    });
    const zelloA = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]);
    const zelloB = await ZelloTestClient.logon(t, router.zelloUrl, b.name, PASSWORD, [CHANNEL]);
    const status = await zelloB.event('on_channel_status');
    t.match(status, {
      channel: CHANNEL,
      status: 'online',
      images_supported: true,
      texting_supported: true,
      locations_supported: true,
    });
    t.equal(status['users_online'], 3, 'a, b (zello) and c (native) are connected');

    await t.test('zello → native and zello: every packet once, in order, bit-exact', async (t) => {
      const start = await zelloA.request({
        command: 'start_stream',
        channel: CHANNEL,
        type: 'audio',
        codec: 'opus',
        codec_header: codecHeader(48000, 1, 20),
        packet_duration: 20,
      });
      t.equal(start['success'], true);
      const streamId = Number(start['stream_id']);
      t.ok(Number.isInteger(streamId), 'start_stream answers with a stream_id');
      for (const [i, opus] of packets.entries()) {
        // packet_id is ignored inbound: send a decreasing garbage one.
        zelloA.sendBinary(packet(0x01, streamId, 0xffffffff - i, opus));
        if (i % 10 === 9) await sleep(5);
      }
      const stop = await zelloA.request({
        command: 'stop_stream',
        stream_id: streamId,
        channel: CHANNEL,
      });
      t.equal(stop['success'], true, 'stop_stream succeeds');

      const heard = await zelloB.stoppedStream(a.name);
      t.match(heard.start, {
        type: 'audio',
        codec: 'opus',
        packet_duration: 20,
        channel: CHANNEL,
        from: a.name,
      });
      t.notOk('for' in heard.start, 'no for on a message to the whole channel');
      t.same(parseCodecHeader(heard.start['codec_header']), {
        sampleRate: 48000,
        framesPerPacket: 1,
        frameSizeMs: 20,
      });
      t.same(
        heard.packetIds,
        packets.map((_, i) => i),
        'packet ids numbered 0.. on the way out',
      );
      t.ok(
        sameBytes(heard.packets, packets),
        `zello listener: all ${packets.length} packets bit-exact in order`,
      );
      t.equal(heard.stop?.['stream_id'], heard.start['stream_id']);
      t.equal(zelloA.streams().size, 0, 'the sender does not hear itself');

      await collector.until(() =>
        [...collector.messages.values()].some((m) => m.endState !== undefined),
      );
      const [messageId = ''] = collector.messages.keys();
      const got = collector.get(messageId);
      t.equal(got?.header?.senderId, a.userId);
      t.match(got?.header?.opus, { sampleRate: 48000, channels: 1, frameDurationUs: 20000 });
      t.equal(got?.duplicates, 0, 'native: no duplicates');
      t.equal(got?.outOfOrder, 0, 'native: in order');
      t.ok(sameBytes(collector.payloads(messageId), packets), 'native: bit-exact');
      t.equal(got?.endState, 'COMPLETE');

      const history = await c.http.listMessages(conversation.conversationId);
      t.match(history[0], {
        messageId,
        state: 'COMPLETE',
        chunkCount: packets.length,
        contentType: 'VOICE',
      });
      const audio = await c.http.audio(messageId);
      const stored = readOggOpus(audio.body);
      t.ok(sameBytes(stored.packets, packets), 'the stored .ogg holds exactly the sent packets');

      // Catch-up from storage on a native device that was not connected.
      const late = await connectDevice(t, router.url, b, 'b-late');
      const lateCollector = new MessageCollector(late);
      await late.request({ type: 'listen', listen: { messageId, fromSeq: 0 } });
      await lateCollector.ended(messageId);
      t.ok(
        sameBytes(lateCollector.payloads(messageId), packets),
        'listen from storage replays the stream',
      );
    });

    await t.test(
      'native → zello: the door builds codec_header and numbers the packets',
      async (t) => {
        const talker = await connectDevice(t, router.url, c, 'c-talker');
        const message = await OutgoingVoiceMessage.start(talker, {
          conversationId: conversation.conversationId,
          opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
        });
        for (const [i, opus] of packets.entries()) {
          message.send(opus);
          if (i % 10 === 9) await sleep(5);
        }
        await message.end();
        for (const [who, client] of [
          ['a', zelloA],
          ['b', zelloB],
        ] as const) {
          const heard = await client.stoppedStream(c.name);
          t.match(heard.start, {
            command: 'on_stream_start',
            type: 'audio',
            codec: 'opus',
            packet_duration: 20,
            channel: CHANNEL,
            from: c.name,
          });
          t.same(parseCodecHeader(heard.start['codec_header']), {
            sampleRate: 48000,
            framesPerPacket: 1,
            frameSizeMs: 20,
          });
          t.same(
            heard.packetIds,
            packets.map((_, i) => i),
            `${who}: packet ids 0..`,
          );
          t.ok(sameBytes(heard.packets, packets), `${who}: all packets bit-exact, once, in order`);
        }
      },
    );
  });
}
