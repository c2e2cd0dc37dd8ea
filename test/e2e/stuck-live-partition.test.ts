/**
 * No message stays LIVE when its storage is cut off for a while (issue 15,
 * `make chaos` seed 7 finding 3), over real WebSockets and a real Postgres
 * reached through a TCP proxy the test pauses or strands:
 * - a start_message answered only after its talker gave up waiting (the
 *   header store was paused longer than the client's request timeout): the
 *   message, registered with a sender that never streams it, ends
 *   INTERRUPTED after liveIdleTimeoutMs (it stayed LIVE for good);
 * - a talker that stays connected but sends nothing: the same, with its
 *   acked chunks, and the same start_message resumes it; one that streams
 *   steadily is never cut;
 * - an end whose header store connections never answer again (stranded):
 *   the talker still gets its COMPLETE end within the query timeout, and
 *   the header lands COMPLETE on a retry (the end waited for good);
 * - an end told COMPLETE while Postgres is cut off, then the router stopped
 *   before the store came back: the next start stores it COMPLETE from the
 *   end kept on disk, not INTERRUPTED (`make chaos` seed 7, a SIGTERM during
 *   a Postgres restart).
 */
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxClientError } from '../../client/client-error.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { ConfigInput } from '../../common/config.js';
import type { MessageId } from '../../common/ids.js';
import type { ServerFrame } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { connectDevice, dropSchema, tempDir, nothingLive, signupUser, sleep, speechPackets, startTestRouter, type TestUser, type Teardowns } from '../helpers/router-fixture.js';
import { testPostgresUrl, uniqueName } from '../helpers/services.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

const IDLE_MS = 800;
const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 };

interface Setup {
  router: Router;
  proxy: TcpProxy;
  a: TestUser;
  b: TestUser;
  conversationId: string;
}

/** A router whose Postgres is reached through a proxy of the test's own. */
async function setup(t: Teardowns, config: ConfigInput = {}, dataDir?: string): Promise<Setup> {
  const proxy = await TcpProxy.forUrl(t, testPostgresUrl());
  const proxiedUrl = proxy.urlFor(testPostgresUrl());
  const schema = uniqueName('stuck_part');
  t.teardown(() => dropSchema(schema));
  const router = await startTestRouter(t, {
    store: 'pglite',
    ...(dataDir ? { dataDir } : {}),
    config: { postgresUrl: proxiedUrl, postgresSchema: schema, liveResumeGraceMs: 300, ...config },
  });
  const [a, b] = await Promise.all([signupUser(router.url, 'pa'), signupUser(router.url, 'pb')]);
  const conversation = await a.http.createConversation([b.name], 'partition');
  return { router, proxy, a, b, conversationId: conversation.conversationId };
}

function startFrame(conversationId: string, messageId: string) {
  return { type: 'startMessage' as const, startMessage: { messageId, conversationId, contentType: 'VOICE' as const, opus: OPUS } };
}

/** The header's state, or the error code while the header store cannot answer. */
async function stateOf(user: TestUser, messageId: string): Promise<string> {
  return user.http.getMessage(messageId).then(
    (h) => `${h.state as string}/${h.chunkCount}`,
    (err: unknown) => (typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'ERROR'),
  );
}

function messageEnd(conn: VoxringConnection, messageId: string, timeoutMs: number): Promise<ServerFrame> {
  return conn.waitFor((f) => f.type === 'messageEnd' && f.messageEnd.messageId === messageId, timeoutMs, `message_end of ${messageId}`);
}

void t.test('a start answered after its talker gave up ends INTERRUPTED after liveIdleTimeoutMs', async (t) => {
  const { router, proxy, a, b, conversationId } = await setup(t, { liveIdleTimeoutMs: IDLE_MS });
  const talker = await connectDevice(t, router.url, a);
  const id = 'late-start';
  const ended = messageEnd(talker, id, 15_000);

  proxy.pause();
  const answer = await talker.request(startFrame(conversationId, id), 300).then(
    () => 'answered',
    (err: unknown) => (err instanceof VoxClientError ? err.code : 'ERROR'),
  );
  t.equal(answer, 'VOX_CLIENT_TIMEOUT', 'the talker gave up waiting for the start');
  await sleep(300);
  proxy.resume();

  await eventually(async () => router.messages.getLive(id as MessageId), Boolean, 'the late start to make the message live');
  const began = Date.now();
  const end = await ended;
  t.same(end.type === 'messageEnd' && end.messageEnd, { messageId: id, chunkCount: 0, state: 'INTERRUPTED' }, 'its still-connected sender is told');
  t.ok(Date.now() - began < IDLE_MS + 2000, `within the idle bound (${Date.now() - began} ms)`);
  t.equal(await eventually(() => stateOf(b, id), (s) => s !== 'LIVE/0', 'the header to end'), 'INTERRUPTED/0', 'stored INTERRUPTED');
  await nothingLive(router);
  await talker.sync();
});

