/**
 * A message handed over twice (three routers on Redis): its talker's router
 * r0 stops (drains: the talker resumes on a fallback, which takes the
 * message over), then r0 starts again with the same id and port, so the
 * talker's home is r0 again: it is migrated back mid-message and r0 takes
 * the message over from the fallback. Listeners homed on the two other
 * routers (one of them the fallback, the previous owner of the second
 * handover) stay connected throughout: each must get every chunk exactly
 * once AND the message's end.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { MessageId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { linksUp, ringSettled, startRing, userHomedOn } from './ring-fixture.js';

const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000 };
/** How long a listener may wait for the end once the talker got its own. */
const END_WAIT_MS = 4000;

void t.test('a message handed over twice ends for every listener', async (t) => {
  const ring = await startRing(t, { count: 3, config: { stopTimeoutMs: 10_000 } });
  const [r0, r1, r2] = ring.routers as [Router, Router, Router];
  await linksUp(ring.routers);
  const x = await userHomedOn(ring.routers, r0, 'x'); // talker
  const y = await userHomedOn(ring.routers, r1, 'y');
  const w = await userHomedOn(ring.routers, r2, 'w');
  const conversation = await x.http.createConversation([y.name, w.name], 'twice');
  const connect = async (url: string, user: TestUser, deviceId: string): Promise<VoxringConnection> => {
    const conn = await VoxringConnection.connectWithFailover({ urls: [url], token: user.token, deviceId, backoffMs: 5 });
    t.teardown(() => conn.terminate());
    return conn;
  };
  const talker = await connect(r0.url, x, 'x');
  const hearers = [
    { name: 'y (r1)', conn: await connect(r1.url, y, 'y') },
    { name: 'w (r2)', conn: await connect(r2.url, w, 'w') },
  ].map((h) => ({ ...h, heard: new MessageCollector(h.conn) }));
  for (const { conn } of hearers) await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus: { ...OPUS, preSkip } });
  const third = Math.floor(packets.length / 3);
  for (const packet of packets.slice(0, third)) message.send(packet);
  for (const { heard } of hearers) await heard.until(() => (heard.get(message.messageId)?.chunks.length ?? 0) >= third);

  // First handover: r0 stops, the talker resumes on a fallback.
  const r0Url = r0.url;
  const r0Id = r0.config.routerId;
  const firstMigrate = talker.waitFor((f) => f.type === 'migrate', 10_000, 'migrate off r0');
  const stopped = r0.stop();
  const first = await firstMigrate;
  const fallbackUrl = first.type === 'migrate' ? first.migrate.url : '';
  await talker.closed();
  const onFallback = await connect(fallbackUrl, x, 'x');
  await message.resume(onFallback);
  const fallback = [r1, r2].find((r) => r.url === fallbackUrl);
  t.ok(fallback?.messages.getLive(message.messageId as MessageId), 'the fallback took the message over');
  for (const packet of packets.slice(third, 2 * third)) message.send(packet);
  await stopped;
  for (const { heard } of hearers) await heard.until(() => (heard.get(message.messageId)?.chunks.length ?? 0) >= 2 * third);

  // Second handover: r0 starts again (same id and port); the talker's home is r0 again.
  const secondMigrate = onFallback.waitFor((f) => f.type === 'migrate', 10_000, 'migrate back to r0');
  const port = Number(new URL(r0Url).port);
  const again = await ring.add({ routerId: r0Id, port });
  const members = [again, r1, r2];
  await ringSettled(members);
  await linksUp(members);
  const second = await secondMigrate;
  t.equal(second.type === 'migrate' ? second.migrate.routerId : '', r0Id, 'the talker is migrated back home');
  await onFallback.closed();
  const home = await connect(again.url, x, 'x');
  await message.resume(home);
  t.ok(again.messages.getLive(message.messageId as MessageId), 'r0 took the message back');
  for (const packet of packets.slice(2 * third)) message.send(packet);
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
    t.equal(got?.endState, ended ? 'COMPLETE' : undefined, `${name}: COMPLETE`);
  }
});
