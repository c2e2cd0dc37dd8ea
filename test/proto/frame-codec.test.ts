import t from 'tap';
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
} from '../../proto/frame-codec.js';
import type { WireFormat } from '../../proto/frames.js';
import { voxring } from '../../proto/generated/voxring.js';
import { CLIENT_SAMPLES, SERVER_SAMPLES, plain } from './frame-samples.js';

const MAX = 1 << 20;
const FORMATS: WireFormat[] = ['proto', 'json'];
// protobufjs toObject options that our JSON form follows (uint64 as numbers, all fields written).
const JSON_OPTIONS = { longs: Number, enums: String, bytes: String, defaults: true };

void t.test('every client frame type round-trips in both formats', async (t) => {
  for (const format of FORMATS) {
    for (const frame of CLIENT_SAMPLES) {
      const wire = encodeClientFrame(frame, format);
      t.equal(
        typeof wire,
        format === 'json' ? 'string' : 'object',
        `${format} ${frame.type} wire type`,
      );
      const result = decodeClientFrame(wire, format, MAX);
      if (!result.ok) {
        t.fail(`${format} ${frame.type}: ${result.error.message}`);
        continue;
      }
      t.strictSame(plain(result.frame), plain(frame), `${format} ${frame.type}`);
    }
  }
});

void t.test('every server frame type round-trips in both formats', async (t) => {
  for (const format of FORMATS) {
    for (const frame of SERVER_SAMPLES) {
      const result = decodeServerFrame(encodeServerFrame(frame, format), format, MAX);
      if (!result.ok) {
        t.fail(`${format} ${frame.type}: ${result.error.message}`);
        continue;
      }
      t.strictSame(plain(result.frame), plain(frame), `${format} ${frame.type}`);
    }
  }
});

void t.test('binary form is what protobufjs reads and our JSON is its toObject', async (t) => {
  for (const frame of SERVER_SAMPLES) {
    const bytes = encodeServerFrame(frame, 'proto');
    const message = voxring.v1.ServerFrame.decode(bytes);
    t.equal(message.body, frame.type, `protobufjs sees the ${frame.type} case`);
    const expected = voxring.v1.ServerFrame.toObject(message, JSON_OPTIONS);
    t.strictSame(JSON.parse(encodeServerFrame(frame, 'json')), expected, `json ${frame.type}`);
  }
  for (const frame of CLIENT_SAMPLES) {
    const message = voxring.v1.ClientFrame.decode(encodeClientFrame(frame, 'proto'));
    t.equal(message.body, frame.type, `protobufjs sees the ${frame.type} case`);
    const expected = voxring.v1.ClientFrame.toObject(message, JSON_OPTIONS);
    t.strictSame(JSON.parse(encodeClientFrame(frame, 'json')), expected, `json ${frame.type}`);
  }
});

void t.test(
  'protobufjs canonical toJSON (uint64 as strings, defaults omitted) decodes to the same frame',
  async (t) => {
    for (const frame of SERVER_SAMPLES) {
      const json = JSON.stringify(
        voxring.v1.ServerFrame.decode(encodeServerFrame(frame, 'proto')).toJSON(),
      );
      const result = decodeServerFrame(json, 'json', MAX);
      t.ok(result.ok, `${frame.type} ${json.slice(0, 60)}`);
      if (result.ok) t.strictSame(plain(result.frame), plain(frame), `toJSON ${frame.type}`);
    }
    for (const frame of CLIENT_SAMPLES) {
      const json = JSON.stringify(
        voxring.v1.ClientFrame.decode(encodeClientFrame(frame, 'proto')).toJSON(),
      );
      const result = decodeClientFrame(json, 'json', MAX);
      t.ok(result.ok, `${frame.type} ${json.slice(0, 60)}`);
      if (result.ok) t.strictSame(plain(result.frame), plain(frame), `toJSON ${frame.type}`);
    }
  },
);

void t.test('missing fields decode as proto3 defaults', async (t) => {
  const expected = {
    ref: 0,
    type: 'startMessage',
    startMessage: {
      messageId: '',
      conversationId: '',
      contentType: 'CONTENT_TYPE_UNSPECIFIED',
      opus: null,
      ackedCount: 0,
    },
  };
  const fromJson = decodeClientFrame('{"startMessage":{}}', 'json', MAX);
  const fromProto = decodeClientFrame(Buffer.from('1a00', 'hex'), 'proto', MAX);
  t.strictSame(fromJson.ok && fromJson.frame, expected);
  t.strictSame(fromProto.ok && fromProto.frame, expected);

  const chunk = decodeClientFrame(Buffer.from('2200', 'hex'), 'proto', MAX);
  t.ok(
    chunk.ok && chunk.frame.type === 'chunk' && chunk.frame.chunk.payload.length === 0,
    'empty payload',
  );
  const monitor = decodeClientFrame('{"ref":2,"monitor":{"conversationIds":null}}', 'json', MAX);
  t.strictSame(monitor.ok && monitor.frame, {
    ref: 2,
    type: 'monitor',
    monitor: { conversationIds: [] },
  });

  const event = decodeServerFrame('{"timeline":{"events":[{}]}}', 'json', MAX);
  t.strictSame(event.ok && event.frame, {
    ref: 0,
    type: 'timeline',
    timeline: {
      events: [
        {
          cursor: 0,
          type: 'TIMELINE_EVENT_TYPE_UNSPECIFIED',
          atMs: 0,
          header: null,
          conversation: null,
        },
      ],
      cursor: 0,
      more: false,
    },
  });
});

