/**
 * Appends events to users' timelines and pushes each to the users' connected
 * devices. Appends run one at a time so every device sees its cursors in
 * increasing order.
 */
import type { Logger } from '../common/logger.js';
import type { UserId } from '../common/ids.js';
import type { HeaderStore, NewTimelineEvent } from '../header-store/header-store.js';
import type { TimelineEvents } from '../proto/frames.js';
import type { SessionRegistry } from './session-registry.js';
import { toWireTimelineEvent } from './wire-mappers.js';

export interface TimelineServiceOptions {
  store: HeaderStore;
  sessions: SessionRegistry;
  logger: Logger;
  now?: () => number;
}

export class TimelineService {
  private tail: Promise<void> = Promise.resolve();
  private readonly now: () => number;

  constructor(private readonly options: TimelineServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Queues the event for these users; resolves once stored and pushed. Never rejects. */
  publish(userIds: readonly UserId[], event: NewTimelineEvent): Promise<void> {
    const run = async (): Promise<void> => {
      try {
        // One timestamp for the stored and the pushed copy of the event.
        const stamped = { ...event, at: new Date(this.now()) };
        const cursors = await this.options.store.appendTimeline(userIds, stamped);
        this.push(cursors, stamped);
      } catch (err) {
        this.options.logger.error({ err, kind: event.kind }, 'timeline append failed');
      }
    };
    this.tail = this.tail.then(run);
    return this.tail;
  }

  /** Waits for every queued append. */
  flush(): Promise<void> {
    return this.tail;
  }

  async read(userId: UserId, since: number, limit: number): Promise<TimelineEvents> {
    const rows = await this.options.store.readTimeline(userId, since, limit + 1);
    const events = rows.slice(0, limit).map(toWireTimelineEvent);
    const last = events[events.length - 1];
    return { events, cursor: last ? last.cursor : since, more: rows.length > limit };
  }

  private push(cursors: Map<UserId, number>, event: NewTimelineEvent & { at: Date }): void {
    for (const [userId, cursor] of cursors) {
      const devices = this.options.sessions.devicesOf(userId);
      if (devices.size === 0) continue;
      const wire = toWireTimelineEvent({ ...event, cursor, userId });
      for (const device of devices) {
        device.send({ ref: 0, type: 'timeline', timeline: { events: [wire], cursor, more: false } });
      }
    }
  }
}
