/**
 * What the client commands share: flags, exit codes, logging in with
 * retries, a reconnecting session that reports on stderr, and Ctrl-C
 * handling.
 */
import { randomUUID } from 'node:crypto';
import { isVoxError } from '../common/errors.js';
import { retryFor, sleep } from '../client/backoff.js';
import { describeError, isRetryable, VoxClientError } from '../client/client-error.js';
import { VoxringHttp } from '../client/voxring-http.js';
import { VoxringSession } from '../client/voxring-session.js';

export type Flags = Record<string, string | boolean | undefined>;

/**
 * Exit codes of every command (README.md, "The CLI"). A command stopped by
 * SIGINT or SIGTERM exits 128 + the signal's number (130, 143) after it
 * finished what it was sending.
 */
export const EXIT = {
  ok: 0,
  /** Anything else: a message that did not end COMPLETE, --count not reached before --timeout, an unexpected error. */
  failure: 1,
  usage: 2,
  /** The server refused: bad password or token, not a participant, no such conversation, … */
  refused: 3,
  /** No server answered within --reconnect-for. */
  unreachable: 4,
} as const;

/** Default --reconnect-for of talk and listen, and of the one-shot commands (seconds). */
export const STREAM_RECONNECT_FOR_S = 60;
export const ONE_SHOT_RECONNECT_FOR_S = 5;

/** A mistake on the command line: exit 2 with the usage. */
export class UsageError extends Error {}

export function required(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function optional(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A number flag in [min, ∞); `fallback` when absent. */
export function numberFlag(flags: Flags, name: string, fallback: number, min = 0): number {
  const value = optional(flags, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number >= ${min}, got ${value}`);
  return n;
}

export function password(flags: Flags, env: NodeJS.ProcessEnv): string {
  const value = typeof flags.password === 'string' ? flags.password : env.VOXRING_PASSWORD;
  if (!value) throw new UsageError('give the password with --password or VOXRING_PASSWORD');
  return value;
}

export function serverUrl(flags: Flags): string {
  return required(flags, 'server').replace(/\/$/, '');
}

/** Milliseconds of --reconnect-for S. */
export function reconnectForMs(flags: Flags, defaultS: number): number {
  return numberFlag(flags, 'reconnect-for', defaultS, 0) * 1000;
}

/** Runs an HTTP call, retrying while the server cannot be reached (or answers 5xx) for up to `forMs`. */
export function withRetries<T>(server: string, forMs: number, call: () => Promise<T>): Promise<T> {
  return retryFor(`no answer from ${server}`, call, { forMs });
}

/** Logs in with --user and the password, retrying an unreachable server for `forMs`. */
export async function loggedIn(flags: Flags, env: NodeJS.ProcessEnv, forMs: number): Promise<VoxringHttp> {
  const http = new VoxringHttp(serverUrl(flags));
  const user = required(flags, 'user');
  const secret = password(flags, env);
  await withRetries(http.baseUrl, forMs, () => http.login(user, secret));
  return http;
}

/**
 * A session on the login's home router and fallbacks (in a ring) or the
 * --server, reconnecting for `forMs` after each loss; its losses and
 * reconnects are told on stderr.
 */
export async function openSession(http: VoxringHttp, forMs: number): Promise<VoxringSession> {
  const login = http.session;
  const urls = login?.home ? [login.home, ...(login.fallbacks ?? [])] : [http.baseUrl];
  const session = await VoxringSession.open({ urls, token: http.token ?? '', deviceId: `cli-${randomUUID().slice(0, 8)}`, reconnectForMs: forMs });
  session.onEvent((event) => {
    if (event.type === 'disconnected') {
      note(`connection lost (${event.code}${event.reason ? ` ${event.reason}` : ''}); reconnecting for up to ${forMs / 1000} s`);
    } else if (event.type === 'connected' && event.reconnect) {
      note(`reconnected to ${event.routerId || event.url}`);
    }
  });
  return session;
}

/** A line on stderr (stdout carries only results: ids, file names). */
export function note(line: string): void {
  process.stderr.write(`voxring: ${line}\n`);
}

/** The exit code and the line to print for an error that ended a command. */
export function failureOf(err: unknown): { code: number; line: string } {
  if (err instanceof UsageError) return { code: EXIT.usage, line: err.message };
  if (isVoxError(err) && err.code === 'VOX_CONFIG_INVALID') return { code: EXIT.usage, line: err.message };
  if (err instanceof VoxClientError) {
    if (err.code === 'VOX_CLIENT_GAVE_UP') return { code: EXIT.unreachable, line: `server unreachable: ${err.message}` };
    const fromServer = !err.code.startsWith('VOX_CLIENT_') || err.code === 'VOX_CLIENT_CONNECTION_REFUSED';
    if (fromServer && !isRetryable(err)) return { code: EXIT.refused, line: `the server refused: ${err.message}` };
  }
  return { code: EXIT.failure, line: describeError(err) };
}

/**
 * SIGINT / SIGTERM while a command streams: the first one asks it to stop
 * (it finishes what it was sending: `requested` is set and sleeps end); a
 * second one exits at once.
 */
export class StopSignals {
  /** The first signal received. */
  requested: NodeJS.Signals | undefined;
  /** Aborted by the first signal: it ends the sleeps. */
  private readonly stopping = new AbortController();
  private readonly handler = (signal: NodeJS.Signals): void => {
    if (this.requested) process.exit(signalExitCode(signal));
    this.requested = signal;
    note(`${signal}: ending the message (again to quit at once)`);
    this.stopping.abort();
  };

  constructor() {
    process.on('SIGINT', this.handler);
    process.on('SIGTERM', this.handler);
  }

  /** The exit code for the signal received: 128 + its number. */
  get exitCode(): number {
    return signalExitCode(this.requested ?? 'SIGINT');
  }

  /** Sleeps `ms`, or less when a signal comes. */
  async sleep(ms: number): Promise<void> {
    await sleep(ms, this.stopping.signal);
  }

  dispose(): void {
    process.off('SIGINT', this.handler);
    process.off('SIGTERM', this.handler);
  }
}

function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? 143 : 130;
}
