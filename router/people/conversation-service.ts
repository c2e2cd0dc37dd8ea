/**
 * Conversation management on behalf of a user: create, list, get, add and
 * remove participants, leave. Only participants may read or change a
 * conversation; every change lands in the participants' timelines.
 */
import { VoxError } from '../../common/errors.js';
import type { ConversationId, UserId } from '../../common/ids.js';
import type { ConversationRecord, HeaderStore } from '../../header-store/header-store.js';
import type { BlockList } from './block-list.js';
import type { ConversationDirectory } from './conversation-directory.js';
import type { PresenceTracker } from '../delivery/presence-tracker.js';
import type { TimelineService } from './timeline-service.js';
import type { UnreadCounter } from './unread-counter.js';
import { toWireConversation, type HttpSpeaker } from '../wire-mappers.js';

const MAX_NAME_LENGTH = 200;
/** Bounds of a conversation's own retention (ms): one second to a century. */
export const MIN_RETENTION_MS = 1000;
export const MAX_RETENTION_MS = 100 * 365 * 24 * 3600 * 1000;

export interface ConversationServiceOptions {
  store: HeaderStore;
  directory: ConversationDirectory;
  timeline: TimelineService;
  /** Who refuses whom: no 1:1 with a blocker, not added by the blocked. */
  blocks: BlockList;
  maxParticipants: number;
  /** Called after a participant left or was removed (live delivery to them stops). */
  onParticipantRemoved?: (conversationId: ConversationId, userId: UserId) => void;
  /** Called after any change (a ring tells the other routers, whose cached copies are stale now). */
  onChanged?: (conversationId: ConversationId) => void;
  /** Unread counts (hot state); absent: conversations carry none. */
  unread?: UnreadCounter;
  /** Who is speaking now (hot state, else this router); absent: conversations carry none. */
  presence?: PresenceTracker;
}

/** A conversation with the state of one user in it: unread count (undefined when unknown) and speakers. */
export interface ConversationView {
  conversation: ConversationRecord;
  unread: number | undefined;
  speakers: HttpSpeaker[] | undefined;
}

export interface Actor {
  userId: UserId;
  username: string;
}

export class ConversationService {
  constructor(private readonly options: ConversationServiceOptions) {}

