/**
 * The one place that reads configuration: CLI flags, then VOXRING_* env
 * variables, then defaults. The result is validated and frozen; a bad value
 * fails at start with a message naming the option and its accepted range.
 */
import os from 'node:os';
import path from 'node:path';
import { VoxError } from './errors.js';

export type TransportChoice = 'auto' | 'uws' | 'ws';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Named limits; every one is documented in the README and tested. */
export interface Limits {
  /** Largest WebSocket frame accepted (bytes); larger closes the socket with 1009. */
  maxFrameBytes: number;
  /** Largest Opus packet in one chunk (bytes). */
  maxChunkBytes: number;
  /** Longest voice message (ms of audio); the message is ended when reached. */
  maxMessageDurationMs: number;
  /** Sustained chunks per second per connection (token bucket rate). */
  maxChunksPerSecond: number;
  /** Token bucket size for chunks: allows resending a backlog after reconnect. */
  chunkBurst: number;
  /** Authenticated WebSocket connections per router (connections still authenticating have their own caps). */
  maxConnections: number;
  /** Participants per conversation. */
  maxParticipants: number;
  /** Users one user may block. */
  maxBlocksPerUser: number;
  /** Characters in one text message. */
  maxTextLength: number;
  /** Characters in a location's formatted address (send_location, Zello send_location). */
  maxAddressLength: number;
  /** Bytes of one uploaded picture (POST /v1/conversations/:id/images). */
  maxImageBytes: number;
  /** Voice messages one connection may stream at once. */
  maxLiveMessagesPerConnection: number;
  /** Largest HTTP request body (bytes). */
  maxHttpBodyBytes: number;
  /** Header lines in one HTTP request (upgrades too); more: 431 (ws transport) or closed by uWS itself above 48. */
  maxHttpHeaders: number;
  /** Bytes queued to one slow client before it is disconnected (close 4008). */
  maxBufferedBytes: number;
  /** Time a new connection has to send its hello frame. */
  authTimeoutMs: number;
  /** Bad frames tolerated per connection before it is closed (4000). */
  maxProtocolErrors: number;
  /** Log-in attempts (HTTP and Zello) per client address per authWindowMs; more answer VOX_RATE_LIMITED. */
  loginAttemptsPerAddress: number;
  /** Failed log-ins per username per loginFailureWindowMs, from any address; more answer VOX_RATE_LIMITED. */
  loginFailuresPerUsername: number;
  /** Sign-ups per client address per authWindowMs. */
  signupsPerAddress: number;
  /** Rejected session tokens per client address per authWindowMs; then every token use from it waits. */
  tokenFailuresPerAddress: number;
  /** Window of the per-address limits (login, sign-up, token failures), in ms. */
  authWindowMs: number;
  /** Window of loginFailuresPerUsername, in ms. */
  loginFailureWindowMs: number;
  /** Connections of one client address not yet authenticated (per router); more are refused (429 / close 4029). */
  maxUnauthenticatedPerAddress: number;
  /** Connections not yet authenticated on one router, all addresses together. */
  maxUnauthenticatedConnections: number;
  /** Live sessions (tokens) per user; a log-in past it revokes the oldest. */
  maxSessionsPerUser: number;
  /** Open event streams (GET /v1/timeline/stream) per user on one router; more answer 429. */
  maxEventStreamsPerUser: number;
}

