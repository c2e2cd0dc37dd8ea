/**
 * GET /metrics after a short talk: the chunk counters equal what was sent
 * (in = sent, out = sent × listeners), the gauges show the connections,
 * the latency histograms have observations (ack sent: one per chunk) and
 * errors are counted by code; mouth-to-ear counts every chunk sent to a live
 * listener, live-edge lag and join a listener that starts behind.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { Histogram, Registry, type Metric } from 'prom-client';
import { parsePromText, promHistogram, promValue, type PromSample } from '../../bench/prom-text.js';
import { HotHistogram } from '../../router/metrics.js';
import { connectDevice, signupUser, speechPackets, startTestRouter, TRANSPORTS } from '../helpers/router-fixture.js';

const SENT = 40;

async function scrape(baseUrl: string): Promise<{ contentType: string; samples: PromSample[] }> {
  const res = await fetch(`${baseUrl}/metrics`);
  if (res.status !== 200) throw new Error(`GET /metrics answered ${res.status}`);
  return { contentType: res.headers.get('content-type') ?? '', samples: parsePromText(await res.text()) };
}

for (const transport of TRANSPORTS) {
  void t.test(`metrics after a short talk over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b, c] = await Promise.all([signupUser(router.url, 'ma'), signupUser(router.url, 'mb'), signupUser(router.url, 'mc')]);
    const conversation = await a.http.createConversation([b.name, c.name], 'metrics');
    const talker = await connectDevice(t, router.url, a);
    const listeners = [await connectDevice(t, router.url, b, 'b-phone'), await connectDevice(t, router.url, c, 'c-phone')];
    const collectors = listeners.map((conn) => new MessageCollector(conn));
    for (const conn of listeners) {
      await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
    }

    const idle = await scrape(router.url);
    t.match(idle.contentType, /^text\/plain/, 'Prometheus text format');
    t.equal(promValue(idle.samples, 'voxring_connections'), 3, 'three connections');
    t.equal(promValue(idle.samples, 'voxring_sessions'), 3, 'three authenticated sessions');
    t.equal(promValue(idle.samples, 'voxring_chunks_in_total'), 0, 'no chunk yet');

    const { packets, preSkip } = await speechPackets();
    const sent = packets.slice(0, SENT);
    const talkStarted = Date.now();
    const message = await OutgoingVoiceMessage.start(talker, {
      conversationId: conversation.conversationId,
      opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
    });
    for (const packet of sent) message.send(packet);
    await talker.sync();
    await message.allAcked(); // every chunk acked while streaming, before the end
    const live = await scrape(router.url);
    t.equal(promValue(live.samples, 'voxring_live_messages'), 1, 'one live message');
    await message.end();
    for (const collector of collectors) await collector.ended(message.messageId);
    const talkEnded = Date.now();
    for (const collector of collectors) {
      const stamps = (collector.get(message.messageId)?.chunks ?? []).map((c) => c.receivedAtMs);
      t.equal(stamps.length, SENT, 'every chunk heard');
      t.ok(stamps.every((ms) => ms >= talkStarted && ms <= talkEnded), 'each carries when the router received it');
      t.ok(stamps.every((ms, i) => i === 0 || ms >= stamps[i - 1]!), 'in receive order');
    }

    // A chunk for a message that is not live: one error frame with its code.
    talker.send({ type: 'chunk', chunk: { messageId: 'not-live', seq: 0, payload: new Uint8Array([1]) } });
    await talker.waitFor((f) => f.type === 'error' && f.error.code === 'VOX_MESSAGE_NOT_LIVE');

    const { samples } = await scrape(router.url);
    const payloadBytes = sent.reduce((n, p) => n + p.length, 0);
    t.equal(promValue(samples, 'voxring_chunks_in_total'), SENT, 'chunks in = chunks sent');
    t.equal(promValue(samples, 'voxring_chunks_out_total'), SENT * listeners.length, 'chunks out = sent × listeners');
    t.ok(promValue(samples, 'voxring_bytes_in_total') > payloadBytes, 'bytes in cover the payloads and framing');
    t.ok(promValue(samples, 'voxring_bytes_out_total') > payloadBytes * listeners.length, 'bytes out cover every delivery');
    t.equal(promValue(samples, 'voxring_live_messages'), 0, 'no live message after the end');
    t.equal(promValue(samples, 'voxring_errors_total', { code: 'VOX_MESSAGE_NOT_LIVE' }), 1, 'the error counted by code');

    const fanout = promHistogram(samples, 'voxring_fanout_seconds');
    t.equal(fanout.count, SENT, 'one fan-out observation per chunk');
    t.equal(fanout.buckets.at(-1)?.count, SENT, '+Inf bucket holds every observation');
    t.ok(promHistogram(samples, 'voxring_ack_latency_seconds').count > 0, 'ack latency observed');
    t.equal(promHistogram(samples, 'voxring_ack_sent_seconds').count, SENT, 'ack sent: one observation per chunk, however many acks covered them');
    const mouthToEar = promHistogram(samples, 'voxring_mouth_to_ear_seconds');
    t.equal(mouthToEar.count, SENT * listeners.length, 'mouth-to-ear: one observation per chunk per live listener');
    t.ok(mouthToEar.sum >= 0 && mouthToEar.sum <= (SENT * listeners.length * (talkEnded - talkStarted)) / 1000, 'each within the talk');
    t.equal(promHistogram(samples, 'voxring_live_edge_lag_seconds').count, 0, 'no listener was catching up');
    t.equal(promHistogram(samples, 'voxring_live_edge_join_seconds').count, 0, 'so none joined the edge');
    t.ok(promHistogram(samples, 'voxring_storage_write_seconds', { store: 'header', op: 'insertMessage' }).count >= 1, 'header write timed');
    t.equal(promHistogram(samples, 'voxring_storage_write_seconds', { store: 'body', op: 'open' }).count, 1, 'body open timed');
    t.equal(promHistogram(samples, 'voxring_storage_write_seconds', { store: 'body', op: 'finish' }).count, 1, 'body finish timed');
    t.ok(promValue(samples, 'voxring_process_resident_memory_bytes') > 0, 'RSS reported');
    t.ok(samples.some((s) => s.name === 'voxring_event_loop_lag_seconds' && s.labels.quantile === '0.99'), 'event-loop lag reported');
  });
}

void t.test('catch-up distance of a listener that joins late', async (t) => {
  const router = await startTestRouter(t);
  const [a, b] = await Promise.all([signupUser(router.url, 'ca'), signupUser(router.url, 'cb')]);
  const conversation = await a.http.createConversation([b.name]);
  const talker = await connectDevice(t, router.url, a);
  const late = await connectDevice(t, router.url, b);
  const { packets } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 30)) message.send(packet);
  await talker.sync();
  const collector = new MessageCollector(late);
  await late.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
  await collector.until(() => collector.get(message.messageId)?.chunks.length === 30);
  const { samples } = await scrape(router.url);
  const behind = promHistogram(samples, 'voxring_listen_start_behind_chunks');
  t.equal(behind.count, 1, 'one listener attached');
  t.equal(behind.sum, 30, 'it started 30 chunks behind the head');
  t.equal(promValue(samples, 'voxring_catchup_listeners'), 0, 'and has caught up');
  t.equal(promHistogram(samples, 'voxring_live_edge_lag_seconds').count, 29, 'lag observed for each chunk behind the head');
  t.equal(promHistogram(samples, 'voxring_live_edge_join_seconds').count, 1, 'it reached the live edge once');
  t.equal(promHistogram(samples, 'voxring_mouth_to_ear_seconds').count, 0, 'nothing heard live yet');

  for (const packet of packets.slice(30, 40)) message.send(packet);
  await collector.until(() => collector.get(message.messageId)?.chunks.length === 40);
  const after = (await scrape(router.url)).samples;
  t.equal(promHistogram(after, 'voxring_mouth_to_ear_seconds').count, 10, 'then each new chunk counts as mouth-to-ear');
  t.equal(promHistogram(after, 'voxring_live_edge_lag_seconds').count, 29, 'and not as lag');
  await message.end();
});

void t.test('HotHistogram prints what a prom-client Histogram prints', async (t) => {
  const buckets = [0.001, 0.01, 0.1];
  const hot = new HotHistogram('x_seconds', 'help text', buckets);
  const hotRegistry = new Registry();
  hotRegistry.registerMetric(hot as unknown as Metric);
  const reference = new Histogram({ name: 'x_seconds', help: 'help text', buckets, registers: [] });
  const referenceRegistry = new Registry();
  referenceRegistry.registerMetric(reference);
  t.equal(await hotRegistry.metrics(), await referenceRegistry.metrics(), 'empty');
  for (const v of [0, 0.001, 0.0011, 0.05, 0.1, 0.2, 3]) {
    hot.observe(v);
    reference.observe(v);
  }
  t.equal(await hotRegistry.metrics(), await referenceRegistry.metrics(), 'bounds are inclusive, +Inf, sum and count agree');
});
