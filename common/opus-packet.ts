import { VoxError } from './errors.js';

/*
 * Opus packet framing (RFC 6716 §3). The first byte is the TOC:
 *
 *    0 1 2 3 4 5 6 7
 *   +-+-+-+-+-+-+-+-+
 *   | config  |s| c |   config: mode + frame size, s: stereo, c: frame count code
 *   +-+-+-+-+-+-+-+-+
 *
 * c = 0: one frame; 1: two equal frames; 2: two frames, the first one's length
 * coded after the TOC; 3: a frame count byte |v|p| M | follows (VBR flag,
 * padding flag, 1 <= M <= 48 frames), then padding length, then, for VBR, M-1
 * frame lengths. Any packet may last at most 120 ms.
 */

/** Samples at 48 kHz in one Opus packet of the longest duration (120 ms). */
export const OPUS_MAX_PACKET_SAMPLES = 5760;

/** Largest frame the Opus bitstream allows (RFC 6716 R2). */
const MAX_FRAME_BYTES = 1275;

// Frame size in 48 kHz samples for each TOC config, 0–31.
// prettier-ignore
const FRAME_SAMPLES: readonly number[] = [
  // SILK-only NB, MB, WB: 10, 20, 40, 60 ms
  480, 960, 1920, 2880, 480, 960, 1920, 2880, 480, 960, 1920, 2880,
  // Hybrid SWB, FB: 10, 20 ms
  480, 960, 480, 960,
  // CELT-only NB, WB, SWB, FB: 2.5, 5, 10, 20 ms
  120, 240, 480, 960, 120, 240, 480, 960, 120, 240, 480, 960, 120, 240, 480, 960,
];

/** Samples (48 kHz) in one frame for the given TOC byte. */
export function opusFrameSamples(toc: number): number {
  return FRAME_SAMPLES[(toc >> 3) & 0x1f] ?? 0;
}

/**
 * Checks a packet against RFC 6716 §3.4 (R1–R7), the same framing checks
 * libopus' opus_packet_parse makes before it decodes (it refuses exactly
 * these packets with OPUS_INVALID_PACKET). Returns the packet's sample count
 * at 48 kHz, or a reason string when the packet is malformed. Never throws.
 */
export function inspectOpusPacket(packet: Uint8Array): number | string {
  const n = packet.length;
  const toc = packet[0];
  if (toc === undefined) return 'empty packet';
  const frameSamples = opusFrameSamples(toc);
  const code = toc & 0x03;

  if (code === 0) {
    if (n - 1 > MAX_FRAME_BYTES) return 'frame longer than 1275 bytes';
    return frameSamples;
  }
  if (code === 1) {
    if ((n - 1) % 2 !== 0) return 'code 1 packet with odd payload length';
    if ((n - 1) / 2 > MAX_FRAME_BYTES) return 'frame longer than 1275 bytes';
    return 2 * frameSamples;
  }
  if (code === 2) {
    const first = readFrameLength(packet, 1);
    if (first === null) return 'code 2 packet too short for its frame length';
    const rest = n - first.next;
    if (first.length > rest) return 'code 2 frame length exceeds packet';
    if (rest - first.length > MAX_FRAME_BYTES) return 'frame longer than 1275 bytes';
    return 2 * frameSamples;
  }

  const countByte = packet[1];
  if (countByte === undefined) return 'code 3 packet without frame count byte';
  const vbr = (countByte & 0x80) !== 0;
  const padded = (countByte & 0x40) !== 0;
  const frames = countByte & 0x3f;
  if (frames === 0) return 'code 3 packet with zero frames';
  if (frames * frameSamples > OPUS_MAX_PACKET_SAMPLES) return 'packet longer than 120 ms';

  let pos = 2;
  let padding = 0;
  if (padded) {
    // Each 255 byte adds 254 padding bytes and continues; any other value ends the run.
    for (;;) {
      const b = packet[pos];
      if (b === undefined) return 'code 3 padding length runs past packet end';
      pos += 1;
      if (b === 255) {
        padding += 254;
      } else {
        padding += b;
        break;
      }
    }
  }
  // Bytes left for frame lengths and frame data once trailing padding is removed.
  const end = n - padding;
  if (end < pos) return 'code 3 padding exceeds packet';

  if (!vbr) {
    const data = end - pos;
    if (data % frames !== 0) return 'code 3 CBR data not a multiple of frame count';
    if (data / frames > MAX_FRAME_BYTES) return 'frame longer than 1275 bytes';
    return frames * frameSamples;
  }

  let total = 0;
  for (let i = 0; i < frames - 1; i++) {
    const len = readFrameLength(packet, pos);
    if (len === null || len.next > end) return 'code 3 VBR frame lengths run past packet end';
    pos = len.next;
    total += len.length;
  }
  if (total > end - pos) return 'code 3 VBR frame lengths exceed packet';
  if (end - pos - total > MAX_FRAME_BYTES) return 'frame longer than 1275 bytes';
  return frames * frameSamples;
}

/** Reads a 1- or 2-byte frame length (RFC 6716 §3.2.1) at `pos`. */
function readFrameLength(packet: Uint8Array, pos: number): { length: number; next: number } | null {
  const b0 = packet[pos];
  if (b0 === undefined) return null;
  if (b0 < 252) return { length: b0, next: pos + 1 };
  const b1 = packet[pos + 1];
  if (b1 === undefined) return null;
  return { length: b1 * 4 + b0, next: pos + 2 };
}

/**
 * Samples at 48 kHz carried by an Opus packet, from its TOC and frame count.
 * Throws VoxError 'VOX_CODEC_INVALID' when the packet is malformed (RFC 6716
 * §3.4), so a caller never mistakes a bad packet for silence.
 */
export function opusPacketSamples(packet: Uint8Array): number {
  const result = inspectOpusPacket(packet);
  if (typeof result === 'string')
    throw new VoxError('VOX_CODEC_INVALID', `invalid Opus packet: ${result}`);
  return result;
}

/** True when the packet is well-formed per RFC 6716 §3.4; never throws. */
export function isPlausibleOpusPacket(packet: Uint8Array): boolean {
  return typeof inspectOpusPacket(packet) === 'number';
}

/** 48 kHz samples of a sequence of packets; malformed ones (stored before ingest checked them) count 0. */
export function opusPacketsSamples(packets: Iterable<Uint8Array>): number {
  let total = 0;
  for (const packet of packets) {
    const samples = inspectOpusPacket(packet);
    if (typeof samples === 'number') total += samples;
  }
  return total;
}

/** Milliseconds of `samples` at 48 kHz, rounded. */
export function opusSamplesToMs(samples: number): number {
  return Math.round(samples / 48);
}
