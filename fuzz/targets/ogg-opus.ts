/**
 * The Ogg Opus demuxer: readOggOpus (pages, CRCs, packets across pages,
 * OpusHead, OpusTags, Opus packet framing). Page-aware mutations re-encode
 * each page, CRC included, so inputs get past the checksum into the packet
 * logic. An accepted file must re-mux (oggOpusFile) and read back equal.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { VoxError } from '../../common/errors.js';
import { encodeOggPage, parseOggPage, type OggPage } from '../../common/ogg-page.js';
import { readOggOpus, type OggOpusContents } from '../../common/ogg-opus-reader.js';
import { oggOpusFile } from '../../common/ogg-opus-writer.js';
import { mutateBytes } from '../byte-mutator.js';
import { check, type FuzzOutcome, type FuzzTarget } from '../fuzz-target.js';
import type { Rng } from '../rng.js';

const SPEECH = new URL('../../fixtures/speech.ogg', import.meta.url);

/** The first pages of the speech fixture (about `bytes` long), the last one marked end-of-stream. */
function speechStart(bytes: number): Buffer {
  const pages: OggPage[] = [];
  let size = 0;
  for (const page of splitPages(readFileSync(SPEECH))) {
    if (size > bytes) break;
    pages.push(page);
    size += page.body.length;
  }
  const last = pages.length - 1;
  return Buffer.concat(pages.map((page, i) => encodeOggPage(i === last ? { ...page, eos: true } : page)));
}

function seeds(): Uint8Array[] {
  // TOC 0x78 (hybrid FB) and 0xfc (CELT FB): 20 ms, one frame (code 0).
  const small = [Buffer.from([0x78, 1, 2, 3]), Buffer.from([0xfc, 0xff, 0xfe]), Buffer.alloc(300, 0x41)];
  small[2]![0] = 0x78;
  const twoFrames = Buffer.from([0x79, 9, 9, 9, 9]); // c = 1: two equal frames
  const counted = Buffer.from([0x7b, 0x03, 1, 2, 3]); // c = 3: 3 CBR frames
  return [
    speechStart(4096),
    oggOpusFile(small, { channels: 1, preSkip: 312, serial: 7 }),
    oggOpusFile([...small, twoFrames, counted], { channels: 2, preSkip: 0, serial: 0xffffffff, vendor: 'fuzz ✓', comments: ['TITLE=x', 'A=b'], maxPagePackets: 1 }),
    oggOpusFile(Array.from({ length: 60 }, (_, i) => Buffer.from([0xfc, i])), { channels: 1, preSkip: 3840, serial: 1, outputGain: -256 }),
    oggOpusFile([Buffer.alloc(700, 0x78)], { channels: 1, preSkip: 312, serial: 2 }),
  ].map((b) => new Uint8Array(b));
}

function splitPages(bytes: Uint8Array): OggPage[] {
  const pages: OggPage[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    try {
      const { page, end } = parseOggPage(bytes, pos);
      pages.push(page);
      pos = end;
    } catch {
      break;
    }
  }
  return pages;
}

/** Lacing values for one packet of `length` bytes that ends on this page. */
function lacing(length: number): number[] {
  const out = Array<number>(Math.floor(length / 255)).fill(255);
  out.push(length % 255);
  return out;
}

