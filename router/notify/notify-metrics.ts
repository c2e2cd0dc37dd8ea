/** The notification webhook's Prometheus counters, on the router's own registry. */
import { Counter, type Registry } from 'prom-client';

export class NotifyMetrics {
  private readonly queuedTotal: Counter;
  private readonly droppedTotal: Counter<'reason'>;
  private readonly sentTotal: Counter;
  private readonly failedTotal: Counter;
  private readonly gaveUpTotal: Counter;

  constructor(registry: Registry) {
    const registers = [registry];
    this.queuedTotal = new Counter({ name: 'voxring_notify_queued_total', help: 'Notifications queued in the outbox (one per new message with offline recipients).', registers });
    this.droppedTotal = new Counter({
      name: 'voxring_notify_dropped_total',
      help: 'Notifications never queued: the outbox was full (notifyQueueMax) or the header store failed.',
      labelNames: ['reason'],
      registers,
    });
    this.sentTotal = new Counter({ name: 'voxring_notify_sent_total', help: 'Notifications the webhook answered with 2xx.', registers });
    this.failedTotal = new Counter({ name: 'voxring_notify_failed_total', help: 'Webhook tries that failed (another status, no connection, timeout) and were scheduled again.', registers });
    this.gaveUpTotal = new Counter({ name: 'voxring_notify_gave_up_total', help: 'Notifications dropped after notifyMaxAttempts failed tries.', registers });
  }

  queued(): void {
    this.queuedTotal.inc();
  }

  dropped(reason: 'full' | 'store'): void {
    this.droppedTotal.inc({ reason });
  }

  sent(): void {
    this.sentTotal.inc();
  }

  failed(): void {
    this.failedTotal.inc();
  }

  gaveUp(): void {
    this.gaveUpTotal.inc();
  }
}
