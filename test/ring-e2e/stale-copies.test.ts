/**
 * Copies of a message that a router must not trust, in a ring of two on
 * Redis membership and one Postgres schema (bodies on each router's disk, on
 * CouchDB in the last test):
 *
 * - A message interrupted on r0 is resumed by its talker on r1, which holds
 *   none of its chunks: r1 refuses (retryable) instead of starting again from
 *   what it can read, since the talker dropped every acked chunk. The resume
 *   on r0 then continues it, and nothing is lost.
 * - A router cut off from the ring may still stream a message that another
 *   router took over and finished: when it comes back it relays that message
 *   as a replica. The router that owns (and ended) it must not open a replica
 *   copy over its own body, which the end of that stale copy would delete.
 * - A router whose link to a message's router was lost before the message's
 *   end never hears that end: its mirror is ended from the header store
 *   (within about 5 to 7 s), filled from CouchDB first, and readers there get
 *   the whole message (not the mirror's prefix, as if still live).
 * - A takeover whose header read is overtaken by the message's end (stored
 *   by its router meanwhile) does not set the message LIVE again.
 */
import t, { type Test } from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxClientError } from '../../client/client-error.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import type { Router } from '../../router/router.js';
import { ChunkSource } from '../../router/stream/chunk-source.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { connectDevice, speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { randomUUID } from 'node:crypto';
import { createPostgresHeaderStore } from '../../header-store/postgres-header-store.js';
import { CouchTestDb } from '../body-store/couch-test-db.js';
import { testPostgresUrl } from '../helpers/services.js';
import { eventually } from '../helpers/eventually.js';
import { linksUp, startRing, until, userHomedOn } from './ring-fixture.js';

void t.test('a resume on a router that cannot read every acked chunk is refused', async (t) => {
  const ring = await startRing(t, { count: 2, config: { liveResumeGraceMs: 300 } });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  const a = await userHomedOn(ring.routers, r1, 'a');
  const b = await userHomedOn(ring.routers, r1, 'b');
  const conversation = await a.http.createConversation([b.name], 'short-resume');
  const { packets } = await speechPackets();
  const servedBy = (router: Router) => () => ring.routers.every((r) => r.ring?.routeOf(a.userId as UserId)[0]?.id === router.config.routerId);

  // a's home drains: a talks through r0 (no replica: r0 is the only active router) and its connection is lost.
  await r1.ring?.setDraining(true);
  await until(servedBy(r0), 5000, 'a served by r0');
  const first = await connectDevice(t, r0.url, a, 'a');
  const message = await OutgoingVoiceMessage.start(first, { conversationId: conversation.conversationId });
  const id = message.messageId as MessageId;
  for (const packet of packets.slice(0, 60)) message.send(packet);
  await message.allAcked();
  first.terminate();
  await eventually(() => a.http.getMessage(id), (m) => m.state === 'INTERRUPTED', 'interrupted after the grace', 5000);

  // a's home is back: it reconnects there, and r1 holds none of the 60 acked chunks.
  await r1.ring?.setDraining(false);
  await until(servedBy(r1), 5000, 'a served by r1 again');
  const home = await connectDevice(t, r1.url, a, 'a2');
  t.equal(home.welcome?.routerId, r1.config.routerId, 'a is served by r1');
  const refusal = await message.resume(home).then(
    () => undefined,
    (err: unknown) => err,
  );
  t.ok(refusal instanceof VoxClientError, 'the resume on r1 is refused');
  t.equal((refusal as VoxClientError | undefined)?.code, 'VOX_MESSAGE_LIVE_ELSEWHERE', 'as live elsewhere (the talker tries again)');
  t.ok((refusal as VoxClientError | undefined)?.retryable, 'retryable');
  t.match((refusal as VoxClientError | undefined)?.message, /0 of the 60 chunks/, 'naming what it holds and what was acked');
  t.equal((await a.http.getMessage(id)).state, 'INTERRUPTED', 'the message stays interrupted');
  t.equal(r1.messages.getLive(id), undefined, 'r1 did not take it');

  // Served by r0 again, the resume continues from every acked chunk.
  await r1.ring?.setDraining(true);
  await until(servedBy(r0), 5000, 'a served by r0 again');
  const back = await connectDevice(t, r0.url, a, 'a3');
  await message.resume(back);
  for (const packet of packets.slice(60, 90)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, 90, 'resumed on its router from every acked chunk');
  const body = await r0.bodies.read(id, 0);
  t.ok(body.length === 90 && body.every((c, seq) => c.payload.equals(packets[seq] ?? Buffer.alloc(0))), 'the body is complete and bit-exact');
});