export interface RouterConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Postgres URL; undefined = embedded PGlite in dataDir. */
  postgresUrl: string | undefined;
  /** Embedded PGlite only: Postgres shared_buffers (its memory stays resident). */
  pgliteSharedBuffersBytes: number;
  /** Postgres schema holding voxring's tables; undefined = the server's search_path. */
  postgresSchema: string | undefined;
  transport: TransportChoice;
  routerId: string;
  /** URL printed and handed to clients; derived from host:port when unset. */
  publicUrl: string | undefined;
  logLevel: LogLevel;
  sessionTtlMs: number;
  /** Group commit interval of the body store. */
  commitIntervalMs: number;
  /** Least time between two durability acks to a sender for one message (0: one per commit). */
  ackIntervalMs: number;
  /** CouchDB server for bodies (credentials in the URL); undefined = bodies on local disk only. */
  couchdbUrl: string | undefined;
  /** CouchDB database holding the bodies (created when missing). */
  couchdbDatabase: string;
  /** Bytes of finished, uploaded bodies kept on local disk; least recently used ones past it are evicted. */
  bodyCacheMaxBytes: number;
  /** Chunks per block uploaded to CouchDB while a message is live. */
  uploadBlockChunks: number;
  /** Bytes waiting for upload to CouchDB above which new talks are refused (VOX_STORAGE_BACKLOG). */
  uploadBacklogMaxBytes: number;
  /** Default message retention in ms (a conversation may set its own); 0 = keep forever. */
  retentionMs: number;
  /** How often the retention sweeper looks for expired messages. */
  retentionSweepIntervalMs: number;
  /** How long a live message waits for its disconnected sender to resume. */
  liveResumeGraceMs: number;
  /** A live message whose connected sender sends nothing (no chunk, end or resume) for this long ends as interrupted. */
  liveIdleTimeoutMs: number;
  /** A Postgres query or connection attempt not answered in this long fails (and its connection is dropped). */
  postgresQueryTimeoutMs: number;
  /** Graceful stop (SIGTERM/SIGINT): in a ring, how long live messages may take to move to other routers; the process exits by then anyway. */
  stopTimeoutMs: number;
  /** Send buffer level above which delivery to a connection pauses until drain. */
  sendHighWaterMarkBytes: number;
  idleTimeoutSeconds: number;
  /** Zello door (/zello): WebSocket ping interval; a client silent to a ping for this long is dropped. */
  zelloPingIntervalMs: number;
  /** Redis for ring membership and hot state; undefined = no Redis (static peers or a single router). */
  redisUrl: string | undefined;
  /** Prefix of every Redis key: one prefix = one ring. */
  redisKeyPrefix: string;
  /** Static ring without Redis: `id=publicUrl|linkUrl` entries (ring/static-membership.ts parsePeers). */
  peers: string | undefined;
  /** This router's relay link URL as the others reach it; undefined = its WebSocket URL's origin + /v1/link. */
  linkUrl: string | undefined;
  /** Shared secret authenticating relay links; required when clustered (redisUrl or peers). */
  clusterSecret: string | undefined;
  /** Bearer token for /v1/admin/*; undefined = the admin endpoints answer 403. */
  adminToken: string | undefined;
  /**
   * Behind one reverse proxy that appends the peer it saw to X-Forwarded-For:
   * rate limits key on that last entry instead of the socket's address.
   * Never set it without such a proxy: clients could then pick their own address.
   */
  trustProxy: boolean;
  /** Virtual nodes per router on the hash ring. */
  ringVnodes: number;
  /** Membership heartbeat TTL in Redis: a silent router leaves the ring after it. */
  heartbeatTtlMs: number;
  /** How long start-up keeps trying to reach Postgres (and Redis in a ring) before the router gives up; 0: one try. */
  storeStartTimeoutMs: number;
  /** Timeline events held in memory while the header store refuses them (retried in order); past it new events are dropped. */
  maxPendingTimelineAppends: number;
  /** How often receipts (delivered, heard) waiting in memory are stored, in one statement per flush. */
  receiptFlushIntervalMs: number;
  /** Receipts waiting to be stored; past it new ones are dropped (counted, logged). */
  maxPendingReceipts: number;
  /** Webhook POSTed for each new message to its offline participants; undefined = no notifications (nothing queued). */
  notifyUrl: string | undefined;
  /** HMAC-SHA256 key of the webhook's x-voxring-signature; required with notifyUrl. A secret: never logged. */
  notifySecret: string | undefined;
  /** Tries of one notification (the first included) before it is given up. */
  notifyMaxAttempts: number;
  /** Notifications waiting in the outbox past which new ones are dropped (counted, logged). */
  notifyQueueMax: number;
  /** One webhook request not answered in this long counts as failed (retried). */
  notifyTimeoutMs: number;
  /** Back-off after the first failed try; doubles per try up to notifyRetryMaxMs, jittered. */
  notifyRetryBaseMs: number;
  /** Longest back-off between two tries of one notification. */
  notifyRetryMaxMs: number;
  /** GET /v1/timeline/stream: a `: ping` comment line this often keeps proxies from closing an idle stream. */
  sseHeartbeatMs: number;
  /** How often each router adds the per-user usage it counted to the header store (one statement per flush). */
  usageFlushMs: number;
  limits: Limits;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFrameBytes: 64 * 1024,
  maxChunkBytes: 4000,
  maxMessageDurationMs: 15 * 60 * 1000,
  maxChunksPerSecond: 250,
  chunkBurst: 1500,
  maxConnections: 20_000,
  maxParticipants: 256,
  maxBlocksPerUser: 1000,
  maxTextLength: 4096,
  maxAddressLength: 1024,
  maxImageBytes: 5 * 1024 * 1024,
  maxLiveMessagesPerConnection: 4,
  maxHttpBodyBytes: 64 * 1024,
  // The most uWebSockets.js parses (measured: a 49th header line stalls the request), so both transports agree.
  maxHttpHeaders: 48,
  maxBufferedBytes: 8 * 1024 * 1024,
  authTimeoutMs: 10_000,
  maxProtocolErrors: 50,
  loginAttemptsPerAddress: 20,
  loginFailuresPerUsername: 50,
  signupsPerAddress: 5,
  tokenFailuresPerAddress: 20,
  authWindowMs: 60_000,
  loginFailureWindowMs: 15 * 60_000,
  maxUnauthenticatedPerAddress: 10,
  maxUnauthenticatedConnections: 1000,
  maxSessionsPerUser: 20,
  maxEventStreamsPerUser: 4,
});

