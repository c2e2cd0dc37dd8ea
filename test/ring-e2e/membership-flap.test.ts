/**
 * A router leaves the ring for a moment while a message is live elsewhere
 * (three routers on Redis): r2's membership key disappears (as when its
 * heartbeat comes late on a loaded box) and comes back with its next
 * heartbeat. The talker's router closes its link to r2 meanwhile (dropping
 * what it was relaying there) and opens a new one when r2 is back. The
 * listener on r2, connected all along, must still get every chunk once and
 * the message's end; the listener on r1 is the control.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { Router } from '../../router/router.js';
import { speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { dropRegistration, linksUp, startRing, until, userHomedOn } from './ring-fixture.js';

const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000 };
/** How long a listener may wait for the end once the talker got its own. */
const END_WAIT_MS = 4000;

void t.test('a router that leaves the ring for a moment still hears the end of a message live elsewhere', async (t) => {
  const ring = await startRing(t, { count: 3, config: { heartbeatTtlMs: 1500 } });
  const [r0, r1, r2] = ring.routers as [Router, Router, Router];
  await linksUp(ring.routers);
  const x = await userHomedOn(ring.routers, r0, 'x'); // talker
  const y = await userHomedOn(ring.routers, r1, 'y');
  const w = await userHomedOn(ring.routers, r2, 'w');
  const conversation = await x.http.createConversation([y.name, w.name], 'flap');
  const connect = async (url: string, user: TestUser, deviceId: string): Promise<VoxringConnection> => {
    const conn = await VoxringConnection.connect({ url, token: user.token, deviceId });
    t.teardown(() => conn.terminate());
    return conn;
  };
  const talker = await connect(r0.url, x, 'x');
  const hearers = [
    { name: 'y (r1)', conn: await connect(r1.url, y, 'y') },
    { name: 'w (r2, flapping)', conn: await connect(r2.url, w, 'w') },
  ].map((h) => ({ ...h, heard: new MessageCollector(h.conn) }));
  for (const { conn } of hearers) await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus: { ...OPUS, preSkip } });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  for (const { heard } of hearers) await heard.until(() => (heard.get(message.messageId)?.chunks.length ?? 0) >= half);

  // r2's key goes away: r0 sees it leave, until r2's next heartbeat writes it again.
  const r2Id = r2.config.routerId;
  await dropRegistration(t, ring, r2);
  await until(() => !r0.ring?.ring.members().includes(r2Id as never), 5000, 'r0 sees r2 leave');
  await until(() => r0.ring?.ring.members().includes(r2Id as never) ?? false, 5000, 'r0 sees r2 back');
  await linksUp(ring.routers);

  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length);
  for (const { name, heard } of hearers) {
    const ended = await heard.ended(message.messageId, END_WAIT_MS).then(
      () => true,
      () => false,
    );
    const got = heard.get(message.messageId);
    t.ok(ended, `${name}: the end arrived`);
    t.equal(got?.chunks.length, packets.length, `${name}: every chunk`);
    t.equal(got?.duplicates, 0, `${name}: no duplicates`);
  }
});
