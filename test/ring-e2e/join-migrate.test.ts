/**
 * A router joins a ring of two while a message is live (bodies on a shared
 * CouchDB database). Users whose home moved to the new router are told so
 * (`migrate`, close 4011) and reconnect there; users whose home did not move
 * stay. A talker in the middle of a message is migrated too: it resumes on
 * its new home from its last acked seq, which takes the message over from
 * the old router (that one relays what it has and stops taking chunks);
 * a listener whose home moved reconnects to the new home and continues with
 * `listen` from the next seq it lacks (the new home fetches the live message
 * from the talker's router). Every packet is counted: each hearer gets each
 * one exactly once, bit-exact, and the stored message is complete on the new
 * home too. Afterwards the talker talks from its new home.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { MessageId, RouterId, UserId } from '../../common/ids.js';
import { HashRing } from '../../ring/hash-ring.js';
import type { Router } from '../../router/router.js';
import { CouchTestDb } from '../body-store/couch-test-db.js';
import { signupUser, speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { linksUp, ringSettled, startRing } from './ring-fixture.js';

void t.test('a router joins mid-message: moved users migrate, nothing is lost', async (t) => {
  const db = await CouchTestDb.create(t, 'join');
  const ring = await startRing(t, { count: 2, config: { couchdbUrl: db.url, couchdbDatabase: db.name } });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  // The fixture names the next router r2-<tag>: pick users by their home before and after the join.
  const r2Id = r0.config.routerId.replace(/^r0-/, 'r2-');
  const after = new HashRing([r0.config.routerId, r1.config.routerId, r2Id] as RouterId[]);
  const homed = async (prefix: string, now: Router, later: string): Promise<TestUser> => {
    for (let i = 0; i < 300; i++) {
      const user = await signupUser(r0.url, prefix);
      const id = user.userId as UserId;
      if (now.ring?.ring.home(id) === now.config.routerId && after.home(id) === later) return user;
    }
    throw new Error(`no user moving from ${now.config.routerId} to ${later}`);
  };
  const a = await homed('a', r0, r2Id); // talker: r0 → r2
  const b = await homed('b', r1, r2Id); // hearer: r1 → r2
  const d = await homed('d', r1, r1.config.routerId); // hearer who stays on r1
  const conversation = await a.http.createConversation([b.name, d.name], 'join');

  const connect = async (url: string, user: TestUser, deviceId: string): Promise<VoxringConnection> => {
    const conn = await VoxringConnection.connect({ url, token: user.token, deviceId });
    t.teardown(() => conn.terminate());
    return conn;
  };
  const talker = await connect(r0.url, a, 'a-phone');
  const bConn = await connect(r1.url, b, 'b-phone');
  const dConn = await connect(r1.url, d, 'd-phone');
  const bFirst = new MessageCollector(bConn);
  const dCollector = new MessageCollector(dConn);
  for (const conn of [bConn, dConn]) await conn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const migrates: string[] = [];
  for (const [name, conn] of [['a', talker], ['b', bConn], ['d', dConn]] as const) {
    conn.onFrame((f) => {
      if (f.type === 'migrate') migrates.push(name);
    });
  }

  const { packets, preSkip } = await speechPackets();
  const opus = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip };
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await bFirst.until(() => (bFirst.get(message.messageId)?.chunks.length ?? 0) >= half);

  // r2 joins: a's and b's homes moved, so both are migrated at once, the talker mid-message.
  const bMigrate = bConn.waitFor((f) => f.type === 'migrate', 10_000, 'migrate for b');
  const aMigrate = talker.waitFor((f) => f.type === 'migrate', 10_000, 'migrate for a');
  const r2 = await ring.add({ couchdbUrl: db.url, couchdbDatabase: db.name });
  t.equal(r2.config.routerId, r2Id, 'the new router has the expected id');
  await ringSettled(ring.routers);
  const frame = await bMigrate;
  t.equal(frame.type === 'migrate' ? frame.migrate.url : '', r2.url, 'migrate names the new home');
  t.equal((await bConn.closed()).code, 4011, 'migrated hearer closed with 4011');
  t.equal(r0.ring?.ring.home(a.userId as UserId), r2Id, 'r0 sees the talker’s home moved too');
  const aFrame = await aMigrate;
  t.equal(aFrame.type === 'migrate' ? aFrame.migrate.url : '', r2.url, 'the talker is migrated mid-message');
  t.equal((await talker.closed()).code, 4011);
  await dConn.sync();
  t.notOk(migrates.includes('d'), 'a user whose home did not move is not migrated');

  // b reconnects (to any router: the SDK is redirected home) and continues from the next seq it lacks.
  const bAgain = await VoxringConnection.connectWithFailover({ urls: [r0.url, r2.url], token: b.token, deviceId: 'b-phone', backoffMs: 5 });
  t.teardown(() => bAgain.terminate());
  t.equal(bAgain.welcome?.routerId, r2Id, 'the hearer reached its new home');
  const bSecond = new MessageCollector(bAgain);
  const have = bFirst.get(message.messageId)?.chunks.length ?? 0;
  const header = await bAgain.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: have } });
  t.equal(header.type, 'header', 'listen on the new home answers with the header');

  // The talker reconnects (redirected to its new home), resumes from its last acked seq and finishes there.
  const aAgain = await VoxringConnection.connectWithFailover({ urls: [r0.url, r2.url], token: a.token, deviceId: 'a-phone', backoffMs: 5 });
  t.teardown(() => aAgain.terminate());
  t.equal(aAgain.welcome?.routerId, r2Id, 'the talker reached its new home');
  await message.resume(aAgain);
  t.equal(r2.messages.getLive(message.messageId as MessageId)?.sender !== null, true, 'the new home took the message over');
  t.notOk(r0.messages.getLive(message.messageId as MessageId), 'the old router no longer has it live');
  for (const packet of packets.slice(half)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE', 'the message completes on the new home');
  t.equal(end.messageEnd.chunkCount, packets.length, 'every chunk acked');

  await bSecond.ended(message.messageId);
  await dCollector.ended(message.messageId);
  const bSeqs = [...(bFirst.get(message.messageId)?.chunks ?? []), ...(bSecond.get(message.messageId)?.chunks ?? [])];
  t.same(bSeqs.map((c) => c.seq), packets.map((_, seq) => seq), 'migrated hearer: every seq exactly once, in order, across both connections');
  t.ok(bSeqs.every((c) => c.payload.equals(packets[c.seq] ?? Buffer.alloc(0))), 'migrated hearer: bit-exact');
  t.equal((bFirst.get(message.messageId)?.duplicates ?? 0) + (bSecond.get(message.messageId)?.duplicates ?? 0), 0, 'no duplicates');
  t.equal(bSecond.get(message.messageId)?.endState, 'COMPLETE');
  const dGot = dCollector.get(message.messageId);
  t.equal(dGot?.chunks.length, packets.length, 'staying hearer: every packet');
  t.equal(dGot?.duplicates, 0, 'staying hearer: no duplicates');
  t.ok(dCollector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'staying hearer: bit-exact');

  // The talker on its new home: a new message reaches both hearers.
  await bAgain.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const next = await OutgoingVoiceMessage.start(aAgain, { conversationId: conversation.conversationId, opus });
  for (const packet of packets.slice(0, 50)) next.send(packet);
  t.equal((await next.end()).messageEnd.chunkCount, 50);
  await bSecond.ended(next.messageId);
  await dCollector.ended(next.messageId);
  t.equal(bSecond.get(next.messageId)?.chunks.length, 50, 'same-router hearer on the new home');
  t.equal(dCollector.get(next.messageId)?.chunks.length, 50, 'cross-router hearer');

  // The stored message, read on the new home (shared CouchDB or the link to r0).
  const stored = new MessageCollector(bAgain);
  await bAgain.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 0 } });
  await stored.ended(message.messageId);
  t.equal(stored.get(message.messageId)?.chunks.length, packets.length, 'stored message complete on the new home');
  t.ok(stored.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'stored message bit-exact');
  t.equal((await b.http.getMessage(message.messageId)).state, 'COMPLETE');
});
