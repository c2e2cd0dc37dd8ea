#!/usr/bin/env node
/**
 * The voxring command line: `serve` runs a router; the other commands are
 * clients of a running router (they log in with --user and --password or
 * VOXRING_PASSWORD on every call).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError } from 'commander';
import { loadConfig, type RouterConfig } from '../common/config.js';
import { layerConfig, printableConfig, readConfigFile } from '../common/config-file.js';
import { configFlagName } from '../common/config-schema.js';
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
import { addConfigOptions, configInputOf } from './serve-options.js';
import { talk } from './talk-command.js';
import { usage } from './usage-command.js';

/** Options every client command takes (README "The CLI"). */
function clientOptions(command: Command): Command {
  return command
    .option('--server <url>', 'the router, e.g. http://127.0.0.1:7400')
    .option('--user <name>', 'your username')
    .option('--password <password>', 'your password (or VOXRING_PASSWORD)')
    .option('--reconnect-for <s>', 'how long to retry a server that cannot be reached (seconds)');
}

const CLIENT_EXAMPLE = '--server http://127.0.0.1:7400 --user alice';

/** The command tree; each action sets the exit code through `done`. */
function buildProgram(env: NodeJS.ProcessEnv, done: (run: Promise<number>) => void): Command {
  const program = new Command('voxring')
    .description('voxring: a store-and-stream voice messaging server and its command-line client')
    .version(packageVersion(), '--version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText(
      'after',
      `
Client commands take --server URL --user NAME and --password P (or VOXRING_PASSWORD), and
--reconnect-for S: how long to retry an unreachable server (talk, listen: ${STREAM_RECONNECT_FOR_S} s; others: ${ONE_SHOT_RECONNECT_FOR_S} s).
Exit codes: 0 ok, 1 failure, 2 usage, 3 the server refused, 4 server unreachable,
130/143 stopped by SIGINT/SIGTERM (talk ends its message first).
"voxring <command> --help" shows a command's options and examples.`,
    );
  const act = (run: (flags: Flags) => Promise<number>) =>
    function (this: Command): void {
      done(run(flagsOf(this.opts())));
    };

  const serveCommand = program
    .command('serve')
    .description('run a router (prints its URL)')
    .option('--config <file.yaml>', 'a YAML config file: option names as keys; env and flags override it');
  addConfigOptions(serveCommand)
    .addHelpText(
      'after',
      `
Every config option is also read from its VOXRING_<OPTION> env variable; flags win (README "Configuration").
Examples:
  voxring serve                                   one node on the embedded defaults, port 7400
  voxring serve --config /etc/voxring/voxring.yaml
  voxring serve --port 7401 --data /var/lib/voxring
  voxring serve --postgres postgres://voxring@db/voxring --redis-url redis://cache:6379`,
    )
    .action(act((flags) => serve(flags, env)));

  clientOptions(program.command('signup').description('create an account (prints the user id)'))
    .addHelpText('after', `\nExample:\n  VOXRING_PASSWORD=… voxring signup ${CLIENT_EXAMPLE}`)
    .action(act((flags) => signup(flags, env)));

  const conversation = program.command('conversation').description('create or list your conversations');
  clientOptions(conversation.command('create').description('create a conversation (prints its id)'))
    .option('--with <users>', 'the other participants, comma-separated usernames')
    .option('--name <name>', 'a name for a group')
    .addHelpText('after', `\nExample:\n  voxring conversation create ${CLIENT_EXAMPLE} --with bob,carol --name team`)
    .action(act((flags) => createConversation(flags, env)));
  clientOptions(conversation.command('list').description('list your conversations'))
    .option('--json', 'print JSON')
    .addHelpText('after', `\nExample:\n  voxring conversation list ${CLIENT_EXAMPLE} --json`)
    .action(act((flags) => listConversations(flags, env)));

  clientOptions(program.command('talk').description('stream an Ogg Opus file as one live message (prints its id first)'))
    .option('--conversation <id>', 'the conversation to talk in')
    .option('--file <file.ogg>', 'the Ogg Opus file, sent at real time')
    .option('--message-id <id>', 'resume a message of yours left unfinished')
    .addHelpText('after', `\nExample:\n  voxring talk ${CLIENT_EXAMPLE} --conversation c_… --file hello.ogg`)
    .action(act((flags) => talk(flags, env)));

  clientOptions(program.command('listen').description('write each voice message heard, whole, to DIR/<message-id>.ogg'))
    .option('--conversation <id>', 'the conversation to listen to')
    .option('--out <dir>', 'where the .ogg files go')
    .option('--count <n>', 'stop after N messages')
    .option('--timeout <s>', 'give up after S seconds')
    .option('--resume-wait <s>', 'how long an INTERRUPTED message waits for its sender to resume it (30)')
    .option('--rate <r>', 'backlog paced at R x real time: 1, 1.5, 2 or 3 (0: as fast as it drains)')
    .addHelpText('after', `\nExample:\n  voxring listen ${CLIENT_EXAMPLE} --conversation c_… --out ./heard --count 1 --rate 2`)
    .action(act((flags) => listen(flags, env)));

  program
    .command('ring')
    .description("a ring's members, shares, health and links; drain or rejoin a router")
    .addArgument(new Argument('<action>', 'what to do').choices(['status', 'drain', 'rejoin']))
    .option('--server <url>', 'the router to ask (or to drain or rejoin)')
    .option('--admin-token <token>', 'the adminToken (or VOXRING_ADMIN_TOKEN)')
    .option('--json', 'print the status as JSON')
    .addHelpText('after', '\nExamples:\n  voxring ring status --server http://r1:7400 --admin-token …\n  voxring ring drain --server http://r1:7400 --admin-token …')
    .action(function (this: Command, action: 'status' | 'drain' | 'rejoin') {
      done(ringCommand(action, flagsOf(this.opts()), env));
    });

  program
    .command('usage')
    .description('per-user talk time, messages, bytes in/out, storage (UTC days, inclusive)')
    .option('--server <url>', 'the router to ask')
    .option('--admin-token <token>', 'the adminToken (or VOXRING_ADMIN_TOKEN)')
    .option('--username <name>', 'one user only')
    .option('--from <day>', 'first day, YYYY-MM-DD')
    .option('--to <day>', 'last day, YYYY-MM-DD')
    .option('--json', 'print the JSON of GET /v1/admin/usage')
    .addHelpText('after', '\nExample:\n  voxring usage --server http://127.0.0.1:7400 --admin-token … --from 2026-12-01 --to 2026-12-06')
    .action(act((flags) => usage(flags, env)));

  const configGroup = program.command('config').description('check a config file, or print the effective config (secrets hidden)');
  configGroup
    .command('check')
    .description('check a YAML config file with the env it would run with (exit 0, or 2 naming the problem)')
    .argument('<file>', 'the YAML file')
    .addHelpText('after', '\nExample:\n  voxring config check docs/deploy/ring/r1.yaml')
    .action(function (this: Command, file: string) {
      done(Promise.resolve().then(() => configCommand('check', file, flagsOf(this.opts()), env)));
    });
  configGroup
    .command('print')
    .description('print the effective config as JSON: defaults, the --config file, env (secrets as "(set)")')
    .option('--config <file.yaml>', 'a YAML config file')
    .addHelpText('after', '\nExample:\n  VOXRING_PORT=7402 voxring config print --config voxring.yaml')
    .action(function (this: Command) {
      done(Promise.resolve().then(() => configCommand('print', undefined, flagsOf(this.opts()), env)));
    });

  // Only listed here: main() hands `bench` its arguments before parsing (bench/run.ts has its own options).
  program.command('bench').description('load-test a router against baseline relays (voxring bench --help)');
  return program;
}