  async create(actor: Actor, withUsernames: unknown, name: unknown): Promise<ConversationRecord> {
    const usernames = parseUsernames(withUsernames);
    if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME_LENGTH)) {
      throw new VoxError('VOX_CONVERSATION_INVALID', `name must be a string of at most ${MAX_NAME_LENGTH} characters`);
    }
    const others = (await this.resolveUsers(usernames)).filter((id) => id !== actor.userId);
    if (others.length === 0) {
      throw new VoxError('VOX_CONVERSATION_INVALID', 'a conversation needs at least one other participant');
    }
    const participantIds = [actor.userId, ...new Set(others)];
    if (participantIds.length > this.options.maxParticipants) throw new VoxError('VOX_TOO_MANY_PARTICIPANTS');
    const isGroup = participantIds.length > 2 || (typeof name === 'string' && name.length > 0);
    const [only] = others;
    if (!isGroup && only !== undefined) await this.options.blocks.assertMayTalkOneToOne(actor, only);
    else await this.options.blocks.assertMayAdd(actor, others);
    const conversation = await this.options.store.createConversation({
      name: name ?? '',
      isGroup,
      createdBy: actor.userId,
      participantIds,
    });
    this.options.directory.remember(conversation);
    void this.announce(conversation, participantIds);
    return conversation;
  }

  list(actor: Actor): Promise<ConversationRecord[]> {
    return this.options.store.listConversations(actor.userId);
  }

  get(actor: Actor, id: ConversationId): Promise<ConversationRecord> {
    return this.options.directory.requireParticipant(id, actor.userId);
  }

  /** The actor's conversations with their unread counts and speakers (degraded: without what the hot state cannot say). */
  async listViews(actor: Actor): Promise<ConversationView[]> {
    const [list, counts] = await Promise.all([this.list(actor), this.options.unread?.counts(actor.userId)]);
    return Promise.all(
      list.map(async (conversation) => ({
        conversation,
        unread: counts ? (counts.get(conversation.id) ?? 0) : undefined,
        speakers: await this.speakers(actor, conversation),
      })),
    );
  }

  /** One conversation with the actor's unread count and its speakers. */
  async getView(actor: Actor, id: ConversationId): Promise<ConversationView> {
    return this.viewOf(actor, await this.get(actor, id));
  }

  /** A conversation (the actor's) with the actor's unread count and its speakers: every HTTP answer carries them. */
  async viewOf(actor: Actor, conversation: ConversationRecord): Promise<ConversationView> {
    const [unread, speakers] = await Promise.all([
      this.options.unread?.count(actor.userId, conversation.id),
      this.speakers(actor, conversation),
    ]);
    return { conversation, unread, speakers };
  }

  /** The actor has read the conversation: its unread count is zero. */
  async markRead(actor: Actor, id: ConversationId): Promise<void> {
    await this.get(actor, id);
    await this.options.unread?.reset(actor.userId, id);
  }

  async addParticipants(actor: Actor, id: ConversationId, usernames: unknown): Promise<ConversationRecord> {
    const conversation = await this.options.directory.requireParticipant(id, actor.userId);
    if (!conversation.isGroup) {
      throw new VoxError('VOX_CONVERSATION_INVALID', 'participants of a 1:1 conversation cannot change; create a group');
    }
    const ids = await this.resolveUsers(parseUsernames(usernames));
    const fresh = ids.filter((uid) => !conversation.participants.some((p) => p.userId === uid));
    if (conversation.participants.length + fresh.length > this.options.maxParticipants) {
      throw new VoxError('VOX_TOO_MANY_PARTICIPANTS');
    }
    await this.options.blocks.assertMayAdd(actor, fresh);
    if (fresh.length > 0) await this.options.store.addParticipants(id, fresh);
    return this.changed(id, []);
  }

  async removeParticipant(actor: Actor, id: ConversationId, username: string): Promise<ConversationRecord> {
    const conversation = await this.options.directory.requireParticipant(id, actor.userId);
    const target = conversation.participants.find((p) => p.username === username.toLowerCase());
    if (!target) throw new VoxError('VOX_USER_NOT_FOUND', 'that user is not a participant');
    if (target.userId !== actor.userId && conversation.createdBy !== actor.userId) {
      throw new VoxError('VOX_NOT_CREATOR', 'only the creator may remove other participants');
    }
    await this.options.store.removeParticipant(id, target.userId);
    this.options.onParticipantRemoved?.(id, target.userId);
    void this.options.unread?.reset(target.userId, id);
    return this.changed(id, [target.userId]);
  }

  /**
   * Sets how long the conversation keeps its messages (any participant may):
   * an integer of ms, or null for the router's retentionMs.
   */
  async setRetention(actor: Actor, id: ConversationId, retentionMs: unknown): Promise<ConversationRecord> {
    await this.options.directory.requireParticipant(id, actor.userId);
    const valid =
      retentionMs === null ||
      (typeof retentionMs === 'number' && Number.isInteger(retentionMs) && retentionMs >= MIN_RETENTION_MS && retentionMs <= MAX_RETENTION_MS);
    if (!valid) {
      throw new VoxError('VOX_CONVERSATION_INVALID', `retentionMs must be null or an integer in ${MIN_RETENTION_MS}..${MAX_RETENTION_MS}`);
    }
    await this.options.store.setConversationRetention(id, retentionMs);
    return this.changed(id, []);
  }

  leave(actor: Actor, id: ConversationId): Promise<ConversationRecord> {
    return this.removeParticipant(actor, id, actor.username);
  }

  private async changed(id: ConversationId, removed: UserId[]): Promise<ConversationRecord> {
    this.options.directory.invalidate(id);
    this.options.onChanged?.(id);
    const conversation = await this.options.directory.get(id);
    if (!conversation) throw new VoxError('VOX_CONVERSATION_NOT_FOUND');
    void this.announce(conversation, conversation.participants.map((p) => p.userId));
    if (removed.length > 0) {
      void this.options.timeline.publish(removed, {
        kind: 'conversation_left',
        conversationId: id,
        messageId: null,
        payload: { conversation: toWireConversation(conversation) },
      });
    }
    return conversation;
  }

  private async speakers(actor: Actor, conversation: ConversationRecord): Promise<HttpSpeaker[] | undefined> {
    const presence = this.options.presence;
    if (!presence) return undefined;
    const names = new Map(conversation.participants.map((p) => [p.userId as string, p.username]));
    return (await presence.speakersFor(conversation.id, actor.userId)).map((s) => {
      const username = names.get(s.userId);
      return { userId: s.userId, ...(username !== undefined ? { username } : {}), messageId: s.messageId };
    });
  }

  private announce(conversation: ConversationRecord, userIds: UserId[]): Promise<void> {
    return this.options.timeline.publish(userIds, {
      kind: 'conversation_changed',
      conversationId: conversation.id,
      messageId: null,
      payload: { conversation: toWireConversation(conversation) },
    });
  }

  private async resolveUsers(usernames: string[]): Promise<UserId[]> {
    const users = await this.options.store.findUsersByName(usernames);
    const missing = usernames.filter((n) => !users.some((u) => u.username === n));
    if (missing.length > 0) throw new VoxError('VOX_USER_NOT_FOUND', `no such user: ${missing.join(', ')}`);
    return users.map((u) => u.id);
  }
}

function parseUsernames(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list) || list.length === 0 || list.length > 10_000) {
    throw new VoxError('VOX_CONVERSATION_INVALID', 'expected a non-empty list of usernames');
  }
  return [
    ...new Set(
      list.map((n) => {
        if (typeof n !== 'string' || n.trim() === '') throw new VoxError('VOX_CONVERSATION_INVALID', 'usernames must be strings');
        return n.trim().toLowerCase();
      }),
    ),
  ];
}
