#!/usr/bin/env node
/**
 * The voxring command line: `serve` runs a router; the other commands are
 * clients of a running router (they log in with --user and --password or
 * VOXRING_PASSWORD on every call).
 */
import { parseArgs } from 'node:util';
import { CONFIG_OPTIONS, loadConfig, type ConfigInput } from '../common/config.js';
import { createLogger } from '../common/logger.js';
import { VoxringHttp } from '../client/voxring-http.js';
import {
  EXIT,
  failureOf,
  loggedIn,
  ONE_SHOT_RECONNECT_FOR_S,
  password,
  reconnectForMs,
  required,
  serverUrl,
  STREAM_RECONNECT_FOR_S,
  UsageError,
  withRetries,
  type Flags,
} from './cli-support.js';
import { listen } from './listen-command.js';
import { talk } from './talk-command.js';
import { usage } from './usage-command.js';

const USAGE = `usage: voxring <command> [options]

  serve [--port N] [--host H] [--data DIR] [--postgres URL] [--transport auto|uws|ws]
        [--<any config option> VALUE]         run a router (prints its URL)
  signup --server URL --user NAME             create an account (prints the user id)
  conversation create --with USER[,USER] [--name NAME]
                                              create a conversation (prints its id)
  conversation list                           list your conversations
  talk --conversation ID --file X.ogg [--message-id ID]
                                              stream an Ogg Opus file as one live message (prints its id
                                              first; --message-id resumes a message you left unfinished)
  listen --conversation ID --out DIR [--count N] [--timeout S] [--resume-wait S] [--rate R]
                                              write each voice message heard, whole, to DIR/<message-id>.ogg
                                              (--rate 1|1.5|2|3: backlog paced at R x real time)
  ring status|drain|rejoin --server URL --admin-token T
                                              a ring's members, shares, health and links; drain or rejoin that router
  usage --server URL --admin-token T [--username U] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                                              per-user talk time, messages, bytes in/out, storage (UTC days, inclusive)
  bench <walkie|fanout|catchup|storm|cross-router|all> [options]
                                              load-test a router against baseline relays (voxring bench --help)

Client commands take --server URL --user NAME and --password P (or VOXRING_PASSWORD), and
--reconnect-for S: how long to retry an unreachable server (talk, listen: ${STREAM_RECONNECT_FOR_S} s; others: ${ONE_SHOT_RECONNECT_FOR_S} s).
Exit codes: 0 ok, 1 failure, 2 usage, 3 the server refused, 4 server unreachable,
130/143 stopped by SIGINT/SIGTERM (talk ends its message first).
Config options (also as VOXRING_<OPTION> env variables): ${CONFIG_OPTIONS.join(', ')}`;

const CLIENT_FLAGS = [
  'data',
  'postgres',
  'server',
  'user',
  'password',
  'conversation',
  'file',
  'out',
  'count',
  'timeout',
  'with',
  'name',
  'message-id',
  'reconnect-for',
  'resume-wait',
  'username',
  'from',
  'to',
];
const CLI_OPTIONS: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' }, json: { type: 'boolean' } };
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
    case 'usage':
      return usage(flags, env);
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
  // Loaded here only: the client commands start without the whole server.
  const { Router } = await import('../router/router.js');
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

async function signup(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const http = new VoxringHttp(serverUrl(flags));
  const user = required(flags, 'user');
  const secret = password(flags, env);
  const session = await withRetries(http.baseUrl, reconnectForMs(flags, ONE_SHOT_RECONNECT_FOR_S), () => http.signup(user, secret));
  console.log(session.userId);
  return EXIT.ok;
}

async function createConversation(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const http = await loggedIn(flags, env, reconnectForMs(flags, ONE_SHOT_RECONNECT_FOR_S));
  const others = required(flags, 'with').split(',').map((s) => s.trim()).filter(Boolean);
  const name = typeof flags.name === 'string' ? flags.name : undefined;
  const conversation = await http.createConversation(others, name);
  console.log(conversation.conversationId);
  return 0;
}

async function listConversations(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const http = await loggedIn(flags, env, reconnectForMs(flags, ONE_SHOT_RECONNECT_FOR_S));
  for (const c of await http.listConversations()) {
    console.log(`${c.conversationId}\t${c.name || '-'}\t${c.participants.map((p) => p.username).join(',')}`);
  }
  return 0;
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
    return response.status === 401 || response.status === 403 ? EXIT.refused : EXIT.failure;
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

main(process.argv.slice(2), process.env).then(
  (code) => exit(code),
  (err: unknown) => {
    const { code, line } = failureOf(err);
    console.error(`voxring: ${line}${err instanceof UsageError ? `\n\n${USAGE}` : ''}`);
    exit(code);
  },
);

/** Exits with `code` once stdout and stderr are flushed; a handle left open cannot keep the process alive past a second. */
function exit(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
}