/** Commander's camelCase option names as the kebab-case flags the commands read. */
function flagsOf(opts: Record<string, unknown>): Flags {
  const flags: Flags = {};
  for (const [key, value] of Object.entries(opts)) if (typeof value === 'string' || typeof value === 'boolean') flags[configFlagName(key)] = value;
  return flags;
}

/** The version in the package.json above this file (cli/ from source, dist/cli/ built). */
function packageVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'voxring' && pkg.version) return pkg.version;
  }
  return 'unknown';
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  // The bench has its own options (bench/run.ts): hand it everything after the command.
  if (argv[0] === 'bench') {
    const { runBench } = await import('../bench/run.js');
    return runBench(argv.slice(1), env);
  }
  let run: Promise<number> | undefined;
  const program = buildProgram(env, (started) => {
    run = started;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    // Help and --version end here with exit code 0; unknown commands and options, missing arguments with 1, which is our 2.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw err;
  }
  if (run) return run;
  // `voxring` alone, or a command group without its subcommand.
  program.outputHelp({ error: true });
  return EXIT.usage;
}

/** After stopTimeoutMs, what close() may take to end live messages, close clients and flush storage. */
const STOP_GRACE_MS = 5000;

/** The effective config: the --config file, under the VOXRING_* env, under the flags. */
function effectiveConfig(flags: Flags, env: NodeJS.ProcessEnv): Readonly<RouterConfig> {
  const input = configInputOf(flags);
  const file = typeof flags.config === 'string' ? readConfigFile(flags.config) : {};
  return loadConfig(layerConfig(file, input, env), env);
}

/** `config check FILE` (exit 0, or 2 naming what is wrong) and `config print` (the effective config, secrets hidden). */
function configCommand(action: 'check' | 'print', file: string | undefined, flags: Flags, env: NodeJS.ProcessEnv): number {
  const config = effectiveConfig(file === undefined ? flags : { ...flags, config: file }, env);
  if (action === 'check') console.log(`ok: ${file ?? '(no file)'}`);
  else console.log(JSON.stringify(printableConfig(config), null, 2));
  return EXIT.ok;
}

async function serve(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const config = effectiveConfig(flags, env);
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
  const conversations = await http.listConversations();
  if (flags.json === true) {
    console.log(JSON.stringify(conversations, null, 2));
    return 0;
  }
  for (const c of conversations) {
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
  if (flags.json === true) {
    console.log(JSON.stringify(body, null, 2));
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
    console.error(`voxring: ${line}${err instanceof UsageError ? '\n(voxring <command> --help shows its options)' : ''}`);
    exit(code);
  },
);

/** Exits with `code` once stdout and stderr are flushed; a handle left open cannot keep the process alive past a second. */
function exit(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
}
