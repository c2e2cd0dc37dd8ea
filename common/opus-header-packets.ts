import { VoxError } from './errors.js';

/*
 * The two header packets of an Ogg Opus stream (RFC 7845 §5), little-endian:
 *
 *   OpusHead (19 bytes for mapping family 0):
 *     "OpusHead" | version=1 | channels | pre-skip u16 | input rate u32 | gain i16 Q7.8 dB | family=0
 *   OpusTags:
 *     "OpusTags" | vendor length u32 | vendor | comment count u32 | (length u32 | "KEY=value")*
 *
 * Only channel mapping family 0 (mono or stereo) is supported: that is what
 * voice clients and opusenc produce for speech.
 */

/** Stream parameters carried by OpusHead. */
export interface OpusHead {
  /** 1 (mono) or 2 (stereo). */
  readonly channels: number;
  /** 48 kHz samples to discard from the start of the decoded output. */
  readonly preSkip: number;
  /** Sample rate of the original input, informational only (0 = unknown). */
  readonly inputSampleRate: number;
  /** Output gain in Q7.8 dB (raw int16; 256 = +1 dB). */
  readonly outputGain: number;
}

/** Vendor string and user comments carried by OpusTags. */
export interface OpusTags {
  readonly vendor: string;
  readonly comments: readonly string[];
}

const HEAD_MAGIC = Buffer.from('OpusHead', 'latin1');
const TAGS_MAGIC = Buffer.from('OpusTags', 'latin1');
const HEAD_BYTES = 19;

function invalid(what: string): VoxError {
  return new VoxError('VOX_CODEC_INVALID', what);
}

/** Throws VOX_CODEC_INVALID unless `head` fits OpusHead with mapping family 0. */
export function validateOpusHead(head: OpusHead): void {
  const { channels, preSkip, inputSampleRate, outputGain } = head;
  if (channels !== 1 && channels !== 2) throw invalid(`channels must be 1 or 2, got ${channels}`);
  if (!Number.isInteger(preSkip) || preSkip < 0 || preSkip > 0xffff) {
    throw invalid(`preSkip must be an integer 0-65535, got ${preSkip}`);
  }
  if (!Number.isInteger(inputSampleRate) || inputSampleRate < 0 || inputSampleRate > 0xffffffff) {
    throw invalid(`inputSampleRate must be an integer 0-4294967295, got ${inputSampleRate}`);
  }
  if (!Number.isInteger(outputGain) || outputGain < -0x8000 || outputGain > 0x7fff) {
    throw invalid(`outputGain must be an integer -32768-32767 (Q7.8 dB), got ${outputGain}`);
  }
}

/** Builds the OpusHead packet. */
export function encodeOpusHead(head: OpusHead): Buffer {
  validateOpusHead(head);
  const out = Buffer.alloc(HEAD_BYTES);
  HEAD_MAGIC.copy(out, 0);
  out[8] = 1;
  out[9] = head.channels;
  out.writeUInt16LE(head.preSkip, 10);
  out.writeUInt32LE(head.inputSampleRate, 12);
  out.writeInt16LE(head.outputGain, 16);
  out[18] = 0;
  return out;
}

/** Parses an OpusHead packet; throws VOX_CODEC_INVALID if malformed or unsupported. */
export function parseOpusHead(packet: Uint8Array): OpusHead {
  const buf = Buffer.from(packet.buffer, packet.byteOffset, packet.byteLength);
  if (buf.length < 8 || buf.compare(HEAD_MAGIC, 0, 8, 0, 8) !== 0)
    throw invalid('first packet is not OpusHead');
  if (buf.length < HEAD_BYTES) throw invalid('OpusHead too short');
  const version = buf[8] ?? 0;
  // The upper nibble is the major version; a change there is incompatible (RFC 7845 §5.1).
  if (version >> 4 !== 0) throw invalid(`unsupported OpusHead version ${version}`);
  const family = buf[18] ?? 0;
  if (family !== 0) throw invalid(`unsupported channel mapping family ${family}`);
  const head: OpusHead = {
    channels: buf[9] ?? 0,
    preSkip: buf.readUInt16LE(10),
    inputSampleRate: buf.readUInt32LE(12),
    outputGain: buf.readInt16LE(16),
  };
  validateOpusHead(head);
  return head;
}

/** Builds the OpusTags packet. */
export function encodeOpusTags(tags: OpusTags): Buffer {
  const parts: Buffer[] = [TAGS_MAGIC, lengthPrefixed(tags.vendor), u32(tags.comments.length)];
  for (const c of tags.comments) parts.push(lengthPrefixed(c));
  return Buffer.concat(parts);
}

/** Parses an OpusTags packet, checking every length against the packet size. */
export function parseOpusTags(packet: Uint8Array): OpusTags {
  const buf = Buffer.from(packet.buffer, packet.byteOffset, packet.byteLength);
  if (buf.length < 8 || buf.compare(TAGS_MAGIC, 0, 8, 0, 8) !== 0)
    throw invalid('second packet is not OpusTags');
  let pos = 8;
  const readString = (what: string): string => {
    if (buf.length - pos < 4) throw invalid(`OpusTags truncated before ${what} length`);
    const len = buf.readUInt32LE(pos);
    pos += 4;
    if (len > buf.length - pos) throw invalid(`OpusTags ${what} length exceeds packet`);
    const s = buf.toString('utf8', pos, pos + len);
    pos += len;
    return s;
  };
  const vendor = readString('vendor');
  if (buf.length - pos < 4) throw invalid('OpusTags truncated before comment count');
  const count = buf.readUInt32LE(pos);
  pos += 4;
  // Each comment needs at least its 4-byte length: reject impossible counts before looping.
  if (count > (buf.length - pos) / 4) throw invalid('OpusTags comment count exceeds packet');
  const comments: string[] = [];
  for (let i = 0; i < count; i++) comments.push(readString('comment'));
  return { vendor, comments };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function lengthPrefixed(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
}
