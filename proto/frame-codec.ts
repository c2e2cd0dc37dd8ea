/**
 * The wire codec: ClientFrame / ServerFrame (frames.ts) to and from bytes in
 * either wire format. Decoding is total and does no I/O: any input yields a
 * frame or a typed error, never an exception. Encoding trusts its input (it
 * comes from our own code, typed) and may throw on a frame of unknown type.
 */
import { VoxError } from '../common/errors.js';
import type { ClientFrame, RelayFrame, ServerFrame, WireFormat } from './frames.js';
import {
  decodeClientJson,
  decodeServerJson,
  encodeClientJson,
  encodeServerJson,
} from './json-frame-codec.js';
import type { ChunkDecodeScratch, RawDecode } from './proto-frame-codec.js';
import {
  decodeClientProto,
  decodeRelayProto,
  decodeServerProto,
  encodeClientProto,
  encodeRelayProto,
  encodeServerProto,
  peekProtoRef,
} from './proto-frame-codec.js';
import { wireBytes } from './wire-bytes.js';

export { ChunkDecodeScratch, encodeServerChunkProto } from './proto-frame-codec.js';

/**
 * A decoded frame, or the error to answer it with. `ref` is the frame's ref
 * when it could be read (0 otherwise), for the error frame's ref.
 */
export type DecodeResult<F> = { ok: true; frame: F } | { ok: false; error: VoxError; ref: number };

/** What a transport hands over: bytes for a binary message, a string for a text message. */
export type WireData = Uint8Array | string;

interface Decoders<F> {
  proto(bytes: Uint8Array, scratch?: ChunkDecodeScratch): RawDecode<F>;
  json(text: string): RawDecode<F>;
}

function fail(
  code: 'VOX_BAD_FRAME' | 'VOX_UNKNOWN_FRAME' | 'VOX_FRAME_TOO_LARGE',
  message: string,
  ref: number,
  cause?: unknown,
) {
  return {
    ok: false as const,
    error: new VoxError(code, message, cause === undefined ? undefined : { cause }),
    ref,
  };
}

// UTF-8 length of a string is between its UTF-16 length and three times it,
// so the exact count is only needed near the limit.
function textTooLarge(text: string, maxFrameBytes: number): boolean {
  if (text.length > maxFrameBytes) return true;
  if (text.length * 3 <= maxFrameBytes) return false;
  return wireBytes.utf8Length(text) > maxFrameBytes;
}

function decode<F>(
  decoders: Decoders<F>,
  data: unknown,
  format: WireFormat,
  maxFrameBytes: number,
  scratch?: ChunkDecodeScratch,
): DecodeResult<F> {
  try {
    if (format === 'proto') {
      if (!(data instanceof Uint8Array)) {
        return fail('VOX_BAD_FRAME', 'voxring.v1.proto frames must be binary messages', 0);
      }
      if (data.length > maxFrameBytes) {
        // ref is field 1 and written first: peek at the first field only, so the cost stays O(1).
        return fail(
          'VOX_FRAME_TOO_LARGE',
          `frame of ${data.length} bytes exceeds ${maxFrameBytes}`,
          peekProtoRef(data, 1),
        );
      }
      return wrap(decoders.proto(data, scratch));
    }
    if (typeof data !== 'string') {
      return fail('VOX_BAD_FRAME', 'voxring.v1.json frames must be text messages', 0);
    }
    if (textTooLarge(data, maxFrameBytes)) {
      return fail('VOX_FRAME_TOO_LARGE', `frame exceeds ${maxFrameBytes} bytes`, 0);
    }
    return wrap(decoders.json(data));
  } catch (err) {
    // The decoders are meant to be total; this keeps a bug in them from escaping as an exception.
    return fail('VOX_BAD_FRAME', 'frame could not be decoded', 0, err);
  }
}

function wrap<F>(raw: RawDecode<F>): DecodeResult<F> {
  if (raw.ok) return raw;
  return fail(raw.unknown ? 'VOX_UNKNOWN_FRAME' : 'VOX_BAD_FRAME', raw.reason, raw.ref);
}

const CLIENT_DECODERS: Decoders<ClientFrame> = { proto: decodeClientProto, json: decodeClientJson };
const SERVER_DECODERS: Decoders<ServerFrame> = { proto: decodeServerProto, json: decodeServerJson };

/**
 * Decodes a frame a client sent (router side). Never throws. `scratch`: the
 * connection's ChunkDecodeScratch (cheaper chunk frames; see its comment).
 */
export function decodeClientFrame(
  data: WireData,
  format: WireFormat,
  maxFrameBytes: number,
  scratch?: ChunkDecodeScratch,
): DecodeResult<ClientFrame> {
  return decode(CLIENT_DECODERS, data, format, maxFrameBytes, scratch);
}

/** Decodes a frame the router sent (client SDK side). Never throws. */
export function decodeServerFrame(
  data: WireData,
  format: WireFormat,
  maxFrameBytes: number,
): DecodeResult<ServerFrame> {
  return decode(SERVER_DECODERS, data, format, maxFrameBytes);
}

/** Encodes a router frame: bytes for 'proto', text for 'json'. Encode once and send to many. */
export function encodeServerFrame(frame: ServerFrame, format: 'proto'): Uint8Array;
export function encodeServerFrame(frame: ServerFrame, format: 'json'): string;
export function encodeServerFrame(frame: ServerFrame, format: WireFormat): Uint8Array | string;
export function encodeServerFrame(frame: ServerFrame, format: WireFormat): Uint8Array | string {
  return format === 'proto' ? encodeServerProto(frame) : encodeServerJson(frame);
}

/** Encodes a client frame: bytes for 'proto', text for 'json'. */
export function encodeClientFrame(frame: ClientFrame, format: 'proto'): Uint8Array;
export function encodeClientFrame(frame: ClientFrame, format: 'json'): string;
export function encodeClientFrame(frame: ClientFrame, format: WireFormat): Uint8Array | string;
export function encodeClientFrame(frame: ClientFrame, format: WireFormat): Uint8Array | string {
  return format === 'proto' ? encodeClientProto(frame) : encodeClientJson(frame);
}

const RELAY_DECODERS: Decoders<RelayFrame> = {
  proto: decodeRelayProto,
  json: () => ({ ok: false, unknown: false, reason: 'relay frames are binary only', ref: 0 }),
};

/** Decodes a frame from another router's relay link (binary only). Never throws. */
export function decodeRelayFrame(data: WireData, maxFrameBytes: number): DecodeResult<RelayFrame> {
  return decode(RELAY_DECODERS, data, 'proto', maxFrameBytes);
}

/** Encodes a relay frame (router ⇄ router link) as protobuf bytes. */
export function encodeRelayFrame(frame: RelayFrame): Uint8Array {
  return encodeRelayProto(frame);
}
