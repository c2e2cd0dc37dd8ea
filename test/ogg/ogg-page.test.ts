import t from 'tap';
import { readFileSync } from 'node:fs';
import { isVoxError } from '../../common/errors.js';
import { encodeOggPage, oggCrc32, parseOggPage, type OggPage } from '../../common/ogg-page.js';
import { prng, randomBytes } from './prng.js';

const fixture = readFileSync(new URL('../../fixtures/speech.ogg', import.meta.url));

const samplePage: OggPage = {
  continued: true,
  bos: false,
  eos: true,
  granulePosition: 123456789012n,
  serial: 0xdeadbeef,
  sequence: 7,
  segments: [255, 10, 0],
  body: Buffer.alloc(265, 0xab),
};

void t.test('CRC-32 is poly 0x04c11db7, init 0, no reflection, no final xor', async (t) => {
  // CRC-32/CKSUM has the same polynomial and init with a final xor of 0xffffffff; its check value is 0x765e7680.
  t.equal(oggCrc32(Buffer.from('123456789')), (0x765e7680 ^ 0xffffffff) >>> 0);
  t.equal(oggCrc32(new Uint8Array(0)), 0);
  t.equal(
    oggCrc32(Buffer.from('56789'), oggCrc32(Buffer.from('1234'))),
    oggCrc32(Buffer.from('123456789')),
    'chains',
  );
});

void t.test('every page opusenc wrote parses, CRC included', async (t) => {
  let pos = 0;
  let pages = 0;
  let last: OggPage | undefined;
  while (pos < fixture.length) {
    const { page, end } = parseOggPage(fixture, pos);
    t.equal(page.sequence, pages, `sequence of page ${pages}`);
    pos = end;
    pages++;
    last = page;
  }
  t.equal(pos, fixture.length);
  t.ok(pages >= 4, `${pages} pages`);
  t.ok(last?.eos, 'last page has EOS');
});

void t.test('encode and parse round-trip', async (t) => {
  const bytes = encodeOggPage(samplePage);
  t.equal(bytes.length, 27 + 3 + 265);
  t.equal(bytes.toString('latin1', 0, 4), 'OggS');
  t.equal(bytes[5], 0x05, 'continued + EOS flags');
  const { page, end } = parseOggPage(bytes);
  t.equal(end, bytes.length);
  t.same({ ...page, body: Buffer.from(page.body) }, samplePage);

  const noGranule = parseOggPage(encodeOggPage({ ...samplePage, granulePosition: -1n })).page;
  t.equal(noGranule.granulePosition, -1n, 'granule -1 (no packet completes) survives');
  t.equal(
    encodeOggPage({ ...samplePage, granulePosition: -1n }).readBigUInt64LE(6),
    0xffffffffffffffffn,
  );

  const twoPages = Buffer.concat([Buffer.from('junk'), bytes, bytes]);
  const second = parseOggPage(twoPages, parseOggPage(twoPages, 4).end);
  t.equal(second.end, twoPages.length, 'parses at an offset');
});

void t.test('encode rejects inconsistent pages', async (t) => {
  t.throws(
    () => encodeOggPage({ ...samplePage, segments: [255, 9] }),
    { code: 'VOX_INTERNAL' },
    'lacing sum',
  );
  t.throws(
    () => encodeOggPage({ ...samplePage, segments: [256, 9, 0] }),
    { code: 'VOX_INTERNAL' },
    'lacing value',
  );
  t.throws(
    () =>
      encodeOggPage({
        ...samplePage,
        segments: new Array<number>(256).fill(0),
        body: Buffer.alloc(0),
      }),
    { code: 'VOX_INTERNAL' },
    'too many segments',
  );
});

void t.test('corrupt pages give VOX_CODEC_INVALID', async (t) => {
  const good = encodeOggPage(samplePage);
  const mutate = (f: (b: Buffer) => void): Buffer => {
    const b = Buffer.from(good);
    f(b);
    return b;
  };
  const cases: [string, Buffer, RegExp][] = [
    ['body bit flip', mutate((b) => (b[100] = (b[100] ?? 0) ^ 1)), /CRC mismatch/],
    ['CRC field changed', mutate((b) => (b[22] = (b[22] ?? 0) ^ 0x80)), /CRC mismatch/],
    ['granule changed', mutate((b) => (b[6] = 1)), /CRC mismatch/],
    ['capture pattern', mutate((b) => b.write('oggs', 0, 'latin1')), /capture pattern/],
    ['version', mutate((b) => (b[4] = 1)), /version/],
    ['unknown flags', mutate((b) => (b[5] = 0x08)), /flags/],
    ['truncated header', good.subarray(0, 20), /truncated header/],
    ['truncated segment table', good.subarray(0, 28), /truncated segment table/],
    ['truncated body', good.subarray(0, good.length - 1), /truncated body/],
    ['segment count too large', mutate((b) => (b[26] = 200)), /truncated|CRC/],
    ['empty', Buffer.alloc(0), /truncated header/],
  ];
  for (const [name, bytes, message] of cases) {
    t.throws(
      () => parseOggPage(bytes),
      { name: 'VoxError', code: 'VOX_CODEC_INVALID', message },
      name,
    );
  }
  t.throws(
    () => parseOggPage(good, good.length + 1),
    { code: 'VOX_CODEC_INVALID' },
    'offset past end',
  );
  t.throws(() => parseOggPage(good, -1), { code: 'VOX_CODEC_INVALID' }, 'negative offset');
});

void t.test('fuzz: random bytes and mutations never throw anything but VoxError', async (t) => {
  const next = prng(11);
  const good = encodeOggPage(samplePage);
  let parsed = 0;
  for (let i = 0; i < 3000; i++) {
    let input: Buffer;
    if (i % 2 === 0) {
      input = Buffer.concat([Buffer.from('OggS\0'), randomBytes(next, Math.floor(next() * 400))]);
    } else {
      input = Buffer.from(good);
      const flips = 1 + Math.floor(next() * 3);
      for (let f = 0; f < flips; f++) {
        const at = Math.floor(next() * input.length);
        input[at] = (input[at] ?? 0) ^ (1 << Math.floor(next() * 8));
      }
    }
    try {
      parseOggPage(input);
      parsed++;
    } catch (err) {
      if (!isVoxError(err) || err.code !== 'VOX_CODEC_INVALID') throw err;
    }
  }
  t.equal(parsed, 0, 'no random or bit-flipped page passes the CRC');
});
