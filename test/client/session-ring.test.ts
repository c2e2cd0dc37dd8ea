/**
 * Sessions in a ring of three routers (Redis membership): a session opened
 * on a router that is not the user's home follows the redirect; draining
 * the talker's router mid-message migrates the talker and a hearer (4011),
 * both sessions follow the `migrate` frame by themselves, the message is
 * handed over and ends COMPLETE, and both hearers' inboxes get every packet
 * exactly once, bit-exact. Then `voxring talk` (a child process) does the
 * same through a drain of its router.
 */
import t, { type Test } from 'tap';
import { VoiceInbox, type ReceivedVoiceMessage } from '../../client/voice-inbox.js';
import { VoxringSession, type SessionEvent } from '../../client/voxring-session.js';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import { PASSWORD, speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { ADMIN_TOKEN, linksUp, startRing, userHomedOn } from '../ring-e2e/ring-fixture.js';
import { cleanEnv, FIXTURE, startCli } from '../e2e/support/cli-process.js';

async function open(t: Test, urls: string[], user: TestUser, deviceId: string): Promise<VoxringSession> {
  const session = await VoxringSession.open({ urls, token: user.token, deviceId, backoffMs: 20, backoffMaxMs: 500, reconnectForMs: 30_000 });
  t.teardown(() => session.close());
  return session;
}

function hear(t: Test, session: VoxringSession, conversationId: string): Promise<ReceivedVoiceMessage> {
  const inbox = new VoiceInbox(session, { conversationIds: [conversationId] });
  t.teardown(() => inbox.close());
  return new Promise((resolve) => inbox.onMessage(resolve));
}

async function drain(router: Router): Promise<void> {
  const res = await fetch(`${router.url}/v1/admin/drain`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`drain answered ${res.status}`);
}

void t.test('sessions follow redirect and migrate: a drain mid-message loses nothing', async (t) => {
  const ring = await startRing(t, { count: 3 });
  const [r0, r1] = ring.routers as [Router, Router, Router];
  await linksUp(ring.routers);
  const x = await userHomedOn(ring.routers, r1, 'x'); // talker, on the router to drain
  const z = await userHomedOn(ring.routers, r1, 'z'); // hearer on it
  const y = await userHomedOn(ring.routers, r0, 'y'); // hearer elsewhere
  const { conversationId } = await x.http.createConversation([y.name, z.name], 'drain');

  const talker = await open(t, [r0.url], x, 'x');
  t.equal(talker.connection?.welcome?.routerId, r1.config.routerId, 'opened on r0, the session followed the redirect home to r1');
  const [zSession, ySession] = await Promise.all([open(t, [r1.url], z, 'z'), open(t, [r0.url], y, 'y')]);
  const [zHeard, yHeard] = [hear(t, zSession, conversationId), hear(t, ySession, conversationId)];
  await Promise.all([zSession.monitor([conversationId]), ySession.monitor([conversationId])]);
  const events: SessionEvent[] = [];
  talker.onEvent((e) => events.push(e));

  const { packets, preSkip } = await speechPackets();
  const message = await talker.startVoice({ conversationId, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip } });
  const third = Math.floor(packets.length / 3);
  for (const packet of packets.slice(0, third)) message.send(packet);
  await message.allAcked(15_000);
  await drain(r1);
  for (const packet of packets.slice(third, 2 * third)) message.send(packet); // while migrating: kept, sent on resume
  await message.allAcked(30_000);
  for (const packet of packets.slice(2 * third)) message.send(packet);
  const end = await message.end(30_000);
  t.equal(end.messageEnd.state, 'COMPLETE', 'the message ends COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');
  t.ok(events.some((e) => e.type === 'disconnected' && e.code === 4011), 'the talker was migrated (4011)');
  const home = talker.connection?.welcome?.routerId;
  t.not(home, r1.config.routerId, `the talker followed the migrate to ${home}`);
  t.not(zSession.connection?.welcome?.routerId, r1.config.routerId, 'so did the hearer homed on r1');

  for (const [who, heard] of [['z (migrated)', await zHeard], ['y (on r0)', await yHeard]] as const) {
    t.equal(heard.state, 'COMPLETE', `${who} hears it COMPLETE`);
    t.equal(heard.payloads.length, packets.length, `${who}: every packet`);
    t.ok(
      heard.payloads.every((p, seq) => Buffer.from(p).equals(packets[seq] ?? Buffer.alloc(0))),
      `${who}: each exactly once, bit-exact`,
    );
  }
});

void t.test('voxring talk follows migrate through a drain of its router', async (t) => {
  const ring = await startRing(t, { count: 3 });
  const [r0, r1] = ring.routers as [Router, Router, Router];
  await linksUp(ring.routers);
  const x = await userHomedOn(ring.routers, r1, 'x');
  const y = await userHomedOn(ring.routers, r0, 'y');
  const { conversationId } = await x.http.createConversation([y.name], 'drain-cli');
  const talker = startCli(
    t,
    ['talk', '--server', r0.url, '--user', x.name, '--conversation', conversationId, '--file', FIXTURE],
    cleanEnv({ VOXRING_PASSWORD: PASSWORD }),
  );
  const [, messageId = ''] = await talker.line(/^([0-9a-f-]{36})$/m);
  // Asked of r1, where it is live (the header store has its count only at the end).
  await eventually(() => x.http.getMessage(messageId), (h) => h.chunkCount >= 100, '100 chunks', 30_000);
  await drain(r1);
  t.equal(await talker.exited, 0, `talk exits 0 (${talker.stderr()})`);
  t.match(talker.stderr(), /connection lost \(4011 VOX_MIGRATE\)/, 'it was migrated');
  const header = await y.http.getMessage(messageId);
  t.equal(header.state, 'COMPLETE', 'the message ends COMPLETE');
  const { packets } = await speechPackets();
  t.equal(header.chunkCount, packets.length, `with every chunk (${header.chunkCount} of ${packets.length})`);
});
