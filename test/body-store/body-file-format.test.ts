import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import t from 'tap';
import type { MessageId } from '../../common/ids.js';
import type { StoredChunk } from '../../body-store/body-store.js';
import {
  checkFileHeader,
  encodeFileHeader,
  encodeRecord,
  FILE_HEADER_BYTES,
  scanRecords,
} from '../../body-store/body-file-format.js';
import { bodyPath } from '../../body-store/body-path.js';
import { crc32, crc32Range } from '../../body-store/crc32.js';

const body = (...records: Buffer[]): Buffer => Buffer.concat([encodeFileHeader(), ...records]);
const rec = (seq: number, text: string): Buffer => encodeRecord(seq, Buffer.from(text));

void t.test('header and record bytes', async (t) => {
  t.equal(encodeFileHeader().toString('hex'), '5658423101000000', '"VXB1" then u32le 1');
  // seq u32le 1 | len u16le 2 | crc32("01000000 0200 6869") u32le | "hi"
  t.equal(rec(1, 'hi').toString('hex'), '0100000002002f2fcb9a6869');
  // An empty payload adds nothing to the CRC of the 6 header bytes.
  t.equal(encodeRecord(0, new Uint8Array(0)).readUInt32LE(6), zlib.crc32(Buffer.from('000000000000', 'hex')));
});

void t.test('the JS CRC agrees with zlib', async (t) => {
  for (const size of [0, 1, 3, 4, 5, 7, 8, 64, 1000, 1001]) {
    const data = randomBytes(size + 6);
    const range = data.subarray(3, 3 + size);
    t.equal(crc32Range(data, 3, 3 + size), zlib.crc32(range), `size ${size}`);
    t.equal(crc32Range(data, 3, 3 + size, 0x1234567), crc32(range, 0x1234567), `size ${size}, continued`);
  }
});

void t.test('checkFileHeader', async (t) => {
  t.equal(checkFileHeader(Buffer.alloc(0), 'f'), false);
  t.equal(checkFileHeader(Buffer.from('VXB1010'), 'f'), false, 'shorter than a header');
  t.equal(checkFileHeader(encodeFileHeader(), 'f'), true);
  t.throws(() => checkFileHeader(Buffer.from('OggS\x01\0\0\0', 'latin1'), 'file x'), {
    name: 'VoxError',
    code: 'VOX_STORAGE_FAILED',
    message: /file x: not a body file/,
  });
  const v2 = encodeFileHeader();
  v2.writeUInt32LE(2, 4);
  t.throws(() => checkFileHeader(v2, 'f'), { code: 'VOX_STORAGE_FAILED', message: /version 2/ });
});

void t.test('scanRecords reads intact records and stops at the first bad one', async (t) => {
  const good = body(rec(0, 'a'), rec(1, 'bb'), rec(2, 'ccc'));
  const chunks: StoredChunk[] = [];
  t.same(scanRecords(good, 0, chunks), { count: 3, payloadBytes: 6, endOffset: good.length, stop: 'end' });
  t.same(chunks.map((c) => c.payload.toString()), ['a', 'bb', 'ccc']);

  const from: StoredChunk[] = [];
  scanRecords(good, 2, from);
  t.same(from.map((c) => c.seq), [2]);

  const twoEnd = FILE_HEADER_BYTES + rec(0, 'a').length + rec(1, 'bb').length;
  t.equal(scanRecords(good.subarray(0, good.length - 1)).stop, 'torn', 'payload cut off');
  t.same(scanRecords(good.subarray(0, twoEnd + 4)), { count: 2, payloadBytes: 3, endOffset: twoEnd, stop: 'torn' });

  const flipped = Buffer.from(good);
  flipped[twoEnd - 1] = flipped[twoEnd - 1]! ^ 0x40;
  t.same(scanRecords(flipped), { count: 1, payloadBytes: 1, endOffset: FILE_HEADER_BYTES + 11, stop: 'corrupt' });

  t.equal(scanRecords(body(rec(0, 'a'), rec(2, 'c'))).stop, 'corrupt', 'seq must follow');
  t.equal(scanRecords(body(rec(1, 'a'))).count, 0, 'seq must start at 0');
  const garbage = Buffer.concat([good, Buffer.from('garbage after the end')]);
  t.same(scanRecords(garbage), { count: 3, payloadBytes: 6, endOffset: good.length, stop: 'corrupt' });
  t.same(scanRecords(encodeFileHeader()), { count: 0, payloadBytes: 0, endOffset: 8, stop: 'end' });
});

void t.test('bodyPath shards by sha1 and validates ids', async (t) => {
  const p = bodyPath('/data', 'msg-1' as MessageId);
  t.same(p, { shardDir: '/data/04', file: '/data/04/msg-1.vxb' });
  t.throws(() => bodyPath('/data', '../x' as MessageId), { name: 'VoxError', code: 'VOX_MESSAGE_ID_INVALID' });
});