interface NumberRule {
  min: number;
  max: number;
}

const LIMIT_RULES: Record<keyof Limits, NumberRule> = {
  maxFrameBytes: { min: 1024, max: 16 * 1024 * 1024 },
  maxChunkBytes: { min: 16, max: 65535 },
  maxMessageDurationMs: { min: 1000, max: 24 * 3600 * 1000 },
  maxChunksPerSecond: { min: 1, max: 100_000 },
  chunkBurst: { min: 1, max: 1_000_000 },
  maxConnections: { min: 1, max: 10_000_000 },
  maxParticipants: { min: 2, max: 100_000 },
  maxBlocksPerUser: { min: 1, max: 100_000 },
  maxTextLength: { min: 1, max: 1_000_000 },
  maxAddressLength: { min: 1, max: 1_000_000 },
  // Bodies are cut in 32 KiB chunks; a picture stays far below what a body or a CouchDB document takes.
  maxImageBytes: { min: 1024, max: 64 * 1024 * 1024 },
  maxLiveMessagesPerConnection: { min: 1, max: 1000 },
  maxHttpBodyBytes: { min: 1024, max: 64 * 1024 * 1024 },
  maxHttpHeaders: { min: 8, max: 2000 },
  maxBufferedBytes: { min: 64 * 1024, max: 1024 * 1024 * 1024 },
  authTimeoutMs: { min: 100, max: 600_000 },
  maxProtocolErrors: { min: 1, max: 1_000_000 },
  loginAttemptsPerAddress: { min: 1, max: 1_000_000 },
  loginFailuresPerUsername: { min: 1, max: 1_000_000 },
  signupsPerAddress: { min: 1, max: 1_000_000 },
  tokenFailuresPerAddress: { min: 1, max: 1_000_000 },
  authWindowMs: { min: 1000, max: 24 * 3600 * 1000 },
  loginFailureWindowMs: { min: 1000, max: 24 * 3600 * 1000 },
  maxUnauthenticatedPerAddress: { min: 1, max: 10_000_000 },
  maxUnauthenticatedConnections: { min: 1, max: 10_000_000 },
  maxSessionsPerUser: { min: 1, max: 10_000 },
  maxEventStreamsPerUser: { min: 1, max: 10_000 },
};

