import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import type { MessageId } from '../../common/ids.js';
import type { BodyStoreEvents } from '../../body-store/body-store.js';
import { encodeFileHeader, encodeRecord } from '../../body-store/body-file-format.js';
import { bodyPath } from '../../body-store/body-path.js';
import { DiskBodyStore, type BodyStoreLogger } from '../../body-store/disk-body-store.js';
import type { Logger } from '../../common/logger.js';
import { bodyStoreContract } from './body-store-contract.js';
import { DurableRecorder } from './durable-recorder.js';
import { FaultyIo } from './faulty-io.js';

// A pino Logger must fit the store's logger option.
const _loggerFits = (l: Logger): BodyStoreLogger => l;

const id = (s: string): MessageId => s as MessageId;
const payloadOf = (seq: number): Buffer => Buffer.from(`chunk-${seq}`);
const fileOf = (dir: string, m: string): string => bodyPath(dir, id(m)).file;
const expectedFile = (count: number): Buffer =>
  Buffer.concat([encodeFileHeader(), ...Array.from({ length: count }, (_, seq) => encodeRecord(seq, payloadOf(seq)))]);

async function tempDir(t: Test): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'voxring-bodies-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

interface Setup {
  dir: string;
  store: DiskBodyStore;
  events: DurableRecorder;
  io: FaultyIo;
}

/** A store that commits only when the test says so (the timer never fires during a test). */
async function manualStore(t: Test, dir?: string, events: BodyStoreEvents = new DurableRecorder()): Promise<Setup> {
  const root = dir ?? (await tempDir(t));
  const io = new FaultyIo();
  const store = await DiskBodyStore.open({ dir: root, commitIntervalMs: 3_600_000, events, io });
  t.teardown(() => store.close().catch(() => undefined));
  return { dir: root, store, events: events as DurableRecorder, io };
}

/**
 * What a new store finds of a body after a kill -9 now: the directory is
 * copied as the running store left it (log included, body files maybe
 * behind) and opened; undefined when the body is not there.
 */
async function chunksAfterCrash(t: Test, dir: string, m: string): Promise<number[] | undefined> {
  const copy = await tempDir(t);
  fs.cpSync(dir, copy, { recursive: true });
  const store = await DiskBodyStore.open({ dir: copy, commitIntervalMs: 3_600_000, events: new DurableRecorder() });
  t.teardown(() => store.close());
  if ((await store.stat(id(m))) === undefined) return undefined;
  return (await store.read(id(m))).map((c) => c.seq);
}

async function writeBody(store: DiskBodyStore, m: string, count: number): Promise<void> {
  const w = await store.openWriter(id(m));
  for (let seq = w.appendedCount; seq < count; seq++) w.append(seq, payloadOf(seq));
  await w.finish();
}

void t.test('DiskBodyStore: BodyStore contract', async (t) => {
  await bodyStoreContract(t, async (t) => {
    const dir = await tempDir(t);
    return { open: (events) => DiskBodyStore.open({ dir, commitIntervalMs: 2, events }) };
  });
});

void t.test('files are laid out and encoded as documented', async (t) => {
  const { dir, store } = await manualStore(t);
  await writeBody(store, 'msg-1', 3);
  t.same(fs.readdirSync(dir).sort(), ['04', 'wal'], 'shard = first 2 hex chars of sha1(id), beside the log');
  t.same(fs.readFileSync(join(dir, '04', 'msg-1.vxb')), expectedFile(3));
});

void t.test('group commit: one log write and one fdatasync per commit, however many bodies are dirty', async (t) => {
  const { dir, store, events, io } = await manualStore(t);
  const writers = await Promise.all(Array.from({ length: 10 }, (_, i) => store.openWriter(id(`m${i}`))));
  for (let seq = 0; seq < 50; seq++) for (const w of writers) w.append(seq, payloadOf(seq));
  t.equal(io.writes, 0, 'append only buffers');
  await store.commit();
  t.equal(store.stats.commits, 1);
  t.equal(io.writes, 1, 'one write: the log batch');
  t.equal(io.syncs, 1, 'one fdatasync: the log');
  for (const w of writers) {
    t.equal(w.durableCount, 50);
    t.same(events.countsOf(w.messageId), [50], 'one onDurable per body per commit');
  }
  t.equal(fs.statSync(fileOf(dir, 'm3')).size, 0, 'body files are not written by a commit');
  await store.commit();
  t.equal(store.stats.commits, 1, 'nothing dirty: no commit');
  t.equal(io.syncs, 1);
  t.same(await store.read(id('m3')), Array.from({ length: 50 }, (_, seq) => ({ seq, payload: payloadOf(seq) })), 'a read writes the file first');
  t.equal(io.writes, 2, 'with one write');
  t.equal(io.syncs, 1, 'and no fsync');
  await writers[3]!.finish();
  t.equal(io.syncs, 2, 'finish fsyncs the body file');
  t.same(fs.readFileSync(fileOf(dir, 'm3')), expectedFile(50));
});

