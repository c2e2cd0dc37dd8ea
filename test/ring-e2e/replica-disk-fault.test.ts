/**
 * Acked chunks when a router's body directory refuses writes (chaos finding
 * 2, seed 7, message cacb7da8…): routers rA and rB in this process and the
 * talker's router c run as a `voxring serve` child, on Redis membership and
 * one Postgres schema. The talker's route is c, rA, rB. The body directory
 * is made immutable the way the chaos harness does it (`chattr +i` on it and
 * its shard dirs, chaos/disk.ts): no body file can be created there.
 *
 * 1. rA is away when the message starts (its replica is rB), comes back
 *    with a read-only body directory, and c is killed: the talker fails over
 *    to rA, which cannot open the body and refuses the resume (retryable)
 *    rather than take the message with nothing; once its disk is writable
 *    again it takes the message over with every acked chunk, fetched from
 *    the replica on rB, and the stored message is complete and bit-exact.
 * 2. rA is in the ring with a read-only body directory when the message
 *    starts: as the replica it cannot open its copy and says so, c picks rB
 *    instead and the talker is acked; c is killed and the talker resumes on
 *    rA, losing nothing.
 * 3. c is alone when the message starts (it acks with its own copy only),
 *    and dies; rA starts and holds nothing of it: it refuses the resume
 *    (the talker says how many chunks it was acked) instead of taking the
 *    message with none; c comes back and the talker completes it there.
 * 4. The talker moves home to rA (back, with a read-only body directory)
 *    while its message is live on rB, which is up: rA refuses before it asks
 *    rB to hand the message over (rB drops its body on handing over; rA
 *    asked first and failed after: `make chaos` seed 7 lost 79 acked chunks
 *    that way), rB keeps the message and its body, and once rA can write it
 *    takes the message over with every chunk.
 */
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import { VoxClientError } from '../../client/client-error.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import type { MessageId, UserId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { bodyDirReadOnly, canMakeImmutable } from './support/body-dir-read-only.js';
import { PASSWORD, signupUser, speechPackets, tempDir, type TestUser } from '../helpers/router-fixture.js';
import { linksUp, startChildRouter, startRing, until, type ChildRouter } from './ring-fixture.js';

const TTL_MS = 1500;

// The immutable attribute needs root and a file system that has it (the chaos harness skips this fault too without it).
const probeDir = await tempDir(t);
const skip = (await canMakeImmutable(probeDir)) ? false : 'chattr +i unavailable (not root, or no immutable attribute here)';

/** Signs up users until one's route (as `r` sees the ring) is exactly `route`. */
async function routedVia(r: Router, route: string[], prefix: string): Promise<TestUser> {
  for (let i = 0; i < 400; i++) {
    const user = await signupUser(r.url, prefix);
    const ids = r.ring?.routeOf(user.userId as UserId).map((m) => m.id) ?? [];
    if (ids.join() === route.join()) return user;
  }
  throw new Error(`no user routed via ${route.join(' → ')}`);
}

/** Links among the in-process routers and from each to the child are up. */
async function allLinksUp(routers: Router[], child: ChildRouter): Promise<void> {
  await until(() => routers.every((r) => r.ring?.ring.members().length === 3), 10_000, 'three members');
  await linksUp(routers);
  await until(() => routers.every((r) => r.ring?.linkStatus().find((l) => l.peer === child.id)?.state === 'up'), 10_000, 'links to the child');
}

async function storedPackets(r: { url: string }, user: TestUser, id: string): Promise<Buffer[]> {
  const audio = await fetch(`${r.url}/v1/messages/${id}/audio`, { headers: { authorization: `Bearer ${user.token}` } });
  if (audio.status !== 200) throw new Error(`audio ${audio.status}: ${await audio.text()}`);
  return readOggOpus(Buffer.from(await audio.arrayBuffer())).packets;
}

async function refusal(p: Promise<unknown>): Promise<VoxClientError | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return err instanceof VoxClientError ? err : new VoxClientError('NOT_A_CLIENT_ERROR', String(err), false);
  }
}