const NUMBER_RULES = {
  port: { min: 0, max: 65535 },
  sessionTtlMs: { min: 1000, max: 365 * 24 * 3600 * 1000 },
  commitIntervalMs: { min: 1, max: 1000 },
  ackIntervalMs: { min: 0, max: 10_000 },
  liveResumeGraceMs: { min: 0, max: 3600_000 },
  liveIdleTimeoutMs: { min: 100, max: 3600_000 },
  postgresQueryTimeoutMs: { min: 100, max: 600_000 },
  stopTimeoutMs: { min: 0, max: 600_000 },
  sendHighWaterMarkBytes: { min: 1024, max: 256 * 1024 * 1024 },
  idleTimeoutSeconds: { min: 0, max: 3600 },
  bodyCacheMaxBytes: { min: 0, max: 2 ** 50 },
  uploadBlockChunks: { min: 1, max: 10_000 },
  uploadBacklogMaxBytes: { min: 1024, max: 2 ** 50 },
  retentionMs: { min: 0, max: 100 * 365 * 24 * 3600 * 1000 },
  retentionSweepIntervalMs: { min: 100, max: 24 * 3600 * 1000 },
  zelloPingIntervalMs: { min: 50, max: 600_000 },
  ringVnodes: { min: 1, max: 1024 },
  heartbeatTtlMs: { min: 500, max: 600_000 },
  storeStartTimeoutMs: { min: 0, max: 3600_000 },
  maxPendingTimelineAppends: { min: 1, max: 10_000_000 },
  pgliteSharedBuffersBytes: { min: 128 * 1024, max: 1024 ** 3 },
  receiptFlushIntervalMs: { min: 1, max: 60_000 },
  maxPendingReceipts: { min: 1, max: 10_000_000 },
  notifyMaxAttempts: { min: 1, max: 1000 },
  notifyQueueMax: { min: 1, max: 10_000_000 },
  notifyTimeoutMs: { min: 100, max: 600_000 },
  notifyRetryBaseMs: { min: 10, max: 3600_000 },
  notifyRetryMaxMs: { min: 10, max: 24 * 3600_000 },
  sseHeartbeatMs: { min: 10, max: 3600_000 },
  usageFlushMs: { min: 10, max: 3_600_000 },
} satisfies Record<string, NumberRule>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const TRANSPORTS: readonly TransportChoice[] = ['auto', 'uws', 'ws'];

/** Raw option values by camelCase name, e.g. from CLI flags. */
export type ConfigInput = Partial<Record<string, string | number | undefined>>;

function envName(option: string): string {
  return 'VOXRING_' + option.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase();
}

function pick(option: string, input: ConfigInput, env: NodeJS.ProcessEnv): string | number | undefined {
  return input[option] ?? env[envName(option)];
}

function parseNumber(option: string, raw: string | number | undefined, fallback: number, rule: NumberRule): number {
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
    throw new VoxError(
      'VOX_CONFIG_INVALID',
      `config ${option} (${envName(option)}) must be an integer in ${rule.min}..${rule.max}, got ${String(raw)}`,
    );
  }
  return value;
}

function parseChoice<T extends string>(option: string, raw: string | number | undefined, fallback: T, choices: readonly T[]): T {
  if (raw === undefined || raw === '') return fallback;
  const value = String(raw) as T;
  if (!choices.includes(value)) {
    throw new VoxError('VOX_CONFIG_INVALID', `config ${option} must be one of ${choices.join(', ')}, got ${value}`);
  }
  return value;
}

