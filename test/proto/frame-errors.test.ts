import t from 'tap';
import { VoxError } from '../../common/errors.js';
import type { DecodeResult } from '../../proto/frame-codec.js';
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
} from '../../proto/frame-codec.js';
import type { WireFormat } from '../../proto/frames.js';
import { CLIENT_SAMPLES, SERVER_SAMPLES, seededRandom } from './frame-samples.js';

const MAX = 64 * 1024;

function errorOf<F>(result: DecodeResult<F>): [string, number] | 'ok' {
  return result.ok ? 'ok' : [result.error.code, result.ref];
}

function json(text: string, max = MAX): [string, number] | 'ok' {
  return errorOf(decodeClientFrame(text, 'json', max));
}

function proto(hex: string, max = MAX): [string, number] | 'ok' {
  return errorOf(decodeClientFrame(Buffer.from(hex, 'hex'), 'proto', max));
}

void t.test('errors are VoxErrors with a message naming the problem', async (t) => {
  const result = decodeClientFrame('{"ref":3,"chunk":{"seq":"x"}}', 'json', MAX);
  if (result.ok) throw new Error('expected an error');
  t.ok(result.error instanceof VoxError);
  t.equal(result.error.code, 'VOX_BAD_FRAME');
  t.equal(result.error.status, 400);
  t.match(result.error.message, /chunk\.seq/);
  t.equal(result.ref, 3);
});

void t.test('oversize frames are rejected before parsing', async (t) => {
  // A 101-byte frame: ref 9 then garbage that would not parse.
  const bytes = Buffer.concat([Buffer.from('0809', 'hex'), Buffer.alloc(99, 0xff)]);
  t.strictSame(
    errorOf(decodeClientFrame(bytes, 'proto', 100)),
    ['VOX_FRAME_TOO_LARGE', 9],
    'ref peeked from the first field',
  );
  t.strictSame(
    errorOf(decodeClientFrame(bytes, 'proto', 101)),
    ['VOX_BAD_FRAME', 9],
    'at the limit it is parsed',
  );
  t.strictSame(json('{"ping":{}}', 10), ['VOX_FRAME_TOO_LARGE', 0]);
  t.strictSame(json('{"ping":{}}', 11), 'ok', 'exactly maxFrameBytes is allowed');
  // 4 characters, 12 bytes of UTF-8: the byte count is what is limited.
  const wide = `{"hello":{"token":"${'€'.repeat(4)}"}}`;
  const bytesOfWide = Buffer.byteLength(wide);
  t.strictSame(json(wide, bytesOfWide - 1), ['VOX_FRAME_TOO_LARGE', 0]);
  t.strictSame(json(wide, bytesOfWide), 'ok');
});

void t.test('empty oneof is VOX_UNKNOWN_FRAME with the ref', async (t) => {
  t.strictSame(proto('0805'), ['VOX_UNKNOWN_FRAME', 5], 'only a ref');
  t.strictSame(proto(''), ['VOX_UNKNOWN_FRAME', 0], 'empty message');
  t.strictSame(
    proto('0807' + 'f20100'),
    ['VOX_UNKNOWN_FRAME', 7],
    'a future case (field 30) is skipped as unknown',
  );
  t.strictSame(json('{"ref":5}'), ['VOX_UNKNOWN_FRAME', 5]);
  t.strictSame(json('{}'), ['VOX_UNKNOWN_FRAME', 0]);
  t.strictSame(
    json('{"ref":6,"teleport":{"to":"mars"}}'),
    ['VOX_UNKNOWN_FRAME', 6],
    'unknown JSON key',
  );
  t.strictSame(
    json('{"ref":6,"welcome":{}}'),
    ['VOX_UNKNOWN_FRAME', 6],
    'a server case sent by a client',
  );
  t.strictSame(json('{"ref":6,"hello":null}'), ['VOX_UNKNOWN_FRAME', 6], 'null case');
});

