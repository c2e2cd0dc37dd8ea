/**
 * TieredBodyStore replicas against the test CouchDB (or COUCHDB_URL): a
 * replica is never uploaded (also across a restart), adopt uploads it
 * completely, release leaves the remote document exactly as it is; at open,
 * a replica whose message ended is released (keepsReplica).
 */
import fs from 'node:fs/promises';
import t, { type Test } from 'tap';
import type { MessageId } from '../../common/ids.js';
import { encodeRecord } from '../../body-store/body-file-format.js';
import { bodyPath } from '../../body-store/body-path.js';
import { replicaMarkerPath } from '../../body-store/body-replica-marker.js';
import { sealPath } from '../../body-store/body-seal.js';
import { CouchdbBodyRemote } from '../../body-store/couchdb-body-remote.js';
import { TieredBodyStore } from '../../body-store/tiered-body-store.js';
import { tempDir } from '../helpers/router-fixture.js';
import { CouchProxy } from './couch-proxy.js';
import { CouchTestDb } from './couch-test-db.js';
import { DurableRecorder } from './durable-recorder.js';

const id = (s: string): MessageId => s as MessageId;
const payloadOf = (seq: number): Buffer => Buffer.from(`rep-${seq}-`.repeat((seq % 4) + 1));
const recordsOf = (first: number, count: number): Buffer =>
  Buffer.concat(
    Array.from({ length: count }, (_, i) => encodeRecord(first + i, payloadOf(first + i))),
  );

interface Opened {
  store: TieredBodyStore;
  events: DurableRecorder;
}

/** A store over `dir` and the test database (through `url`, e.g. a proxy); closed in teardown. */
async function openStore(t: Test, dir: string, db: CouchTestDb, url = db.url, keepsReplica?: (m: MessageId) => Promise<boolean>): Promise<Opened> {
  const events = new DurableRecorder();
  const store = await TieredBodyStore.open({
    ...(keepsReplica ? { keepsReplica } : {}),
    dir,
    remote: new CouchdbBodyRemote({ url, database: db.name, requestTimeoutMs: 5000 }),
    events,
    commitIntervalMs: 2,
    cacheMaxBytes: 1024 * 1024,
    blockChunks: 3,
    backlogMaxBytes: 1024 * 1024,
    retryBaseMs: 10,
    retryMaxMs: 100,
  });
  t.teardown(() => store.close().catch(() => undefined));
  return { store, events };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Reassembles the body from its CouchDB blocks. */
async function remoteRecords(db: CouchTestDb, m: string): Promise<Buffer> {
  const doc = await db.doc(m);
  const parts: Buffer[] = [];
  for (const block of doc?.blocks ?? []) parts.push(await db.attachment(m, block.name));
  return Buffer.concat(parts);
}

/** Uploads an ordinary body through its own store, so the uploader has surely run past anything queued before it. */
async function uploadBarrier(store: TieredBodyStore, m: MessageId): Promise<void> {
  const w = await store.openWriter(m, { isNew: true });
  w.append(0, payloadOf(0));
  await w.finish();
  await store.whenUploaded(m);
}

void t.test('a replica is never uploaded, not even after a restart of the store', async (t) => {
  const db = await CouchTestDb.create(t);
  const dir = await tempDir(t);
  const first = await openStore(t, dir, db);
  const m = id('rep-never');
  const w = await first.store.openWriter(m, { replica: true });
  t.ok(await exists(replicaMarkerPath(dir, m)), 'the marker is on disk before the first append');
  t.ok(first.store.isReplica(m));
  for (let seq = 0; seq < 7; seq++) w.append(seq, payloadOf(seq));
  await first.events.waitDurable(m, 7);
  t.equal(first.store.pendingUploads, 0, 'durable chunks of a replica queue no block');
  t.equal(first.store.backlogBytes(), 0, 'and count in no backlog');
  await uploadBarrier(first.store, id('rep-barrier-1'));
  t.equal(await db.doc(m), undefined, 'nothing in CouchDB while live');
  w.append(7, payloadOf(7));
  await w.finish();
  t.equal(first.store.pendingUploads, 0, 'finish queues no upload');
  t.notOk(first.store.isCached(m), 'never sealed');
  await first.store.close();
  t.notOk(await exists(sealPath(dir, m)));

  const second = await openStore(t, dir, db);
  t.equal(second.store.pendingUploads, 0, 'not queued at start');
  t.ok(second.store.isReplica(m), 'still a replica after the restart');
  t.same(
    (await second.store.read(m)).map((c) => c.seq),
    [0, 1, 2, 3, 4, 5, 6, 7],
  );
  t.equal((await second.store.stat(m))?.chunkCount, 8);
  await uploadBarrier(second.store, id('rep-barrier-2'));
  t.equal(await db.doc(m), undefined, 'CouchDB has no document of it');
});

void t.test('a replica is not fetched from CouchDB on open', async (t) => {
  const db = await CouchTestDb.create(t);
  const owner = await openStore(t, await tempDir(t), db);
  const m = id('rep-nofetch');
  const w = await owner.store.openWriter(m, { isNew: true });
  for (let seq = 0; seq < 4; seq++) w.append(seq, payloadOf(seq));
  await w.finish();
  await owner.store.whenUploaded(m);
  const holder = await openStore(t, await tempDir(t), db);
  const replica = await holder.store.openWriter(m, { replica: true });
  t.equal(replica.appendedCount, 0, 'starts from the local disk (empty), not from CouchDB');
});

void t.test(
  'adopt uploads a live replica completely, continuing after what the dead owner uploaded',
  async (t) => {
    const db = await CouchTestDb.create(t);
    const proxy = await CouchProxy.start(t, db.url);
    const owner = await openStore(t, await tempDir(t), db, proxy.url);
    const holderDir = await tempDir(t);
    const holder = await openStore(t, holderDir, db);
    const m = id('rep-adopt-live');
    const ow = await owner.store.openWriter(m, { isNew: true });
    const rw = await holder.store.openWriter(m, { replica: true });
    for (let seq = 0; seq < 7; seq++) {
      ow.append(seq, payloadOf(seq));
      rw.append(seq, payloadOf(seq));
    }
    await db.waitFor(m, (doc) => (doc?.chunkCount ?? 0) >= 6);
    // The owner dies: its uploads stop, the document stays as it was (6 of 7, not complete).
    proxy.down();
    await owner.store.close();
    await holder.events.waitDurable(m, 7);
    t.equal((await db.doc(m))?.chunkCount, 6);

    await holder.store.adopt(m);
    t.notOk(holder.store.isReplica(m));
    t.notOk(await exists(replicaMarkerPath(holderDir, m)), 'marker removed');
    for (let seq = 7; seq < 11; seq++) rw.append(seq, payloadOf(seq));
    await rw.finish();
    await holder.store.whenUploaded(m);
    const doc = await db.doc(m);
    t.equal(doc?.complete, true, 'complete after finish');
    t.equal(doc?.chunkCount, 11);
    t.same(
      doc?.blocks?.map((b) => [b.first, b.count]),
      [
        [0, 3],
        [3, 3],
        [6, 3],
        [9, 2],
      ],
      'no block twice, no gap',
    );
    t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 11)), 'every packet, byte for byte');
    t.ok(holder.store.isCached(m), 'sealed: an ordinary cached body now');
  },
);

