import { VoxError } from './errors.js';
import { parseOggPage } from './ogg-page.js';
import {
  parseOpusHead,
  parseOpusTags,
  type OpusHead,
  type OpusTags,
} from './opus-header-packets.js';
import { isPlausibleOpusPacket } from './opus-packet.js';

/** Options for {@link readOggOpus}. */
export interface ReadOggOpusOptions {
  /** Reject a stream whose last page lacks the EOS flag (a truncated file). Default true. */
  readonly requireEos?: boolean;
}

/** An Ogg Opus file split into its header fields and audio packets. */
export interface OggOpusContents {
  readonly head: OpusHead;
  readonly tags: OpusTags;
  /** Audio packets in order, each a copy (not a view into the input). */
  readonly packets: Buffer[];
}

function invalid(what: string): VoxError {
  return new VoxError('VOX_CODEC_INVALID', `invalid Ogg Opus file: ${what}`);
}

/**
 * Reads a single-stream Ogg Opus file (as opusenc writes it) into its packets.
 * Packets spanning pages are reassembled. Multiplexed or chained streams,
 * page sequence gaps, misplaced headers and malformed Opus packets are
 * rejected with VoxError 'VOX_CODEC_INVALID'; nothing else is thrown.
 */
export function readOggOpus(bytes: Uint8Array, options: ReadOggOpusOptions = {}): OggOpusContents {
  const requireEos = options.requireEos ?? true;
  const all: Buffer[] = [];
  // Byte parts of a packet that continues onto the next page.
  let partial: Uint8Array[] | null = null;
  let serial = 0;
  let sequence = 0;
  let eos = false;
  let pos = 0;

  for (let pageIndex = 0; pos < bytes.length; pageIndex++) {
    const { page, end } = parseOggPage(bytes, pos);
    if (eos) throw invalid(`data after the end-of-stream page at byte ${pos}`);
    if (pageIndex === 0) {
      if (!page.bos) throw invalid('first page lacks the beginning-of-stream flag');
      serial = page.serial;
      sequence = page.sequence;
    } else {
      if (page.serial !== serial || page.bos)
        throw invalid('multiplexed or chained streams are not supported');
      sequence = (sequence + 1) >>> 0;
      if (page.sequence !== sequence)
        throw invalid(`page sequence jumps to ${page.sequence}, expected ${sequence}`);
    }
    if (page.continued !== (partial !== null)) {
      throw invalid(`page ${page.sequence} continuation flag disagrees with the previous page`);
    }

    const completedBefore = all.length;
    let bodyPos = 0;
    for (const lacing of page.segments) {
      const segment = page.body.subarray(bodyPos, bodyPos + lacing);
      bodyPos += lacing;
      partial ??= [];
      partial.push(segment);
      if (lacing < 255) {
        all.push(Buffer.concat(partial));
        partial = null;
      }
    }

    // RFC 7845 §3: OpusHead is alone on the first page; OpusTags ends its page.
    if (pageIndex === 0 && (all.length !== 1 || partial !== null)) {
      throw invalid('first page must hold exactly the OpusHead packet');
    }
    if (completedBefore < 2 && all.length >= 2 && (all.length > 2 || partial !== null)) {
      throw invalid('audio data shares a page with OpusTags');
    }
    eos = page.eos;
    pos = end;
  }

  if (all.length === 0) throw invalid('empty input');
  if (partial !== null) throw invalid('last packet is truncated');
  if (requireEos && !eos) throw invalid('no end-of-stream page (truncated file?)');
  const [headPacket, tagsPacket, ...packets] = all;
  if (headPacket === undefined || tagsPacket === undefined)
    throw invalid('missing OpusTags header');
  const head = parseOpusHead(headPacket);
  const tags = parseOpusTags(tagsPacket);
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i];
    if (p !== undefined && !isPlausibleOpusPacket(p))
      throw invalid(`audio packet ${i} is not a valid Opus packet`);
  }
  return { head, tags, packets };
}
