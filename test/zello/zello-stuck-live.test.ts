/**
 * Zello door: a connection that closes while its start_stream is still being
 * processed leaves no message LIVE. Zello clients cannot resume, so the
 * stream ends at once (COMPLETE with what arrived, as for any dropped Zello
 * connection), long before liveResumeGraceMs; presence clears.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import t, { type Test } from 'tap';
import type { MessageHeader } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import { closeWhileOpening } from '../helpers/hold-next-open.js';
import {
  connectionsAtMost,
  nothingLive,
  PASSWORD,
  signupUser,
  sleep,
  startTestRouter,
  tempDir,
  type TestUser,
} from '../helpers/router-fixture.js';
import { codecHeader, ZelloTestClient } from './zello-test-client.js';

const CHANNEL = 'Closed Early';
/** Far longer than the test waits: a Zello stream must not wait for a resume. */
const GRACE_MS = 60_000;
const START = {
  command: 'start_stream',
  codec: 'opus',
  codec_header: codecHeader(48000, 1, 20),
  packet_duration: 20,
};

async function setup(
  t: Test,
  dataDir?: string,
): Promise<{ router: Router; a: TestUser; b: TestUser; conversationId: string }> {
  const router = await startTestRouter(t, {
    ...(dataDir ? { dataDir } : {}),
    config: { liveResumeGraceMs: GRACE_MS },
  });
  const [a, b] = await Promise.all([signupUser(router.url, 'ka'), signupUser(router.url, 'kb')]);
  const conversation = await a.http.createConversation([b.name], CHANNEL);
  return { router, a, b, conversationId: conversation.conversationId };
}

/** Waits until `count` voice messages are stored and none is LIVE; returns them. */
function allEnded(user: TestUser, conversationId: string, count: number): Promise<MessageHeader[]> {
  return eventually(
    () => user.http.listMessages(conversationId),
    (messages) => messages.length === count && messages.every((m) => m.state !== 'LIVE'),
    `${count} messages, none LIVE`,
    5000,
  );
}

async function noSpeakers(t: Test, user: TestUser, conversationId: string): Promise<void> {
  await eventually(
    async () => (await user.http.getConversation(conversationId)).speakers?.length ?? 0,
    (n) => n === 0,
    'presence to clear',
  );
  t.pass('presence shows no speaker');
}

void t.test(
  'zello: a connection closed while start_stream awaits storage ends its stream at once',
  async (t) => {
    const { router, a, b, conversationId } = await setup(t);
    const talker = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]);
    await closeWhileOpening(
      router,
      () => talker.send({ ...START, seq: 1 }),
      () => talker.ws.terminate(),
      0,
    );
    const [message] = await allEnded(b, conversationId, 1);
    t.equal(message?.state, 'COMPLETE', 'ended as a dropped Zello stream ends');
    t.equal(message?.chunkCount, 0);
    await nothingLive(router);
    await noSpeakers(t, b, conversationId);
  },
);

void t.test(
  'zello: connections closed right after start_stream never leave a message LIVE',
  async (t) => {
    const { router, a, b, conversationId } = await setup(t);
    const clients = await Promise.all(
      Array.from({ length: 8 }, () =>
        ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]),
      ),
    );
    for (const client of clients) {
      client.send({ ...START, seq: 1 });
      client.ws.terminate();
    }
    await connectionsAtMost(router, 0);
    // The starts still in flight settle within a few header-store round trips; a LIVE message after that is stuck.
    await sleep(500);
    const messages = await b.http.listMessages(conversationId);
    t.ok(
      messages.every((m) => m.state !== 'LIVE'),
      `no message LIVE: ${messages.map((m) => m.state).join(' ')}`,
    );
    await nothingLive(router);
    await noSpeakers(t, b, conversationId);
  },
);

void t.test(
  'zello: a body that cannot be opened at start_stream leaves no LIVE message',
  async (t) => {
    const dataDir = await tempDir(t);
    const { router, a, b, conversationId } = await setup(t, dataDir);
    // Every shard directory of the body store (body-store/body-path.ts) a plain file: no body opens.
    await Promise.all(
      Array.from({ length: 256 }, (_, i) =>
        writeFile(path.join(dataDir, 'bodies', i.toString(16).padStart(2, '0')), ''),
      ),
    );
    const talker = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [CHANNEL]);
    const reply = await talker.request(START);
    t.equal(reply['error'], 'failed to start stream', 'the spec string, nothing more');
    const [message] = await allEnded(b, conversationId, 1);
    t.equal(message?.state, 'INTERRUPTED', 'the header is not left LIVE');
    t.equal(message?.chunkCount, 0);
    t.equal(router.messages.liveCount, 0);
    await noSpeakers(t, b, conversationId);
  },
);
