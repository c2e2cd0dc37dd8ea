import { VoxError } from './errors.js';
import { encodeOggPage, OGG_MAX_SEGMENTS, OGG_NO_GRANULE } from './ogg-page.js';

/** Options for {@link OggPacketPager}. */
export interface OggPacketPagerOptions {
  /** Logical bitstream serial number, 0 to 2^32-1. */
  readonly serial: number;
  /** Sequence number of the first page this pager emits. */
  readonly firstSequence: number;
  /** Mark the first emitted page as beginning of stream. */
  readonly bos: boolean;
}

/** Lacing values a packet of `length` bytes needs: one per 255 bytes, plus the terminator. */
export function oggSegmentCount(length: number): number {
  return Math.floor(length / 255) + 1;
}

/**
 * Lays packets out into Ogg pages. The caller decides when a page ends
 * (`emit`); the pager only breaks a page by itself when it runs out of
 * lacing values, in which case the packet continues on the next page.
 */
export class OggPacketPager {
  readonly #serial: number;
  #sequence: number;
  #bos: boolean;
  #segments: number[] = [];
  #body: Uint8Array[] = [];
  #continued = false;
  #granule = OGG_NO_GRANULE;
  #packets = 0;

  constructor(options: OggPacketPagerOptions) {
    this.#serial = options.serial;
    this.#sequence = options.firstSequence;
    this.#bos = options.bos;
  }

  /** Packets completed on the page being built. */
  get pendingPackets(): number {
    return this.#packets;
  }

  /** Lacing values used on the page being built. */
  get pendingSegments(): number {
    return this.#segments.length;
  }

  /** Sequence number the next emitted page will carry. */
  get nextSequence(): number {
    return this.#sequence;
  }

  /**
   * Appends a packet whose last sample sits at `granuleAfter`. Returns pages
   * completed because the segment table filled up (usually none).
   */
  append(packet: Uint8Array, granuleAfter: bigint): Buffer[] {
    const out: Buffer[] = [];
    let offset = 0;
    for (;;) {
      if (this.#segments.length === OGG_MAX_SEGMENTS) {
        out.push(this.emit(false));
        this.#continued = true;
      }
      const take = Math.min(255, packet.length - offset);
      this.#segments.push(take);
      this.#body.push(packet.subarray(offset, offset + take));
      offset += take;
      // A lacing value below 255 (possibly 0) terminates the packet.
      if (take < 255) break;
    }
    this.#granule = granuleAfter;
    this.#packets += 1;
    return out;
  }

  /**
   * Emits the page being built. With `eos` an empty page is allowed, so a
   * stream can be ended after its last page was already sent.
   */
  emit(eos: boolean): Buffer {
    if (this.#segments.length === 0 && !eos && !this.#bos) {
      throw new VoxError('VOX_INTERNAL', 'OggPacketPager.emit called with nothing to emit');
    }
    const page = encodeOggPage({
      continued: this.#continued,
      bos: this.#bos,
      eos,
      granulePosition: this.#granule,
      serial: this.#serial,
      sequence: this.#sequence,
      segments: this.#segments,
      body: Buffer.concat(this.#body),
    });
    this.#sequence = (this.#sequence + 1) >>> 0;
    this.#bos = false;
    this.#segments = [];
    this.#body = [];
    this.#continued = false;
    this.#granule = OGG_NO_GRANULE;
    this.#packets = 0;
    return page;
  }
}
