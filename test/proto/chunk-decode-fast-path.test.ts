import t from 'tap';
import { decodeClientFrame } from '../../proto/frame-codec.js';
import type { Chunk } from '../../proto/frames.js';
import { ChunkDecodeScratch, decodeClientProto, decodeClientProtoReference, encodeProtoReference } from '../../proto/proto-frame-codec.js';
import { seededRandom } from './frame-samples.js';

// The fast path must decode exactly as protobufjs + normalise() do, and hand
// everything it does not take (odd layouts, errors) to the generic decoder.

const REFS = [0, 1, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 0xffffffff];
const SEQS = [0, 1, 127, 128, 300, 2 ** 21 - 1, 2 ** 28, 0xffffffff];
const IDS = ['', 'm', 'x'.repeat(127), 'y'.repeat(128), 'é-ü-€-👋', '01HZX3J8Q2V9T6M4K7N5P0R1SW'];
const PAYLOAD_SIZES = [0, 1, 60, 127, 128, 1275, 20000];

function chunk(messageId: string, seq: number, size: number): Chunk {
  const payload = Buffer.alloc(size);
  for (let i = 0; i < size; i++) payload[i] = (i * 31 + seq) & 0xff;
  return { messageId, seq, payload };
}

/** Plain, comparable form of a decode result (payloads as hex, errors without their wording). */
function shape(result: ReturnType<typeof decodeClientProto>): unknown {
  if (!result.ok) return { ok: false, unknown: result.unknown, ref: result.ref };
  const frame = result.frame;
  if (frame.type !== 'chunk') return { ok: true, frame };
  const c = frame.chunk;
  return {
    ok: true,
    ref: frame.ref,
    type: frame.type,
    keys: Object.keys(c),
    messageId: c.messageId,
    seq: c.seq,
    payload: Buffer.from(c.payload).toString('hex'),
    payloadIsOwnMemory: c.payload.byteOffset === 0 && c.payload.buffer.byteLength === c.payload.length,
  };
}

void t.test('decodes canonical chunk frames exactly as protobufjs does', async (t) => {
  let cases = 0;
  for (const ref of REFS) {
    for (const seq of SEQS) {
      for (const messageId of IDS) {
        for (const size of PAYLOAD_SIZES) {
          const bytes = encodeProtoReference({ ref, type: 'chunk', chunk: chunk(messageId, seq, size) }, 'client');
          const fast = shape(decodeClientProto(bytes));
          const reference = shape(decodeClientProtoReference(bytes));
          if (JSON.stringify(fast) !== JSON.stringify(reference)) {
            t.fail(`ref ${ref} seq ${seq} id ${JSON.stringify(messageId)} size ${size}`);
          }
          cases++;
        }
      }
    }
  }
  t.equal(cases, REFS.length * SEQS.length * IDS.length * PAYLOAD_SIZES.length);
});

void t.test('the payload is a copy: reusing the input buffer does not change it', async (t) => {
  const bytes = Buffer.from(encodeProtoReference({ ref: 3, type: 'chunk', chunk: chunk('m-1', 5, 40) }, 'client'));
  const result = decodeClientProto(bytes);
  t.ok(result.ok);
  if (!result.ok || result.frame.type !== 'chunk') return;
  const before = Buffer.from(result.frame.chunk.payload).toString('hex');
  bytes.fill(0);
  t.equal(Buffer.from(result.frame.chunk.payload).toString('hex'), before);
});

void t.test('edge layouts fall back to the generic decoder with the same result', async (t) => {
  const id = Buffer.from('m-1');
  const cases: Array<[string, number[]]> = [
    ['empty input', []],
    ['ref only', [0x08, 0x05]],
    ['empty chunk', [0x22, 0x00]],
    ['fields out of order', [0x22, 0x07, 0x10, 0x02, 0x0a, 0x03, ...id]],
    ['field twice', [0x22, 0x0a, 0x0a, 0x03, ...id, 0x0a, 0x03, ...id]],
    ['unknown field inside', [0x22, 0x07, 0x0a, 0x03, ...id, 0x20, 0x01]],
    ['unknown field after', [0x22, 0x05, 0x0a, 0x03, ...id, 0x60, 0x01]],
    ['ref after the chunk', [0x22, 0x05, 0x0a, 0x03, ...id, 0x08, 0x07]],
    ['non-minimal seq varint', [0x22, 0x03, 0x10, 0x81, 0x00]],
    ['non-minimal ref varint', [0x08, 0x80, 0x00, 0x22, 0x00]],
    ['5-byte seq', [0x22, 0x06, 0x10, 0xff, 0xff, 0xff, 0xff, 0x0f]],
    ['inner length past the end', [0x22, 0x09, 0x0a, 0x03, ...id]],
    ['inner length short of the end', [0x22, 0x02, 0x10, 0x01, 0x10, 0x02]],
    ['id length past the end', [0x22, 0x05, 0x0a, 0x09, ...id]],
    ['payload length past the end', [0x22, 0x04, 0x1a, 0x05, 0x01, 0x02]],
    ['truncated varint', [0x22, 0x02, 0x10, 0x80]],
    ['non-ASCII id', [0x22, 0x04, 0x0a, 0x02, 0xc3, 0xa9]],
    ['invalid UTF-8 id', [0x22, 0x04, 0x0a, 0x02, 0xff, 0xfe]],
    ['another frame (ping)', [0x08, 0x01, 0x5a, 0x00]],
    ['wrong wire type for chunk', [0x20, 0x01]],
  ];
  for (const [name, bytes] of cases) {
    const input = Uint8Array.from(bytes);
    t.same(shape(decodeClientProto(input)), shape(decodeClientProtoReference(input)), name);
  }
});