void t.test('the talker’s fallback cannot write bodies and holds no copy: acked chunks come from the replica', { skip }, async (t) => {
  const ring = await startRing(t, { count: 2, config: { heartbeatTtlMs: TTL_MS } });
  const [rA, rB] = ring.routers as [Router, Router];
  const c = await startChildRouter(t, { schema: ring.schema, keyPrefix: ring.keyPrefix, id: `rc-${ring.schema.slice(-8)}`, ttlMs: TTL_MS });
  await allLinksUp([rA, rB], c);
  const rAId = rA.config.routerId;
  const rADataDir = rA.config.dataDir;
  const x = await routedVia(rB, [c.id, rAId, rB.config.routerId], 'x');
  const y = await routedVia(rB, [rB.config.routerId, c.id, rAId], 'y');
  const conversation = await x.http.createConversation([y.name], 'disk-fault');

  // rA leaves (a restart, as in the chaos run): the message starts with rB as its replica.
  await rA.stop();
  await until(() => [rB].every((r) => r.ring?.ring.members().length === 2), 10_000, 'rA gone');
  const talker = await VoxringConnection.connect({ url: c.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await message.allAcked();

  // rA is back (same id and data dir) and its body directory refuses new files.
  const back = await ring.add({ routerId: rAId, dataDir: rADataDir });
  await allLinksUp([back, rB], c);
  const readOnly = await bodyDirReadOnly(t, rADataDir);
  await c.kill();

  const xSession = await x.http.login(x.name, PASSWORD);
  const xAgain = await VoxringConnection.connectWithFailover({ urls: [xSession.home ?? '', ...(xSession.fallbacks ?? [])], token: x.token, deviceId: 'x', backoffMs: 20 });
  t.teardown(() => xAgain.terminate());
  t.equal(xAgain.welcome?.routerId, rAId, 'the talker fails over to rA, its first fallback');
  const refused = await refusal(message.resume(xAgain));
  t.equal(refused?.code, 'VOX_STORAGE_FAILED', `a router that cannot open the body refuses the resume (${refused?.message ?? 'accepted'})`);
  t.equal(refused?.retryable, true, 'retryable: the talker tries again');
  t.notOk(back.messages.getLive(message.messageId as MessageId), 'and does not take the message');

  await readOnly.clear();
  await message.resume(xAgain);
  const live = back.messages.getLive(message.messageId as MessageId);
  t.ok((live?.chunkCount ?? 0) >= half, `rA took the message over with every acked chunk (${live?.chunkCount} of ${half})`);
  t.ok(message.ackedSeq >= half - 1, 'the talker is acked at least as far as before');
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');
  const stored = await y.http.getMessage(message.messageId);
  t.equal(stored.state, 'COMPLETE');
  t.equal(stored.chunkCount, packets.length, 'the header counts every chunk');
  t.same(await storedPackets(rB, y, message.messageId), packets, 'the stored .ogg holds every packet, bit-exact');
});

void t.test('the replica cannot open its copy: the talker’s router replicates elsewhere and acks', { skip }, async (t) => {
  const ring = await startRing(t, { count: 2, config: { heartbeatTtlMs: TTL_MS } });
  const [rA, rB] = ring.routers as [Router, Router];
  const c = await startChildRouter(t, { schema: ring.schema, keyPrefix: ring.keyPrefix, id: `rc-${ring.schema.slice(-8)}`, ttlMs: TTL_MS });
  await allLinksUp([rA, rB], c);
  const rAId = rA.config.routerId;
  const x = await routedVia(rB, [c.id, rAId, rB.config.routerId], 'x');
  const y = await routedVia(rB, [rB.config.routerId, c.id, rAId], 'y');
  const conversation = await x.http.createConversation([y.name], 'replica-refused');
  const readOnly = await bodyDirReadOnly(t, rA.config.dataDir);

  const talker = await VoxringConnection.connect({ url: c.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  const acked = await refusal(message.allAcked(5000));
  t.equal(acked, undefined, 'every chunk is acked: the replica moved to rB');

  await c.kill();
  await readOnly.clear();
  const xSession = await x.http.login(x.name, PASSWORD);
  const xAgain = await VoxringConnection.connectWithFailover({ urls: [xSession.home ?? '', ...(xSession.fallbacks ?? [])], token: x.token, deviceId: 'x', backoffMs: 20 });
  t.teardown(() => xAgain.terminate());
  await message.resume(xAgain);
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');
  t.same(await storedPackets(rB, y, message.messageId), packets, 'the stored .ogg holds every packet, bit-exact');
});

void t.test('the only copy of the acked chunks is on the dead router: the resume elsewhere is refused, not taken with nothing', async (t) => {
  const ring = await startRing(t, { count: 1, config: { heartbeatTtlMs: TTL_MS } });
  const [rA] = ring.routers as [Router];
  const c = await startChildRouter(t, { schema: ring.schema, keyPrefix: ring.keyPrefix, id: `rc-${ring.schema.slice(-8)}`, ttlMs: TTL_MS });
  await until(() => rA.ring?.ring.members().length === 2, 10_000, 'two members');
  await until(() => rA.ring?.linkStatus().find((l) => l.peer === c.id)?.state === 'up', 10_000, 'link to the child');
  const rAId = rA.config.routerId;
  const rADataDir = rA.config.dataDir;
  const x = await routedVia(rA, [c.id, rAId], 'x');
  const y = await routedVia(rA, [c.id, rAId], 'y');
  const conversation = await x.http.createConversation([y.name], 'alone');
  await rA.stop();

  const talker = await VoxringConnection.connect({ url: c.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await message.allAcked();
  await c.kill();

  // rA comes back after c died (c's membership expired): it never saw the message.
  const back = await ring.add({ routerId: rAId, dataDir: rADataDir });
  await until(() => back.ring?.ring.members().length === 1, 10_000, 'c gone from the ring');
  const onA = await VoxringConnection.connect({ url: back.url, token: x.token, deviceId: 'x' });
  t.teardown(() => onA.terminate());
  const refused = await refusal(message.resume(onA));
  t.equal(refused?.code, 'VOX_MESSAGE_LIVE_ELSEWHERE', `a router holding fewer chunks than were acked refuses (${refused?.message ?? 'accepted'})`);
  t.equal(refused?.retryable, true, 'retryable');
  t.notOk(back.messages.getLive(message.messageId as MessageId), 'and does not take the message');
  t.equal(message.ackedSeq, half - 1, 'the talker keeps what it was acked');

  // c restarts with its data dir: its copy makes the message whole again.
  const again = await startChildRouter(t, { schema: ring.schema, keyPrefix: ring.keyPrefix, id: c.id, ttlMs: TTL_MS, dataDir: c.dataDir });
  const onC = await VoxringConnection.connect({ url: again.url, token: x.token, deviceId: 'x' });
  t.teardown(() => onC.terminate());
  await message.resume(onC);
  t.equal(message.ackedSeq, half - 1, 'the restarted router acks what it held');
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');
  t.same(await storedPackets(again, y, message.messageId), packets, 'the stored .ogg holds every packet, bit-exact');
});

void t.test('a router that cannot write bodies refuses a takeover before the live router lets go of the body', { skip }, async (t) => {
  const ring = await startRing(t, { count: 2, config: { heartbeatTtlMs: TTL_MS } });
  const [rA, rB] = ring.routers as [Router, Router];
  await linksUp([rA, rB]);
  const rAId = rA.config.routerId;
  const rADataDir = rA.config.dataDir;
  const x = await routedVia(rB, [rAId, rB.config.routerId], 'x');
  const y = await routedVia(rB, [rB.config.routerId, rAId], 'y');
  const conversation = await x.http.createConversation([y.name], 'takeover-disk');

  // rA (x's home) is away: the message starts on rB.
  await rA.stop();
  await until(() => rB.ring?.ring.members().length === 1, 10_000, 'rA gone');
  const talker = await VoxringConnection.connect({ url: rB.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await message.allAcked();

  // rA is back with a body directory that refuses new files (already when it rejoins: it cannot
  // become the replica either), and the talker goes home to it.
  const readOnly = await bodyDirReadOnly(t, rADataDir);
  const back = await ring.add({ routerId: rAId, dataDir: rADataDir });
  await linksUp([back, rB]);
  const home = await VoxringConnection.connect({ url: back.url, token: x.token, deviceId: 'x' });
  t.teardown(() => home.terminate());
  t.equal(home.welcome?.routerId, rAId, 'the talker is on rA');
  const refused = await refusal(message.resume(home));
  t.equal(refused?.code, 'VOX_STORAGE_FAILED', `rA refuses the takeover (${refused?.message ?? 'accepted'})`);
  t.equal(refused?.retryable, true, 'retryable');
  const stillLive = rB.messages.getLive(message.messageId as MessageId);
  t.ok(stillLive, 'rB still has the message live: it was never asked to let go');
  t.ok((stillLive?.chunkCount ?? 0) >= half, 'with every acked chunk');

  await readOnly.clear();
  await message.resume(home);
  t.ok(back.messages.getLive(message.messageId as MessageId), 'once it can write, rA takes the message over');
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length, 'with every chunk');
  t.same(await storedPackets(back, y, message.messageId), packets, 'the stored .ogg holds every packet, bit-exact');
});
