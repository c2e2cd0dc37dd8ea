/**
 * HotState: the small, fast-changing state routers share while people talk.
 * Implementations: MemoryHotState (one process, the single-node default) and
 * RedisHotState (shared by every router of a ring); one contract suite
 * (test/header-store/hot-state-contract.ts) runs against both.
 *
 * It is a cache and an index, never the record: headers and bodies stay in
 * the header and body stores. RedisHotState rejects with a retryable
 * VoxError VOX_STORAGE_FAILED whenever Redis cannot answer, so the router
 * can log, carry on without it (degraded) and rebuild what matters later.
 */
import type { ConversationId, MessageId, RouterId, UserId } from '../common/ids.js';
import type { MessageRecord } from './header-store.js';

/** Someone speaking now in a conversation. */
export interface SpeakerEntry {
  messageId: MessageId;
  userId: UserId;
  startedAtMs: number;
}

/** An in-progress message and the router where it is live (where its chunks arrive). */
export interface LiveEntry {
  messageId: MessageId;
  conversationId: ConversationId;
  senderId: UserId;
  routerId: RouterId;
  startedAtMs: number;
}

/** The keys of T whose values are Dates (`Date | null` included). */
type DateKeys<T> = {
  [K in keyof T]-?: Exclude<T[K], null | undefined> extends Date ? K : never;
}[keyof T];

/** T with every Date field `x` replaced by `xMs`, ms since epoch (null stays null); the other fields as they are. */
type WithMsTimes<T> = {
  [K in keyof T as K extends DateKeys<T> ? `${K & string}Ms` : K]: K extends DateKeys<T>
    ? Exclude<T[K], Date> | number
    : T[K];
};

/**
 * A message header as a conversation's recent list caches it: the stored
 * MessageRecord with `startedAt` / `endedAt` as `startedAtMs` / `endedAtMs`,
 * derived so the two cannot drift. Redis holds it as this JSON; headers cached
 * by earlier versions also carry `liveOn: null`, which nothing reads.
 */
export type CachedHeader = WithMsTimes<MessageRecord>;

/** Bounds shared by the implementations; every collection is capped. */
export interface HotStateLimits {
  /** Speakers kept per conversation; beyond it the oldest is dropped (a leak guard). Default 64. */
  maxSpeakersPerConversation: number;
  /** A conversation's speaker list expires this long after its last addSpeaker. Default 30 min. */
  speakersTtlMs: number;
  /** Users per incrementUnread call. Default 10 000. */
  maxUnreadBatch: number;
  /** Headers kept per conversation, newest first. Default 64 (the router's default history page of 50, its fill mark and slack). */
  recentHeadersCap: number;
  /** A conversation's recent headers expire this long after the last putHeader. Default 10 min. */
  recentHeadersTtlMs: number;
}

export const DEFAULT_HOT_STATE_LIMITS: Readonly<HotStateLimits> = Object.freeze({
  maxSpeakersPerConversation: 64,
  speakersTtlMs: 30 * 60 * 1000,
  maxUnreadBatch: 10_000,
  recentHeadersCap: 64,
  recentHeadersTtlMs: 10 * 60 * 1000,
});

/** Shared hot state; every method may reject with VOX_STORAGE_FAILED (retryable) or VOX_BAD_REQUEST. */
export interface HotState {
  readonly limits: Readonly<HotStateLimits>;

  /** Records (or refreshes) a speaker; keyed by message id. */
  addSpeaker(conversationId: ConversationId, speaker: SpeakerEntry): Promise<void>;
  /** Removes a speaker; false when it was not there. */
  removeSpeaker(conversationId: ConversationId, messageId: MessageId): Promise<boolean>;
  /** Speakers of a conversation, oldest first (by startedAtMs, then message id). */
  speakers(conversationId: ConversationId): Promise<SpeakerEntry[]>;

  /** Adds `by` (default 1) to the unread count of every (distinct) user for the conversation, in one atomic step. */
  incrementUnread(
    conversationId: ConversationId,
    userIds: readonly UserId[],
    by?: number,
  ): Promise<void>;
  /** One user's unread count in one conversation (0 when none). */
  unreadCount(userId: UserId, conversationId: ConversationId): Promise<number>;
  /** Every non-zero unread count of a user. */
  unreadCounts(userId: UserId): Promise<Map<ConversationId, number>>;
  resetUnread(userId: UserId, conversationId: ConversationId): Promise<void>;

  /** Indexes a live message under its router; setting it again with another router moves it. */
  setLive(entry: LiveEntry): Promise<void>;
  getLive(messageId: MessageId): Promise<LiveEntry | undefined>;
  /** Removes a live message from the index; false when it was not there. */
  removeLive(messageId: MessageId): Promise<boolean>;
  /** Every message live on a router, oldest first (for failover when that router dies). */
  liveOnRouter(routerId: RouterId): Promise<LiveEntry[]>;

  /**
   * Users with a device on `routerId` now, each until `ttlMs` from now unless
   * marked again (a router refreshes its users while they stay). Any number
   * of users; duplicates are harmless.
   */
  markOnline(routerId: RouterId, userIds: readonly UserId[], ttlMs: number): Promise<void>;
  /** Users whose last device on `routerId` left. */
  markOffline(routerId: RouterId, userIds: readonly UserId[]): Promise<void>;
  /** Those of `userIds` marked online on some router and not expired. */
  onlineAmong(userIds: readonly UserId[]): Promise<Set<UserId>>;

  /** Caches (or replaces, by id) a header in its conversation's recent list. */
  putHeader(header: CachedHeader): Promise<void>;
  /** Up to `limit` (default and max: recentHeadersCap) cached headers, newest first (by startedAtMs, then id). */
  recentHeaders(conversationId: ConversationId, limit?: number): Promise<CachedHeader[]>;
  /** Drops a conversation's cached headers. */
  evictHeaders(conversationId: ConversationId): Promise<void>;

  /** Releases connections; safe to call twice. Later calls reject with VOX_SHUTTING_DOWN. */
  close(): Promise<void>;
}
