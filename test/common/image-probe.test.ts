/** probeImage: the type and size come from the bytes; anything else is VOX_IMAGE_UNSUPPORTED. */
import t, { type Test } from 'tap';
import { readFileSync } from 'node:fs';
import { isVoxError } from '../../common/errors.js';
import { imageContentType, probeImage } from '../../common/image-probe.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url));

function unsupported(t: Test, bytes: Uint8Array, what: string): void {
  try {
    probeImage(bytes);
    t.fail(`${what}: accepted`);
  } catch (err) {
    t.ok(isVoxError(err) && err.code === 'VOX_IMAGE_UNSUPPORTED' && err.status === 415, `${what}: VOX_IMAGE_UNSUPPORTED`);
  }
}

void t.test('JPEG, PNG, lossy and lossless WebP are recognised with their size', async (t) => {
  t.same(probeImage(fixture('gradient-24x16.jpg')), { type: 'jpeg', width: 24, height: 16, contentType: 'image/jpeg' });
  t.same(probeImage(fixture('gradient-24x16.png')), { type: 'png', width: 24, height: 16, contentType: 'image/png' });
  t.same(probeImage(fixture('gradient-24x16.webp')), { type: 'webp', width: 24, height: 16, contentType: 'image/webp' });
  t.same(probeImage(fixture('gradient-24x16-lossless.webp')), { type: 'webp', width: 24, height: 16, contentType: 'image/webp' });
  // Extended WebP (VP8X): the canvas size, as width-1 and height-1 in 24 bits each.
  const vp8x = Buffer.concat([Buffer.from('RIFF\x16\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0', 'latin1'), Buffer.from([0x1f, 0x4e, 0x00, 0x0f, 0x27, 0x00])]);
  t.same(probeImage(vp8x), { type: 'webp', width: 20000, height: 10000, contentType: 'image/webp' });
  // Fill bytes before a marker are allowed (ITU T.81 B.1.1.2).
  const jpeg = fixture('gradient-24x16.jpg');
  const filled = Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xff]), jpeg.subarray(2)]);
  t.same(probeImage(filled), { type: 'jpeg', width: 24, height: 16, contentType: 'image/jpeg' });
});

void t.test('other types, garbage and truncated headers are refused', async (t) => {
  // A 1x1 GIF: a picture type, but not one voxring takes.
  const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
  unsupported(t, gif, 'GIF');
  unsupported(t, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'), 'SVG');
  unsupported(t, Buffer.from('hello, not a picture'), 'text');
  unsupported(t, Buffer.alloc(0), 'empty');
  unsupported(t, fixture('gradient-24x16.png').subarray(0, 12), 'PNG cut inside IHDR');
  unsupported(t, fixture('gradient-24x16.jpg').subarray(0, 40), 'JPEG cut before its frame header');
  unsupported(t, fixture('gradient-24x16.webp').subarray(0, 16), 'WebP cut inside its chunk header');
  unsupported(t, fixture('gradient-24x16-lossless.webp').subarray(0, 22), 'lossless WebP cut inside its size');
  const noStartCode = Buffer.from(fixture('gradient-24x16.webp'));
  noStartCode[23] = 0;
  unsupported(t, noStartCode, 'lossy WebP without the VP8 start code');
  unsupported(t, Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'JPEG that ends before a frame header');
  unsupported(t, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]), 'JPEG segment length below 2');
  const zeroSize = Buffer.from(fixture('gradient-24x16.png'));
  zeroSize.writeUInt32BE(0, 16); // IHDR width
  unsupported(t, zeroSize, 'PNG of width 0');
});

void t.test('content types of stored pictures', async (t) => {
  t.equal(imageContentType('jpeg'), 'image/jpeg');
  t.equal(imageContentType('png'), 'image/png');
  t.equal(imageContentType('webp'), 'image/webp');
  t.equal(imageContentType('bmp'), 'application/octet-stream');
});
