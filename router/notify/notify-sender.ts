/**
 * NotifySender: the loop that empties the notification outbox. It claims
 * due rows (a lease, so routers sharing one Postgres never send the same row
 * at once), POSTs each, and settles it: 2xx removes it; a failure schedules
 * it again after an exponential, jittered back-off, or gives it up after
 * `maxAttempts` tries (logged at warn, counted). A router that dies
 * mid-send leaves its claimed rows to whoever claims them after the lease:
 * delivery is at least once.
 *
 * It wakes every `pollIntervalMs` (rows queued or failed on other routers,
 * or before a restart), at once when this router queues one, and when a
 * retry it scheduled falls due.
 */
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, NotificationRow } from '../../header-store/header-store.js';
import type { NotifyMetrics } from './notify-metrics.js';
import { signBody } from './notify-payload.js';
import { postWebhook, type WebhookOutcome } from './webhook-post.js';

/** Rows claimed per round; a full round is followed by another at once. */
const CLAIM_BATCH = 20;
const DEFAULT_POLL_INTERVAL_MS = 1000;
/** How long a claim holds beyond the request's own timeout (the settling writes). */
const LEASE_MARGIN_MS = 10_000;

export interface NotifySenderOptions {
  store: Pick<HeaderStore, 'claimNotifications' | 'retryNotificationIn' | 'removeNotification'>;
  url: string;
  secret: string;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  metrics: NotifyMetrics;
  logger: Logger;
  pollIntervalMs?: number;
  /** The request (tests may count them); default postWebhook. */
  post?: typeof postWebhook;
  random?: () => number;
}

/** The pause before try `attempts + 1`: retryBaseMs doubled per earlier failure, capped at retryMaxMs, then jittered to 50–100 %. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 40);
  const capped = Math.min(maxMs, baseMs * 2 ** exponent);
  return Math.round(capped * (0.5 + random() / 2));
}

export class NotifySender {
  private readonly pollIntervalMs: number;
  private readonly post: typeof postWebhook;
  private readonly random: () => number;
  private loop: Promise<void> | undefined;
  private sleeping: { timer: NodeJS.Timeout; wake: () => void } | undefined;
  /** Set by wake() during a round: the next one follows at once. */
  private woken = false;
  /** When a retry this router scheduled falls due (ms, Date.now), the earliest one. */
  private nextRetryAt = Infinity;
  private storeFailing = false;
  private closed = false;

  constructor(private readonly options: NotifySenderOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.post = options.post ?? postWebhook;
    this.random = options.random ?? Math.random;
  }

  /** Starts the loop. */
  start(): void {
    this.loop ??= this.run();
  }

  /** Something was queued here: look now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.sleeping?.wake();
  }

  /** Stops claiming; requests under way finish (bounded by timeoutMs) and are settled. Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    this.sleeping?.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      this.woken = false;
      const claimed = await this.round();
      if (this.closed) break;
      if (claimed < CLAIM_BATCH && !this.woken) await this.sleep();
    }
  }

  /** Claims due rows and sends them; returns how many were claimed. */
  private async round(): Promise<number> {
    let rows: NotificationRow[];
    try {
      rows = await this.options.store.claimNotifications(CLAIM_BATCH, this.options.timeoutMs + LEASE_MARGIN_MS);
    } catch (err) {
      if (!this.storeFailing) this.options.logger.warn({ err }, 'notification outbox unreachable; retried');
      this.storeFailing = true;
      return 0;
    }
    if (this.storeFailing) this.options.logger.info('notification outbox reachable again');
    this.storeFailing = false;
    await Promise.all(rows.map((row) => this.send(row)));
    return rows.length;
  }

  private async send(row: NotificationRow): Promise<void> {
    const { url, secret, timeoutMs } = this.options;
    const outcome = await this.post(url, row.body, signBody(row.body, secret), timeoutMs);
    try {
      if (outcome.ok) {
        await this.options.store.removeNotification(row.id);
        this.options.metrics.sent();
      } else if (row.attempts >= this.options.maxAttempts) {
        await this.options.store.removeNotification(row.id);
        this.options.metrics.gaveUp();
        this.options.logger.warn({ id: row.id, attempts: row.attempts, ...describe(outcome) }, 'notification given up after notifyMaxAttempts tries');
      } else {
        const delayMs = retryDelayMs(row.attempts, this.options.retryBaseMs, this.options.retryMaxMs, this.random);
        await this.options.store.retryNotificationIn(row.id, delayMs);
        this.nextRetryAt = Math.min(this.nextRetryAt, Date.now() + delayMs);
        this.options.metrics.failed();
        this.options.logger.info({ id: row.id, attempts: row.attempts, delayMs, ...describe(outcome) }, 'notification failed; tried again later');
      }
    } catch (err) {
      // The row stays claimed: it is tried again once its lease ends.
      this.options.logger.warn({ err, id: row.id }, 'notification outcome not stored; tried again after its lease');
    }
  }

  /** Until the next poll, the next retry of ours, wake() or close(). */
  private sleep(): Promise<void> {
    const now = Date.now();
    const untilRetry = this.nextRetryAt - now;
    const pauseMs = Math.max(0, Math.min(this.pollIntervalMs, untilRetry));
    if (untilRetry <= this.pollIntervalMs) this.nextRetryAt = Infinity;
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleeping = undefined;
        resolve();
      };
      const timer = setTimeout(wake, pauseMs);
      this.sleeping = { timer, wake };
    });
  }
}

function describe(outcome: WebhookOutcome): { status?: number; reason: string } {
  return outcome.ok ? { status: outcome.status, reason: 'ok' } : { status: outcome.status, reason: outcome.reason };
}
