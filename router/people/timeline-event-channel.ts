/**
 * Every timeline event of a ring on one Redis pub/sub channel,
 * `<redisKeyPrefix>events` (`voxring:events` by default), for integrations
 * that want all users' events without a stream per user. The router that
 * stored an event publishes it (TimelineService.onStored), so each event is
 * published once across the ring, as one message for all its users. Pub/sub
 * is at most once: a subscriber that was away, or a publish while Redis was
 * unreachable (logged), loses messages; the cursors let a subscriber fill
 * such holes with GET /v1/timeline?since= per user.
 */
import type { UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { TimelineEvent } from '../../proto/frames.js';

/** The channel's name after the Redis key prefix. */
export const EVENTS_CHANNEL_SUFFIX = 'events';

/** One message on the channel (JSON). */
export interface TimelineEventMessage {
  /** The users whose timelines got the event. */
  userIds: string[];
  /** Each of those users' cursor of the event (their `since` / Last-Event-ID). */
  cursors: Record<string, number>;
  /** The event as GET /v1/timeline returns it, less the cursor (each user has their own). */
  event: Omit<TimelineEvent, 'cursor'>;
}

/** What the channel needs of a Redis connection (an ioredis client). */
export interface Publisher {
  publish(channel: string, message: string): Promise<unknown>;
}

export interface TimelineEventChannelOptions {
  publisher: Publisher;
  /** The full channel name (`<redisKeyPrefix>events`). */
  channel: string;
  logger: Logger;
}

export class TimelineEventChannel {
  /** While publishes fail: logged when it starts and when it ends, not per event. */
  private failing = false;
  private failed = 0;

  constructor(private readonly options: TimelineEventChannelOptions) {}

  /** Publishes one stored event; never throws, never waits (a failure is logged). */
  publish(cursors: ReadonlyMap<UserId, number>, event: Omit<TimelineEvent, 'cursor'>): void {
    const message: TimelineEventMessage = { userIds: [...cursors.keys()], cursors: Object.fromEntries(cursors), event };
    this.options.publisher.publish(this.options.channel, JSON.stringify(message)).then(
      () => this.published(),
      (err: unknown) => this.publishFailed(err),
    );
  }

  private published(): void {
    if (!this.failing) return;
    this.options.logger.warn({ lost: this.failed, channel: this.options.channel }, 'timeline events published again');
    this.failing = false;
    this.failed = 0;
  }

  private publishFailed(err: unknown): void {
    this.failed++;
    if (this.failing) return;
    this.failing = true;
    this.options.logger.warn({ err, channel: this.options.channel }, 'timeline event publish failed; events are not published until redis answers');
  }
}
