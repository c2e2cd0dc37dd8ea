/**
 * TieredBodyStore against the test CouchDB (or COUCHDB_URL): the BodyStore
 * contract, block uploads while live, CouchDB down and back, restarts with
 * a queue, eviction and read-back, corrupt or truncated cache files, deletes.
 */
import fs from 'node:fs/promises';
import t, { type Test } from 'tap';
import type { MessageId } from '../../common/ids.js';
import { encodeFileHeader, encodeRecord, FILE_HEADER_BYTES } from '../../body-store/body-file-format.js';
import { bodyPath } from '../../body-store/body-path.js';
import type { AppendOptions, BlockUpload, BodyRemote, RemoteBody } from '../../body-store/body-remote.js';
import { sealPath } from '../../body-store/body-seal.js';
import type { BodyStoreEvents } from '../../body-store/body-store.js';
import { CouchdbBodyRemote } from '../../body-store/couchdb-body-remote.js';
import { TieredBodyStore, type TieredBodyStoreOptions } from '../../body-store/tiered-body-store.js';
import { eventually } from '../helpers/eventually.js';
import { tempDir } from '../helpers/router-fixture.js';
import { bodyStoreContract } from './body-store-contract.js';
import { CouchProxy } from './couch-proxy.js';
import { CouchTestDb } from './couch-test-db.js';
import { DurableRecorder } from './durable-recorder.js';

const id = (s: string): MessageId => s as MessageId;
const payloadOf = (seq: number): Buffer => Buffer.from(`pkt-${seq}-`.repeat((seq % 5) + 1));
const recordsOf = (first: number, count: number): Buffer =>
  Buffer.concat(Array.from({ length: count }, (_, i) => encodeRecord(first + i, payloadOf(first + i))));
const fileOf = (count: number): Buffer => Buffer.concat([encodeFileHeader(), recordsOf(0, count)]);

interface StoreSetup {
  dir: string;
  db: CouchTestDb;
  url?: string;
  events?: BodyStoreEvents;
  remote?: BodyRemote;
  options?: Partial<TieredBodyStoreOptions>;
}

/** A store over `dir` and the test database (through `url`, e.g. a proxy), closed in teardown. */
async function openStore(t: Test, setup: StoreSetup): Promise<TieredBodyStore> {
  const store = await TieredBodyStore.open({
    dir: setup.dir,
    remote: setup.remote ?? new CouchdbBodyRemote({ url: setup.url ?? setup.db.url, database: setup.db.name, requestTimeoutMs: 5000 }),
    events: setup.events ?? new DurableRecorder(),
    commitIntervalMs: 2,
    cacheMaxBytes: 1024 * 1024,
    blockChunks: 3,
    backlogMaxBytes: 1024 * 1024,
    retryBaseMs: 10,
    retryMaxMs: 100,
    ...setup.options,
  });
  t.teardown(() => store.close().catch(() => undefined));
  return store;
}

async function writeBody(store: TieredBodyStore, m: MessageId, count: number): Promise<void> {
  const w = await store.openWriter(m, { isNew: true });
  for (let seq = w.appendedCount; seq < count; seq++) w.append(seq, payloadOf(seq));
  await w.finish();
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Reassembles the body from its CouchDB blocks, as the store would. */
async function remoteRecords(db: CouchTestDb, m: string): Promise<Buffer> {
  const doc = await db.doc(m);
  const parts: Buffer[] = [];
  for (const block of doc?.blocks ?? []) parts.push(await db.attachment(m, block.name));
  return Buffer.concat(parts);
}

void t.test('TieredBodyStore on CouchDB: BodyStore contract', async (t) => {
  await bodyStoreContract(t, async (t) => {
    const dir = await tempDir(t);
    const db = await CouchTestDb.create(t);
    return { open: (events) => openStore(t, { dir, db, events }) };
  });
});

void t.test('BodyStore contract with no local cache (every finished body read back from CouchDB)', async (t) => {
  await bodyStoreContract(t, async (t) => {
    const dir = await tempDir(t);
    const db = await CouchTestDb.create(t);
    return { open: (events) => openStore(t, { dir, db, events, options: { cacheMaxBytes: 0, blockChunks: 2 } }) };
  });
});

void t.test('a live body goes up in blocks of durable chunks, then completes', async (t) => {
  const db = await CouchTestDb.create(t);
  const events = new DurableRecorder();
  const dir = await tempDir(t);
  const store = await openStore(t, { dir, db, events });
  const m = id('live-blocks');
  const w = await store.openWriter(m, { isNew: true });
  for (let seq = 0; seq < 7; seq++) w.append(seq, payloadOf(seq));
  await events.waitDurable(m, 7);
  // Two full blocks of 3 go while live; the 7th waits for more or for the end.
  const live = await db.waitFor(m, (doc) => (doc?.chunkCount ?? 0) >= 6);
  t.same(
    live?.blocks?.map((b) => [b.name, b.first, b.count]),
    [
      ['s000000000', 0, 3],
      ['s000000003', 3, 3],
    ],
  );
  t.equal(live?.complete, false, 'not complete while live');
  await w.finish();
  await store.whenUploaded(m);
  const done = await db.doc(m);
  t.equal(done?.complete, true);
  t.equal(done?.chunkCount, 7);
  t.equal(done?.byteCount, Array.from({ length: 7 }, (_, s) => payloadOf(s).length).reduce((a, b) => a + b));
  t.same(Object.keys(done?._attachments ?? {}).sort(), ['s000000000', 's000000003', 's000000006']);
  t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 7)), 'blocks hold the records byte for byte, CRCs included');
  t.ok(store.isCached(m), 'sealed and kept in the cache');
  t.ok(await exists(sealPath(dir, m)), 'seal file beside the body');
});