void t.test('adopt of a finished replica after a restart uploads and completes it', async (t) => {
  const db = await CouchTestDb.create(t);
  const dir = await tempDir(t);
  const first = await openStore(t, dir, db);
  const m = id('rep-adopt-done');
  const w = await first.store.openWriter(m, { replica: true });
  for (let seq = 0; seq < 5; seq++) w.append(seq, payloadOf(seq));
  await w.finish();
  await first.store.close();

  const second = await openStore(t, dir, db);
  await second.store.adopt(m);
  t.equal(second.store.pendingUploads, 1, 'queued');
  await second.store.whenUploaded(m);
  t.equal((await db.doc(m))?.complete, true);
  t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 5)));
  await second.store.close();

  // Adopted for good: a third start neither sees a replica nor uploads again.
  const third = await openStore(t, dir, db);
  t.notOk(third.store.isReplica(m));
  t.equal(third.store.pendingUploads, 0);
  t.ok(third.store.isCached(m));
});

void t.test('opening a closed replica as an own body adopts it', async (t) => {
  const db = await CouchTestDb.create(t);
  const { store } = await openStore(t, await tempDir(t), db);
  const m = id('rep-open-own');
  const w = await store.openWriter(m, { replica: true });
  for (let seq = 0; seq < 4; seq++) w.append(seq, payloadOf(seq));
  await w.finish();
  const own = await store.openWriter(m);
  t.equal(own.appendedCount, 4, 'continues the local file');
  t.notOk(store.isReplica(m));
  own.append(4, payloadOf(4));
  await own.finish();
  await store.whenUploaded(m);
  t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 5)));
  t.equal((await db.doc(m))?.complete, true);
});

