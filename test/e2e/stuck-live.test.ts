/**
 * No message stays LIVE without a talker, and errors never carry server
 * paths (issue 13), over real WebSockets:
 * - a connection that closes while its start_message (or a resume) is still
 *   being processed: the message ends INTERRUPTED with its acked chunks once
 *   liveResumeGraceMs has passed (or was never stored), presence clears and
 *   its HTTP `.ogg` ends;
 * - a body store that cannot open the body at start: no LIVE header is left,
 *   the talker gets a retryable VOX_STORAGE_FAILED without file paths, and
 *   the same start_message resumes once the store works again;
 * - an empty chunk payload is a clear error (VOX_CHUNK_EMPTY) on both wire
 *   formats, and the message still ends with what it had.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { ConfigInput } from '../../common/config.js';
import type { MessageId } from '../../common/ids.js';
import type { ServerFrame, WireFormat } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import { closeWhileOpening } from '../helpers/hold-next-open.js';
import {
  connectDevice,
  connectionsAtMost,
  nothingLive,
  signupUser,
  sleep,
  speechPackets,
  startTestRouter,
  tempDir,
  TRANSPORTS,
  type TestUser,
  type Teardowns,
} from '../helpers/router-fixture.js';

const GRACE_MS = 300;
const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 };

type ErrorFrame = ServerFrame & { type: 'error' };

interface Setup {
  router: Router;
  dataDir: string;
  a: TestUser;
  b: TestUser;
  conversationId: string;
}

async function setup(t: Teardowns, transport: 'uws' | 'ws' = 'ws', config: ConfigInput = {}): Promise<Setup> {
  const dataDir = await tempDir(t);
  const router = await startTestRouter(t, { transport, dataDir, config: { liveResumeGraceMs: GRACE_MS, ...config } });
  const [a, b] = await Promise.all([signupUser(router.url, 'sa'), signupUser(router.url, 'sb')]);
  const conversation = await a.http.createConversation([b.name], 'stuck');
  return { router, dataDir, a, b, conversationId: conversation.conversationId };
}

function startFrame(conversationId: string, messageId: string) {
  return {
    type: 'startMessage' as const,
    startMessage: { messageId, conversationId, contentType: 'VOICE' as const, opus: OPUS },
  };
}

/** The message is not LIVE within the grace period (plus slack): INTERRUPTED, or never stored. */
async function endsWithinGrace(user: TestUser, messageId: string): Promise<string> {
  const state = await eventually(
    () =>
      user.http.getMessage(messageId).then(
        (h) => h.state as string,
        (err: unknown) => (typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'ERROR'),
      ),
    (s) => s !== 'LIVE',
    `message ${messageId} to stop being LIVE`,
    GRACE_MS + 3000,
  );
  return state;
}

async function speakers(user: TestUser, conversationId: string): Promise<number> {
  return (await user.http.getConversation(conversationId)).speakers?.length ?? 0;
}

/** The shard directory of a body (body-store/body-path.ts): a plain file there makes opening the body fail. */
function shardOf(dataDir: string, messageId: string): string {
  return path.join(dataDir, 'bodies', createHash('sha1').update(messageId).digest('hex').slice(0, 2));
}

function errorFor(conn: VoxringConnection, messageId: string): Promise<ErrorFrame> {
  return conn.waitFor((f) => f.type === 'error' && f.error.messageId === messageId, 10_000, `error for ${messageId}`) as Promise<ErrorFrame>;
}

for (const transport of TRANSPORTS) {
  void t.test(`a connection closed while start_message awaits storage over ${transport}`, async (t) => {
    const { router, a, b, conversationId } = await setup(t, transport);
    const listener = await connectDevice(t, router.url, b, 'b-phone');
    const talker = await connectDevice(t, router.url, a);
    await closeWhileOpening(router, () => talker.send(startFrame(conversationId, 'closed-at-start')), () => talker.terminate(), 1);

    await eventually(async () => router.messages.getLive('closed-at-start' as MessageId), Boolean, 'the message to go live');
    const header = await b.http.getMessage('closed-at-start');
    t.equal(header.state, 'LIVE', 'stored while its talker was gone');
    const audio = b.http.audio('closed-at-start');
    const began = Date.now();
    t.equal(await endsWithinGrace(b, 'closed-at-start'), 'INTERRUPTED', 'ends INTERRUPTED once the grace is over');
    t.ok(Date.now() - began < GRACE_MS + 2000, 'within the grace period');
    t.equal((await audio).status, 200, 'the live .ogg stream ended');
    await nothingLive(router);
    await eventually(() => speakers(b, conversationId), (n) => n === 0, 'presence to clear');
    t.pass('presence shows no speaker');
    await listener.sync();
  });
}

void t.test('the same start_message in the grace period resumes the message', async (t) => {
  const { router, a, b, conversationId } = await setup(t, 'ws', { liveResumeGraceMs: 5000 });
  const talker = await connectDevice(t, router.url, a);
  await closeWhileOpening(router, () => talker.send(startFrame(conversationId, 'resumed-after-close')), () => talker.terminate(), 0);
  await eventually(() => b.http.getMessage('resumed-after-close'), (h) => h.state === 'LIVE', 'the header');

  const again = await connectDevice(t, router.url, a, 'phone');
  const message = await OutgoingVoiceMessage.start(again, { conversationId, messageId: 'resumed-after-close', opus: OPUS });
  const { packets } = await speechPackets();
  for (const packet of packets.slice(0, 10)) message.send(packet);
  const end = await message.end();
  t.same(end.messageEnd, { messageId: 'resumed-after-close', chunkCount: 10, state: 'COMPLETE' }, 'resumed and completed');
});

