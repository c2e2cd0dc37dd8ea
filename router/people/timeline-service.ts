/**
 * Appends events to users' timelines and pushes each to the users' connected
 * devices. Appends run one at a time so every device sees its cursors in
 * increasing order. While the header store cannot be reached (Postgres
 * restarting or cut off) the events wait in memory, at most
 * maxPendingTimelineAppends, and the oldest batch is tried again with a
 * doubling back-off, so that every event is stored, in publish order, once
 * the store is back (`make chaos` finding 7: they used to be dropped).
 */
import type { Logger } from '../../common/logger.js';
import type { ConversationId, UserId } from '../../common/ids.js';
import type { HeaderStore, NewTimelineEvent, TimelineAppend } from '../../header-store/header-store.js';
import { isStoreUnavailable } from '../../header-store/store-unavailable.js';
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
/** Default of maxPendingTimelineAppends. */
export const DEFAULT_MAX_PENDING_TIMELINE_APPENDS = 10_000;
const DEFAULT_RETRY_FIRST_DELAY_MS = 250;
const DEFAULT_RETRY_MAX_DELAY_MS = 5000;

type StampedEvent = NewTimelineEvent & { at: Date };

interface QueuedEvent extends TimelineAppend {
  event: StampedEvent;
  /** Size of the payload as JSON. */
  bytes: number;
  done: () => void;
}