void t.test('a connected talker that sends nothing: INTERRUPTED with its acked chunks, then resumed', async (t) => {
  const { router, a, b, conversationId } = await setup(t, { liveIdleTimeoutMs: IDLE_MS });
  const talker = await connectDevice(t, router.url, a);
  const { packets } = await speechPackets();

  // Streaming steadily for longer than the bound is never cut.
  const steady = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: 'steady', opus: OPUS });
  for (let i = 0; i < 20; i++) {
    steady.send(packets[i] as Buffer);
    await sleep(IDLE_MS / 8);
  }
  t.same((await steady.end()).messageEnd, { messageId: 'steady', chunkCount: 20, state: 'COMPLETE' }, 'a steady talker completes');

  const quiet = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: 'quiet', opus: OPUS });
  const ended = messageEnd(talker, 'quiet', 10_000);
  for (const packet of packets.slice(0, 5)) quiet.send(packet);
  await quiet.allAcked();
  const end = await ended;
  t.same(end.type === 'messageEnd' && end.messageEnd, { messageId: 'quiet', chunkCount: 5, state: 'INTERRUPTED' }, 'the quiet one ends');
  t.equal(await eventually(() => stateOf(b, 'quiet'), (s) => s !== 'LIVE/0', 'the header to end'), 'INTERRUPTED/5', 'with its acked chunks');
  await nothingLive(router);

  const resumed = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: 'quiet', opus: OPUS });
  t.equal(resumed.ackedSeq, 4, 'the same start_message resumes it after its acked chunks');
  for (const packet of packets.slice(5, 8)) resumed.send(packet);
  t.same((await resumed.end()).messageEnd, { messageId: 'quiet', chunkCount: 8, state: 'COMPLETE' }, 'and completes');
});

void t.test('an end whose header store never answers again completes for the talker and lands on retry', async (t) => {
  const { router, proxy, a, b, conversationId } = await setup(t, { postgresQueryTimeoutMs: 500 });
  const talker = await connectDevice(t, router.url, a);
  const { packets } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: 'stranded-end', opus: OPUS });
  for (const packet of packets.slice(0, 10)) message.send(packet);
  await message.allAcked();

  // Every pooled connection now waits for an answer that never comes; new ones reach Postgres.
  proxy.strand();
  const began = Date.now();
  const end = await message.end(8000);
  t.same(end.messageEnd, { messageId: 'stranded-end', chunkCount: 10, state: 'COMPLETE' }, 'the talker is told COMPLETE');
  t.ok(Date.now() - began < 5000, `without waiting for the stranded store (${Date.now() - began} ms)`);
  await nothingLive(router);
  const stored = await eventually(() => stateOf(b, 'stranded-end'), (s) => s === 'COMPLETE/10', 'the header to land on retry', 20_000);
  t.equal(stored, 'COMPLETE/10', 'the header holds the end');
  await proxy.close();
});

void t.test('an end the header store did not take is stored COMPLETE by the next start, not INTERRUPTED', async (t) => {
  const dataDir = await tempDir(t);
  const config = { postgresQueryTimeoutMs: 500 };
  const { router, proxy, a, b, conversationId } = await setup(t, config, dataDir);
  const talker = await connectDevice(t, router.url, a);
  const { packets } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: 'end-kept', opus: OPUS });
  for (const packet of packets.slice(0, 10)) message.send(packet);
  await message.allAcked();

  proxy.cutOff();
  const end = await message.end(8000);
  t.same(end.messageEnd, { messageId: 'end-kept', chunkCount: 10, state: 'COMPLETE' }, 'the talker is told COMPLETE');
  await talker.close();
  await router.close();
  proxy.restore();

  const again = await startTestRouter(t, { store: 'pglite', dataDir, config: { postgresUrl: proxy.urlFor(testPostgresUrl()), postgresSchema: router.config.postgresSchema, ...config } });
  const reader: TestUser = { ...b, http: new VoxringHttp(again.url, b.token) };
  t.equal(await stateOf(reader, 'end-kept'), 'COMPLETE/10', 'stored COMPLETE with every chunk at the next start');
  await nothingLive(again);
});
