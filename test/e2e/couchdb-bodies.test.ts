/**
 * Bodies on CouchDB behind the local disk, end to end with real Opus: a talk
 * while CouchDB is down loses nothing and goes up when it returns (also
 * after a router restart); blocks go up while the message is live; an
 * evicted body is served from CouchDB (.ogg and listen); a body written
 * through one router is read through another (shared Postgres and CouchDB,
 * separate data dirs); the upload backlog refuses new talks; a corrupt
 * cached file is refetched; a restarted router releases its partial body
 * of a message another router took over and serves it from CouchDB.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import type { MessageId } from '../../common/ids.js';
import { FILE_HEADER_BYTES, scanRecordRange } from '../../body-store/body-file-format.js';
import { bodyPath } from '../../body-store/body-path.js';
import { sealPath } from '../../body-store/body-seal.js';
import { CouchProxy } from '../body-store/couch-proxy.js';
import { inSchema, sharedSchema, startCouchRouter, tieredStore, uploaded } from '../body-store/couch-router.js';
import { CouchTestDb } from '../body-store/couch-test-db.js';
import { promValue } from '../../bench/prom-text.js';
import { scrapeMetrics } from '../helpers/router-metrics.js';
import { connectDevice, signupUser, sleep, speechPackets, tempDir, TRANSPORTS, type TestUser } from '../helpers/router-fixture.js';

const { packets, preSkip } = await speechPackets();
const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip };

function samePackets(got: Buffer[], want: Buffer[]): boolean {
  return got.length === want.length && got.every((p, i) => p.equals(want[i] ?? Buffer.alloc(0)));
}

/** Streams `count` packets as one message (paced like a real talker) and ends it. */
async function talk(conn: VoxringConnection, conversationId: string, count = packets.length): Promise<OutgoingVoiceMessage> {
  const message = await OutgoingVoiceMessage.start(conn, { conversationId, opus: OPUS });
  for (const [i, packet] of packets.slice(0, count).entries()) {
    message.send(packet);
    if (i % 10 === 9) await sleep(2);
  }
  const end = await message.end();
  if (end.messageEnd.state !== 'COMPLETE') throw new Error(`message ended ${end.messageEnd.state}`);
  return message;
}

/** The upload queue as /metrics shows it. */
async function uploadQueue(url: string): Promise<{ bodies: number; bytes: number; failed: number }> {
  const samples = await scrapeMetrics(url);
  return {
    bodies: promValue(samples, 'voxring_upload_queue_bodies'),
    bytes: promValue(samples, 'voxring_upload_queue_bytes'),
    failed: promValue(samples, 'voxring_upload_failed_requests_total'),
  };
}

async function pair(url: string): Promise<{ a: TestUser; b: TestUser; conversationId: string }> {
  const [a, b] = await Promise.all([signupUser(url, 'a'), signupUser(url, 'b')]);
  const conversation = await a.http.createConversation([b.name], 'couch');
  return { a, b, conversationId: conversation.conversationId };
}

/** Listens from seq 0 over WebSocket and returns the packets heard. */
async function listenAll(conn: VoxringConnection, messageId: string): Promise<Buffer[]> {
  const collector = new MessageCollector(conn);
  await conn.request({ type: 'listen', listen: { messageId, fromSeq: 0 } });
  await collector.ended(messageId);
  collector.stop();
  return collector.payloads(messageId);
}

for (const transport of TRANSPORTS) {
  void t.test(`talk while CouchDB is down over ${transport}: acked, heard, then every packet lands in CouchDB`, async (t) => {
    const db = await CouchTestDb.create(t);
    const proxy = await CouchProxy.start(t, db.url);
    proxy.down();
    const router = await startCouchRouter(t, { schema: sharedSchema(t), couchdbUrl: proxy.url, database: db.name, transport });
    const { a, b, conversationId } = await pair(router.url);
    const talker = await connectDevice(t, router.url, a);
    const listener = await connectDevice(t, router.url, b);
    const collector = new MessageCollector(listener);
    await listener.request({ type: 'monitor', monitor: { conversationIds: [conversationId] } });

    const message = await talk(talker, conversationId);
    t.equal(message.ackedSeq, packets.length - 1, 'every chunk acked: the local disk is the write-ahead log');
    await collector.ended(message.messageId);
    t.ok(samePackets(collector.payloads(message.messageId), packets), 'heard live, bit-exact');
    t.equal(await db.doc(message.messageId), undefined, 'CouchDB got nothing');
    t.equal(tieredStore(router).pendingUploads, 1);
    const waiting = await uploadQueue(router.url);
    t.equal(waiting.bodies, 1, 'voxring_upload_queue_bodies counts it');
    t.equal(waiting.bytes, tieredStore(router).backlogBytes(), 'voxring_upload_queue_bytes is the backlog');
    t.ok(waiting.bytes > 0);
    t.ok(waiting.failed >= 1, 'failed upload requests counted');
    const audio = await b.http.audio(message.messageId);
    t.ok(samePackets(readOggOpus(audio.body).packets, packets), '.ogg served from the local disk meanwhile');

    proxy.up();
    await uploaded(router, message.messageId);
    const doc = await db.doc(message.messageId);
    t.equal(doc?.complete, true);
    t.equal(doc?.chunkCount, packets.length);
    t.ok(samePackets(await db.payloads(message.messageId), packets), 'every packet stored in CouchDB, in order, CRC-checked');
    const drained = await uploadQueue(router.url);
    t.same([drained.bodies, drained.bytes], [0, 0], 'the upload queue is empty again');
    t.ok(drained.failed >= waiting.failed, 'the failure count stays');
  });
}