void t.test('a stale router relaying a finished message as a replica does not touch its owner’s body', async (t) => {
  const ring = await startRing(t, { count: 2 });
  const [r0, r1] = ring.routers as [Router, Router];
  const { a, b, id, conversationId, packets } = await finishedMessage(t, ring.routers, r0, 'stale-replica');

  // What r1 would relay had it streamed the message while cut off: its first 40 chunks, live on r1, as a replica, then its end.
  const header = liveHeader(id, conversationId, a, r1.config.routerId);
  const stale = new ChunkSource(id, header, packets.slice(0, 40), null);
  const replica = r1.ring?.replicate(stale, [a.userId as UserId, b.userId as UserId], a.userId as UserId);
  t.equal(replica, r0.config.routerId, 'r1 relays it to r0 as the replica');
  await until(() => r0.messages.mirrorCount === 1, 5000, 'r0 mirrors the stale relay');
  stale.endState = 'INTERRUPTED';
  stale.wake();
  await until(() => r0.messages.mirrorCount === 0, 5000, 'the stale mirror ends on r0');
  // A release would run right after the end: give it the time it takes.
  await new Promise((resolve) => setTimeout(resolve, 300));

  t.equal((await r0.bodies.stat(id))?.chunkCount, 120, 'r0 still holds its own body');
  const body = await r0.bodies.read(id, 0);
  t.ok(body.every((c, seq) => c.payload.equals(packets[seq] ?? Buffer.alloc(0))), 'bit-exact');
  const stored = await a.http.getMessage(id);
  t.equal(stored.state, 'COMPLETE', 'the header is untouched');
  t.equal(stored.chunkCount, 120);
});

void t.test('a live mirror that missed its message’s end is ended as the header store says', async (t) => {
  const db = await CouchTestDb.create(t, 'stale');
  const ring = await startRing(t, { count: 2, config: { couchdbUrl: db.url, couchdbDatabase: db.name } });
  const [r0, r1] = ring.routers as [Router, Router];
  // b's router (r1) mirrors a's messages.
  const { a, b, id, conversationId, packets } = await finishedMessage(t, ring.routers, r1, 'stale-mirror');

  // The relay of a link that went down before the end, seen again: 40 chunks of a message r1 thinks live, and no end.
  const participants = [a.userId as UserId, b.userId as UserId];
  const header = liveHeader(id, conversationId, a, r0.config.routerId);
  r0.ring?.relayLive(new ChunkSource(id, header, packets.slice(0, 40), null), participants);
  await until(() => r1.messages.mirrorCount === 1, 5000, 'r1 mirrors the message again');
  const startedAt = Date.now();
  await until(() => r1.messages.mirrorCount === 0, 15_000, 'the stale mirror ends');
  t.comment(`stale mirror ended after ${Date.now() - startedAt} ms`);

  const audio = await b.http.audio(id);
  t.equal(audio.status, 200, 'r1 serves the audio');
  t.same(readOggOpus(Buffer.from(audio.body)).packets, packets.slice(0, 120), 'all of it, bit-exact, not the mirror’s 40 chunks');
});

/** a (homed on the first router) talks 120 chunks to b (homed on `bHome`) through its home; resolves once the message ended everywhere. */
async function finishedMessage(t: Test, routers: Router[], bHome: Router, name: string) {
  const [r0] = routers as [Router];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'a');
  const b = await userHomedOn(routers, bHome, 'b');
  const conversationId = (await a.http.createConversation([b.name], name)).conversationId;
  const { packets } = await speechPackets();
  const talker = await connectDevice(t, r0.url, a, 'a');
  const message = await OutgoingVoiceMessage.start(talker, { conversationId });
  for (const packet of packets.slice(0, 120)) message.send(packet);
  t.equal((await message.end()).messageEnd.chunkCount, 120, 'a message of 120 chunks, complete');
  await until(() => routers.every((r) => r.messages.mirrorCount === 0), 5000, 'its mirrors and replica copy dropped');
  return { a, b, id: message.messageId as MessageId, conversationId, packets };
}

