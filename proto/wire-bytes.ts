/**
 * The byte work the codec does beyond protobufjs — UTF-8 lengths and writes,
 * base64, frame allocation — in Node and in browsers (the SDK's browser
 * bundle carries this codec). Where Node's Buffer exists it does the work:
 * its pooled `allocUnsafe` and native base64 are what the router's hot paths
 * were measured with. Elsewhere TextEncoder, atob and btoa do the same, with
 * the same results (a test compares the two on the same inputs).
 */

/** What the codec needs done with bytes. */
export interface WireBytes {
  /** Bytes `text` takes as UTF-8. */
  utf8Length(text: string): number;
  /** Memory for one frame of `size` bytes; its contents are unspecified until written. */
  alloc(size: number): Uint8Array;
  /** Writes `text` as UTF-8 into `target` (from `alloc`) at `pos`; returns the bytes written. */
  writeUtf8(target: Uint8Array, pos: number, text: string): number;
  /** Standard base64, padded. */
  toBase64(bytes: Uint8Array): string;
  /** Bytes of standard base64 the caller checked; memory of its own. */
  fromBase64(text: string): Uint8Array;
}

/** The part of Node's Buffer used here. */
interface NodeBufferClass {
  byteLength(text: string, encoding: 'utf8'): number;
  allocUnsafe(size: number): Uint8Array & { write(text: string, offset: number, encoding: 'utf8'): number };
  from(text: string, encoding: 'base64'): Uint8Array;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array & { toString(encoding: 'base64'): string };
}

const encoder = new TextEncoder();
/** btoa takes at most this many characters at a time without blowing the argument list of fromCharCode. */
const BASE64_SLICE = 0x8000;

/** TextEncoder, atob and btoa: browsers (and any runtime without Buffer). */
export const portableWireBytes: WireBytes = {
  utf8Length: (text) => encoder.encode(text).length,
  alloc: (size) => new Uint8Array(size),
  writeUtf8: (target, pos, text) => encoder.encodeInto(text, target.subarray(pos)).written,
  toBase64(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += BASE64_SLICE) {
      binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_SLICE));
    }
    return btoa(binary);
  },
  fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  },
};

function nodeWireBytes(NodeBuffer: NodeBufferClass): WireBytes {
  return {
    utf8Length: (text) => NodeBuffer.byteLength(text, 'utf8'),
    alloc: (size) => NodeBuffer.allocUnsafe(size),
    // `target` comes from alloc above: a Buffer.
    writeUtf8: (target, pos, text) => (target as ReturnType<NodeBufferClass['allocUnsafe']>).write(text, pos, 'utf8'),
    toBase64: (bytes) => NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    // Own memory, as the protobuf decoder gives (not a slice of Node's Buffer pool).
    fromBase64: (text) => new Uint8Array(NodeBuffer.from(text, 'base64')),
  };
}

const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;

/** Node's Buffer where there is one, the portable forms elsewhere. */
export const wireBytes: WireBytes = NodeBuffer === undefined ? portableWireBytes : nodeWireBytes(NodeBuffer);