void t.test(
  'release leaves the remote document exactly as it is and removes the local copy',
  async (t) => {
    const db = await CouchTestDb.create(t);
    const dir = await tempDir(t);
    const { store, events } = await openStore(t, dir, db);
    const m = id('rep-release-own');
    const w = await store.openWriter(m, { isNew: true });
    for (let seq = 0; seq < 7; seq++) w.append(seq, payloadOf(seq));
    const before = await db.waitFor(m, (doc) => (doc?.chunkCount ?? 0) >= 6);
    await events.waitDurable(m, 7);
    w.append(7, payloadOf(7));

    await store.release(m);
    t.equal(store.pendingUploads, 0, 'no upload left');
    t.notOk(await exists(bodyPath(dir, m).file), 'local file deleted');
    t.notOk(await exists(sealPath(dir, m)));
    t.throws(() => w.append(8, payloadOf(8)), { code: 'VOX_MESSAGE_NOT_LIVE' });
    await w.finish();
    await uploadBarrier(store, id('rep-release-barrier'));
    const after = await db.doc(m);
    t.equal(after?._rev, before?._rev, 'document untouched: same revision');
    t.equal(after?.complete, false, 'no complete flag added');
    t.same(
      after?.blocks?.map((b) => [b.first, b.count]),
      [
        [0, 3],
        [3, 3],
      ],
      'uploaded blocks stay',
    );
    t.same((await store.stat(m))?.chunkCount, 6, 'stat now answers from CouchDB');

    // Reopened later (the message came back to this router): from CouchDB.
    const again = await store.openWriter(m);
    t.not(again, w);
    t.equal(again.appendedCount, 6, 'resumes after what CouchDB holds');
    again.append(6, payloadOf(6));
    await again.finish();
    await store.whenUploaded(m);
    t.ok((await remoteRecords(db, m)).equals(recordsOf(0, 7)));
    t.equal((await db.doc(m))?.complete, true);
  },
);

void t.test(
  'release of an adopted replica leaves its uploaded blocks; of a replica, removes the marker',
  async (t) => {
    const db = await CouchTestDb.create(t);
    const dir = await tempDir(t);
    const { store, events } = await openStore(t, dir, db);
    const adopted = id('rep-release-adopted');
    const w = await store.openWriter(adopted, { replica: true });
    for (let seq = 0; seq < 4; seq++) w.append(seq, payloadOf(seq));
    await events.waitDurable(adopted, 4);
    await store.adopt(adopted);
    const before = await db.waitFor(adopted, (doc) => (doc?.chunkCount ?? 0) >= 3);
    await store.release(adopted);
    await uploadBarrier(store, id('rep-release-barrier-2'));
    const after = await db.doc(adopted);
    t.equal(after?._rev, before?._rev, 'untouched after release');
    t.equal(after?.complete, false);

    const replica = id('rep-release-replica');
    const r = await store.openWriter(replica, { replica: true });
    r.append(0, payloadOf(0));
    await r.finish();
    await store.release(replica);
    t.notOk(store.isReplica(replica));
    t.notOk(await exists(replicaMarkerPath(dir, replica)), 'marker deleted');
    t.notOk(await exists(bodyPath(dir, replica).file), 'file deleted');
    t.equal(await db.doc(replica), undefined, 'nothing sent to CouchDB, not even a tombstone');
    const again = await store.openWriter(replica, { replica: true });
    t.equal(again.appendedCount, 0, 'reopened as a new replica');
    t.ok(await exists(replicaMarkerPath(dir, replica)), 'with its marker again');
  },
);

void t.test(
  'a crash that left a marker without its body file does not make a later own body a replica',
  async (t) => {
    const db = await CouchTestDb.create(t);
    const dir = await tempDir(t);
    const m = id('rep-orphan');
    const { shardDir } = bodyPath(dir, m);
    await fs.mkdir(shardDir, { recursive: true });
    await fs.writeFile(replicaMarkerPath(dir, m), '{"v":1,"revi');
    const first = await openStore(t, dir, db);
    t.notOk(first.store.isReplica(m), 'no body file: not a replica');
    const w = await first.store.openWriter(m, { isNew: true });
    t.notOk(await exists(replicaMarkerPath(dir, m)), 'the orphan marker is removed');
    w.append(0, payloadOf(0));
    await w.finish();
    await first.store.whenUploaded(m);
    t.equal((await db.doc(m))?.complete, true);
  },
);

void t.test('at open, a replica whose message ended is released; one still needed, or unknown, is kept', async (t) => {
  const db = await CouchTestDb.create(t);
  const dir = await tempDir(t);
  const first = await openStore(t, dir, db);
  const [ended, live, unknown] = [id('rep-gone-ended'), id('rep-gone-live'), id('rep-gone-unknown')];
  for (const m of [ended, live, unknown]) {
    const w = await first.store.openWriter(m, { replica: true });
    for (let seq = 0; seq < 3; seq++) w.append(seq, payloadOf(seq));
    await w.finish();
  }
  await first.store.close();

  const asked: string[] = [];
  const second = await openStore(t, dir, db, db.url, async (m) => {
    asked.push(m);
    if (m === unknown) throw new Error('header store away');
    return m === live;
  });
  t.same([...asked].sort(), [ended, live, unknown].sort(), 'each replica on disk is asked about once');
  t.notOk(second.store.isReplica(ended), 'the ended one is no replica any more');
  t.notOk(await exists(bodyPath(dir, ended).file), 'its body file is deleted');
  t.notOk(await exists(replicaMarkerPath(dir, ended)), 'and its marker');
  t.equal(await second.store.stat(ended), undefined, 'nothing left of it here or remotely');
  for (const m of [live, unknown]) {
    t.ok(second.store.isReplica(m), `${m} stays a replica`);
    t.equal((await second.store.stat(m))?.chunkCount, 3, `${m} keeps its chunks`);
  }
  t.equal(second.store.pendingUploads, 0, 'none is uploaded');
});