/** Takes the oldest events off the queue, within `maxEvents` (MAX_BATCH_EVENTS) and MAX_BATCH_BYTES. */
function takeBatch(queued: QueuedEvent[], maxEvents = MAX_BATCH_EVENTS): QueuedEvent[] {
  let count = 0;
  let bytes = 0;
  while (count < queued.length && count < maxEvents) {
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
  /** Events waiting to be stored (the store away) past which new ones are dropped; default 10000. */
  maxPending?: number;
  /** Back-off between tries of a batch the store refused: doubles from firstDelayMs (250) to maxDelayMs (5000). */
  retry?: { firstDelayMs: number; maxDelayMs: number };
  /** Events dropped (queue full, or still waiting at close), for the metrics. */
  onDropped?: (count: number) => void;
}

/** What became of one batch handed to the store. */
type AppendOutcome = 'stored' | 'retry' | 'refused';

/**
 * Sees each event as it is published, synchronously and before it is stored
 * (the state it describes is already in the header store). A listener that
 * throws is logged and skipped.
 */
export type PublishListener = (userIds: readonly UserId[], event: NewTimelineEvent) => void;

/**
 * Sees each event once it is stored, with every user's cursor, on the router
 * that appended it (never for events relayed from another router): exactly
 * once per event across a ring. A listener that throws is logged and skipped.
 */
export type StoredListener = (cursors: ReadonlyMap<UserId, number>, event: Omit<TimelineEvent, 'cursor'>) => void;

/** Pushes timeline events to users whose home is another router of the ring (RingNode). */
export interface RemoteTimelinePush {
  /** Relays the event to the user's home router unless that is this one; returns whether it did. */
  pushRemote(userId: UserId, event: TimelineEvent): boolean;
}

export class TimelineService {
  /** Published, not yet stored: the next append takes a batch of them (the oldest first, a refused batch back in front). */
  private readonly queued: QueuedEvent[] = [];
  /** Events of the batch the store has now (out of `queued` while it runs). */
  private inFlight = 0;
  /** The loop appending the queue, while there is one. */
  private draining: Promise<void> | undefined;
  /** Newest cursor per user seen by this router; saves a query per connect. */
  private readonly heads = new Map<UserId, number>();
  private readonly now: () => number;
  /** Set by the router when it is part of a ring. */
  remote: RemoteTimelinePush | undefined;
  private readonly listeners: PublishListener[] = [];
  private readonly storedListeners: StoredListener[] = [];
  private readonly maxPending: number;
  /** While the store is away: the pause before the next try, and how to cut it short (close). */
  private backoff: { delayMs: number; timer?: NodeJS.Timeout; wake?: () => void } | undefined;
  /** Events still to be appended one at a time: a batch the store refused for its content, split to find the bad event. */
  private singles = 0;
  /** Waiters of flush(): woken when the queue is empty or waits for the store. */
  private settledWaiters: (() => void)[] = [];
  /** Dropped events not logged yet: after the first of a run, they are logged as a sum per retry. */
  private droppedUnlogged = 0;
  private dropLogged = false;
  private closed = false;

  constructor(private readonly options: TimelineServiceOptions) {
    this.now = options.now ?? Date.now;
    this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING_TIMELINE_APPENDS;
  }

  /** Events published and not yet stored (the metrics' voxring_timeline_pending_events). */
  get pendingCount(): number {
    return this.queued.length + this.inFlight;
  }

  /** Adds a listener for every published event (unread counts, the history cache). */
  onPublish(listener: PublishListener): void {
    this.listeners.push(listener);
  }

  /** Adds a listener for every event stored by this router (the Redis events channel). */
  onStored(listener: StoredListener): void {
    this.storedListeners.push(listener);
  }

  /**
   * Queues the event for these users; resolves once stored and pushed (after
   * retries while the store is away), or dropped. Never rejects. Events
   * queued while an append runs are stored together by the next one (a
   * burst of message starts costs one statement, not one each).
   */
  publish(userIds: readonly UserId[], event: NewTimelineEvent): Promise<void> {
    for (const listener of this.listeners) {
      try {
        listener(userIds, event);
      } catch (err) {
        this.options.logger.error({ err, kind: event.kind }, 'timeline publish listener failed');
      }
    }
    if (this.closed || this.pendingCount >= this.maxPending) {
      this.drop(1, event.kind);
      return Promise.resolve();
    }
    return new Promise((done) => {
      // One timestamp for the stored and the pushed copy of the event.
      const stamped = { ...event, at: new Date(this.now()) };
      this.queued.push({ userIds, event: stamped, bytes: JSON.stringify(event.payload ?? null).length, done });
      this.draining ??= this.drain();
    });
  }

  /** Appends what is queued, a batch at a time, until nothing is (or the service closes). */
  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0 && !this.closed) {
        const batch = takeBatch(this.queued, this.singles > 0 ? 1 : MAX_BATCH_EVENTS);
        this.inFlight = batch.length;
        const outcome = await this.append(batch);
        this.inFlight = 0;
        if (outcome === 'retry') {
          this.queued.unshift(...batch);
          await this.waitToRetry();
          continue;
        }
        if (this.backoff) this.recovered();
        if (outcome === 'refused' && batch.length > 1) {
          // One bad event must not take the others with it: they go again one by one.
          this.queued.unshift(...batch);
          this.singles = batch.length;
          continue;
        }
        if (this.singles > 0) this.singles--;
        for (const queued of batch) queued.done();
      }
    } finally {
      // In the same turn as the last look at the queue: a publish after it starts a new drain.
      this.draining = undefined;
      this.settled();
    }
  }

  /** Stores a batch and pushes its events. 'retry': the store could not be reached, the batch is kept; 'refused': dropped, logged. Never throws. */
  private async append(batch: QueuedEvent[]): Promise<AppendOutcome> {
    let cursors: Map<UserId, number>[];
    try {
      cursors = await this.options.store.appendTimelines(batch);
    } catch (err) {
      const kind = batch[0]?.event.kind;
      if (isStoreUnavailable(err) && !this.closed) {
        const log = this.options.logger;
        if (this.backoff) log.debug({ err, events: this.queued.length + batch.length }, 'timeline append failed again; kept');
        else log.warn({ err, events: this.queued.length + batch.length, kind }, 'timeline append failed: store unreachable; events kept and retried');
        return 'retry';
      }
      if (batch.length > 1) return 'refused';
      this.options.logger.error({ err, events: batch.length, kind }, 'timeline append failed');
      this.options.onDropped?.(batch.length);
      return 'refused';
    }
    for (const [index, queued] of batch.entries()) {
      const got = cursors[index]!;
      for (const [userId, cursor] of got) this.remember(userId, cursor);
      this.push(got, queued.event);
      this.tellStored(got, queued.event);
    }
    return 'stored';
  }

  /** The store refused a batch as unreachable: flush() waiters go, then the pause (jittered, doubling), cut short by close(). */
  private async waitToRetry(): Promise<void> {
    this.settled();
    const retry = this.options.retry ?? { firstDelayMs: DEFAULT_RETRY_FIRST_DELAY_MS, maxDelayMs: DEFAULT_RETRY_MAX_DELAY_MS };
    const backoff = this.backoff ?? { delayMs: retry.firstDelayMs };
    this.backoff = backoff;
    const pauseMs = Math.round(backoff.delayMs * (0.5 + Math.random() / 2));
    backoff.delayMs = Math.min(backoff.delayMs * 2, retry.maxDelayMs);
    this.logDropped();
    await new Promise<void>((resolve) => {
      backoff.wake = resolve;
      backoff.timer = setTimeout(resolve, pauseMs);
    });
  }

  private recovered(): void {
    this.options.logger.warn({ pending: this.queued.length }, 'timeline appends stored again after the store came back');
    this.backoff = undefined;
    this.logDropped();
  }

  private drop(count: number, kind: string): void {
    this.options.onDropped?.(count);
    // Logged once, then summed per retry: a full queue can see thousands of events a second.
    if (!this.dropLogged) {
      this.dropLogged = true;
      const reason = this.closed ? 'published after close' : 'maxPendingTimelineAppends events already wait for the store';
      this.options.logger.error({ dropped: count, kind, maxPending: this.maxPending, reason }, 'timeline event dropped');
    } else {
      this.droppedUnlogged += count;
    }
  }

  private logDropped(): void {
    this.dropLogged = false;
    if (this.droppedUnlogged === 0) return;
    this.options.logger.error({ dropped: this.droppedUnlogged, maxPending: this.maxPending }, 'timeline events dropped: the pending queue was full');
    this.droppedUnlogged = 0;
  }

  private settled(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Newest cursor of a user's timeline (0 when empty). */
  async head(userId: UserId): Promise<number> {
    const known = this.options.cacheHeads === false ? undefined : this.heads.get(userId);
    if (known !== undefined) return known;
    const head = await this.options.store.timelineHead(userId);
    this.remember(userId, head);
    return this.heads.get(userId) ?? head;
  }

  /**
   * Waits until everything published so far is stored and pushed, or kept
   * for a retry because the store is away (so that a shutdown never waits
   * for Postgres to come back).
   */
  flush(): Promise<void> {
    if (!this.draining || this.backoff) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /**
   * Stops trying: an append running now finishes, events still waiting for
   * the store are dropped and logged at error with their count, later
   * publishes are dropped. Idempotent.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.backoff) {
      clearTimeout(this.backoff.timer);
      this.backoff.wake?.();
    }
    await this.draining;
    const left = this.queued.splice(0);
    if (left.length > 0) {
      this.options.logger.error({ dropped: left.length }, 'timeline events dropped at close: the store was still away');
      this.options.onDropped?.(left.length);
    }
    for (const queued of left) queued.done();
    this.logDropped();
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

  private tellStored(cursors: Map<UserId, number>, event: StampedEvent): void {
    const [someUser] = cursors.keys();
    if (this.storedListeners.length === 0 || someUser === undefined) return;
    // The event without a cursor: each user has their own (in `cursors`).
    const { type, atMs, header, conversation } = toWireTimelineEvent({ ...event, cursor: 0, userId: someUser });
    const wire = { type, atMs, header, conversation };
    for (const listener of this.storedListeners) {
      try {
        listener(cursors, wire);
      } catch (err) {
        this.options.logger.error({ err, kind: event.kind }, 'timeline stored listener failed');
      }
    }
  }

  /**
   * Pushes one stored event to this router's devices of the user (also for
   * events relayed from another router), except a new message to a device
   * that ignores its conversation (listen mode IGNORE: no notification; the
   * event stays in the timeline, so a timeline read still has it).
   */
  pushLocal(userId: UserId, wire: TimelineEvent): void {
    const frame = { ref: 0, type: 'timeline' as const, timeline: { events: [wire], cursor: wire.cursor, more: false } };
    const ignorable = wire.type === 'MESSAGE_NEW' ? (wire.header?.conversationId as ConversationId | undefined) : undefined;
    for (const device of this.options.devices.devicesOf(userId)) {
      if (ignorable !== undefined && device.listenModeOf(ignorable) === 'ignore') continue;
      device.send(frame);
    }
  }
}
