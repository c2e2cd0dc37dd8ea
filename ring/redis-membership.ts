/**
 * RedisMembership: routers register themselves in Redis with a heartbeat TTL
 * and watch each other through pub/sub plus a periodic rescan.
 *
 * Keys (P = keyPrefix):
 *   P routers:<id>   JSON RouterInfo, PX ttlMs, rewritten every heartbeatMs
 *   P routers        SET of registered ids (an index, so a rescan never SCANs the keyspace)
 *   P ring           pub/sub channel: {"type":"join"|"update"|"leave","id":…}
 *
 * Invariants:
 * - A heartbeat writes the key, indexes the id and, when the stored value was
 *   missing or different, publishes join/update, all in one Lua script; so a
 *   watcher that receives the message and then reads sees the new value.
 *   Re-registration after a Redis restart is therefore just the next heartbeat.
 * - Watchers rebuild from Redis on every message (they never trust the
 *   payload) and also every scanIntervalMs, which needs no keyspace
 *   notifications: a router whose heartbeat stopped leaves within
 *   ttlMs + scanIntervalMs, with no message at all.
 * - Self is always a member, with the local (authoritative) info.
 * - While Redis is unreachable the last known list is kept (degraded, logged
 *   once per state change). After Redis returns, departures are held back for
 *   ttlMs + one reconnect delay, so routers still reconnecting re-register first.
 * Single Redis (or a primary), not Redis Cluster: scripts touch computed keys.
 */
