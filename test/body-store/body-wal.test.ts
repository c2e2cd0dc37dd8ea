/**
 * The shared write-ahead log of DiskBodyStore: what a store started after a
 * kill -9 finds (the directory is copied as the running store left it),
 * torn and corrupt log tails, deletes and installs that replay must honour,
 * segment checkpoints, and the segment format itself.
 */
import fs from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import type { MessageId } from '../../common/ids.js';
import { encodeFileHeader, encodeRecord } from '../../body-store/body-file-format.js';
import { bodyPath } from '../../body-store/body-path.js';
import {
  BATCH_HEADER_BYTES,
  encodeBarrierEntry,
  encodeWalHeader,
  encodeWriteEntry,
  scanWalSegment,
  sealBatch,
  WAL_DELETE,
  WAL_HEADER_BYTES,
  walEntryBytes,
} from '../../body-store/body-wal-format.js';
import { DiskBodyStore, type BodyStoreLogger } from '../../body-store/disk-body-store.js';
import { tempDir } from '../helpers/router-fixture.js';
import { DurableRecorder } from './durable-recorder.js';

const id = (s: string): MessageId => s as MessageId;
const payloadOf = (seq: number): Buffer => Buffer.from(`wal-${seq}-`.repeat((seq % 3) + 1));
const fileOf = (dir: string, m: string): string => bodyPath(dir, id(m)).file;
const expectedFile = (count: number, payload = payloadOf): Buffer =>
  Buffer.concat([
    encodeFileHeader(),
    ...Array.from({ length: count }, (_, seq) => encodeRecord(seq, payload(seq))),
  ]);
const walFiles = (dir: string): string[] => fs.readdirSync(join(dir, 'wal')).sort();

class RecordingLogger implements BodyStoreLogger {
  readonly lines: Array<{ level: string; msg: string; obj: object }> = [];
  info(obj: object, msg: string): void {
    this.lines.push({ level: 'info', msg, obj });
  }
  warn(obj: object, msg: string): void {
    this.lines.push({ level: 'warn', msg, obj });
  }
  error(obj: object, msg: string): void {
    this.lines.push({ level: 'error', msg, obj });
  }
}

/** A store that commits only when told (or at finish); closed in teardown. */
async function manualStore(
  t: Test,
  dir: string,
  extra: { walSegmentBytes?: number; logger?: BodyStoreLogger } = {},
) {
  const events = new DurableRecorder();
  const store = await DiskBodyStore.open({ dir, commitIntervalMs: 3_600_000, events, ...extra });
  t.teardown(() => store.close().catch(() => undefined));
  return { store, events };
}

