/**
 * SqlHeaderStore is the one HeaderStore implementation; PgliteHeaderStore and
 * PostgresHeaderStore only differ in the SqlClient they hand it. All SQL that
 * reads or writes rows lives in this file.
 */
import { randomUUID } from 'node:crypto';
import { VoxError, type ErrorCode } from '../common/errors.js';
import type { ConversationId, MessageId, UserId } from '../common/ids.js';
import type {
  ConversationRecord,
  HeaderStore,
  MessageRecord,
  MessageUpdate,
  NewTimelineEvent,
  SessionRecord,
  TimelineAppend,
  TimelineEventRecord,
  UserRecord,
} from './header-store.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import type { SqlClient } from './sql-client.js';
import {
  toConversation,
  toMessage,
  toSession,
  toTimelineEvent,
  toUser,
  type ConversationRow,
  type MessageRow,
  type SessionRow,
  type TimelineRow,
  type UserRow,
} from './sql-rows.js';

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
};

const USER_COLUMNS = 'id, username, password_hash, created_at';

const MESSAGE_COLUMNS = `id, conversation_id, sender_id, sender_name, sender_device, content_type,
  opus, text, state, started_at, ended_at, duration_ms, chunk_count, byte_count,
  for_user_id, for_username, location, image, live_router`;

/** Messages sent to one participant only are visible to that participant and the sender. */
function visibleTo(param: string): string {
  return `(for_user_id IS NULL OR for_user_id = ${param} OR sender_id = ${param})`;
}

const CONVERSATION_SELECT = `
SELECT c.id, c.name, c.is_group, c.created_by, c.created_at, c.retention_ms,
  (SELECT coalesce(
     json_agg(json_build_object('userId', u.id, 'username', u.username)
              ORDER BY p.joined_at, u.username),
     '[]'::json)
   FROM participants p JOIN users u ON u.id = p.user_id
   WHERE p.conversation_id = c.id) AS participants
FROM conversations c`;

