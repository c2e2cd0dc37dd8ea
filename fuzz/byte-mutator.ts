/**
 * Format-blind mutations: bit flips, interesting values, inserted, deleted
 * and duplicated ranges, splices with other seeds, truncation, and tweaks
 * of what may be a length field (a byte nudged by a little, a long varint,
 * a 16- or 32-bit boundary value). Each call stacks a few of them.
 */
import type { Rng } from './rng.js';

/** Inputs never grow past this many bytes (one frame is at most 64 KiB). */
export const MAX_INPUT_BYTES = 70 * 1024;

const INTERESTING_8 = [0x00, 0x01, 0x02, 0x7f, 0x80, 0x81, 0xfe, 0xff, 0x0a, 0x22, 0x2d, 0x3d, 0x5c];
const INTERESTING_32 = [0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
// Varints that overflow 32 bits, are over-long, or claim a huge length.
const LONG_VARINTS = [
  [0x80, 0x00],
  [0xff, 0xff, 0xff, 0xff, 0x0f],
  [0xff, 0xff, 0xff, 0xff, 0x7f],
  [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
  [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
  [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80],
];

type Mutation = (rng: Rng, input: Buffer, others: readonly Uint8Array[]) => Buffer;

function position(rng: Rng, input: Buffer): number {
  return rng.below(input.length + 1);
}

function range(rng: Rng, input: Buffer): [number, number] {
  const start = rng.below(input.length + 1);
  const length = rng.chance(0.8) ? rng.count(16) : rng.below(input.length - start + 1);
  return [start, Math.min(input.length, start + length)];
}

function splice(input: Buffer, start: number, end: number, insert: Uint8Array): Buffer {
  return Buffer.concat([input.subarray(0, start), insert, input.subarray(end)]);
}

function withByte(input: Buffer, rng: Rng, value: (old: number) => number): Buffer {
  if (input.length === 0) return Buffer.from([value(0) & 0xff]);
  const out = Buffer.from(input);
  const at = rng.below(out.length);
  out[at] = value(out[at] ?? 0) & 0xff;
  return out;
}

const MUTATIONS: Mutation[] = [
  // flip one bit
  (rng, input) => withByte(input, rng, (b) => b ^ (1 << rng.below(8))),
  // an interesting byte
  (rng, input) => withByte(input, rng, () => rng.pick(INTERESTING_8)),
  // a random byte
  (rng, input) => withByte(input, rng, () => rng.below(256)),
  // nudge a byte that may be a length or a count
  (rng, input) => withByte(input, rng, (b) => b + rng.between(-4, 4)),
  // insert random bytes, or one byte repeated
  (rng, input) => {
    const n = rng.count(32);
    const bytes = rng.chance(0.5) ? rng.bytes(n) : Buffer.alloc(n, rng.below(256));
    const at = position(rng, input);
    return splice(input, at, at, bytes);
  },
  // delete a range
  (rng, input) => {
    const [start, end] = range(rng, input);
    return splice(input, start, end, Buffer.alloc(0));
  },
  // duplicate a range in place
  (rng, input) => {
    const [start, end] = range(rng, input);
    return splice(input, end, end, Buffer.from(input.subarray(start, end)));
  },
  // overwrite with a range of another seed
  (rng, input, others) => {
    const other = Buffer.from(rng.pick(others));
    const [start, end] = range(rng, other);
    const at = position(rng, input);
    return splice(input, at, Math.min(input.length, at + end - start), other.subarray(start, end));
  },
  // cross over: head of this, tail of another
  (rng, input, others) => {
    const other = rng.pick(others);
    return Buffer.concat([input.subarray(0, position(rng, input)), other.subarray(rng.below(other.length + 1))]);
  },
  // truncate
  (rng, input) => input.subarray(0, rng.below(input.length + 1)),
  // a varint that overflows or is over-long
  (rng, input) => {
    const at = rng.below(input.length + 1);
    return splice(input, at, Math.min(input.length, at + 1), Buffer.from(rng.pick(LONG_VARINTS)));
  },
  // a 16- or 32-bit boundary value, either byte order, near the input's own length at times
  (rng, input) => {
    const width = rng.chance(0.5) ? 2 : 4;
    if (input.length < width) return input;
    const out = Buffer.from(input);
    const at = rng.below(out.length - width + 1);
    const base = rng.chance(0.3) ? out.length - at + rng.between(-3, 3) : rng.pick(INTERESTING_32);
    const value = (width === 2 ? base & 0xffff : base) >>> 0;
    if (width === 2) {
      if (rng.chance(0.5)) out.writeUInt16LE(value, at);
      else out.writeUInt16BE(value, at);
    } else if (rng.chance(0.5)) out.writeUInt32LE(value, at);
    else out.writeUInt32BE(value, at);
    return out;
  },
];

/** `input` with a few stacked mutations; never longer than MAX_INPUT_BYTES. */
export function mutateBytes(rng: Rng, input: Uint8Array, others: readonly Uint8Array[]): Buffer {
  let out = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const rounds = rng.count(8);
  for (let i = 0; i < rounds; i++) {
    out = rng.pick(MUTATIONS)(rng, out, others);
    if (out.length > MAX_INPUT_BYTES) out = out.subarray(0, MAX_INPUT_BYTES);
  }
  return out;
}