/** The directory as a kill -9 would leave it now: a copy, taken while the store runs. */
async function crashCopy(t: Test, dir: string): Promise<string> {
  const copy = await tempDir(t);
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

void t.test(
  'after a kill -9 every durable chunk is back, though the body files were never written',
  async (t) => {
    const dir = await tempDir(t);
    const { store, events } = await manualStore(t, dir);
    const a = await store.openWriter(id('a'));
    const b = await store.openWriter(id('b'));
    for (let seq = 0; seq < 5; seq++) a.append(seq, payloadOf(seq));
    await store.commit();
    for (let seq = 0; seq < 3; seq++) b.append(seq, payloadOf(seq));
    for (let seq = 5; seq < 9; seq++) a.append(seq, payloadOf(seq));
    await store.commit();
    await events.waitDurable(id('a'), 9);
    a.append(9, payloadOf(9)); // appended, not committed: may be lost
    t.equal(fs.statSync(fileOf(dir, 'a')).size, 0, 'the body file is still empty');

    const copy = await crashCopy(t, dir);
    const logger = new RecordingLogger();
    const { store: after } = await manualStore(t, copy, { logger });
    t.equal(after.stats.replayedSegments, 1);
    t.equal(after.stats.replayedBodies, 2);
    t.same(walFiles(copy), [], 'the replayed log is gone');
    t.same(fs.readFileSync(fileOf(copy, 'a')), expectedFile(9), 'body file rebuilt byte for byte');
    t.same(fs.readFileSync(fileOf(copy, 'b')), expectedFile(3));
    t.match(logger.lines, [{ level: 'info', msg: /replayed/ }]);
    const resumed = await after.openWriter(id('a'));
    t.equal(resumed.durableCount, 9, 'resumes after the last durable chunk');
  },
);

void t.test('a torn or corrupt log tail is cut; what was fsynced before it survives', async (t) => {
  for (const [name, damage, level] of [
    ['half a batch', (seg: Buffer) => seg.subarray(0, seg.length - 7), 'warn'],
    [
      'a batch header only',
      (seg: Buffer) => Buffer.concat([seg, Buffer.from([1, 2, 3, 4, 200, 0, 0, 0])]),
      'warn',
    ],
    [
      'a flipped byte in the last batch',
      (seg: Buffer) => {
        const copy = Buffer.from(seg);
        copy[copy.length - 2]! ^= 0x40;
        return copy;
      },
      'error',
    ],
  ] as const) {
    await t.test(name, async (t) => {
      const dir = await tempDir(t);
      const { store } = await manualStore(t, dir);
      const w = await store.openWriter(id('torn'));
      for (let seq = 0; seq < 4; seq++) w.append(seq, payloadOf(seq));
      await store.commit();
      for (let seq = 4; seq < 6; seq++) w.append(seq, payloadOf(seq));
      await store.commit();
      const copy = await crashCopy(t, dir);
      const [segment] = walFiles(copy);
      const file = join(copy, 'wal', segment!);
      fs.writeFileSync(file, damage(fs.readFileSync(file)));
      const logger = new RecordingLogger();
      const { store: after } = await manualStore(t, copy, { logger });
      const seqs = (await after.read(id('torn'))).map((c) => c.seq);
      const expected = name === 'a batch header only' ? [0, 1, 2, 3, 4, 5] : [0, 1, 2, 3];
      t.same(seqs, expected);
      t.ok(
        logger.lines.some((l) => l.level === level && /segment (torn|corrupt)/.test(l.msg)),
        `logged as ${level}`,
      );
    });
  }
});

void t.test(
  'replay rewrites a damaged body file and cuts what follows the last logged byte',
  async (t) => {
    const dir = await tempDir(t);
    const { store } = await manualStore(t, dir);
    const w = await store.openWriter(id('dmg'));
    for (let seq = 0; seq < 6; seq++) w.append(seq, payloadOf(seq));
    await store.commit();
    await store.read(id('dmg')); // the file now holds the records (not fsynced)
    const copy = await crashCopy(t, dir);
    const file = fileOf(copy, 'dmg');
    const bytes = fs.readFileSync(file);
    bytes.fill(0, 20, 40); // a power loss may leave holes where pages were not written back
    fs.writeFileSync(file, Buffer.concat([bytes, Buffer.from('junk after the end')]));
    await manualStore(t, copy);
    t.same(fs.readFileSync(file), expectedFile(6));
  },
);

void t.test(
  'a delete is logged: replay neither brings the body back nor mixes it with a new one',
  async (t) => {
    const dir = await tempDir(t);
    const { store } = await manualStore(t, dir);
    const gone = await store.openWriter(id('gone'));
    for (let seq = 0; seq < 5; seq++) gone.append(seq, payloadOf(seq));
    await store.commit();
    await store.delete(id('gone'));

    const reborn = await store.openWriter(id('reborn'));
    for (let seq = 0; seq < 8; seq++) reborn.append(seq, payloadOf(seq));
    await store.commit();
    await store.delete(id('reborn'));
    const second = await store.openWriter(id('reborn'));
    const other = (seq: number): Buffer => Buffer.from(`second-${seq}`);
    for (let seq = 0; seq < 3; seq++) second.append(seq, other(seq));
    await store.commit();

    const copy = await crashCopy(t, dir);
    // The old file, as if its unlink had not reached the disk: replay must not leave its tail.
    fs.writeFileSync(fileOf(copy, 'reborn'), expectedFile(8));
    fs.writeFileSync(fileOf(copy, 'gone'), expectedFile(5));
    const { store: after } = await manualStore(t, copy);
    t.equal(await after.stat(id('gone')), undefined, 'a deleted body stays deleted');
    t.notOk(fs.existsSync(fileOf(copy, 'gone')));
    t.same(
      fs.readFileSync(fileOf(copy, 'reborn')),
      expectedFile(3, other),
      'only the new body, nothing of the old one',
    );
  },
);

void t.test(
  'an installed body file is not overwritten by older log entries of that body',
  async (t) => {
    const dir = await tempDir(t);
    const { store } = await manualStore(t, dir);
    const w = await store.openWriter(id('inst'));
    for (let seq = 0; seq < 6; seq++) w.append(seq, payloadOf(seq));
    await w.finish();
    const fetched = expectedFile(2, (seq) => Buffer.from(`remote-${seq}`));
    await store.install(id('inst'), fetched);
    await store.commit();
    const copy = await crashCopy(t, dir);
    await manualStore(t, copy);
    t.same(fs.readFileSync(fileOf(copy, 'inst')), fetched);
  },
);

void t.test(
  'closed segments are checkpointed (bodies fsynced) and deleted; a crash later still finds everything',
  async (t) => {
    const dir = await tempDir(t);
    const { store, events } = await manualStore(t, dir, { walSegmentBytes: 600 });
    const writers = await Promise.all(['c1', 'c2', 'c3'].map((m) => store.openWriter(id(m))));
    for (let round = 0; round < 20; round++) {
      for (const w of writers) w.append(round, payloadOf(round));
      await store.commit();
    }
    await writers[0]!.finish();
    for (const w of writers.slice(1)) await events.waitDurable(w.messageId, 20);
    await store.checkpoint();
    t.ok(store.stats.checkpoints >= 3, `${store.stats.checkpoints} segments checkpointed`);
    t.equal(walFiles(dir).length, 1, 'only the current segment is left');
    t.ok(fs.statSync(fileOf(dir, 'c2')).size > 0, 'live bodies were written by the checkpoints');

    const copy = await crashCopy(t, dir);
    const { store: after } = await manualStore(t, copy);
    for (const m of ['c1', 'c2', 'c3']) {
      t.same(
        (await after.read(id(m))).map((c) => c.seq),
        Array.from({ length: 20 }, (_, seq) => seq),
        `${m}: every durable chunk`,
      );
    }
  },
);

void t.test('a clean close leaves no log behind', async (t) => {
  const dir = await tempDir(t);
  const { store } = await manualStore(t, dir);
  const w = await store.openWriter(id('clean'));
  w.append(0, payloadOf(0));
  await store.commit();
  t.equal(walFiles(dir).length, 1);
  await store.close();
  t.same(walFiles(dir), []);
  t.same(fs.readFileSync(fileOf(dir, 'clean')), expectedFile(1));
});

void t.test('segment format: batches round-trip; damage is reported, never trusted', async (t) => {
  const m = id('fmt');
  const records = Buffer.concat([encodeFileHeader(), encodeRecord(0, payloadOf(0))]);
  const size =
    WAL_HEADER_BYTES + BATCH_HEADER_BYTES + walEntryBytes(m) + walEntryBytes(m, records.length);
  const seg = Buffer.alloc(size);
  encodeWalHeader().copy(seg, 0);
  let at = WAL_HEADER_BYTES + BATCH_HEADER_BYTES;
  at = encodeBarrierEntry(seg, at, WAL_DELETE, m);
  at = encodeWriteEntry(seg, at, m, 0, records);
  sealBatch(seg, WAL_HEADER_BYTES, at);
  t.equal(at, size);
  const scan = scanWalSegment(seg, 'test');
  t.equal(scan?.stop, 'end');
  t.equal(scan?.batches, 1);
  t.match(scan?.entries, [
    { type: WAL_DELETE, messageId: 'fmt' },
    { type: 1, messageId: 'fmt', offset: 0 },
  ]);
  const entry = scan?.entries[1];
  t.ok(entry?.type === 1 && entry.bytes.equals(records), 'payload bytes intact');

  t.equal(scanWalSegment(seg.subarray(0, 5), 'test'), undefined, 'shorter than a header: empty');
  t.equal(scanWalSegment(seg.subarray(0, size - 1), 'test')?.stop, 'torn');
  t.same(scanWalSegment(seg.subarray(0, WAL_HEADER_BYTES), 'test')?.entries, []);
  const lying = Buffer.from(seg);
  lying.writeUInt32LE(0xffffff, WAL_HEADER_BYTES + 4); // a length far past the end
  t.equal(scanWalSegment(lying, 'test')?.stop, 'torn');
  const zero = Buffer.concat([seg, Buffer.alloc(16)]);
  t.equal(
    scanWalSegment(zero, 'test')?.stop,
    'corrupt',
    'zeros after the end are not an empty batch',
  );
  t.equal(scanWalSegment(zero, 'test')?.batches, 1);
  t.throws(() => scanWalSegment(Buffer.from('OggS and then some'), 'x'), {
    code: 'VOX_STORAGE_FAILED',
    message: /not a body log segment/,
  });
});
