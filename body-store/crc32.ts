/** CRC-32 (IEEE 802.3, reflected, the one zip/gzip/zlib use). */
import zlib from 'node:zlib';

let table: Uint32Array | undefined;

// zlib.crc32 arrived in Node 20.15; the table fallback keeps older 20.x working.
function tableCrc32(data: Uint8Array, value = 0): number {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~value >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** crc32(data) continuing from `value` (the CRC of the bytes before). */
export function crc32(data: Uint8Array, value = 0): number {
  // zlib.crc32 of an empty buffer returns 0 whatever `value` is; the CRC of nothing more is `value`.
  if (data.length === 0) return value;
  return typeof zlib.crc32 === 'function' ? zlib.crc32(data, value) : tableCrc32(data, value);
}

/** Exposed for the test that checks both implementations agree. */
export const crc32Fallback = tableCrc32;
