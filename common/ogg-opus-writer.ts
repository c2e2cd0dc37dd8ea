import { VoxError } from './errors.js';
import { OggPacketPager, oggSegmentCount } from './ogg-packet-pager.js';
import { OGG_MAX_SEGMENTS } from './ogg-page.js';
import { encodeOpusHead, encodeOpusTags, validateOpusHead } from './opus-header-packets.js';
import { opusPacketSamples } from './opus-packet.js';

/** Options for {@link OggOpusWriter} and {@link oggOpusFile}. */
export interface OggOpusWriterOptions {
  /** 1 or 2. */
  readonly channels: number;
  /** Encoder lookahead in 48 kHz samples that players drop from the start. */
  readonly preSkip: number;
  /** Ogg logical stream serial, 0 to 2^32-1. Use something stable per message for reproducible bytes. */
  readonly serial: number;
  /** Original input rate, informational. Default 48000. */
  readonly inputSampleRate?: number;
  /** Output gain, Q7.8 dB. Default 0. */
  readonly outputGain?: number;
  /** OpusTags vendor string. Default 'voxring'. */
  readonly vendor?: string;
  /** OpusTags user comments ("KEY=value"). Default none. */
  readonly comments?: readonly string[];
  /** Packets per audio page before a new page starts, 1–255. Default 50 (1 s of 20 ms packets). */
  readonly maxPagePackets?: number;
}

const DEFAULT_MAX_PAGE_PACKETS = 50;

/**
 * Produces an Ogg Opus stream (RFC 7845) incrementally: `header()` once,
 * `addPacket()` per Opus packet, `end()` last; concatenating the returned
 * buffers gives the file. Without explicit `flush()` calls the bytes depend
 * only on the options and the packets, so they equal {@link oggOpusFile}.
 *
 * Paging: a page is closed lazily, when the next packet would not fit
 * (`maxPagePackets` reached or the segment table full), so the last page is
 * still open at `end()` and can carry the EOS flag. A live reader therefore
 * sees a page up to one packet after it fills; call `flush()` to push the
 * open page out sooner (at the cost of byte-identity with `oggOpusFile`).
 *
 * Granule positions count decoded samples from the stream start, pre-skip
 * included (RFC 7845 §4): a page's granule is the total of all packets
 * completed by the end of that page. No end trimming is applied, so players
 * report `packets × duration − preSkip` of audio.
 */
export class OggOpusWriter {
  readonly #header: Buffer;
  readonly #pager: OggPacketPager;
  readonly #maxPagePackets: number;
  #granule = 0;
  #packets = 0;
  #ended = false;

  constructor(options: OggOpusWriterOptions) {
    const head = {
      channels: options.channels,
      preSkip: options.preSkip,
      inputSampleRate: options.inputSampleRate ?? 48000,
      outputGain: options.outputGain ?? 0,
    };
    validateOpusHead(head);
    const { serial } = options;
    if (!Number.isInteger(serial) || serial < 0 || serial > 0xffffffff) {
      throw new VoxError(
        'VOX_CODEC_INVALID',
        `serial must be an integer 0-4294967295, got ${serial}`,
      );
    }
    const maxPagePackets = options.maxPagePackets ?? DEFAULT_MAX_PAGE_PACKETS;
    if (
      !Number.isInteger(maxPagePackets) ||
      maxPagePackets < 1 ||
      maxPagePackets > OGG_MAX_SEGMENTS
    ) {
      throw new VoxError(
        'VOX_CODEC_INVALID',
        `maxPagePackets must be an integer 1-255, got ${maxPagePackets}`,
      );
    }
    this.#maxPagePackets = maxPagePackets;

    // RFC 7845 §3: OpusHead alone on the first (BOS) page, OpusTags ending its
    // own page(s), audio starting on a fresh page. Header granules are 0.
    const headerPager = new OggPacketPager({ serial, firstSequence: 0, bos: true });
    const pages = [...headerPager.append(encodeOpusHead(head), 0n), headerPager.emit(false)];
    const tags = encodeOpusTags({
      vendor: options.vendor ?? 'voxring',
      comments: options.comments ?? [],
    });
    pages.push(...headerPager.append(tags, 0n), headerPager.emit(false));
    this.#header = Buffer.concat(pages);
    this.#pager = new OggPacketPager({
      serial,
      firstSequence: headerPager.nextSequence,
      bos: false,
    });
  }

  /** The OpusHead and OpusTags pages; the same bytes on every call. */
  header(): Buffer {
    return this.#header;
  }

  /** Audio packets added so far. */
  get packetCount(): number {
    return this.#packets;
  }

  /** 48 kHz samples of all packets added so far (pre-skip included). */
  get granulePosition(): number {
    return this.#granule;
  }

  /**
   * Adds one Opus packet and returns any pages now complete (often empty).
   * Throws VOX_CODEC_INVALID for a malformed packet, VOX_INTERNAL after end().
   */
  addPacket(packet: Uint8Array): Buffer {
    if (this.#ended) throw new VoxError('VOX_INTERNAL', 'OggOpusWriter.addPacket after end()');
    const samples = opusPacketSamples(packet);
    const out: Buffer[] = [];
    const pager = this.#pager;
    if (
      pager.pendingPackets > 0 &&
      (pager.pendingPackets >= this.#maxPagePackets ||
        pager.pendingSegments + oggSegmentCount(packet.length) > OGG_MAX_SEGMENTS)
    ) {
      out.push(pager.emit(false));
    }
    this.#granule += samples;
    this.#packets += 1;
    out.push(...pager.append(packet, BigInt(this.#granule)));
    return Buffer.concat(out);
  }

  /** Emits the open page now, if it holds anything. */
  flush(): Buffer {
    if (this.#ended || this.#pager.pendingSegments === 0) return Buffer.alloc(0);
    return this.#pager.emit(false);
  }

  /** Emits the last page with the EOS flag. Later calls return nothing. */
  end(): Buffer {
    if (this.#ended) return Buffer.alloc(0);
    this.#ended = true;
    return this.#pager.emit(true);
  }
}

/** A whole Ogg Opus file for `packets`; the same input always gives the same bytes. */
export function oggOpusFile(packets: Iterable<Uint8Array>, options: OggOpusWriterOptions): Buffer {
  const writer = new OggOpusWriter(options);
  const parts = [writer.header()];
  for (const p of packets) parts.push(writer.addPacket(p));
  parts.push(writer.end());
  return Buffer.concat(parts);
}