void t.test('decoded arrays are fresh, not protobufjs shared empties', async (t) => {
  const a = decodeClientFrame(Buffer.from('4a00', 'hex'), 'proto', MAX);
  const b = decodeClientFrame(Buffer.from('4a00', 'hex'), 'proto', MAX);
  t.ok(a.ok && b.ok);
  if (a.ok && b.ok && a.frame.type === 'monitor' && b.frame.type === 'monitor') {
    a.frame.monitor.conversationIds.push('c-9');
    t.strictSame(b.frame.monitor.conversationIds, []);
  }
});

void t.test('unknown enum numbers read as UNSPECIFIED', async (t) => {
  // StartMessage.content_type = 9, and = -1 (int32 enums may be negative on the wire).
  const nine = decodeClientFrame(Buffer.from('1a021809', 'hex'), 'proto', MAX);
  t.strictSame(
    nine.ok && nine.frame.type === 'startMessage' && nine.frame.startMessage.contentType,
    'CONTENT_TYPE_UNSPECIFIED',
  );
  const negative = decodeClientFrame(
    Buffer.from('1a0b18ffffffffffffffffff01', 'hex'),
    'proto',
    MAX,
  );
  t.strictSame(
    negative.ok &&
      negative.frame.type === 'startMessage' &&
      negative.frame.startMessage.contentType,
    'CONTENT_TYPE_UNSPECIFIED',
  );
  const jsonNumber = decodeClientFrame('{"startMessage":{"contentType":9}}', 'json', MAX);
  t.strictSame(
    jsonNumber.ok &&
      jsonNumber.frame.type === 'startMessage' &&
      jsonNumber.frame.startMessage.contentType,
    'CONTENT_TYPE_UNSPECIFIED',
  );
  const jsonName = decodeClientFrame('{"startMessage":{"contentType":"HOLOGRAM"}}', 'json', MAX);
  t.strictSame(
    jsonName.ok &&
      jsonName.frame.type === 'startMessage' &&
      jsonName.frame.startMessage.contentType,
    'CONTENT_TYPE_UNSPECIFIED',
  );
  const numbered = decodeClientFrame('{"startMessage":{"contentType":1}}', 'json', MAX);
  t.strictSame(
    numbered.ok &&
      numbered.frame.type === 'startMessage' &&
      numbered.frame.startMessage.contentType,
    'VOICE',
  );
});

void t.test('JSON accepts the proto3 JSON variants', async (t) => {
  const snake = decodeClientFrame(
    '{"ref":"12","start_message":{"message_id":"m-1","content_type":"VOICE","opus":{"sample_rate":"48000"}}}',
    'json',
    MAX,
  );
  t.strictSame(snake.ok && snake.frame, {
    ref: 12,
    type: 'startMessage',
    startMessage: {
      messageId: 'm-1',
      conversationId: '',
      contentType: 'VOICE',
      opus: { sampleRate: 48000, channels: 0, frameDurationUs: 0, preSkip: 0 },
      ackedCount: 0,
    },
  });
  // URL-safe base64 without padding: fb ff is "-_8" (standard "+/8=").
  const urlSafe = decodeClientFrame('{"chunk":{"payload":"-_8"}}', 'json', MAX);
  t.strictSame(
    urlSafe.ok &&
      urlSafe.frame.type === 'chunk' &&
      Buffer.from(urlSafe.frame.chunk.payload).toString('hex'),
    'fbff',
  );
  const unknownInner = decodeClientFrame('{"ping":{"nonce":5,"future":true}}', 'json', MAX);
  t.strictSame(
    unknownInner.ok && unknownInner.frame,
    { ref: 0, type: 'ping', ping: { nonce: 5 } },
    'unknown inner keys ignored',
  );
  const nullCase = decodeClientFrame('{"ref":1,"hello":null,"ping":{}}', 'json', MAX);
  t.strictSame(nullCase.ok && nullCase.frame.type, 'ping', 'a null case is not set');
});

