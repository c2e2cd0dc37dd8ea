#!/usr/bin/env node
/**
 * The voxring command line: `serve` runs a router; the other commands are
 * clients of a running router (they log in with --user and --password or
 * VOXRING_PASSWORD on every call).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_OPTIONS, loadConfig, type ConfigInput } from '../common/config.js';
import { createLogger } from '../common/logger.js';
import { readOggOpus } from '../common/ogg-opus-reader.js';
import { oggOpusFile } from '../common/ogg-opus-writer.js';
import { opusPacketSamples } from '../common/opus-packet.js';
import { MessageCollector } from '../client/message-collector.js';
import { OutgoingVoiceMessage } from '../client/outgoing-voice-message.js';
import { VoxringConnection } from '../client/voxring-connection.js';
import { VoxringHttp } from '../client/voxring-http.js';
import { Router } from '../router/router.js';

const USAGE = `usage: voxring <command> [options]

  serve [--port N] [--host H] [--data DIR] [--postgres URL] [--transport auto|uws|ws]
        [--<any config option> VALUE]         run a router (prints its URL)
  signup --server URL --user NAME             create an account (prints the user id)
  conversation create --with USER[,USER] [--name NAME]
                                              create a conversation (prints its id)
  conversation list                           list your conversations
  talk --conversation ID --file X.ogg         stream an Ogg Opus file as one live message (prints its id)
  listen --conversation ID --out DIR [--count N] [--timeout S]
                                              write each received voice message to DIR/<message-id>.ogg
  ring status|drain|rejoin --server URL --admin-token T
                                              a ring's members, shares, health and links; drain or rejoin that router
  bench <walkie|fanout|catchup|storm|cross-router|all> [options]
                                              load-test a router against baseline relays (voxring bench --help)

Client commands take --server URL --user NAME and --password P (or VOXRING_PASSWORD).
Config options (also as VOXRING_<OPTION> env variables): ${CONFIG_OPTIONS.join(', ')}`;

type Flags = Record<string, string | boolean | undefined>;

const CLIENT_FLAGS = ['data', 'postgres', 'server', 'user', 'password', 'conversation', 'file', 'out', 'count', 'timeout', 'with', 'name'];
const CLI_OPTIONS: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
for (const flag of [...CLIENT_FLAGS, ...CONFIG_OPTIONS.map(kebab)]) CLI_OPTIONS[flag] = { type: 'string' };

function kebab(option: string): string {
  return option.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  // The bench has its own options (bench/run.ts): hand it everything after the command.
  if (argv[0] === 'bench') {
    const { runBench } = await import('../bench/run.js');
    return runBench(argv.slice(1), env);
  }
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: false, options: CLI_OPTIONS });
  const flags = values;
  const [command, sub] = positionals;
  if (!command || flags.help) {
    // --help asked for it (exit 0); a bare `voxring` is a usage error (exit 2).
    if (flags.help) console.log(USAGE);
    else console.error(USAGE);
    return flags.help ? 0 : 2;
  }
  switch (command) {
    case 'serve':
      return serve(flags, env);
    case 'signup':
      return signup(flags, env);
    case 'conversation':
      if (sub === 'create') return createConversation(flags, env);
      if (sub === 'list') return listConversations(flags, env);
      break;
    case 'talk':
      return talk(flags, env);
    case 'listen':
      return listen(flags, env);
    case 'ring':
      if (sub === 'status' || sub === 'drain' || sub === 'rejoin') return ringCommand(sub, flags, env);
      break;
  }
  console.error(`unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}

/** After stopTimeoutMs, what close() may take to end live messages, close clients and flush storage. */
const STOP_GRACE_MS = 5000;

