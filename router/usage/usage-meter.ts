/**
 * Per-user usage counted on this router: talk time, messages, bytes in and
 * out, body storage, per UTC day. Counting is a few number additions in a
 * map (it runs per chunk); the counts are added to the header store's
 * `usage_daily` rows every `usageFlushMs` in one statement, and once more
 * at close. Each router adds only its own increments, so in a ring the rows
 * hold the sums across the ring.
 */
import type { UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, UsageDelta, UsageFigures } from '../../header-store/header-store.js';
import { isStoreUnavailable } from '../../header-store/store-unavailable.js';

/** Where the router's services report what users do; UsageMeter implements it. */
export interface UsageRecorder {
  /** One voice chunk a user sent: `ms` of audio, `bytes` of payload (received and stored). */
  voiceChunk(userId: UserId, ms: number, bytes: number): void;
  /** A new message a user sent (any kind): `bytesIn` received with it, `storedBytes` of body kept for it. */
  messageSent(userId: UserId, bytesIn: number, storedBytes: number): void;
  /** `bytes` of media delivered to one of the user's devices (chunk payloads, HTTP audio or picture bytes). */
  delivered(userId: UserId, bytes: number): void;
  /** A body of the user's was deleted (recall, expiry): storage falls by its bytes. */
  released(userId: UserId, bytes: number): void;
}

export interface UsageMeterOptions {
  store: Pick<HeaderStore, 'addUsage'>;
  /** usageFlushMs: how often the counts are written. */
  flushMs: number;
  logger: Logger;
  now?: () => number;
}

const DAY_MS = 86_400_000;

function emptyFigures(): UsageFigures {
  return { talkMs: 0, messages: 0, bytesIn: 0, bytesOut: 0, storageBytes: 0 };
}

export class UsageMeter implements UsageRecorder {
  /** Counts not written yet, by UTC day, then user. */
  private pending = new Map<string, Map<UserId, UsageFigures>>();
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;
  private closed = false;
  /** The current UTC day and when it ends, so the hot path formats no date. */
  private day = '';
  private dayEndsAt = 0;

  constructor(private readonly options: UsageMeterOptions) {
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => void this.flush(), options.flushMs);
    this.timer.unref();
  }

  voiceChunk(userId: UserId, ms: number, bytes: number): void {
    const figures = this.figuresOf(userId);
    figures.talkMs += ms;
    figures.bytesIn += bytes;
    figures.storageBytes += bytes;
  }

  messageSent(userId: UserId, bytesIn: number, storedBytes: number): void {
    const figures = this.figuresOf(userId);
    figures.messages++;
    figures.bytesIn += bytesIn;
    figures.storageBytes += storedBytes;
  }

  delivered(userId: UserId, bytes: number): void {
    this.figuresOf(userId).bytesOut += bytes;
  }

  released(userId: UserId, bytes: number): void {
    this.figuresOf(userId).storageBytes -= bytes;
  }

  /** Writes what was counted so far (after a flush already running); never rejects. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    const batch = this.takeBatch();
    if (batch.length === 0) return;
    this.flushing = this.write(batch);
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
  }

  /** Stops the timer and writes what is left. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.flush();
  }

  private figuresOf(userId: UserId): UsageFigures {
    const now = this.now();
    if (now >= this.dayEndsAt) {
      this.day = new Date(now).toISOString().slice(0, 10);
      this.dayEndsAt = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
    }
    return this.entry(this.day, userId);
  }

  private entry(day: string, userId: UserId): UsageFigures {
    let users = this.pending.get(day);
    if (!users) this.pending.set(day, (users = new Map<UserId, UsageFigures>()));
    let figures = users.get(userId);
    if (!figures) users.set(userId, (figures = emptyFigures()));
    return figures;
  }

  /**
   * Everything pending as deltas, whole milliseconds of talk only: on the
   * current day the fraction left (a 2.5 ms frame) stays pending for the
   * next flush; a day that is over (or a close) rounds it.
   */
  private takeBatch(): UsageDelta[] {
    const taken = this.pending;
    this.pending = new Map();
    const batch: UsageDelta[] = [];
    for (const [day, users] of taken) {
      const carry = !this.closed && day === this.day && this.now() < this.dayEndsAt;
      for (const [userId, figures] of users) {
        const talkMs = carry ? Math.floor(figures.talkMs) : Math.round(figures.talkMs);
        const fraction = carry ? figures.talkMs - talkMs : 0;
        if (fraction > 0) this.entry(day, userId).talkMs += fraction;
        const delta = { ...figures, talkMs, userId, day };
        if (talkMs !== 0 || delta.messages !== 0 || delta.bytesIn !== 0 || delta.bytesOut !== 0 || delta.storageBytes !== 0) batch.push(delta);
      }
    }
    return batch;
  }

  private addTo(day: string, userId: UserId, add: UsageFigures): void {
    const figures = this.entry(day, userId);
    figures.talkMs += add.talkMs;
    figures.messages += add.messages;
    figures.bytesIn += add.bytesIn;
    figures.bytesOut += add.bytesOut;
    figures.storageBytes += add.storageBytes;
  }

  /** One statement; a batch the store could not be reached for goes back into pending (added to what came since) unless closed. */
  private async write(batch: UsageDelta[]): Promise<void> {
    try {
      await this.options.store.addUsage(batch);
    } catch (err) {
      if (this.closed || !isStoreUnavailable(err)) {
        this.options.logger.error({ err, users: batch.length }, 'usage not stored: these counts are lost');
        return;
      }
      this.options.logger.warn({ err, users: batch.length }, 'usage not stored; kept for the next flush');
      for (const { day, userId, ...figures } of batch) this.addTo(day, userId, figures);
    }
  }
}
