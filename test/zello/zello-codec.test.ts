/** Zello wire parsing is total (every input yields a value or a spec error string) and matches the spec's byte layouts. */
import { randomBytes } from 'node:crypto';
import t from 'tap';
import {
  audioPacket,
  decodeCodecHeader,
  encodeCodecHeader,
  imagePacket,
  parseCommand,
  parsePacket,
} from '../../router/zello/zello-codec.js';
import { codecHeaderFor } from '../../router/zello/zello-device.js';

void t.test('codec_header: the spec example and round trips', async (t) => {
  // API.md: "gD4BPA==" is {0x80, 0x3e, 0x01, 0x3c}: 16000 Hz, 1 frame per packet, 60 ms.
  t.same(decodeCodecHeader('gD4BPA=='), { sampleRate: 16000, framesPerPacket: 1, frameSizeMs: 60 });
  t.equal(
    encodeCodecHeader({ sampleRate: 16000, framesPerPacket: 1, frameSizeMs: 60 }),
    'gD4BPA==',
  );
  for (const bad of [
    undefined,
    42,
    '',
    'gD4B',
    'gD4BPA=',
    'gD4BPA==gD4BPA==',
    '!!!!!!!!',
    'AAAAAA==',
    'gD4AAA==',
  ]) {
    t.equal(decodeCodecHeader(bad), undefined, `rejects ${JSON.stringify(bad)}`);
  }
  t.same(codecHeaderFor(48000, 20000), { sampleRate: 48000, framesPerPacket: 1, frameSizeMs: 20 });
  t.same(
    codecHeaderFor(96000, 120000),
    { sampleRate: 48000, framesPerPacket: 2, frameSizeMs: 60 },
    'beyond 16 bits and 60 ms',
  );
});

void t.test('commands: JSON objects with a string command; seq optional', async (t) => {
  t.same(parseCommand('{"command":"logon","seq":1,"x":true}'), {
    ok: true,
    command: { command: 'logon', seq: 1, body: { command: 'logon', seq: 1, x: true } },
  });
  t.match(parseCommand('{"command":"stop_stream"}'), { ok: true, command: { seq: undefined } });
  t.same(parseCommand('{"command":'), { ok: false, error: 'invalid json', seq: undefined });
  t.same(parseCommand(''), { ok: false, error: 'invalid json', seq: undefined });
  t.same(parseCommand('[1]'), { ok: false, error: 'invalid request', seq: undefined });
  t.same(parseCommand('null'), { ok: false, error: 'invalid request', seq: undefined });
  t.same(
    parseCommand('{"seq":7}'),
    { ok: false, error: 'invalid request', seq: 7 },
    'the error can still echo seq',
  );
  t.same(parseCommand('{"command":"x","seq":-1}'), {
    ok: false,
    error: 'invalid request',
    seq: undefined,
  });
  t.same(parseCommand('{"command":"x","seq":1.5}'), {
    ok: false,
    error: 'invalid request',
    seq: undefined,
  });
});

void t.test('binary packets: spec layout, truncation, unknown types', async (t) => {
  const audio = audioPacket(22695, 3, Buffer.from([9, 8, 7]));
  t.equal(
    audio.toString('hex'),
    '01' + '000058a7' + '00000003' + '090807',
    '{0x01, stream_id BE, packet_id BE, data}',
  );
  t.same(parsePacket(audio), {
    ok: true,
    packet: { kind: 'audio', streamId: 22695, packetId: 3, data: Buffer.from([9, 8, 7]) },
  });
  const image = imagePacket(59725, 'thumbnail', Buffer.from([1]));
  t.equal(image.toString('hex'), '02' + '0000e94d' + '00000002' + '01');
  t.match(parsePacket(imagePacket(1, 'full', Buffer.from([1]))), {
    ok: true,
    packet: { kind: 'image', part: 'full' },
  });
  t.same(parsePacket(new Uint8Array(0)), { ok: false, error: 'invalid request' });
  t.same(
    parsePacket(audio.subarray(0, 9)),
    { ok: false, error: 'invalid audio packet' },
    'no data',
  );
  t.same(
    parsePacket(audio.subarray(0, 4)),
    { ok: false, error: 'invalid audio packet' },
    'truncated header',
  );
  t.same(
    parsePacket(Buffer.from('0200000001000000070a', 'hex')),
    { ok: false, error: 'invalid request' },
    'image type 7',
  );
  t.same(
    parsePacket(Buffer.from([0x03, 1, 2, 3, 4, 5, 6, 7, 8, 9])),
    { ok: false, error: 'invalid request' },
    'unknown type',
  );
  const input = Buffer.from(audio);
  const parsed = parsePacket(input);
  input.fill(0);
  t.match(parsed, { ok: true, packet: { data: Buffer.from([9, 8, 7]) } }, 'data is a copy');
  let threw = 0;
  for (let i = 0; i < 2000; i++) {
    const bytes = randomBytes(i % 40);
    try {
      parsePacket(bytes);
      parseCommand(bytes.toString('utf8'));
    } catch {
      threw++;
    }
  }
  t.equal(threw, 0, 'random input never throws');
});