async function serve(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const input: ConfigInput = {};
  for (const option of CONFIG_OPTIONS) {
    const value = flags[kebab(option)];
    if (typeof value === 'string') input[option] = value;
  }
  if (typeof flags.data === 'string') input.dataDir = flags.data;
  if (typeof flags.postgres === 'string') input.postgresUrl = flags.postgres;
  const config = loadConfig(input, env);
  const logger = createLogger(config.logLevel);
  const router = await Router.start(config, { logger });
  console.log(`voxring listening on ${router.url} (transport ${router.transport.name}, WebSocket ${router.webSocketUrl})`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // Whatever hangs in the stop, the process is gone shortly after the deadline (a second signal ends it at once).
  const hardStop = setTimeout(() => process.exit(1), config.stopTimeoutMs + STOP_GRACE_MS);
  hardStop.unref();
  const now = (): void => process.exit(1);
  process.once('SIGINT', now);
  process.once('SIGTERM', now);
  await router.stop();
  return 0;
}

function required(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

function password(flags: Flags, env: NodeJS.ProcessEnv): string {
  const value = typeof flags.password === 'string' ? flags.password : env.VOXRING_PASSWORD;
  if (!value) throw new UsageError('give the password with --password or VOXRING_PASSWORD');
  return value;
}

async function loggedIn(flags: Flags, env: NodeJS.ProcessEnv): Promise<VoxringHttp> {
  const http = new VoxringHttp(required(flags, 'server').replace(/\/$/, ''));
  await http.login(required(flags, 'user'), password(flags, env));
  return http;
}

async function signup(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const http = new VoxringHttp(required(flags, 'server').replace(/\/$/, ''));
  const session = await http.signup(required(flags, 'user'), password(flags, env));
  console.log(session.userId);
  return 0;
}

async function createConversation(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const http = await loggedIn(flags, env);
  const others = required(flags, 'with').split(',').map((s) => s.trim()).filter(Boolean);
  const name = typeof flags.name === 'string' ? flags.name : undefined;
  const conversation = await http.createConversation(others, name);
  console.log(conversation.conversationId);
  return 0;
}

async function listConversations(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const http = await loggedIn(flags, env);
  for (const c of await http.listConversations()) {
    console.log(`${c.conversationId}\t${c.name || '-'}\t${c.participants.map((p) => p.username).join(',')}`);
  }
  return 0;
}

/** In a ring: the home router from login first, then its fallbacks (redirects are followed too). */
async function connect(http: VoxringHttp): Promise<VoxringConnection> {
  const session = http.session;
  const urls = session?.home ? [session.home, ...(session.fallbacks ?? [])] : [http.baseUrl];
  return VoxringConnection.connectWithFailover({ urls, token: http.token ?? '', deviceId: `cli-${randomUUID().slice(0, 8)}` });
}

interface RingStatus {
  self: string;
  members: { id: string; publicUrl: string; draining: boolean; inRing: boolean; share: number; health: { ok: boolean; connections?: number; liveMessages?: number } }[];
  links: { peer: string; state: string; relaying: number }[];
}

async function ringCommand(sub: 'status' | 'drain' | 'rejoin', flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const server = required(flags, 'server').replace(/\/$/, '');
  const token = typeof flags['admin-token'] === 'string' ? flags['admin-token'] : env.VOXRING_ADMIN_TOKEN;
  if (!token) throw new UsageError('give the admin token with --admin-token or VOXRING_ADMIN_TOKEN');
  const method = sub === 'status' ? 'GET' : 'POST';
  const response = await fetch(`${server}/v1/admin/${sub === 'status' ? 'ring' : sub}`, { method, headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    console.error(`voxring: ${JSON.stringify(body)}`);
    return 1;
  }
  if (sub !== 'status') {
    console.log(`${String(body.router)} draining=${String(body.draining)}`);
    return 0;
  }
  const status = body as unknown as RingStatus;
  console.log('router\tshare\tconnections\tlive\tstate\turl');
  for (const m of status.members) {
    const state = !m.health.ok ? 'down' : m.draining ? 'draining' : m.inRing ? 'active' : 'joining';
    const share = `${(m.share * 100).toFixed(1)}%`;
    console.log(`${m.id}\t${share}\t${m.health.connections ?? '-'}\t${m.health.liveMessages ?? '-'}\t${state}\t${m.publicUrl}`);
  }
  for (const l of status.links) console.log(`link ${status.self} <-> ${l.peer}: ${l.state}, relaying ${l.relaying}`);
  return 0;
}

async function talk(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const file = readOggOpus(await readFile(required(flags, 'file')));
  const first = file.packets[0];
  if (!first) throw new UsageError('the file holds no audio packets');
  const http = await loggedIn(flags, env);
  const conn = await connect(http);
  try {
    const frameDurationUs = Math.round((opusPacketSamples(first) * 1_000_000) / 48000);
    const message = await OutgoingVoiceMessage.start(conn, {
      conversationId: required(flags, 'conversation'),
      opus: { sampleRate: file.head.inputSampleRate, channels: file.head.channels, frameDurationUs, preSkip: file.head.preSkip },
    });
    // Real time: each packet leaves when the audio before it has been played.
    const startedAt = performance.now();
    let audioUs = 0;
    for (const packet of file.packets) {
      const due = startedAt + audioUs / 1000 - performance.now();
      if (due > 1) await new Promise((r) => setTimeout(r, due));
      message.send(packet);
      audioUs += (opusPacketSamples(packet) * 1_000_000) / 48000;
    }
    const end = await message.end();
    console.log(message.messageId);
    return end.messageEnd.state === 'COMPLETE' ? 0 : 1;
  } finally {
    await conn.close();
  }
}

async function listen(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const conversationId = required(flags, 'conversation');
  const outDir = required(flags, 'out');
  const count = typeof flags.count === 'string' ? Number(flags.count) : Infinity;
  const timeoutS = typeof flags.timeout === 'string' ? Number(flags.timeout) : Infinity;
  await mkdir(outDir, { recursive: true });
  const http = await loggedIn(flags, env);
  const conn = await connect(http);
  const collector = new MessageCollector(conn);
  let written = 0;
  const done = new Promise<void>((resolve) => {
    const pending = new Set<string>();
    conn.onFrame((frame) => {
      if (frame.type !== 'messageEnd') return;
      const id = frame.messageEnd.messageId;
      const m = collector.get(id);
      if (!m?.header || m.header.conversationId !== conversationId || pending.has(id)) return;
      pending.add(id);
      const opus = m.header.opus ?? { channels: 1, preSkip: 312, sampleRate: 48000, frameDurationUs: 20000 };
      const bytes = oggOpusFile(collector.payloads(id), {
        channels: opus.channels,
        preSkip: opus.preSkip,
        inputSampleRate: opus.sampleRate,
        serial: written + 1,
      });
      const target = path.join(outDir, `${id}.ogg`);
      void writeFile(target, bytes).then(() => {
        console.log(target);
        if (++written >= count) resolve();
      });
    });
    if (Number.isFinite(timeoutS)) setTimeout(resolve, timeoutS * 1000).unref();
    void conn.closed().then(() => resolve());
  });
  await conn.request({ type: 'monitor', monitor: { conversationIds: [conversationId] } });
  // On stderr, so stdout stays one written file per line; scripts wait for it before talking.
  console.error(`listening on conversation ${conversationId}`);
  await done;
  await conn.close();
  return written >= count || !Number.isFinite(count) ? 0 : 1;
}

class UsageError extends Error {}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause === undefined ? err.message : `${err.message} (${describe(err.cause)})`;
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) console.error(`voxring: ${err.message}\n\n${USAGE}`);
    else console.error(`voxring: ${describe(err)}`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
