/**
 * The HTTP Range header parser of the audio endpoint: parseRange(header,
 * size). An input is a 6-byte little-endian file size, then the header text
 * (UTF-8). Every answer must be a range inside the file, and must agree with
 * a reference reading of RFC 9110 §14.1.2 done in BigInt (exact at any size).
 */
import { parseRange } from '../../router/http/audio-endpoint.js';
import { check, type FuzzTarget } from '../fuzz-target.js';
import type { Rng } from '../rng.js';

const SIZE_BYTES = 6;
const utf8 = new TextDecoder();

function input(size: number, header: string): Uint8Array {
  const head = Buffer.alloc(SIZE_BYTES);
  head.writeUIntLE(size, 0, SIZE_BYTES);
  return new Uint8Array(Buffer.concat([head, Buffer.from(header, 'utf8')]));
}

function seeds(): Uint8Array[] {
  return [
    input(22443, 'bytes=0-99'),
    input(22443, 'bytes=100-'),
    input(22443, 'bytes=-500'),
    input(0, 'bytes=0-'),
    input(1, 'bytes=0-0'),
    input(2 ** 40, 'bytes=1099511627775-1099511627776'),
    input(1000, ' bytes=0-1,5-9 '),
  ];
}

const NUMBERS = ['', '0', '1', '00', '007', '9', '99', '22442', '22443', '22444', '4294967296', '9007199254740991', '9007199254740993', '18446744073709551616', '9'.repeat(400)];
const SIZES = [0, 1, 2, 100, 22443, 2 ** 32, 2 ** 48 - 1];

/** A header from the Range grammar with edge numbers, whitespace and other units. */
function mutateRange(rng: Rng): Uint8Array {
  const unit = rng.pick(['bytes=', 'bytes=', 'bytes=', 'Bytes=', 'bytes =', 'items=', 'bytes=\u00a0', '']);
  const spec = () => `${rng.pick(NUMBERS)}${rng.pick(['-', '-', '--', '', '+'])}${rng.pick(NUMBERS)}`;
  let header = unit + spec();
  if (rng.chance(0.1)) header += `,${spec()}`;
  if (rng.chance(0.1)) header = rng.pick([' ', '\t', '\n', '\u2028', '\ufeff']) + header + rng.pick([' ', '\t', '\r\n', '']);
  return input(rng.chance(0.7) ? rng.pick(SIZES) : rng.u32(), header);
}

type Range = [number, number] | 'unsatisfiable' | undefined;

/**
 * RFC 9110 §14.1 for one range, in BigInt: what parseRange should answer.
 * The unit is case-insensitive, only SP and HTAB are whitespace around the
 * field value, an invalid range (last before first) is ignored (200) and a
 * valid one starting at or past the end is unsatisfiable (416).
 */
function reference(header: string, size: number): Range {
  const match = /^bytes=([0-9]*)-([0-9]*)$/i.exec(header.replace(/^[ \t]+|[ \t]+$/g, ''));
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  const n = BigInt(size);
  if (first === '') {
    const suffix = BigInt(last);
    if (suffix === 0n || n === 0n) return 'unsatisfiable';
    return [Number(suffix >= n ? 0n : n - suffix), size - 1];
  }
  const start = BigInt(first);
  if (last !== '' && BigInt(last) < start) return undefined;
  const end = last === '' || BigInt(last) >= n ? n - 1n : BigInt(last);
  if (start >= n) return 'unsatisfiable';
  return [Number(start), Number(end)];
}

/** The Range parser target. */
export function httpRangeTarget(): FuzzTarget {
  return {
    name: 'http-range',
    description: 'parseRange of the audio endpoint (single byte ranges)',
    seeds,
    mutate: mutateRange,
    run(bytes) {
      if (bytes.length < SIZE_BYTES) return 'rejected';
      const size = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUIntLE(0, SIZE_BYTES);
      const header = utf8.decode(bytes.subarray(SIZE_BYTES));
      const range = parseRange(header, size);
      if (Array.isArray(range)) {
        const [start, end] = range;
        check(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end && end < size, () => `range ${start}-${end} outside a file of ${size} bytes`);
      }
      const expected = reference(header, size);
      check(JSON.stringify(range) === JSON.stringify(expected), () => `parseRange(${JSON.stringify(header.slice(0, 80))}, ${size}) = ${JSON.stringify(range)}, RFC 9110 says ${JSON.stringify(expected)}`);
      return range === undefined ? 'rejected' : 'accepted';
    },
  };
}
