/**
 * Notifier: the notification webhook of one router, built only when
 * notifyUrl is set. The enqueuer turns new messages into outbox rows, the
 * sender empties the outbox; the outbox lives in the header store, so rows
 * survive a restart and routers sharing one Postgres share one queue.
 */
import type { RouterConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, NewTimelineEvent } from '../../header-store/header-store.js';
import type { UserId } from '../../common/ids.js';
import type { Registry } from 'prom-client';
import type { OnlineUsers } from '../delivery/online-users.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import { NotifyEnqueuer } from './notify-enqueuer.js';
import { NotifyMetrics } from './notify-metrics.js';
import { NotifySender } from './notify-sender.js';

export type NotifyConfig = Pick<
  RouterConfig,
  'notifySecret' | 'notifyMaxAttempts' | 'notifyQueueMax' | 'notifyTimeoutMs' | 'notifyRetryBaseMs' | 'notifyRetryMaxMs'
> & { notifyUrl: string };

export interface NotifierOptions {
  config: NotifyConfig;
  store: HeaderStore;
  directory: Pick<ConversationDirectory, 'get'>;
  /** Owned: closed by close(). */
  online: OnlineUsers;
  registry: Registry;
  logger: Logger;
  /** The sender's idle poll (default 1000 ms). */
  pollIntervalMs?: number;
}

export class Notifier {
  private readonly enqueuer: NotifyEnqueuer;
  private readonly sender: NotifySender;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: NotifierOptions) {
    const { config, store, logger } = options;
    const metrics = new NotifyMetrics(options.registry, store);
    this.sender = new NotifySender({
      store,
      url: config.notifyUrl,
      // loadConfig refuses notifyUrl without it.
      secret: config.notifySecret ?? '',
      timeoutMs: config.notifyTimeoutMs,
      maxAttempts: config.notifyMaxAttempts,
      retryBaseMs: config.notifyRetryBaseMs,
      retryMaxMs: config.notifyRetryMaxMs,
      metrics,
      logger,
      pollIntervalMs: options.pollIntervalMs,
    });
    this.enqueuer = new NotifyEnqueuer({
      store,
      directory: options.directory,
      online: options.online,
      maxQueued: config.notifyQueueMax,
      metrics,
      logger,
      queued: () => this.sender.wake(),
    });
  }

  /** Timeline listener: see NotifyEnqueuer.published. */
  published(audience: readonly UserId[], event: NewTimelineEvent): void {
    this.enqueuer.published(audience, event);
  }

  /** Starts sending what the outbox holds (rows left by an earlier process too). */
  start(): void {
    this.sender.start();
  }

  /** Queues no more, lets requests under way settle, stops. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.enqueuer.close();
      await this.sender.close();
      await this.options.online.close();
    })();
    return this.closing;
  }
}
