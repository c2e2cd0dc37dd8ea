import OpusScript from 'opusscript';
import t from 'tap';
import { isVoxError } from '../../common/errors.js';
import {
  inspectOpusPacket,
  isPlausibleOpusPacket,
  OPUS_MAX_PACKET_SAMPLES,
  opusPacketSamples,
} from '../../common/opus-packet.js';
import { prng, randomBytes } from './prng.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const filled = (head: number[], length: number): Uint8Array => {
  const out = new Uint8Array(length);
  out.set(head);
  return out;
};

void t.test('TOC config gives the frame size, code 0 one frame', async (t) => {
  const cases: [number, number, string][] = [
    [0x78, 960, 'config 15 hybrid FB 20 ms (opusenc speech)'],
    [0x68, 960, 'config 13 hybrid SWB 20 ms'],
    [0x60, 480, 'config 12 hybrid SWB 10 ms'],
    [0x00, 480, 'config 0 SILK NB 10 ms'],
    [0x08, 960, 'config 1 SILK NB 20 ms'],
    [0x10, 1920, 'config 2 SILK NB 40 ms'],
    [0x18, 2880, 'config 3 SILK NB 60 ms'],
    [0x4c, 960, 'config 9 SILK WB 20 ms, stereo bit set'],
    [0x80, 120, 'config 16 CELT NB 2.5 ms'],
    [0x88, 240, 'config 17 CELT NB 5 ms'],
    [0xf0, 480, 'config 30 CELT FB 10 ms'],
    [0xf8, 960, 'config 31 CELT FB 20 ms'],
    [0xfc, 960, 'config 31 CELT FB 20 ms, stereo'],
  ];
  for (const [toc, samples, name] of cases) {
    t.equal(opusPacketSamples(bytes(toc, 1, 2, 3)), samples, name);
  }
  t.equal(opusPacketSamples(bytes(0x78)), 960, 'a TOC-only packet (DTX / lost frame) is valid');
});

void t.test('frame count codes 1 and 2', async (t) => {
  t.equal(opusPacketSamples(bytes(0x79, 1, 2)), 1920, 'code 1: two equal frames');
  t.equal(opusPacketSamples(bytes(0x79)), 1920, 'code 1: two empty frames');
  t.notOk(isPlausibleOpusPacket(bytes(0x79, 1)), 'code 1 with odd payload');
  t.equal(opusPacketSamples(bytes(0x7a, 1, 9, 8, 7)), 1920, 'code 2: first frame 1 byte, second 2');
  t.equal(
    opusPacketSamples(filled([0x7a, 252, 1], 3 + 256)),
    1920,
    'code 2: two-byte frame length 256',
  );
  t.notOk(isPlausibleOpusPacket(bytes(0x7a)), 'code 2 without frame length');
  t.notOk(isPlausibleOpusPacket(bytes(0x7a, 253)), 'code 2 with half a two-byte length');
  t.notOk(isPlausibleOpusPacket(bytes(0x7a, 5, 1)), 'code 2 first frame longer than the packet');
  t.notOk(
    isPlausibleOpusPacket(filled([0x7a, 0], 2 + 1276)),
    'code 2 second frame over 1275 bytes',
  );
});

