/**
 * Conversations with their participants, cached in-process: authorization
 * and fan-out look participants up on every message start, so they must not
 * cost a query each time. Every change goes through ConversationService,
 * which invalidates the entry.
 */
import type { ConversationId, UserId } from '../../common/ids.js';
import { VoxError } from '../../common/errors.js';
import type { ConversationRecord, HeaderStore } from '../../header-store/header-store.js';

const MAX_ENTRIES = 50_000;

export class ConversationDirectory {
  private readonly cache = new Map<ConversationId, Promise<ConversationRecord | undefined>>();

  constructor(private readonly store: HeaderStore) {}

  get(id: ConversationId): Promise<ConversationRecord | undefined> {
    let entry = this.cache.get(id);
    if (!entry) {
      if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
      entry = this.store.getConversation(id);
      this.cache.set(id, entry);
      entry.catch(() => this.cache.delete(id));
    }
    return entry;
  }

  /** A conversation this router just created: cached as read in its creating transaction (saves the first start a query). */
  remember(conversation: ConversationRecord): void {
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(conversation.id, Promise.resolve(conversation));
  }

  /**
   * The conversation if `userId` participates. VOX_CONVERSATION_NOT_FOUND
   * otherwise, whether it exists without them or not at all: an outsider
   * cannot tell other people's conversation ids from unused ones.
   */
  async requireParticipant(id: ConversationId, userId: UserId): Promise<ConversationRecord> {
    const conversation = await this.get(id);
    if (!conversation?.participants.some((p) => p.userId === userId)) throw new VoxError('VOX_CONVERSATION_NOT_FOUND');
    return conversation;
  }

  /** Whether `userId` takes part in the conversation (false when there is none). */
  async isParticipant(id: ConversationId, userId: UserId): Promise<boolean> {
    const conversation = await this.get(id);
    return conversation?.participants.some((p) => p.userId === userId) ?? false;
  }

  /** Drops every cached conversation (a relay link came back: changes made meanwhile elsewhere were missed). */
  clear(): void {
    this.cache.clear();
  }

  /**
   * The conversation changed elsewhere: drops the cached copy and, if there
   * was one, loads it again. Returns the participants who are gone.
   */
  async reload(id: ConversationId): Promise<UserId[]> {
    const before = await this.cache.get(id)?.catch(() => undefined);
    this.cache.delete(id);
    if (!before) return [];
    const after = await this.get(id);
    const still = new Set(after?.participants.map((p) => p.userId));
    return before.participants.map((p) => p.userId).filter((userId) => !still.has(userId));
  }

  invalidate(id: ConversationId): void {
    this.cache.delete(id);
  }
}
