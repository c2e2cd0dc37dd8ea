#!/usr/bin/env bash
# Regenerates the picture fixtures of the image tests (fixtures/images/):
# a 24x16 gradient as JPEG, PNG and WebP (lossy and lossless), a few hundred
# bytes each. The outputs are committed, so tests never need these tools.
# Needs: node, cjpeg (libjpeg-turbo-progs) and cwebp (webp).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/fixtures/images"
mkdir -p "$out"

for tool in node cjpeg cwebp; do
  command -v "$tool" >/dev/null || { echo "make-image-fixtures: $tool not found" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The source picture as binary PPM, and the PNG written directly (zlib
# deflate is deterministic, so the file is byte-identical on every run).
node --input-type=module - "$tmp/source.ppm" "$out/gradient-24x16.png" <<'JS'
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
const [ppmPath, pngPath] = process.argv.slice(2);
const width = 24, height = 16;
const pixels = Buffer.alloc(width * height * 3);
for (let y = 0; y < height; y++)
  for (let x = 0; x < width; x++) pixels.set([Math.round((255 * x) / (width - 1)), 64, Math.round((255 * y) / (height - 1))], (y * width + x) * 3);
writeFileSync(ppmPath, Buffer.concat([Buffer.from(`P6\n${width} ${height}\n255\n`), pixels]));
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
const rows = [];
for (let y = 0; y < height; y++) rows.push(Buffer.from([0]), pixels.subarray(y * width * 3, (y + 1) * width * 3));
writeFileSync(pngPath, Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
]));
JS
cjpeg -quality 80 -outfile "$out/gradient-24x16.jpg" "$tmp/source.ppm"
cwebp -quiet -q 80 "$tmp/source.ppm" -o "$out/gradient-24x16.webp"
cwebp -quiet -lossless "$tmp/source.ppm" -o "$out/gradient-24x16-lossless.webp"
ls -l "$out"
