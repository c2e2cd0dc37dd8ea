import t from 'tap';
import { readFileSync } from 'node:fs';
import { isVoxError } from '../../common/errors.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { oggOpusFile } from '../../common/ogg-opus-writer.js';
import { OggPacketPager } from '../../common/ogg-packet-pager.js';
import { encodeOggPage, oggCrc32, parseOggPage, type OggPage } from '../../common/ogg-page.js';
import { encodeOpusHead, encodeOpusTags } from '../../common/opus-header-packets.js';
import { isPlausibleOpusPacket, opusPacketSamples } from '../../common/opus-packet.js';
import { prng, randomBytes } from './prng.js';

const fixtureBytes = readFileSync(new URL('../../fixtures/speech.ogg', import.meta.url));
const head = encodeOpusHead({ channels: 1, preSkip: 312, inputSampleRate: 48000, outputGain: 0 });
const tags = encodeOpusTags({ vendor: 'test', comments: [] });
const audio = Buffer.from([0x78, 1, 2, 3]);

/** Builds a stream page by page: each inner list is the packets completed on one page. */
function stream(pages: Uint8Array[][], serial = 1): Buffer {
  const pager = new OggPacketPager({ serial, firstSequence: 0, bos: true });
  const out: Buffer[] = [];
  pages.forEach((packets, i) => {
    for (const p of packets) out.push(...pager.append(p, 0n));
    out.push(pager.emit(i === pages.length - 1));
  });
  return Buffer.concat(out);
}

/** Byte offsets of every page start. */
function pageOffsets(bytes: Buffer): number[] {
  const offsets: number[] = [];
  for (let pos = 0; pos < bytes.length; pos = parseOggPage(bytes, pos).end) offsets.push(pos);
  return offsets;
}

/** Rewrites the page at `offset` via `edit` and fixes its CRC, so only the edited meaning is wrong. */
function editPage(bytes: Buffer, offset: number, edit: (page: Buffer) => void): Buffer {
  const { end } = parseOggPage(bytes, offset);
  const page = Buffer.from(bytes.subarray(offset, end));
  edit(page);
  page.writeUInt32LE(0, 22);
  page.writeUInt32LE(oggCrc32(page), 22);
  return Buffer.concat([bytes.subarray(0, offset), page, bytes.subarray(end)]);
}

/** The type of a subtest's `t` (the last `t.test` overload takes only the callback). */
type Test = Parameters<Parameters<typeof t.test>[0]>[0];

function rejects(t: Test, bytes: Uint8Array, message: RegExp, name: string): void {
  t.throws(
    () => readOggOpus(bytes),
    { name: 'VoxError', code: 'VOX_CODEC_INVALID', message },
    name,
  );
}

void t.test('reads the opusenc fixture', async (t) => {
  const { head, tags, packets } = readOggOpus(fixtureBytes);
  t.same(head, { channels: 1, preSkip: 312, inputSampleRate: 48000, outputGain: 0 });
  t.match(tags.vendor, /^libopus/);
  t.ok(tags.comments.some((c) => c.startsWith('ENCODER=opusenc')));
  t.ok(packets.length >= 300 && packets.length <= 400, `${packets.length} packets`);
  t.ok(
    packets.every((p) => isPlausibleOpusPacket(p) && opusPacketSamples(p) === 960),
    'all 20 ms Opus packets',
  );
  t.ok(
    packets.every((p) => p.buffer !== fixtureBytes.buffer),
    'packets are copies',
  );
});

void t.test('truncation is always detected', async (t) => {
  const offsets = pageOffsets(fixtureBytes);
  let checked = 0;
  for (let cut = 0; cut < fixtureBytes.length; cut += 97) {
    const part = fixtureBytes.subarray(0, cut);
    try {
      readOggOpus(part);
      t.fail(`a file cut at ${cut} bytes was accepted`);
      return;
    } catch (err) {
      if (!isVoxError(err) || err.code !== 'VOX_CODEC_INVALID') throw err;
    }
    checked++;
  }
  t.ok(checked > 200, `${checked} cuts rejected`);
  const atPage = fixtureBytes.subarray(0, offsets.at(-2));
  rejects(t, atPage, /no end-of-stream page/, 'cut at a page boundary');
  const lenient = readOggOpus(atPage, { requireEos: false });
  t.ok(
    lenient.packets.length > 0 && lenient.packets.length < readOggOpus(fixtureBytes).packets.length,
    'requireEos: false reads the prefix',
  );
});

void t.test('bit flips are rejected', async (t) => {
  const next = prng(5);
  for (let i = 0; i < 1500; i++) {
    const bytes = Buffer.from(fixtureBytes);
    const at = Math.floor(next() * bytes.length);
    bytes[at] = (bytes[at] ?? 0) ^ (1 << Math.floor(next() * 8));
    try {
      readOggOpus(bytes);
      t.fail(`flipping a bit at ${at} was accepted`);
      return;
    } catch (err) {
      if (!isVoxError(err) || err.code !== 'VOX_CODEC_INVALID') throw err;
    }
  }
  t.pass('1500 random bit flips rejected with VOX_CODEC_INVALID');
});

void t.test('garbage is rejected', async (t) => {
  rejects(t, Buffer.alloc(0), /empty input/, 'empty');
  rejects(t, Buffer.from('OggS'), /truncated header/, 'capture pattern only');
  rejects(t, Buffer.from('RIFF....WAVEfmt '), /capture pattern/, 'a WAV file');
  const next = prng(9);
  for (let i = 0; i < 200; i++) {
    try {
      readOggOpus(randomBytes(next, Math.floor(next() * 2000)));
      t.fail('random bytes accepted');
      return;
    } catch (err) {
      if (!isVoxError(err) || err.code !== 'VOX_CODEC_INVALID') throw err;
    }
  }
  t.pass('random bytes rejected');
});

