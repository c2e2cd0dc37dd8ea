import t from 'tap';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import {
  oggOpusFile,
  OggOpusWriter,
  type OggOpusWriterOptions,
} from '../../common/ogg-opus-writer.js';
import { oggSegmentCount } from '../../common/ogg-packet-pager.js';
import { parseOggPage, type OggPage } from '../../common/ogg-page.js';
import { opusPacketSamples } from '../../common/opus-packet.js';
import { opusTool, runTool, wavSampleFrames } from './opus-tools.js';
import { prng, randomBytes } from './prng.js';

const fixture = readOggOpus(readFileSync(new URL('../../fixtures/speech.ogg', import.meta.url)));
const packets = fixture.packets;
const options: OggOpusWriterOptions = {
  channels: 1,
  preSkip: fixture.head.preSkip,
  serial: 0x766f78,
};

function pagesOf(bytes: Buffer): OggPage[] {
  const pages: OggPage[] = [];
  for (let pos = 0; pos < bytes.length;) {
    const { page, end } = parseOggPage(bytes, pos);
    pages.push(page);
    pos = end;
  }
  return pages;
}

function incremental(
  list: readonly Uint8Array[],
  opts: OggOpusWriterOptions,
  flushEach = false,
): Buffer {
  const writer = new OggOpusWriter(opts);
  const parts = [writer.header()];
  for (const p of list) {
    parts.push(writer.addPacket(p));
    if (flushEach) parts.push(writer.flush());
  }
  parts.push(writer.end(), writer.end());
  return Buffer.concat(parts);
}

/** A code 3 copy of a code 0 packet, with `padding` bytes of Opus padding: same audio, any size. */
function padded(packet: Uint8Array, padding: number): Buffer {
  const toc = (packet[0] ?? 0) | 0x03;
  const lengthBytes: number[] = [];
  // RFC 6716 §3.2.5: each length byte 255 adds 254 bytes; the last byte adds its value.
  let left = padding;
  while (left >= 255) {
    lengthBytes.push(255);
    left -= 254;
  }
  lengthBytes.push(left);
  return Buffer.concat([
    Buffer.from([toc, 0x41, ...lengthBytes]),
    packet.subarray(1),
    Buffer.alloc(padding),
  ]);
}

void t.test('the fixture has 20 ms packets', async (t) => {
  t.ok(packets.length >= 300 && packets.length <= 400, `${packets.length} packets`);
  t.ok(
    packets.every((p) => opusPacketSamples(p) === 960),
    'every packet is 960 samples',
  );
});

