/**
 * RedisHotState: HotState shared by every router of a ring through Redis.
 *
 * Keys (P = keyPrefix):
 *   P spk:<conversation>    ZSET messageId → startedAtMs   } speakers; both expire
 *   P spkd:<conversation>   HASH messageId → JSON SpeakerEntry  } speakersTtlMs after the last add
 *   P unread:<user>         HASH conversationId → count
 *   P live                  HASH messageId → JSON LiveEntry
 *   P liveon:<router>       ZSET messageId → startedAtMs (the index failover reads)
 *   P hdr:<conversation>    ZSET messageId → startedAtMs   } recent headers; both expire
 *   P hdrd:<conversation>   HASH messageId → JSON header   } recentHeadersTtlMs after the last put
 *   P online:<user>         ZSET routerId → until (ms, Redis clock); expires with its latest mark
 *
 * Each operation that changes several keys is one Lua script or one MULTI,
 * so other routers never see half of it; every read is bounded by a cap.
 * When Redis cannot answer (down, restarting, timeout) a call rejects with
 * VoxError VOX_STORAGE_FAILED (retryable) and never hangs: the connection
 * has no offline queue. The state change (degraded / recovered) is logged
 * once. Single Redis, not Redis Cluster: scripts touch computed keys.
 */
import type { Redis } from 'ioredis';
import { isVoxError, VoxError } from '../common/errors.js';
import type { ConversationId, MessageId, RouterId, UserId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import {
  checkInteger,
  checkTime,
  MAX_UNREAD_INCREMENT,
  ONLINE_TTL_MAX_MS,
  resolveHotStateLimits,
  unreadBatch,
} from './hot-state-checks.js';
import type { HotState, HotStateLimits, LiveEntry, CachedHeader, SpeakerEntry } from './hot-state.js';
import { LuaScript } from '../common/lua-script.js';
import { openRedis } from '../common/redis-connection.js';

/** Options for createRedisHotState. */
export interface RedisHotStateOptions {
  url: string;
  /** Prepended to every key; default "voxring:". Tests use a unique one each. */
  keyPrefix?: string;
  logger: Logger;
  limits?: Partial<HotStateLimits>;
  /** Wait for the first connection; default 5000 ms. */
  connectTimeoutMs?: number;
  /** A call without a reply after this long rejects; default 1000 ms. */
  commandTimeoutMs?: number;
}

/** Lua: upsert into a capped, expiring (ZSET order, HASH data) pair; drops the lowest beyond the cap. */
const CAPPED_PUT = new LuaScript(
  `
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
if excess > 0 then
  local old = redis.call('ZRANGE', KEYS[1], 0, excess - 1)
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1)
  redis.call('HDEL', KEYS[2], unpack(old))
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return 1
`,
  2,
);

/** Lua: remove one member of a (ZSET, HASH) pair; returns 1 when it was there. */
const PAIR_REMOVE = new LuaScript(
  `
redis.call('HDEL', KEYS[2], ARGV[1])
return redis.call('ZREM', KEYS[1], ARGV[1])
`,
  2,
);

/** Lua: the data of a (ZSET, HASH) pair in ZSET order; ARGV[1] = 1 for descending; ARGV[2] = how many. */
const PAIR_READ = new LuaScript(
  `
local ids
if ARGV[1] == '1' then
  ids = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1, 'REV')
else
  ids = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
end
if #ids == 0 then return {} end
return redis.call('HMGET', KEYS[2], unpack(ids))
`,
  2,
);

/** Lua: index a live message under its router, moving it from the previous router. ARGV: id, json, liveon prefix, router, score. */
const LIVE_SET = new LuaScript(
  `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old then
  local ok, entry = pcall(cjson.decode, old)
  if ok and type(entry) == 'table' and entry.routerId ~= ARGV[4] then
    redis.call('ZREM', ARGV[3] .. tostring(entry.routerId), ARGV[1])
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', ARGV[3] .. ARGV[4], ARGV[5], ARGV[1])
return 1
`,
  1,
);

/** Lua: remove a live message from the index. ARGV: id, liveon prefix. */
const LIVE_REMOVE = new LuaScript(
  `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if not old then return 0 end
local ok, entry = pcall(cjson.decode, old)
if ok and type(entry) == 'table' then redis.call('ZREM', ARGV[2] .. tostring(entry.routerId), ARGV[1]) end
redis.call('HDEL', KEYS[1], ARGV[1])
return 1
`,
  1,
);

/**
 * Lua: the keys ARGV[3..] (users' routers, computed keys as LIVE_SET's) get
 * ARGV[1] (a router) until the Redis clock + ARGV[2] ms: one clock for every
 * router, whatever theirs say.
 */
const ONLINE_MARK = new LuaScript(
  `
local t = redis.call('TIME')
local ttl = tonumber(ARGV[2])
local till = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + ttl
for i = 3, #ARGV do
  redis.call('ZADD', ARGV[i], till, ARGV[1])
  if redis.call('PTTL', ARGV[i]) < ttl then redis.call('PEXPIRE', ARGV[i], ttl) end
end
return 1
`,
  0,
);

/** Lua: 1 or 0 per key in ARGV: whether some router's mark is still in the future (Redis clock). */
const ONLINE_READ = new LuaScript(
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local out = {}
for i = 1, #ARGV do
  out[i] = redis.call('ZCOUNT', ARGV[i], '(' .. now, '+inf') > 0 and 1 or 0
end
return out
`,
  0,
);

/** Users per online script call: a bounded number of keys each. */
const ONLINE_BATCH = 1000;

/** Connects and returns the store; rejects with VOX_STORAGE_FAILED when Redis is unreachable at start. */
export async function createRedisHotState(options: RedisHotStateOptions): Promise<RedisHotState> {
  const limits = resolveHotStateLimits(options.limits);
  const logger = options.logger.child({ component: 'hot-state' });
  const redis = await openRedis({
    url: options.url,
    name: 'voxring-hot-state',
    logger,
    connectTimeoutMs: options.connectTimeoutMs,
    commandTimeoutMs: options.commandTimeoutMs ?? 1000,
  });
  return new RedisHotState(redis, options.keyPrefix ?? 'voxring:', limits, logger);
}

/** HotState in Redis; build it with createRedisHotState. */
export class RedisHotState implements HotState {
  readonly #redis: Redis;
  readonly #p: string;
  readonly #logger: Logger;
  #degraded = false;
  #closed = false;

  constructor(
    redis: Redis,
    keyPrefix: string,
    readonly limits: Readonly<HotStateLimits>,
    logger: Logger,
  ) {
    this.#redis = redis;
    this.#p = keyPrefix;
    this.#logger = logger;
  }

  addSpeaker(conversationId: ConversationId, speaker: SpeakerEntry): Promise<void> {
    return this.#run('addSpeaker', async (redis) => {
      checkTime('startedAtMs', speaker.startedAtMs);
      const json = JSON.stringify({
        messageId: speaker.messageId,
        userId: speaker.userId,
        startedAtMs: speaker.startedAtMs,
      });
      await CAPPED_PUT.run(redis, this.#speakerKeys(conversationId), [
        speaker.messageId,
        speaker.startedAtMs,
        json,
        this.limits.maxSpeakersPerConversation,
        this.limits.speakersTtlMs,
      ]);
    });
  }

  removeSpeaker(conversationId: ConversationId, messageId: MessageId): Promise<boolean> {
    return this.#run(
      'removeSpeaker',
      async (redis) =>
        (await PAIR_REMOVE.run(redis, this.#speakerKeys(conversationId), [messageId])) === 1,
    );
  }

  speakers(conversationId: ConversationId): Promise<SpeakerEntry[]> {
    return this.#run('speakers', async (redis) =>
      parseAll<SpeakerEntry>(
        await PAIR_READ.run(redis, this.#speakerKeys(conversationId), [
          0,
          this.limits.maxSpeakersPerConversation,
        ]),
      ),
    );
  }

  incrementUnread(
    conversationId: ConversationId,
    userIds: readonly UserId[],
    by = 1,
  ): Promise<void> {
    return this.#run('incrementUnread', async (redis) => {
      checkInteger('by', by, 1, MAX_UNREAD_INCREMENT);
      const users = unreadBatch(userIds, this.limits);
      if (users.length === 0) return;
      // MULTI: every user's count moves, or none does.
      const multi = redis.multi();
      for (const userId of users) multi.hincrby(this.#unreadKey(userId), conversationId, by);
      checkExec(await multi.exec());
    });
  }

  unreadCount(userId: UserId, conversationId: ConversationId): Promise<number> {
    return this.#run('unreadCount', async (redis) =>
      toCount(await redis.hget(this.#unreadKey(userId), conversationId)),
    );
  }

  unreadCounts(userId: UserId): Promise<Map<ConversationId, number>> {
    return this.#run('unreadCounts', async (redis) => {
      const all = await redis.hgetall(this.#unreadKey(userId));
      const counts = new Map<ConversationId, number>();
      for (const [conversationId, value] of Object.entries(all)) {
        const n = toCount(value);
        if (n > 0) counts.set(conversationId as ConversationId, n);
      }
      return counts;
    });
  }

  resetUnread(userId: UserId, conversationId: ConversationId): Promise<void> {
    return this.#run('resetUnread', async (redis) => {
      await redis.hdel(this.#unreadKey(userId), conversationId);
    });
  }

  setLive(entry: LiveEntry): Promise<void> {
    return this.#run('setLive', async (redis) => {
      checkTime('startedAtMs', entry.startedAtMs);
      const json = JSON.stringify({
        messageId: entry.messageId,
        conversationId: entry.conversationId,
        senderId: entry.senderId,
        routerId: entry.routerId,
        startedAtMs: entry.startedAtMs,
      });
      await LIVE_SET.run(
        redis,
        [this.#liveKey()],
        [entry.messageId, json, `${this.#p}liveon:`, entry.routerId, entry.startedAtMs],
      );
    });
  }

  getLive(messageId: MessageId): Promise<LiveEntry | undefined> {
    return this.#run('getLive', async (redis) =>
      parseOne<LiveEntry>(await redis.hget(this.#liveKey(), messageId)),
    );
  }

  removeLive(messageId: MessageId): Promise<boolean> {
    return this.#run(
      'removeLive',
      async (redis) =>
        (await LIVE_REMOVE.run(redis, [this.#liveKey()], [messageId, `${this.#p}liveon:`])) === 1,
    );
  }

  liveOnRouter(routerId: RouterId): Promise<LiveEntry[]> {
    return this.#run('liveOnRouter', async (redis) => {
      // Bounded by how many messages one router can have live; read in pages so no reply is huge.
      const entries: LiveEntry[] = [];
      const page = 500;
      for (let start = 0; ; start += page) {
        const ids = await redis.zrange(
          this.#liveOnKey(routerId),
          String(start),
          String(start + page - 1),
        );
        if (ids.length === 0) break;
        entries.push(...parseAll<LiveEntry>(await redis.hmget(this.#liveKey(), ...ids)));
        if (ids.length < page) break;
      }
      return entries;
    });
  }

  markOnline(routerId: RouterId, userIds: readonly UserId[], ttlMs: number): Promise<void> {
    return this.#run('markOnline', async (redis) => {
      checkInteger('ttlMs', ttlMs, 1, ONLINE_TTL_MAX_MS);
      for (const batch of batches([...new Set(userIds)], ONLINE_BATCH)) {
        await ONLINE_MARK.run(redis, [], [routerId, ttlMs, ...batch.map((u) => this.#onlineKey(u))]);
      }
    });
  }

  markOffline(routerId: RouterId, userIds: readonly UserId[]): Promise<void> {
    return this.#run('markOffline', async (redis) => {
      for (const batch of batches([...new Set(userIds)], ONLINE_BATCH)) {
        const pipeline = redis.pipeline();
        for (const userId of batch) pipeline.zrem(this.#onlineKey(userId), routerId);
        checkExec(await pipeline.exec());
      }
    });
  }

  onlineAmong(userIds: readonly UserId[]): Promise<Set<UserId>> {
    return this.#run('onlineAmong', async (redis) => {
      const online = new Set<UserId>();
      for (const batch of batches([...new Set(userIds)], ONLINE_BATCH)) {
        const flags = await ONLINE_READ.run(redis, [], batch.map((u) => this.#onlineKey(u)));
        if (Array.isArray(flags)) batch.forEach((userId, i) => flags[i] === 1 && online.add(userId));
      }
      return online;
    });
  }

  putHeader(header: CachedHeader): Promise<void> {
    return this.#run('putHeader', async (redis) => {
      checkTime('startedAtMs', header.startedAtMs);
      await CAPPED_PUT.run(redis, this.#headerKeys(header.conversationId), [
        header.id,
        header.startedAtMs,
        JSON.stringify(header),
        this.limits.recentHeadersCap,
        this.limits.recentHeadersTtlMs,
      ]);
    });
  }

  recentHeaders(
    conversationId: ConversationId,
    limit = this.limits.recentHeadersCap,
  ): Promise<CachedHeader[]> {
    return this.#run('recentHeaders', async (redis) => {
      checkInteger('limit', limit, 1, this.limits.recentHeadersCap);
      return parseAll<CachedHeader>(
        await PAIR_READ.run(redis, this.#headerKeys(conversationId), [1, limit]),
      );
    });
  }

  evictHeaders(conversationId: ConversationId): Promise<void> {
    return this.#run('evictHeaders', async (redis) => {
      await redis.del(...this.#headerKeys(conversationId));
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#redis.disconnect();
  }

  /**
   * Runs one operation: argument errors pass through as they are (VOX_BAD_REQUEST),
   * anything from Redis becomes VOX_STORAGE_FAILED; tracks degraded state.
   */
  async #run<T>(op: string, fn: (redis: Redis) => Promise<T>): Promise<T> {
    if (this.#closed) throw new VoxError('VOX_SHUTTING_DOWN', 'hot state is closed');
    let result: T;
    try {
      result = await fn(this.#redis);
    } catch (err) {
      if (isVoxError(err)) throw err;
      this.#setDegraded(true, op, err);
      throw new VoxError('VOX_STORAGE_FAILED', `hot state: ${op} failed (redis)`, { cause: err });
    }
    this.#setDegraded(false, op);
    return result;
  }

  #setDegraded(degraded: boolean, op: string, err?: unknown): void {
    if (degraded === this.#degraded) return;
    this.#degraded = degraded;
    if (degraded) this.#logger.warn({ err, op }, 'hot state degraded: redis unavailable');
    else this.#logger.info({ op }, 'hot state recovered: redis available again');
  }

  #speakerKeys(conversationId: ConversationId): [string, string] {
    return [`${this.#p}spk:${conversationId}`, `${this.#p}spkd:${conversationId}`];
  }

  #headerKeys(conversationId: ConversationId): [string, string] {
    return [`${this.#p}hdr:${conversationId}`, `${this.#p}hdrd:${conversationId}`];
  }

  #unreadKey(userId: UserId): string {
    return `${this.#p}unread:${userId}`;
  }

  #onlineKey(userId: UserId): string {
    return `${this.#p}online:${userId}`;
  }

  #liveKey(): string {
    return `${this.#p}live`;
  }

  #liveOnKey(routerId: RouterId): string {
    return `${this.#p}liveon:${routerId}`;
  }
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function parseOne<T>(value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
}

/** Parses a list of JSON values, skipping holes and anything unparsable. */
function parseAll<T>(values: unknown): T[] {
  if (!Array.isArray(values)) return [];
  const out: T[] = [];
  for (const value of values) {
    const parsed = parseOne<T>(value);
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

function toCount(value: string | null | undefined): number {
  const n = value == null ? 0 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** exec() resolves null when the transaction was aborted, and with per-command errors. */
function checkExec(results: [Error | null, unknown][] | null): void {
  if (results === null) throw new Error('redis transaction aborted');
  for (const [err] of results) if (err) throw err;
}
