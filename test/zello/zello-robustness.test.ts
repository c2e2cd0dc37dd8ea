/**
 * Zello door under hostile or broken clients, on both transports: malformed
 * JSON, garbage, truncated and oversized binary packets never take the
 * router down (it still answers /healthz and other clients keep streaming);
 * too many bad inputs close the connection (4000); keepalive pings drop a
 * client that stops answering them and keep one that answers.
 */
import { randomBytes } from 'node:crypto';
import t from 'tap';
import {
  PASSWORD,
  signupUser,
  speechPackets,
  startTestRouter,
  TRANSPORTS,
} from '../helpers/router-fixture.js';
import { codecHeader, packet, ZelloTestClient } from './zello-test-client.js';

const CHANNEL = 'Hostile Waters';
const AUDIO = {
  command: 'start_stream',
  codec: 'opus',
  codec_header: codecHeader(48000, 1, 20),
  packet_duration: 20,
};

for (const transport of TRANSPORTS) {
  void t.test(`zello door survives bad input over ${transport}`, async (t) => {
    const router = await startTestRouter(t, {
      transport,
      config: { maxProtocolErrors: 1000, maxFrameBytes: 16 * 1024, maxChunkBytes: 4000 },
    });
    const [a, b, c] = await Promise.all([
      signupUser(router.url, 'ra'),
      signupUser(router.url, 'rb'),
      signupUser(router.url, 'rc'),
    ]);
    await a.http.createConversation([b.name, c.name], CHANNEL);
    const talker = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]);
    const listener = await ZelloTestClient.logon(t, router.zelloUrl, b.name, PASSWORD, [CHANNEL]);
    const attacker = await ZelloTestClient.logon(t, router.zelloUrl, c.name, PASSWORD, [CHANNEL]);
    const { packets } = await speechPackets();

    const start = await talker.request({ ...AUDIO, channel: CHANNEL });
    const streamId = Number(start['stream_id']);
    const attackStart = await attacker.request(AUDIO);
    const attackStream = Number(attackStart['stream_id']);
    for (const [i, opus] of packets.slice(0, 100).entries()) {
      talker.sendBinary(packet(0x01, streamId, 0, opus));
      // Interleaved garbage from another client of the same channel.
      attacker.sendText(i % 2 === 0 ? '{"command":' : '\u0000\uffff not json at all');
      attacker.sendBinary(randomBytes(i % 12));
      attacker.sendBinary(Buffer.from([0x01, 0xff, 0xff]));
      attacker.sendBinary(Buffer.concat([Buffer.from([0x03]), randomBytes(20)]));
      attacker.sendBinary(packet(0x02, 0xffffffff, 0x07, randomBytes(8)));
      attacker.sendBinary(packet(0x01, attackStream, i, randomBytes(4001)));
    }
    t.equal(
      (await talker.request({ command: 'stop_stream', stream_id: streamId }))['success'],
      true,
    );
    const heard = await listener.stoppedStream(a.name);
    t.equal(heard.packets.length, 100, 'the other stream arrived whole');
    t.ok(
      heard.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
      'bit-exact',
    );
    const reply = await attacker.request({ command: 'stop_stream', stream_id: attackStream });
    t.equal(reply['success'], true, 'the attacker connection still works');
    t.ok(
      attacker.log.some((e) => e.kind === 'json' && e.body['error'] === 'invalid audio packet'),
      'bad packets were answered',
    );
    t.ok(
      attacker.log.some((e) => e.kind === 'json' && e.body['error'] === 'invalid json'),
      'bad JSON was answered',
    );

    // A WebSocket message above maxFrameBytes closes that connection only.
    const big = await ZelloTestClient.logon(t, router.zelloUrl, c.name, PASSWORD, [CHANNEL]);
    const bigStart = await big.request(AUDIO);
    big.sendBinary(packet(0x01, Number(bigStart['stream_id']), 0, randomBytes(20 * 1024)));
    t.equal((await big.closed).code, 1009, 'an oversized message closes with 1009');
    const health = await fetch(`${router.url}/healthz`);
    t.equal(health.status, 200, 'the router still answers /healthz');
    t.equal(
      (await listener.request({ command: 'send_text_message', text: 'still here' }))['success'],
      true,
      'other clients keep working',
    );
    t.match(await talker.event('on_text_message'), { text: 'still here' });
  });
}

void t.test('too many bad inputs close the connection with 4000', async (t) => {
  const router = await startTestRouter(t, { config: { maxProtocolErrors: 5 } });
  const client = await ZelloTestClient.connect(t, router.zelloUrl);
  for (let i = 0; i < 5; i++) client.sendText('nope');
  t.equal((await client.closed).code, 4000);
  t.equal((await fetch(`${router.url}/healthz`)).status, 200);
});

for (const transport of TRANSPORTS) {
  void t.test(
    `keepalive over ${transport}: a client that does not answer pings is dropped, one that does stays`,
    async (t) => {
      const router = await startTestRouter(t, { transport, config: { zelloPingIntervalMs: 100 } });
      const [a, b] = await Promise.all([
        signupUser(router.url, 'pa'),
        signupUser(router.url, 'pb'),
      ]);
      await a.http.createConversation([b.name], CHANNEL);
      const answering = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [
        CHANNEL,
      ]);
      // Not logged on: a logon reply could lose the race against the short ping interval.
      const silent = await ZelloTestClient.connect(t, router.zelloUrl, { autoPong: false });
      const pinged = new Promise<boolean>((resolve) =>
        answering.ws.once('ping', () => resolve(true)),
      );
      const closed = await silent.closed;
      t.equal(closed.code, 1006, 'the silent client was dropped without a close handshake');
      t.ok(await pinged, 'the answering client is pinged too');
      t.equal(
        (await answering.request({ command: 'send_text_message', text: 'alive' }))['success'],
        true,
        'the answering client stays',
      );
    },
  );
}
