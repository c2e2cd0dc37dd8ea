/**
 * Deletes messages past their retention: every intervalMs it asks the
 * header store for finished messages older than their conversation's
 * retentionMs (or the router's default; 0 = forever), and removes each
 * (header EXPIRED, body deleted from disk and CouchDB, MESSAGE_EXPIRED on
 * the audience's timelines). Every router runs one; the header update is
 * conditional, so each message is expired and announced exactly once.
 */
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';

const BATCH = 200;

export interface RetentionSweeperOptions {
  headers: HeaderStore;
  /** Removes one message (MessageRemoval.expire). */
  expire(header: MessageRecord): Promise<unknown>;
  /** Default retention (ms); 0 keeps messages of conversations without their own forever. */
  defaultRetentionMs: number;
  intervalMs: number;
  logger: Logger;
  now?: () => number;
}

export class RetentionSweeper {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<number> | undefined;
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly options: RetentionSweeperOptions) {
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => void this.sweep(), options.intervalMs);
    this.timer.unref();
  }

  /** Expires what is due now; resolves to how many messages this call expired. One sweep at a time. */
  sweep(): Promise<number> {
    if (this.closed) return Promise.resolve(0);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stops the timer and waits for a sweep in progress. Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async run(): Promise<number> {
    let expired = 0;
    try {
      for (;;) {
        const due = await this.options.headers.listExpiredMessages({
          defaultRetentionMs: this.options.defaultRetentionMs,
          now: new Date(this.now()),
          limit: BATCH,
        });
        for (const header of due) {
          if (this.closed) return expired;
          await this.options.expire(header);
          expired++;
        }
        if (due.length < BATCH) break;
      }
    } catch (err) {
      this.options.logger.error({ err }, 'retention sweep failed; next sweep retries');
    }
    if (expired > 0) this.options.logger.info({ expired }, 'retention sweep expired messages');
    return expired;
  }
}