function mutatePage(rng: Rng, page: OggPage, seeds: readonly Uint8Array[]): OggPage {
  const flagsOf = (n: number) => ({ continued: (n & 1) !== 0, bos: (n & 2) !== 0, eos: (n & 4) !== 0 });
  switch (rng.below(7)) {
    case 0:
      return { ...page, ...flagsOf(rng.below(8)) };
    case 1:
      return { ...page, sequence: (page.sequence + rng.between(-2, 2)) >>> 0 };
    case 2:
      return { ...page, serial: rng.chance(0.5) ? (page.serial + 1) >>> 0 : rng.u32() };
    case 3:
      return { ...page, granulePosition: rng.pick([-1n, 0n, 1n, 2n ** 63n - 1n, -(2n ** 63n), page.granulePosition + 960n]) };
    case 4: {
      // Same length, bytes changed: the lacing stays valid, the packet contents do not.
      const body = Buffer.from(page.body);
      for (let n = rng.count(4); n > 0 && body.length > 0; n--) body[rng.below(body.length)] = rng.below(256);
      return { ...page, body };
    }
    case 5: {
      // One lacing value changed, the body grown or cut to match.
      if (page.segments.length === 0) return page;
      const segments = [...page.segments];
      const k = rng.below(segments.length);
      const old = segments[k] ?? 0;
      const value = rng.pick([0, 1, 254, 255, rng.below(256)]);
      segments[k] = value;
      let at = 0;
      for (let i = 0; i <= k; i++) at += page.segments[i] ?? 0;
      const body = Buffer.from(page.body);
      const resized = value > old
        ? Buffer.concat([body.subarray(0, at), rng.bytes(value - old), body.subarray(at)])
        : Buffer.concat([body.subarray(0, at - (old - value)), body.subarray(at)]);
      return { ...page, segments, body: resized };
    }
    default: {
      // The body mutated as bytes and laced again as one packet.
      const body = mutateBytes(rng, page.body, seeds).subarray(0, 255 * 254);
      return { ...page, segments: lacing(body.length), body };
    }
  }
}

/** A page-level mutation with every CRC recomputed. */
function mutateOgg(rng: Rng, seed: Uint8Array, seeds: readonly Uint8Array[]): Uint8Array | undefined {
  const pages = splitPages(seed);
  if (pages.length === 0) return undefined;
  for (let n = rng.count(3); n > 0; n--) {
    const i = rng.below(pages.length);
    const r = rng.below(10);
    if (r === 0 && pages.length > 1) pages.splice(i, 1);
    else if (r === 1) pages.splice(i, 0, pages[i]!);
    else if (r === 2) {
      const j = rng.below(pages.length);
      [pages[i], pages[j]] = [pages[j]!, pages[i]!];
    } else pages[i] = mutatePage(rng, pages[i]!, seeds);
  }
  return Buffer.concat(pages.map((page) => encodeOggPage(page)));
}

function read(input: Uint8Array, requireEos: boolean): OggOpusContents | undefined {
  try {
    return readOggOpus(input, { requireEos });
  } catch (err) {
    if (err instanceof VoxError && err.code === 'VOX_CODEC_INVALID') return undefined;
    throw err;
  }
}

function remuxChecks(contents: OggOpusContents): void {
  const { head, tags, packets } = contents;
  const file = oggOpusFile(packets, { ...head, serial: 5, vendor: tags.vendor, comments: tags.comments });
  const again = readOggOpus(file);
  check(isDeepStrictEqual(again.head, head) && isDeepStrictEqual(again.tags, tags), 'header packets changed through a re-mux');
  check(again.packets.length === packets.length && again.packets.every((p, i) => p.equals(packets[i]!)), 'audio packets changed through a re-mux');
}

/** The Ogg Opus demuxer target. */
export function oggOpusTarget(): FuzzTarget {
  return {
    name: 'ogg-opus',
    description: 'readOggOpus: Ogg pages, OpusHead, OpusTags, Opus packet framing',
    seeds,
    mutate: mutateOgg,
    run(input): FuzzOutcome {
      const strict = read(input, true);
      const lenient = read(input, false);
      check(strict === undefined || lenient !== undefined, 'a file accepted with requireEos is refused without it');
      const contents = lenient ?? strict;
      if (contents === undefined) return 'rejected';
      for (const p of contents.packets) check(p.buffer !== input.buffer, 'an audio packet is a view into the input');
      remuxChecks(contents);
      return 'accepted';
    },
  };
}
