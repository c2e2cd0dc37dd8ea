/**
 * NotifyEnqueuer: for each new message (a timeline `message_new`, published
 * once, by the router where the message is created), queues one webhook
 * notification in the outbox naming the participants who should hear of it
 * and cannot now: its audience (those who block the sender are already left
 * out of it) but the sender, those with a connected device anywhere, and
 * those who ignore the conversation. Nothing here ever holds up the message:
 * the work runs after the publish, and a full outbox or a failing store
 * drops the notification (warn, counted).
 */
import type { ConversationId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, NewTimelineEvent } from '../../header-store/header-store.js';
import type { MessageHeader } from '../../proto/frames.js';
import type { OnlineUsers } from '../delivery/online-users.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import { eventHeader } from '../wire-mappers.js';
import type { NotifyMetrics } from './notify-metrics.js';
import { notificationBody, type NotifyRecipient } from './notify-payload.js';

export interface NotifyEnqueuerOptions {
  store: Pick<HeaderStore, 'usersIgnoring' | 'enqueueNotification' | 'findUserById'>;
  directory: Pick<ConversationDirectory, 'get'>;
  online: OnlineUsers;
  /** notifyQueueMax. */
  maxQueued: number;
  metrics: NotifyMetrics;
  logger: Logger;
  /** Called after a notification was queued (the sender looks at once). */
  queued: () => void;
}

export class NotifyEnqueuer {
  /** Enqueues still running (close waits for them). */
  private readonly running = new Set<Promise<void>>();
  /** A full outbox is logged once until a notification is queued again. */
  private fullLogged = false;
  private closed = false;

  constructor(private readonly options: NotifyEnqueuerOptions) {}

  /** Timeline listener (synchronous): a new message starts its notification's work. */
  published(audience: readonly UserId[], event: NewTimelineEvent): void {
    if (event.kind !== 'message_new' || this.closed) return;
    const header = eventHeader(event.payload);
    if (!header) return;
    const work = this.enqueue(audience, event.conversationId, header).catch((err: unknown) => {
      this.options.metrics.dropped('store');
      this.options.logger.warn({ err, messageId: header.messageId }, 'notification not queued: the header store failed');
    });
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  /** Queues no more; waits for the enqueues under way. Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.running]);
  }

  private async enqueue(audience: readonly UserId[], conversationId: ConversationId, header: MessageHeader): Promise<void> {
    const recipients = await this.offlineRecipients(audience, conversationId, header.senderId as UserId);
    if (recipients.length === 0) return;
    const queued = await this.options.store.enqueueNotification(notificationBody(header, recipients), this.options.maxQueued);
    if (!queued) {
      this.options.metrics.dropped('full');
      if (!this.fullLogged) this.options.logger.warn({ maxQueued: this.options.maxQueued, messageId: header.messageId }, 'notification dropped: notifyQueueMax notifications already wait');
      this.fullLogged = true;
      return;
    }
    this.fullLogged = false;
    this.options.metrics.queued();
    this.options.queued();
  }

  /** The audience but the sender, those online anywhere and those who ignore the conversation, with their usernames. */
  private async offlineRecipients(audience: readonly UserId[], conversationId: ConversationId, senderId: UserId): Promise<NotifyRecipient[]> {
    const others = [...new Set(audience)].filter((id) => id !== senderId);
    if (others.length === 0) return [];
    const online = await this.options.online.onlineAmong(others);
    const offline = others.filter((id) => !online.has(id));
    if (offline.length === 0) return [];
    const ignoring = new Set(await this.options.store.usersIgnoring(conversationId, offline));
    const wanted = offline.filter((id) => !ignoring.has(id));
    if (wanted.length === 0) return [];
    const conversation = await this.options.directory.get(conversationId);
    const names = new Map<string, string>(conversation?.participants.map((p) => [p.userId, p.username]) ?? []);
    const recipients: NotifyRecipient[] = [];
    for (const userId of wanted) {
      // A participant removed since the message started is not in the cached conversation any more.
      const username = names.get(userId) ?? (await this.options.store.findUserById(userId))?.username;
      if (username !== undefined) recipients.push({ userId, username });
    }
    return recipients;
  }
}