void t.test('decoded payload is a copy independent of the input buffer', async (t) => {
  const frame = CLIENT_SAMPLES.find((f) => f.type === 'chunk' && f.chunk.payload.length > 0);
  if (!frame || frame.type !== 'chunk') throw new Error('no chunk sample');
  const input = Buffer.from(encodeClientFrame(frame, 'proto'));
  const result = decodeClientFrame(input, 'proto', MAX);
  if (!result.ok || result.frame.type !== 'chunk') throw new Error('chunk did not decode');
  const before = Buffer.from(result.frame.chunk.payload).toString('hex');
  result.frame.chunk.payload[0] = 0x00;
  t.equal(
    input[input.length - frame.chunk.payload.length],
    0xfc,
    'writing the payload leaves the input alone',
  );
  result.frame.chunk.payload[0] = 0xfc;
  input.fill(0); // what uWebSockets.js does to its message buffer after the callback
  t.equal(
    Buffer.from(result.frame.chunk.payload).toString('hex'),
    before,
    'payload survives the input being wiped',
  );
  t.equal(before, Buffer.from(frame.chunk.payload).toString('hex'));

  const serverInput = new Uint8Array(
    encodeServerFrame(
      SERVER_SAMPLES.find((f) => f.type === 'chunk')!,
      'proto',
    ),
  );
  const server = decodeServerFrame(serverInput, 'proto', MAX);
  if (!server.ok || server.frame.type !== 'chunk') throw new Error('chunk did not decode');
  serverInput.fill(0);
  t.ok(
    server.frame.chunk.payload.every((b) => b === 0xab),
    'server-side decode copies too',
  );
});

void t.test('decoded payloads own their memory (no Buffer pool slab kept alive)', async (t) => {
  const frame = CLIENT_SAMPLES.find((f) => f.type === 'chunk' && f.chunk.payload.length > 0)!;
  for (const format of FORMATS) {
    const result = decodeClientFrame(encodeClientFrame(frame, format), format, MAX);
    if (!result.ok || result.frame.type !== 'chunk') throw new Error('chunk did not decode');
    const payload = result.frame.chunk.payload;
    t.equal(payload.byteOffset, 0, `${format} offset`);
    t.equal(
      payload.buffer.byteLength,
      payload.length,
      `${format} ArrayBuffer is exactly the payload`,
    );
  }
});

void t.test('multiple oneof cases: protobuf keeps the last, JSON rejects', async (t) => {
  // hello{} then ping{nonce:1}
  const proto = decodeClientFrame(Buffer.from('1200' + '5a020801', 'hex'), 'proto', MAX);
  t.strictSame(proto.ok && proto.frame, { ref: 0, type: 'ping', ping: { nonce: 1 } });
  const json = decodeClientFrame('{"ref":4,"hello":{},"ping":{}}', 'json', MAX);
  t.strictSame(!json.ok && [json.error.code, json.ref], ['VOX_BAD_FRAME', 4]);
});

void t.test('listen rate: a 32-bit float in both forms; NaN, infinities and non-numbers refused, -0 read as 0', async (t) => {
  const bytes = (rate: number): Uint8Array => voxring.v1.ClientFrame.encode({ ref: 3, listen: { messageId: 'm', fromSeq: 0, rate } }).finish();
  for (const rate of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
    const result = decodeClientFrame(bytes(rate), 'proto', MAX);
    t.strictSame(!result.ok && [result.error.code, result.ref], ['VOX_BAD_FRAME', 3], `proto rate ${rate}`);
  }
  const zero = decodeClientFrame(bytes(-0), 'proto', MAX);
  t.ok(zero.ok && zero.frame.type === 'listen' && Object.is(zero.frame.listen.rate, 0), 'proto -0 is 0');
  for (const rate of ['"2"', '1e40', 'true']) {
    const result = decodeClientFrame(`{"ref":4,"listen":{"messageId":"m","fromSeq":0,"rate":${rate}}}`, 'json', MAX);
    t.strictSame(!result.ok && [result.error.code, result.ref], ['VOX_BAD_FRAME', 4], `json rate ${rate}`);
  }
  const json = decodeClientFrame('{"ref":4,"listen":{"messageId":"m","fromSeq":0,"rate":-0}}', 'json', MAX);
  t.ok(json.ok && json.frame.type === 'listen' && Object.is(json.frame.listen.rate, 0), 'json -0 is 0');
  const tenth = decodeClientFrame('{"ref":4,"listen":{"messageId":"m","fromSeq":0,"rate":0.1}}', 'json', MAX);
  t.ok(tenth.ok && tenth.frame.type === 'listen' && tenth.frame.listen.rate === Math.fround(0.1), 'json rounds to a 32-bit float, as protobuf');
});
