/**
 * Graceful stop (what SIGTERM runs): /readyz answers 503 at once and new
 * clients are refused; in a ring the stopping router drains first, so a
 * talker mid-message is migrated, resumes on its new home (which takes the
 * message over) and the message completes with every packet; the router
 * stops once nothing is live on it. Alone, stop ends a live message
 * resumable: the talker gets its last ack and INTERRUPTED, and resumes it on
 * the restarted router to COMPLETE.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { MessageId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { connectDevice, signupUser, speechPackets, startTestRouter, tempDir } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000 };

void t.test('stop in a ring drains: the live message moves and completes, then the router stops', async (t) => {
  const ring = await startRing(t, { count: 3, config: { stopTimeoutMs: 10_000 } });
  const [r0, r1] = ring.routers as [Router, Router, Router];
  await linksUp(ring.routers);
  const x = await userHomedOn(ring.routers, r1, 'x');
  const y = await userHomedOn(ring.routers, r0, 'y');
  const conversation = await x.http.createConversation([y.name], 'stop');
  const talker = await VoxringConnection.connect({ url: r1.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const yConn = await VoxringConnection.connect({ url: r0.url, token: y.token, deviceId: 'y' });
  t.teardown(() => yConn.terminate());
  const heard = new MessageCollector(yConn);
  await yConn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus: { ...OPUS, preSkip } });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await heard.until(() => (heard.get(message.messageId)?.chunks.length ?? 0) >= half);

  const migrated = talker.waitFor((f) => f.type === 'migrate', 10_000, 'migrate for the talker');
  const stopped = r1.stop();
  t.equal((await fetch(`${r1.url}/readyz`)).status, 503, '/readyz answers 503 at once');
  const migrate = await migrated;
  t.equal((await talker.closed()).code, 4011, 'the talker is migrated mid-message');
  const target = migrate.type === 'migrate' ? migrate.migrate : { routerId: '', url: '' };
  t.not(target.routerId, r1.config.routerId, 'to another router');

  // As a client does: reconnect where the migrate frame points.
  const again = await VoxringConnection.connectWithFailover({ urls: [target.url], token: x.token, deviceId: 'x', backoffMs: 5 });
  t.teardown(() => again.terminate());
  await message.resume(again);
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE', 'the message completes on the new home');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');
  await stopped;
  t.equal(r1.messages.liveCount, 0, 'the stopped router holds nothing live');

  await heard.ended(message.messageId);
  const got = heard.get(message.messageId);
  t.equal(got?.chunks.length, packets.length, 'the listener heard every packet');
  t.equal(got?.duplicates, 0, 'once each');
  t.ok(heard.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'bit-exact');
});

void t.test('stop alone ends a live message resumable; the talker completes it after the restart', async (t) => {
  const dataDir = await tempDir(t);
  const schemaConfig = { stopTimeoutMs: 10_000, liveResumeGraceMs: 30_000 };
  const first = await startTestRouter(t, { store: 'pglite', dataDir, config: schemaConfig });
  const alice = await signupUser(first.url, 'alice');
  const bob = await signupUser(first.url, 'bob');
  const conversation = await alice.http.createConversation([bob.name], 'restart');
  const talker = await connectDevice(t, first.url, alice);
  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus: { ...OPUS, preSkip } });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await message.allAcked();

  const ended = talker.waitFor((f) => f.type === 'messageEnd', 10_000, 'message_end at stop');
  await first.stop();
  const frame = await ended;
  t.equal(frame.type === 'messageEnd' ? frame.messageEnd.state : '', 'INTERRUPTED', 'the talker is told the message is interrupted');
  t.equal((await talker.closed()).code, 1001, 'and is closed with 1001');
  t.notOk(first.messages.getLive(message.messageId as MessageId), 'nothing live on the stopped router');

  const second = await startTestRouter(t, { store: 'pglite', dataDir, config: { ...schemaConfig, port: first.port } });
  const stored = await alice.http.getMessage(message.messageId);
  t.equal(stored.state, 'INTERRUPTED', 'after the restart the message waits as interrupted');
  t.equal(stored.chunkCount, half, 'with every chunk acked before the stop');
  const bobConn = await connectDevice(t, second.url, bob);
  const heard = new MessageCollector(bobConn);
  await bobConn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const again = await connectDevice(t, second.url, alice);
  await message.resume(again);
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE', 'the message completes after the restart');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');
  await heard.ended(message.messageId);
  const live = heard.get(message.messageId);
  t.same(live?.chunks.map((c) => c.seq), packets.slice(half).map((_, i) => half + i), 'a monitoring device hears the resumed rest live, from the live edge');
  t.equal(live?.endState, 'COMPLETE');
});