void t.test('while CouchDB is down nothing is lost; the backlog refuses new bodies; all goes up when it returns', async (t) => {
  const db = await CouchTestDb.create(t);
  const proxy = await CouchProxy.start(t, db.url);
  const store = await openStore(t, { dir: await tempDir(t), db, url: proxy.url, options: { backlogMaxBytes: 1024 } });
  proxy.down();
  const ids = [id('down-a'), id('down-b'), id('down-c')];
  for (const [i, m] of ids.entries()) await writeBody(store, m, 20 + i * 11);
  t.equal(store.pendingUploads, 3);
  t.ok(store.backlogBytes() > 1024, `backlog ${store.backlogBytes()} bytes`);
  t.throws(() => store.checkCapacity(), { code: 'VOX_STORAGE_BACKLOG', retryable: true });
  t.same((await store.read(ids[1]!)).length, 31, 'reads are served from the local disk meanwhile');
  t.equal(await db.doc(ids[0]!), undefined, 'nothing reached CouchDB');

  proxy.up();
  await Promise.all(ids.map((m) => store.whenUploaded(m)));
  t.equal(store.pendingUploads, 0);
  t.equal(store.backlogBytes(), 0);
  t.doesNotThrow(() => store.checkCapacity());
  for (const [i, m] of ids.entries()) {
    const doc = await db.doc(m);
    t.equal(doc?.complete, true, `${m} complete`);
    t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 20 + i * 11)), `${m}: every packet in CouchDB`);
  }
});

void t.test('the upload queue survives a restart: bodies written while CouchDB was down go up from the next process', async (t) => {
  const db = await CouchTestDb.create(t);
  const dir = await tempDir(t);
  const proxy = await CouchProxy.start(t, db.url);
  proxy.down();
  const first = await openStore(t, { dir, db, url: proxy.url });
  const m = id('restart-queue');
  const w = await first.openWriter(m, { isNew: true });
  for (let seq = 0; seq < 10; seq++) w.append(seq, payloadOf(seq));
  await w.finish();
  await first.close();
  t.notOk(await exists(sealPath(dir, m)), 'unsealed: still queued');

  proxy.up();
  const second = await openStore(t, { dir, db, url: proxy.url });
  t.equal(second.pendingUploads, 1, 'found in the queue at start');
  await second.whenUploaded(m);
  t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 10)));
  t.equal((await db.doc(m))?.complete, true);
});

void t.test('least recently used bodies are evicted and read back from CouchDB', async (t) => {
  const db = await CouchTestDb.create(t);
  const dir = await tempDir(t);
  const size = fileOf(12).length;
  const store = await openStore(t, { dir, db, options: { cacheMaxBytes: size * 2 } });
  const [a, b, c] = [id('lru-a'), id('lru-b'), id('lru-c')];
  for (const m of [a, b]) {
    await writeBody(store, m, 12);
    await store.whenUploaded(m);
  }
  t.same(await store.read(a, 11), [{ seq: 11, payload: payloadOf(11) }], 'a is now the most recently used');
  await writeBody(store, c, 12);
  await store.whenUploaded(c);
  await store.evicted();
  t.notOk(await exists(bodyPath(dir, b).file), 'b, least recently used, was evicted');
  t.ok(await exists(bodyPath(dir, a).file), 'a stays');
  t.ok(store.cachedBytes <= size * 2);
  t.equal(store.stats.evictions, 1);

  const back = await store.read(b);
  t.same(
    back.map((ch) => ch.seq),
    Array.from({ length: 12 }, (_, i) => i),
  );
  t.ok(back.every((ch) => ch.payload.equals(payloadOf(ch.seq))), 'payloads intact');
  t.equal(store.stats.remoteReads, 1, 'read from CouchDB');
  t.ok(await exists(bodyPath(dir, b).file), 're-cached');
  t.same(await store.stat(b), { messageId: b, chunkCount: 12, byteCount: back.reduce((n, ch) => n + ch.payload.length, 0) });
});