void t.test('opusinfo and opusdec accept what we write', async (t) => {
  const opusinfo = opusTool('opusinfo');
  const opusdec = opusTool('opusdec');
  const dir = await mkdtemp(join(tmpdir(), 'voxring-ogg-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));

  const check = async (name: string, bytes: Buffer): Promise<{ info: string; frames: number }> => {
    const ogg = join(dir, `${name}.ogg`);
    const wav = join(dir, `${name}.wav`);
    await writeFile(ogg, bytes);
    const info = await runTool(opusinfo, [ogg]);
    t.equal(info.code, 0, `${name}: opusinfo exits 0`);
    t.notMatch(
      info.output,
      /warning|error|invalid|corrupt|\bhole\b/i,
      `${name}: opusinfo reports no problem`,
    );
    const dec = await runTool(opusdec, ['--quiet', ogg, wav]);
    t.equal(dec.code, 0, `${name}: opusdec exits 0 (${dec.output.trim()})`);
    return { info: info.output, frames: dec.code === 0 ? await wavSampleFrames(wav, 1) : -1 };
  };

  // The checker itself must be able to fail: opusinfo warns about an empty stream.
  t.not(
    (await runTool(opusinfo, [join(dir, 'missing.ogg')])).code,
    0,
    'opusinfo fails on a missing file',
  );
  await writeFile(join(dir, 'empty.ogg'), oggOpusFile([], options));
  t.match(
    (await runTool(opusinfo, [join(dir, 'empty.ogg')])).output,
    /WARNING/,
    'opusinfo warns on an empty stream',
  );

  const expected = packets.length * 960 - options.preSkip;
  const whole = await check('whole', oggOpusFile(packets, options));
  t.equal(whole.frames, expected, 'decoded length = packets x 960 - pre-skip');
  t.match(whole.info, /Packet duration:\s+20\.0ms \(max\)/);
  const seconds = Number(/Playback length: 0m:([\d.]+)s/.exec(whole.info)?.[1]);
  t.ok(Math.abs(seconds - expected / 48000) < 0.002, `opusinfo playback length ${seconds}s`);

  const flushed = await check('flushed', incremental(packets, options, true));
  t.equal(flushed.frames, expected, 'a page per packet decodes to the same length');
  const pcmWhole = await readFile(join(dir, 'whole.wav'));
  const pcmFlushed = await readFile(join(dir, 'flushed.wav'));
  t.ok(pcmWhole.equals(pcmFlushed), 'and to the same PCM');

  const huge = padded(packets[10] ?? Buffer.alloc(0), 70_000);
  const withHuge = [...packets.slice(0, 20), huge, ...packets.slice(20, 60)];
  const spanning = await check('spanning', oggOpusFile(withHuge, options));
  t.equal(
    spanning.frames,
    withHuge.length * 960 - options.preSkip,
    'a packet spanning pages decodes',
  );

  const stereo = await check(
    'stereo',
    oggOpusFile(packets.slice(0, 100), { ...options, channels: 2, outputGain: -256 }),
  );
  t.match(stereo.info, /Channels: 2/);
  t.match(stereo.info, /Playback gain: -1 dB/);
});

void t.test('reading what we wrote gives back the exact packets', async (t) => {
  const bytes = oggOpusFile(packets, {
    ...options,
    inputSampleRate: 16000,
    outputGain: 3,
    vendor: 'vx',
    comments: ['A=b'],
  });
  const back = readOggOpus(bytes);
  t.same(back.head, {
    channels: 1,
    preSkip: options.preSkip,
    inputSampleRate: 16000,
    outputGain: 3,
  });
  t.same(back.tags, { vendor: 'vx', comments: ['A=b'] });
  t.equal(back.packets.length, packets.length);
  t.ok(
    back.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
    'bit-for-bit equal',
  );
});

void t.test('incremental output equals oggOpusFile unless flushed', async (t) => {
  const whole = oggOpusFile(packets, options);
  t.ok(incremental(packets, options).equals(whole), 'byte-identical');
  t.ok(oggOpusFile(packets, options).equals(whole), 'deterministic');
  const flushed = incremental(packets, options, true);
  t.notOk(flushed.equals(whole), 'flush changes the paging');
  t.same(readOggOpus(flushed).packets, packets, 'but not the packets');

  const writer = new OggOpusWriter(options);
  t.ok(writer.header().equals(writer.header()), 'header() is stable');
  t.equal(writer.flush().length, 0, 'flush with nothing pending is empty');
  t.equal(
    writer.addPacket(packets[0] ?? Buffer.alloc(0)).length,
    0,
    'first packet stays on the open page',
  );
  t.equal(writer.packetCount, 1);
  t.equal(writer.granulePosition, 960);
  const end = writer.end();
  t.ok(pagesOf(end)[0]?.eos, 'end() emits the EOS page');
  t.equal(writer.end().length, 0, 'end() twice is empty');
  t.equal(writer.flush().length, 0, 'flush after end is empty');
  t.throws(
    () => writer.addPacket(packets[1] ?? Buffer.alloc(0)),
    { code: 'VOX_INTERNAL' },
    'addPacket after end',
  );
});

void t.test('page layout and granule positions follow RFC 7845', async (t) => {
  const pages = pagesOf(oggOpusFile(packets, options));
  const [head, tags, ...audio] = pages;
  t.ok(
    head?.bos && !head.eos && head.granulePosition === 0n && head.segments.length === 1,
    'OpusHead page',
  );
  t.equal(Buffer.from(head?.body ?? []).toString('latin1', 0, 8), 'OpusHead');
  t.ok(tags && !tags.bos && tags.granulePosition === 0n, 'OpusTags page');
  t.equal(audio.length, Math.ceil(packets.length / 50), '50 packets per page');
  let samples = 0n;
  audio.forEach((page, i) => {
    samples += BigInt(page.segments.filter((s) => s < 255).length * 960);
    if (page.granulePosition !== samples)
      t.fail(`page ${i} granule ${page.granulePosition}, expected ${samples}`);
    if (page.eos !== (i === audio.length - 1)) t.fail(`EOS flag on page ${i}`);
  });
  t.equal(
    audio.at(-1)?.granulePosition,
    BigInt(packets.length * 960),
    'last granule counts pre-skip, no end trim',
  );
  t.same(
    pages.map((p) => p.sequence),
    pages.map((_, i) => i),
    'sequence numbers are consecutive',
  );
  t.ok(
    pages.every((p) => p.serial === options.serial),
    'one serial',
  );

  const small = pagesOf(oggOpusFile(packets.slice(0, 7), { ...options, maxPagePackets: 3 }));
  t.same(
    small.slice(2).map((p) => [p.segments.length, p.granulePosition, p.eos]),
    [
      [3, 2880n, false],
      [3, 5760n, false],
      [1, 6720n, true],
    ],
  );
});

void t.test('packets of 255 bytes and more round-trip (lacing)', async (t) => {
  const next = prng(3);
  const sizes = [254, 255, 256, 509, 510, 511, 765, 1000, 1276];
  const list = sizes.map((n) => Buffer.concat([Buffer.from([0x78]), randomBytes(next, n - 1)]));
  const bytes = oggOpusFile(list, options);
  const audio = pagesOf(bytes).slice(2);
  t.same(
    audio[0]?.segments.slice(0, 3),
    [254, 255, 0],
    '254 bytes take [254], 255 bytes take [255, 0]',
  );
  t.same(readOggOpus(bytes).packets, list);

  // 1000-byte packets take 4 lacing values: the page closes before the 255th.
  const big = Array.from({ length: 130 }, () =>
    Buffer.concat([Buffer.from([0x78]), randomBytes(next, 999)]),
  );
  const bigPages = pagesOf(oggOpusFile(big, { ...options, maxPagePackets: 255 })).slice(2);
  t.same(
    bigPages.map((p) => p.segments.length),
    [252, 252, 16],
    'pages break at packet boundaries',
  );
  t.ok(bigPages.every((p) => !p.continued));
  t.same(readOggOpus(oggOpusFile(big, options)).packets, big);
});

void t.test('a packet longer than one page spans pages', async (t) => {
  const huge = padded(packets[5] ?? Buffer.alloc(0), 70_000);
  t.equal(opusPacketSamples(huge), 960);
  const list = [packets[0] ?? Buffer.alloc(0), huge, packets[1] ?? Buffer.alloc(0)];
  const bytes = oggOpusFile(list, options);
  const audio = pagesOf(bytes).slice(2);
  t.same(
    audio.map((p) => [p.continued, p.segments.length, p.granulePosition, p.eos]),
    [
      [false, 1, 960n, false],
      [false, 255, -1n, false],
      [true, oggSegmentCount(huge.length) - 255 + 1, 2880n, true],
    ],
  );
  const back = readOggOpus(bytes).packets;
  t.equal(back.length, 3);
  t.ok(back[1]?.equals(huge), 'spanning packet reassembled');
});

void t.test('bad options and packets give VOX_CODEC_INVALID', async (t) => {
  const bad: [string, Partial<OggOpusWriterOptions>][] = [
    ['channels 3', { channels: 3 }],
    ['channels 0', { channels: 0 }],
    ['preSkip -1', { preSkip: -1 }],
    ['preSkip 65536', { preSkip: 65536 }],
    ['preSkip 1.5', { preSkip: 1.5 }],
    ['serial 2^32', { serial: 2 ** 32 }],
    ['inputSampleRate -1', { inputSampleRate: -1 }],
    ['outputGain 40000', { outputGain: 40000 }],
    ['maxPagePackets 0', { maxPagePackets: 0 }],
    ['maxPagePackets 256', { maxPagePackets: 256 }],
  ];
  for (const [name, override] of bad) {
    t.throws(
      () => new OggOpusWriter({ ...options, ...override }),
      { code: 'VOX_CODEC_INVALID' },
      name,
    );
  }
  const writer = new OggOpusWriter(options);
  t.throws(
    () => writer.addPacket(new Uint8Array(0)),
    { code: 'VOX_CODEC_INVALID' },
    'empty packet',
  );
  t.throws(
    () => writer.addPacket(Uint8Array.from([0x79, 1])),
    { code: 'VOX_CODEC_INVALID' },
    'malformed packet',
  );
  t.equal(writer.packetCount, 0, 'rejected packets are not counted');
});