function liveHeader(id: MessageId, conversationId: string, sender: TestUser, liveRouter: string): MessageRecord {
  return {
    id,
    conversationId: conversationId as ConversationId,
    senderId: sender.userId as UserId,
    senderName: sender.name,
    senderDevice: 'a',
    contentType: 'voice',
    opus: null,
    text: null,
    state: 'live',
    startedAt: new Date(),
    endedAt: null,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
    liveRouter,
  };
}

void t.test('a takeover does not take a message whose header ended while it was claimed', async (t) => {
  // r1's header store answers one read of the message with what it held before: meanwhile the message's router
  // (a router r1 cannot reach) stores its end, as a pending end applied at its restart does.
  const hold: { id?: string; meanwhile?: () => Promise<void> } = {};
  const direct: { store?: HeaderStore } = {};
  const ring = await startRing(t, {
    count: 2,
    headersFor: async (index, schema) => {
      if (index !== 1) return undefined;
      const inner = await createPostgresHeaderStore({ url: testPostgresUrl(), schema });
      t.teardown(() => inner.close());
      direct.store = inner;
      return readOverTaken(inner, hold);
    },
  });
  const [, r1] = ring.routers as [Router, Router];
  const a = await userHomedOn(ring.routers, r1, 'a');
  const b = await userHomedOn(ring.routers, r1, 'b');
  const { conversationId } = await a.http.createConversation([b.name], 'claim-race');
  const id = randomUUID() as MessageId;
  const store = direct.store as HeaderStore;
  await store.insertMessage({ ...liveHeader(id, conversationId, a, 'gone-router'), senderDevice: 'a' });
  hold.id = id;
  hold.meanwhile = () => store.updateMessage(id, { state: 'complete', endedAt: new Date() });

  const talker = await connectDevice(t, r1.url, a, 'a');
  const ends: string[] = [];
  talker.onFrame((frame) => {
    if (frame.type === 'messageEnd' && frame.messageEnd.messageId === id) ends.push(frame.messageEnd.state);
  });
  const start = { type: 'startMessage' as const, startMessage: { messageId: id, conversationId, contentType: 'VOICE' as const, opus: null, ackedCount: 0 } };
  const first = await talker.request(start).then(
    (reply) => reply,
    (err: unknown) => err,
  );
  t.equal(hold.meanwhile, undefined, 'the claim read the header before the end was stored');
  t.equal((first as VoxClientError).code, 'VOX_MESSAGE_LIVE_ELSEWHERE', 'the claim is abandoned: the talker is told to retry');
  t.equal(r1.messages.getLive(id), undefined, 'r1 did not take the message');
  const stored = await a.http.getMessage(id);
  t.equal(stored.state, 'COMPLETE', 'the header stays COMPLETE (it was set LIVE again on r1 before)');

  const again = await talker.request(start);
  t.equal(again.type, 'ack', 'the retry is answered from the stored header');
  await until(() => ends.length > 0, 5000, 'the message end');
  t.same(ends, ['COMPLETE'], 'with the message end, COMPLETE');
});

/** `inner`, whose next read of message `hold.id` returns what it held before `hold.meanwhile` ran. */
function readOverTaken(inner: HeaderStore, hold: { id?: string; meanwhile?: () => Promise<void> }): HeaderStore {
  return new Proxy(inner, {
    get(target, key) {
      // Bound to the store itself: its private fields are not reachable through the proxy.
      const value = Reflect.get(target, key, target) as unknown;
      if (key !== 'getMessage') return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      return async (id: MessageId) => {
        const before = await target.getMessage(id);
        const meanwhile = id === hold.id ? hold.meanwhile : undefined;
        if (meanwhile) {
          hold.meanwhile = undefined;
          await meanwhile();
        }
        return before;
      };
    },
  });
}
