import t from 'tap';
import { decodeServerFrame, encodeClientFrame, encodeServerChunkProto, encodeServerFrame } from '../../proto/frame-codec.js';
import type { Chunk } from '../../proto/frames.js';
import { encodeChunkJsonReference } from '../../proto/json-frame-codec.js';
import { encodeProtoReference } from '../../proto/proto-frame-codec.js';
import { seededRandom } from './frame-samples.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

// Edges of every varint width and of the length prefixes, plus non-ASCII ids.
const REFS = [0, 1, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28, 0xffffffff];
const SEQS = [0, 1, 127, 128, 300, 2 ** 21 - 1, 2 ** 28, 0xffffffff];
const IDS = ['', 'm', 'm-1', 'x'.repeat(127), 'y'.repeat(128), 'é-ü-€-👋', 'z'.repeat(60)];
const PAYLOAD_SIZES = [0, 1, 60, 127, 128, 1275, 20000];

function chunk(messageId: string, seq: number, size: number): Chunk {
  const payload = Buffer.alloc(size);
  for (let i = 0; i < size; i++) payload[i] = (i * 31 + seq) & 0xff;
  return { messageId, seq, payload };
}

void t.test('protobuf chunk fast path is byte-identical to protobufjs', async (t) => {
  let cases = 0;
  for (const ref of REFS) {
    for (const seq of SEQS) {
      for (const messageId of IDS) {
        for (const size of PAYLOAD_SIZES) {
          const c = chunk(messageId, seq, size);
          const server = hex(encodeServerFrame({ ref, type: 'chunk', chunk: c }, 'proto'));
          const serverRef = hex(encodeProtoReference({ ref, type: 'chunk', chunk: c }, 'server'));
          const client = hex(encodeClientFrame({ ref, type: 'chunk', chunk: c }, 'proto'));
          const clientRef = hex(encodeProtoReference({ ref, type: 'chunk', chunk: c }, 'client'));
          if (server !== serverRef || client !== clientRef) {
            t.fail(`ref ${ref} seq ${seq} id ${JSON.stringify(messageId)} size ${size}`);
          }
          cases++;
        }
      }
    }
  }
  t.equal(cases, REFS.length * SEQS.length * IDS.length * PAYLOAD_SIZES.length);
  t.pass('all identical');
});

void t.test('fast path reads payload views at their offset', async (t) => {
  const backing = Buffer.from('00112233445566778899', 'hex');
  const view = backing.subarray(3, 6);
  const frame = {
    ref: 2,
    type: 'chunk',
    chunk: { messageId: 'm', seq: 1, payload: view },
  } as const;
  t.equal(hex(encodeServerFrame(frame, 'proto')), hex(encodeProtoReference(frame, 'server')));
  t.match(hex(encodeServerFrame(frame, 'proto')), /1a03334455$/);
  t.equal(
    (JSON.parse(encodeServerFrame(frame, 'json')) as { chunk: { payload: string } }).chunk.payload,
    Buffer.from('334455', 'hex').toString('base64'),
  );
});

void t.test('JSON chunk fast path is the generic writer text', async (t) => {
  const random = seededRandom(42);
  for (const messageId of [...IDS, 'quote"back\\slash\n', '\u2028']) {
    for (const size of [0, 1, 2, 3, 61]) {
      const ref = Math.floor(random() * 2 ** 32);
      const c = chunk(messageId, Math.floor(random() * 1000), size);
      t.equal(
        encodeServerFrame({ ref, type: 'chunk', chunk: c }, 'json'),
        encodeChunkJsonReference(ref, c),
      );
    }
  }
});

void t.test('a chunk frame from a message id encoded once is byte-identical to protobufjs', async (t) => {
  let cases = 0;
  for (const seq of SEQS) {
    for (const messageId of IDS) {
      for (const size of PAYLOAD_SIZES) {
        const c = chunk(messageId, seq, size);
        const fast = hex(encodeServerChunkProto(Buffer.from(messageId, 'utf8'), seq, c.payload));
        if (fast !== hex(encodeProtoReference({ ref: 0, type: 'chunk', chunk: c }, 'server'))) {
          t.fail(`seq ${seq} id ${JSON.stringify(messageId)} size ${size}`);
        }
        cases++;
      }
    }
  }
  t.equal(cases, SEQS.length * IDS.length * PAYLOAD_SIZES.length);
});

void t.test('protobuf ack fast path is byte-identical to protobufjs', async (t) => {
  const ackSeqs = [-1, -(2 ** 31), 0, 1, 127, 128, 300, 2 ** 21 - 1, 2 ** 28, 2 ** 31 - 1];
  let cases = 0;
  for (const ref of REFS) {
    for (const seq of ackSeqs) {
      for (const messageId of IDS) {
        const frame = { ref, type: 'ack', ack: { messageId, seq } } as const;
        const fast = hex(encodeServerFrame(frame, 'proto'));
        if (fast !== hex(encodeProtoReference(frame, 'server'))) t.fail(`ref ${ref} seq ${seq} id ${JSON.stringify(messageId)}`);
        cases++;
      }
    }
  }
  t.equal(cases, REFS.length * ackSeqs.length * IDS.length);
  t.equal(hex(encodeServerFrame({ ref: 0, type: 'ack', ack: { messageId: 'm', seq: 300 } }, 'proto')), '1a060a016d10ac02');
});

void t.test('received_at_ms (field 4, up to 2^53) is written as protobufjs writes it, and read back', async (t) => {
  const times = [1, 127, 128, 2 ** 28, 2 ** 32, 2 ** 35 + 3, 1_764_979_200_123, Number.MAX_SAFE_INTEGER];
  for (const receivedAtMs of times) {
    for (const size of [0, 3, 200]) {
      const c = { ...chunk('m-1', 300, size), receivedAtMs };
      const frame = { ref: 0, type: 'chunk', chunk: c } as const;
      t.equal(hex(encodeServerFrame(frame, 'proto')), hex(encodeProtoReference(frame, 'server')), `server ${receivedAtMs}`);
      t.equal(hex(encodeClientFrame(frame, 'proto')), hex(encodeProtoReference(frame, 'client')), `client ${receivedAtMs}`);
      t.equal(
        hex(encodeServerChunkProto(Buffer.from('m-1', 'utf8'), 300, c.payload, receivedAtMs)),
        hex(encodeProtoReference(frame, 'server')),
        `once-encoded id ${receivedAtMs}`,
      );
      t.equal(encodeServerFrame(frame, 'json'), encodeChunkJsonReference(0, c), `json ${receivedAtMs}`);
      const back = decodeServerFrame(encodeServerFrame(frame, 'proto'), 'proto', 1 << 16);
      t.equal(back.ok && back.frame.type === 'chunk' && back.frame.chunk.receivedAtMs, receivedAtMs, `decodes ${receivedAtMs}`);
    }
  }
});
