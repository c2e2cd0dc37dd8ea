/**
 * openRedis: one ioredis connection configured to fail fast. With the
 * offline queue off, a command issued while Redis is unreachable rejects at
 * once instead of waiting for a reconnect, so callers can degrade; ioredis
 * keeps reconnecting in the background (every ≤ 1 s) for as long as the
 * connection is open.
 */
import { Redis } from 'ioredis';
import { VoxError } from './errors.js';
import type { Logger } from './logger.js';

/** Longest wait between two reconnect attempts. */
export const RECONNECT_MAX_DELAY_MS = 1000;

/** Options for openRedis. */
export interface RedisConnectionOptions {
  /** redis://[:password@]host:port[/db] */
  url: string;
  /** CLIENT SETNAME value, visible in CLIENT LIST. */
  name: string;
  logger: Logger;
  /** How long openRedis waits for the first connection; default 5000 ms. */
  connectTimeoutMs?: number;
  /** A command without a reply after this long rejects; default 2000 ms. */
  commandTimeoutMs?: number;
}

/** Connects and resolves once Redis is ready; rejects with VOX_STORAGE_FAILED when it is not within connectTimeoutMs. */
export async function openRedis(options: RedisConnectionOptions): Promise<Redis> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  const redis = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    // A command in flight when the connection drops fails rather than being resent later, out of order.
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    connectTimeout: connectTimeoutMs,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    connectionName: options.name,
    retryStrategy: (times: number) => Math.min(times * 100, RECONNECT_MAX_DELAY_MS),
  });
  // Without a listener ioredis prints every failed reconnect; the owners log
  // state changes (degraded / recovered) once instead.
  redis.on('error', (err: Error) =>
    options.logger.debug({ err, connection: options.name }, 'redis connection error'),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        reject(new Error(`no redis connection within ${connectTimeoutMs} ms`));
      }, connectTimeoutMs);
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      redis.once('ready', onReady);
      // Failed attempts are retried by retryStrategy; only the timeout gives up.
      redis.connect().catch(() => undefined);
    });
  } catch (err) {
    redis.disconnect();
    throw new VoxError('VOX_STORAGE_FAILED', `redis (${options.name}) unreachable`, { cause: err });
  }
  return redis;
}
