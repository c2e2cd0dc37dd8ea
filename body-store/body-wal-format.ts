/**
 * Byte format of the shared write-ahead log (all integers little-endian):
 *
 *   segment header (8 bytes)  "VXW1" magic | u32 version (= 1)
 *   batch (8 + len bytes)     u32 crc | u32 len | entries[len]    one per group commit
 *
 *   entry   u8 type | u8 idLength | id (ASCII)  then, for WRITE only:
 *           u48 offset | u32 n | bytes[n]        body-file bytes to put at offset
 *
 *   type 1 WRITE   these bytes (file header and/or records) belong at `offset`
 *                  of the body file
 *   type 2 DELETE  the body was deleted: forget what came before; if nothing
 *                  follows, the file must not exist
 *   type 3 RESET   the body file was replaced whole (installed from the
 *                  remote tier, fsynced): forget what came before
 *
 * crc = CRC-32 of the len bytes after the batch header, so a batch is all or
 * nothing: a torn or corrupt batch ends the segment. len 0 never occurs.
 * Parsing does no I/O and never trusts a length it reads.
 */
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import { crc32 } from './crc32.js';

export const WAL_MAGIC = Buffer.from('VXW1', 'latin1');
export const WAL_VERSION = 1;
export const WAL_HEADER_BYTES = 8;
export const BATCH_HEADER_BYTES = 8;

export const WAL_WRITE = 1;
export const WAL_DELETE = 2;
export const WAL_RESET = 3;
/** A DELETE or RESET: what came before of the body no longer counts. */
export type WalBarrier = typeof WAL_DELETE | typeof WAL_RESET;

export type WalEntry =
  | { type: typeof WAL_WRITE; messageId: MessageId; offset: number; bytes: Buffer }
  | { type: WalBarrier; messageId: MessageId };

/** The 8 bytes every segment starts with. */
export function encodeWalHeader(): Buffer {
  const buf = Buffer.allocUnsafe(WAL_HEADER_BYTES);
  WAL_MAGIC.copy(buf, 0);
  buf.writeUInt32LE(WAL_VERSION, 4);
  return buf;
}

/** Bytes an entry takes in a batch. */
export function walEntryBytes(messageId: MessageId, payloadBytes?: number): number {
  return 2 + messageId.length + (payloadBytes === undefined ? 0 : 10 + payloadBytes);
}

/** Writes a WRITE entry at `at` (room must be there); returns the offset after it. */
export function encodeWriteEntry(
  buf: Buffer,
  at: number,
  messageId: MessageId,
  offset: number,
  bytes: Buffer,
): number {
  at = encodeEntryHead(buf, at, WAL_WRITE, messageId);
  buf.writeUIntLE(offset, at, 6);
  buf.writeUInt32LE(bytes.length, at + 6);
  return at + 10 + bytes.copy(buf, at + 10);
}

/** Writes a DELETE or RESET entry at `at`; returns the offset after it. */
export function encodeBarrierEntry(
  buf: Buffer,
  at: number,
  type: WalBarrier,
  messageId: MessageId,
): number {
  return encodeEntryHead(buf, at, type, messageId);
}

function encodeEntryHead(buf: Buffer, at: number, type: number, messageId: MessageId): number {
  buf[at] = type;
  buf[at + 1] = messageId.length;
  return at + 2 + buf.write(messageId, at + 2, 'latin1');
}

/** Fills in the batch header of the batch whose entries are buf[start + 8, end). */
export function sealBatch(buf: Buffer, start: number, end: number): void {
  buf.writeUInt32LE(crc32(buf.subarray(start + BATCH_HEADER_BYTES, end)), start);
  buf.writeUInt32LE(end - start - BATCH_HEADER_BYTES, start + 4);
}

/** Why a segment scan stopped: clean end, a cut-off batch, or a bad one. */
export type WalStop = 'end' | 'torn' | 'corrupt';

export interface WalScan {
  entries: WalEntry[];
  /** Batches read intact. */
  batches: number;
  /** Offset just after the last intact batch. */
  endOffset: number;
  stop: WalStop;
}

/**
 * Reads every intact batch of a segment (payload bytes are views into
 * `buf`). Returns undefined for a file shorter than the header (created by a
 * crash before its first commit); throws VOX_STORAGE_FAILED when it is not a
 * segment at all.
 */
export function scanWalSegment(buf: Buffer, what: string): WalScan | undefined {
  if (buf.length < WAL_HEADER_BYTES) return undefined;
  if (!buf.subarray(0, 4).equals(WAL_MAGIC) || buf.readUInt32LE(4) !== WAL_VERSION) {
    throw new VoxError(
      'VOX_STORAGE_FAILED',
      `${what}: not a body log segment (header ${buf.subarray(0, 8).toString('hex')})`,
    );
  }
  const entries: WalEntry[] = [];
  let offset = WAL_HEADER_BYTES;
  let batches = 0;
  let stop: WalStop = 'end';
  while (offset < buf.length) {
    if (buf.length - offset < BATCH_HEADER_BYTES) {
      stop = 'torn';
      break;
    }
    const crc = buf.readUInt32LE(offset);
    const len = buf.readUInt32LE(offset + 4);
    const start = offset + BATCH_HEADER_BYTES;
    if (len === 0) {
      stop = 'corrupt';
      break;
    }
    if (buf.length - start < len) {
      stop = 'torn';
      break;
    }
    const body = buf.subarray(start, start + len);
    const parsed = crc32(body) === crc ? parseEntries(body) : undefined;
    if (parsed === undefined) {
      stop = 'corrupt';
      break;
    }
    entries.push(...parsed);
    batches++;
    offset = start + len;
  }
  return { entries, batches, endOffset: offset, stop };
}

/** The entries of one batch, or undefined when they do not parse (a CRC collision on garbage). */
function parseEntries(body: Buffer): WalEntry[] | undefined {
  const entries: WalEntry[] = [];
  let at = 0;
  while (at < body.length) {
    if (body.length - at < 2) return undefined;
    const type = body[at]!;
    const idLength = body[at + 1]!;
    const idEnd = at + 2 + idLength;
    if (idLength === 0 || idEnd > body.length) return undefined;
    const messageId = body.toString('latin1', at + 2, idEnd) as MessageId;
    if (type === WAL_DELETE || type === WAL_RESET) {
      entries.push({ type, messageId });
      at = idEnd;
      continue;
    }
    if (type !== WAL_WRITE || body.length - idEnd < 10) return undefined;
    const offset = body.readUIntLE(idEnd, 6);
    const n = body.readUInt32LE(idEnd + 6);
    const bytesStart = idEnd + 10;
    if (body.length - bytesStart < n) return undefined;
    entries.push({ type, messageId, offset, bytes: body.subarray(bytesStart, bytesStart + n) });
    at = bytesStart + n;
  }
  return entries;
}
