/**
 * Zello clients in a ring of three routers: a Zello client is served where
 * it connects, even on a router that is not its user's home, and hears and
 * is heard like a native client (live voice both ways, bit-exact, once; a
 * message already live when it logs on, from its first packet; texts). When
 * its router drains, an idle Zello connection is closed with 1001 at once,
 * one that is sending a stream only once the stream stopped (COMPLETE).
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { Router } from '../../router/router.js';
import { connectDevice, PASSWORD, sleep, speechPackets } from '../helpers/router-fixture.js';
import { codecHeader, packet, ZelloTestClient } from '../zello/zello-test-client.js';
import { ADMIN_TOKEN, linksUp, startRing, userHomedOn } from './ring-fixture.js';

const CHANNEL = 'ring channel';
const OTHER_CHANNEL = 'side channel';
const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000 };

function sameBytes(got: readonly Buffer[], want: readonly Buffer[]): boolean {
  return got.length === want.length && got.every((p, i) => p.equals(want[i] ?? Buffer.alloc(0)));
}

async function zelloTalk(client: ZelloTestClient, packets: readonly Buffer[]): Promise<void> {
  const start = await client.request({
    command: 'start_stream',
    channel: CHANNEL,
    type: 'audio',
    codec: 'opus',
    codec_header: codecHeader(48000, 1, 20),
    packet_duration: 20,
  });
  if (start['success'] !== true) throw new Error(`start_stream failed: ${JSON.stringify(start)}`);
  const streamId = Number(start['stream_id']);
  for (const [i, opus] of packets.entries()) {
    client.sendBinary(packet(0x01, streamId, i, opus));
    if (i % 10 === 9) await sleep(5);
  }
  const stop = await client.request({ command: 'stop_stream', stream_id: streamId, channel: CHANNEL });
  if (stop['success'] !== true) throw new Error(`stop_stream failed: ${JSON.stringify(stop)}`);
}

void t.test('a zello client away from its home hears and is heard like a native one', async (t) => {
  const { routers } = await startRing(t, { count: 3 });
  const [r0, r1, r2] = routers as [Router, Router, Router];
  await linksUp(routers);
  const z = await userHomedOn(routers, r0, 'z'); // zello user, homed on r0, connected to r1
  const x = await userHomedOn(routers, r2, 'x'); // native talker on r2
  const y = await userHomedOn(routers, r0, 'y'); // native listener on r0
  const conversation = await x.http.createConversation([z.name, y.name], CHANNEL);
  const { packets, preSkip } = await speechPackets();

  const zello = await ZelloTestClient.logon(t, r1.zelloUrl, z.name, PASSWORD, [CHANNEL]);
  await zello.event('on_channel_status');
  const talker = await connectDevice(t, r2.url, x, 'x-phone');
  const yConn = await connectDevice(t, r0.url, y, 'y-phone');
  const yHeard = new MessageCollector(yConn);
  await yConn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  await t.test('native on r2 → zello on r1 (home r0): every packet, live', async (t) => {
    const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus: { ...OPUS, preSkip } });
    for (const p of packets) message.send(p);
    t.equal((await message.end()).messageEnd.state, 'COMPLETE');
    const heard = await zello.stoppedStream(x.name);
    t.ok(sameBytes(heard.packets, packets), `the zello client heard all ${packets.length} packets bit-exact, once, in order`);
  });

  await t.test('zello on r1 → native on r0: every packet', async (t) => {
    await zelloTalk(zello, packets);
    await yHeard.until(() => [...yHeard.messages.values()].some((m) => m.header?.senderId === z.userId && m.endState !== undefined));
    const [id] = [...yHeard.messages.entries()].find(([, m]) => m.header?.senderId === z.userId) ?? [''];
    t.equal(yHeard.get(id)?.endState, 'COMPLETE');
    t.equal(yHeard.get(id)?.duplicates, 0, 'once each');
    t.ok(sameBytes(yHeard.payloads(id), packets), 'bit-exact');
  });

  await t.test('a message live elsewhere reaches a zello client that logs on away from home, from its first packet', async (t) => {
    // x and late are both homed on r2: nothing of their conversation is relayed to r1 until late logs on there.
    const late = await userHomedOn(routers, r2, 'late');
    const pair = await x.http.createConversation([late.name], OTHER_CHANNEL);
    const message = await OutgoingVoiceMessage.start(talker, { conversationId: pair.conversationId, opus: { ...OPUS, preSkip } });
    const half = Math.floor(packets.length / 2);
    for (const p of packets.slice(0, half)) message.send(p);
    await message.allAcked();
    const lateZello = await ZelloTestClient.logon(t, r1.zelloUrl, late.name, PASSWORD, [OTHER_CHANNEL]);
    await lateZello.event('on_stream_start');
    for (const p of packets.slice(half)) message.send(p);
    t.equal((await message.end()).messageEnd.state, 'COMPLETE');
    const heard = await lateZello.stoppedStream(x.name);
    t.ok(sameBytes(heard.packets, packets), 'from seq 0 into live, bit-exact');
  });

  await t.test('a text from r2 reaches the zello client on r1', async (t) => {
    await talker.request({ type: 'sendText', sendText: { messageId: 'ring-text-1', conversationId: conversation.conversationId, text: 'over the ring' } });
    const text = await zello.event('on_text_message');
    t.match(text, { channel: CHANNEL, from: x.name, text: 'over the ring' });
  });
});

void t.test('a draining router closes zello connections between streams', async (t) => {
  const { routers } = await startRing(t, { count: 3 });
  const [r0, r1] = routers as [Router, Router, Router];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'a');
  const b = await userHomedOn(routers, r0, 'b');
  const y = await userHomedOn(routers, r0, 'y');
  const conversation = await a.http.createConversation([y.name], CHANNEL);
  await b.http.createConversation([y.name], OTHER_CHANNEL);
  const talking = await ZelloTestClient.logon(t, r1.zelloUrl, a.name, PASSWORD, [CHANNEL]);
  const idle = await ZelloTestClient.logon(t, r1.zelloUrl, b.name, PASSWORD, [OTHER_CHANNEL]);
  const yConn = await connectDevice(t, r0.url, y, 'y-phone');
  const yHeard = new MessageCollector(yConn);
  await yConn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const { packets } = await speechPackets();

  const start = await talking.request({
    command: 'start_stream',
    channel: CHANNEL,
    type: 'audio',
    codec: 'opus',
    codec_header: codecHeader(48000, 1, 20),
    packet_duration: 20,
  });
  const streamId = Number(start['stream_id']);
  const half = Math.floor(packets.length / 2);
  for (const [i, opus] of packets.slice(0, half).entries()) talking.sendBinary(packet(0x01, streamId, i, opus));

  const drained = await fetch(`${r1.url}/v1/admin/drain`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  t.equal(drained.status, 200, 'drain accepted');
  const idleClosed = await idle.closed;
  t.equal(idleClosed.code, 1001, 'the idle zello connection is closed with 1001 (going away)');
  await idle.event('on_error');

  for (const [i, opus] of packets.slice(half).entries()) talking.sendBinary(packet(0x01, streamId, half + i, opus));
  const stop = await talking.request({ command: 'stop_stream', stream_id: streamId, channel: CHANNEL });
  t.equal(stop['success'], true, 'the stream that was going on stops normally');
  t.equal((await talking.closed).code, 1001, 'then its connection is closed with 1001');

  await yHeard.until(() => [...yHeard.messages.values()].some((m) => m.endState !== undefined));
  const [id = ''] = yHeard.messages.keys();
  t.equal(yHeard.get(id)?.endState, 'COMPLETE', 'the message sent across the drain is complete');
  t.ok(sameBytes(yHeard.payloads(id), packets), 'with every packet');
});
