/**
 * SqlHeaderStore is the one HeaderStore implementation; PgliteHeaderStore and
 * PostgresHeaderStore only differ in the SqlClient they hand it. It runs the
 * migrations and maps every driver error to a VoxError; the SQL that reads
 * or writes rows lives in the sql-*-queries.ts files, one per concept
 * (accounts, conversations, messages, timelines).
 */
import { VoxError, type ErrorCode } from '../common/errors.js';
import type { ConversationId, MessageId, UserId } from '../common/ids.js';
import type {
  BlockRecord,
  ListenMode,
  ConversationRecord,
  NotificationRow,
  HeaderStore,
  MessageRecord,
  MessageUpdate,
  NewTimelineEvent,
  ReceiptRecord,
  ReceiptView,
  SessionRecord,
  TimelineAppend,
  TimelineEventRecord,
  UsageDelta,
  UsageFilter,
  UsageTotal,
  UserRecord,
} from './header-store.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import {
  insertSession,
  insertUser,
  selectSession,
  selectUserById,
  selectUserByName,
  selectUsersByNames,
  updateSessionRevoked,
  revokeSessionsBeyond,
} from './sql-account-queries.js';
import { deleteBlock, insertBlock, selectBlockersAmong, selectBlocks } from './sql-block-queries.js';
import { selectListenModes, selectUsersIgnoring, upsertListenMode } from './sql-listen-mode-queries.js';
import {
  claimNotifications,
  countNotifications,
  deleteNotification,
  insertNotification,
  updateNotificationDue,
} from './sql-notify-outbox-queries.js';
import type { SqlClient } from './sql-client.js';
import { insertReceipts, selectReceipts } from './sql-receipt-queries.js';
import { selectUsageTotals, upsertUsage } from './sql-usage-queries.js';
import {
  deleteParticipant,
  insertConversation,
  insertParticipants,
  selectConversation,
  selectConversationsOf,
  selectIsParticipant,
  updateConversationRetention,
} from './sql-conversation-queries.js';
import {
  insertMessageRow,
  selectExpiredMessages,
  selectLiveMessages,
  selectMessage,
  selectMessages,
  updateMessageGone,
  updateLiveMessageRow,
  updateMessageRow,
} from './sql-message-queries.js';
import {
  insertTimelineEvents,
  selectTimeline,
  selectTimelineHead,
  timelinePairs,
} from './sql-timeline-queries.js';

/** Options for SqlHeaderStore. */
export interface SqlHeaderStoreOptions {
  /** Owned: closed by close(). */
  client: SqlClient;
  /** Defaults to MIGRATIONS; tests may pass a longer list. */
  migrations?: readonly Migration[];
}

/**
 * Advisory lock key serialising migrate() across processes sharing one
 * database: "voxmigr" as ASCII, written in decimal because int8 input takes
 * no hex before Postgres 16. Transaction-scoped, so a crash releases it.
 */
const MIGRATION_LOCK_KEY = '33336610274240370';

/** Unique and foreign-key violations that callers see as domain errors. */
const CONSTRAINT_ERRORS: Readonly<Record<string, ErrorCode>> = {
  users_username_key: 'VOX_USERNAME_TAKEN',
  messages_pkey: 'VOX_MESSAGE_EXISTS',
  participants_conversation_id_fkey: 'VOX_CONVERSATION_NOT_FOUND',
  messages_conversation_id_fkey: 'VOX_CONVERSATION_NOT_FOUND',
  participants_user_id_fkey: 'VOX_USER_NOT_FOUND',
  sessions_user_id_fkey: 'VOX_USER_NOT_FOUND',
  conversations_created_by_fkey: 'VOX_USER_NOT_FOUND',
  messages_sender_id_fkey: 'VOX_USER_NOT_FOUND',
  timeline_heads_user_id_fkey: 'VOX_USER_NOT_FOUND',
  blocks_blocker_id_fkey: 'VOX_USER_NOT_FOUND',
  blocks_blocked_id_fkey: 'VOX_USER_NOT_FOUND',
  blocks_not_self: 'VOX_BAD_REQUEST',
  listen_modes_user_id_fkey: 'VOX_USER_NOT_FOUND',
  listen_modes_conversation_id_fkey: 'VOX_CONVERSATION_NOT_FOUND',
};

/** HeaderStore over any SqlClient (node-postgres pool or PGlite). */
export class SqlHeaderStore implements HeaderStore {
  readonly #client: SqlClient;
  readonly #migrations: readonly Migration[];
  #closing: Promise<void> | undefined;

  constructor(options: SqlHeaderStoreOptions) {
    this.#client = options.client;
    this.#migrations = options.migrations ?? MIGRATIONS;
  }

