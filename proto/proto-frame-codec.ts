/**
 * The binary protobuf form (subprotocol voxring.v1.proto), on top of the
 * generated static classes. protobufjs hands back class instances whose unset
 * fields live on the prototype, enums as numbers, uint64 as Long and bytes as
 * views into the input; normalise() turns that into the plain frames.ts shape.
 */
import { voxring } from './generated/voxring.js';
import type { FieldSpec, FrameCase, MessageSchema } from './frame-schema.js';
import { CLIENT_CASES, RELAY_CASES, SERVER_CASES } from './frame-schema.js';
import type { ClientFrame, RelayFrame, ServerFrame } from './frames.js';
import { wireBytes } from './wire-bytes.js';

type Plain = Record<string, unknown>;

/** What a decoder of one frame kind reports before the facade wraps it in a VoxError. */
export type RawDecode<F> =
  { ok: true; frame: F } | { ok: false; unknown: boolean; reason: string; ref: number };

interface GeneratedFrameClass {
  decode(bytes: Uint8Array): { ref: number; body?: string };
  encode(message: never): { finish(): Uint8Array };
}

const TWO_32 = 4294967296;

/** A value the wire can carry but a frames.ts number cannot; decodeProto turns it into VOX_BAD_FRAME. */
class UnrepresentableError extends Error {}

// reader.uint64() gives a Long. Values past 2^53 - 1 would lose precision as a
// number, so they are rejected, as the JSON reader does.
function toNumber(value: unknown, name: string): number {
  if (typeof value === 'number') return value;
  const long = value as { low: number; high: number };
  const high = long.high >>> 0;
  if (high > 0x1fffff) throw new UnrepresentableError(`${name}: uint64 above 2^53 - 1`);
  return high * TWO_32 + (long.low >>> 0);
}

function normaliseField(spec: FieldSpec, value: unknown, name: string): unknown {
  switch (spec.kind) {
    case 'string':
    case 'uint32':
    case 'int32':
    case 'bool':
      return value;
    case 'float':
      // JSON cannot carry NaN or an infinity, nor tell -0 from 0: refused and folded, so both forms agree.
      if (!Number.isFinite(value)) throw new UnrepresentableError(`${name}: not a finite number`);
      return value || 0;
    case 'uint64':
      return toNumber(value, name);
    case 'bytes':
      // Copy into memory of its own: the transport may reuse the input (uWS empties it after the
      // callback), and a slice of Node's Buffer pool kept for long would pin the whole 8 KiB slab.
      return new Uint8Array(value as Uint8Array);
    case 'enum':
      return spec.names[value as number] ?? spec.names[0];
    case 'message':
      return value == null ? null : normalise(spec.schema, value as Plain);
    case 'repeated': {
      const list = value as unknown[];
      const of = spec.of;
      return of.kind === 'message'
        ? list.map((item) => normalise(of.schema, item as Plain))
        : list.slice();
    }
  }
}

/** Plain object with every field of `schema` set; unset fields come from the generated prototype defaults. */
function normalise(schema: MessageSchema, message: Plain): Plain {
  const out: Plain = {};
  for (const field of schema.fields)
    out[field.name] = normaliseField(field.spec, message[field.name], field.name);
  return out;
}

function enumNumber(names: readonly string[], name: unknown): number {
  const index = names.indexOf(name as string);
  return index < 0 ? 0 : index;
}

function encodableField(spec: FieldSpec, value: unknown): unknown {
  if (value == null) return value;
  if (spec.kind === 'enum') return enumNumber(spec.names, value);
  if (spec.kind === 'message') return encodable(spec.schema, value as Plain);
  if (spec.kind === 'repeated' && spec.of.kind === 'message') {
    const schema = spec.of.schema;
    return (value as Plain[]).map((item) => encodable(schema, item));
  }
  return value;
}

/** The generated encoders want enum numbers; everything else in a plain frame they take as is. */
function encodable(schema: MessageSchema, body: Plain): Plain {
  if (!schema.hasEnum) return body;
  const out: Plain = {};
  for (const field of schema.fields) out[field.name] = encodableField(field.spec, body[field.name]);
  return out;
}

