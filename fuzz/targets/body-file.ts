/**
 * Body files as the disk store reads them back: checkFileHeader, then
 * scanRecords (and scanRecordRange, as CouchDB blocks are read). Record-aware
 * mutations re-encode a record with a valid CRC. What a scan accepts must be
 * exactly the records that re-encode to the bytes it walked.
 */
import { VoxError } from '../../common/errors.js';
import type { StoredChunk } from '../../body-store/body-store.js';
import {
  checkFileHeader,
  encodeFileHeader,
  encodeRecord,
  FILE_HEADER_BYTES,
  RECORD_HEADER_BYTES,
  scanRecordRange,
  scanRecords,
} from '../../body-store/body-file-format.js';
import { mutateBytes } from '../byte-mutator.js';
import { check, type FuzzTarget } from '../fuzz-target.js';
import type { Rng } from '../rng.js';

function file(payloads: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat([encodeFileHeader(), ...payloads.map((p, seq) => encodeRecord(seq, p))]));
}

function seeds(): Uint8Array[] {
  return [
    file([]),
    file([Buffer.from('hi')]),
    file(Array.from({ length: 12 }, (_, i) => Buffer.alloc(40 + i, i))),
    file([Buffer.alloc(0), Buffer.alloc(1, 7), Buffer.alloc(300, 0xfc)]),
  ];
}

/** The records of a valid file, as [seq, payload] pairs (stops at the first bad one). */
function records(buf: Buffer): [number, Buffer][] {
  const chunks: StoredChunk[] = [];
  scanRecords(buf, 0, chunks);
  return chunks.map((c) => [c.seq, Buffer.from(c.payload)]);
}

/** A record changed (seq, length or payload) and re-encoded with a valid CRC; the rest kept. */
function mutateFile(rng: Rng, seed: Uint8Array, seeds: readonly Uint8Array[]): Uint8Array | undefined {
  const buf = Buffer.from(seed.buffer, seed.byteOffset, seed.byteLength);
  if (buf.length < FILE_HEADER_BYTES) return undefined;
  const list = records(buf);
  if (list.length === 0 || rng.chance(0.2)) list.push([list.length, rng.bytes(rng.below(64))]);
  const i = rng.below(list.length);
  const [seq, payload] = list[i]!;
  const op = rng.below(4);
  if (op === 0) list[i] = [rng.pick([seq + 1, seq - 1, 0, 0xffffffff, rng.u32()]) >>> 0, payload];
  else if (op === 1) list[i] = [seq, Buffer.from(mutateBytes(rng, payload, seeds).subarray(0, 0xffff))];
  else if (op === 2) list.splice(i, 1);
  else list.splice(i, 0, [seq, payload]);
  const parts = [buf.subarray(0, FILE_HEADER_BYTES), ...list.map(([s, p]) => encodeRecord(s, p))];
  // A torn tail: the file cut inside its last record.
  if (rng.chance(0.2)) {
    const last = parts.pop()!;
    parts.push(last.subarray(0, rng.below(last.length)));
  }
  return new Uint8Array(Buffer.concat(parts));
}

function scanChecks(buf: Buffer): void {
  const chunks: StoredChunk[] = [];
  const scan = scanRecords(buf, 0, chunks);
  check(scan.count === chunks.length && chunks.every((c, i) => c.seq === i), () => `scan counted ${scan.count} records but gave ${chunks.length}`);
  check(scan.endOffset >= FILE_HEADER_BYTES && scan.endOffset <= buf.length, () => `scan ends at ${scan.endOffset} of ${buf.length}`);
  check((scan.stop === 'end') === (scan.endOffset === buf.length), () => `scan stop ${scan.stop} at ${scan.endOffset} of ${buf.length}`);
  check(scan.stop !== 'torn' || buf.length - scan.endOffset < RECORD_HEADER_BYTES + 0xffff, 'a torn tail longer than one record');
  const rebuilt = Buffer.concat(chunks.map((c) => encodeRecord(c.seq, c.payload)));
  check(rebuilt.equals(buf.subarray(FILE_HEADER_BYTES, scan.endOffset)), 'the accepted records do not re-encode to the bytes scanned');
  check(chunks.reduce((n, c) => n + c.payload.length, 0) === scan.payloadBytes, 'payloadBytes disagrees with the records');
  // A CouchDB block: the same records read from the middle, bounded in count.
  if (chunks.length > 1) {
    const from = 1;
    const start = FILE_HEADER_BYTES + RECORD_HEADER_BYTES + chunks[0]!.payload.length;
    const range = scanRecordRange(buf, start, from, chunks.length - 2);
    check(range.count === Math.max(0, chunks.length - 2) && range.stop === 'end', () => `scanRecordRange read ${range.count} of ${chunks.length - 2}`);
  }
}

/** The body file target. */
export function bodyFileTarget(): FuzzTarget {
  return {
    name: 'body-file',
    description: 'checkFileHeader, scanRecords and scanRecordRange of the disk body store',
    seeds,
    mutate: mutateFile,
    run(input) {
      const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
      let hasHeader: boolean;
      try {
        hasHeader = checkFileHeader(buf, 'fuzz');
      } catch (err) {
        if (err instanceof VoxError && err.code === 'VOX_STORAGE_FAILED') return 'rejected';
        throw err;
      }
      if (!hasHeader) {
        check(buf.length < FILE_HEADER_BYTES, () => `checkFileHeader refused ${buf.length} bytes`);
        return 'rejected';
      }
      scanChecks(buf);
      return 'accepted';
    },
  };
}
