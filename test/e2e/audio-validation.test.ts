/**
 * Audio checked at ingest on a real router (native door; the Zello door in
 * test/zello/zello-audio.test.ts): every chunk must be an Opus packet libopus
 * would decode and agree with the declared frame duration, durations and the
 * duration limit count the packets' real samples, and the chunk rate limit
 * is one bucket per user across all their connections.
 */
import t, { type Test } from 'tap';
import type { ClientFrameBody, VoxringConnection } from '../../client/voxring-connection.js';
import type { ConfigInput } from '../../common/config.js';
import { ERROR_SPECS } from '../../common/errors.js';
import { parseOggPage } from '../../common/ogg-page.js';
import type { ErrorBody, OpusParams, ServerFrame } from '../../proto/frames.js';
import { connectDevice, signupUser, startTestRouter, type TestUser } from '../helpers/router-fixture.js';
import { INVALID_OPUS_PACKETS, NOT_OPUS, opusPacket, opusPackets } from '../helpers/opus-packets.js';

interface Setup {
  url: string;
  a: TestUser;
  b: TestUser;
  conversationId: string;
  talker: VoxringConnection;
}

async function setup(t: Test, config: ConfigInput = {}): Promise<Setup> {
  const router = await startTestRouter(t, { transport: 'ws', config });
  const [a, b] = await Promise.all([signupUser(router.url, 'aa'), signupUser(router.url, 'ab')]);
  const conversation = await a.http.createConversation([b.name]);
  const talker = await connectDevice(t, router.url, a, 'talker');
  return { url: router.url, a, b, conversationId: conversation.conversationId, talker };
}

function opus(frameDurationUs: number): OpusParams {
  return { sampleRate: 48000, channels: 1, frameDurationUs, preSkip: 312 };
}

function start(conn: VoxringConnection, conversationId: string, messageId: string, params: OpusParams | null = null): Promise<ServerFrame> {
  return conn.request({ type: 'startMessage', startMessage: { messageId, conversationId, contentType: 'VOICE', opus: params } });
}

function chunk(messageId: string, seq: number, payload: Uint8Array): ClientFrameBody {
  return { type: 'chunk', chunk: { messageId, seq, payload } };
}

/** Sends a frame and resolves with the error frame answering it (rejects on any other reply or none). */
async function errorFor(conn: VoxringConnection, body: ClientFrameBody): Promise<ErrorBody> {
  let ref = 0;
  const reply = conn.waitFor((f) => ref !== 0 && f.ref === ref, 10_000, `reply to ${body.type}`);
  ref = conn.send(body);
  const frame = await reply;
  if (frame.type !== 'error') throw new Error(`expected an error frame, got ${frame.type}`);
  return frame.error;
}

async function endMessage(conn: VoxringConnection, messageId: string, chunkCount: number): Promise<ServerFrame> {
  const ended = conn.waitFor((f) => f.type === 'messageEnd' && f.messageEnd.messageId === messageId, 10_000, 'message_end');
  conn.send({ type: 'endMessage', endMessage: { messageId, chunkCount } });
  return ended;
}

/** The granule position of every audio page of an Ogg file (the two header pages carry 0). */
function audioGranules(file: Buffer): bigint[] {
  const granules: bigint[] = [];
  for (let offset = 0, page = 0; offset < file.length; page++) {
    const parsed = parseOggPage(file, offset);
    if (page >= 2) granules.push(parsed.page.granulePosition);
    offset = parsed.end;
  }
  return granules;
}

void t.test('VOX_AUDIO_INVALID is a 400, not retryable', async (t) => {
  t.same(ERROR_SPECS.VOX_AUDIO_INVALID.status, 400);
  t.equal(ERROR_SPECS.VOX_AUDIO_INVALID.retryable, false);
});