void t.test('wrong JSON types are VOX_BAD_FRAME with the ref', async (t) => {
  const bad: string[] = [
    '{"ref":1,"chunk":{"seq":"x"}}',
    '{"ref":1,"chunk":{"seq":-1}}',
    '{"ref":1,"chunk":{"seq":1.5}}',
    '{"ref":1,"chunk":{"seq":4294967296}}',
    '{"ref":1,"chunk":{"seq":true}}',
    '{"ref":1,"chunk":{"messageId":5}}',
    '{"ref":1,"chunk":{"payload":[1,2,3]}}',
    '{"ref":1,"chunk":{"payload":"AQI*"}}',
    '{"ref":1,"chunk":{"payload":"A"}}',
    '{"ref":1,"chunk":"m-1"}',
    '{"ref":1,"chunk":[]}',
    '{"ref":1,"startMessage":{"contentType":true}}',
    '{"ref":1,"startMessage":{"opus":"48k"}}',
    '{"ref":1,"startMessage":{"opus":{"channels":-2}}}',
    '{"ref":1,"monitor":{"conversationIds":"c-1"}}',
    '{"ref":1,"monitor":{"conversationIds":["c-1",null]}}',
    '{"ref":1,"monitor":{"conversationIds":[1]}}',
    '{"ref":1,"timelineRequest":{"sinceCursor":9007199254740993}}',
    '{"ref":1,"timelineRequest":{"sinceCursor":"18446744073709551615"}}',
    '{"ref":1,"ping":{"nonce":{}}}',
    '{"ref":1,"hello":{},"ping":{}}',
  ];
  for (const text of bad) t.strictSame(json(text), ['VOX_BAD_FRAME', 1], text);

  t.strictSame(json('{"ref":"x","ping":{}}'), ['VOX_BAD_FRAME', 0], 'unreadable ref');
  t.strictSame(json('{"ref":-1,"ping":{}}'), ['VOX_BAD_FRAME', 0]);
  t.strictSame(json('{"ref":1,"ping":'), ['VOX_BAD_FRAME', 0], 'truncated JSON');
  t.strictSame(json('[{"ref":1}]'), ['VOX_BAD_FRAME', 0], 'array');
  t.strictSame(json('null'), ['VOX_BAD_FRAME', 0]);
  t.strictSame(json('42'), ['VOX_BAD_FRAME', 0]);
  t.strictSame(json(''), ['VOX_BAD_FRAME', 0]);
});

void t.test('the frame kind must match the subprotocol', async (t) => {
  const jsonAsBinary = Buffer.from('{"ref":1,"ping":{}}');
  t.strictSame(
    errorOf(decodeClientFrame(jsonAsBinary, 'json', MAX)),
    ['VOX_BAD_FRAME', 0],
    'binary frame on json',
  );
  const protoAsText = Buffer.from(encodeClientFrame(CLIENT_SAMPLES[0]!, 'proto')).toString(
    'latin1',
  );
  t.strictSame(
    errorOf(decodeClientFrame(protoAsText, 'proto', MAX)),
    ['VOX_BAD_FRAME', 0],
    'text frame on proto',
  );
  // JSON text sent as a binary frame on the proto subprotocol is not valid protobuf ('{' is field 15, wire type 3).
  t.strictSame(errorOf(decodeClientFrame(jsonAsBinary, 'proto', MAX)), ['VOX_BAD_FRAME', 0]);
  t.strictSame(
    errorOf(decodeClientFrame(new ArrayBuffer(4) as unknown as Uint8Array, 'proto', MAX)),
    ['VOX_BAD_FRAME', 0],
    'not a Uint8Array at all',
  );
});