void t.test('blocks go up while the message is still live', async (t) => {
  const db = await CouchTestDb.create(t);
  const router = await startCouchRouter(t, {
    schema: sharedSchema(t),
    couchdbUrl: db.url,
    database: db.name,
    config: { uploadBlockChunks: 50 },
  });
  const { a, conversationId } = await pair(router.url);
  const talker = await connectDevice(t, router.url, a);
  const message = await OutgoingVoiceMessage.start(talker, { conversationId, opus: OPUS });
  for (const packet of packets.slice(0, 120)) message.send(packet);
  await message.allAcked();
  const live = await db.waitFor(message.messageId, (doc) => (doc?.chunkCount ?? 0) >= 100);
  t.same(
    live?.blocks?.map((b) => [b.first, b.count]),
    [
      [0, 50],
      [50, 50],
    ],
    'two full blocks of 50 while live',
  );
  t.equal(live?.complete, false);
  t.equal((await a.http.getMessage(message.messageId)).state, 'LIVE', 'the message is still live');
  for (const packet of packets.slice(120, 160)) message.send(packet);
  await message.end();
  await uploaded(router, message.messageId);
  t.ok(samePackets(await db.payloads(message.messageId), packets.slice(0, 160)));
  t.equal((await db.doc(message.messageId))?.blocks?.length, 4, '50 + 50 + 50 + 10');
});

void t.test('an evicted body is fetched back from CouchDB for .ogg and listen', async (t) => {
  const db = await CouchTestDb.create(t);
  const dataDir = await tempDir(t);
  const router = await startCouchRouter(t, {
    schema: sharedSchema(t),
    couchdbUrl: db.url,
    database: db.name,
    dataDir,
    config: { bodyCacheMaxBytes: 0 },
  });
  const { a, b, conversationId } = await pair(router.url);
  const talker = await connectDevice(t, router.url, a);
  const message = await talk(talker, conversationId, 200);
  const store = tieredStore(router);
  await uploaded(router, message.messageId);
  await store.evicted();
  const file = bodyPath(path.join(dataDir, 'bodies'), message.messageId as MessageId).file;
  t.notOk(await fs.stat(file).catch(() => undefined), 'evicted from the local disk');

  const audio = await b.http.audio(message.messageId);
  t.equal(audio.status, 200);
  t.ok(samePackets(readOggOpus(audio.body).packets, packets.slice(0, 200)), '.ogg from CouchDB, bit-exact');
  const listener = await connectDevice(t, router.url, b);
  t.ok(samePackets(await listenAll(listener, message.messageId), packets.slice(0, 200)), 'listen from CouchDB, bit-exact');
  t.equal(store.stats.remoteReads, 2);
  t.ok(store.stats.evictions >= 1);
});

void t.test('a body written through one router is read through another (shared Postgres and CouchDB, separate disks)', async (t) => {
  const db = await CouchTestDb.create(t);
  const schema = sharedSchema(t);
  const one = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name });
  const two = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name, transport: 'uws' });
  const { a, b, conversationId } = await pair(one.url);
  const talker = await connectDevice(t, one.url, a);
  const message = await talk(talker, conversationId);
  await uploaded(one, message.messageId);

  const bOnTwo = await connectDevice(t, two.url, b);
  t.ok(samePackets(await listenAll(bOnTwo, message.messageId), packets), 'listen through the other router');
  const audio = await fetch(`${two.url}/v1/messages/${message.messageId}/audio`, { headers: { authorization: `Bearer ${b.token}` } });
  t.equal(audio.status, 200);
  t.ok(samePackets(readOggOpus(Buffer.from(await audio.arrayBuffer())).packets, packets), '.ogg through the other router');
  t.equal(tieredStore(two).stats.remoteReads, 1, 'read from CouchDB once, then from its own cache');
});

void t.test('bodies left unsent by a router are uploaded by its next process', async (t) => {
  const db = await CouchTestDb.create(t);
  const proxy = await CouchProxy.start(t, db.url);
  const schema = sharedSchema(t);
  const dataDir = await tempDir(t);
  proxy.down();
  const first = await startCouchRouter(t, { schema, couchdbUrl: proxy.url, database: db.name, dataDir, closeInTeardown: false });
  const { a, conversationId } = await pair(first.url);
  const talker = await connectDevice(t, first.url, a);
  const message = await talk(talker, conversationId, 150);
  talker.terminate();
  await first.close();
  t.equal(await db.doc(message.messageId), undefined);

  proxy.up();
  const second = await startCouchRouter(t, { schema, couchdbUrl: proxy.url, database: db.name, dataDir });
  await uploaded(second, message.messageId);
  t.ok(samePackets(await db.payloads(message.messageId), packets.slice(0, 150)), 'every acked packet in CouchDB after the restart');
  t.equal((await db.doc(message.messageId))?.complete, true);
});