void t.test('random inputs: the same result as the generic decoder, never a throw', async (t) => {
  const random = seededRandom(0xc0ffee);
  const base = encodeProtoReference({ ref: 9, type: 'chunk', chunk: chunk('m-42', 1234, 50) }, 'client');
  let mismatches = 0;
  for (let i = 0; i < 5000; i++) {
    const bytes = Uint8Array.from(base);
    // Flip a few bytes, then sometimes cut or extend the frame.
    const flips = 1 + Math.floor(random() * 3);
    for (let f = 0; f < flips; f++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    const cut = random() < 0.3 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
    const fast = JSON.stringify(shape(decodeClientProto(cut)));
    const reference = JSON.stringify(shape(decodeClientProtoReference(cut)));
    if (fast !== reference) {
      mismatches++;
      t.fail(`input ${Buffer.from(cut).toString('hex')}: ${fast} vs ${reference}`);
      if (mismatches > 5) break;
    }
  }
  t.equal(mismatches, 0);
});

void t.test('the facade decodes a chunk frame through the fast path', async (t) => {
  const bytes = encodeProtoReference({ ref: 7, type: 'chunk', chunk: chunk('m-7', 2, 3) }, 'client');
  const result = decodeClientFrame(bytes, 'proto', 1024);
  t.match(result, { ok: true, frame: { ref: 7, type: 'chunk', chunk: { messageId: 'm-7', seq: 2 } } });
});

/** shape() without the payload's memory layout: a scratch's payloads are views into its slab. */
function content(result: ReturnType<typeof decodeClientProto>): unknown {
  const shaped = shape(result) as Record<string, unknown>;
  delete shaped.payloadIsOwnMemory;
  return shaped;
}

void t.test('with a scratch: the same frames as protobufjs, for every layout and in any order', async (t) => {
  const scratch = new ChunkDecodeScratch();
  const random = seededRandom(7);
  let cases = 0;
  for (let i = 0; i < 2000; i++) {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    // Mostly one id in a row (a talker), sometimes another one or one of the same length.
    const messageId = random() < 0.7 ? 'm-000001' : pick([...IDS, 'm-000002', 'm-00000', 'm-0000011']);
    const bytes = encodeProtoReference({ ref: pick(REFS), type: 'chunk', chunk: chunk(messageId, pick(SEQS), pick(PAYLOAD_SIZES)) }, 'client');
    const fast = JSON.stringify(content(decodeClientProto(bytes, scratch)));
    const reference = JSON.stringify(content(decodeClientProtoReference(bytes)));
    if (fast !== reference) t.fail(`case ${i}: ${fast.slice(0, 200)} vs ${reference.slice(0, 200)}`);
    cases++;
  }
  t.equal(cases, 2000);
});

void t.test('with a scratch: payloads are copies that later frames and input reuse leave alone', async (t) => {
  const scratch = new ChunkDecodeScratch();
  const input = new Uint8Array(200);
  const kept: { payload: Uint8Array; hex: string }[] = [];
  // Enough frames to fill several slabs; the input buffer is reused for every one, as uWS does.
  for (let seq = 0; seq < 300; seq++) {
    const bytes = encodeProtoReference({ ref: 0, type: 'chunk', chunk: chunk('m-1', seq, 20 + (seq % 90)) }, 'client');
    input.fill(0xee);
    input.set(bytes);
    const result = decodeClientProto(input.subarray(0, bytes.length), scratch);
    if (!result.ok || result.frame.type !== 'chunk') {
      t.fail(`seq ${seq} did not decode`);
      return;
    }
    kept.push({ payload: result.frame.chunk.payload, hex: Buffer.from(chunk('m-1', seq, 20 + (seq % 90)).payload).toString('hex') });
  }
  input.fill(0);
  const changed = kept.filter((k) => Buffer.from(k.payload).toString('hex') !== k.hex).length;
  t.equal(changed, 0, 'every payload still holds its own bytes');
  t.ok(new Set(kept.map((k) => k.payload.buffer)).size > 1, 'payloads span several slabs');
});

void t.test('with a scratch: a repeated id is the same string, a new one is decoded', async (t) => {
  const scratch = new ChunkDecodeScratch();
  const decodeId = (messageId: string, seq: number): string => {
    const result = decodeClientProto(encodeProtoReference({ ref: 0, type: 'chunk', chunk: chunk(messageId, seq, 10) }, 'client'), scratch);
    return result.ok && result.frame.type === 'chunk' ? result.frame.chunk.messageId : '(failed)';
  };
  const first = decodeId('01HZX3J8Q2V9T6M4K7N5P0R1SW', 0);
  t.equal(first, '01HZX3J8Q2V9T6M4K7N5P0R1SW');
  t.equal(decodeId('01HZX3J8Q2V9T6M4K7N5P0R1SW', 1), first);
  t.equal(decodeId('01HZX3J8Q2V9T6M4K7N5P0R1SX', 2), '01HZX3J8Q2V9T6M4K7N5P0R1SX', 'same length, last byte differs');
  t.equal(decodeId('01HZX3J8Q2V9T6M4K7N5P0R1S', 3), '01HZX3J8Q2V9T6M4K7N5P0R1S', 'a prefix of the previous id');
  t.equal(decodeId('', 4), '');
  t.equal(decodeId('01HZX3J8Q2V9T6M4K7N5P0R1SW', 5), '01HZX3J8Q2V9T6M4K7N5P0R1SW');
});

void t.test('with a scratch: a large payload gets memory of its own', async (t) => {
  const scratch = new ChunkDecodeScratch();
  const result = decodeClientProto(encodeProtoReference({ ref: 0, type: 'chunk', chunk: chunk('m-1', 1, 1275) }, 'client'), scratch);
  t.ok(result.ok && result.frame.type === 'chunk');
  if (!result.ok || result.frame.type !== 'chunk') return;
  const payload = result.frame.chunk.payload;
  t.equal(payload.byteOffset, 0);
  t.equal(payload.buffer.byteLength, 1275);
});

void t.test('the facade passes the scratch to the chunk fast path', async (t) => {
  const scratch = new ChunkDecodeScratch();
  const decode = (seq: number) => decodeClientFrame(encodeProtoReference({ ref: 0, type: 'chunk', chunk: chunk('m-9', seq, 30) }, 'client'), 'proto', 1024, scratch);
  const a = decode(1);
  const b = decode(2);
  if (!a.ok || !b.ok || a.frame.type !== 'chunk' || b.frame.type !== 'chunk') {
    t.fail('did not decode');
    return;
  }
  t.equal(a.frame.chunk.payload.buffer, b.frame.chunk.payload.buffer, 'both payloads in the scratch slab');
  t.not(a.frame.chunk.payload.byteOffset, b.frame.chunk.payload.byteOffset);
});

void t.test('with a scratch: a frame the generic decoder takes over uses no slab space', async (t) => {
  const scratch = new ChunkDecodeScratch();
  const good = (seq: number) => encodeProtoReference({ ref: 0, type: 'chunk', chunk: chunk('m-1', seq, 40) }, 'client');
  const first = decodeClientProto(good(1), scratch);
  // A valid chunk with an unknown field after the payload: the fast path reads it all, then hands it over.
  const odd = Buffer.from(good(2));
  const withExtra = Buffer.concat([Buffer.from([0x22, odd[1]! + 2]), odd.subarray(2), Buffer.from([0x20, 0x01])]);
  const handedOver = decodeClientProto(withExtra, scratch);
  const second = decodeClientProto(good(3), scratch);
  if (!first.ok || !second.ok || !handedOver.ok || first.frame.type !== 'chunk' || second.frame.type !== 'chunk' || handedOver.frame.type !== 'chunk') {
    t.fail('did not decode');
    return;
  }
  t.equal(handedOver.frame.chunk.seq, 2, 'the generic decoder read the odd frame');
  t.equal(second.frame.chunk.payload.byteOffset, first.frame.chunk.payload.byteOffset + 40, 'the next payload follows the previous one in the slab');
});
