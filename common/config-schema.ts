/**
 * The one config schema (valibot): every option's type, default, range and
 * metadata (group, description, secret). Everything else is derived from it:
 * loadConfig's parsing, env names, CLI flags and `--help`, the config file's
 * known keys, `config print`'s hidden secrets and README's option tables.
 * Input values are strings (env, flags) or YAML scalars, all turned into
 * strings before parsing, so numbers are coerced here.
 */
import os from 'node:os';
import * as v from 'valibot';
import { LIMIT_OPTIONS } from './config-limits-schema.js';
import { bool, choice, DAY, GiB, HOUR, int, KiB, MiB, MINUTE, optionalText, SECOND, secret, text, url } from './config-option-builders.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const TRANSPORTS = ['auto', 'uws', 'ws'] as const;

const ROUTER_OPTIONS = {
  // server
  host: text('127.0.0.1', { group: 'server', description: 'Address to listen on.' }),
  port: int(0, 65535, 7400, { group: 'server', description: 'Port to listen on; 0 picks a free one (the printed URL shows it).' }),
  transport: choice(TRANSPORTS, 'auto', {
    group: 'server',
    description: 'WebSocket/HTTP server: uws (uWebSockets.js, native), ws (node:http + ws), auto = uws when its binary loads, else ws.',
    docs: '`uws` (uWebSockets.js, native), `ws` (node:http + ws), `auto` = uws when its binary loads, else ws',
  }),
  routerId: text(() => `${os.hostname()}-${process.pid}`, {
    group: 'server',
    description: "This router's name in logs and `welcome`.",
    defaultText: '<hostname>-<pid>',
  }),
  publicUrl: optionalText({ group: 'server', description: 'URL printed and handed to clients; derived from host:port when unset.', defaultText: 'http://host:port' }),
  logLevel: choice(LOG_LEVELS, 'info', { group: 'server', description: 'pino log level.' }),
  trustProxy: bool(false, {
    group: 'server',
    description: 'Behind exactly one reverse proxy appending X-Forwarded-For: rate limits key on its last entry (never without such a proxy).',
    docs:
      '`true` behind exactly one reverse proxy that appends the peer it saw to `X-Forwarded-For`: the rate limits and unauthenticated caps key on that **last** entry instead of the socket\'s address (entries before it are the client\'s own and ignored). Never set it without such a proxy: every client could then name its own address and dodge the per-address limits; with two proxies the last entry is the first proxy\'s address and all clients share one budget',
  }),
  adminToken: secret(16, true, {
    group: 'server',
    description: 'Bearer token for /v1/admin/*; unset: those answer 401.',
    docs: 'bearer token for `/v1/admin/*`; unset: those answer 401 `VOX_ADMIN_TOKEN_INVALID`',
  }),
  sessionTtlMs: int(SECOND, 365 * DAY, 30 * DAY, { group: 'server', description: 'Lifetime of a session token.' }),
  idleTimeoutSeconds: int(0, 3600, 120, {
    group: 'server',
    description: 'Close WebSockets silent this long (the server pings); 0 = never; 1..7 are refused.',
    docs: 'close WebSockets silent this long (the server pings); `0` = never; 1..7 are refused (uWebSockets.js aborts on them)',
  }),
  sendHighWaterMarkBytes: int(KiB, 256 * MiB, 256 * KiB, { group: 'server', description: 'Send buffer level above which delivery to a connection pauses until it drains.' }),
  zelloPingIntervalMs: int(50, 10 * MINUTE, 30 * SECOND, {
    group: 'server',
    description: 'Zello door (/zello): ping every client this often; one silent to the previous ping is dropped.',
  }),
  stopTimeoutMs: int(0, 10 * MINUTE, 15 * SECOND, {
    group: 'server',
    description: 'Graceful stop (SIGTERM/SIGINT): in a ring, how long live messages may take to move to other routers; the process exits by then anyway.',
    docs:
      'graceful stop (SIGTERM/SIGINT): `/readyz` answers 503 at once and new clients are refused; in a ring the router drains (users migrate, live messages move to their talkers\' new routers) for at most this long; then live messages end resumable (`INTERRUPTED`), clients are closed with 1001 and storage is flushed; the process exits by this deadline plus 5 s whatever happens',
  }),

  // storage
  dataDir: text('.data', { group: 'storage', description: 'Data directory: the PGlite database (pglite/) and bodies (bodies/).', flagAlias: 'data' }),
  postgresUrl: url(['postgres', 'postgresql'], false, {
    group: 'storage',
    description: 'Use this Postgres instead of the embedded PGlite.',
    flagAlias: 'postgres',
  }),
  postgresSchema: optionalText({ group: 'storage', description: "Postgres schema for voxring's tables (created when missing); unset = the server's search_path." }),
  pgliteSharedBuffersBytes: int(128 * KiB, GiB, 8 * MiB, {
    group: 'storage',
    description: 'Embedded PGlite only: Postgres shared_buffers, memory the process keeps resident.',
    docs: 'embedded PGlite only: Postgres `shared_buffers` (instead of the 128 MB initdb writes), memory the process keeps resident (see *Footprint* under *Benchmarks*)',
  }),
  postgresQueryTimeoutMs: int(100, 10 * MINUTE, 10 * SECOND, {
    group: 'storage',
    description: 'A Postgres query or connection attempt not answered in this long fails (and its connection is dropped).',
    docs: 'a Postgres query, or the wait for a pooled connection, not answered in this long fails with `VOX_STORAGE_FAILED` (retryable) and its connection is dropped',
    exceeded:
      'the query fails `VOX_STORAGE_FAILED` (retryable), its connection is dropped; a message\'s end goes on and its header update is retried in the background (tests: `test/e2e/stuck-live-partition.test.ts`, `test/ring-e2e/stuck-live-ring.test.ts`)',
  }),
  storeStartTimeoutMs: int(0, HOUR, MINUTE, {
    group: 'storage',
    description: 'How long start-up keeps trying to reach Postgres (and Redis in a ring) before the router gives up; 0: one try.',
    docs:
      'how long start-up keeps trying to reach Postgres (and, in a ring, Redis: each counted on its own) before the router exits: the port listens at once and `/healthz` / `/readyz` answer 503 `{"status":"starting"}` (other requests and upgrades 503 `VOX_STARTING`); each failed try is logged at warn with its reason (URL passwords hidden), tries 250 ms apart doubling to 5 s, jittered; after it, one line `cannot start: postgres not reachable within storeStartTimeoutMs (…)` and exit 1; 0 = one try',
  }),
  commitIntervalMs: int(1, 1000, 50, { group: 'storage', description: 'Group commit interval of the body store (acks follow it).' }),
  ackIntervalMs: int(0, 10 * SECOND, 50, {
    group: 'storage',
    description: 'Least time between two durability acks to a sender for one message (0: one per commit).',
    docs: 'least time between two durability acks to a sender for one message: durable chunks are acked at most this often (one ack covers all of them), always at once on start, resume and end; 0 = one ack per commit',
  }),
  couchdbUrl: url(['http', 'https'], true, {
    group: 'storage',
    description: 'CouchDB server for bodies (credentials in the URL); unset = bodies on local disk only.',
    docs: 'keep bodies on this CouchDB 3.x (`http(s)://[user:pass@]host:port`, a cluster\'s URL too), the local disk as write-ahead log and cache; unset: local disk only (see *Body storage (CouchDB)*)',
  }),
  couchdbDatabase: text(
    'voxring_bodies',
    { group: 'storage', description: 'CouchDB database of the bodies (created when missing).' },
    // CouchDB's rule for database names.
    { pattern: /^[a-z][a-z0-9_$()+/-]{0,237}$/, accepts: 'match ^[a-z][a-z0-9_$()+/-]*$ (at most 238 characters)' },
  ),
  bodyCacheMaxBytes: int(0, 2 ** 50, 10 * GiB, {
    group: 'storage',
    description: 'Bytes of finished bodies already in CouchDB kept on local disk; least recently used ones past it are evicted.',
  }),
  uploadBlockChunks: int(1, 10_000, 250, { group: 'storage', description: 'Chunks per block uploaded to CouchDB while a message is live (250 × 20 ms = 5 s).' }),
  uploadBacklogMaxBytes: int(KiB, 2 ** 50, GiB, {
    group: 'storage',
    description: 'Bytes waiting for upload to CouchDB above which new talks are refused (VOX_STORAGE_BACKLOG).',
    docs: 'bytes waiting for CouchDB above which new talks are refused with `VOX_STORAGE_BACKLOG`',
  }),

  // messages and their side streams
  retentionMs: int(0, 100 * 365 * DAY, 0, {
    group: 'messages',
    description: 'Default message retention (a conversation may set its own); 0 = keep forever.',
    docs: 'messages older than this are deleted (header `EXPIRED`), unless their conversation sets its own retention; `0` = keep forever',
  }),
  retentionSweepIntervalMs: int(100, DAY, MINUTE, { group: 'messages', description: 'How often each router looks for expired messages.' }),
  liveResumeGraceMs: int(0, HOUR, 30 * SECOND, {
    group: 'messages',
    description: 'How long a live message waits for its disconnected sender to resume before it ends as interrupted.',
  }),
  liveIdleTimeoutMs: int(100, HOUR, 30 * SECOND, {
    group: 'messages',
    description: 'A live message whose connected sender sends nothing (no chunk, end or resume) for this long ends as interrupted.',
    docs: 'a live message whose sender is still connected but sends nothing (no chunk, end or resume) for this long ends as interrupted, its sender told `message_end` `INTERRUPTED` (the same `start_message` resumes it)',
    exceeded:
      'a live message whose connected sender sent nothing for this long ends `INTERRUPTED` with its acked chunks; the sender gets `message_end` `INTERRUPTED` (tests: `test/e2e/stuck-live-partition.test.ts`, `test/ring-e2e/stuck-live-ring.test.ts`)',
  }),
  maxPendingTimelineAppends: int(1, 10_000_000, 10_000, {
    group: 'messages',
    description: 'Timeline events held in memory while the header store refuses them (retried in order); past it new events are dropped.',
    exceeded:
      'timeline events waiting for Postgres (cut off or restarting; they are tried again in order, 250 ms apart doubling to 5 s, and all stored once it is back): past it a new event is dropped, logged at error and counted in `voxring_timeline_events_dropped_total` (test: `test/router/timeline-service.test.ts`)',
  }),
  receiptFlushIntervalMs: int(1, MINUTE, 100, {
    group: 'messages',
    description: 'How often receipts (delivered, heard) waiting in memory are stored, in one statement per flush.',
    docs: 'how long a receipt (delivered, heard) waits before the batch holding it is stored, one statement per batch (see *Heard receipts*)',
  }),
  maxPendingReceipts: int(1, 10_000_000, 10_000, {
    group: 'messages',
    description: 'Receipts waiting to be stored; past it new ones are dropped (counted, logged).',
    exceeded:
      'receipts (delivered, heard) waiting for their batch to be stored (every `receiptFlushIntervalMs`; kept and tried again while Postgres is away): past it a new receipt is dropped and logged at error (test: `test/router/receipt-batcher.test.ts`)',
  }),
  sseHeartbeatMs: int(10, HOUR, 15 * SECOND, {
    group: 'messages',
    description: 'GET /v1/timeline/stream: a `: ping` comment line this often keeps proxies from closing an idle stream.',
    docs: '`GET /v1/timeline/stream`: a `: ping` comment line this often on every stream (so proxies keep it open), and a look at the store for an event no push brought (see *Event stream*)',
  }),
  usageFlushMs: int(10, HOUR, 10 * SECOND, {
    group: 'messages',
    description: 'How often each router adds the per-user usage it counted to the header store (one statement per flush).',
    docs: 'how often each router adds the per-user usage it counted to `usage_daily`, one statement per flush, and once more at shutdown (see *Usage metering*)',
  }),

  // ring
  redisUrl: url(['redis', 'rediss'], true, {
    group: 'ring',
    description: 'Redis for ring membership and hot state; unset = no Redis (static peers or a single router).',
    docs: 'run as a ring member with Redis membership and hot state (`redis://host:port`); see [ring/README.md](ring/README.md)',
  }),
  redisKeyPrefix: text('voxring:', { group: 'ring', description: 'Prefix of every Redis key: one prefix = one ring.' }),
  peers: optionalText({
    group: 'ring',
    description: 'A static ring without Redis: id=publicUrl|linkUrl entries, comma- or space-separated (excludes redisUrl).',
    docs: 'a static ring without Redis: `id=publicUrl\\|linkUrl` entries, comma- or space-separated (excludes `redisUrl`)',
  }),
  linkUrl: url(['ws', 'wss'], true, {
    group: 'ring',
    description: "This router's relay link URL as the other routers reach it.",
    defaultText: 'ws://host:port/v1/link',
  }),
  clusterSecret: secret(16, false, {
    group: 'ring',
    description: 'Shared secret authenticating relay links; required with redisUrl or peers.',
    docs: 'shared secret authenticating relay links; required with `redisUrl` or `peers`',
  }),
  ringVnodes: int(1, 1024, 64, { group: 'ring', description: 'Virtual nodes per router on the hash ring.' }),
  heartbeatTtlMs: int(500, 10 * MINUTE, 5000, { group: 'ring', description: 'Redis membership TTL: a router silent this long leaves the ring.' }),

  // notifications
  notifyUrl: url(['http', 'https'], true, {
    group: 'notify',
    description: 'Webhook POSTed for each new message naming its offline participants; unset = nothing is queued.',
    docs: 'webhook POSTed for each new message naming its offline participants (see *Notifications*); unset: nothing is queued',
  }),
  notifySecret: secret(16, false, {
    group: 'notify',
    description: "HMAC-SHA256 key of the webhook's x-voxring-signature; required with notifyUrl; never logged.",
    docs: "key of the webhook's `x-voxring-signature` (HMAC-SHA256 of the body); required with `notifyUrl`; never logged",
  }),
  notifyMaxAttempts: int(1, 1000, 10, {
    group: 'notify',
    description: 'Tries of one notification, the first included, before it is given up (logged at warn, counted).',
  }),
  notifyQueueMax: int(1, 10_000_000, 10_000, {
    group: 'notify',
    description: 'Notifications waiting in the outbox (all routers of a shared Postgres together) past which new ones are dropped.',
  }),
  notifyTimeoutMs: int(100, 10 * MINUTE, 5000, { group: 'notify', description: 'A webhook request not answered in this long fails (tried again).' }),
  notifyRetryBaseMs: int(10, HOUR, SECOND, {
    group: 'notify',
    description: "Back-off after a notification's first failed try, doubled per try, jittered to 50-100 %.",
  }),
  notifyRetryMaxMs: int(10, DAY, 5 * MINUTE, { group: 'notify', description: 'Longest back-off between two tries (at least notifyRetryBaseMs).' }),
};

