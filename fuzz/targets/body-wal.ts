/**
 * Write-ahead log segments as replay reads them: scanWalSegment. Batch-aware
 * mutations change entries and reseal the batch (valid CRC), so inputs get
 * past the checksum into the entry parser. Accepted entries must re-encode
 * into a batch that scans back to the same entries.
 */
import { isDeepStrictEqual } from 'node:util';
import { VoxError } from '../../common/errors.js';
import type { MessageId } from '../../common/ids.js';
import {
  BATCH_HEADER_BYTES,
  encodeBarrierEntry,
  encodeWalHeader,
  encodeWriteEntry,
  scanWalSegment,
  sealBatch,
  WAL_DELETE,
  WAL_HEADER_BYTES,
  WAL_RESET,
  WAL_WRITE,
  walEntryBytes,
  type WalEntry,
} from '../../body-store/body-wal-format.js';
import { mutateBytes } from '../byte-mutator.js';
import { check, type FuzzTarget } from '../fuzz-target.js';
import type { Rng } from '../rng.js';

/** One sealed batch holding `entries`. */
function batch(entries: WalEntry[]): Buffer {
  let size = BATCH_HEADER_BYTES;
  for (const e of entries) size += walEntryBytes(e.messageId, e.type === WAL_WRITE ? e.bytes.length : undefined);
  const buf = Buffer.alloc(size);
  let at = BATCH_HEADER_BYTES;
  for (const e of entries) {
    at = e.type === WAL_WRITE ? encodeWriteEntry(buf, at, e.messageId, e.offset, e.bytes) : encodeBarrierEntry(buf, at, e.type, e.messageId);
  }
  sealBatch(buf, 0, at);
  return buf;
}

/** A batch whose body is `body` as is, with a valid CRC. */
function sealed(body: Buffer): Buffer {
  const buf = Buffer.concat([Buffer.alloc(BATCH_HEADER_BYTES), body]);
  sealBatch(buf, 0, buf.length);
  return buf;
}

const id = (s: string) => s as MessageId;

function seeds(): Uint8Array[] {
  const write = (m: string, offset: number, bytes: Buffer): WalEntry => ({ type: WAL_WRITE, messageId: id(m), offset, bytes });
  return [
    encodeWalHeader(),
    Buffer.concat([encodeWalHeader(), batch([write('m-1', 0, Buffer.from('VXB1\x01\x00\x00\x00', 'latin1'))])]),
    Buffer.concat([
      encodeWalHeader(),
      batch([write('m-1', 8, Buffer.alloc(52, 1)), write('m-2', 2 ** 40, Buffer.alloc(0)), { type: WAL_DELETE, messageId: id('m-3') }]),
      batch([{ type: WAL_RESET, messageId: id('zello-1234.x:y') }, write('m-1', 60, Buffer.alloc(70, 2))]),
    ]),
  ].map((b) => new Uint8Array(b));
}

/** The batches of a segment (header excluded), each as its body bytes, up to the first bad one. */
function batchBodies(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = WAL_HEADER_BYTES;
  while (buf.length - at >= BATCH_HEADER_BYTES) {
    const len = buf.readUInt32LE(at + 4);
    if (len === 0 || buf.length - at - BATCH_HEADER_BYTES < len) break;
    out.push(buf.subarray(at + BATCH_HEADER_BYTES, at + BATCH_HEADER_BYTES + len));
    at += BATCH_HEADER_BYTES + len;
  }
  return out;
}

/** One batch's body mutated, or a batch added, dropped or repeated; every batch resealed. */
function mutateWal(rng: Rng, seed: Uint8Array, seeds: readonly Uint8Array[]): Uint8Array | undefined {
  const buf = Buffer.from(seed.buffer, seed.byteOffset, seed.byteLength);
  if (buf.length < WAL_HEADER_BYTES) return undefined;
  const bodies = batchBodies(buf);
  const i = rng.below(bodies.length + 1);
  const op = rng.below(6);
  if (op === 0 || bodies.length === 0) bodies.splice(i, 0, rng.bytes(rng.count(40)));
  else if (op === 1) bodies.splice(i, 1);
  else if (op === 2) bodies.splice(i, 0, bodies[i % bodies.length]!);
  else {
    const k = i % bodies.length;
    bodies[k] = mutateBytes(rng, bodies[k]!, seeds);
  }
  const batches = bodies.map((b) => (b.length === 0 || rng.chance(0.95) ? sealed(b) : Buffer.concat([rng.bytes(4), sealed(b).subarray(4)])));
  return new Uint8Array(Buffer.concat([buf.subarray(0, WAL_HEADER_BYTES), ...batches]));
}

function scanChecks(buf: Buffer): void {
  const scan = scanWalSegment(buf, 'fuzz');
  check(scan !== undefined, 'a segment with a header scanned as headerless');
  check(scan.endOffset >= WAL_HEADER_BYTES && scan.endOffset <= buf.length, () => `scan ends at ${scan.endOffset} of ${buf.length}`);
  check((scan.stop === 'end') === (scan.endOffset === buf.length), () => `scan stop ${scan.stop} at ${scan.endOffset} of ${buf.length}`);
  for (const e of scan.entries) {
    check(e.messageId.length > 0 && e.messageId.length <= 255, () => `entry id of length ${e.messageId.length}`);
    if (e.type === WAL_WRITE) check(Number.isSafeInteger(e.offset) && e.offset >= 0 && e.offset < 2 ** 48, () => `write offset ${e.offset}`);
    else check(e.type === WAL_DELETE || e.type === WAL_RESET, () => `entry type ${String((e as WalEntry).type)}`);
  }
  if (scan.entries.length === 0) return;
  const again = scanWalSegment(Buffer.concat([encodeWalHeader(), batch(scan.entries)]), 'fuzz again');
  check(again !== undefined && again.stop === 'end' && isDeepStrictEqual(again.entries, scan.entries), 'the accepted entries do not re-encode to the same entries');
}

/** The write-ahead log segment target. */
export function bodyWalTarget(): FuzzTarget {
  return {
    name: 'body-wal',
    description: 'scanWalSegment of the body store write-ahead log',
    seeds,
    mutate: mutateWal,
    run(input) {
      const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
      if (buf.length < WAL_HEADER_BYTES) {
        check(scanWalSegment(buf, 'fuzz') === undefined, 'a headerless file scanned as a segment');
        return 'rejected';
      }
      try {
        scanChecks(buf);
      } catch (err) {
        if (err instanceof VoxError && err.code === 'VOX_STORAGE_FAILED') return 'rejected';
        throw err;
      }
      return 'accepted';
    },
  };
}