function optionalString(raw: string | number | undefined): string | undefined {
  return raw === undefined || raw === '' ? undefined : String(raw);
}

/** Builds the frozen router config. `env` is passed in so tests never touch process.env. */
export function loadConfig(input: ConfigInput = {}, env: NodeJS.ProcessEnv = {}): Readonly<RouterConfig> {
  const limits = {} as Limits;
  for (const key of Object.keys(LIMIT_RULES) as (keyof Limits)[]) {
    limits[key] = parseNumber(key, pick(key, input, env), DEFAULT_LIMITS[key], LIMIT_RULES[key]);
  }
  const host = optionalString(pick('host', input, env)) ?? '127.0.0.1';
  const port = parseNumber('port', pick('port', input, env), 7400, NUMBER_RULES.port);
  const postgresUrl = optionalString(pick('postgresUrl', input, env));
  if (postgresUrl !== undefined && !/^postgres(ql)?:\/\//.test(postgresUrl)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config postgresUrl must start with postgres:// or postgresql://');
  }
  const couchdbUrl = optionalString(pick('couchdbUrl', input, env));
  if (couchdbUrl !== undefined && !/^https?:\/\/[^/]/.test(couchdbUrl)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config couchdbUrl must start with http:// or https://');
  }
  const couchdbDatabase = optionalString(pick('couchdbDatabase', input, env)) ?? 'voxring_bodies';
  // CouchDB's rule for database names.
  if (!/^[a-z][a-z0-9_$()+/-]{0,237}$/.test(couchdbDatabase)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config couchdbDatabase must match ^[a-z][a-z0-9_$()+/-]*$ (at most 238 characters)');
  }
  const config: RouterConfig = {
    host,
    port,
    dataDir: path.resolve(optionalString(pick('dataDir', input, env)) ?? '.data'),
    postgresUrl,
    postgresSchema: optionalString(pick('postgresSchema', input, env)),
    pgliteSharedBuffersBytes: parseNumber(
      'pgliteSharedBuffersBytes',
      pick('pgliteSharedBuffersBytes', input, env),
      8 * 1024 ** 2,
      NUMBER_RULES.pgliteSharedBuffersBytes,
    ),
    transport: parseChoice('transport', pick('transport', input, env), 'auto', TRANSPORTS),
    routerId: optionalString(pick('routerId', input, env)) ?? `${os.hostname()}-${process.pid}`,
    publicUrl: optionalString(pick('publicUrl', input, env)),
    logLevel: parseChoice('logLevel', pick('logLevel', input, env), 'info', LOG_LEVELS),
    sessionTtlMs: parseNumber('sessionTtlMs', pick('sessionTtlMs', input, env), 30 * 24 * 3600 * 1000, NUMBER_RULES.sessionTtlMs),
    commitIntervalMs: parseNumber('commitIntervalMs', pick('commitIntervalMs', input, env), 50, NUMBER_RULES.commitIntervalMs),
    ackIntervalMs: parseNumber('ackIntervalMs', pick('ackIntervalMs', input, env), 50, NUMBER_RULES.ackIntervalMs),
    couchdbUrl,
    couchdbDatabase,
    bodyCacheMaxBytes: parseNumber('bodyCacheMaxBytes', pick('bodyCacheMaxBytes', input, env), 10 * 1024 ** 3, NUMBER_RULES.bodyCacheMaxBytes),
    uploadBlockChunks: parseNumber('uploadBlockChunks', pick('uploadBlockChunks', input, env), 250, NUMBER_RULES.uploadBlockChunks),
    uploadBacklogMaxBytes: parseNumber('uploadBacklogMaxBytes', pick('uploadBacklogMaxBytes', input, env), 1024 ** 3, NUMBER_RULES.uploadBacklogMaxBytes),
    retentionMs: parseNumber('retentionMs', pick('retentionMs', input, env), 0, NUMBER_RULES.retentionMs),
    retentionSweepIntervalMs: parseNumber('retentionSweepIntervalMs', pick('retentionSweepIntervalMs', input, env), 60_000, NUMBER_RULES.retentionSweepIntervalMs),
    liveResumeGraceMs: parseNumber('liveResumeGraceMs', pick('liveResumeGraceMs', input, env), 30_000, NUMBER_RULES.liveResumeGraceMs),
    liveIdleTimeoutMs: parseNumber('liveIdleTimeoutMs', pick('liveIdleTimeoutMs', input, env), 30_000, NUMBER_RULES.liveIdleTimeoutMs),
    postgresQueryTimeoutMs: parseNumber('postgresQueryTimeoutMs', pick('postgresQueryTimeoutMs', input, env), 10_000, NUMBER_RULES.postgresQueryTimeoutMs),
    stopTimeoutMs: parseNumber('stopTimeoutMs', pick('stopTimeoutMs', input, env), 15_000, NUMBER_RULES.stopTimeoutMs),
    sendHighWaterMarkBytes: parseNumber('sendHighWaterMarkBytes', pick('sendHighWaterMarkBytes', input, env), 256 * 1024, NUMBER_RULES.sendHighWaterMarkBytes),
    idleTimeoutSeconds: parseNumber('idleTimeoutSeconds', pick('idleTimeoutSeconds', input, env), 120, NUMBER_RULES.idleTimeoutSeconds),
    zelloPingIntervalMs: parseNumber('zelloPingIntervalMs', pick('zelloPingIntervalMs', input, env), 30_000, NUMBER_RULES.zelloPingIntervalMs),
    redisUrl: optionalString(pick('redisUrl', input, env)),
    redisKeyPrefix: optionalString(pick('redisKeyPrefix', input, env)) ?? 'voxring:',
    peers: optionalString(pick('peers', input, env)),
    linkUrl: optionalString(pick('linkUrl', input, env)),
    clusterSecret: optionalString(pick('clusterSecret', input, env)),
    adminToken: optionalString(pick('adminToken', input, env)),
    trustProxy: parseChoice('trustProxy', pick('trustProxy', input, env), 'false', ['true', 'false']) === 'true',
    ringVnodes: parseNumber('ringVnodes', pick('ringVnodes', input, env), 64, NUMBER_RULES.ringVnodes),
    heartbeatTtlMs: parseNumber('heartbeatTtlMs', pick('heartbeatTtlMs', input, env), 5000, NUMBER_RULES.heartbeatTtlMs),
    storeStartTimeoutMs: parseNumber('storeStartTimeoutMs', pick('storeStartTimeoutMs', input, env), 60_000, NUMBER_RULES.storeStartTimeoutMs),
    maxPendingTimelineAppends: parseNumber(
      'maxPendingTimelineAppends',
      pick('maxPendingTimelineAppends', input, env),
      10_000,
      NUMBER_RULES.maxPendingTimelineAppends,
    ),
    receiptFlushIntervalMs: parseNumber(
      'receiptFlushIntervalMs',
      pick('receiptFlushIntervalMs', input, env),
      100,
      NUMBER_RULES.receiptFlushIntervalMs,
    ),
    maxPendingReceipts: parseNumber('maxPendingReceipts', pick('maxPendingReceipts', input, env), 10_000, NUMBER_RULES.maxPendingReceipts),
    ...notifyOptions(input, env),
    sseHeartbeatMs: parseNumber('sseHeartbeatMs', pick('sseHeartbeatMs', input, env), 15_000, NUMBER_RULES.sseHeartbeatMs),
    usageFlushMs: parseNumber('usageFlushMs', pick('usageFlushMs', input, env), 10_000, NUMBER_RULES.usageFlushMs),
    limits: Object.freeze(limits),
  };
  checkRingConfig(config);
  checkNotifyConfig(config);
  if (config.idleTimeoutSeconds > 0 && config.idleTimeoutSeconds < 8) {
    // uWebSockets.js aborts the process for idle timeouts of 1-7 s.
    throw new VoxError('VOX_CONFIG_INVALID', 'config idleTimeoutSeconds must be 0 (off) or in 8..3600');
  }
  if (config.limits.maxChunkBytes + 256 > config.limits.maxFrameBytes) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config maxChunkBytes must be at least 256 bytes below maxFrameBytes');
  }
  return Object.freeze(config);
}

