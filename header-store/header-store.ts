/**
 * HeaderStore keeps accounts, sessions, conversations, participants, message
 * headers and per-user timelines. Implementations: PgliteHeaderStore
 * (embedded default) and PostgresHeaderStore (pg), both over the same SQL and
 * migrations; one contract suite (test/header-store/header-store-contract.ts) runs on both.
 */
import type { ConversationId, MessageId, UserId } from '../common/ids.js';

export type ContentType = 'voice' | 'text' | 'image' | 'location';
/** recalled / expired: the body is deleted; the header stays, saying why. */
export type MessageState = 'live' | 'complete' | 'interrupted' | 'recalled' | 'expired';
export type TimelineEventKind =
  | 'message_new'
  | 'message_ended'
  | 'message_recalled'
  | 'message_expired'
  | 'conversation_changed'
  | 'conversation_left';

export interface UserRecord {
  id: UserId;
  username: string;
  /** scrypt hash in the self-describing format written by router/passwords.ts. */
  passwordHash: string;
  createdAt: Date;
}

export interface SessionRecord {
  /** sha256 of the token, hex; the token itself is never stored. */
  tokenHash: string;
  userId: UserId;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface ParticipantRecord {
  userId: UserId;
  username: string;
}

/** How one device hears one conversation: live (normal), not pushed live (ignore), live without being shown listening (screen). */
export type ListenMode = 'normal' | 'ignore' | 'screen';

/** A user someone blocks, and since when. */
export interface BlockRecord {
  userId: UserId;
  username: string;
  createdAt: Date;
}

export interface ConversationRecord {
  id: ConversationId;
  name: string;
  isGroup: boolean;
  createdBy: UserId;
  createdAt: Date;
  participants: ParticipantRecord[];
  /** Messages older than this are deleted (ms); null = the router's retentionMs. */
  retentionMs: number | null;
}

export interface OpusParamsRecord {
  sampleRate: number;
  channels: number;
  frameDurationUs: number;
  preSkip: number;
}

/** A shared location (degrees times 10^7, as on the wire). */
export interface LocationRecord {
  latitudeE7: number;
  longitudeE7: number;
  accuracyM: number;
  formattedAddress: string;
}

/** A picture's metadata; its body holds the thumbnail bytes, then the full image bytes. */
export interface ImageRecord {
  type: string;
  width: number;
  height: number;
  source: string;
  thumbnailBytes: number;
  imageBytes: number;
}

export interface MessageRecord {
  id: MessageId;
  conversationId: ConversationId;
  senderId: UserId;
  senderName: string;
  senderDevice: string;
  contentType: ContentType;
  opus: OpusParamsRecord | null;
  text: string | null;
  state: MessageState;
  startedAt: Date;
  endedAt: Date | null;
  durationMs: number;
  chunkCount: number;
  byteCount: number;
  /** Present: sent to this one participant only (heard by them and the sender). Absent on most messages. */
  forUser?: { userId: UserId; username: string };
  /** Present on 'location' messages only. */
  location?: LocationRecord;
  /** Present on 'image' messages only. */
  image?: ImageRecord;
  /** In a ring: the router where the voice message is live (or was last live, where its body was written). */
  liveRouter?: string;
}

/** Fields a message may change after insert. */
export interface MessageUpdate {
  state?: MessageState;
  endedAt?: Date | null;
  durationMs?: number;
  chunkCount?: number;
  byteCount?: number;
  liveRouter?: string;
}

export interface TimelineEventRecord {
  /** Position in the owning user's timeline; strictly increasing per user. */
  cursor: number;
  userId: UserId;
  kind: TimelineEventKind;
  conversationId: ConversationId;
  messageId: MessageId | null;
  /** Snapshot of what the event is about (header or conversation), as stored. */
  payload: unknown;
  at: Date;
}

export interface NewTimelineEvent {
  kind: TimelineEventKind;
  conversationId: ConversationId;
  messageId: MessageId | null;
  payload: unknown;
  /** When it happened; default: the database's clock. */
  at?: Date;
}

/** One event for appendTimelines and the users whose timelines get it. */
export interface TimelineAppend {
  userIds: readonly UserId[];
  event: NewTimelineEvent;
}

/** delivered: a device of the user got the message through its end; heard: a device said it played it. */
export type ReceiptKind = 'delivered' | 'heard';

/** One user's receipt of one message; the first time of each kind is kept. */
export interface ReceiptRecord {
  messageId: MessageId;
  userId: UserId;
  kind: ReceiptKind;
  atMs: number;
}

/** A stored receipt with its user's name, as reads return it. */
export interface ReceiptView extends ReceiptRecord {
  username: string;
}

/** A webhook notification claimed from the outbox: its exact body and how many tries it has had (this one included). */
export interface NotificationRow {
  id: number;
  body: string;
  attempts: number;
}

/** What is metered per user (see README.md, *Usage metering*). */
export interface UsageFigures {
  talkMs: number;
  messages: number;
  bytesIn: number;
  bytesOut: number;
  storageBytes: number;
}

/** Increments of one user's figures on one UTC day (`YYYY-MM-DD`). */
export interface UsageDelta extends UsageFigures {
  userId: UserId;
  day: string;
}

/** One user's figures summed over a range of days. */
export interface UsageTotal extends UsageFigures {
  userId: UserId;
  /** Empty when the account is gone. */
  username: string;
}

/** Which usage to sum: one user or all; days `from`..`to` inclusive (`YYYY-MM-DD`), absent: open. */
export interface UsageFilter {
  userId?: UserId;
  from?: string;
  to?: string;
}

export interface HeaderStore {
  /** Applies pending migrations. Safe to call on every start. */
  migrate(): Promise<void>;

