import { VoxError } from './errors.js';

/*
 * One Ogg page (RFC 3533 §6), all integers little-endian:
 *
 *   0       4   5   6               14      18      22      26  27
 *   +-------+---+---+---------------+-------+-------+-------+---+------------+------+
 *   | OggS  |ver|typ| granule (i64) | serial|  seq  |  crc  | n | lacing x n | body |
 *   +-------+---+---+---------------+-------+-------+-------+---+------------+------+
 *
 * The body is the concatenation of segments whose lengths are the n lacing
 * values. A lacing value < 255 ends a packet; 255 means the packet goes on in
 * the next segment, possibly on the next page (which then sets 'continued').
 * The CRC covers the whole page with the CRC field zeroed.
 */

/** Fixed part of a page header, before the lacing values. */
export const OGG_HEADER_BYTES = 27;
/** Most lacing values (segments) one page can hold. */
export const OGG_MAX_SEGMENTS = 255;
/** Granule position meaning "no packet completes on this page". */
export const OGG_NO_GRANULE = -1n;

const FLAG_CONTINUED = 0x01;
const FLAG_BOS = 0x02;
const FLAG_EOS = 0x04;
const CAPTURE = Buffer.from('OggS', 'latin1');

/** A decoded Ogg page. `body` is a view into the parsed bytes. */
export interface OggPage {
  /** The first segment continues a packet begun on the previous page. */
  readonly continued: boolean;
  /** Beginning of stream: first page of a logical bitstream. */
  readonly bos: boolean;
  /** End of stream: last page of a logical bitstream. */
  readonly eos: boolean;
  /** Codec-defined position after the last packet completed on the page; -1 if none. */
  readonly granulePosition: bigint;
  readonly serial: number;
  readonly sequence: number;
  /** Lacing values, one per segment, each 0–255. */
  readonly segments: readonly number[];
  readonly body: Uint8Array;
}

// CRC-32 with polynomial 0x04c11db7, MSB first, initial value 0, no final xor.
const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let bit = 0; bit < 8; bit++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

/** Ogg's CRC-32 of `bytes`, continuing from `crc` (0 to start). */
export function oggCrc32(bytes: Uint8Array, crc = 0): number {
  let c = crc >>> 0;
  for (const b of bytes) c = ((c << 8) ^ (CRC_TABLE[((c >>> 24) ^ b) & 0xff] ?? 0)) >>> 0;
  return c;
}

/** Serializes a page, computing its CRC. Throws VOX_INTERNAL on inconsistent input. */
export function encodeOggPage(page: OggPage): Buffer {
  const { segments, body } = page;
  if (segments.length > OGG_MAX_SEGMENTS)
    throw new VoxError('VOX_INTERNAL', 'Ogg page has more than 255 segments');
  let sum = 0;
  for (const s of segments) {
    if (!Number.isInteger(s) || s < 0 || s > 255)
      throw new VoxError('VOX_INTERNAL', 'Ogg lacing value out of range');
    sum += s;
  }
  if (sum !== body.length)
    throw new VoxError('VOX_INTERNAL', 'Ogg lacing values do not add up to the body length');

  const headerBytes = OGG_HEADER_BYTES + segments.length;
  const out = Buffer.alloc(headerBytes + body.length);
  CAPTURE.copy(out, 0);
  out[4] = 0;
  out[5] =
    (page.continued ? FLAG_CONTINUED : 0) | (page.bos ? FLAG_BOS : 0) | (page.eos ? FLAG_EOS : 0);
  out.writeBigUInt64LE(BigInt.asUintN(64, page.granulePosition), 6);
  out.writeUInt32LE(page.serial >>> 0, 14);
  out.writeUInt32LE(page.sequence >>> 0, 18);
  out[26] = segments.length;
  for (let i = 0; i < segments.length; i++) out[OGG_HEADER_BYTES + i] = segments[i] ?? 0;
  out.set(body, headerBytes);
  out.writeUInt32LE(oggCrc32(out), 22);
  return out;
}

/** A page parsed from a buffer and the offset just past it. */
export interface ParsedOggPage {
  readonly page: OggPage;
  readonly end: number;
}

/**
 * Parses the page starting at `offset`. Every length is checked against the
 * bytes present and the CRC is verified; malformed or truncated input throws
 * VoxError 'VOX_CODEC_INVALID'.
 */
export function parseOggPage(bytes: Uint8Array, offset = 0): ParsedOggPage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (what: string): VoxError =>
    new VoxError('VOX_CODEC_INVALID', `invalid Ogg page at byte ${offset}: ${what}`);

  if (!Number.isInteger(offset) || offset < 0 || offset > buf.length)
    throw fail('offset out of range');
  // Check the capture pattern on whatever is present first, so a non-Ogg file is named as such.
  const present = Math.min(4, buf.length - offset);
  if (buf.compare(CAPTURE, 0, present, offset, offset + present) !== 0)
    throw fail('missing OggS capture pattern');
  if (buf.length - offset < OGG_HEADER_BYTES) throw fail('truncated header');
  if (buf[offset + 4] !== 0) throw fail(`unsupported stream structure version ${buf[offset + 4]}`);
  const type = buf[offset + 5] ?? 0;
  if ((type & ~(FLAG_CONTINUED | FLAG_BOS | FLAG_EOS)) !== 0)
    throw fail('unknown header type flags');

  const segmentCount = buf[offset + 26] ?? 0;
  const headerBytes = OGG_HEADER_BYTES + segmentCount;
  if (buf.length - offset < headerBytes) throw fail('truncated segment table');
  const segments = Array.from(buf.subarray(offset + OGG_HEADER_BYTES, offset + headerBytes));
  let bodyBytes = 0;
  for (const s of segments) bodyBytes += s;
  const end = offset + headerBytes + bodyBytes;
  if (end > buf.length) throw fail('truncated body');

  const storedCrc = buf.readUInt32LE(offset + 22);
  let crc = oggCrc32(buf.subarray(offset, offset + 22));
  crc = oggCrc32(new Uint8Array(4), crc);
  crc = oggCrc32(buf.subarray(offset + 26, end), crc);
  if (crc !== storedCrc) throw fail('CRC mismatch');

  return {
    page: {
      continued: (type & FLAG_CONTINUED) !== 0,
      bos: (type & FLAG_BOS) !== 0,
      eos: (type & FLAG_EOS) !== 0,
      granulePosition: buf.readBigInt64LE(offset + 6),
      serial: buf.readUInt32LE(offset + 14),
      sequence: buf.readUInt32LE(offset + 18),
      segments,
      body: buf.subarray(offset + headerBytes, end),
    },
    end,
  };
}
