/**
 * Recognises an uploaded picture from its bytes: JPEG, PNG or WebP, with
 * the width and height its header declares. A client's file name or
 * Content-Type never decide. Hand-written (a few dozen lines per format)
 * because `image-size`, the small library that reads these headers, takes
 * lengths it does not have: a WebP cut after 16 bytes came back as
 * 7424x10753, and it never checks the VP8 start code. Here every read is
 * bounds-checked and every format's signature is checked.
 */
import { VoxError } from './errors.js';

/** The picture types voxring stores, as `ImageInfo.type` names them. */
export type ImageType = 'jpeg' | 'png' | 'webp';

/** What the bytes are. */
export interface ImageProbe {
  type: ImageType;
  width: number;
  height: number;
  /** The Content-Type it is served with. */
  contentType: string;
}

const CONTENT_TYPES: Readonly<Record<ImageType, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** The Content-Type of a stored picture's `ImageInfo.type` (Zello's pictures are 'jpeg'). */
export function imageContentType(type: string): string {
  return type in CONTENT_TYPES ? CONTENT_TYPES[type as ImageType] : 'application/octet-stream';
}

/** The type and size of `bytes`, or VOX_IMAGE_UNSUPPORTED (another type, or a header that cannot be read). */
export function probeImage(bytes: Uint8Array): ImageProbe {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = probePng(b) ?? probeJpeg(b) ?? probeWebp(b);
  if (!found) throw new VoxError('VOX_IMAGE_UNSUPPORTED');
  const [type, width, height] = found;
  if (width <= 0 || height <= 0) throw new VoxError('VOX_IMAGE_UNSUPPORTED', `${type} header declares a size of ${width}x${height}`);
  return { type, width, height, contentType: CONTENT_TYPES[type] };
}

type Found = [ImageType, number, number];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG: signature, then the IHDR chunk first (length 13): width and height u32 big-endian at 16 and 20. */
function probePng(b: Buffer): Found | undefined {
  if (b.length < 24 || !b.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return ['png', b.readUInt32BE(16), b.readUInt32BE(20)];
}

/**
 * JPEG: SOI (FF D8), then marker segments `FF m | u16 length (itself
 * included) | ...` until a start-of-frame (SOF0-15 but DHT C4, JPG C8, DAC
 * CC), whose body is `u8 precision | u16 height | u16 width`. Fill bytes (FF)
 * before a marker are skipped; a scan (SOS) or the end (EOI) before any frame
 * header: not readable.
 */
function probeJpeg(b: Buffer): Found | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return undefined;
  let at = 2;
  while (at + 1 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2; // TEM, RSTn, SOI: no length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda || at + 4 > b.length) return undefined;
    const length = b.readUInt16BE(at + 2);
    if (length < 2) return undefined;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 7 || at + 9 > b.length) return undefined;
      return ['jpeg', b.readUInt16BE(at + 7), b.readUInt16BE(at + 5)];
    }
    at += 2 + length;
  }
  return undefined;
}

/**
 * WebP: `RIFF | u32 size | WEBP`, then the first chunk `fourcc | u32 size |
 * data` at 12. VP8 (lossy): start code 9D 01 2A at data+3, 14-bit width and
 * height at data+6 and +8. VP8L (lossless): signature 2F, then width-1 and
 * height-1 as 14-bit fields. VP8X (extended): canvas width-1 and height-1,
 * u24 at data+4 and +7.
 */
function probeWebp(b: Buffer): Found | undefined {
  if (b.length < 20 || b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WEBP') return undefined;
  const chunk = b.toString('latin1', 12, 16);
  const data = 20;
  if (chunk === 'VP8 ') {
    if (b.length < data + 10 || b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return undefined;
    return ['webp', b.readUInt16LE(data + 6) & 0x3fff, b.readUInt16LE(data + 8) & 0x3fff];
  }
  if (chunk === 'VP8L') {
    if (b.length < data + 5 || b[data] !== 0x2f) return undefined;
    const bits = b.readUInt32LE(data + 1);
    return ['webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  if (chunk === 'VP8X') {
    if (b.length < data + 10) return undefined;
    return ['webp', b.readUIntLE(data + 4, 3) + 1, b.readUIntLE(data + 7, 3) + 1];
  }
  return undefined;
}
