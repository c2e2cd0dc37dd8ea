/**
 * `voxring talk` (a child process, against an in-process router): Ctrl-C
 * ends the message at once (exit 130), the header leaving LIVE within a
 * second; `--message-id` continues a message its sender left unfinished;
 * refused by the server it exits 3 without printing an id; with no server
 * in reach it exits 4 after --reconnect-for.
 */
import t from 'tap';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { eventually } from '../helpers/eventually.js';
import { signupUser, startTestRouter } from '../helpers/router-fixture.js';
import { FIXTURE, runCli } from './support/cli-process.js';
import { abandonedMessage, closedPort, env, liveWith, MESSAGE_ID_LINE, pair, talkCli } from './support/cli-conversation.js';

void t.test('Ctrl-C during talk ends the message at once', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const talker = talkCli(t, p);
  const [, messageId = ''] = await talker.line(MESSAGE_ID_LINE);
  await liveWith(p.b.http, messageId, 50);
  talker.child.kill('SIGINT');
  const signalledAt = Date.now();
  const ended = await eventually(() => p.b.http.getMessage(messageId), (h) => h.state !== 'LIVE', 'the end', 5000);
  const ms = Date.now() - signalledAt;
  t.ok(ms < 1000, `the header leaves LIVE ${ms} ms after SIGINT`);
  t.equal(ended.state, 'COMPLETE', 'the message ends COMPLETE');
  t.ok(ended.chunkCount >= 50 && ended.chunkCount < 368, `with what was sent (${ended.chunkCount} chunks)`);
  t.equal(await talker.exited, 130, 'talk exits 130');
  t.match(talker.stderr(), new RegExp(`message ${messageId} ended COMPLETE with ${ended.chunkCount} chunks`));
  t.equal(talker.stdout(), `${messageId}\n`, 'stdout holds the message id only');
});

void t.test('talk --message-id continues a message left unfinished', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const { messageId, packets } = await abandonedMessage(t, p, 120); // its sender vanished: it waits for a resume
  const resumed = await runCli(t, ['talk', '--server', p.url, '--user', p.a.name, '--conversation', p.conversationId, '--file', FIXTURE, '--message-id', messageId], env);
  t.equal(resumed.code, 0, `talk exits 0 (${resumed.stderr})`);
  t.equal(resumed.stdout, `${messageId}\n`, 'it prints the id it continued');
  t.match(resumed.stderr, /resumed after its 120 stored chunks/, 'from the first chunk the router lacked');
  const header = await p.b.http.getMessage(messageId);
  t.equal(header.state, 'COMPLETE');
  const stored = readOggOpus((await p.b.http.audio(messageId)).body).packets;
  t.ok(
    stored.length === packets.length && stored.every((q, i) => q.equals(packets[i] ?? Buffer.alloc(0))),
    'the stored message is the whole file, each packet once, bit-exact',
  );
});

void t.test('talk refused, or with no server in reach', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const carol = await signupUser(router.url, 'c');
  const nowhere = `http://127.0.0.1:${await closedPort()}`;
  const [refused, unreachable] = await Promise.all([
    runCli(t, ['talk', '--server', p.url, '--user', carol.name, '--conversation', p.conversationId, '--file', FIXTURE], env),
    runCli(t, ['talk', '--server', nowhere, '--user', p.a.name, '--conversation', p.conversationId, '--file', FIXTURE, '--reconnect-for', '1'], env),
  ]);
  t.equal(refused.code, 3, 'talk into a conversation one is not in exits 3');
  t.match(refused.stderr, /the server refused: VOX_CONVERSATION_NOT_FOUND/, 'and says why');
  t.equal(refused.stdout, '', 'it prints no message id');
  t.equal(unreachable.code, 4, 'talk to a server that never answers exits 4');
  t.match(unreachable.stderr, /server unreachable: .*gave up after 1\.0 s/, 'and says it gave up');
});