  async migrate(): Promise<void> {
    await this.#run('migrate', () =>
      this.#client.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
        await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now())`);
        const { rows } = await tx.query<{ version: number }>(
          'SELECT version FROM schema_migrations',
        );
        const applied = new Set(rows.map((r) => r.version));
        for (const migration of this.#migrations) {
          if (applied.has(migration.version)) continue;
          await tx.exec(migration.sql);
          await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
        }
      }),
    );
  }

  // --- accounts

  async createUser(username: string, passwordHash: string): Promise<UserRecord> {
    return this.#run('createUser', () => insertUser(this.#client, username, passwordHash));
  }

  async findUserByName(username: string): Promise<UserRecord | undefined> {
    return this.#run('findUserByName', () => selectUserByName(this.#client, username));
  }

  async findUserById(id: UserId): Promise<UserRecord | undefined> {
    return this.#run('findUserById', () => selectUserById(this.#client, id));
  }

  async findUsersByName(usernames: readonly string[]): Promise<UserRecord[]> {
    if (usernames.length === 0) return [];
    return this.#run('findUsersByName', () => selectUsersByNames(this.#client, usernames));
  }

  async createSession(session: {
    tokenHash: string;
    userId: UserId;
    expiresAt: Date;
  }): Promise<void> {
    await this.#run('createSession', () => insertSession(this.#client, session));
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    return this.#run('findSession', () => selectSession(this.#client, tokenHash));
  }

  async revokeSession(tokenHash: string, at: Date): Promise<void> {
    await this.#run('revokeSession', () => updateSessionRevoked(this.#client, tokenHash, at));
  }

  async revokeSessionsBeyond(userId: UserId, keep: number, at: Date): Promise<string[]> {
    return this.#run('revokeSessionsBeyond', () => revokeSessionsBeyond(this.#client, userId, keep, at));
  }

  // --- conversations

  async createConversation(input: {
    name: string;
    isGroup: boolean;
    createdBy: UserId;
    participantIds: readonly UserId[];
  }): Promise<ConversationRecord> {
    return this.#run('createConversation', () => insertConversation(this.#client, input));
  }

  async getConversation(id: ConversationId): Promise<ConversationRecord | undefined> {
    return this.#run('getConversation', () => selectConversation(this.#client, id));
  }

  async listConversations(userId: UserId): Promise<ConversationRecord[]> {
    return this.#run('listConversations', () => selectConversationsOf(this.#client, userId));
  }

  async addParticipants(id: ConversationId, userIds: readonly UserId[]): Promise<void> {
    await this.#run('addParticipants', () => insertParticipants(this.#client, id, userIds));
  }

  async removeParticipant(id: ConversationId, userId: UserId): Promise<void> {
    await this.#run('removeParticipant', () => deleteParticipant(this.#client, id, userId));
  }

  async isParticipant(id: ConversationId, userId: UserId): Promise<boolean> {
    return this.#run('isParticipant', () => selectIsParticipant(this.#client, id, userId));
  }

  // --- listen modes

  async setListenMode(userId: UserId, deviceId: string, conversationId: ConversationId, mode: ListenMode): Promise<void> {
    await this.#run('setListenMode', () => upsertListenMode(this.#client, userId, deviceId, conversationId, mode));
  }

  async listenModes(userId: UserId, deviceId: string): Promise<Map<ConversationId, ListenMode>> {
    return this.#run('listenModes', () => selectListenModes(this.#client, userId, deviceId));
  }

  async usersIgnoring(conversationId: ConversationId, userIds: readonly UserId[]): Promise<UserId[]> {
    if (userIds.length === 0) return [];
    return this.#run('usersIgnoring', () => selectUsersIgnoring(this.#client, conversationId, userIds));
  }

  // --- blocks

  async addBlock(blockerId: UserId, blockedId: UserId): Promise<Date> {
    return this.#run('addBlock', () => insertBlock(this.#client, blockerId, blockedId));
  }

  async addReceipts(receipts: readonly ReceiptRecord[]): Promise<ReceiptRecord[]> {
    return this.#run('addReceipts', () => insertReceipts(this.#client, receipts));
  }

  async listReceipts(messageIds: readonly MessageId[]): Promise<ReceiptView[]> {
    return this.#run('listReceipts', () => selectReceipts(this.#client, messageIds));
  }

  async addUsage(deltas: readonly UsageDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    await this.#run('addUsage', () => upsertUsage(this.#client, deltas));
  }

  async usageTotals(filter: UsageFilter): Promise<UsageTotal[]> {
    return this.#run('usageTotals', () => selectUsageTotals(this.#client, filter));
  }

  async removeBlock(blockerId: UserId, blockedId: UserId): Promise<boolean> {
    return this.#run('removeBlock', () => deleteBlock(this.#client, blockerId, blockedId));
  }

  async listBlocks(blockerId: UserId, limit: number): Promise<BlockRecord[]> {
    return this.#run('listBlocks', () => selectBlocks(this.#client, blockerId, limit));
  }

  async blockersAmong(blockedId: UserId, candidates: readonly UserId[]): Promise<UserId[]> {
    if (candidates.length === 0) return [];
    return this.#run('blockersAmong', () => selectBlockersAmong(this.#client, blockedId, candidates));
  }

  async setConversationRetention(id: ConversationId, retentionMs: number | null): Promise<void> {
    await this.#run('setConversationRetention', () =>
      updateConversationRetention(this.#client, id, retentionMs),
    );
  }

  // --- messages

  async insertMessage(message: MessageRecord): Promise<void> {
    await this.#run('insertMessage', () => insertMessageRow(this.#client, message));
  }

  /** @throws VoxError VOX_MESSAGE_NOT_FOUND when no message has this id. */
  async updateMessage(id: MessageId, update: MessageUpdate): Promise<void> {
    await this.#run('updateMessage', () => updateMessageRow(this.#client, id, update));
  }

  async updateLiveMessage(id: MessageId, update: MessageUpdate, onRouter?: string | null): Promise<boolean> {
    return this.#run('updateLiveMessage', () => updateLiveMessageRow(this.#client, id, update, onRouter));
  }

  async getMessage(id: MessageId): Promise<MessageRecord | undefined> {
    return this.#run('getMessage', () => selectMessage(this.#client, id));
  }

  async listMessages(
    conversationId: ConversationId,
    options: { before?: Date; limit: number; viewer?: UserId },
  ): Promise<MessageRecord[]> {
    return this.#run('listMessages', () => selectMessages(this.#client, conversationId, options));
  }

  async listLiveMessages(): Promise<MessageRecord[]> {
    return this.#run('listLiveMessages', () => selectLiveMessages(this.#client));
  }

  async listExpiredMessages(options: {
    defaultRetentionMs: number;
    now: Date;
    limit: number;
  }): Promise<MessageRecord[]> {
    return this.#run('listExpiredMessages', () => selectExpiredMessages(this.#client, options));
  }

  async markMessageGone(
    id: MessageId,
    state: 'recalled' | 'expired',
    at: Date,
  ): Promise<MessageRecord | undefined> {
    return this.#run('markMessageGone', () => updateMessageGone(this.#client, id, state, at));
  }

  // --- timelines

  async appendTimeline(userIds: readonly UserId[], event: NewTimelineEvent): Promise<Map<UserId, number>> {
    const [cursors] = await this.appendTimelines([{ userIds, event }]);
    return cursors ?? new Map();
  }

  async appendTimelines(batch: readonly TimelineAppend[]): Promise<Map<UserId, number>[]> {
    const pairs = timelinePairs(batch);
    if (pairs.users.length === 0) return batch.map(() => new Map<UserId, number>());
    return this.#run('appendTimelines', () => insertTimelineEvents(this.#client, batch, pairs));
  }

  async readTimeline(userId: UserId, since: number, limit: number): Promise<TimelineEventRecord[]> {
    return this.#run('readTimeline', () => selectTimeline(this.#client, userId, since, limit));
  }

  async timelineHead(userId: UserId): Promise<number> {
    return this.#run('timelineHead', () => selectTimelineHead(this.#client, userId));
  }

  // --- notification outbox

  async enqueueNotification(body: string, maxQueued: number): Promise<boolean> {
    return this.#run('enqueueNotification', () => insertNotification(this.#client, body, maxQueued));
  }

  async claimNotifications(limit: number, leaseMs: number): Promise<NotificationRow[]> {
    return this.#run('claimNotifications', () => claimNotifications(this.#client, limit, leaseMs));
  }

  async retryNotificationIn(id: number, delayMs: number): Promise<void> {
    await this.#run('retryNotificationIn', () => updateNotificationDue(this.#client, id, delayMs));
  }

  async removeNotification(id: number): Promise<void> {
    await this.#run('removeNotification', () => deleteNotification(this.#client, id));
  }

  async notificationCount(): Promise<number> {
    return this.#run('notificationCount', () => countNotifications(this.#client));
  }

  close(): Promise<void> {
    this.#closing ??= this.#client.close();
    return this.#closing;
  }

  async #run<T>(action: string, fn: () => Promise<T>): Promise<T> {
    if (this.#closing)
      throw new VoxError('VOX_STORAGE_FAILED', `header store: ${action} after close`);
    try {
      return await fn();
    } catch (err) {
      throw toStoreError(err, action);
    }
  }
}

/** Maps a driver error to a VoxError: known constraints by name, the rest as storage failures. */
export function toStoreError(err: unknown, action: string): VoxError {
  if (err instanceof VoxError) return err;
  if (typeof err === 'object' && err !== null && 'code' in err && 'constraint' in err) {
    const { code, constraint } = err;
    // unique, foreign key, check
    if ((code === '23505' || code === '23503' || code === '23514') && typeof constraint === 'string') {
      const mapped = CONSTRAINT_ERRORS[constraint];
      if (mapped) return new VoxError(mapped, undefined, { cause: err });
    }
  }
  return new VoxError('VOX_STORAGE_FAILED', `header store: ${action} failed`, { cause: err });
}
