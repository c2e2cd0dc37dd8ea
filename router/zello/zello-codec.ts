/**
 * The Zello Channel API on the wire: JSON text commands and binary packets.
 * Parsing does no I/O, never throws and never trusts a length it reads;
 * every input yields a value or one of the spec's error strings.
 *
 * Binary packets, network byte order (API.md, "Stream data", "Sending images"):
 *
 *   0        1          5          9
 *   +--------+----------+----------+----------- - -
 *   | type   | id (u32) | u32      | data ...
 *   +--------+----------+----------+----------- - -
 *   type 0x01 audio: id = stream_id, u32 = packet_id (ignored inbound)
 *   type 0x02 image: id = image_id / message_id, u32 = 0x01 full image, 0x02 thumbnail
 *
 * codec_header is base64 of 4 bytes: sample rate (u16 little-endian),
 * frames per packet (u8), frame size in ms (u8).
 */
import { ZELLO_ERRORS, type ZelloErrorString } from './zello-errors.js';

export const PACKET_AUDIO = 0x01;
export const PACKET_IMAGE = 0x02;
export const IMAGE_FULL = 0x01;
export const IMAGE_THUMBNAIL = 0x02;
/** Bytes before `data` in every binary packet. */
export const PACKET_HEADER_BYTES = 9;

/** A JSON command: its name, its `seq` when it asked for a reply, and every attribute. */
export interface ZelloCommand {
  command: string;
  seq: number | undefined;
  body: Readonly<Record<string, unknown>>;
}

export type CommandResult =
  | { ok: true; command: ZelloCommand }
  | { ok: false; error: ZelloErrorString; seq: number | undefined };

export type ZelloPacket =
  | { kind: 'audio'; streamId: number; packetId: number; data: Buffer }
  | { kind: 'image'; imageId: number; part: 'full' | 'thumbnail'; data: Buffer };

export type PacketResult =
  { ok: true; packet: ZelloPacket } | { ok: false; error: ZelloErrorString };

/** One WebSocket message, parsed: a text command or a binary packet. */
export type ZelloInput =
  { binary: false; result: CommandResult } | { binary: true; result: PacketResult };

export interface CodecHeader {
  sampleRate: number;
  framesPerPacket: number;
  frameSizeMs: number;
}

// In a /u regex a surrogate pair is one code point: only an unpaired half is in category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * True when a string anywhere in `value` (keys included) holds half a
 * surrogate pair: JSON can escape one ("\ud800"), but UTF-8 cannot carry it,
 * so a text or a name with one could not be stored or sent on as is.
 */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  for (const [key, item] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key) || hasLoneSurrogate(item)) return true;
  }
  return false;
}

/** Parses one text message as a command. */
export function parseCommand(text: string): CommandResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: ZELLO_ERRORS.invalidJson, seq: undefined };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: ZELLO_ERRORS.invalidRequest, seq: undefined };
  }
  const body = parsed as Record<string, unknown>;
  if (hasLoneSurrogate(body)) {
    const seq = readInteger(body['seq'], 0, Number.MAX_SAFE_INTEGER);
    return { ok: false, error: ZELLO_ERRORS.invalidRequest, seq };
  }
  const rawSeq = body['seq'];
  const seq =
    rawSeq === undefined || rawSeq === null
      ? undefined
      : readInteger(rawSeq, 0, Number.MAX_SAFE_INTEGER);
  if (rawSeq !== undefined && rawSeq !== null && seq === undefined) {
    return { ok: false, error: ZELLO_ERRORS.invalidRequest, seq: undefined };
  }
  const command = body['command'];
  if (typeof command !== 'string' || command.length === 0) {
    return { ok: false, error: ZELLO_ERRORS.invalidRequest, seq };
  }
  return { ok: true, command: { command, seq, body } };
}

/** Parses one binary message. The data is copied (transports reuse their buffers). */
export function parsePacket(bytes: Uint8Array): PacketResult {
  const type = bytes[0];
  if (type === PACKET_AUDIO) {
    if (bytes.length <= PACKET_HEADER_BYTES)
      return { ok: false, error: ZELLO_ERRORS.invalidAudioPacket };
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return {
      ok: true,
      packet: {
        kind: 'audio',
        streamId: view.readUInt32BE(1),
        packetId: view.readUInt32BE(5),
        data: Buffer.from(view.subarray(PACKET_HEADER_BYTES)),
      },
    };
  }
  if (type === PACKET_IMAGE) {
    if (bytes.length <= PACKET_HEADER_BYTES)
      return { ok: false, error: ZELLO_ERRORS.invalidRequest };
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const imageType = view.readUInt32BE(5);
    if (imageType !== IMAGE_FULL && imageType !== IMAGE_THUMBNAIL)
      return { ok: false, error: ZELLO_ERRORS.invalidRequest };
    return {
      ok: true,
      packet: {
        kind: 'image',
        imageId: view.readUInt32BE(1),
        part: imageType === IMAGE_FULL ? 'full' : 'thumbnail',
        data: Buffer.from(view.subarray(PACKET_HEADER_BYTES)),
      },
    };
  }
  return { ok: false, error: ZELLO_ERRORS.invalidRequest };
}

/** `{0x01, stream_id, packet_id, data}` */
export function audioPacket(streamId: number, packetId: number, data: Uint8Array): Buffer {
  return packet(PACKET_AUDIO, streamId, packetId, data);
}

/** `{0x02, message_id, 0x01 full | 0x02 thumbnail, data}` */
export function imagePacket(
  messageId: number,
  part: 'full' | 'thumbnail',
  data: Uint8Array,
): Buffer {
  return packet(PACKET_IMAGE, messageId, part === 'full' ? IMAGE_FULL : IMAGE_THUMBNAIL, data);
}

function packet(type: number, id: number, second: number, data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(PACKET_HEADER_BYTES + data.length);
  out[0] = type;
  out.writeUInt32BE(id >>> 0, 1);
  out.writeUInt32BE(second >>> 0, 5);
  out.set(data, PACKET_HEADER_BYTES);
  return out;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes a codec_header; undefined unless it is canonical base64 of exactly 4 bytes with nonzero fields. */
export function decodeCodecHeader(value: unknown): CodecHeader | undefined {
  if (typeof value !== 'string' || value.length !== 8 || !BASE64.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  // The regex lets the unused low bits of the last digit be set ("AAAAAB=="): canonical means they are 0.
  if (bytes.length !== 4 || bytes.toString('base64') !== value) return undefined;
  const header = {
    sampleRate: bytes.readUInt16LE(0),
    framesPerPacket: bytes[2] ?? 0,
    frameSizeMs: bytes[3] ?? 0,
  };
  if (header.sampleRate === 0 || header.framesPerPacket === 0 || header.frameSizeMs === 0)
    return undefined;
  return header;
}

/** Encodes a codec_header; every field must already fit (u16, u8, u8). */
export function encodeCodecHeader(header: CodecHeader): string {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt16LE(header.sampleRate, 0);
  bytes[2] = header.framesPerPacket;
  bytes[3] = header.frameSizeMs;
  return bytes.toString('base64');
}

/** An integer in [min, max] (a JSON number), else undefined. */
export function readInteger(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** A finite number in [min, max], else undefined. */
export function readNumber(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;
}
