/**
 * The one place that chooses where the authentication limits count: in
 * Redis when redisUrl is set, so that every router of a ring shares the
 * counts (a guesser cannot multiply its budget by the number of routers),
 * else in this process's memory. Each Redis limiter has a memory limiter of
 * the same limit as insurance: while Redis is unreachable every router
 * limits on its own instead of refusing every log-in.
 */
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import type { RouterConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { AttemptLimiter } from './attempt-limiter.js';
import { AuthRateLimits, type AuthLimiters } from './auth-rate-limits.js';

/** The limits and what closes them (the Redis connection, if any). */
export interface AuthRateLimitsHandle {
  readonly limits: AuthRateLimits;
  /** Closes the Redis connection the limits opened; safe to call twice. */
  close(): Promise<void>;
}

interface LimitSpec {
  /** The config option: the error message names it. */
  name: string;
  /** Redis key part. */
  key: string;
  points: number;
  windowMs: number;
}

/** Builds the limits from the config: Redis-backed with redisUrl (waits for the connection), else in memory. */
export async function createAuthRateLimits(config: Readonly<RouterConfig>, logger: Logger): Promise<AuthRateLimitsHandle> {
  const { limits } = config;
  const specs: Record<keyof AuthLimiters, LimitSpec> = {
    loginPerAddress: { name: 'loginAttemptsPerAddress', key: 'login-addr', points: limits.loginAttemptsPerAddress, windowMs: limits.authWindowMs },
    loginFailuresPerUsername: { name: 'loginFailuresPerUsername', key: 'login-user', points: limits.loginFailuresPerUsername, windowMs: limits.loginFailureWindowMs },
    signupPerAddress: { name: 'signupsPerAddress', key: 'signup-addr', points: limits.signupsPerAddress, windowMs: limits.authWindowMs },
    tokenFailuresPerAddress: { name: 'tokenFailuresPerAddress', key: 'token-addr', points: limits.tokenFailuresPerAddress, windowMs: limits.authWindowMs },
  };
  let redis: Redis | undefined;
  if (config.redisUrl !== undefined) {
    // Loaded here only: a router without Redis never loads ioredis (footprint, README *Benchmarks*).
    const { openRedis } = await import('../../common/redis-connection.js');
    redis = await openRedis({ url: config.redisUrl, name: `${config.routerId}:rate-limits`, logger });
  }
  const build = (spec: LimitSpec): AttemptLimiter => new AttemptLimiter(spec.name, limiterFor(spec, redis, config.redisKeyPrefix));
  const limiters: AuthLimiters = {
    loginPerAddress: build(specs.loginPerAddress),
    loginFailuresPerUsername: build(specs.loginFailuresPerUsername),
    signupPerAddress: build(specs.signupPerAddress),
    tokenFailuresPerAddress: build(specs.tokenFailuresPerAddress),
  };
  let closed = false;
  return {
    limits: new AuthRateLimits({ limiters, trustProxy: config.trustProxy, logger }),
    close: async () => {
      if (closed || !redis) return;
      closed = true;
      await redis.quit().catch(() => redis?.disconnect());
    },
  };
}

function limiterFor(spec: LimitSpec, redis: Redis | undefined, keyPrefix: string): RateLimiterAbstract {
  // The library counts in whole seconds.
  const duration = Math.ceil(spec.windowMs / 1000);
  const memory = new RateLimiterMemory({ keyPrefix: spec.key, points: spec.points, duration });
  if (!redis) return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${keyPrefix}rl:${spec.key}`,
    points: spec.points,
    duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}
