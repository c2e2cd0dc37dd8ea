/**
 * Zello door, beyond plain voice: text, locations and pictures (stored as
 * messages of those types, delivered as on_… events to Zello clients and
 * as timeline events to native ones), `for` (one participant only, in live
 * delivery, history and listen), listen-only connections, and the logon
 * variants (voxring token as refresh_token / auth_token, singular channel).
 */
import { randomBytes } from 'node:crypto';
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { MessageHeader, ServerFrame } from '../../proto/frames.js';
import {
  connectDevice,
  PASSWORD,
  signupUser,
  speechPackets,
  startTestRouter,
} from '../helpers/router-fixture.js';
import { codecHeader, packet, ZelloTestClient, type Json } from './zello-test-client.js';

const CHANNEL = 'Reichenbach Falls';

function newMessageHeader(
  frame: ServerFrame,
  contentType: MessageHeader['contentType'],
): MessageHeader | undefined {
  if (frame.type !== 'timeline') return undefined;
  return (
    frame.timeline.events.find(
      (e) => e.type === 'MESSAGE_NEW' && e.header?.contentType === contentType,
    )?.header ?? undefined
  );
}

void t.test('zello door: messages, for, listen-only, logon variants', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c] = await Promise.all([
    signupUser(router.url, 'ma'),
    signupUser(router.url, 'mb'),
    signupUser(router.url, 'mc'),
  ]);
  const conversation = await a.http.createConversation([b.name, c.name], CHANNEL);
  const zelloA = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]);
  const zelloB = await ZelloTestClient.logon(t, router.zelloUrl, b.name, PASSWORD, [CHANNEL]);
  const zelloC = await ZelloTestClient.logon(t, router.zelloUrl, c.name, PASSWORD, [CHANNEL]);
  const nativeC = await connectDevice(t, router.url, c, 'c-phone');

  await t.test(
    'text: on_text_message to other zello clients, a TEXT timeline event to native ones',
    async (t) => {
      const timeline = nativeC.waitFor((f) => newMessageHeader(f, 'TEXT') !== undefined);
      const reply = await zelloA.request({
        command: 'send_text_message',
        channel: CHANNEL,
        text: 'Where are you?',
      });
      t.equal(reply['success'], true);
      const event = await zelloB.event('on_text_message');
      t.match(event, { channel: CHANNEL, from: a.name, for: false, text: 'Where are you?' });
      t.ok(Number.isInteger(event['message_id']), 'message_id is an integer');
      const header = newMessageHeader(await timeline, 'TEXT');
      t.match(header, {
        senderId: a.userId,
        text: 'Where are you?',
        conversationId: conversation.conversationId,
        forUserId: '',
      });
      // A barrier on the sender: its next reply comes after any echo would have.
      await zelloA.request({ command: 'send_text_message', text: 'channel omitted: the only one' });
      t.notOk(
        zelloA.log.some((e) => e.kind === 'json' && e.body['command'] === 'on_text_message'),
        'the sender gets no echo',
      );
      t.match(
        await zelloC.event('on_text_message', (m) => m['text'] === 'channel omitted: the only one'),
        { from: a.name },
      );
    },
  );

  await t.test('location: numbers survive the trip; native sees degrees × 10^7', async (t) => {
    const timeline = nativeC.waitFor((f) => newMessageHeader(f, 'LOCATION') !== undefined);
    const sent = {
      latitude: 46.714475,
      longitude: 8.1806319,
      accuracy: 10,
      formatted_address: 'Hausenstrasse 34, 3860 Meiringen, Switzerland',
    };
    t.equal(
      (await zelloA.request({ command: 'send_location', channel: CHANNEL, ...sent }))['success'],
      true,
    );
    t.match(await zelloB.event('on_location'), {
      channel: CHANNEL,
      from: a.name,
      ...sent,
      rgl: sent.formatted_address,
    });
    const header = newMessageHeader(await timeline, 'LOCATION');
    t.same(header?.location, {
      latitudeE7: 467144750,
      longitudeE7: 81806319,
      accuracyM: 10,
      formattedAddress: sent.formatted_address,
    });
  });

  await t.test('image: thumbnail and full image packets, stored as the body', async (t) => {
    const thumbnail = randomBytes(10_616);
    const full = randomBytes(50_000);
    const timeline = nativeC.waitFor((f) => newMessageHeader(f, 'IMAGE') !== undefined);
    const reply = await zelloA.request({
      command: 'send_image',
      channel: CHANNEL,
      type: 'jpeg',
      source: 'camera',
      width: 1279,
      height: 959,
      thumbnail_content_length: thumbnail.length,
      content_length: full.length,
    });
    t.equal(reply['success'], true);
    const imageId = Number(reply['image_id']);
    zelloA.sendBinary(packet(0x02, imageId, 0x02, thumbnail));
    // The full image in two packets: the door collects up to content_length.
    zelloA.sendBinary(packet(0x02, imageId, 0x01, full.subarray(0, 20_000)));
    zelloA.sendBinary(packet(0x02, imageId, 0x01, full.subarray(20_000)));
    const onImage = await zelloB.event('on_image');
    t.match(onImage, {
      channel: CHANNEL,
      from: a.name,
      type: 'jpeg',
      width: 1279,
      height: 959,
      source: 'camera',
    });
    const messageId = Number(onImage['message_id']);
    const parts = await zelloB.waitFor(() => {
      const got = zelloB.imageParts(messageId);
      return got.thumbnail && got.full ? got : undefined;
    }, 'image packets');
    t.ok(parts.thumbnail?.equals(thumbnail), 'thumbnail bytes exact');
    t.ok(parts.full?.equals(full), 'full image bytes exact');

    const header = newMessageHeader(await timeline, 'IMAGE');
    t.match(header?.image, {
      type: 'jpeg',
      width: 1279,
      height: 959,
      thumbnailBytes: thumbnail.length,
      imageBytes: full.length,
    });
    const collector = new MessageCollector(nativeC);
    await nativeC.request({
      type: 'listen',
      listen: { messageId: header?.messageId ?? '', fromSeq: 0 },
    });
    await collector.ended(header?.messageId ?? '');
    t.ok(
      Buffer.concat(collector.payloads(header?.messageId ?? '')).equals(
        Buffer.concat([thumbnail, full]),
      ),
      'native listen: the body is thumbnail + image',
    );
  });

  await t.test(
    'for: only the target and the sender hear it, see it in history and may listen',
    async (t) => {
      const { packets } = await speechPackets();
      const start = await zelloA.request({
        command: 'start_stream',
        channel: CHANNEL,
        codec: 'opus',
        codec_header: codecHeader(16000, 1, 20),
        packet_duration: 20,
        for: b.name,
      });
      const streamId = Number(start['stream_id']);
      for (const opus of packets.slice(0, 20)) zelloA.sendBinary(packet(0x01, streamId, 0, opus));
      await zelloA.request({ command: 'stop_stream', stream_id: streamId });
      const heard = await zelloB.stoppedStream(a.name);
      t.equal(heard.start['for'], b.name, 'on_stream_start carries for');
      t.equal(heard.packets.length, 20);
      await zelloA.request({ command: 'send_text_message', text: 'psst', for: b.name });
      t.match(await zelloB.event('on_text_message', (m) => m['text'] === 'psst'), { for: b.name });
      // Barrier: a message to everyone after the private ones reaches c, which never saw them.
      await zelloA.request({ command: 'send_text_message', text: 'hello all' });
      await zelloC.event('on_text_message', (m) => m['text'] === 'hello all');
      t.notOk(
        [...zelloC.streams().values()].some((s) => s.start['from'] === a.name),
        'c heard no stream from a',
      );
      t.notOk(
        zelloC.log.some((e) => e.kind === 'json' && e.body['text'] === 'psst'),
        'c got no private text',
      );

      const forB = await b.http.listMessages(conversation.conversationId);
      const voice = forB.find((m) => m.contentType === 'VOICE' && m.forUserId === b.userId);
      t.ok(voice, 'the target sees it in history');
      t.equal(voice?.forUsername, b.name);
      const forA = await a.http.listMessages(conversation.conversationId);
      t.ok(
        forA.some((m) => m.messageId === voice?.messageId),
        'the sender sees it in history',
      );
      const forC = await c.http.listMessages(conversation.conversationId);
      t.notOk(
        forC.some((m) => m.forUserId !== ''),
        'c sees no private message in history',
      );
      t.ok(
        forC.some((m) => m.text === 'hello all'),
        'c sees the public one',
      );
      await t.rejects(
        c.http.getMessage(voice?.messageId ?? ''),
        { code: 'VOX_MESSAGE_NOT_FOUND' },
        'c cannot read its header',
      );
      await t.rejects(
        c.http.audio(voice?.messageId ?? ''),
        { code: 'VOX_MESSAGE_NOT_FOUND' },
        'c cannot fetch its audio',
      );
      await t.rejects(
        nativeC.request({
          type: 'listen',
          listen: { messageId: voice?.messageId ?? '', fromSeq: 0 },
        }),
        { code: 'VOX_MESSAGE_NOT_FOUND' },
        'c cannot listen to it',
      );
      const audio = await b.http.audio(voice?.messageId ?? '');
      t.equal(audio.status, 200, 'the target can fetch its audio');
    },
  );

  await t.test('listen-only: hears, cannot send', async (t) => {
    const listener = await ZelloTestClient.logon(t, router.zelloUrl, b.name, PASSWORD, [CHANNEL], {
      listen_only: true,
    });
    await listener.event('on_channel_status');
    const start = await listener.request({
      command: 'start_stream',
      codec: 'opus',
      codec_header: codecHeader(48000, 1, 20),
      packet_duration: 20,
    });
    t.same(start, { seq: start['seq'], error: 'listen only connection' });
    for (const command of [
      { command: 'send_text_message', text: 'hi' },
      { command: 'send_location', latitude: 1, longitude: 2 },
      { command: 'send_image', thumbnail_content_length: 1, content_length: 1 },
    ]) {
      t.equal(
        (await listener.request(command))['error'],
        'listen only connection',
        `${command.command} refused`,
      );
    }
    const talker = await connectDevice(t, router.url, a, 'a-phone');
    const message = await OutgoingVoiceMessage.start(talker, {
      conversationId: conversation.conversationId,
    });
    message.send(Buffer.from([0xf8, 0xff, 0xfe]));
    await message.end();
    const heard = await listener.stoppedStream(a.name);
    t.equal(heard.packets.length, 1, 'a listen-only connection hears voice');
  });

  await t.test(
    'logon with a voxring token as refresh_token or auth_token; singular channel',
    async (t) => {
      for (const field of ['refresh_token', 'auth_token']) {
        const client = await ZelloTestClient.connect(t, router.zelloUrl);
        const reply: Json = await client.request({
          command: 'logon',
          [field]: c.token,
          channel: CHANNEL,
        });
        t.equal(reply['success'], true, `${field} accepted`);
        t.equal(reply['refresh_token'], c.token, 'the reply carries the voxring token');
        t.match(await client.event('on_channel_status'), { channel: CHANNEL, status: 'online' });
      }
      const byPassword = await ZelloTestClient.connect(t, router.zelloUrl);
      const reply = await byPassword.request({
        command: 'logon',
        auth_token: 'a-zello-jwt',
        username: a.name,
        password: PASSWORD,
        channels: [CHANNEL],
      });
      const refresh = String(reply['refresh_token']);
      t.ok(refresh.startsWith('vx_'), 'username/password logon returns a fresh voxring token');
      const again = await ZelloTestClient.connect(t, router.zelloUrl);
      t.equal(
        (await again.request({ command: 'logon', refresh_token: refresh, channels: [CHANNEL] }))[
          'success'
        ],
        true,
        'which logs on again',
      );
    },
  );

  await t.test(
    'logout closes the connection; leaving the conversation takes the channel offline',
    async (t) => {
      const http = new VoxringHttp(router.url);
      const session = await http.login(b.name, PASSWORD);
      const client = await ZelloTestClient.connect(t, router.zelloUrl);
      t.equal(
        (
          await client.request({
            command: 'logon',
            refresh_token: session.token,
            channels: [CHANNEL],
          })
        )['success'],
        true,
      );
      await http.logout();
      t.match(await client.event('on_error'), { error: 'not authorized' });
      t.equal((await client.closed).code, 4001);

      const leaving = await ZelloTestClient.logon(t, router.zelloUrl, c.name, PASSWORD, [CHANNEL]);
      await leaving.event('on_channel_status', (m) => m['status'] === 'online');
      await c.http.leave(conversation.conversationId);
      t.match(await leaving.event('on_channel_status', (m) => m['status'] === 'offline'), {
        channel: CHANNEL,
      });
      t.equal(
        (await leaving.request({ command: 'send_text_message', text: 'gone' }))['error'],
        'channel is not ready',
      );
    },
  );
});
