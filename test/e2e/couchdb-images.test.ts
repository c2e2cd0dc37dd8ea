/**
 * Uploaded pictures are bodies like audio: tiered to CouchDB (its test
 * server) behind the local disk. A picture of several 32 KiB chunks goes up
 * complete, is served from CouchDB once evicted from the disk, and through
 * a second router sharing Postgres and CouchDB; a delete (recall) leaves a
 * tombstone there.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import t from 'tap';
import type { MessageId } from '../../common/ids.js';
import { bodyPath } from '../../body-store/body-path.js';
import { sharedSchema, startCouchRouter, tieredStore, uploaded } from '../body-store/couch-router.js';
import { CouchTestDb } from '../body-store/couch-test-db.js';
import { signupUser, tempDir } from '../helpers/router-fixture.js';

const JPEG = readFileSync(new URL('../../fixtures/images/gradient-24x16.jpg', import.meta.url));
// Bytes after the JPEG's end are still the same JPEG to a probe: 100 KiB, so 4 body chunks of at most 32 KiB.
const BIG = Buffer.concat([JPEG, Buffer.alloc(100 * 1024 - JPEG.length, 0x5a)]);

void t.test('a picture goes up to CouchDB, is served from it once evicted, and through another router', async (t) => {
  const db = await CouchTestDb.create(t, 'images');
  const schema = sharedSchema(t);
  const dataDir = await tempDir(t);
  const one = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name, dataDir, config: { bodyCacheMaxBytes: 0 } });
  const [a, b] = await Promise.all([signupUser(one.url, 'ia'), signupUser(one.url, 'ib')]);
  const { conversationId } = await a.http.createConversation([b.name], 'pictures');

  const header = await a.http.uploadImage(conversationId, BIG, 'couch-pic-1');
  t.match(header, { chunkCount: 4, byteCount: BIG.length, image: { type: 'jpeg', imageBytes: BIG.length } });
  await uploaded(one, 'couch-pic-1');
  const doc = await db.doc('couch-pic-1');
  t.equal(doc?.complete, true, 'complete in CouchDB');
  t.ok(Buffer.concat(await db.payloads('couch-pic-1')).equals(BIG), 'CouchDB holds the picture byte for byte');

  const store = tieredStore(one);
  await store.evicted();
  const file = bodyPath(path.join(dataDir, 'bodies'), 'couch-pic-1' as MessageId).file;
  t.notOk(await fs.stat(file).catch(() => undefined), 'evicted from the local disk');
  const reads = store.stats.remoteReads;
  const fromCouch = await b.http.getImage('couch-pic-1');
  t.equal(fromCouch.contentType, 'image/jpeg');
  t.ok(Buffer.from(fromCouch.body).equals(BIG), 'served from CouchDB, exact');
  t.equal(store.stats.remoteReads, reads + 1, 'read from CouchDB');

  const two = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name });
  const viaTwo = await fetch(`${two.url}/v1/messages/couch-pic-1/image`, { headers: { authorization: `Bearer ${b.token}` } });
  t.equal(viaTwo.status, 200);
  t.ok(Buffer.from(await viaTwo.arrayBuffer()).equals(BIG), 'through the other router, exact');

  await a.http.call('POST', '/v1/messages/couch-pic-1/recall');
  const gone = await db.waitFor('couch-pic-1', (d) => d?.gone === 'deleted');
  t.equal(gone?.gone, 'deleted', 'recalled: a tombstone in CouchDB');
  t.equal((await fetch(`${two.url}/v1/messages/couch-pic-1/image`, { headers: { authorization: `Bearer ${b.token}` } })).status, 410);
});