/** Every option, flat as flags, env and the config file give them; `limits` are nested by loadConfig. */
export const CONFIG_SCHEMA = v.object({ ...ROUTER_OPTIONS, ...LIMIT_OPTIONS });

/** The limits' own schema (RouterConfig.limits). */
export const LIMITS_SCHEMA = v.object(LIMIT_OPTIONS);

export type ConfigOption = keyof typeof CONFIG_SCHEMA.entries;
export type LimitName = keyof typeof LIMIT_OPTIONS;

/** Every option name in declaration order (the order of `--help` and the README). */
export const CONFIG_OPTIONS: readonly string[] = Object.freeze(Object.keys(CONFIG_SCHEMA.entries));

/** Whether `name` is one of the options (a config file key, say). */
export function isConfigOption(name: string): name is ConfigOption {
  return Object.hasOwn(CONFIG_SCHEMA.entries, name);
}

/** An option's env variable: `maxChunkBytes` → `VOXRING_MAX_CHUNK_BYTES`. */
export function configEnvName(option: string): string {
  return 'VOXRING_' + option.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase();
}

/** An option's `serve` flag without its dashes: `maxChunkBytes` → `max-chunk-bytes`. */
export function configFlagName(option: string): string {
  return option.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

export { CONFIG_META, type OptionGroup, type OptionMeta, type OptionValues, type RegisteredOption } from './config-option-builders.js';