void t.test('a corrupt or truncated cached file is detected and fetched again', async (t) => {
  const db = await CouchTestDb.create(t);
  const dir = await tempDir(t);
  const store = await openStore(t, { dir, db });
  const m = id('corrupt');
  await writeBody(store, m, 9);
  await store.whenUploaded(m);
  const file = bodyPath(dir, m).file;

  const bytes = await fs.readFile(file);
  bytes[bytes.length - 3]! ^= 0xff; // a payload byte of the last record: its CRC no longer matches
  await fs.writeFile(file, bytes);
  const read1 = await store.read(m);
  t.equal(read1.length, 9, 'all 9 chunks, not the 8 before the bad one');
  t.ok(read1.every((ch) => ch.payload.equals(payloadOf(ch.seq))));
  t.equal(store.stats.verifyFailures, 1);
  t.equal(store.stats.remoteReads, 1);
  t.ok((await fs.readFile(file)).equals(fileOf(9)), 'the cached file is repaired');

  // Cut exactly at a record boundary: every record left is intact, only the seal tells.
  await fs.truncate(file, fileOf(5).length);
  const read2 = await store.read(m, 4);
  t.same(
    read2.map((ch) => ch.seq),
    [4, 5, 6, 7, 8],
  );
  t.equal(store.stats.verifyFailures, 2);
  t.ok((await fs.readFile(file)).equals(fileOf(9)));

  await fs.writeFile(file, Buffer.from('garbage, not a body file'));
  t.equal((await store.read(m)).length, 9, 'a file that is not a body at all is replaced too');
});

void t.test('a body written through one store is read through another (separate disks, one CouchDB)', async (t) => {
  const db = await CouchTestDb.create(t);
  const one = await openStore(t, { dir: await tempDir(t), db });
  const other = await openStore(t, { dir: await tempDir(t), db });
  const m = id('shared');
  await writeBody(one, m, 8);
  await one.whenUploaded(m);
  t.same((await other.stat(m))?.chunkCount, 8);
  t.same(
    (await other.read(m, 6)).map((ch) => [ch.seq, ch.payload.toString()]),
    [
      [6, payloadOf(6).toString()],
      [7, payloadOf(7).toString()],
    ],
  );
  // Resuming it there continues after its last chunk.
  const w = await other.openWriter(m);
  t.equal(w.appendedCount, 8);
  w.append(8, payloadOf(8));
  await w.finish();
  await other.whenUploaded(m);
  t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 9)));
});

void t.test('delete leaves a tombstone that stops other copies and uploads', async (t) => {
  const db = await CouchTestDb.create(t);
  const proxy = await CouchProxy.start(t, db.url);
  const a = await openStore(t, { dir: await tempDir(t), db });
  const bDir = await tempDir(t);
  const b = await openStore(t, { dir: bDir, db, url: proxy.url });
  const m = id('tombstoned');
  await writeBody(a, m, 5);
  await a.whenUploaded(m);
  await a.delete(m);
  const doc = await db.doc(m);
  t.equal(doc?.gone, 'deleted');
  t.same(doc?._attachments ?? {}, {}, 'the blocks are gone');
  t.equal(await b.stat(m), undefined);
  await t.rejects(b.read(m), { code: 'VOX_MESSAGE_NOT_FOUND' });

  // A body queued on another store while CouchDB was away does not come back.
  const late = id('tombstoned-late');
  proxy.down();
  await writeBody(b, late, 4);
  await a.delete(late);
  proxy.up();
  await b.whenUploaded(late);
  t.equal((await db.doc(late))?.gone, 'deleted', 'still a tombstone');
  t.notOk(await exists(bodyPath(bDir, late).file), 'the queued local copy was dropped');
});