void t.test('group commit on the timer batches 500 appends into a handful of commits', async (t) => {
  const dir = await tempDir(t);
  const io = new FaultyIo();
  const events = new DurableRecorder();
  const store = await DiskBodyStore.open({ dir, commitIntervalMs: 5, events, io });
  t.teardown(() => store.close());
  const writers = await Promise.all(Array.from({ length: 10 }, (_, i) => store.openWriter(id(`t${i}`))));
  for (let seq = 0; seq < 50; seq++) for (const w of writers) w.append(seq, payloadOf(seq));
  await Promise.all(writers.map((w) => events.waitDurable(w.messageId, 50)));
  t.ok(store.stats.commits >= 1 && store.stats.commits <= 2, `commits: ${store.stats.commits}`);
  t.ok(io.syncs <= 2, `syncs: ${io.syncs}`);
  t.same(await store.read(id('t3')), Array.from({ length: 50 }, (_, seq) => ({ seq, payload: payloadOf(seq) })));
});

void t.test('a tick skipped during a slow commit: the next commit starts as soon as it ends, not at the next tick', async (t) => {
  const dir = await tempDir(t);
  const io = new FaultyIo();
  const events = new DurableRecorder();
  // Long enough that a commit started by the timer could not be mistaken for the catch-up one.
  const store = await DiskBodyStore.open({ dir, commitIntervalMs: 100, events, io });
  t.teardown(() => store.close());
  const w = await store.openWriter(id('slow'));
  let openFirst = (): void => {};
  io.gate = new Promise((resolve) => (openFirst = resolve));
  const firstReached = io.gateReached();
  w.append(0, payloadOf(0));
  await firstReached; // the first commit (from a tick) hangs in its write, as behind a slow fsync
  w.append(1, payloadOf(1));
  while (store.stats.skippedTicks === 0) await new Promise((r) => setTimeout(r, 10));
  const skipped = store.stats.skippedTicks;
  let openSecond = (): void => {};
  io.gate = new Promise((resolve) => (openSecond = resolve));
  const secondReached = io.gateReached();
  openFirst();
  await events.waitDurable(w.messageId, 1);
  await secondReached;
  t.equal(store.stats.catchUpCommits, 1, 'the second commit is the catch-up one');
  t.equal(store.stats.skippedTicks, skipped, 'started before any further tick');
  t.equal(w.durableCount, 1, 'chunk 1 is in the second commit, still running');
  openSecond();
  await events.waitDurable(w.messageId, 2);
  t.same(events.countsOf(w.messageId), [1, 2]);
  t.equal(store.stats.commits, 2);
});

void t.test('no skipped tick: no catch-up commit', async (t) => {
  const { store, events } = await manualStore(t);
  const w = await store.openWriter(id('calm'));
  w.append(0, payloadOf(0));
  await store.commit();
  w.append(1, payloadOf(1));
  await store.commit();
  t.same(events.countsOf(w.messageId), [1, 2]);
  t.equal(store.stats.catchUpCommits, 0);
});

void t.test('a torn tail after a crash is cut and the body continues', async (t) => {
  for (const [name, tail] of [
    ['half a record', encodeRecord(5, payloadOf(5)).subarray(0, 13)],
    ['a record header only', encodeRecord(5, payloadOf(5)).subarray(0, 6)],
    ['garbage', Buffer.from('\xff\xfe garbage bytes that are no record', 'latin1')],
  ] as const) {
    await t.test(name, async (t) => {
      const { dir, store } = await manualStore(t);
      await writeBody(store, 'crash', 5);
      fs.appendFileSync(fileOf(dir, 'crash'), tail);
      t.equal((await store.stat(id('crash')))?.chunkCount, 5);
      t.same((await store.read(id('crash'))).map((c) => c.seq), [0, 1, 2, 3, 4]);
      const w = await store.openWriter(id('crash'));
      t.equal(w.appendedCount, 5);
      t.equal(w.durableCount, 5);
      t.equal(fs.statSync(fileOf(dir, 'crash')).size, expectedFile(5).length, 'tail truncated');
      w.append(5, payloadOf(5));
      w.append(6, payloadOf(6));
      await w.finish();
      t.same(fs.readFileSync(fileOf(dir, 'crash')), expectedFile(7));
    });
  }
});

