/**
 * Zello door, audio checked at ingest: a packet that is no Opus packet, or
 * one that disagrees with the stream's packet_duration, is answered with the
 * spec's `invalid audio packet` and not stored, and the stream goes on; the
 * chunk rate limit is one bucket per user across both doors.
 */
import t from 'tap';
import { connectDevice, PASSWORD, signupUser, startTestRouter } from '../helpers/router-fixture.js';
import { INVALID_OPUS_PACKETS, NOT_OPUS, opusPacket, opusPackets } from '../helpers/opus-packets.js';
import { codecHeader, packet, ZelloTestClient, type Json } from './zello-test-client.js';

const CHANNEL = 'Audio Checks';
const START = {
  command: 'start_stream',
  channel: CHANNEL,
  type: 'audio',
  codec: 'opus',
  codec_header: codecHeader(48000, 1, 20),
  packet_duration: 20,
};

function onErrors(client: ZelloTestClient, error: string, count: number): Promise<Json[]> {
  return client.waitFor(() => {
    const found = client.log.flatMap((e) =>
      e.kind === 'json' && e.body['command'] === 'on_error' && e.body['error'] === error ? [e.body] : [],
    );
    return found.length >= count ? found : undefined;
  }, `${count} x on_error ${error}`);
}

void t.test('a bad audio packet: invalid audio packet, not stored, the stream goes on', async (t) => {
  const router = await startTestRouter(t, { transport: 'ws' });
  const [a, b] = await Promise.all([signupUser(router.url, 'xa'), signupUser(router.url, 'xb')]);
  const conversation = await a.http.createConversation([b.name], CHANNEL);
  const zello = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]);
  const start = await zello.request(START);
  t.equal(start['success'], true);
  const streamId = Number(start['stream_id']);

  const bad = [NOT_OPUS, opusPacket({ frameMs: 60 }), ...INVALID_OPUS_PACKETS.map((p) => p.packet)];
  for (const data of bad) zello.sendBinary(packet(0x01, streamId, 0, data));
  await onErrors(zello, 'invalid audio packet', bad.length);
  t.pass(`each of ${bad.length} bad packets answered with on_error "invalid audio packet"`);

  const good = opusPackets(3);
  for (const data of good) zello.sendBinary(packet(0x01, streamId, 0, data));
  const stop = await zello.request({ command: 'stop_stream', stream_id: streamId });
  t.equal(stop['success'], true, 'the connection and the stream survived');
  const [header] = await b.http.listMessages(conversation.conversationId);
  t.equal(header?.chunkCount, 3, 'only the good packets are stored');
  t.equal(header?.durationMs, 60);
  t.equal(header?.state, 'COMPLETE');
  const audio = await b.http.audio(header?.messageId ?? '');
  t.equal(audio.status, 200, 'its .ogg is served');
});

void t.test('the chunk rate bucket is the user\'s across the native and Zello doors', async (t) => {
  const router = await startTestRouter(t, { transport: 'ws', config: { maxChunksPerSecond: 1, chunkBurst: 10 } });
  const [a, b] = await Promise.all([signupUser(router.url, 'ya'), signupUser(router.url, 'yb')]);
  const conversation = await a.http.createConversation([b.name], CHANNEL);
  const native = await connectDevice(t, router.url, a, 'phone');
  await native.request({
    type: 'startMessage',
    startMessage: { messageId: 'native-burst', conversationId: conversation.conversationId, contentType: 'VOICE', opus: null },
  });
  for (const [seq, payload] of opusPackets(10).entries()) native.send({ type: 'chunk', chunk: { messageId: 'native-burst', seq, payload } });
  await native.sync();

  const zello = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]);
  const start = await zello.request(START);
  const streamId = Number(start['stream_id']);
  zello.sendBinary(packet(0x01, streamId, 0, opusPacket()));
  await onErrors(zello, 'failed to send data', 1);
  t.pass('the Zello packet is refused: the native connection spent the burst');
});
