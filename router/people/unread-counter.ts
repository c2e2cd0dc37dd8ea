/**
 * UnreadCounter: unread counts per user and conversation, kept in the hot
 * state so that every router of a ring answers the same. A message counts
 * once, when its router announces it (`message_new`): every user of its
 * audience but the sender gets one more. The user resets a count by reading
 * the conversation; leaving it drops the count.
 *
 * Degradation: an increment that fails is lost (retrying could count twice:
 * a timed-out call may still have run). A reset that fails is kept and
 * applied by the hot-state repair, so a conversation read during an outage
 * does not come back unread.
 */
import type { ConversationId, UserId } from '../../common/ids.js';
import type { NewTimelineEvent } from '../../header-store/header-store.js';
import type { HotState } from '../../header-store/hot-state.js';
import type { HotStateGuard } from './hot-state-guard.js';
import { eventHeader } from '../wire-mappers.js';

/** Resets kept for the repair at most; beyond it the oldest is forgotten. */
const MAX_PENDING_RESETS = 100_000;

export interface UnreadCounterOptions {
  guard: HotStateGuard;
}

export class UnreadCounter {
  /** Resets that failed, by `userId conversationId`, applied by the repair. */
  private readonly pendingResets = new Map<string, { userId: UserId; conversationId: ConversationId }>();

  constructor(private readonly options: UnreadCounterOptions) {
    options.guard.onRepair((hot) => this.applyPendingResets(hot));
  }

  /** Timeline listener: a new message announced to `audience` is one more unread for everyone in it but its sender. */
  published(audience: readonly UserId[], event: NewTimelineEvent): void {
    if (event.kind !== 'message_new') return;
    const senderId = eventHeader(event.payload)?.senderId;
    if (senderId === undefined) return;
    const conversationId = event.conversationId;
    const users = [...new Set(audience)].filter((id) => id !== senderId);
    if (users.length === 0) return;
    // A reset still waiting for the repair is older than this message: it must land first, not wipe it later.
    const postponed = users.filter((id) => this.pendingResets.delete(resetKey(id, conversationId)));
    void this.options.guard
      .run('incrementUnread', async (hot) => {
        const batch = hot.limits.maxUnreadBatch;
        const calls: Promise<void>[] = postponed.map((id) => hot.resetUnread(id, conversationId));
        for (let i = 0; i < users.length; i += batch) calls.push(hot.incrementUnread(conversationId, users.slice(i, i + batch)));
        await Promise.all(calls);
        return true;
      })
      .then((done) => {
        if (!done) for (const id of postponed) this.postpone(id, conversationId);
      });
  }

  /** Every non-zero count of a user; undefined when the hot state cannot say. */
  async counts(userId: UserId): Promise<Map<ConversationId, number> | undefined> {
    const counts = await this.options.guard.run('unreadCounts', (hot) => hot.unreadCounts(userId));
    if (!counts) return undefined;
    for (const pending of this.pendingResets.values()) if (pending.userId === userId) counts.delete(pending.conversationId);
    return counts;
  }

  /** One count; undefined when the hot state cannot say. */
  async count(userId: UserId, conversationId: ConversationId): Promise<number | undefined> {
    if (this.pendingResets.has(resetKey(userId, conversationId))) return 0;
    return this.options.guard.run('unreadCount', (hot) => hot.unreadCount(userId, conversationId));
  }

  /** Sets a count to zero (read, or left the conversation); postponed to the repair when the hot state fails. */
  async reset(userId: UserId, conversationId: ConversationId): Promise<void> {
    const key = resetKey(userId, conversationId);
    this.pendingResets.delete(key);
    const done = await this.options.guard.run('resetUnread', async (hot) => {
      await hot.resetUnread(userId, conversationId);
      return true;
    });
    if (!done) this.postpone(userId, conversationId);
  }

  private postpone(userId: UserId, conversationId: ConversationId): void {
    const key = resetKey(userId, conversationId);
    if (this.pendingResets.has(key)) return;
    if (this.pendingResets.size >= MAX_PENDING_RESETS) {
      const oldest = this.pendingResets.keys().next();
      if (!oldest.done) this.pendingResets.delete(oldest.value);
    }
    this.pendingResets.set(key, { userId, conversationId });
  }

  /**
   * Issues each postponed reset once, taking it off the list as it is issued:
   * an increment issued later (same connection, so ordered after it) is never wiped.
   */
  private async applyPendingResets(hot: HotState): Promise<void> {
    for (const [key, pending] of [...this.pendingResets]) {
      if (this.pendingResets.get(key) !== pending) continue;
      this.pendingResets.delete(key);
      try {
        await hot.resetUnread(pending.userId, pending.conversationId);
      } catch (err) {
        this.postpone(pending.userId, pending.conversationId);
        throw err;
      }
    }
  }
}

function resetKey(userId: UserId, conversationId: ConversationId): string {
  return `${userId} ${conversationId}`;
}