void t.test('a corrupt record in the middle ends the body there', async (t) => {
  const { dir, store } = await manualStore(t);
  await writeBody(store, 'rot', 6);
  const file = fileOf(dir, 'rot');
  const bytes = fs.readFileSync(file);
  const thirdPayload = expectedFile(2).length + 10;
  bytes[thirdPayload] = bytes[thirdPayload]! ^ 0x01;
  fs.writeFileSync(file, bytes);
  t.same((await store.read(id('rot'))).map((c) => c.seq), [0, 1]);
  t.same((await store.read(id('rot'), 1)).map((c) => c.seq), [1]);
  t.equal((await store.stat(id('rot')))?.chunkCount, 2);
  const w = await store.openWriter(id('rot'));
  t.equal(w.appendedCount, 2, 'the writer resumes before the bad record');
  w.append(2, payloadOf(2));
  await w.finish();
  t.same(fs.readFileSync(file), expectedFile(3));
});

void t.test('a file that is not a body is refused, never rewritten', async (t) => {
  const { dir, store } = await manualStore(t);
  const { shardDir, file } = bodyPath(dir, id('alien'));
  fs.mkdirSync(shardDir, { recursive: true });
  fs.writeFileSync(file, 'OggS and then some audio');
  const refused = { name: 'VoxError', code: 'VOX_STORAGE_FAILED', message: /not a body file/ };
  await t.rejects(store.openWriter(id('alien')), refused);
  await t.rejects(store.read(id('alien')), refused);
  await t.rejects(store.stat(id('alien')), refused);
  t.equal(fs.readFileSync(file, 'utf8'), 'OggS and then some audio');
});

void t.test('a file cut inside its header holds no chunks and is rewritten', async (t) => {
  const { dir, store } = await manualStore(t);
  const { shardDir, file } = bodyPath(dir, id('stub'));
  fs.mkdirSync(shardDir, { recursive: true });
  fs.writeFileSync(file, 'VXB');
  t.same(await store.stat(id('stub')), { messageId: id('stub'), chunkCount: 0, byteCount: 0 });
  t.same(await store.read(id('stub')), []);
  await writeBody(store, 'stub', 2);
  t.same(fs.readFileSync(file), expectedFile(2));
});

void t.test('a failed write is reported, kept and retried without duplicates', async (t) => {
  for (const fault of ['fail', 'half'] as const) {
    await t.test(fault, async (t) => {
      const { dir, store, events, io } = await manualStore(t);
      const w = await store.openWriter(id('w'));
      for (let seq = 0; seq < 2; seq++) w.append(seq, payloadOf(seq));
      await store.commit();
      for (let seq = 2; seq < 5; seq++) w.append(seq, payloadOf(seq));
      io.writeFaults.push(fault);
      const reported = events.nextError();
      await store.commit();
      await reported;
      t.equal(events.errors.length, 1);
      t.match(events.errors[0], { messageId: 'w', err: { name: 'VoxError', code: 'VOX_STORAGE_FAILED', cause: { code: 'EIO' } } });
      t.equal(w.durableCount, 2);
      t.equal(store.stats.failedFlushes, 1);
      t.equal(io.truncates, 1, 'the log is cut back to its last durable byte');
      w.append(5, payloadOf(5));
      await store.commit();
      t.equal(w.durableCount, 6);
      t.same(events.countsOf(id('w')), [2, 6]);
      t.same(await chunksAfterCrash(t, dir, 'w'), Array.from({ length: 6 }, (_, seq) => seq), 'the log holds each chunk once');
      await w.finish();
      t.same(fs.readFileSync(fileOf(dir, 'w')), expectedFile(6));
    });
  }
});

void t.test('a short write is completed in the same commit', async (t) => {
  const { dir, store, events, io } = await manualStore(t);
  const w = await store.openWriter(id('short'));
  for (let seq = 0; seq < 4; seq++) w.append(seq, payloadOf(seq));
  io.writeFaults.push('short');
  await store.commit();
  t.equal(io.writes, 2);
  t.equal(events.errors.length, 0);
  t.equal(w.durableCount, 4);
  t.same(await chunksAfterCrash(t, dir, 'short'), [0, 1, 2, 3]);
  await w.finish();
  t.same(fs.readFileSync(fileOf(dir, 'short')), expectedFile(4));
});

void t.test('a failed fdatasync makes nothing durable; the retry rewrites the same bytes', async (t) => {
  const { dir, store, events, io } = await manualStore(t);
  const w = await store.openWriter(id('sync'));
  w.append(0, payloadOf(0));
  await store.commit();
  w.append(1, payloadOf(1));
  w.append(2, payloadOf(2));
  io.syncFailures = 1;
  await store.commit();
  t.equal(events.errors.length, 1);
  t.equal(w.durableCount, 1);
  await store.commit();
  t.equal(w.durableCount, 3);
  t.same(await chunksAfterCrash(t, dir, 'sync'), [0, 1, 2]);
  await w.finish();
  t.same(fs.readFileSync(fileOf(dir, 'sync')), expectedFile(3));
});