void t.test('a delete while CouchDB is down is kept and sent later, also after a restart', async (t) => {
  const db = await CouchTestDb.create(t);
  const dir = await tempDir(t);
  const proxy = await CouchProxy.start(t, db.url);
  const first = await openStore(t, { dir, db, url: proxy.url });
  const m = id('delete-later');
  await writeBody(first, m, 3);
  await first.whenUploaded(m);
  proxy.down();
  await first.delete(m);
  t.equal(await first.stat(m), undefined, 'gone here at once');
  await first.close();
  t.equal((await db.doc(m))?.complete, true, 'CouchDB still has it');
  proxy.up();
  const second = await openStore(t, { dir, db, url: proxy.url });
  await t.rejects(second.read(m), { code: 'VOX_MESSAGE_NOT_FOUND' });
  const doc = await db.waitFor(m, (d) => d?.gone !== undefined);
  t.equal(doc?.gone, 'deleted', 'the tombstone reached CouchDB');
});

/** A remote whose appends land but whose answer is lost, `failures` times. */
class LostAnswers implements BodyRemote {
  appends = 0;
  constructor(
    private readonly inner: BodyRemote,
    private failures: number,
  ) {}
  head(m: MessageId): Promise<RemoteBody | undefined> {
    return this.inner.head(m);
  }
  async append(m: MessageId, block: BlockUpload | null, options: AppendOptions): Promise<RemoteBody> {
    this.appends++;
    const result = await this.inner.append(m, block, options);
    if (this.failures-- > 0) throw new Error('connection reset after the PUT landed');
    return result;
  }
  fetch(m: MessageId) {
    return this.inner.fetch(m);
  }
  tombstone(m: MessageId, reason: string): Promise<void> {
    return this.inner.tombstone(m, reason);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

void t.test('a retried block is stored once: no duplicate, no gap', async (t) => {
  const db = await CouchTestDb.create(t);
  const remote = new LostAnswers(new CouchdbBodyRemote({ url: db.url, database: db.name }), 3);
  const store = await openStore(t, { dir: await tempDir(t), db, remote });
  const m = id('retried');
  await writeBody(store, m, 10);
  await store.whenUploaded(m);
  t.ok(remote.appends > 5, `${remote.appends} appends for 4 blocks + complete`);
  const doc = await db.doc(m);
  t.same(
    doc?.blocks?.map((b) => [b.first, b.count]),
    [
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ],
  );
  t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 10)));
});

void t.test('an unsealed local file is the upload source; its header-only form is an empty body', async (t) => {
  const db = await CouchTestDb.create(t);
  const store = await openStore(t, { dir: await tempDir(t), db });
  const m = id('empty-up');
  await writeBody(store, m, 0);
  await store.whenUploaded(m);
  const doc = await db.doc(m);
  t.equal(doc?.complete, true);
  t.equal(doc?.chunkCount, 0);
  t.equal((await store.stat(m))?.chunkCount, 0);
  t.equal(FILE_HEADER_BYTES, 8);
});

void t.test('at open, an unsealed body another router owns now is released, not uploaded or sealed', async (t) => {
  const db = await CouchTestDb.create(t);
  const m = id('taken-over');
  const mine = id('still-mine');
  // The owner (the router that took the message over) streams it still: 6 chunks in CouchDB so far.
  const owner = await openStore(t, { dir: await tempDir(t), db });
  const live = await owner.openWriter(m, { isNew: true });
  for (let seq = 0; seq < 6; seq++) live.append(seq, payloadOf(seq));
  await eventually(async () => (await db.doc(m))?.chunkCount, (n) => n === 6, 'the owner to upload 6 chunks');
  // The router that died mid-message left a prefix of it on its disk, unsealed, and a body of its own.
  const dir = await tempDir(t);
  const stale = bodyPath(dir, m);
  await fs.mkdir(stale.shardDir, { recursive: true });
  await fs.writeFile(stale.file, fileOf(2));
  const own = bodyPath(dir, mine);
  await fs.mkdir(own.shardDir, { recursive: true });
  await fs.writeFile(own.file, fileOf(3));

  const restarted = await openStore(t, { dir, db, options: { ownsBody: async (messageId) => messageId !== m } });
  t.notOk(await exists(stale.file), 'the stale prefix is deleted');
  t.notOk(await exists(sealPath(dir, m)), 'and never sealed as a cache entry');
  t.equal(restarted.pendingUploads, 1, 'only its own body is queued');
  t.same((await restarted.read(m)).map((c) => c.seq), [0, 1, 2, 3, 4, 5], 'a read gets what CouchDB holds, not the prefix');
  await restarted.whenUploaded(mine);
  t.ok((await remoteRecords(db, mine)).equals(recordsOf(0, 3)), 'its own body goes up as before');
  t.match(await db.doc(m), { chunkCount: 6, complete: false }, "the owner's live document is not marked complete");
  await live.finish();
});
