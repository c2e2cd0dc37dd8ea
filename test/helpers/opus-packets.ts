/**
 * Opus packets built from their TOC (RFC 6716 §3.1) for tests that need
 * valid packets of a chosen duration, or packets libopus refuses. The frame
 * bytes are filler: the framing is what the router checks. Tests about what
 * a listener hears use the real speech of fixtures/speech.ogg instead.
 */

/** Frame durations an Opus TOC can name, in ms. */
export type OpusFrameMs = 2.5 | 5 | 10 | 20 | 40 | 60;

// A TOC config for each frame duration: CELT fullband for 2.5–20 ms, SILK wideband for 40 and 60 ms.
const CONFIG_FOR_MS: Record<OpusFrameMs, number> = { 2.5: 28, 5: 29, 10: 30, 20: 31, 40: 10, 60: 11 };

export interface OpusPacketSpec {
  /** Duration of each frame (default 20). */
  frameMs?: OpusFrameMs;
  /** Frames in the packet, 1–48, at most 120 ms in all (default 1). */
  frames?: number;
  /** Bytes of each frame (default 20). */
  frameBytes?: number;
  /** Filler byte of the frames (default 0x55). */
  fill?: number;
}

/**
 * A valid Opus packet: code 0 for one frame, code 1 for two, code 3 (CBR,
 * with the frame count byte) for more.
 */
export function opusPacket(spec: OpusPacketSpec = {}): Buffer {
  const { frameMs = 20, frames = 1, frameBytes = 20, fill = 0x55 } = spec;
  const config = CONFIG_FOR_MS[frameMs];
  const data = Buffer.alloc(frames * frameBytes, fill);
  if (frames === 1) return Buffer.concat([Buffer.from([config << 3]), data]);
  if (frames === 2) return Buffer.concat([Buffer.from([(config << 3) | 1]), data]);
  return Buffer.concat([Buffer.from([(config << 3) | 3, frames & 0x3f]), data]);
}

/** `count` valid packets as `spec` says, each different (their last frame byte carries the index). */
export function opusPackets(count: number, spec: OpusPacketSpec = {}): Buffer[] {
  return Array.from({ length: count }, (_, i) => {
    const packet = opusPacket(spec);
    if ((spec.frameBytes ?? 20) > 0) packet[packet.length - 1] = i & 0xff;
    return packet;
  });
}

/**
 * A valid 20 ms Opus packet of exactly `size` bytes (at least 1): one CELT
 * frame up to 1276 bytes; above that one frame in a code 3 packet whose
 * padding fills the rest (RFC 6716 §3.2.5).
 */
export function opusPacketOfSize(size: number, fill = 0x55): Buffer {
  const toc = 31 << 3;
  if (size <= 1276) {
    const packet = Buffer.alloc(size, fill);
    packet[0] = toc;
    return packet;
  }
  // TOC, count byte (padding flag, 1 frame), m bytes 255 and one byte r (padding = 254 m + r), the frame, the padding.
  for (let padding = size - 4; padding > 0; padding--) {
    const m = Math.floor(padding / 254);
    const frame = size - 3 - m - padding;
    if (frame < 1 || frame > 1275) continue;
    const lengths = [...Array<number>(m).fill(255), padding - 254 * m];
    return Buffer.concat([Buffer.from([toc | 3, 0x41, ...lengths]), Buffer.alloc(frame + padding, fill)]);
  }
  throw new RangeError(`no padded packet of ${size} bytes`);
}

/** Packets libopus refuses (opus_packet_parse: OPUS_INVALID_PACKET), each with why. */
export const INVALID_OPUS_PACKETS: readonly { why: string; packet: Buffer }[] = [
  { why: 'code 1 with an odd payload', packet: Buffer.from([(31 << 3) | 1, 1, 2, 3]) },
  { why: 'code 2 first frame longer than the packet', packet: Buffer.from([(31 << 3) | 2, 9, 1, 2]) },
  { why: 'code 3 without frame count byte', packet: Buffer.from([(31 << 3) | 3]) },
  { why: 'code 3 with zero frames', packet: Buffer.from([(31 << 3) | 3, 0, 1, 2]) },
  { why: 'code 3 of 7 x 20 ms (over 120 ms)', packet: Buffer.concat([Buffer.from([(31 << 3) | 3, 7]), Buffer.alloc(14, 1)]) },
  { why: 'code 3 CBR data not a multiple of the frame count', packet: Buffer.from([(31 << 3) | 3, 3, 1, 2, 3, 4]) },
  { why: 'code 3 padding longer than the packet', packet: Buffer.from([(31 << 3) | 3, 0x41, 200, 1]) },
  { why: 'a frame over 1275 bytes', packet: Buffer.concat([Buffer.from([31 << 3]), Buffer.alloc(1276, 1)]) },
];

/** Arbitrary bytes that are no Opus packet: ASCII text whose TOC byte ("{" = 0x7b) says code 3 with a bad frame count. */
export const NOT_OPUS = Buffer.from('{"hello": "world"}');