import type { Redis } from 'ioredis';
import { VoxError } from '../common/errors.js';
import type { RouterId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { MemberTable } from './member-table.js';
import type { Membership, MembershipListener, MembershipStatus } from './membership.js';
import { openRedis, RECONNECT_MAX_DELAY_MS } from '../common/redis-connection.js';
import { assertRouterInfo, parseRouterInfo, type RouterInfo } from './router-info.js';

/** Options for RedisMembership. */
export interface RedisMembershipOptions {
  url: string;
  /** Prepended to every key and the channel; default "voxring:". One prefix = one ring. */
  keyPrefix?: string;
  self: RouterInfo;
  logger: Logger;
  /** Lifetime of a registration without heartbeat; default 5000 ms, 300..600 000. */
  ttlMs?: number;
  /** Heartbeat period; default ttlMs / 3, at most ttlMs / 2. */
  heartbeatMs?: number;
  /** Full rescan period; default 1000 ms, 50..600 000. */
  scanIntervalMs?: number;
  /** Wait for the first connection in start(); default 5000 ms. */
  connectTimeoutMs?: number;
}

export const DEFAULT_MEMBERSHIP_TTL_MS = 5000;
export const DEFAULT_SCAN_INTERVAL_MS = 1000;

/** Lua: register/refresh; returns "join", "update" or nil (unchanged). */
const HEARTBEAT_SCRIPT = `
local old = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SADD', KEYS[2], ARGV[3])
if old == ARGV[1] then return false end
local kind = 'update'
if not old then kind = 'join' end
redis.call('PUBLISH', ARGV[4], cjson.encode({type = kind, id = ARGV[3]}))
return kind
`;

/** Lua: deregister only our own incarnation (a restarted router with the same id may own the key now). */
const LEAVE_SCRIPT = `
local old = redis.call('GET', KEYS[1])
if old then
  local ok, info = pcall(cjson.decode, old)
  if ok and type(info) == 'table' and info.startedAtMs ~= tonumber(ARGV[2]) then return 0 end
  redis.call('DEL', KEYS[1])
end
redis.call('SREM', KEYS[2], ARGV[1])
redis.call('PUBLISH', ARGV[3], cjson.encode({type = 'leave', id = ARGV[1]}))
return 1
`;

/** Lua: drop an index entry whose registration expired (unless it came back meanwhile). */
const PRUNE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return redis.call('SREM', KEYS[2], ARGV[1]) end
return 0
`;

/** Membership shared through Redis. */
export class RedisMembership implements Membership {
  readonly selfId: RouterId;
  readonly ttlMs: number;
  readonly heartbeatMs: number;
  readonly scanIntervalMs: number;
  readonly #options: RedisMembershipOptions;
  readonly #logger: Logger;
  readonly #table: MemberTable;
  readonly #prefix: string;
  readonly #channel: string;
  readonly #indexKey: string;
  #self: RouterInfo;
  #redis: Redis | undefined;
  #subscriber: Redis | undefined;
  #timers: NodeJS.Timeout[] = [];
  #starting: Promise<void> | undefined;
  #closing: Promise<void> | undefined;
  #degraded = false;
  #sinceMs = Date.now();
  /** Until then a rescan may add and update members but not remove them. */
  #holdDeparturesUntilMs = 0;
  #heartbeating = false;
  #scan: { running: Promise<void>; again: boolean } | undefined;

  constructor(options: RedisMembershipOptions) {
    assertRouterInfo(options.self, 'membership self');
    this.#options = options;
    this.selfId = options.self.id;
    this.#self = { ...options.self };
    this.ttlMs = checkInt('ttlMs', options.ttlMs ?? DEFAULT_MEMBERSHIP_TTL_MS, 300, 600_000);
    this.heartbeatMs = checkInt(
      'heartbeatMs',
      options.heartbeatMs ?? Math.floor(this.ttlMs / 3),
      50,
      Math.floor(this.ttlMs / 2),
    );
    this.scanIntervalMs = checkInt(
      'scanIntervalMs',
      options.scanIntervalMs ?? DEFAULT_SCAN_INTERVAL_MS,
      50,
      600_000,
    );
    this.#prefix = options.keyPrefix ?? 'voxring:';
    this.#channel = `${this.#prefix}ring`;
    this.#indexKey = `${this.#prefix}routers`;
    this.#logger = options.logger.child({ component: 'membership' });
    this.#table = new MemberTable(this.#logger);
    this.#table.replace([this.#self]);
  }

  start(): Promise<void> {
    this.#starting ??= this.#start();
    return this.#starting;
  }

  async #start(): Promise<void> {
    if (this.#closing) throw new VoxError('VOX_SHUTTING_DOWN', 'membership is closed');
    const base = {
      url: this.#options.url,
      logger: this.#logger,
      connectTimeoutMs: this.#options.connectTimeoutMs,
    };
    const redis = await openRedis({ ...base, name: `voxring-membership-${this.selfId}` });
    this.#redis = redis;
    let subscriber: Redis;
    try {
      subscriber = await openRedis({ ...base, name: `voxring-watch-${this.selfId}` });
    } catch (err) {
      redis.disconnect();
      throw err;
    }
    this.#subscriber = subscriber;
    if (this.#closing) return this.#disconnect();
    subscriber.on('message', (channel: string, message: string) =>
      this.#onMessage(channel, message),
    );
    try {
      await subscriber.subscribe(this.#channel);
      // Subscribe first, then register and scan: no change can fall between the two.
      await this.#heartbeatNow();
      await this.#rescan();
    } catch (err) {
      this.#disconnect();
      throw new VoxError('VOX_STORAGE_FAILED', 'membership: cannot register in redis', {
        cause: err,
      });
    }
    // After a reconnect: re-register at once (the data may be gone) and catch up on missed messages.
    redis.on('ready', () => void this.#heartbeat());
    subscriber.on('ready', () => this.#requestScan());
    this.#timers.push(
      setInterval(() => void this.#heartbeat(), this.heartbeatMs),
      setInterval(() => this.#requestScan(), this.scanIntervalMs),
    );
  }

  members(): RouterInfo[] {
    return this.#table.list();
  }

  onChange(listener: MembershipListener): () => void {
    return this.#table.onChange(listener);
  }

  /** Applies locally at once; published with the next successful heartbeat (at once when Redis is up). */
  async setDraining(draining: boolean): Promise<void> {
    if (this.#closing) throw new VoxError('VOX_SHUTTING_DOWN', 'membership is closed');
    if (this.#self.draining === draining) return;
    this.#self = { ...this.#self, draining };
    this.#table.upsert(this.#self);
    if (this.#redis) await this.#heartbeat();
  }

  status(): MembershipStatus {
    return { kind: 'redis', degraded: this.#degraded, sinceMs: this.#sinceMs };
  }

  /**
   * Stops heartbeats and watching. By default deregisters (DEL + leave
   * message) so the others drop this router at once; `deregister: false`
   * leaves the key to expire, exactly as a crashed process would.
   */
  close(options: { deregister?: boolean } = {}): Promise<void> {
    this.#closing ??= this.#close(options.deregister ?? true);
    return this.#closing;
  }

  async #close(deregister: boolean): Promise<void> {
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
    await this.#starting?.catch(() => undefined);
    const redis = this.#redis;
    if (deregister && redis?.status === 'ready') {
      try {
        await redis.eval(
          LEAVE_SCRIPT,
          2,
          this.#routerKey(this.selfId),
          this.#indexKey,
          this.selfId,
          String(this.#self.startedAtMs),
          this.#channel,
        );
      } catch (err) {
        this.#logger.warn({ err }, 'membership: deregister failed; the registration will expire');
      }
    }
    this.#disconnect();
  }

  #disconnect(): void {
    this.#subscriber?.disconnect();
    this.#redis?.disconnect();
  }

  #routerKey(id: RouterId): string {
    return `${this.#prefix}routers:${id}`;
  }

  #onMessage(channel: string, message: string): void {
    if (channel !== this.#channel) return;
    let id: unknown;
    try {
      id = (JSON.parse(message) as { id?: unknown }).id;
    } catch {
      id = undefined;
    }
    if (id === this.selfId) return; // our own announcement
    this.#requestScan();
  }

  /** Heartbeat from a timer or event: never throws; failures mark the state degraded. */
  async #heartbeat(): Promise<void> {
    if (this.#heartbeating || this.#closing) return;
    this.#heartbeating = true;
    try {
      await this.#heartbeatNow();
    } catch (err) {
      this.#setDegraded(true, err);
    } finally {
      this.#heartbeating = false;
    }
  }

  async #heartbeatNow(): Promise<void> {
    const redis = this.#redis;
    if (!redis) return;
    const result = await redis.eval(
      HEARTBEAT_SCRIPT,
      2,
      this.#routerKey(this.selfId),
      this.#indexKey,
      JSON.stringify(this.#self),
      String(this.ttlMs),
      this.selfId,
      this.#channel,
    );
    // 'join' after start means the registration had vanished (expiry or Redis restart).
    if (result === 'join' && this.#starting && this.#timers.length > 0) {
      this.#logger.info('membership: re-registered in redis');
    }
    this.#setDegraded(false);
  }

  /** Coalesces scan requests: at most one running, at most one queued. */
  #requestScan(): void {
    if (this.#closing || !this.#redis) return;
    if (this.#scan) {
      this.#scan.again = true;
      return;
    }
    const state = { running: Promise.resolve(), again: false };
    this.#scan = state;
    state.running = (async () => {
      do {
        state.again = false;
        try {
          await this.#rescan();
        } catch (err) {
          this.#setDegraded(true, err);
        }
      } while (state.again && !this.#closing);
      this.#scan = undefined;
    })();
  }

  /** Reads every registration and replaces the member list with it. */
  async #rescan(): Promise<void> {
    const redis = this.#redis;
    if (!redis) return;
    const ids = (await redis.smembers(this.#indexKey))
      .filter((id) => id !== this.selfId)
      .sort() as RouterId[];
    const values = ids.length === 0 ? [] : await redis.mget(ids.map((id) => this.#routerKey(id)));
    const found = new Map<RouterId, RouterInfo>();
    const expired: RouterId[] = [];
    ids.forEach((id, i) => {
      const value = values[i];
      const info = value == null ? undefined : parseRouterInfo(value);
      if (value == null) expired.push(id);
      else if (info?.id === id) found.set(id, info);
      else this.#logger.warn({ member: id }, 'membership: ignoring malformed registration');
    });
    if (expired.length > 0) {
      const pipeline = redis.pipeline();
      for (const id of expired)
        pipeline.eval(PRUNE_SCRIPT, 2, this.#routerKey(id), this.#indexKey, id);
      await pipeline.exec();
    }
    if (this.#closing) return;
    this.#setDegraded(false);
    if (Date.now() < this.#holdDeparturesUntilMs) {
      for (const member of this.#table.list())
        if (!found.has(member.id)) found.set(member.id, member);
    }
    found.set(this.selfId, this.#self);
    this.#table.replace(found.values());
  }

  #setDegraded(degraded: boolean, err?: unknown): void {
    if (degraded === this.#degraded || this.#closing) return;
    this.#degraded = degraded;
    this.#sinceMs = Date.now();
    if (degraded) {
      this.#logger.warn(
        { err, members: this.#table.list().length },
        'membership degraded: redis unreachable, keeping last known members',
      );
    } else {
      // The others may need one reconnect delay to notice Redis is back (they
      // re-register at once then), plus the usual TTL margin.
      this.#holdDeparturesUntilMs = Date.now() + this.ttlMs + RECONNECT_MAX_DELAY_MS;
      this.#logger.info('membership recovered: redis reachable again');
      this.#requestScan();
    }
  }
}

function checkInt(option: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VoxError(
      'VOX_CONFIG_INVALID',
      `redis membership: ${option} must be an integer in ${min}..${max}, got ${value}`,
    );
  }
  return value;
}
