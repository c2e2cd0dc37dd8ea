/**
 * The CLI over a router restart: `voxring serve` (a child; headers in a
 * Postgres schema of the test's own, bodies in its data dir) is stopped
 * mid-talk with `signal` while `voxring talk` streams fixtures/speech.ogg
 * and `voxring listen` hears it, then started again on the same port, data
 * dir and schema. Both commands exit 0, the heard .ogg carries
 * every packet of the fixture bit-exact, and the stored message ends
 * COMPLETE with every chunk.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Test } from 'tap';
import { VoxringHttp } from '../../../client/voxring-http.js';
import { readOggOpus } from '../../../common/ogg-opus-reader.js';
import { eventually } from '../../helpers/eventually.js';
import { dropSchema, PASSWORD, signupUser, speechPackets, tempDir } from '../../helpers/router-fixture.js';
import { uniqueName } from '../../helpers/services.js';
import { cleanEnv, FIXTURE, startCli } from './cli-process.js';
import { startCliRouter } from './cli-router.js';

/** Chunks the router holds before it is stopped (of 368: mid-talk). */
const CHUNKS_BEFORE_STOP = 100;
const MESSAGE_ID = /^([0-9a-f-]{36})$/m;

/** One scenario per test file: each starts two routers and streams 7.4 s of audio. */
export async function talkOverRestart(t: Test, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  const dataDir = await tempDir(t, 'voxring-cli-restart-');
  const outDir = path.join(await tempDir(t), 'heard');
  const postgresSchema = uniqueName('cli_restart');
  t.teardown(() => dropSchema(postgresSchema));
  const first = await startCliRouter(t, dataDir, { postgresSchema });
  const port = Number(new URL(first.url).port);
  const [a, b] = await Promise.all([signupUser(first.url, 'a'), signupUser(first.url, 'b')]);
  const { conversationId } = await a.http.createConversation([b.name], 'restart');
  const env = cleanEnv({ VOXRING_PASSWORD: PASSWORD });
  const common = ['--server', first.url, '--conversation', conversationId];

  const listener = startCli(t, ['listen', ...common, '--user', b.name, '--out', outDir, '--count', '1', '--timeout', '100'], env);
  await listener.line(/listening on conversation/);
  const talker = startCli(t, ['talk', ...common, '--user', a.name, '--file', FIXTURE], env);
  const [, messageId = ''] = await talker.line(MESSAGE_ID);
  t.equal(talker.stdout(), `${messageId}\n`, 'talk prints the message id as its first line, at the start');
  const http = new VoxringHttp(first.url, b.token);
  const live = await eventually(() => http.getMessage(messageId), (h) => h.chunkCount >= CHUNKS_BEFORE_STOP, 'chunks before the stop', 30_000);
  t.equal(live.state, 'LIVE', `the message is live with ${live.chunkCount} chunks when the router is stopped`);

  first.child.kill(signal);
  const gone = await first.exited;
  if (signal === 'SIGTERM') t.equal(gone.code, 0, 'the router exits 0 on SIGTERM');
  else t.equal(gone.signal, 'SIGKILL', 'the router was killed');
  const second = await startCliRouter(t, dataDir, { port, postgresSchema });
  t.equal(second.url, first.url, 'restarted on the same URL');

  const [talkCode, listenCode] = await Promise.all([talker.exited, listener.exited]);
  t.equal(talkCode, 0, `talk exits 0 (stderr: ${talker.stderr()})`);
  t.equal(listenCode, 0, `listen exits 0 (stderr: ${listener.stderr()})`);
  t.match(talker.stderr(), /reconnected/, 'talk reconnected');
  t.match(listener.stderr(), /reconnected/, 'listen reconnected');

  const { packets } = await speechPackets();
  const written = path.join(outDir, `${messageId}.ogg`);
  t.same(await readdir(outDir), [`${messageId}.ogg`], 'listen wrote one file, named after the message');
  t.equal(listener.stdout().trim(), written, 'and printed its path');
  const heard = readOggOpus(await readFile(written)).packets;
  t.equal(heard.length, packets.length, `every packet of the fixture (${heard.length} of ${packets.length})`);
  t.ok(
    heard.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
    'each heard packet equals the fixture packet of its seq, bit-exact',
  );

  const header = await new VoxringHttp(second.url, b.token).getMessage(messageId);
  t.equal(header.state, 'COMPLETE', 'the message header ends COMPLETE');
  t.equal(header.chunkCount, packets.length, 'with every chunk');
  const stored = readOggOpus((await new VoxringHttp(second.url, b.token).audio(messageId)).body).packets;
  t.ok(
    stored.length === packets.length && stored.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
    'the stored message holds every packet once, in order, bit-exact',
  );
}