void t.test('frame count code 3', async (t) => {
  t.equal(opusPacketSamples(bytes(0x7b, 0x03, 1, 2, 3)), 2880, 'CBR, 3 frames of 1 byte');
  t.equal(
    opusPacketSamples(filled([0xfb, 0x06], 8)),
    OPUS_MAX_PACKET_SAMPLES,
    '6 x 20 ms = 120 ms allowed',
  );
  t.notOk(isPlausibleOpusPacket(filled([0xfb, 0x07], 9)), '7 x 20 ms exceeds 120 ms');
  t.equal(opusPacketSamples(bytes(0x1b, 0x02)), 5760, 'SILK 2 x 60 ms');
  t.notOk(isPlausibleOpusPacket(bytes(0x1b, 0x03)), 'SILK 3 x 60 ms exceeds 120 ms');
  t.equal(opusPacketSamples(filled([0x83, 48], 50)), 5760, 'CELT 48 x 2.5 ms');
  t.notOk(isPlausibleOpusPacket(bytes(0x7b, 0x00)), 'zero frames');
  t.notOk(isPlausibleOpusPacket(bytes(0x7b)), 'missing frame count byte');
  t.notOk(
    isPlausibleOpusPacket(bytes(0x7b, 0x02, 1, 2, 3)),
    'CBR data not a multiple of the frame count',
  );

  t.equal(opusPacketSamples(bytes(0x7b, 0x41, 2, 7, 0, 0)), 960, 'padding of 2 bytes, 1 data byte');
  t.notOk(isPlausibleOpusPacket(bytes(0x7b, 0x41, 10, 7)), 'padding longer than the packet');
  t.notOk(isPlausibleOpusPacket(bytes(0x7b, 0x41)), 'padding flag without padding length');
  t.notOk(isPlausibleOpusPacket(bytes(0x7b, 0x41, 255)), 'padding length run past the end');
  t.equal(
    opusPacketSamples(filled([0x7b, 0x41, 255, 0], 4 + 254)),
    960,
    '255 adds 254 bytes of padding',
  );

  t.equal(
    opusPacketSamples(bytes(0x7b, 0x82, 1, 9, 8)),
    1920,
    'VBR, first frame 1 byte, last frame 1 byte',
  );
  t.notOk(isPlausibleOpusPacket(bytes(0x7b, 0x82, 5, 9)), 'VBR frame length exceeds packet');
  t.notOk(isPlausibleOpusPacket(bytes(0x7b, 0x83, 1)), 'VBR frame lengths run past the end');
  t.notOk(
    isPlausibleOpusPacket(bytes(0x7b, 0xc2, 3, 1, 9)),
    'VBR with padding eating the frame length',
  );
});

void t.test('invalid packets throw VOX_CODEC_INVALID', async (t) => {
  t.notOk(isPlausibleOpusPacket(new Uint8Array(0)), 'empty packet');
  t.throws(() => opusPacketSamples(new Uint8Array(0)), {
    name: 'VoxError',
    code: 'VOX_CODEC_INVALID',
  });
  t.equal(opusPacketSamples(new Uint8Array(1276)), 480, 'code 0 frame of exactly 1275 bytes');
  t.throws(
    () => opusPacketSamples(new Uint8Array(1277)),
    { code: 'VOX_CODEC_INVALID' },
    'code 0 frame over 1275 bytes',
  );
});

void t.test('fuzz: total, consistent, bounded', async (t) => {
  const next = prng(7);
  let valid = 0;
  for (let i = 0; i < 20000; i++) {
    const packet = randomBytes(next, Math.floor(next() * 40));
    const plausible = isPlausibleOpusPacket(packet);
    let samples: number | null = null;
    try {
      samples = opusPacketSamples(packet);
    } catch (err) {
      if (!isVoxError(err) || err.code !== 'VOX_CODEC_INVALID') throw err;
    }
    if (plausible !== (samples !== null)) {
      t.fail(`isPlausibleOpusPacket and opusPacketSamples disagree on ${packet.toString('hex')}`);
      return;
    }
    if (samples !== null) {
      valid++;
      if (samples < 120 || samples > OPUS_MAX_PACKET_SAMPLES || samples % 120 !== 0) {
        t.fail(`impossible sample count ${samples} for ${packet.toString('hex')}`);
        return;
      }
    }
  }
  t.ok(valid > 1000 && valid < 20000, `a mix of valid and invalid packets (${valid} valid)`);
});

void t.test('agrees with libopus (opusscript) on which packets are invalid', async (t) => {
  const decoder = new OpusScript(48000, 1, OpusScript.Application.VOIP);
  t.teardown(() => decoder.delete());
  const next = prng(11);
  let refused = 0;
  for (let i = 0; i < 10000; i++) {
    // Mostly short packets (every framing code), some long ones (the 1275-byte frame rule).
    const length = next() < 0.05 ? 1 + Math.floor(next() * 3000) : 1 + Math.floor(next() * 60);
    const packet = randomBytes(next, length);
    let libopus = 'decoded';
    try {
      decoder.decode(packet);
    } catch (err) {
      libopus = (err as Error).message;
    }
    // opusscript decodes into 60 ms: a valid longer packet is "Buffer too small", not invalid.
    const libopusRefused = libopus.includes('Invalid packet');
    const ours = inspectOpusPacket(packet);
    if ((typeof ours === 'string') !== libopusRefused) {
      t.fail(`${packet.toString('hex').slice(0, 24)}… (${length} bytes): libopus ${libopus}, ours ${ours}`);
      return;
    }
    if (libopusRefused) refused++;
  }
  t.ok(refused > 1000 && refused < 9000, `both refuse the same ${refused} of 10000 random packets`);
});