void t.test('declared 2.5 ms frames, sent 60 ms packets: refused, not stored, connection kept', async (t) => {
  const { talker, conversationId, b } = await setup(t, { maxMessageDurationMs: 2000 });
  await start(talker, conversationId, 'bypass', opus(2500));
  const err = await errorFor(talker, chunk('bypass', 0, opusPacket({ frameMs: 60 })));
  t.equal(err.code, 'VOX_AUDIO_INVALID');
  t.equal(err.messageId, 'bypass');
  t.equal(err.retryable, false);
  t.match(err.message, /60 ms.*frameDurationUs 2500/, 'the message names both durations');
  const err3 = await errorFor(talker, chunk('bypass', 0, opusPacket({ frameMs: 20, frames: 3 })));
  t.equal(err3.code, 'VOX_AUDIO_INVALID', '3 x 20 ms frames do not agree with 2.5 ms either');
  talker.send(chunk('bypass', 0, opusPacket({ frameMs: 2.5 })));
  const end = await endMessage(talker, 'bypass', 1);
  t.same(end.type === 'messageEnd' && end.messageEnd, { messageId: 'bypass', chunkCount: 1, state: 'COMPLETE' }, 'only the agreeing packet is stored');
  const header = await b.http.getMessage('bypass');
  t.equal(header.chunkCount, 1);
  t.equal(header.durationMs, 3, '2.5 ms, rounded');
});

void t.test('declared 2.5 ms frames, sent 48 x 2.5 ms packets: the limit counts their real 120 ms', async (t) => {
  const { talker, conversationId, b } = await setup(t, { maxMessageDurationMs: 2000 });
  await start(talker, conversationId, 'long-frames', opus(2500));
  const packets = opusPackets(17, { frameMs: 2.5, frames: 48, frameBytes: 2 });
  for (let seq = 0; seq < 16; seq++) talker.send(chunk('long-frames', seq, packets[seq]!));
  await talker.sync();
  const ended = talker.waitFor((f) => f.type === 'messageEnd', 10_000, 'message_end');
  const err = await errorFor(talker, chunk('long-frames', 16, packets[16]!));
  t.equal(err.code, 'VOX_MESSAGE_TOO_LONG', '16 x 120 ms = 1920 ms fit in 2000 ms, the 17th does not');
  await ended;
  const header = await b.http.getMessage('long-frames');
  t.equal(header.state, 'COMPLETE');
  t.equal(header.chunkCount, 16);
  t.equal(header.durationMs, 1920, 'durationMs is the real duration, not 16 x 2.5 ms');
  const audio = await b.http.audio('long-frames');
  t.equal(audio.status, 200);
  const granules = audioGranules(Buffer.from(audio.body));
  t.equal(granules.at(-1), 16n * 5760n, 'the last Ogg granule is 16 x 120 ms of 48 kHz samples');
});

void t.test('arbitrary bytes and every malformed packet: VOX_AUDIO_INVALID, not stored, the connection goes on', async (t) => {
  const { talker, conversationId, b } = await setup(t);
  await start(talker, conversationId, 'garbage');
  const notOpus = await errorFor(talker, chunk('garbage', 0, NOT_OPUS));
  t.equal(notOpus.code, 'VOX_AUDIO_INVALID', 'text bytes');
  t.match(notOpus.message, 'not an Opus packet libopus would decode');
  for (const { why, packet } of INVALID_OPUS_PACKETS) {
    const err = await errorFor(talker, chunk('garbage', 0, packet));
    t.equal(err.code, 'VOX_AUDIO_INVALID', why);
    t.equal(err.messageId, 'garbage');
  }
  const gap = await errorFor(talker, { type: 'endMessage', endMessage: { messageId: 'garbage', chunkCount: 1 } });
  t.match(gap, { code: 'VOX_CHUNK_SEQ_GAP', message: /router has 0/ }, 'none of them was stored');
  const packets = opusPackets(5);
  for (const [seq, packet] of packets.entries()) talker.send(chunk('garbage', seq, packet));
  const end = await endMessage(talker, 'garbage', 5);
  t.same(end.type === 'messageEnd' && end.messageEnd, { messageId: 'garbage', chunkCount: 5, state: 'COMPLETE' });
  const audio = await b.http.audio('garbage');
  t.equal(audio.status, 200, 'its .ogg is served (it answered 400 VOX_CODEC_INVALID when garbage was stored)');
  t.equal((await b.http.getMessage('garbage')).durationMs, 100);
});