void t.test('finish rejects while storage fails, and works once it recovers', async (t) => {
  const { dir, store, io } = await manualStore(t);
  const w = await store.openWriter(id('fin'));
  w.append(0, payloadOf(0));
  io.writeFaults.push('fail');
  await t.rejects(w.finish(), { name: 'VoxError', code: 'VOX_STORAGE_FAILED' });
  t.equal(await store.openWriter(id('fin')), w, 'still the live writer');
  w.append(1, payloadOf(1));
  await w.finish();
  t.equal(w.durableCount, 2);
  t.same(fs.readFileSync(fileOf(dir, 'fin')), expectedFile(2));
});

void t.test('appends made while a commit is in flight are kept for the next one', async (t) => {
  const { dir, store, events, io } = await manualStore(t);
  const w = await store.openWriter(id('busy'));
  for (let seq = 0; seq < 3; seq++) w.append(seq, payloadOf(seq));
  let open = (): void => undefined;
  io.gate = new Promise((resolve) => (open = resolve));
  const reached = io.gateReached();
  const first = store.commit();
  await reached;
  for (let seq = 3; seq < 6; seq++) w.append(seq, payloadOf(seq));
  const second = store.commit();
  t.equal(store.commit(), second, 'one commit queued behind the running one');
  t.equal(io.writes, 1, 'the queued commit waits for the running one');
  open();
  await first;
  t.equal(w.durableCount, 3);
  await second;
  t.equal(io.writes, 2);
  t.equal(w.durableCount, 6);
  t.same(events.countsOf(id('busy')), [3, 6]);
  await w.finish();
  t.same(fs.readFileSync(fileOf(dir, 'busy')), expectedFile(6));
});

const openFds = (): number => fs.readdirSync('/proc/self/fd').length;
const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

void t.test('close finishes every writer and leaves no fd or timer behind', async (t) => {
  const dir = await tempDir(t);
  const fdsBefore = openFds();
  const timersBefore = timers();
  const store = await DiskBodyStore.open({ dir, events: new DurableRecorder() });
  const writers = await Promise.all(['a', 'b', 'c'].map((m) => store.openWriter(id(m))));
  writers.forEach((w, i) => {
    for (let seq = 0; seq <= i; seq++) w.append(seq, payloadOf(seq));
  });
  t.ok(openFds() >= fdsBefore + 3, 'one fd per live body');
  t.equal(timers(), timersBefore + 1, 'the commit timer holds the process while data is pending');
  await Promise.all([store.close(), store.close()]);
  t.equal(openFds(), fdsBefore, 'fds closed');
  t.equal(timers(), timersBefore, 'commit timer stopped');
  t.same(writers.map((w) => w.durableCount), [1, 2, 3]);
});

void t.test('close under failing storage releases everything and reports the loss', async (t) => {
  const dir = await tempDir(t);
  const fdsBefore = openFds();
  const io = new FaultyIo();
  const store = await DiskBodyStore.open({ dir, commitIntervalMs: 3_600_000, events: new DurableRecorder(), io });
  const w = await store.openWriter(id('lost'));
  w.append(0, payloadOf(0));
  io.writeFaults.push('fail', 'fail');
  await t.rejects(store.close(), { name: 'VoxError', code: 'VOX_STORAGE_FAILED', message: /1 bodies/ });
  t.equal(openFds(), fdsBefore);
  t.throws(() => w.append(1, payloadOf(1)), { code: 'VOX_MESSAGE_NOT_LIVE' });
});

void t.test('release of a live body drops what is pending, closes the file and deletes it', async (t) => {
  const { dir, store, events } = await manualStore(t);
  const w = await store.openWriter(id('rel'), { replica: false });
  w.append(0, payloadOf(0));
  await store.commit();
  const fdsBefore = openFds();
  w.append(1, payloadOf(1));
  await store.release(id('rel'));
  t.equal(openFds(), fdsBefore - 1, 'fd closed');
  t.notOk(fs.existsSync(fileOf(dir, 'rel')), 'file deleted');
  await w.finish();
  await store.commit();
  t.same(events.countsOf(id('rel')), [1], 'the pending chunk never became durable');
  t.same(await chunksAfterCrash(t, dir, 'rel'), undefined, 'a crash now does not bring it back');
  t.throws(() => w.append(2, payloadOf(2)), { code: 'VOX_MESSAGE_NOT_LIVE' });
  await store.adopt(id('rel')); // no-op on a disk store
  t.notOk(fs.existsSync(fileOf(dir, 'rel')));
});