  /** @throws VoxError VOX_USERNAME_TAKEN */
  createUser(username: string, passwordHash: string): Promise<UserRecord>;
  findUserByName(username: string): Promise<UserRecord | undefined>;
  findUserById(id: UserId): Promise<UserRecord | undefined>;
  /** Users for these names, in no particular order; unknown names are absent. */
  findUsersByName(usernames: readonly string[]): Promise<UserRecord[]>;

  createSession(session: { tokenHash: string; userId: UserId; expiresAt: Date }): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  revokeSession(tokenHash: string, at: Date): Promise<void>;
  /** Revokes the user's live sessions beyond the `keep` most recently created; returns their token hashes. */
  revokeSessionsBeyond(userId: UserId, keep: number, at: Date): Promise<string[]>;

  /** Creates the conversation with its participants (creator included by the caller). */
  createConversation(input: {
    name: string;
    isGroup: boolean;
    createdBy: UserId;
    participantIds: readonly UserId[];
  }): Promise<ConversationRecord>;
  getConversation(id: ConversationId): Promise<ConversationRecord | undefined>;
  listConversations(userId: UserId): Promise<ConversationRecord[]>;
  addParticipants(id: ConversationId, userIds: readonly UserId[]): Promise<void>;
  removeParticipant(id: ConversationId, userId: UserId): Promise<void>;
  isParticipant(id: ConversationId, userId: UserId): Promise<boolean>;

  /** `blockerId` blocks `blockedId` (again: no change); returns since when. @throws VoxError VOX_USER_NOT_FOUND, VOX_BAD_REQUEST (oneself) */
  addBlock(blockerId: UserId, blockedId: UserId): Promise<Date>;
  /** Whether there was such a block. */
  removeBlock(blockerId: UserId, blockedId: UserId): Promise<boolean>;
  /** Whom `blockerId` blocks, newest first, at most `limit`. */
  listBlocks(blockerId: UserId, limit: number): Promise<BlockRecord[]>;
  /** The users among `candidates` who block `blockedId`, in no particular order. */
  blockersAmong(blockedId: UserId, candidates: readonly UserId[]): Promise<UserId[]>;

  /** Sets how `deviceId` of `userId` hears a conversation ('normal' forgets it). @throws VoxError VOX_USER_NOT_FOUND, VOX_CONVERSATION_NOT_FOUND */
  setListenMode(userId: UserId, deviceId: string, conversationId: ConversationId, mode: ListenMode): Promise<void>;
  /** The conversations `deviceId` of `userId` does not hear normally, with their mode. */
  listenModes(userId: UserId, deviceId: string): Promise<Map<ConversationId, ListenMode>>;
  /** Those of `userIds` who ignore the conversation: some device of theirs set IGNORE for it and none SCREEN. */
  usersIgnoring(conversationId: ConversationId, userIds: readonly UserId[]): Promise<UserId[]>;

