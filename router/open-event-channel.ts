/**
 * The one place that chooses whether timeline events are published for
 * integrations: on the Redis pub/sub channel `<redisKeyPrefix>events` when
 * redisUrl is set (a connection of its own: a subscriber-free publisher),
 * else nowhere. Part of the wiring (router.ts calls it).
 */
import type { RouterConfig } from '../common/config.js';
import type { Logger } from '../common/logger.js';
import { EVENTS_CHANNEL_SUFFIX, TimelineEventChannel } from './people/timeline-event-channel.js';
import type { TimelineService } from './people/timeline-service.js';

/** The channel, if any, and what closes its connection. */
export interface EventChannelHandle {
  /** Publishes every event `timeline` stores from now on (nothing without Redis). */
  attach(timeline: Pick<TimelineService, 'onStored'>): void;
  /** Closes the Redis connection, if one was opened; safe to call twice. */
  close(): Promise<void>;
}

const NO_CHANNEL: EventChannelHandle = { attach: () => undefined, close: async () => undefined };

/** Opens the publishing connection with redisUrl (waits for it), else publishes nothing. */
export async function openEventChannel(config: Readonly<RouterConfig>, logger: Logger): Promise<EventChannelHandle> {
  if (config.redisUrl === undefined) return NO_CHANNEL;
  // Loaded here only: a router without Redis never loads ioredis (footprint, README *Benchmarks*).
  const { openRedis } = await import('../common/redis-connection.js');
  const redis = await openRedis({ url: config.redisUrl, name: `${config.routerId}:events`, logger });
  const channel = new TimelineEventChannel({ publisher: redis, channel: `${config.redisKeyPrefix}${EVENTS_CHANNEL_SUFFIX}`, logger });
  let closed = false;
  return {
    attach: (timeline) => timeline.onStored((cursors, event) => channel.publish(cursors, event)),
    close: async () => {
      if (closed) return;
      closed = true;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