/**
 * Reads the top-level `ref` (field 1, varint) of a possibly malformed frame by
 * walking top-level fields without trusting any length past the buffer end.
 * Stops at the first field it cannot skip, or after `maxFields` fields.
 */
export function peekProtoRef(bytes: Uint8Array, maxFields = Infinity): number {
  let pos = 0;
  let ref = 0;
  const varint = (): number | undefined => {
    let result = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (pos >= bytes.length) return undefined;
      const b = bytes[pos++] as number;
      if (shift < 32) result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result % TWO_32;
    }
    return undefined;
  };
  for (let n = 0; n < maxFields && pos < bytes.length; n++) {
    const tag = varint();
    if (tag === undefined) break;
    const wireType = tag & 7;
    if (wireType === 0) {
      const value = varint();
      if (value === undefined) break;
      if (tag >>> 3 === 1) ref = value;
    } else if (wireType === 1) pos += 8;
    else if (wireType === 5) pos += 4;
    else if (wireType === 2) {
      const length = varint();
      if (length === undefined) break;
      pos += length;
    } else break;
  }
  return ref;
}

function decodeProto<F>(
  cls: GeneratedFrameClass,
  table: ReadonlyMap<string, FrameCase>,
  bytes: Uint8Array,
): RawDecode<F> {
  let message: { ref: number; body?: string };
  try {
    message = cls.decode(bytes);
  } catch (err) {
    return {
      ok: false,
      unknown: false,
      reason: `invalid protobuf: ${(err as Error).message}`,
      ref: peekProtoRef(bytes),
    };
  }
  const ref = message.ref;
  const frameCase = message.body === undefined ? undefined : table.get(message.body);
  if (!frameCase) return { ok: false, unknown: true, reason: 'no known frame body is set', ref };
  try {
    const body = normalise(
      frameCase.schema,
      (message as unknown as Plain)[frameCase.type] as Plain,
    );
    return { ok: true, frame: { ref, type: frameCase.type, [frameCase.type]: body } as F };
  } catch (err) {
    if (!(err instanceof UnrepresentableError)) throw err;
    return { ok: false, unknown: false, reason: `${frameCase.type}.${err.message}`, ref };
  }
}

/**
 * Decodes a binary ClientFrame (chunk frames by the fast path); throws nothing.
 * With `scratch` (one per connection) a chunk's payload is a view into the
 * connection's slab and a repeated message id is not decoded again.
 */
export function decodeClientProto(bytes: Uint8Array, scratch?: ChunkDecodeScratch): RawDecode<ClientFrame> {
  return decodeChunkFrame(bytes, 0x22, scratch) ?? decodeProto<ClientFrame>(voxring.v1.ClientFrame, CLIENT_CASES, bytes);
}

/** Decodes with protobufjs only, bypassing the fast path: for tests comparing the two. */
export function decodeClientProtoReference(bytes: Uint8Array): RawDecode<ClientFrame> {
  return decodeProto<ClientFrame>(voxring.v1.ClientFrame, CLIENT_CASES, bytes);
}

/** Decodes a binary ServerFrame; throws nothing. */
export function decodeServerProto(bytes: Uint8Array): RawDecode<ServerFrame> {
  return decodeProto<ServerFrame>(voxring.v1.ServerFrame, SERVER_CASES, bytes);
}

/** Decodes a binary RelayFrame (router ⇄ router link); throws nothing. */
export function decodeRelayProto(bytes: Uint8Array): RawDecode<RelayFrame> {
  return decodeProto<RelayFrame>(voxring.v1.RelayFrame, RELAY_CASES, bytes);
}

// ---- chunk fast path ----------------------------------------------------------
//
// A chunk frame is the only hot one (50 per second per speaker, times every
// listener), so it skips protobufjs and writes the bytes directly:
//
//   [0x08 ref]            ref != 0                   frame field 1, varint
//   [tag len]             tag = 0x22 client / 0x2a server (field 4 / 5, length-delimited)
//     [0x0a len id]       messageId != ''            chunk field 1
//     [0x10 seq]          seq != 0                   chunk field 2, varint
//     [0x1a len payload]  payload.length != 0        chunk field 3
//     [0x20 receivedAt]   receivedAtMs != 0          chunk field 4, varint up to 2^53
//
// Fields in number order and defaults omitted, exactly as protobufjs writes
// them; test/proto/chunk-fast-path.test.ts compares the bytes.