void t.test('malformed protobuf is VOX_BAD_FRAME, with the ref when it was readable', async (t) => {
  t.strictSame(proto('08'), ['VOX_BAD_FRAME', 0], 'truncated varint');
  t.strictSame(proto('0803' + '2205' + '0a01'), ['VOX_BAD_FRAME', 3], 'length past the end');
  t.strictSame(
    proto('0803' + '2203' + '0a02c328'),
    ['VOX_BAD_FRAME', 3],
    'invalid UTF-8 in a string',
  );
  t.strictSame(proto('0803' + '22021a7f'), ['VOX_BAD_FRAME', 3], 'nested length past its message');
  t.strictSame(proto('0803' + '0b'), ['VOX_BAD_FRAME', 3], 'unterminated group');
  t.strictSame(proto('0803' + '07'), ['VOX_BAD_FRAME', 3], 'wire type 7');
  t.strictSame(proto('0803' + '00'), ['VOX_BAD_FRAME', 3], 'field number 0');
  // TimelineRequest.since_cursor = 2^53: a valid uint64 that a number cannot hold exactly.
  t.strictSame(
    proto('0803' + '5209' + '088080808080808010'),
    ['VOX_BAD_FRAME', 3],
    'uint64 above 2^53 - 1',
  );
  const max = decodeClientFrame(
    Buffer.from('0803' + '5209' + '08ffffffffffffff0f', 'hex'),
    'proto',
    MAX,
  );
  t.strictSame(
    max.ok && max.frame.type === 'timelineRequest' && max.frame.timelineRequest.sinceCursor,
    Number.MAX_SAFE_INTEGER,
    '2^53 - 1 is fine',
  );
});

void t.test('deep nesting is an error, not a stack overflow', async (t) => {
  const deepJson = `{"ref":1,"chunk":{"messageId":${'['.repeat(30000)}${']'.repeat(30000)}}}`;
  t.strictSame(json(deepJson, 1 << 20), ['VOX_BAD_FRAME', 1]);
  // 30000 nested start-group tags (field 1, wire type 3) after ref 1.
  const groups = Buffer.concat([Buffer.from('0801', 'hex'), Buffer.alloc(30000, 0x0b)]);
  t.strictSame(errorOf(decodeClientFrame(groups, 'proto', 1 << 20)), ['VOX_BAD_FRAME', 1]);
});

void t.test('every truncation of every sample frame yields a frame or an error', async (t) => {
  let errors = 0;
  for (const frame of CLIENT_SAMPLES) {
    const bytes = encodeClientFrame(frame, 'proto');
    const text = encodeClientFrame(frame, 'json');
    for (let n = 0; n < bytes.length; n++) {
      const result = decodeClientFrame(bytes.subarray(0, n), 'proto', MAX);
      if (!result.ok) {
        errors++;
        t.ok(result.error instanceof VoxError);
      }
    }
    for (let n = 0; n < text.length; n++) {
      const result = decodeClientFrame(text.slice(0, n), 'json', MAX);
      t.notOk(result.ok, `json cut at ${n} of ${frame.type}`);
    }
  }
  for (const frame of SERVER_SAMPLES) {
    const bytes = encodeServerFrame(frame, 'proto');
    for (let n = 0; n < bytes.length; n++) decodeServerFrame(bytes.subarray(0, n), 'proto', MAX);
  }
  t.ok(errors > 0, 'some truncations are errors');
});

function randomBytes(random: () => number, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 256);
  return out;
}

void t.test('2000 random buffers never throw', async (t) => {
  const random = seededRandom(0xc0ffee);
  const counts = { frame: 0, error: 0 };
  const formats: WireFormat[] = ['proto', 'json'];
  for (let i = 0; i < 2000; i++) {
    const bytes = randomBytes(random, Math.floor(random() * 64));
    for (const format of formats) {
      const data = format === 'proto' ? bytes : bytes.toString('latin1');
      for (const result of [
        decodeClientFrame(data, format, MAX),
        decodeServerFrame(data, format, MAX),
      ]) {
        if (result.ok) counts.frame++;
        else if (result.error instanceof VoxError && Number.isInteger(result.ref)) counts.error++;
        else t.fail(`bad result for ${bytes.toString('hex')}`);
      }
    }
  }
  t.equal(counts.frame + counts.error, 8000);
  t.ok(counts.error > 0);
});

void t.test('mutated valid frames never throw', async (t) => {
  const random = seededRandom(7);
  let seen = 0;
  const samples = CLIENT_SAMPLES.map((f) => Buffer.from(encodeClientFrame(f, 'proto')));
  for (let i = 0; i < 2000; i++) {
    const bytes = Buffer.from(samples[i % samples.length]!);
    const flips = 1 + Math.floor(random() * 3);
    for (let f = 0; f < flips && bytes.length > 0; f++)
      bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    const result = decodeClientFrame(bytes, 'proto', MAX);
    if (result.ok || result.error instanceof VoxError) seen++;
  }
  t.equal(seen, 2000);
});
