/**
 * The JSON form (subprotocol voxring.v1.json): protobufjs canonical JSON of
 * the same messages — camelCase keys, enums as names, bytes as base64 — with
 * every field written (as protobufjs `toObject({ defaults: true })`) and
 * uint64 as JSON numbers (all voxring uint64s are below 2^53).
 *
 * The reader follows the proto3 JSON mapping, stricter than protobufjs
 * fromObject (which coerces "x" to 0): snake_case keys are accepted too, null
 * means "default", numbers may be quoted, enums may be numbers, base64 may be
 * standard or URL-safe. Unknown keys inside a body are ignored (as protobuf
 * skips unknown fields); unknown enum names and numbers read as UNSPECIFIED.
 */
import type { FieldSpec, FrameCase, MessageSchema } from './frame-schema.js';
import { CHUNK, CLIENT_CASES, SERVER_CASES } from './frame-schema.js';
import type { Chunk, ClientFrame, ServerFrame } from './frames.js';
import type { RawDecode } from './proto-frame-codec.js';
import { wireBytes } from './wire-bytes.js';

type Plain = Record<string, unknown>;

/** Thrown inside the reader only; decodeJson turns it into a result. */
class JsonShapeError extends Error {}

const UINT32_MAX = 0xffffffff;
const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
// In a /u regex a surrogate pair is one code point: only an unpaired half is in category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readInteger(value: unknown, min: number, max: number, path: string, kind: string): number {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) n = Number(value);
  else throw new JsonShapeError(`${path}: ${kind} expected`);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new JsonShapeError(`${path}: ${kind} out of range`);
  // -0 is an integer in range, but no encoder writes it: the frame would not survive a round trip.
  return n === 0 ? 0 : n;
}

function readBytes(value: unknown, path: string): Uint8Array {
  if (typeof value !== 'string') throw new JsonShapeError(`${path}: base64 string expected`);
  const unpadded = value.length - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);
  if (
    !BASE64.test(value) ||
    unpadded % 4 === 1 ||
    (unpadded !== value.length && value.length % 4 !== 0)
  ) {
    throw new JsonShapeError(`${path}: invalid base64`);
  }
  return wireBytes.fromBase64(value);
}

function readEnum(names: readonly string[], value: unknown, path: string): string {
  if (typeof value === 'string') return names.includes(value) ? value : (names[0] as string);
  if (typeof value === 'number' && Number.isInteger(value))
    return names[value] ?? (names[0] as string);
  throw new JsonShapeError(`${path}: enum name expected`);
}

function defaultOf(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'string':
      return '';
    case 'uint32':
    case 'int32':
    case 'uint64':
    case 'float':
      return 0;
    case 'bool':
      return false;
    case 'bytes':
      return new Uint8Array(0);
    case 'enum':
      return spec.names[0];
    case 'message':
      return null;
    case 'repeated':
      return [];
  }
}

function readField(spec: FieldSpec, value: unknown, path: string): unknown {
  if (value === null || value === undefined) return defaultOf(spec);
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') throw new JsonShapeError(`${path}: string expected`);
      // JSON can escape half a surrogate pair ("\ud800"); UTF-8, and so protobuf, cannot carry it.
      if (LONE_SURROGATE.test(value)) throw new JsonShapeError(`${path}: string with an unpaired surrogate`);
      return value;
    case 'uint32':
      return readInteger(value, 0, UINT32_MAX, path, 'uint32');
    case 'int32':
      return readInteger(value, INT32_MIN, INT32_MAX, path, 'int32');
    case 'uint64':
      return readInteger(value, 0, Number.MAX_SAFE_INTEGER, path, 'uint64');
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new JsonShapeError(`${path}: finite number expected`);
      // As protobuf carries it: a 32-bit float (finite, -0 as 0), so both forms decode to the same value.
      const float = Math.fround(value);
      if (!Number.isFinite(float)) throw new JsonShapeError(`${path}: number beyond a 32-bit float`);
      return float || 0;
    }
    case 'bool':
      if (typeof value !== 'boolean') throw new JsonShapeError(`${path}: boolean expected`);
      return value;
    case 'bytes':
      return readBytes(value, path);
    case 'enum':
      return readEnum(spec.names, value, path);
    case 'message':
      return readMessage(spec.schema, value, path);
    case 'repeated': {
      if (!Array.isArray(value)) throw new JsonShapeError(`${path}: array expected`);
      const of = spec.of;
      return value.map((item: unknown, i) => {
        if (item === null) throw new JsonShapeError(`${path}[${i}]: null element`);
        return readField(of, item, `${path}[${i}]`);
      });
    }
  }
}

function readMessage(schema: MessageSchema, value: unknown, path: string): Plain {
  if (!isObject(value)) throw new JsonShapeError(`${path}: object expected`);
  const out: Plain = {};
  for (const field of schema.fields) {
    const raw = Object.hasOwn(value, field.name) ? value[field.name] : value[field.protoName];
    out[field.name] = readField(field.spec, raw, `${path}.${field.name}`);
  }
  return out;
}

/**
 * Looks up a top-level key among the cases. Both the camelCase and the
 * snake_case spelling name a case, so the index holds both.
 */