function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** Bytes of a varint of a uint64 below 2^53 (a received_at_ms is ~2^41: 6 bytes). */
function longVarintSize(value: number): number {
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

/** writeVarint for a uint64 below 2^53: division, since the bit operators work on 32 bits. */
function writeLongVarint(buf: Uint8Array, pos: number, value: number): number {
  while (value >= 0x80) {
    buf[pos++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  buf[pos++] = value;
  return pos;
}

function writeVarint(buf: Uint8Array, pos: number, value: number): number {
  while (value > 0x7f) {
    buf[pos++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  buf[pos++] = value;
  return pos;
}

/**
 * Reads a varint of at most 4 bytes (< 2^28) at pos; -1 when it is longer,
 * cut off or not minimal. Larger values are legal but never hot: the
 * generic decoder takes them.
 */
function readSmallVarint(bytes: Uint8Array, pos: number): number {
  let value = 0;
  for (let i = 0; i < 4; i++) {
    if (pos + i >= bytes.length) return -1;
    const b = bytes[pos + i] as number;
    value |= (b & 0x7f) << (7 * i);
    if (b < 0x80) return b === 0 && i > 0 ? -1 : value;
  }
  return -1;
}

/**
 * The chunk frame in exactly the layout above (each field at most once, in
 * order, an ASCII message id, varints under 2^28, no received_at_ms: clients
 * do not send it, relay links decode generically; nothing after the chunk),
 * decoded as protobufjs + normalise() would; undefined for anything else,
 * which the generic decoder then handles, errors included. The payload is
 * copied, as normalise() does.
 */
function decodeChunkFrame(bytes: Uint8Array, frameTag: number, scratch?: ChunkDecodeScratch): RawDecode<ClientFrame> | undefined {
  const end = bytes.length;
  let pos = 0;
  let ref = 0;
  if (bytes[0] === 0x08) {
    ref = readSmallVarint(bytes, 1);
    if (ref < 0) return undefined;
    pos = 1 + varintSize(ref);
  }
  if (bytes[pos] !== frameTag) return undefined;
  const inner = readSmallVarint(bytes, pos + 1);
  if (inner < 0) return undefined;
  pos += 1 + varintSize(inner);
  if (pos + inner !== end) return undefined;
  let messageId = '';
  let seq = 0;
  let payloadStart = 0;
  let payloadEnd = 0;
  if (pos < end && bytes[pos] === 0x0a) {
    const length = readSmallVarint(bytes, pos + 1);
    if (length < 0) return undefined;
    const start = pos + 1 + varintSize(length);
    if (start + length > end) return undefined;
    for (let i = start; i < start + length; i++) if ((bytes[i] as number) >= 0x80) return undefined;
    messageId = scratch ? scratch.messageIdOf(bytes, start, start + length) : asciiString(bytes, start, start + length);
    pos = start + length;
  }
  if (pos < end && bytes[pos] === 0x10) {
    seq = readSmallVarint(bytes, pos + 1);
    if (seq < 0) return undefined;
    pos += 1 + varintSize(seq);
  }
  if (pos < end && bytes[pos] === 0x1a) {
    const length = readSmallVarint(bytes, pos + 1);
    if (length < 0) return undefined;
    const start = pos + 1 + varintSize(length);
    if (start + length > end) return undefined;
    payloadStart = start;
    payloadEnd = start + length;
    pos = payloadEnd;
  }
  if (pos !== end) return undefined;
  // Copied only now that the frame is known good: a frame the generic decoder takes over costs no slab space.
  const payload = scratch ? scratch.payloadOf(bytes, payloadStart, payloadEnd) : copyOf(bytes, payloadStart, payloadEnd);
  return { ok: true, frame: { ref, type: 'chunk', chunk: { messageId, seq, payload, receivedAtMs: 0 } } };
}

const latin1 = new TextDecoder('latin1');

/** bytes[start, end) as a string, every byte below 0x80 (checked by the caller). */
function asciiString(bytes: Uint8Array, start: number, end: number): string {
  return latin1.decode(bytes.subarray(start, end));
}

/**
 * Memory of its own holding bytes[start, end): not slice(), which on a Buffer
 * (the ws transport's input) is a view of the input.
 */
function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}

/** Slab size of a ChunkDecodeScratch: about 60 Opus packets of 24 kb/s. */
const SLAB_BYTES = 4096;
/** Payloads above this get memory of their own rather than a slab's tail. */
const SLAB_MAX_PAYLOAD = SLAB_BYTES / 8;
/** Empty, never written: the id bytes of a scratch that has seen no chunk yet. */
const NO_BYTES = new Uint8Array(0);

/**
 * What one connection keeps to decode its chunk frames cheaply: the message
 * id of its previous chunk (a talker repeats it in every frame: compared,
 * not decoded again, and the same string makes the map lookups after it
 * cheaper), and a slab its payloads are copied into.
 *
 * Payloads are views into a slab rather than an ArrayBuffer each: above 64
 * bytes V8 allocates a typed array's memory outside its heap, which costs
 * about 1 µs per payload and adds to every scavenge. A slab lives as long as
 * any payload in it; the router copies a chunk into its message's ChunkList
 * and drops the view, so a slab lives about as long as the frames waiting
 * on its connection. Allocated on the first chunk: a connection that never
 * talks costs nothing.
 */
export class ChunkDecodeScratch {
  private slab: ArrayBuffer | undefined;
  private used = 0;
  private messageId = '';
  private messageIdBytes: Uint8Array = NO_BYTES;

  /** bytes[start, end) (ASCII) as a string; the previous chunk's id when the bytes are the same. */
  messageIdOf(bytes: Uint8Array, start: number, end: number): string {
    const known = this.messageIdBytes;
    if (known.length === end - start) {
      let same = true;
      for (let i = 0; i < known.length; i++) {
        if (known[i] !== bytes[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.messageId;
    }
    this.messageIdBytes = copyOf(bytes, start, end);
    this.messageId = asciiString(bytes, start, end);
    return this.messageId;
  }

  /** A copy of bytes[start, end) the caller may keep (the input may be reused after the call). */
  payloadOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
    const length = end - start;
    if (length === 0 || length > SLAB_MAX_PAYLOAD) return copyOf(bytes, start, end);
    if (!this.slab || this.used + length > SLAB_BYTES) {
      this.slab = new ArrayBuffer(SLAB_BYTES);
      this.used = 0;
    }
    const payload = new Uint8Array(this.slab, this.used, length);
    payload.set(bytes.subarray(start, end));
    this.used += length;
    return payload;
  }
}

/** `messageId` as a string, or already UTF-8 encoded (the fan-out path encodes it once per message). */
function encodeChunkFrame(ref: number, frameTag: number, messageId: string | Uint8Array, seqIn: number, payload: Uint8Array, receivedAtMs = 0): Uint8Array {
  ref >>>= 0;
  const seq = seqIn >>> 0;
  const receivedAt = receivedAtMs > 0 && Number.isSafeInteger(receivedAtMs) ? receivedAtMs : 0;
  const idLength = typeof messageId === 'string' ? wireBytes.utf8Length(messageId) : messageId.length;
  const payloadLength = payload.length;
  const inner =
    (idLength ? 1 + varintSize(idLength) + idLength : 0) +
    (seq ? 1 + varintSize(seq) : 0) +
    (payloadLength ? 1 + varintSize(payloadLength) + payloadLength : 0) +
    (receivedAt ? 1 + longVarintSize(receivedAt) : 0);
  const total = (ref ? 1 + varintSize(ref) : 0) + 1 + varintSize(inner) + inner;
  const buf = wireBytes.alloc(total);
  let pos = 0;
  if (ref) {
    buf[pos++] = 0x08;
    pos = writeVarint(buf, pos, ref);
  }
  buf[pos++] = frameTag;
  pos = writeVarint(buf, pos, inner);
  if (idLength) {
    buf[pos++] = 0x0a;
    pos = writeVarint(buf, pos, idLength);
    if (typeof messageId === 'string') pos += wireBytes.writeUtf8(buf, pos, messageId);
    else {
      buf.set(messageId, pos);
      pos += idLength;
    }
  }
  if (seq) {
    buf[pos++] = 0x10;
    pos = writeVarint(buf, pos, seq);
  }
  if (payloadLength) {
    buf[pos++] = 0x1a;
    pos = writeVarint(buf, pos, payloadLength);
    buf.set(payload, pos);
    pos += payloadLength;
  }
  if (receivedAt) {
    buf[pos++] = 0x20;
    writeLongVarint(buf, pos, receivedAt);
  }
  return buf;
}

function encodeProto(
  cls: GeneratedFrameClass,
  table: ReadonlyMap<string, FrameCase>,
  frame: Plain & { ref: number; type: string },
): Uint8Array {
  const frameCase = table.get(frame.type);
  if (!frameCase) throw new TypeError(`unknown frame type ${frame.type}`);
  const body = encodable(frameCase.schema, frame[frame.type] as Plain);
  return cls.encode({ ref: frame.ref, [frame.type]: body } as never).finish();
}

/** Encodes a ServerFrame as protobuf bytes (chunk frames by the fast path). */
export function encodeServerProto(frame: ServerFrame): Uint8Array {
  if (frame.type === 'chunk') return encodeChunkFrame(frame.ref, 0x2a, frame.chunk.messageId, frame.chunk.seq, frame.chunk.payload, frame.chunk.receivedAtMs);
  // Ack {message_id = 1, seq = 2} has a chunk's first two fields: the same writer, field 3 (0x1a) and no payload.
  // Outside 0..2^31-1 an int32 differs from the uint32 varint (a negative one takes 10 bytes): protobufjs writes those.
  if (frame.type === 'ack' && frame.ack.seq >= 0 && frame.ack.seq <= 0x7fffffff) return encodeChunkFrame(frame.ref, 0x1a, frame.ack.messageId, frame.ack.seq, NO_BYTES);
  return encodeProto(voxring.v1.ServerFrame, SERVER_CASES, frame);
}

/**
 * The server chunk frame of a message whose id the caller encoded once
 * (UTF-8): the same bytes as encodeServerProto of that chunk, without the
 * per-frame string length and write.
 */
export function encodeServerChunkProto(messageIdUtf8: Uint8Array, seq: number, payload: Uint8Array, receivedAtMs = 0): Uint8Array {
  return encodeChunkFrame(0, 0x2a, messageIdUtf8, seq, payload, receivedAtMs);
}

/** Encodes a ClientFrame as protobuf bytes (chunk frames by the fast path). */
export function encodeClientProto(frame: ClientFrame): Uint8Array {
  if (frame.type === 'chunk') return encodeChunkFrame(frame.ref, 0x22, frame.chunk.messageId, frame.chunk.seq, frame.chunk.payload, frame.chunk.receivedAtMs);
  return encodeProto(voxring.v1.ClientFrame, CLIENT_CASES, frame);
}

/** Encodes a RelayFrame as protobuf bytes (chunk frames by the fast path: field 3). */
export function encodeRelayProto(frame: RelayFrame): Uint8Array {
  if (frame.type === 'chunk') return encodeChunkFrame(frame.ref, 0x1a, frame.chunk.messageId, frame.chunk.seq, frame.chunk.payload, frame.chunk.receivedAtMs);
  return encodeProto(voxring.v1.RelayFrame, RELAY_CASES, frame);
}

/** Encodes with protobufjs only, bypassing the fast path: for tests comparing the two. */
export function encodeProtoReference(
  frame: ServerFrame | ClientFrame,
  side: 'server' | 'client',
): Uint8Array {
  return side === 'server'
    ? encodeProto(voxring.v1.ServerFrame, SERVER_CASES, frame)
    : encodeProto(voxring.v1.ClientFrame, CLIENT_CASES, frame);
}
