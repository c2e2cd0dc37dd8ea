/** CRC-32 (IEEE 802.3, reflected, the one zip/gzip/zlib use). */
import zlib from 'node:zlib';

let tables: Uint32Array | undefined;

/** Four 256-entry tables for slicing by 4: table t gives the CRC of a byte followed by t zero bytes. */
function slicingTables(): Uint32Array {
  if (tables !== undefined) return tables;
  const made = new Uint32Array(1024);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    made[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 4; t++) {
      const previous = made[(t - 1) * 256 + n]!;
      made[t * 256 + n] = (previous >>> 8) ^ made[previous & 0xff]!;
    }
  }
  tables = made;
  return made;
}

/**
 * crc32 of bytes[start, end) continuing from `value`, in JS. For the short
 * records of the hot path (an Opus packet is ~60–200 bytes) it is cheaper
 * than zlib.crc32, which needs a view per range and a native call.
 */
export function crc32Range(bytes: Uint8Array, start: number, end: number, value = 0): number {
  const table = slicingTables();
  let crc = ~value >>> 0;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    crc ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    crc = table[768 + (crc & 0xff)]! ^ table[512 + ((crc >>> 8) & 0xff)]! ^ table[256 + ((crc >>> 16) & 0xff)]! ^ table[crc >>> 24]!;
  }
  for (; i < end; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** crc32(data) continuing from `value` (the CRC of the bytes before). */
export function crc32(data: Uint8Array, value = 0): number {
  // zlib.crc32 of an empty buffer returns 0 whatever `value` is; the CRC of nothing more is `value`.
  if (data.length === 0) return value;
  // zlib.crc32 arrived in Node 20.15; the JS one keeps older 20.x working.
  return typeof zlib.crc32 === 'function' ? zlib.crc32(data, value) : crc32Range(data, 0, data.length, value);
}