void t.test('a minimal well-formed stream reads', async (t) => {
  const { packets } = readOggOpus(stream([[head], [tags], [audio, audio]]));
  t.same(packets, [audio, audio]);
  t.same(readOggOpus(stream([[head], [tags]])).packets, [], 'no audio packets');
});

void t.test('structural errors are rejected', async (t) => {
  rejects(
    t,
    stream([[Buffer.from('OpusHeaX' + '\0'.repeat(11))], [tags], [audio]]),
    /not OpusHead/,
    'wrong head magic',
  );
  rejects(
    t,
    stream([[head], [Buffer.from('OpusTagX')], [audio]]),
    /not OpusTags/,
    'wrong tags magic',
  );
  rejects(t, stream([[head]]), /missing OpusTags/, 'no tags');
  rejects(
    t,
    stream([[head, tags], [audio]]),
    /first page must hold exactly the OpusHead/,
    'head shares its page',
  );
  rejects(
    t,
    stream([[head], [tags, audio]]),
    /audio data shares a page with OpusTags/,
    'tags share their page',
  );
  rejects(
    t,
    stream([[head], [tags], [audio, Buffer.alloc(0)]]),
    /audio packet 1 is not a valid Opus packet/,
    'empty packet',
  );
  rejects(
    t,
    stream([[head], [tags], [Buffer.from([0x79, 1])]]),
    /audio packet 0/,
    'malformed packet',
  );

  const family1 = Buffer.from(head);
  family1[18] = 1;
  rejects(t, stream([[family1], [tags]]), /channel mapping family 1/, 'mapping family 1');
  const threeChannels = Buffer.from(head);
  threeChannels[9] = 3;
  rejects(t, stream([[threeChannels], [tags]]), /channels must be 1 or 2/, 'three channels');
  const version16 = Buffer.from(head);
  version16[8] = 16;
  rejects(t, stream([[version16], [tags]]), /OpusHead version/, 'major version 1');
  rejects(t, stream([[head.subarray(0, 18)], [tags]]), /OpusHead too short/, 'short head');

  const hugeVendor = Buffer.from(tags);
  hugeVendor.writeUInt32LE(0xffffffff, 8);
  rejects(t, stream([[head], [hugeVendor]]), /vendor length exceeds/, 'vendor length');
  const hugeCount = Buffer.from(tags);
  hugeCount.writeUInt32LE(0xffffffff, tags.length - 4);
  rejects(t, stream([[head], [hugeCount]]), /comment count exceeds/, 'comment count');
  rejects(
    t,
    stream([[head], [tags.subarray(0, 16)]]),
    /truncated before comment count/,
    'tags truncated',
  );
});

void t.test('page sequence, serial and continuation are checked', async (t) => {
  const bytes = oggOpusFile(readOggOpus(fixtureBytes).packets, {
    channels: 1,
    preSkip: 312,
    serial: 5,
  });
  const offsets = pageOffsets(bytes);
  const p2 = offsets[2] ?? 0;
  const p3 = offsets[3] ?? 0;
  const p4 = offsets[4] ?? 0;
  const swapped = Buffer.concat([
    bytes.subarray(0, p2),
    bytes.subarray(p3, p4),
    bytes.subarray(p2, p3),
    bytes.subarray(p4),
  ]);
  rejects(t, swapped, /page sequence jumps/, 'pages out of order');
  rejects(
    t,
    Buffer.concat([bytes.subarray(0, p3), bytes.subarray(p2)]),
    /page sequence jumps/,
    'page repeated',
  );
  rejects(t, Buffer.concat([bytes, bytes]), /data after the end-of-stream/, 'chained stream');
  rejects(
    t,
    editPage(bytes, p2, (p) => p.writeUInt32LE(6, 14)),
    /multiplexed or chained/,
    'other serial',
  );
  rejects(
    t,
    editPage(bytes, p2, (p) => (p[5] = 0x01)),
    /continuation flag/,
    'continued without a partial packet',
  );
  rejects(
    t,
    editPage(bytes, 0, (p) => (p[5] = 0)),
    /beginning-of-stream/,
    'first page without BOS',
  );
  rejects(
    t,
    editPage(bytes, p2, (p) => (p[5] = 0x02)),
    /multiplexed or chained/,
    'second BOS page',
  );

  // A packet left open (last lacing value 255) needs a continued page next.
  const headerPages = bytes.subarray(0, p2);
  const page = (over: Partial<OggPage>): Buffer =>
    encodeOggPage({
      continued: false,
      bos: false,
      eos: false,
      granulePosition: 960n,
      serial: 5,
      sequence: 2,
      segments: [255],
      body: Buffer.alloc(255, 0x78),
      ...over,
    });
  rejects(
    t,
    Buffer.concat([headerPages, page({ eos: true })]),
    /last packet is truncated/,
    'open packet at EOS',
  );
  rejects(
    t,
    Buffer.concat([
      headerPages,
      page({}),
      page({ sequence: 3, segments: [1], body: Buffer.alloc(1), eos: true }),
    ]),
    /continuation flag/,
    'open packet followed by a fresh page',
  );
  const joined = readOggOpus(
    Buffer.concat([
      headerPages,
      page({}),
      page({ sequence: 3, continued: true, segments: [1], body: Buffer.alloc(1), eos: true }),
    ]),
  );
  t.equal(joined.packets[0]?.length, 256, 'a continued page completes the packet');
});