function caseIndex(table: ReadonlyMap<string, FrameCase>): ReadonlyMap<string, FrameCase> {
  const index = new Map<string, FrameCase>();
  for (const frameCase of table.values()) {
    index.set(frameCase.type, frameCase);
    index.set(frameCase.protoName, frameCase);
  }
  return index;
}

const CLIENT_INDEX = caseIndex(CLIENT_CASES);
const SERVER_INDEX = caseIndex(SERVER_CASES);

function decodeJson<F>(index: ReadonlyMap<string, FrameCase>, text: string): RawDecode<F> {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return { ok: false, unknown: false, reason: 'invalid JSON', ref: 0 };
  }
  if (!isObject(root))
    return { ok: false, unknown: false, reason: 'frame must be a JSON object', ref: 0 };
  let ref: number;
  try {
    ref = readField({ kind: 'uint32' }, root['ref'], 'ref') as number;
  } catch (err) {
    return { ok: false, unknown: false, reason: (err as Error).message, ref: 0 };
  }
  let found: FrameCase | undefined;
  let unknownKey: string | undefined;
  for (const key of Object.keys(root)) {
    if (key === 'ref') continue;
    const frameCase = index.get(key);
    if (!frameCase) {
      unknownKey ??= key;
      continue;
    }
    if (root[key] === null) continue;
    if (found)
      return {
        ok: false,
        unknown: false,
        reason: `more than one frame body: ${found.type}, ${frameCase.type}`,
        ref,
      };
    found = frameCase;
  }
  if (!found) {
    const reason =
      unknownKey === undefined
        ? 'no frame body is set'
        : `unknown frame body ${JSON.stringify(unknownKey.slice(0, 64))}`;
    return { ok: false, unknown: true, reason, ref };
  }
  const raw = Object.hasOwn(root, found.type) ? root[found.type] : root[found.protoName];
  try {
    const body = readMessage(found.schema, raw, found.type);
    return { ok: true, frame: { ref, type: found.type, [found.type]: body } as F };
  } catch (err) {
    if (!(err instanceof JsonShapeError)) throw err;
    return { ok: false, unknown: false, reason: err.message, ref };
  }
}

/** Decodes a JSON ClientFrame from a text message; throws nothing but bugs. */
export function decodeClientJson(text: string): RawDecode<ClientFrame> {
  return decodeJson<ClientFrame>(CLIENT_INDEX, text);
}

/** Decodes a JSON ServerFrame from a text message; throws nothing but bugs. */
export function decodeServerJson(text: string): RawDecode<ServerFrame> {
  return decodeJson<ServerFrame>(SERVER_INDEX, text);
}

// ---- writing ------------------------------------------------------------------

function base64(bytes: Uint8Array): string {
  return wireBytes.toBase64(bytes);
}

function writeField(spec: FieldSpec, value: unknown): unknown {
  if (value === null || value === undefined) return spec.kind === 'bytes' ? '' : defaultOf(spec);
  switch (spec.kind) {
    case 'bytes':
      return base64(value as Uint8Array);
    case 'enum':
      return spec.names.includes(value as string) ? value : spec.names[0];
    case 'message':
      return writeMessage(spec.schema, value as Plain);
    case 'repeated': {
      const of = spec.of;
      return (value as unknown[]).map((item) => writeField(of, item));
    }
    default:
      return value;
  }
}

function writeMessage(schema: MessageSchema, body: Plain): Plain {
  const out: Plain = {};
  for (const field of schema.fields) out[field.name] = writeField(field.spec, body[field.name]);
  return out;
}

// Keys in schema order, so the text matches JSON.stringify(writeMessage(CHUNK, chunk)).
function chunkJson(ref: number, key: string, chunk: Chunk): string {
  const receivedAtMs = chunk.receivedAtMs ?? 0;
  return `{"ref":${ref >>> 0},"${key}":{"messageId":${JSON.stringify(chunk.messageId)},"seq":${chunk.seq >>> 0},"payload":"${base64(chunk.payload)}","receivedAtMs":${receivedAtMs}}}`;
}

function encodeJson(
  table: ReadonlyMap<string, FrameCase>,
  frame: Plain & { ref: number; type: string },
): string {
  const frameCase = table.get(frame.type);
  if (!frameCase) throw new TypeError(`unknown frame type ${frame.type}`);
  return JSON.stringify({
    ref: frame.ref,
    [frame.type]: writeMessage(frameCase.schema, frame[frame.type] as Plain),
  });
}

/** Encodes a ServerFrame as canonical JSON text. */
export function encodeServerJson(frame: ServerFrame): string {
  if (frame.type === 'chunk') return chunkJson(frame.ref, 'chunk', frame.chunk);
  return encodeJson(SERVER_CASES, frame);
}

/** Encodes a ClientFrame as canonical JSON text. */
export function encodeClientJson(frame: ClientFrame): string {
  if (frame.type === 'chunk') return chunkJson(frame.ref, 'chunk', frame.chunk);
  return encodeJson(CLIENT_CASES, frame);
}

/** The generic writer's text for a chunk frame, bypassing the fast path: for tests. */
export function encodeChunkJsonReference(ref: number, chunk: Chunk): string {
  return JSON.stringify({ ref, chunk: writeMessage(CHUNK, chunk as unknown as Plain) });
}