void t.test('a resume on a connection that closes meanwhile ends INTERRUPTED with the acked chunks', async (t) => {
  const { router, a, b, conversationId } = await setup(t);
  const first = await connectDevice(t, router.url, a);
  const message = await OutgoingVoiceMessage.start(first, { conversationId, messageId: 'resume-closed', opus: OPUS });
  const { packets } = await speechPackets();
  for (const packet of packets.slice(0, 20)) message.send(packet);
  await message.allAcked();
  first.terminate();
  t.equal(await endsWithinGrace(b, 'resume-closed'), 'INTERRUPTED', 'the first drop ends it');

  const second = await connectDevice(t, router.url, a, 'phone');
  await closeWhileOpening(router, () => second.send(startFrame(conversationId, 'resume-closed')), () => second.terminate(), 0);
  await eventually(() => b.http.getMessage('resume-closed'), (h) => h.state === 'LIVE', 'the resume to store LIVE');
  t.equal(await endsWithinGrace(b, 'resume-closed'), 'INTERRUPTED', 'ends INTERRUPTED again');
  const header = await b.http.getMessage('resume-closed');
  t.equal(header.chunkCount, 20, 'with every acked chunk');
  await nothingLive(router);
  await eventually(() => speakers(b, conversationId), (n) => n === 0, 'presence to clear');
});

void t.test('connections closed right after start_message never leave a message LIVE', async (t) => {
  const { router, a, b, conversationId } = await setup(t);
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const conn = await connectDevice(t, router.url, a, `race-${i}`);
    const id = `race-${i}`;
    ids.push(id);
    conn.send(startFrame(conversationId, id));
    conn.terminate();
  }
  await connectionsAtMost(router, 0);
  // The starts still in flight settle within a few header-store round trips: a 404 after that means never stored.
  await sleep(500);
  const states = await Promise.all(ids.map((id) => endsWithinGrace(b, id)));
  t.ok(
    states.every((s) => s === 'INTERRUPTED' || s === 'VOX_MESSAGE_NOT_FOUND'),
    `every message ended or was never stored: ${states.join(' ')}`,
  );
  await nothingLive(router);
  await eventually(() => speakers(b, conversationId), (n) => n === 0, 'presence to clear');
  t.pass('no speaker left');
});

for (const format of ['proto', 'json'] as WireFormat[]) {
  void t.test(`a storage failure at start leaves nothing LIVE and no server path (${format})`, async (t) => {
    const { router, dataDir, a, b, conversationId } = await setup(t, 'ws');
    const talker = await connectDevice(t, router.url, a, 'phone', format);
    const id = `broken-${format}`;
    const shard = shardOf(dataDir, id);
    await writeFile(shard, 'not a directory');
    const failed = errorFor(talker, id);
    talker.send(startFrame(conversationId, id));
    const { error } = await failed;
    t.equal(error.code, 'VOX_STORAGE_FAILED');
    t.equal(error.retryable, true, 'retryable');
    t.notMatch(error.message, /\//, `no path in "${error.message}"`);
    t.notMatch(error.message, path.basename(dataDir), 'no data dir name');
    t.notMatch(error.message, os.tmpdir(), 'no tmp dir');

    const header = await b.http.getMessage(id);
    t.equal(header.state, 'INTERRUPTED', 'the header is not left LIVE');
    t.equal(header.chunkCount, 0);
    t.equal(router.messages.liveCount, 0);
    t.equal(await speakers(b, conversationId), 0, 'no speaker');
    const audio = await fetch(`${router.url}/v1/messages/${id}/audio`, { headers: { authorization: `Bearer ${b.token}` } });
    t.same(
      { status: audio.status, body: await audio.json() },
      { status: 503, body: { error: { code: 'VOX_STORAGE_FAILED', message: 'storage failed', retryable: true } } },
      'its unreadable body is a 503 with the generic text over HTTP too',
    );

    await rm(shard);
    await mkdir(shard);
    const message = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: id, opus: OPUS });
    const { packets } = await speechPackets();
    for (const packet of packets.slice(0, 5)) message.send(packet);
    const end = await message.end();
    t.same(end.messageEnd, { messageId: id, chunkCount: 5, state: 'COMPLETE' }, 'the retried start resumes it once storage works');
  });

  void t.test(`an empty chunk payload is an error, and the message still ends (${format})`, async (t) => {
    const { router, a, conversationId } = await setup(t, 'ws');
    const talker = await connectDevice(t, router.url, a, 'phone', format);
    const message = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: `empty-${format}`, opus: OPUS });
    const { packets } = await speechPackets();
    message.send(packets[0] ?? Buffer.alloc(1));
    const refused = errorFor(talker, message.messageId);
    talker.send({ type: 'chunk', chunk: { messageId: message.messageId, seq: 1, payload: new Uint8Array(0) } });
    const { error } = await refused;
    t.equal(error.code, 'VOX_CHUNK_EMPTY', 'a clear code');
    t.match(error.message, /empty/, `a clear message: ${error.message}`);
    t.equal(error.retryable, false);
    const end = await new Promise<ServerFrame>((resolve, reject) => {
      const off = talker.onFrame((f) => {
        if ((f.type === 'messageEnd' && f.messageEnd.messageId === message.messageId) || f.type === 'error') {
          off();
          if (f.type === 'error') reject(new Error(`${f.error.code}: ${f.error.message}`));
          else resolve(f);
        }
      });
      talker.send({ type: 'endMessage', endMessage: { messageId: message.messageId, chunkCount: 1 } });
    });
    t.same(end.type === 'messageEnd' && end.messageEnd, { messageId: message.messageId, chunkCount: 1, state: 'COMPLETE' });
  });
}
