/**
 * Inputs `make fuzz` found that broke a decoder, kept as regressions: each
 * decoder now answers with its typed error (or a value that round-trips),
 * and the fuzz target's own checks pass on it.
 */
import t, { type Test } from 'tap';
import { decodeClientFrame, decodeServerFrame, encodeClientFrame } from '../../proto/frame-codec.js';
import { decodeCodecHeader, encodeCodecHeader, parseCommand } from '../../router/zello/zello-codec.js';
import { createTargets } from '../../fuzz/targets/index.js';

const targets = new Map(createTargets().map((target) => [target.name, target]));

function passes(t: Test, name: string, text: string): void {
  const target = targets.get(name)!;
  t.doesNotThrow(() => target.run(Buffer.from(text, 'utf8')), `${name} checks pass on ${text.slice(0, 80)}`);
}

void t.test('JSON frames: an unpaired surrogate escape is a bad frame, not a string protobuf cannot carry', async (t) => {
  // Before: accepted as "m\ud800"; the binary form wrote ED A0 80, which no protobuf reader accepts.
  for (const text of [
    '{"ref":3,"chunk":{"messageId":"m\\ud800","seq":0,"payload":"AQID"}}',
    '{"ref":1,"hello":{"token":"\\udc00","deviceId":"x"}}',
    '{"ref":5,"sendText":{"messageId":"m-2","conversationId":"c-1","text":"a\\ud83dz"}}',
  ]) {
    const result = decodeClientFrame(text, 'json', 65536);
    t.match(result, { ok: false, error: { code: 'VOX_BAD_FRAME', message: /unpaired surrogate/ } }, text);
    passes(t, 'json-frames', text);
  }
  const server = decodeServerFrame('{"ref":3,"ack":{"messageId":"a\\ud83dz-1","seq":249}}', 'json', 65536);
  t.match(server, { ok: false, error: { code: 'VOX_BAD_FRAME' } }, 'server frames too');
  // A pair written as two escapes is one well-formed character.
  const pair = decodeClientFrame('{"ref":5,"sendText":{"messageId":"m","conversationId":"c","text":"\\ud83d\\ude00"}}', 'json', 65536);
  t.match(pair, { ok: true, frame: { sendText: { text: '😀' } } }, 'an escaped pair is fine');
});

void t.test('JSON frames: -0 reads as 0, so the frame survives a round trip', async (t) => {
  for (const text of ['{"ref":"-0","hello":{"token":"tok.abc","deviceId":"phone-1"}}', '{"ref":-0,"chunk":{"messageId":"m-1","seq":"-0","payload":"AQID"}}']) {
    const result = decodeClientFrame(text, 'json', 65536);
    t.ok(result.ok && Object.is(result.frame.ref, 0), `${text}: ref is +0`);
    if (result.ok && result.frame.type === 'chunk') t.ok(Object.is(result.frame.chunk.seq, 0), 'seq is +0');
    if (result.ok) t.equal(encodeClientFrame(result.frame, 'json').includes('-0'), false);
    passes(t, 'json-frames', text);
  }
});

void t.test('Zello: codec_header must be canonical base64', async (t) => {
  // "gD4BPE==" sets unused low bits of its last digit: it decodes to the same bytes as "gD4BPA==".
  t.equal(decodeCodecHeader('gD4BPE=='), undefined);
  t.same(decodeCodecHeader('gD4BPA=='), { sampleRate: 16000, framesPerPacket: 1, frameSizeMs: 60 });
  t.equal(encodeCodecHeader({ sampleRate: 16000, framesPerPacket: 1, frameSizeMs: 60 }), 'gD4BPA==');
  passes(t, 'zello-json', '{"command":"start_stream","seq":3,"channel":"team","codec_header":"gD4BPE=="}');
});

void t.test('Zello: a command with an unpaired surrogate escape is an invalid request (seq kept)', async (t) => {
  const text = '{"command":"start_stream","seq":3,"channel":"team","codec_header":"gD4BPA==","for":"\\udc00"}';
  t.same(parseCommand(text), { ok: false, error: 'invalid request', seq: 3 });
  t.same(parseCommand('{"command":"send_text_message","seq":4,"text":"x","\\ud800":1}'), { ok: false, error: 'invalid request', seq: 4 }, 'in a key too');
  t.match(parseCommand('{"command":"send_text_message","seq":5,"text":"\\ud83d\\ude00"}'), { ok: true }, 'an escaped pair is fine');
  passes(t, 'zello-json', text);
});