  /** @throws VoxError VOX_MESSAGE_EXISTS when the id is taken */
  insertMessage(message: MessageRecord): Promise<void>;
  /** @throws VoxError VOX_MESSAGE_NOT_FOUND */
  updateMessage(id: MessageId, update: MessageUpdate): Promise<void>;
  /**
   * Updates a message only while it is still live, and, when `onRouter` is
   * given, live on that router (null: on none). False when it is not (or
   * does not exist): another router claimed or ended it meanwhile, and its
   * header is not the caller's to end.
   */
  updateLiveMessage(id: MessageId, update: MessageUpdate, onRouter?: string | null): Promise<boolean>;
  getMessage(id: MessageId): Promise<MessageRecord | undefined>;
  /** Newest first; `before` is exclusive on startedAt. */
  listMessages(
    conversationId: ConversationId,
    /** viewer: leave out messages sent to another participant only (`forUser`) unless the viewer sent them, and those of senders the viewer blocks. */
    options: { before?: Date; limit: number; viewer?: UserId },
  ): Promise<MessageRecord[]>;
  /** Messages left in state 'live' (used at start to mark them interrupted). */
  listLiveMessages(): Promise<MessageRecord[]>;
  /** Sets (null: clears) a conversation's own retention. @throws VoxError VOX_CONVERSATION_NOT_FOUND */
  setConversationRetention(id: ConversationId, retentionMs: number | null): Promise<void>;
  /**
   * Finished messages (complete or interrupted) older than their
   * conversation's retention — or `defaultRetentionMs` where it has none
   * (0: keep forever) — at `now`; oldest first, at most `limit`.
   */
  listExpiredMessages(options: { defaultRetentionMs: number; now: Date; limit: number }): Promise<MessageRecord[]>;
  /**
   * Marks a message recalled or expired and clears its text, unless it is
   * already one of the two. Returns the updated header when this call
   * changed it, undefined otherwise (so of two routers doing it at once,
   * exactly one announces it).
   */
  markMessageGone(id: MessageId, state: 'recalled' | 'expired', at: Date): Promise<MessageRecord | undefined>;

  /**
   * Appends one event to each user's timeline in one transaction and
   * returns the cursor each user got.
   */
  appendTimeline(
    userIds: readonly UserId[],
    event: NewTimelineEvent,
  ): Promise<Map<UserId, number>>;
  /**
   * appendTimeline for several events in one transaction, in batch order (a
   * user in several of them gets increasing cursors in that order); returns
   * each event's cursors. A burst of events costs one statement, not one each.
   */
  appendTimelines(batch: readonly TimelineAppend[]): Promise<Map<UserId, number>[]>;
  /** Events with cursor > since, oldest first, at most limit. */
  readTimeline(userId: UserId, since: number, limit: number): Promise<TimelineEventRecord[]>;
  /** Newest cursor of the user's timeline, 0 when empty. */
  timelineHead(userId: UserId): Promise<number>;

  /**
   * Stores receipts in one statement; one already stored (same message,
   * user and kind) keeps its first time. Returns those this call stored.
   */
  addReceipts(receipts: readonly ReceiptRecord[]): Promise<ReceiptRecord[]>;
  /** The receipts of these messages, with usernames, oldest first per message. */
  listReceipts(messageIds: readonly MessageId[]): Promise<ReceiptView[]>;

  /** Queues a notification body unless `maxQueued` wait already; returns whether it was queued. */
  enqueueNotification(body: string, maxQueued: number): Promise<boolean>;
  /** Claims up to `limit` due notifications for `leaseMs` (no other caller gets them meanwhile); each try counted. */
  claimNotifications(limit: number, leaseMs: number): Promise<NotificationRow[]>;
  /** A claimed notification failed: due again in `delayMs`. */
  retryNotificationIn(id: number, delayMs: number): Promise<void>;
  /** Removes a notification (sent, or given up). */
  removeNotification(id: number): Promise<void>;
  /** Notifications waiting, claimed or not. */
  notificationCount(): Promise<number>;
  /** Adds increments to the per-day usage rows in one statement (rows are created as needed; never overwritten). */
  addUsage(deltas: readonly UsageDelta[]): Promise<void>;
  /** Each user's usage summed over the filter's days, by username; users with no row in range are absent. */
  usageTotals(filter: UsageFilter): Promise<UsageTotal[]>;

  /** Idempotent. */
  close(): Promise<void>;
}
