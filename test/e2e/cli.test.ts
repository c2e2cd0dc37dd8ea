/**
 * The voxring CLI as child processes: `serve` runs a router and prints its
 * URL; `signup`, `conversation create`, `listen` and `talk` use it; the file
 * a listener writes holds the fixture's packets bit-exact. Exit codes: 0 ok,
 * 2 usage errors.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import t from 'tap';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { PASSWORD, speechPackets, tempDir } from '../helpers/router-fixture.js';
import { opusTool, runTool, wavSampleFrames } from '../ogg/opus-tools.js';
import { cleanEnv, FIXTURE, runCli, startCli } from './support/cli-process.js';

void t.test('serve, signup, conversation, listen and talk as child processes', async (t) => {
  const dataDir = await tempDir(t);
  const outDir = path.join(await tempDir(t), 'received');
  // `serve` with the embedded store (PGlite) in a temp dir, on port 0.
  const server = startCli(t, [
    'serve',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data',
    dataDir,
    '--transport',
    'ws',
    '--log-level',
    'silent',
  ]);
  const [, url = ''] = await server.line(
    /voxring listening on (http:\/\/127\.0\.0\.1:\d+)/,
    60_000,
  );
  t.match(url, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/, `serve prints its URL (${url})`);
  const health = await fetch(`${url}/healthz`);
  t.equal(health.status, 200, 'the printed URL answers');
  await health.arrayBuffer();

  const env = cleanEnv({ VOXRING_PASSWORD: PASSWORD });
  const suffix = process.pid.toString(36);
  const alice = `alice_${suffix}`;
  const bob = `bob_${suffix}`;
  const [signA, signB] = await Promise.all([
    runCli(t, ['signup', '--server', url, '--user', alice], env),
    runCli(t, ['signup', '--server', url, '--user', bob], env),
  ]);
  t.equal(signA.code, 0, `signup alice exits 0 ${signA.stderr}`);
  t.equal(signB.code, 0, 'signup bob exits 0');
  const aliceId = signA.stdout.trim();
  t.match(aliceId, /^[0-9a-f-]{36}$/, 'signup prints the user id');
  t.not(aliceId, signB.stdout.trim(), 'two users, two ids');

  const created = await runCli(
    t,
    ['conversation', 'create', '--server', url, '--user', alice, '--with', bob, '--name', 'x'],
    env,
  );
  t.equal(created.code, 0, `conversation create exits 0 ${created.stderr}`);
  const conversationId = created.stdout.trim();
  t.match(conversationId, /^[0-9a-f-]{36}$/, 'conversation create prints the id');
  const listed = await runCli(t, ['conversation', 'list', '--server', url, '--user', bob], env);
  t.equal(listed.code, 0);
  t.match(
    listed.stdout,
    new RegExp(`^${conversationId}\\tx\\t`, 'm'),
    'bob sees the conversation in his list',
  );
  const listedJson = await runCli(t, ['conversation', 'list', '--server', url, '--user', bob, '--json'], env);
  t.equal(listedJson.code, 0);
  const conversations = JSON.parse(listedJson.stdout) as { conversationId: string; name: string }[];
  t.match(conversations, [{ conversationId, name: 'x' }], '--json prints the list as JSON');

  const listener = startCli(
    t,
    [
      'listen',
      '--server',
      url,
      '--user',
      bob,
      '--conversation',
      conversationId,
      '--out',
      outDir,
      '--count',
      '1',
      '--timeout',
      '30',
    ],
    env,
  );
  await listener.line(new RegExp(`listening on conversation ${conversationId}`));
  const talk = await runCli(
    t,
    ['talk', '--server', url, '--user', alice, '--conversation', conversationId, '--file', FIXTURE],
    env,
  );
  t.equal(talk.code, 0, `talk exits 0 ${talk.stderr}`);
  const messageId = talk.stdout.trim();
  t.match(messageId, /^[0-9a-f-]{36}$/, 'talk prints the message id');
  t.equal(await listener.exited, 0, `listen exits 0 after --count 1 ${listener.stderr()}`);
  const written = path.join(outDir, `${messageId}.ogg`);
  t.equal(listener.stdout().trim(), written, 'listen prints the file it wrote');
  t.same(await readdir(outDir), [`${messageId}.ogg`], 'exactly one file, named after the message');

  const { packets, preSkip } = await speechPackets();
  const file = await readFile(written);
  const got = readOggOpus(file);
  t.equal(got.packets.length, packets.length, 'every packet of the fixture');
  t.ok(
    got.packets.every((p, i) => p.equals(packets[i] ?? Buffer.alloc(0))),
    'the written packets equal the fixture packets bit-exact',
  );
  t.equal(got.head.preSkip, preSkip, 'pre-skip carried through');
  const wav = path.join(outDir, '..', 'decoded.wav');
  const dec = await runTool(opusTool('opusdec'), ['--quiet', written, wav]);
  t.equal(dec.code, 0, `opusdec decodes the file (${dec.output.trim()})`);
  t.equal(await wavSampleFrames(wav, 1), packets.length * 960 - preSkip, 'to the full length');

  // A clean shutdown on SIGTERM.
  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0, 'serve exits 0 on SIGTERM');
});

void t.test('help, --version, unknown commands and flags, usage errors', async (t) => {
  const [help, bare, unknown, noPassword, noServer, typo, version, listenHelp, groupOnly, badAction] = await Promise.all([
    runCli(t, ['--help']),
    runCli(t, []),
    runCli(t, ['frobnicate']),
    runCli(t, ['signup', '--server', 'http://127.0.0.1:9', '--user', 'carol']),
    runCli(t, ['signup', '--user', 'carol'], cleanEnv({ VOXRING_PASSWORD: PASSWORD })),
    runCli(t, ['serve', '--prot', '1']),
    runCli(t, ['--version']),
    runCli(t, ['listen', '--help']),
    runCli(t, ['conversation']),
    runCli(t, ['ring', 'explode', '--server', 'http://127.0.0.1:9']),
  ]);
  t.equal(help.code, 0, '--help exits 0');
  t.match(help.stdout, /Usage: voxring \[options\] \[command\]/, '--help prints the usage on stdout');
  t.match(help.stdout, /listen \[options\]/, 'and lists the commands');
  t.equal(bare.code, 2, 'no command exits 2');
  t.match(bare.stderr, /Usage: voxring/);
  t.equal(unknown.code, 2, 'an unknown command exits 2');
  t.match(unknown.stderr, /unknown command 'frobnicate'/);
  t.equal(noPassword.code, 2, 'a missing password exits 2');
  t.match(noPassword.stderr, /password/i, 'and says so');
  t.equal(noServer.code, 2, 'a missing --server exits 2');
  t.match(noServer.stderr, /--server is required/);
  t.equal(typo.code, 2, 'an unknown flag exits 2 (it used to start a router on the default port)');
  t.match(typo.stderr, /unknown option '--prot'[\s\S]*Did you mean --port\?/, 'naming it and the closest flag');
  t.equal(version.code, 0);
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  t.equal(version.stdout.trim(), pkg.version, '--version prints the package version');
  t.equal(listenHelp.code, 0);
  t.match(listenHelp.stdout, /Usage: voxring listen \[options\][\s\S]*--rate <r>[\s\S]*Example:/, 'a command has its own help with an example');
  t.equal(groupOnly.code, 2, 'a command group without its subcommand exits 2');
  t.match(groupOnly.stderr, /create[\s\S]*list/, 'and shows its subcommands');
  t.equal(badAction.code, 2);
  t.match(badAction.stderr, /'explode' is invalid for argument 'action'. Allowed choices are status, drain, rejoin/);
});

void t.test('config check, config print and serve --config', async (t) => {
  const dir = await tempDir(t);
  const bad = path.join(dir, 'bad.yaml');
  const secret = path.join(dir, 'secret.yaml');
  await writeFile(bad, 'prot: 1\n');
  await writeFile(secret, 'port: 7411\nadminToken: a-long-admin-token-0123456789\n');
  const [good, typo, printed, envWins, serveBad] = await Promise.all([
    runCli(t, ['config', 'check', 'docs/deploy/ring/r1.yaml']),
    runCli(t, ['config', 'check', bad]),
    runCli(t, ['config', 'print', '--config', secret]),
    runCli(t, ['config', 'print', '--config', secret], cleanEnv({ VOXRING_PORT: '7412' })),
    runCli(t, ['serve', '--config', bad]),
  ]);
  t.equal(good.code, 0, `a deployment example checks ok ${good.stderr}`);
  t.equal(typo.code, 2, 'an unknown key exits 2');
  t.match(typo.stderr, /unknown option prot \(did you mean port\?\)/);
  t.equal(printed.code, 0);
  t.match(JSON.parse(printed.stdout), { port: 7411, adminToken: '(set)' }, 'the effective config');
  t.notOk(printed.stdout.includes('a-long-admin-token'), 'without the secret');
  t.match(JSON.parse(envWins.stdout), { port: 7412 }, 'env overrides the file');
  t.equal(serveBad.code, 2, 'serve refuses a bad file before starting');
});