/** MessageUpdate field → column; the only names updateMessage interpolates. */
const MESSAGE_UPDATE_COLUMNS = {
  state: 'state',
  endedAt: 'ended_at',
  durationMs: 'duration_ms',
  chunkCount: 'chunk_count',
  byteCount: 'byte_count',
  liveRouter: 'live_router',
} as const satisfies Record<keyof MessageUpdate, string>;

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

  async createUser(username: string, passwordHash: string): Promise<UserRecord> {
    return this.#run('createUser', async () => {
      const { rows } = await this.#client.query<UserRow>(
        `INSERT INTO users (id, username, password_hash) VALUES ($1, $2, $3) RETURNING ${USER_COLUMNS}`,
        [randomUUID(), username, passwordHash],
      );
      return toUser(one(rows));
    });
  }

  async findUserByName(username: string): Promise<UserRecord | undefined> {
    return this.#run('findUserByName', async () => {
      const { rows } = await this.#client.query<UserRow>(
        `SELECT ${USER_COLUMNS} FROM users WHERE username = $1`,
        [username],
      );
      return rows[0] && toUser(rows[0]);
    });
  }

  async findUserById(id: UserId): Promise<UserRecord | undefined> {
    return this.#run('findUserById', async () => {
      const { rows } = await this.#client.query<UserRow>(
        `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`,
        [id],
      );
      return rows[0] && toUser(rows[0]);
    });
  }

  async findUsersByName(usernames: readonly string[]): Promise<UserRecord[]> {
    if (usernames.length === 0) return [];
    return this.#run('findUsersByName', async () => {
      const { rows } = await this.#client.query<UserRow>(
        `SELECT ${USER_COLUMNS} FROM users WHERE username = ANY($1::text[])`,
        [[...usernames]],
      );
      return rows.map(toUser);
    });
  }

  async createSession(session: {
    tokenHash: string;
    userId: UserId;
    expiresAt: Date;
  }): Promise<void> {
    await this.#run('createSession', () =>
      this.#client.query(
        'INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)',
        [session.tokenHash, session.userId, session.expiresAt],
      ),
    );
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    return this.#run('findSession', async () => {
      const { rows } = await this.#client.query<SessionRow>(
        'SELECT token_hash, user_id, expires_at, revoked_at FROM sessions WHERE token_hash = $1',
        [tokenHash],
      );
      return rows[0] && toSession(rows[0]);
    });
  }

  async revokeSession(tokenHash: string, at: Date): Promise<void> {
    // The first revocation time wins; revoking again is a no-op.
    await this.#run('revokeSession', () =>
      this.#client.query(
        'UPDATE sessions SET revoked_at = coalesce(revoked_at, $2) WHERE token_hash = $1',
        [tokenHash, at],
      ),
    );
  }

  async createConversation(input: {
    name: string;
    isGroup: boolean;
    createdBy: UserId;
    participantIds: readonly UserId[];
  }): Promise<ConversationRecord> {
    const id = randomUUID() as ConversationId;
    return this.#run('createConversation', () =>
      this.#client.transaction(async (tx) => {
        await tx.query(
          'INSERT INTO conversations (id, name, is_group, created_by) VALUES ($1, $2, $3, $4)',
          [id, input.name, input.isGroup, input.createdBy],
        );
        await insertParticipants(tx, id, input.participantIds);
        const created = await selectConversation(tx, id);
        if (!created) throw new Error('conversation vanished inside its own transaction');
        return created;
      }),
    );
  }

  async getConversation(id: ConversationId): Promise<ConversationRecord | undefined> {
    return this.#run('getConversation', () => selectConversation(this.#client, id));
  }

  async listConversations(userId: UserId): Promise<ConversationRecord[]> {
    return this.#run('listConversations', async () => {
      const { rows } = await this.#client.query<ConversationRow>(
        `${CONVERSATION_SELECT}
         JOIN participants me ON me.conversation_id = c.id AND me.user_id = $1
         ORDER BY c.created_at DESC, c.id`,
        [userId],
      );
      return rows.map(toConversation);
    });
  }

  async addParticipants(id: ConversationId, userIds: readonly UserId[]): Promise<void> {
    await this.#run('addParticipants', () => insertParticipants(this.#client, id, userIds));
  }

  async removeParticipant(id: ConversationId, userId: UserId): Promise<void> {
    await this.#run('removeParticipant', () =>
      this.#client.query('DELETE FROM participants WHERE conversation_id = $1 AND user_id = $2', [
        id,
        userId,
      ]),
    );
  }

  async isParticipant(id: ConversationId, userId: UserId): Promise<boolean> {
    return this.#run('isParticipant', async () => {
      const { rows } = await this.#client.query(
        'SELECT 1 FROM participants WHERE conversation_id = $1 AND user_id = $2',
        [id, userId],
      );
      return rows.length > 0;
    });
  }

  async insertMessage(message: MessageRecord): Promise<void> {
    await this.#run('insertMessage', () =>
      this.#client.query(
        `INSERT INTO messages (${MESSAGE_COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10, $11, $12, $13, $14,
                 $15, $16, $17::text::jsonb, $18::text::jsonb, $19)`,
        [
          message.id,
          message.conversationId,
          message.senderId,
          message.senderName,
          message.senderDevice,
          message.contentType,
          message.opus === null ? null : JSON.stringify(message.opus),
          message.text,
          message.state,
          message.startedAt,
          message.endedAt,
          message.durationMs,
          message.chunkCount,
          message.byteCount,
          message.forUser?.userId ?? null,
          message.forUser?.username ?? null,
          message.location === undefined ? null : JSON.stringify(message.location),
          message.image === undefined ? null : JSON.stringify(message.image),
          message.liveRouter ?? null,
        ],
      ),
    );
  }

  /** @throws VoxError VOX_MESSAGE_NOT_FOUND when no message has this id. */
  async updateMessage(id: MessageId, update: MessageUpdate): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [field, column] of Object.entries(MESSAGE_UPDATE_COLUMNS)) {
      const value = update[field as keyof MessageUpdate];
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    await this.#run('updateMessage', async () => {
      // With nothing to set, still check the message exists.
      const { rows } = await this.#client.query(
        sets.length === 0
          ? 'SELECT 1 FROM messages WHERE id = $1'
          : `UPDATE messages SET ${sets.join(', ')} WHERE id = $1 RETURNING 1`,
        params,
      );
      if (rows.length === 0) throw new VoxError('VOX_MESSAGE_NOT_FOUND', `no message ${id}`);
    });
  }

  async getMessage(id: MessageId): Promise<MessageRecord | undefined> {
    return this.#run('getMessage', async () => {
      const { rows } = await this.#client.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = $1`,
        [id],
      );
      return rows[0] && toMessage(rows[0]);
    });
  }

  async listMessages(
    conversationId: ConversationId,
    options: { before?: Date; limit: number; viewer?: UserId },
  ): Promise<MessageRecord[]> {
    return this.#run('listMessages', async () => {
      const params: unknown[] = [conversationId, options.limit];
      let where = 'conversation_id = $1';
      if (options.before !== undefined) {
        params.push(options.before);
        where += ` AND started_at < $${params.length}`;
      }
      if (options.viewer !== undefined) {
        params.push(options.viewer);
        where += ` AND ${visibleTo(`$${params.length}`)}`;
      }
      const { rows } = await this.#client.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE ${where}
         ORDER BY started_at DESC, id DESC LIMIT $2`,
        params,
      );
      return rows.map(toMessage);
    });
  }

  async listLiveMessages(): Promise<MessageRecord[]> {
    return this.#run('listLiveMessages', async () => {
      const { rows } = await this.#client.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE state = 'live' ORDER BY started_at, id`,
      );
      return rows.map(toMessage);
    });
  }

  async setConversationRetention(id: ConversationId, retentionMs: number | null): Promise<void> {
    await this.#run('setConversationRetention', async () => {
      const { rows } = await this.#client.query(
        'UPDATE conversations SET retention_ms = $2 WHERE id = $1 RETURNING 1',
        [id, retentionMs],
      );
      if (rows.length === 0) throw new VoxError('VOX_CONVERSATION_NOT_FOUND');
    });
  }

  async listExpiredMessages(options: {
    defaultRetentionMs: number;
    now: Date;
    limit: number;
  }): Promise<MessageRecord[]> {
    return this.#run('listExpiredMessages', async () => {
      // A retention of 0 (or none, with a default of 0) keeps messages forever.
      const { rows } = await this.#client.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id IN (
           SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id
           WHERE m.state IN ('complete', 'interrupted')
             AND coalesce(c.retention_ms, $1::bigint) > 0
             AND m.started_at < $2::timestamptz - coalesce(c.retention_ms, $1::bigint) * interval '1 millisecond'
           ORDER BY m.started_at, m.id LIMIT $3)
         ORDER BY started_at, id`,
        [options.defaultRetentionMs, options.now, options.limit],
      );
      return rows.map(toMessage);
    });
  }

  async markMessageGone(
    id: MessageId,
    state: 'recalled' | 'expired',
    at: Date,
  ): Promise<MessageRecord | undefined> {
    return this.#run('markMessageGone', async () => {
      const { rows } = await this.#client.query<MessageRow>(
        `UPDATE messages SET state = $2, text = NULL, ended_at = coalesce(ended_at, $3)
         WHERE id = $1 AND state NOT IN ('recalled', 'expired')
         RETURNING ${MESSAGE_COLUMNS}`,
        [id, state, at],
      );
      return rows[0] && toMessage(rows[0]);
    });
  }

  async appendTimeline(userIds: readonly UserId[], event: NewTimelineEvent): Promise<Map<UserId, number>> {
    const [cursors] = await this.appendTimelines([{ userIds, event }]);
    return cursors ?? new Map();
  }

  async appendTimelines(batch: readonly TimelineAppend[]): Promise<Map<UserId, number>[]> {
    // One row per (event, user): users deduplicated per event; events numbered from 1 in batch order.
    const pairEvents: number[] = [];
    const pairUsers: string[] = [];
    const perEvent = batch.map((append, index) => {
      const users = [...new Set(append.userIds)];
      for (const user of users) {
        pairEvents.push(index + 1);
        pairUsers.push(user);
      }
      return users;
    });
    const results = batch.map(() => new Map<UserId, number>());
    if (pairUsers.length === 0) return results;
    return this.#run('appendTimelines', async () => {
      // One statement, so one round trip and one implicit transaction. Each
      // head grows by its user's event count (rows locked in user order, so
      // two appends for overlapping users cannot deadlock); a user's events
      // take the cursors below the new head in batch order.
      const { rows } = await this.#client.query<{ user_id: string; cursor: string | number }>(
        `WITH pairs AS (
           SELECT ev, user_id FROM unnest($1::int[], $2::text[]) AS p (ev, user_id)),
         counts AS (
           SELECT user_id, count(*) AS n FROM pairs GROUP BY user_id),
         heads AS (
           INSERT INTO timeline_heads (user_id, head)
           SELECT user_id, n FROM counts ORDER BY user_id
           ON CONFLICT (user_id) DO UPDATE SET head = timeline_heads.head + EXCLUDED.head
           RETURNING user_id, head),
         events AS (
           SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
             WITH ORDINALITY AS e (kind, conversation_id, message_id, payload, at, ev))
         INSERT INTO timeline_events (user_id, cursor, kind, conversation_id, message_id, payload, at)
         SELECT p.user_id, h.head - c.n + row_number() OVER (PARTITION BY p.user_id ORDER BY p.ev),
                e.kind, e.conversation_id, e.message_id, e.payload::jsonb, COALESCE(e.at, now())
         FROM pairs p JOIN counts c USING (user_id) JOIN heads h USING (user_id) JOIN events e ON e.ev = p.ev
         RETURNING user_id, cursor`,
        [
          pairEvents,
          pairUsers,
          batch.map((a) => a.event.kind),
          batch.map((a) => a.event.conversationId),
          batch.map((a) => a.event.messageId),
          batch.map((a) => JSON.stringify(a.event.payload ?? null)),
          batch.map((a) => a.event.at ?? null),
        ],
      );
      // A user's cursors in increasing order belong to its events in batch order.
      const byUser = new Map<string, number[]>();
      for (const row of rows) {
        const list = byUser.get(row.user_id) ?? [];
        list.push(Number(row.cursor));
        byUser.set(row.user_id, list);
      }
      for (const list of byUser.values()) list.sort((a, b) => a - b);
      for (const [index, users] of perEvent.entries()) {
        for (const user of users) results[index]!.set(user, byUser.get(user)!.shift()!);
      }
      return results;
    });
  }

  async readTimeline(userId: UserId, since: number, limit: number): Promise<TimelineEventRecord[]> {
    return this.#run('readTimeline', async () => {
      const { rows } = await this.#client.query<TimelineRow>(
        `SELECT user_id, cursor, kind, conversation_id, message_id, payload, at
         FROM timeline_events WHERE user_id = $1 AND cursor > $2 ORDER BY cursor LIMIT $3`,
        [userId, since, limit],
      );
      return rows.map(toTimelineEvent);
    });
  }

  async timelineHead(userId: UserId): Promise<number> {
    return this.#run('timelineHead', async () => {
      const { rows } = await this.#client.query<{ head: string | number }>(
        'SELECT head FROM timeline_heads WHERE user_id = $1',
        [userId],
      );
      return rows[0] ? Number(rows[0].head) : 0;
    });
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
    if ((code === '23505' || code === '23503') && typeof constraint === 'string') {
      const mapped = CONSTRAINT_ERRORS[constraint];
      if (mapped) return new VoxError(mapped, undefined, { cause: err });
    }
  }
  return new VoxError('VOX_STORAGE_FAILED', `header store: ${action} failed`, { cause: err });
}

async function insertParticipants(
  client: SqlClient,
  id: ConversationId,
  userIds: readonly UserId[],
): Promise<void> {
  if (userIds.length === 0) return;
  await client.query(
    `INSERT INTO participants (conversation_id, user_id)
     SELECT $1, u FROM unnest($2::text[]) AS u
     ON CONFLICT DO NOTHING`,
    [id, [...new Set(userIds)]],
  );
}

async function selectConversation(
  client: SqlClient,
  id: ConversationId,
): Promise<ConversationRecord | undefined> {
  const { rows } = await client.query<ConversationRow>(`${CONVERSATION_SELECT} WHERE c.id = $1`, [
    id,
  ]);
  return rows[0] && toConversation(rows[0]);
}

function one<R>(rows: R[]): R {
  const row = rows[0];
  if (row === undefined) throw new Error('expected one row, got none');
  return row;
}
