/**
 * Zello door: every error string of the spec that applies, each provoked
 * the way a real client would. Replies echo `seq`; inputs without one
 * (bad JSON, binary packets) are answered with `on_error`.
 */
import t from 'tap';
import { PASSWORD, signupUser, startTestRouter } from '../helpers/router-fixture.js';
import { codecHeader, packet, ZelloTestClient, type Json } from './zello-test-client.js';

const ONE = 'Channel One';
const TWO = 'Channel Two';
const AUDIO = {
  command: 'start_stream',
  type: 'audio',
  codec: 'opus',
  codec_header: codecHeader(48000, 1, 20),
  packet_duration: 20,
};

void t.test('zello door error strings', async (t) => {
  const router = await startTestRouter(t, {
    config: { maxLiveMessagesPerConnection: 1, maxChunkBytes: 1000 },
  });
  const [a, b] = await Promise.all([signupUser(router.url, 'ea'), signupUser(router.url, 'eb')]);
  await a.http.createConversation([b.name], ONE);
  await a.http.createConversation([b.name], TWO);
  const expectError = async (
    client: ZelloTestClient,
    body: Json,
    error: string,
    what: string,
  ): Promise<void> => {
    const reply = await client.request(body);
    t.same(reply, { seq: reply['seq'], error }, `${what}: ${error}`);
  };
  const onError = (client: ZelloTestClient, error: string, count: number): Promise<Json[]> =>
    client.waitFor(() => {
      const found = client.log.flatMap((e) =>
        e.kind === 'json' && e.body['command'] === 'on_error' && e.body['error'] === error
          ? [e.body]
          : [],
      );
      return found.length >= count ? found : undefined;
    }, `${count} × on_error ${error}`);

  await t.test('before logon', async (t) => {
    const client = await ZelloTestClient.connect(t, router.zelloUrl);
    await expectError(client, AUDIO, 'not logged in', 'start_stream first');
    client.sendBinary(packet(0x01, 1, 0, Buffer.from([1, 2, 3])));
    await onError(client, 'not logged in', 1);
    await expectError(
      client,
      { command: 'logon', username: a.name, password: 'wrong password', channels: [ONE] },
      'not authorized',
      'wrong password',
    );
    await expectError(
      client,
      { command: 'logon', refresh_token: 'vx_not-a-token', channels: [ONE] },
      'not authorized',
      'unknown token',
    );
    await expectError(
      client,
      { command: 'logon', username: a.name, channels: [ONE] },
      'not enough params',
      'no password',
    );
    await expectError(
      client,
      { command: 'logon', channels: [ONE] },
      'not enough params',
      'no credentials',
    );
    await expectError(
      client,
      { command: 'logon', username: a.name, password: PASSWORD },
      'not enough params',
      'no channels',
    );
    const many = Array.from({ length: 101 }, (_, i) => `c${i}`);
    await expectError(
      client,
      { command: 'logon', username: a.name, password: PASSWORD, channels: many },
      'channels limit exceeded',
      '101 channels',
    );
    await expectError(
      client,
      { command: 'logon', username: a.name, password: PASSWORD, channels: 'not a list' },
      'invalid request',
      'channels not a list',
    );
    for (const command of ['teleport', 'toString', '__proto__', 'on_stream_start']) {
      await expectError(client, { command }, 'unknown command', `unknown command ${command}`);
    }
    t.equal(
      (
        await client.request({
          command: 'logon',
          username: a.name,
          password: PASSWORD,
          channels: [ONE],
        })
      )['success'],
      true,
      'then a good logon works',
    );
  });

  await t.test('malformed commands', async (t) => {
    const client = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [ONE]);
    client.sendText('{"command": "start_stream", "seq": 1');
    await onError(client, 'invalid json', 1);
    client.sendText('[1, 2, 3]');
    client.sendText('{"seq": "three", "command": "start_stream"}');
    await onError(client, 'invalid request', 2);
    await expectError(client, { command: 42 }, 'invalid request', 'command not a string');
    await expectError(
      client,
      { command: 'logon', username: a.name, password: PASSWORD, channels: [ONE] },
      'invalid request',
      'a second logon',
    );
    await expectError(
      client,
      { command: 'stop_stream' },
      'not enough params',
      'stop_stream without stream_id',
    );
    await expectError(
      client,
      { ...AUDIO, codec_header: undefined },
      'not enough params',
      'start_stream without codec_header',
    );
    await expectError(
      client,
      { ...AUDIO, codec_header: 'not base64!' },
      'invalid request',
      'bad codec_header',
    );
    await expectError(
      client,
      { ...AUDIO, codec_header: codecHeader(48000, 1, 20).slice(0, 4) },
      'invalid request',
      'short codec_header',
    );
    await expectError(
      client,
      { ...AUDIO, packet_duration: 61 },
      'invalid request',
      'packet_duration above 60',
    );
    await expectError(
      client,
      { ...AUDIO, packet_duration: 2 },
      'invalid request',
      'packet_duration below 2.5',
    );
    await expectError(
      client,
      { ...AUDIO, packet_duration: 30 },
      'invalid request',
      'packet_duration no Opus packet has',
    );
    await expectError(
      client,
      { ...AUDIO, codec: 'speex' },
      'invalid request',
      'codec other than opus',
    );
    await expectError(
      client,
      { ...AUDIO, for: 'nobody-here' },
      'invalid request',
      'for a user outside the channel',
    );
    await expectError(
      client,
      { command: 'send_location', latitude: 91, longitude: 0 },
      'invalid request',
      'latitude out of range',
    );
    await expectError(
      client,
      { command: 'send_location', latitude: 1 },
      'not enough params',
      'no longitude',
    );
    await expectError(client, { command: 'send_text_message' }, 'not enough params', 'no text');
    await expectError(
      client,
      { command: 'send_text_message', text: '   ' },
      'invalid request',
      'blank text',
    );
    await expectError(
      client,
      { command: 'send_image', thumbnail_content_length: 10 },
      'not enough params',
      'no content_length',
    );
    await expectError(
      client,
      { command: 'send_image', type: 'png', thumbnail_content_length: 10, content_length: 10 },
      'invalid request',
      'not jpeg',
    );
  });

  await t.test('channels', async (t) => {
    const client = await ZelloTestClient.connect(t, router.zelloUrl);
    t.equal(
      (
        await client.request({
          command: 'logon',
          username: a.name,
          password: PASSWORD,
          channels: [ONE, TWO, 'Atlantis'],
        })
      )['success'],
      true,
    );
    t.match(
      await client.event('on_channel_status', (m) => m['channel'] === 'Atlantis'),
      { status: 'offline', error_type: 'configuration' },
      'an unknown channel is offline',
    );
    t.match(await client.event('on_channel_status', (m) => m['channel'] === TWO), {
      status: 'online',
    });
    await expectError(client, AUDIO, 'not enough params', 'channel omitted with two channels');
    await expectError(
      client,
      { ...AUDIO, channel: 'Atlantis' },
      'channel is not ready',
      'an unknown channel',
    );
    await expectError(
      client,
      { command: 'send_text_message', channel: 'Elsewhere', text: 'x' },
      'channel is not ready',
      'a channel not logged on to',
    );
  });

  await t.test('streams', async (t) => {
    const client = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [ONE]);
    const start = await client.request(AUDIO);
    const streamId = Number(start['stream_id']);
    await expectError(
      client,
      AUDIO,
      'failed to start stream',
      'a second stream past maxLiveMessagesPerConnection',
    );
    client.sendBinary(packet(0x01, streamId + 1000, 0, Buffer.from([1, 2, 3])));
    await onError(client, 'failed to send data', 1);
    client.sendBinary(Buffer.from([0x01, 0, 0, 0]));
    client.sendBinary(packet(0x01, streamId, 0, Buffer.alloc(0)));
    client.sendBinary(packet(0x01, streamId, 0, Buffer.alloc(1001, 7)));
    await onError(client, 'invalid audio packet', 3);
    client.sendBinary(packet(0x01, streamId, 0, Buffer.from([0xf8, 0xff, 0xfe])));
    await expectError(
      client,
      { command: 'stop_stream', stream_id: streamId + 1 },
      'failed to stop stream',
      'an unknown stream id',
    );
    t.equal(
      (await client.request({ command: 'stop_stream', stream_id: streamId }))['success'],
      true,
    );
    await expectError(
      client,
      { command: 'stop_stream', stream_id: streamId },
      'failed to stop stream',
      'stopping twice',
    );
    client.sendBinary(packet(0x02, 12345, 0x01, Buffer.from([1])));
    await onError(client, 'failed to send data', 2);
    const history = await a.http.listMessages(
      (await a.http.listConversations()).find((c) => c.name === ONE)?.conversationId ?? '',
    );
    t.match(history[0], { chunkCount: 1, state: 'COMPLETE' }, 'only the good packet was stored');
  });

  await t.test('server closed connection', async (t) => {
    const own = await startTestRouter(t);
    const user = await signupUser(own.url, 'ec');
    const other = await signupUser(own.url, 'ed');
    await user.http.createConversation([other.name], ONE);
    const client = await ZelloTestClient.logon(t, own.zelloUrl, user.name, PASSWORD, [ONE]);
    await own.close();
    await onError(client, 'server closed connection', 1);
    t.equal((await client.closed).code, 1001);
  });
});
