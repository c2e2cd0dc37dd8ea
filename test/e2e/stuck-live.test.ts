/**
 * No message stays LIVE without a talker, and errors never carry server
 * paths (issue 13), over real WebSockets:
 * - a connection that closes while its start_message (or a resume) is still
 *   being processed: the message ends INTERRUPTED with its acked chunks once
 *   liveResumeGraceMs has passed (or was never stored), presence clears and
 *   its HTTP `.ogg` ends.
 */
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { ConfigInput } from '../../common/config.js';
import type { MessageId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import { holdNextOpen } from '../helpers/hold-next-open.js';
import {
  connectDevice,
  connectionsAtMost,
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

for (const transport of TRANSPORTS) {
  void t.test(`a connection closed while start_message awaits storage over ${transport}`, async (t) => {
    const { router, a, b, conversationId } = await setup(t, transport);
    const listener = await connectDevice(t, router.url, b, 'b-phone');
    const talker = await connectDevice(t, router.url, a);
    const held = holdNextOpen(router.bodies);
    talker.send(startFrame(conversationId, 'closed-at-start'));
    await held.reached;
    talker.terminate();
    await connectionsAtMost(router, 1);
    held.release();

    await eventually(async () => router.messages.getLive('closed-at-start' as MessageId), Boolean, 'the message to go live');
    const header = await b.http.getMessage('closed-at-start');
    t.equal(header.state, 'LIVE', 'stored while its talker was gone');
    const audio = b.http.audio('closed-at-start');
    const began = Date.now();
    t.equal(await endsWithinGrace(b, 'closed-at-start'), 'INTERRUPTED', 'ends INTERRUPTED once the grace is over');
    t.ok(Date.now() - began < GRACE_MS + 2000, 'within the grace period');
    t.equal((await audio).status, 200, 'the live .ogg stream ended');
    t.equal(router.messages.liveCount, 0, 'nothing live on the router');
    await eventually(() => speakers(b, conversationId), (n) => n === 0, 'presence to clear');
    t.pass('presence shows no speaker');
    await listener.sync();
  });
}

void t.test('the same start_message in the grace period resumes the message', async (t) => {
  const { router, a, b, conversationId } = await setup(t, 'ws', { liveResumeGraceMs: 5000 });
  const talker = await connectDevice(t, router.url, a);
  const held = holdNextOpen(router.bodies);
  talker.send(startFrame(conversationId, 'resumed-after-close'));
  await held.reached;
  talker.terminate();
  await connectionsAtMost(router, 0);
  held.release();
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
  const held = holdNextOpen(router.bodies);
  second.send(startFrame(conversationId, 'resume-closed'));
  await held.reached;
  second.terminate();
  await connectionsAtMost(router, 0);
  held.release();
  await eventually(() => b.http.getMessage('resume-closed'), (h) => h.state === 'LIVE', 'the resume to store LIVE');
  t.equal(await endsWithinGrace(b, 'resume-closed'), 'INTERRUPTED', 'ends INTERRUPTED again');
  const header = await b.http.getMessage('resume-closed');
  t.equal(header.chunkCount, 20, 'with every acked chunk');
  t.equal(router.messages.liveCount, 0);
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
  t.equal(router.messages.liveCount, 0, 'nothing live on the router');
  await eventually(() => speakers(b, conversationId), (n) => n === 0, 'presence to clear');
  t.pass('no speaker left');
});
