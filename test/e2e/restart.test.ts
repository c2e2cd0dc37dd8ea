/**
 * Restart mid-message with the embedded default store (PGlite + disk
 * bodies), through the real CLI in a child process. After kill -9 the
 * message is INTERRUPTED holding at least every acked chunk, bit-exact; the
 * sender resumes it on the restarted router and finishes it COMPLETE. A
 * graceful stop (SIGTERM) interrupts it the same way, resumable.
 */
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import {
  connectDevice,
  signupUser,
  speechPackets,
  tempDir,
  type TestUser,
} from '../helpers/router-fixture.js';
import { startCliRouter } from './support/cli-router.js';

const SENT_BEFORE = 100;

interface Setup {
  a: TestUser;
  b: TestUser;
  conversationId: string;
}

async function setup(url: string): Promise<Setup> {
  const [a, b] = await Promise.all([signupUser(url, 'a'), signupUser(url, 'b')]);
  const conversation = await a.http.createConversation([b.name], 'restart');
  return { a, b, conversationId: conversation.conversationId };
}

function samePackets(got: Buffer[], want: Buffer[]): boolean {
  return got.length === want.length && got.every((p, i) => p.equals(want[i] ?? Buffer.alloc(0)));
}

void t.test('kill -9 mid-message, restart on the same data dir, resume', async (t) => {
  const dataDir = await tempDir(t, 'voxring-restart-');
  const first = await startCliRouter(t, dataDir);
  const { a, b, conversationId } = await setup(first.url);
  const { packets, preSkip } = await speechPackets();
  const talker = await connectDevice(t, first.url, a);
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  for (const packet of packets.slice(0, 80)) message.send(packet);
  if (message.ackedSeq < 79)
    await talker.waitFor(() => message.ackedSeq >= 79, 10_000, 'acks of 80 chunks');
  // 20 more leave right before the kill: none acked yet, some may be on disk.
  for (const packet of packets.slice(80, SENT_BEFORE)) message.send(packet);
  first.child.kill('SIGKILL');
  const gone = await first.exited;
  t.equal(gone.signal, 'SIGKILL', 'the router was killed');
  await talker.closed();
  const acked = message.ackedSeq + 1;
  t.ok(acked >= 80, `${acked} chunks acked before the kill`);
  t.comment(`kill -9 with ${acked} of ${SENT_BEFORE} chunks acked`);

  const second = await startCliRouter(t, dataDir);
  const http = new VoxringHttp(second.url, b.token);
  const header = await http.getMessage(message.messageId);
  t.equal(header.state, 'INTERRUPTED', 'the restart marks the message interrupted');
  t.ok(header.chunkCount >= acked, `it holds every acked chunk (${header.chunkCount} >= ${acked})`);
  t.ok(header.chunkCount <= SENT_BEFORE, 'and nothing that was never sent');
  const stored = readOggOpus((await http.audio(message.messageId)).body);
  t.equal(
    stored.packets.length,
    header.chunkCount,
    'the .ogg holds exactly the header chunk count',
  );
  t.ok(
    samePackets(stored.packets, packets.slice(0, header.chunkCount)),
    'the stored chunks are the first ones, bit-exact',
  );

  const resumed = await connectDevice(t, second.url, a);
  await message.resume(resumed);
  t.equal(message.ackedSeq, header.chunkCount - 1, 'the resume ack names the durable seq on disk');
  for (const packet of packets.slice(SENT_BEFORE)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length);
  const done = await http.getMessage(message.messageId);
  t.equal(done.state, 'COMPLETE');
  t.equal(done.chunkCount, packets.length);
  const whole = readOggOpus((await http.audio(message.messageId)).body);
  t.ok(
    samePackets(whole.packets, packets),
    'the finished message holds every packet once, in order, bit-exact',
  );
});

void t.test('SIGTERM mid-message interrupts it; resumable after restart', async (t) => {
  const dataDir = await tempDir(t, 'voxring-restart-');
  const first = await startCliRouter(t, dataDir);
  const { a, b, conversationId } = await setup(first.url);
  const { packets, preSkip } = await speechPackets();
  const talker = await connectDevice(t, first.url, a);
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  for (const packet of packets.slice(0, SENT_BEFORE)) message.send(packet);
  await message.allAcked();
  const interrupted = talker.waitFor(
    (f) => f.type === 'messageEnd' && f.messageEnd.messageId === message.messageId,
  );
  first.child.kill('SIGTERM');
  const endFrame = await interrupted;
  if (endFrame.type === 'messageEnd') {
    t.equal(endFrame.messageEnd.state, 'INTERRUPTED', 'the sender hears INTERRUPTED');
    t.equal(endFrame.messageEnd.chunkCount, SENT_BEFORE);
  }
  const closed = await talker.closed();
  t.equal(closed.code, 1001, 'the router closes with going-away');
  const gone = await first.exited;
  t.equal(gone.code, 0, 'graceful exit');

  const second = await startCliRouter(t, dataDir);
  const http = new VoxringHttp(second.url, b.token);
  const header = await http.getMessage(message.messageId);
  t.equal(header.state, 'INTERRUPTED');
  t.equal(header.chunkCount, SENT_BEFORE, 'every chunk received before the stop is kept');
  const stored = readOggOpus((await http.audio(message.messageId)).body);
  t.ok(samePackets(stored.packets, packets.slice(0, SENT_BEFORE)), 'bit-exact');

  const resumed = await connectDevice(t, second.url, a);
  await message.resume(resumed);
  t.equal(message.ackedSeq, SENT_BEFORE - 1);
  for (const packet of packets.slice(SENT_BEFORE)) message.send(packet);
  const end = await message.end();
  t.equal(end.messageEnd.state, 'COMPLETE');
  t.equal(end.messageEnd.chunkCount, packets.length);
  const whole = readOggOpus((await http.audio(message.messageId)).body);
  t.ok(samePackets(whole.packets, packets), 'every packet once, in order, bit-exact');
});
