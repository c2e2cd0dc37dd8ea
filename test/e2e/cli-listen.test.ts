/**
 * `voxring listen` (a child process, against an in-process router) around
 * the happy path, and the exit codes that say what happened: started
 * mid-talk it still writes the whole message; refused by the server it
 * exits 3 at once with the server's error; when its server stops for longer
 * than --reconnect-for it exits 4 and says so; a message whose sender never
 * resumes it is written as the server kept it, with a warning (exit 1).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import t from 'tap';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { eventually } from '../helpers/eventually.js';
import { signupUser, speechPackets, startTestRouter, tempDir } from '../helpers/router-fixture.js';
import { startCli } from './support/cli-process.js';
import { abandonedMessage, env, liveWith, MESSAGE_ID_LINE, pair, talkCli, timedCli } from './support/cli-conversation.js';

/** A refusal is told at once: in at most twice the time `voxring --help`, started alongside, takes, plus this. */
const REFUSED_MARGIN_MS = 5000;

void t.test('listen started mid-talk writes the whole message', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const outDir = path.join(await tempDir(t), 'heard');
  const talker = talkCli(t, p);
  const [, messageId = ''] = await talker.line(MESSAGE_ID_LINE);
  await liveWith(p.b.http, messageId, 100);
  // The talk pauses while listen starts (its start-up can outlast the rest of the talk on a
  // loaded box); the message stays live meanwhile.
  talker.child.kill('SIGSTOP');
  const listener = startCli(
    t,
    ['listen', '--server', p.url, '--user', p.b.name, '--conversation', p.conversationId, '--out', outDir, '--count', '1', '--timeout', '60'],
    env,
  );
  await listener.line(/listening on conversation/);
  const header = await p.b.http.getMessage(messageId);
  t.equal(header.state, 'LIVE', `listen joined ${header.chunkCount} chunks into the talk`);
  talker.child.kill('SIGCONT');
  const [talkCode, listenCode] = await Promise.all([talker.exited, listener.exited]);
  t.equal(talkCode, 0, 'talk exits 0');
  t.equal(listenCode, 0, `listen exits 0 (${listener.stderr()})`);
  const { packets } = await speechPackets();
  const heard = readOggOpus(await readFile(path.join(outDir, `${messageId}.ogg`))).packets;
  t.equal(heard.length, packets.length, 'the file holds every packet, from the first');
  t.ok(
    heard.every((q, i) => q.equals(packets[i] ?? Buffer.alloc(0))),
    'bit-exact, in order',
  );
  t.notMatch(listener.stderr(), /INTERRUPTED|not written/, 'no warning');
  // Once written, listen reported the message heard (stored within the receipt flush interval).
  await eventually(
    async () => ((await p.a.http.getMessage(messageId)) as unknown as { heard?: { username: string }[] }).heard ?? [],
    (heard) => heard.some((r) => r.username === p.b.name),
    'the listener to report heard',
    5000,
  );
  t.pass('the sender sees the listener in heard');
});

void t.test('the server refuses: exit 3 at once with its error', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const carol = await signupUser(router.url, 'c');
  const outDir = await tempDir(t);
  const listenAs = (user: string, conversationId: string, ...extra: string[]): ReturnType<typeof timedCli> =>
    timedCli(t, ['listen', '--server', p.url, '--user', user, '--conversation', conversationId, '--out', outDir, ...extra]);
  // `--help` alongside: how long a CLI takes to start and exit on this box now.
  const [help, notParticipant, noConversation, badPassword] = await Promise.all([
    timedCli(t, ['--help']),
    listenAs(carol.name, p.conversationId),
    listenAs(p.b.name, 'no-such-conversation'),
    listenAs(p.b.name, p.conversationId, '--password', 'not the password'),
  ]);
  const atOnce = 2 * help.ms + REFUSED_MARGIN_MS;
  t.equal(notParticipant.code, 3, 'listen to a conversation one is not in exits 3');
  t.match(notParticipant.stderr, /the server refused: VOX_CONVERSATION_NOT_FOUND/, 'and says why');
  t.ok(notParticipant.ms < atOnce, `at once (${notParticipant.ms} ms; --help: ${help.ms} ms)`);
  t.equal(noConversation.code, 3, 'listen to a conversation that does not exist exits 3');
  t.match(noConversation.stderr, /the server refused: VOX_CONVERSATION_NOT_FOUND/, 'and says why');
  t.ok(noConversation.ms < atOnce, `at once (${noConversation.ms} ms)`);
  t.equal(badPassword.code, 3, 'a wrong password exits 3');
  t.match(badPassword.stderr, /the server refused: VOX_AUTH_INVALID/, 'and says why');
});

void t.test('a server that stops: exit 4 after --reconnect-for', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const outDir = await tempDir(t);
  const listener = startCli(
    t,
    ['listen', '--server', p.url, '--user', p.b.name, '--conversation', p.conversationId, '--out', outDir, '--reconnect-for', '2'],
    env,
  );
  await listener.line(/listening on conversation/);
  // Taken before close(): the connections close first, and the store shutdown after them can take a second on a busy machine.
  const stoppedAt = Date.now();
  await router.close();
  t.equal(await listener.exited, 4, 'listen whose server stopped exits 4');
  const ms = Date.now() - stoppedAt;
  t.match(listener.stderr(), /connection lost \(1001 VOX_SHUTTING_DOWN\); reconnecting for up to 2 s/, 'it says it lost the server');
  t.match(listener.stderr(), /server unreachable: .*gave up after 2\.0 s/, 'and that it gave up');
  t.ok(ms >= 1000 && ms < 15_000, `after about --reconnect-for (${ms} ms)`);
});

void t.test('a sender that never resumes: the file holds what the server kept, with a warning, exit 1', async (t) => {
  const router = await startTestRouter(t, { config: { liveResumeGraceMs: 300 } });
  const p = await pair(router.url);
  const outDir = path.join(await tempDir(t), 'heard');
  const listener = startCli(
    t,
    ['listen', '--server', p.url, '--user', p.b.name, '--conversation', p.conversationId, '--out', outDir, '--count', '1', '--resume-wait', '1'],
    env,
  );
  await listener.line(/listening on conversation/);
  const { messageId, packets } = await abandonedMessage(t, p, 50); // gone for good: INTERRUPTED after the grace
  t.equal(await listener.exited, 1, 'listen exits 1: the message it wrote is not whole');
  t.match(listener.stderr(), new RegExp(`message ${messageId} ended INTERRUPTED with 50 chunks, its sender did not resume it`), 'and says so');
  const heard = readOggOpus(await readFile(path.join(outDir, `${messageId}.ogg`))).packets;
  t.ok(
    heard.length === 50 && heard.every((q, i) => q.equals(packets[i] ?? Buffer.alloc(0))),
    'the file holds the 50 chunks the server kept, bit-exact',
  );
});