/** Whether this router is one of a ring (Redis membership or a static peer list). */
export function isClustered(config: Readonly<RouterConfig>): boolean {
  return config.redisUrl !== undefined || config.peers !== undefined;
}

function checkRingConfig(config: RouterConfig): void {
  if (config.redisUrl !== undefined && !/^rediss?:\/\/[^/]/.test(config.redisUrl)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config redisUrl must start with redis:// or rediss://');
  }
  if (config.redisUrl !== undefined && config.peers !== undefined) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config redisUrl and peers exclude each other: Redis membership or a static list');
  }
  if (config.linkUrl !== undefined && !/^wss?:\/\/[^/]/.test(config.linkUrl)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config linkUrl must start with ws:// or wss://');
  }
  if (isClustered(config) && (config.clusterSecret === undefined || config.clusterSecret.length < 16)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config clusterSecret (at least 16 characters) is required with redisUrl or peers');
  }
  if (config.adminToken !== undefined && (config.adminToken.length < 16 || /\s/.test(config.adminToken))) {
    // It travels as an HTTP bearer token, which cannot hold white space.
    throw new VoxError('VOX_CONFIG_INVALID', 'config adminToken must be at least 16 characters without white space');
  }
}

type NotifyOptions = Pick<
  RouterConfig,
  'notifyUrl' | 'notifySecret' | 'notifyMaxAttempts' | 'notifyQueueMax' | 'notifyTimeoutMs' | 'notifyRetryBaseMs' | 'notifyRetryMaxMs'
