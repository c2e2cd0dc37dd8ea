/**
 * What `voxring listen` and `voxring talk` (child processes, against an
 * in-process router) do around the happy path, and the exit codes that say
 * so: a listen started mid-talk still writes the whole message; a listen
 * or talk the server refuses exits 3 at once with the server's error; one
 * that cannot reach its server, or loses it for longer than --reconnect-for,
 * exits 4 and says so; Ctrl-C during talk ends the message at once (exit
 * 130), the header leaving LIVE within a second; `talk --message-id`
 * continues a message its sender left unfinished.
 */
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import t, { type Test } from 'tap';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringHttp } from '../../client/voxring-http.js';
import type { MessageHeader } from '../../proto/frames.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, PASSWORD, signupUser, speechPackets, startTestRouter, tempDir, type TestUser } from '../helpers/router-fixture.js';
import { cleanEnv, FIXTURE, runCli, startCli, type Cli } from './support/cli-process.js';

const MESSAGE_ID = /^([0-9a-f-]{36})$/m;
const env = cleanEnv({ VOXRING_PASSWORD: PASSWORD });
/** A refusal is told at once: at most this much later than `voxring --help` started at the same time ends. */
const REFUSED_WITHIN_MS = 5000;

interface Pair {
  url: string;
  a: TestUser;
  b: TestUser;
  conversationId: string;
}

async function pair(url: string): Promise<Pair> {
  const [a, b] = await Promise.all([signupUser(url, 'a'), signupUser(url, 'b')]);
  const { conversationId } = await a.http.createConversation([b.name], 'cli');
  return { url, a, b, conversationId };
}

function talk(t: Test, p: Pair, ...extra: string[]): Cli {
  return startCli(t, ['talk', '--server', p.url, '--user', p.a.name, '--conversation', p.conversationId, '--file', FIXTURE, ...extra], env);
}

/** The header once the live message holds at least `chunks` chunks. */
function liveWith(http: VoxringHttp, messageId: string, chunks: number): Promise<MessageHeader> {
  return eventually(() => http.getMessage(messageId), (h) => h.chunkCount >= chunks, `${chunks} chunks`, 30_000);
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

void t.test('listen started mid-talk writes the whole message', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const outDir = path.join(await tempDir(t), 'heard');
  const talker = talk(t, p);
  const [, messageId = ''] = await talker.line(MESSAGE_ID);
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
});

void t.test('the server refuses: exit 3 at once with its error', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const carol = await signupUser(router.url, 'c');
  const outDir = await tempDir(t);
  const timed = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> => {
    const startedAt = Date.now();
    return runCli(t, args, env).then((r) => ({ ...r, ms: Date.now() - startedAt }));
  };
  const listenAs = (user: string, conversationId: string, ...extra: string[]): ReturnType<typeof timed> =>
    timed(['listen', '--server', p.url, '--user', user, '--conversation', conversationId, '--out', outDir, ...extra]);
  // `--help` alongside: the time a CLI takes to start and exit on this box now.
  const [help, notParticipant, noConversation, badPassword, talkRefused] = await Promise.all([
    timed(['--help']),
    listenAs(carol.name, p.conversationId),
    listenAs(p.b.name, 'no-such-conversation'),
    listenAs(p.b.name, p.conversationId, '--password', 'not the password'),
    runCli(t, ['talk', '--server', p.url, '--user', carol.name, '--conversation', p.conversationId, '--file', FIXTURE], env),
  ]);
  t.equal(notParticipant.code, 3, 'listen to a conversation one is not in exits 3');
  t.match(notParticipant.stderr, /the server refused: VOX_NOT_PARTICIPANT/, 'and says why');
  t.ok(notParticipant.ms < help.ms + REFUSED_WITHIN_MS, `at once (${notParticipant.ms} ms; --help: ${help.ms} ms)`);
  t.equal(noConversation.code, 3, 'listen to a conversation that does not exist exits 3');
  t.match(noConversation.stderr, /the server refused: VOX_CONVERSATION_NOT_FOUND/);
  t.ok(noConversation.ms < help.ms + REFUSED_WITHIN_MS, `at once (${noConversation.ms} ms)`);
  t.equal(badPassword.code, 3, 'a wrong password exits 3');
  t.match(badPassword.stderr, /the server refused: VOX_AUTH_INVALID/);
  t.equal(talkRefused.code, 3, 'talk into a conversation one is not in exits 3');
  t.match(talkRefused.stderr, /the server refused: VOX_NOT_PARTICIPANT/);
  t.equal(talkRefused.stdout, '', 'and prints no message id');
});

void t.test('a server out of reach: exit 4 after --reconnect-for', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const port = await closedPort();
  const nowhere = `http://127.0.0.1:${port}`;
  const unreachable = await runCli(t, ['talk', '--server', nowhere, '--user', p.a.name, '--conversation', p.conversationId, '--file', FIXTURE, '--reconnect-for', '1'], env);
  t.equal(unreachable.code, 4, 'talk to a server that never answers exits 4');
  t.match(unreachable.stderr, /server unreachable: .*gave up after 1\.0 s/, 'and says it gave up');

  const outDir = await tempDir(t);
  const listener = startCli(
    t,
    ['listen', '--server', p.url, '--user', p.b.name, '--conversation', p.conversationId, '--out', outDir, '--reconnect-for', '2'],
    env,
  );
  await listener.line(/listening on conversation/);
  await router.close();
  const stoppedAt = Date.now();
  t.equal(await listener.exited, 4, 'listen whose server stopped exits 4');
  const ms = Date.now() - stoppedAt;
  t.match(listener.stderr(), /connection lost \(1001 VOX_SHUTTING_DOWN\); reconnecting for up to 2 s/, 'it says it lost the server');
  t.match(listener.stderr(), /server unreachable: .*gave up after 2\.0 s/, 'and that it gave up');
  t.ok(ms >= 1000 && ms < 10_000, `after about --reconnect-for (${ms} ms)`);
});

void t.test('Ctrl-C during talk ends the message at once', async (t) => {
  const router = await startTestRouter(t);
  const p = await pair(router.url);
  const talker = talk(t, p);
  const [, messageId = ''] = await talker.line(MESSAGE_ID);
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
  const { packets, preSkip } = await speechPackets();
  const device = await connectDevice(t, router.url, p.a);
  const message = await OutgoingVoiceMessage.start(device, {
    conversationId: p.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  for (const packet of packets.slice(0, 120)) message.send(packet);
  await message.allAcked();
  device.terminate(); // its sender vanished: the message waits for a resume
  const resumed = await runCli(t, ['talk', '--server', p.url, '--user', p.a.name, '--conversation', p.conversationId, '--file', FIXTURE, '--message-id', message.messageId], env);
  t.equal(resumed.code, 0, `talk exits 0 (${resumed.stderr})`);
  t.equal(resumed.stdout, `${message.messageId}\n`, 'it prints the id it continued');
  t.match(resumed.stderr, /resumed after its 120 stored chunks/, 'from the first chunk the router lacked');
  const header = await p.b.http.getMessage(message.messageId);
  t.equal(header.state, 'COMPLETE');
  const stored = readOggOpus((await p.b.http.audio(message.messageId)).body).packets;
  t.ok(
    stored.length === packets.length && stored.every((q, i) => q.equals(packets[i] ?? Buffer.alloc(0))),
    'the stored message is the whole file, each packet once, bit-exact',
  );
});