void t.test('durationMs and the .ogg granules are the packets\' real durations', async (t) => {
  const { talker, conversationId, b } = await setup(t);
  // Declared 20 ms: packets of one 20 ms frame, and (frame-size agreement) two and three 20 ms frames.
  await start(talker, conversationId, 'mixed', opus(20000));
  const packets = [
    ...opusPackets(5, { frames: 1 }),
    ...opusPackets(5, { frames: 2 }),
    ...opusPackets(5, { frames: 3 }),
  ];
  for (const [seq, packet] of packets.entries()) talker.send(chunk('mixed', seq, packet));
  await endMessage(talker, 'mixed', packets.length);
  const header = await b.http.getMessage('mixed');
  t.equal(header.chunkCount, 15);
  t.equal(header.durationMs, 5 * 20 + 5 * 40 + 5 * 60, 'the sum of the packets, not 15 x 20 ms');
  const audio = await b.http.audio('mixed');
  t.same(audioGranules(Buffer.from(audio.body)), [BigInt(600 * 48)], 'one audio page, its granule 600 ms of samples');
  // Declared 60 ms: SILK 60 ms frames, and three 20 ms frames (packet-duration agreement).
  await start(talker, conversationId, 'sixty', opus(60000));
  const sixty = [opusPacket({ frameMs: 60 }), opusPacket({ frameMs: 20, frames: 3 }), opusPacket({ frameMs: 40 })];
  talker.send(chunk('sixty', 0, sixty[0]!));
  talker.send(chunk('sixty', 1, sixty[1]!));
  const err = await errorFor(talker, chunk('sixty', 2, sixty[2]!));
  t.equal(err.code, 'VOX_AUDIO_INVALID', 'a 40 ms packet does not agree with 60 ms');
  await endMessage(talker, 'sixty', 2);
  t.equal((await b.http.getMessage('sixty')).durationMs, 120);
});

void t.test('the chunk rate is per user: one message resumed on 4 connections hits VOX_CHUNK_RATE', async (t) => {
  const { url, a, b, talker, conversationId } = await setup(t, { maxChunksPerSecond: 1, chunkBurst: 20 });
  const packets = opusPackets(40);
  const began = Date.now();
  await start(talker, conversationId, 'spread');
  const codes: string[] = [];
  const connections = [talker];
  for (let i = 1; i < 4; i++) connections.push(await connectDevice(t, url, a, `fresh-${i}`));
  for (const [i, conn] of connections.entries()) {
    if (i > 0) await start(conn, conversationId, 'spread');
    const off = conn.onFrame((f) => {
      if (f.type === 'error') codes.push(f.error.code);
    });
    for (let seq = 10 * i; seq < 10 * (i + 1); seq++) conn.send(chunk('spread', seq, packets[seq]!));
    await conn.sync();
    off();
  }
  const seconds = (Date.now() - began) / 1000;
  t.ok(codes.includes('VOX_CHUNK_RATE'), `refused with VOX_CHUNK_RATE (${codes.length} errors)`);
  const last = connections[3]!;
  const ended = await endMessage(last, 'spread', 0);
  const stored = ended.type === 'messageEnd' ? ended.messageEnd.chunkCount : -1;
  t.ok(stored >= 20 && stored <= 20 + Math.ceil(seconds), `${stored} of 40 chunks stored in ${seconds.toFixed(1)} s: the burst of 20 plus 1/s`);
  t.equal((await b.http.getMessage('spread')).chunkCount, stored);
});
