/**
 * The BodyStore contract: every implementation runs this suite. Each subtest
 * gets a fresh, empty backend; `open` may be called again on the same
 * backend to check what survives a store restart.
 */
import type { Test } from 'tap';
import type { MessageId } from '../../common/ids.js';
import type { BodyStore } from '../../body-store/body-store.js';
import { DurableRecorder } from './durable-recorder.js';

/** One empty storage; open() returns a store over it (call close yourself or let teardown). */
export interface BodyStoreBackend {
  open(events: DurableRecorder): Promise<BodyStore>;
}

/** Makes a fresh backend for one subtest and registers its teardown on t. */
export type BodyStoreBackendFactory = (t: Test) => Promise<BodyStoreBackend>;

const id = (s: string): MessageId => s as MessageId;
const payloadOf = (seq: number): Buffer => Buffer.from(`opus-${seq}-`.repeat((seq % 7) + 1));

async function openStore(t: Test, backend: BodyStoreBackend): Promise<{ store: BodyStore; events: DurableRecorder }> {
  const events = new DurableRecorder();
  const store = await backend.open(events);
  t.teardown(() => store.close());
  return { store, events };
}

const hasCode = (code: string): { name: string; code: string } => ({ name: 'VoxError', code });

/** Registers the contract subtests on t. */
export async function bodyStoreContract(t: Test, makeBackend: BodyStoreBackendFactory): Promise<void> {
  await t.test('appended chunks become durable and readable in order', async (t) => {
    const { store, events } = await openStore(t, await makeBackend(t));
    const m = id('msg-1');
    const w = await store.openWriter(m);
    t.equal(w.appendedCount, 0);
    t.equal(w.durableCount, 0);
    for (let seq = 0; seq < 5; seq++) w.append(seq, payloadOf(seq));
    t.equal(w.appendedCount, 5);
    await events.waitDurable(m, 5);
    t.equal(w.durableCount, 5);
    for (let seq = 5; seq < 8; seq++) w.append(seq, payloadOf(seq));
    await events.waitDurable(m, 8);
    t.equal(w.durableCount, 8);
    const counts = events.countsOf(m);
    t.same(counts, [...counts].sort((a, b) => a - b), 'durable counts never go back');
    t.equal(counts.at(-1), 8);
    const chunks = await store.read(m);
    t.same(chunks.map((c) => c.seq), [0, 1, 2, 3, 4, 5, 6, 7]);
    t.ok(chunks.every((c) => c.payload.equals(payloadOf(c.seq))), 'payloads round-trip');
    t.same(await store.stat(m), {
      messageId: m,
      chunkCount: 8,
      byteCount: chunks.reduce((n, c) => n + c.payload.length, 0),
    });
  });

  await t.test('read from a seq', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    const m = id('msg-from');
    const w = await store.openWriter(m);
    for (let seq = 0; seq < 10; seq++) w.append(seq, payloadOf(seq));
    await w.finish();
    t.same((await store.read(m, 7)).map((c) => c.seq), [7, 8, 9]);
    t.same(await store.read(m, 10), []);
    t.same(await store.read(m, 99), []);
    await t.rejects(store.read(m, -1), hasCode('VOX_BAD_REQUEST'));
  });

  await t.test('openWriter on a live body returns the same writer', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    const m = id('msg-live');
    const [a, b] = await Promise.all([store.openWriter(m), store.openWriter(m)]);
    t.equal(a, b, 'concurrent opens share one writer');
    a.append(0, payloadOf(0));
    const c = await store.openWriter(m);
    t.equal(c, a, 'reopen while live returns the same writer');
    t.equal(c.appendedCount, 1);
  });

  await t.test('a finished body resumes after its last chunk', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    const m = id('msg-resume');
    const w = await store.openWriter(m);
    for (let seq = 0; seq < 3; seq++) w.append(seq, payloadOf(seq));
    await w.finish();
    await w.finish(); // idempotent
    t.equal(w.durableCount, 3);
    t.throws(() => w.append(3, payloadOf(3)), hasCode('VOX_MESSAGE_NOT_LIVE'));
    const again = await store.openWriter(m);
    t.not(again, w);
    t.equal(again.appendedCount, 3);
    t.equal(again.durableCount, 3);
    again.append(3, payloadOf(3));
    await again.finish();
    t.same((await store.read(m)).map((c) => c.seq), [0, 1, 2, 3]);
  });

  await t.test('append rejects seq gaps and oversized chunks', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    const w = await store.openWriter(id('msg-gap'));
    t.throws(() => w.append(1, payloadOf(1)), hasCode('VOX_CHUNK_SEQ_GAP'));
    w.append(0, payloadOf(0));
    t.throws(() => w.append(0, payloadOf(0)), hasCode('VOX_CHUNK_SEQ_GAP'));
    t.throws(() => w.append(1, Buffer.alloc(65536)), hasCode('VOX_CHUNK_TOO_LARGE'));
    w.append(1, Buffer.alloc(65535, 7));
    await w.finish();
    const chunks = await store.read(w.messageId);
    t.equal(chunks.length, 2);
    t.equal(chunks[1]?.payload.length, 65535);
  });

  await t.test('an empty body exists with zero chunks', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    const m = id('msg-empty');
    t.equal(await store.stat(m), undefined);
    await t.rejects(store.read(m), hasCode('VOX_MESSAGE_NOT_FOUND'));
    const w = await store.openWriter(m);
    await w.finish();
    t.same(await store.stat(m), { messageId: m, chunkCount: 0, byteCount: 0 });
    t.same(await store.read(m), []);
  });

  await t.test('delete removes a body, live or not; absent is a no-op', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    const done = id('msg-del-done');
    const w = await store.openWriter(done);
    w.append(0, payloadOf(0));
    await w.finish();
    await store.delete(done);
    t.equal(await store.stat(done), undefined);
    await store.delete(done);
    await store.delete(id('never-written'));

    const live = id('msg-del-live');
    const lw = await store.openWriter(live);
    lw.append(0, payloadOf(0));
    await store.delete(live);
    t.equal(await store.stat(live), undefined);
    t.throws(() => lw.append(1, payloadOf(1)), hasCode('VOX_MESSAGE_NOT_LIVE'));
    const fresh = await store.openWriter(live);
    t.not(fresh, lw, 'a deleted body starts over');
    t.equal(fresh.appendedCount, 0);
  });

  await t.test('message ids are validated', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    for (const bad of ['', '../etc', 'a/b', 'a\\b', 'x'.repeat(65), 'sp ace', 'é']) {
      await t.rejects(store.openWriter(id(bad)), hasCode('VOX_MESSAGE_ID_INVALID'), `openWriter ${JSON.stringify(bad)}`);
      await t.rejects(store.read(id(bad)), hasCode('VOX_MESSAGE_ID_INVALID'));
      await t.rejects(store.stat(id(bad)), hasCode('VOX_MESSAGE_ID_INVALID'));
      await t.rejects(store.delete(id(bad)), hasCode('VOX_MESSAGE_ID_INVALID'));
    }
    const odd = id('..');
    const w = await store.openWriter(odd);
    w.append(0, payloadOf(0));
    await w.finish();
    t.equal((await store.stat(odd))?.chunkCount, 1, 'dots are a plain name');
    t.ok((await store.openWriter(id('x'.repeat(64)))) !== undefined, '64 chars is fine');
  });

  await t.test('close flushes pending chunks, is idempotent, and refuses new writers', async (t) => {
    const backend = await makeBackend(t);
    const first = await backend.open(new DurableRecorder());
    const m = id('msg-close');
    const w = await first.openWriter(m);
    for (let seq = 0; seq < 4; seq++) w.append(seq, payloadOf(seq));
    const closing = first.close();
    t.equal(first.close(), closing, 'second close returns the same promise');
    await closing;
    await first.close();
    t.equal(w.durableCount, 4);
    await t.rejects(first.openWriter(id('msg-after')), hasCode('VOX_SHUTTING_DOWN'));

    const { store } = await openStore(t, backend);
    t.same((await store.read(m)).map((c) => c.seq), [0, 1, 2, 3], 'a new store sees the chunks');
    const again = await store.openWriter(m);
    t.equal(again.appendedCount, 4);
  });

  await t.test('a replica is written, durable and readable like any body, also after a restart', async (t) => {
    const backend = await makeBackend(t);
    const events = new DurableRecorder();
    const first = await backend.open(events);
    const m = id('msg-replica');
    const w = await first.openWriter(m, { replica: true });
    for (let seq = 0; seq < 4; seq++) w.append(seq, payloadOf(seq));
    await events.waitDurable(m, 4);
    t.equal(w.durableCount, 4, 'onDurable reports a replica');
    t.same((await first.read(m, 2)).map((c) => c.seq), [2, 3]);
    t.equal((await first.stat(m))?.chunkCount, 4);
    t.equal(await first.openWriter(m, { replica: true }), w, 'a live replica is resumed like any writer');
    w.append(4, payloadOf(4));
    await first.close();

    const { store } = await openStore(t, backend);
    t.same((await store.read(m)).map((c) => c.seq), [0, 1, 2, 3, 4], 'closed with the store, found again');
    const again = await store.openWriter(m, { replica: true });
    t.equal(again.appendedCount, 5, 'a replica resumes after its last chunk');
    again.append(5, payloadOf(5));
    await again.finish();
    t.ok((await store.read(m)).every((c) => c.payload.equals(payloadOf(c.seq))));
  });

  await t.test('adopt makes a replica an ordinary body, live or finished; no-op otherwise', async (t) => {
    const { store } = await openStore(t, await makeBackend(t));
    const live = id('msg-adopt-live');
    const w = await store.openWriter(live, { replica: true });
    w.append(0, payloadOf(0));
    await store.adopt(live);
    w.append(1, payloadOf(1));
    await w.finish();
    t.same((await store.read(live)).map((c) => c.seq), [0, 1]);

    const done = id('msg-adopt-done');
    const d = await store.openWriter(done, { replica: true });
    d.append(0, payloadOf(0));
    await d.finish();
    await store.adopt(done);
    await store.adopt(done); // no longer a replica: no-op
    t.equal((await store.stat(done))?.chunkCount, 1);
    const resumed = await store.openWriter(done);
    t.equal(resumed.appendedCount, 1);
    await resumed.finish();

    await store.adopt(id('never-written'));
    t.equal(await store.stat(id('never-written')), undefined, 'adopt creates nothing');
    await t.rejects(store.adopt(id('a/b')), hasCode('VOX_MESSAGE_ID_INVALID'));
  });

  // Releasing a body of this router's own is implementation-specific: a
  // remote tier keeps what was uploaded of it (see the stores' own tests).
  await t.test('release closes a live replica without finishing and deletes it; it can be opened again', async (t) => {
    const { store, events } = await openStore(t, await makeBackend(t));
    const m = id('msg-release');
    const w = await store.openWriter(m, { replica: true });
    for (let seq = 0; seq < 3; seq++) w.append(seq, payloadOf(seq));
    await events.waitDurable(m, 3);
    w.append(3, payloadOf(3)); // pending: dropped, never made durable
    await store.release(m);
    t.equal(await store.stat(m), undefined, 'gone');
    await t.rejects(store.read(m), hasCode('VOX_MESSAGE_NOT_FOUND'));
    t.throws(() => w.append(4, payloadOf(4)), hasCode('VOX_MESSAGE_NOT_LIVE'), 'append after release');
    await w.finish(); // resolves, finishes nothing
    t.equal(w.durableCount, 3);
    t.equal(await store.stat(m), undefined, 'finish after release writes nothing');
    await store.release(m); // absent: no-op

    const again = await store.openWriter(m, { replica: true });
    t.not(again, w, 'a released body starts over');
    t.equal(again.appendedCount, 0);
    again.append(0, payloadOf(7));
    await again.finish();
    t.same((await store.read(m)).map((c) => c.payload.toString()), [payloadOf(7).toString()]);

    const finished = id('msg-release-finished');
    const f = await store.openWriter(finished, { replica: true });
    f.append(0, payloadOf(0));
    await f.finish();
    await store.release(finished);
    t.equal(await store.stat(finished), undefined, 'a finished replica is released too');
    await store.release(id('never-written'));
    await t.rejects(store.release(id('a/b')), hasCode('VOX_MESSAGE_ID_INVALID'));
  });

  await t.test('a throwing event listener does not break commits', async (t) => {
    const backend = await makeBackend(t);
    const events = new DurableRecorder();
    const onDurable = events.onDurable.bind(events);
    let calls = 0;
    events.onDurable = (m, n) => {
      calls++;
      onDurable(m, n);
      throw new Error('listener bug');
    };
    const store = await backend.open(events);
    t.teardown(() => store.close());
    const m = id('msg-throw');
    const w = await store.openWriter(m);
    w.append(0, payloadOf(0));
    await events.waitDurable(m, 1);
    w.append(1, payloadOf(1));
    await events.waitDurable(m, 2);
    t.equal(calls, 2);
  });
}
