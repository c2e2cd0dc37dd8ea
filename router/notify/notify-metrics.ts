/** The notification webhook's Prometheus metrics, on the router's own registry. */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { HeaderStore } from '../../header-store/header-store.js';

export class NotifyMetrics {
  private readonly queuedTotal: Counter;
  private readonly droppedTotal: Counter<'reason'>;
  private readonly sentTotal: Counter;
  private readonly failedTotal: Counter;
  private readonly gaveUpTotal: Counter;

  /** `outbox`: counted at each scrape (one query), so the gauge covers what every router of a shared store queued. */
  constructor(registry: Registry, outbox: Pick<HeaderStore, 'notificationCount'>) {
    const registers = [registry];
    new Gauge({
      name: 'voxring_notify_queue_depth',
      help: 'Notifications waiting in the outbox (claimed or not; all routers sharing the header store).',
      registers,
      async collect() {
        // A store that cannot answer keeps the last value rather than failing the whole scrape.
        const depth = await outbox.notificationCount().catch(() => undefined);
        if (depth !== undefined) this.set(depth);
      },
    });
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
