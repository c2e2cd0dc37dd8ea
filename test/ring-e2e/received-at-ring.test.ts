/**
 * received_at_ms crosses the ring hop: a talker on r0, listeners on r0 and
 * r1. Both hear each chunk with the same receivedAtMs, the time r0 took it
 * from the talker (r1 does not restamp the relayed copy), and r1 observes
 * mouth-to-ear for its listener from that stamp.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { parsePromText, promHistogram } from '../../bench/prom-text.js';
import { connectDevice, speechPackets } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

const SENT = 30;

void t.test('a relayed chunk keeps the received_at_ms of the talker router', async (t) => {
  const { routers } = await startRing(t, { count: 2 });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'ta');
  const b = await userHomedOn(routers, r1, 'tb');
  const d = await userHomedOn(routers, r0, 'td');
  const conversation = await a.http.createConversation([b.name, d.name], 'hop');
  const talker = await connectDevice(t, r0.url, a, 'a-phone');
  const far = await connectDevice(t, r1.url, b, 'b-phone');
  const near = await connectDevice(t, r0.url, d, 'd-phone');
  const [farCollector, nearCollector] = [new MessageCollector(far), new MessageCollector(near)];
  for (const conn of [far, near]) await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets, preSkip } = await speechPackets();
  const started = Date.now();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  for (const packet of packets.slice(0, SENT)) message.send(packet);
  await message.end();
  await farCollector.ended(message.messageId);
  await nearCollector.ended(message.messageId);
  const ended = Date.now();

  const farStamps = (farCollector.get(message.messageId)?.chunks ?? []).map((c) => c.receivedAtMs);
  const nearStamps = (nearCollector.get(message.messageId)?.chunks ?? []).map((c) => c.receivedAtMs);
  t.equal(farStamps.length, SENT, 'r1 listener heard every chunk');
  t.ok(nearStamps.every((ms) => ms >= started && ms <= ended), 'r0 stamps each chunk when it takes it');
  t.strictSame(farStamps, nearStamps, 'the relayed chunks carry the same stamps across the hop');

  const res = await fetch(`${r1.url}/metrics`);
  const mouthToEar = promHistogram(parsePromText(await res.text()), 'voxring_mouth_to_ear_seconds');
  t.equal(mouthToEar.count, SENT, 'r1 observes mouth-to-ear for each chunk its listener got');
  t.ok(mouthToEar.sum <= (SENT * (ended - started)) / 1000, 'measured from r0 receive time, within the talk');
});