void t.test('a partial body of a message another router took over is released at restart; the whole body comes from CouchDB', async (t) => {
  const db = await CouchTestDb.create(t);
  const schema = sharedSchema(t);
  const dataDir = await tempDir(t);
  const first = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name, dataDir, closeInTeardown: false });
  const { a, b, conversationId } = await pair(first.url);
  const talker = await connectDevice(t, first.url, a);
  const message = await talk(talker, conversationId, 50);
  const id = message.messageId as MessageId;
  await uploaded(first, id);
  talker.terminate();
  await first.close();

  // As if this router had died after 10 chunks and another one had taken the message over and finished
  // it: the header names that router, CouchDB holds all of it, this disk an unsealed prefix.
  const bodies = path.join(dataDir, 'bodies');
  const file = bodyPath(bodies, id).file;
  const whole = await fs.readFile(file);
  await fs.writeFile(file, whole.subarray(0, scanRecordRange(whole, FILE_HEADER_BYTES, 0, 10).endOffset));
  await fs.rm(sealPath(bodies, id));
  await inSchema(schema, `UPDATE messages SET live_router = 'the-new-owner' WHERE id = $1`, [id]);

  const second = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name, dataDir, config: { routerId: first.config.routerId } });
  await t.rejects(fs.access(file), 'the prefix is released at start');
  const audio = await fetch(`${second.url}/v1/messages/${id}/audio`, { headers: { authorization: `Bearer ${b.token}` } });
  t.equal(audio.status, 200);
  const ogg = readOggOpus(Buffer.from(await audio.arrayBuffer()));
  t.ok(samePackets(ogg.packets, packets.slice(0, 50)), `the .ogg holds the whole body, from CouchDB (${ogg.packets.length} packets)`);
  t.equal((await db.doc(id))?.chunkCount, 50, "the owner's document is untouched");
  t.equal(tieredStore(second).pendingUploads, 0, 'nothing queued for upload');
});

void t.test('past uploadBacklogMaxBytes new talks are refused with VOX_STORAGE_BACKLOG until CouchDB catches up', async (t) => {
  const db = await CouchTestDb.create(t);
  const proxy = await CouchProxy.start(t, db.url);
  proxy.down();
  const router = await startCouchRouter(t, {
    schema: sharedSchema(t),
    couchdbUrl: proxy.url,
    database: db.name,
    config: { uploadBacklogMaxBytes: 4096 },
  });
  const { a, conversationId } = await pair(router.url);
  const talker = await connectDevice(t, router.url, a);
  const first = await talk(talker, conversationId, 120);
  t.ok(tieredStore(router).backlogBytes() > 4096, `backlog ${tieredStore(router).backlogBytes()} bytes`);
  await t.rejects(
    talker.request({ type: 'startMessage', startMessage: { messageId: 'backlog-2', conversationId, contentType: 'VOICE', opus: OPUS } }),
    { code: 'VOX_STORAGE_BACKLOG', retryable: true },
  );
  await t.rejects(a.http.getMessage('backlog-2'), { code: 'VOX_MESSAGE_NOT_FOUND' }, 'nothing stored for the refused talk');

  proxy.up();
  await uploaded(router, first.messageId);
  const accepted = await talker.request({
    type: 'startMessage',
    startMessage: { messageId: 'backlog-2', conversationId, contentType: 'VOICE', opus: OPUS },
  });
  t.match(accepted, { type: 'ack', ack: { messageId: 'backlog-2', seq: -1 } }, 'accepted once the backlog is gone');
});

void t.test('a corrupt cached body is detected and served from CouchDB', async (t) => {
  const db = await CouchTestDb.create(t);
  const dataDir = await tempDir(t);
  const router = await startCouchRouter(t, { schema: sharedSchema(t), couchdbUrl: db.url, database: db.name, dataDir });
  const { a, b, conversationId } = await pair(router.url);
  const talker = await connectDevice(t, router.url, a);
  const message = await talk(talker, conversationId, 100);
  await uploaded(router, message.messageId);
  const file = bodyPath(path.join(dataDir, 'bodies'), message.messageId as MessageId).file;
  const bytes = await fs.readFile(file);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x55;
  await fs.writeFile(file, bytes);

  const audio = await b.http.audio(message.messageId);
  t.ok(samePackets(readOggOpus(audio.body).packets, packets.slice(0, 100)), 'all 100 packets, not just those before the damage');
  t.equal(tieredStore(router).stats.verifyFailures, 1);
  await fs.truncate(file, bytes.length - 1);
  const listener = await connectDevice(t, router.url, b);
  t.ok(samePackets(await listenAll(listener, message.messageId), packets.slice(0, 100)), 'a truncated file too');
  t.equal(tieredStore(router).stats.verifyFailures, 2);
});
