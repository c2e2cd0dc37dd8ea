/**
 * Appends events to users' timelines and pushes each to the users' connected
 * devices. Appends run one at a time so every device sees its cursors in
 * increasing order.
 */
import type { Logger } from '../../common/logger.js';
import type { UserId } from '../../common/ids.js';
import type { HeaderStore, NewTimelineEvent, TimelineAppend } from '../../header-store/header-store.js';
import type { TimelineEvent, TimelineEvents } from '../../proto/frames.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import { toWireTimelineEvent } from '../wire-mappers.js';

const MAX_CACHED_HEADS = 200_000;
/** Most events one append statement takes; a longer queue takes several, in order. */
const MAX_BATCH_EVENTS = 500;
/**
 * Most payload bytes in one batch (its first event always goes): a batch's
 * events are pushed in one go, and a device must take them all within the
 * smallest maxBufferedBytes allowed (64 KiB) or be closed as a slow consumer.
 */
const MAX_BATCH_BYTES = 64 * 1024;

type StampedEvent = NewTimelineEvent & { at: Date };

interface QueuedEvent extends TimelineAppend {
  event: StampedEvent;
  /** Size of the payload as JSON. */
  bytes: number;
  done: () => void;
}

/** Takes the oldest events off the queue, within MAX_BATCH_EVENTS and MAX_BATCH_BYTES. */
function takeBatch(queued: QueuedEvent[]): QueuedEvent[] {
  let count = 0;
  let bytes = 0;
  while (count < queued.length && count < MAX_BATCH_EVENTS) {
    bytes += queued[count]!.bytes;
    if (count > 0 && bytes > MAX_BATCH_BYTES) break;
    count++;
  }
  return queued.splice(0, count);
}

export interface TimelineServiceOptions {
  store: HeaderStore;
  devices: DeviceRegistry;
  logger: Logger;
  now?: () => number;
  /**
   * Remember each user's newest cursor (default true). Only correct while
   * this router is the only one appending: a ring must turn it off.
   */
  cacheHeads?: boolean;
}

/**
 * Sees each event as it is published, synchronously and before it is stored
 * (the state it describes is already in the header store). A listener that
 * throws is logged and skipped.
 */
export type PublishListener = (userIds: readonly UserId[], event: NewTimelineEvent) => void;

/** Pushes timeline events to users whose home is another router of the ring (RingNode). */
export interface RemoteTimelinePush {
  /** Relays the event to the user's home router unless that is this one; returns whether it did. */
  pushRemote(userId: UserId, event: TimelineEvent): boolean;
}

export class TimelineService {
  /** Published, not yet handed to the store: the next append takes a batch of them. */
  private readonly queued: QueuedEvent[] = [];
  /** The loop appending the queue, while there is one. */
  private draining: Promise<void> | undefined;
  /** Newest cursor per user seen by this router; saves a query per connect. */
  private readonly heads = new Map<UserId, number>();
  private readonly now: () => number;
  /** Set by the router when it is part of a ring. */
  remote: RemoteTimelinePush | undefined;
  private readonly listeners: PublishListener[] = [];

  constructor(private readonly options: TimelineServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Adds a listener for every published event (unread counts, the history cache). */
  onPublish(listener: PublishListener): void {
    this.listeners.push(listener);
  }

  /**
   * Queues the event for these users; resolves once stored and pushed. Never
   * rejects. Events queued while an append runs are stored together by the
   * next one (a burst of message starts costs one statement, not one each).
   */
  publish(userIds: readonly UserId[], event: NewTimelineEvent): Promise<void> {
    for (const listener of this.listeners) {
      try {
        listener(userIds, event);
      } catch (err) {
        this.options.logger.error({ err, kind: event.kind }, 'timeline publish listener failed');
      }
    }
    return new Promise((done) => {
      // One timestamp for the stored and the pushed copy of the event.
      const stamped = { ...event, at: new Date(this.now()) };
      this.queued.push({ userIds, event: stamped, bytes: JSON.stringify(event.payload ?? null).length, done });
      this.draining ??= this.drain();
    });
  }

  /** Appends what is queued, a batch at a time, until nothing is. */
  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0) {
        const batch = takeBatch(this.queued);
        await this.append(batch);
        for (const queued of batch) queued.done();
      }
    } finally {
      // In the same turn as the last look at the queue: a publish after it starts a new drain.
      this.draining = undefined;
    }
  }

  /** Stores a batch and pushes its events; failures are logged (the events stay unpushed), never thrown. */
  private async append(batch: QueuedEvent[]): Promise<void> {
    try {
      const cursors = await this.options.store.appendTimelines(batch);
      for (const [index, queued] of batch.entries()) {
        const got = cursors[index]!;
        for (const [userId, cursor] of got) this.remember(userId, cursor);
        this.push(got, queued.event);
      }
    } catch (err) {
      this.options.logger.error({ err, events: batch.length, kind: batch[0]?.event.kind }, 'timeline append failed');
    }
  }

  /** Newest cursor of a user's timeline (0 when empty). */
  async head(userId: UserId): Promise<number> {
    const known = this.options.cacheHeads === false ? undefined : this.heads.get(userId);
    if (known !== undefined) return known;
    const head = await this.options.store.timelineHead(userId);
    this.remember(userId, head);
    return this.heads.get(userId) ?? head;
  }

  /** Waits until everything published so far is stored and pushed. */
  flush(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  async read(userId: UserId, since: number, limit: number): Promise<TimelineEvents> {
    const rows = await this.options.store.readTimeline(userId, since, limit + 1);
    const events = rows.slice(0, limit).map(toWireTimelineEvent);
    const last = events[events.length - 1];
    return { events, cursor: last ? last.cursor : since, more: rows.length > limit };
  }

  private remember(userId: UserId, cursor: number): void {
    if (cursor <= (this.heads.get(userId) ?? -1)) return;
    if (this.heads.size >= MAX_CACHED_HEADS) this.heads.clear();
    this.heads.set(userId, cursor);
  }

  private push(cursors: Map<UserId, number>, event: StampedEvent): void {
    for (const [userId, cursor] of cursors) {
      const devices = this.options.devices.devicesOf(userId);
      if (devices.size === 0 && !this.remote) continue;
      const wire = toWireTimelineEvent({ ...event, cursor, userId });
      this.pushLocal(userId, wire);
      this.remote?.pushRemote(userId, wire);
    }
  }

  /** Pushes one stored event to this router's devices of the user (also for events relayed from another router). */
  pushLocal(userId: UserId, wire: TimelineEvent): void {
    for (const device of this.options.devices.devicesOf(userId)) {
      device.send({ ref: 0, type: 'timeline', timeline: { events: [wire], cursor: wire.cursor, more: false } });
    }
  }
}