>;

function notifyOptions(input: ConfigInput, env: NodeJS.ProcessEnv): NotifyOptions {
  const num = (option: keyof typeof NUMBER_RULES, fallback: number): number => parseNumber(option, pick(option, input, env), fallback, NUMBER_RULES[option]);
  return {
    notifyUrl: optionalString(pick('notifyUrl', input, env)),
    notifySecret: optionalString(pick('notifySecret', input, env)),
    notifyMaxAttempts: num('notifyMaxAttempts', 10),
    notifyQueueMax: num('notifyQueueMax', 10_000),
    notifyTimeoutMs: num('notifyTimeoutMs', 5000),
    notifyRetryBaseMs: num('notifyRetryBaseMs', 1000),
    notifyRetryMaxMs: num('notifyRetryMaxMs', 300_000),
  };
}

/** The messages name the options, never the secret's value. */
function checkNotifyConfig(config: RouterConfig): void {
  if (config.notifyUrl !== undefined && !/^https?:\/\/[^/]/.test(config.notifyUrl)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config notifyUrl must start with http:// or https://');
  }
  if (config.notifyUrl !== undefined && (config.notifySecret === undefined || config.notifySecret.length < 16)) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config notifySecret (at least 16 characters) is required with notifyUrl');
  }
  if (config.notifyRetryMaxMs < config.notifyRetryBaseMs) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config notifyRetryMaxMs must be at least notifyRetryBaseMs');
  }
}

/** Every option name, for the CLI's --help and the README. */
export const CONFIG_OPTIONS = [
  'host', 'port', 'dataDir', 'postgresUrl', 'postgresSchema', 'couchdbUrl', 'couchdbDatabase', 'transport', 'routerId', 'publicUrl', 'logLevel',
  'redisUrl', 'redisKeyPrefix', 'peers', 'linkUrl', 'clusterSecret', 'adminToken', 'trustProxy',
  'notifyUrl', 'notifySecret',
  ...Object.keys(NUMBER_RULES).filter((k) => k !== 'port'),
  ...Object.keys(LIMIT_RULES),
] as const;

export { envName as configEnvName };
