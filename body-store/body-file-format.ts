/**
 * Byte format of a body file (all integers little-endian):
 *
 *   file header (8 bytes)   "VXB1" magic | u32 version (= 1)
 *   record (10 + n bytes)   u32 seq | u16 n | u32 crc | payload[n]
 *
 * crc = CRC-32 of seq‖n‖payload (the 6 header bytes before it, then the
 * payload). Record i carries seq i: a record whose seq is not the next
 * expected one is treated as corrupt. A file shorter than the header is a
 * body created by a crash before its first commit: it holds no chunks.
 * Parsing does no I/O and never trusts a length it reads.
 */
import { VoxError } from '../common/errors.js';
import type { StoredChunk } from './body-store.js';
import { crc32Range } from './crc32.js';

export const FILE_MAGIC = Buffer.from('VXB1', 'latin1');
export const FILE_VERSION = 1;
export const FILE_HEADER_BYTES = 8;
export const RECORD_HEADER_BYTES = 10;
export const MAX_PAYLOAD_BYTES = 0xffff;

/** The 8 bytes every body file starts with. */
export function encodeFileHeader(): Buffer {
  const buf = Buffer.allocUnsafe(FILE_HEADER_BYTES);
  FILE_MAGIC.copy(buf, 0);
  buf.writeUInt32LE(FILE_VERSION, 4);
  return buf;
}

/** One record: header + a copy of payload (callers may reuse their buffer). */
export function encodeRecord(seq: number, payload: Uint8Array): Buffer {
  const buf = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length);
  encodeRecordInto(buf, 0, seq, payload);
  return buf;
}

/** Writes one record at `offset` of `buf` (which must have room); returns the offset after it. */
export function encodeRecordInto(buf: Buffer, offset: number, seq: number, payload: Uint8Array): number {
  const payloadStart = offset + RECORD_HEADER_BYTES;
  const payloadEnd = payloadStart + payload.length;
  // Byte by byte rather than writeUInt32LE and friends: their range checks cost more than the writes (hot path).
  writeU32(buf, offset, seq);
  buf[offset + 4] = payload.length & 0xff;
  buf[offset + 5] = payload.length >>> 8;
  buf.set(payload, payloadStart);
  writeU32(buf, offset + 6, recordCrc(buf, payloadStart, payload.length));
  return payloadEnd;
}

/** CRC of a record's seq and length (the 6 bytes before its CRC) and its payload. */
function recordCrc(buf: Buffer, payloadStart: number, payloadLength: number): number {
  const head = crc32Range(buf, payloadStart - RECORD_HEADER_BYTES, payloadStart - 4);
  return crc32Range(buf, payloadStart, payloadStart + payloadLength, head);
}

function writeU32(buf: Buffer, offset: number, value: number): void {
  buf[offset] = value & 0xff;
  buf[offset + 1] = (value >>> 8) & 0xff;
  buf[offset + 2] = (value >>> 16) & 0xff;
  buf[offset + 3] = value >>> 24;
}

/**
 * Checks the file header. Returns false when the file is too short to hold
 * one (no chunks); throws VOX_STORAGE_FAILED when it is not a body file.
 */
export function checkFileHeader(buf: Buffer, what: string): boolean {
  if (buf.length < FILE_HEADER_BYTES) return false;
  if (!buf.subarray(0, 4).equals(FILE_MAGIC)) {
    throw new VoxError('VOX_STORAGE_FAILED', `${what}: not a body file (bad magic ${buf.subarray(0, 4).toString('hex')})`);
  }
  const version = buf.readUInt32LE(4);
  if (version !== FILE_VERSION) {
    throw new VoxError('VOX_STORAGE_FAILED', `${what}: unsupported body file version ${version}`);
  }
  return true;
}

/** Why a scan stopped: clean end of data, a cut-off record, or a bad one. */
export type ScanStop = 'end' | 'torn' | 'corrupt';

export interface ScanResult {
  /** Intact records (seq 0 .. count-1). */
  count: number;
  /** Sum of their payload lengths. */
  payloadBytes: number;
  /** File offset just after the last intact record. */
  endOffset: number;
  stop: ScanStop;
}

/**
 * Walks the records after the file header of `buf` (which must have passed
 * checkFileHeader) up to the first torn or corrupt one. When `into` is given,
 * pushes chunks with seq >= fromSeq; their payloads are views into `buf`.
 */
export function scanRecords(buf: Buffer, fromSeq = 0, into?: StoredChunk[]): ScanResult {
  return scanRecordRange(buf, FILE_HEADER_BYTES, 0, Infinity, fromSeq, into);
}

/**
 * Walks records from `start`, whose seqs must run firstSeq, firstSeq+1, ...,
 * stopping after maxCount records ('end'), at the end of `buf` ('end') or at
 * the first torn or corrupt record. `count` and `endOffset` are those of the
 * records walked (endOffset is absolute in `buf`). Used for file tails and
 * CouchDB blocks, which hold records exactly as the file does.
 */
export function scanRecordRange(
  buf: Buffer,
  start: number,
  firstSeq: number,
  maxCount: number,
  fromSeq = 0,
  into?: StoredChunk[],
): ScanResult {
  let offset = start;
  let count = 0;
  let payloadBytes = 0;
  let stop: ScanStop = 'end';
  while (offset < buf.length && count < maxCount) {
    if (buf.length - offset < RECORD_HEADER_BYTES) {
      stop = 'torn';
      break;
    }
    const seq = buf.readUInt32LE(offset);
    const length = buf.readUInt16LE(offset + 4);
    const payloadStart = offset + RECORD_HEADER_BYTES;
    if (buf.length - payloadStart < length) {
      // A seq that cannot be ours means garbage, not a cut-off write.
      stop = seq === firstSeq + count ? 'torn' : 'corrupt';
      break;
    }
    if (seq !== firstSeq + count || buf.readUInt32LE(offset + 6) !== recordCrc(buf, payloadStart, length)) {
      stop = 'corrupt';
      break;
    }
    if (into !== undefined && seq >= fromSeq) {
      into.push({ seq, payload: buf.subarray(payloadStart, payloadStart + length) });
    }
    count++;
    payloadBytes += length;
    offset = payloadStart + length;
  }
  return { count, payloadBytes, endOffset: offset, stop };
}
