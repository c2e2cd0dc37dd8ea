/**
 * The SQL of message headers: insert, update, history pages, live and expired
 * messages, recall. Plain functions over a SqlClient; SqlHeaderStore runs
 * them and maps their errors.
 */
import { VoxError } from '../common/errors.js';
import type { ConversationId, MessageId, UserId } from '../common/ids.js';
import type { MessageRecord, MessageUpdate } from './header-store.js';
import type { SqlClient } from './sql-client.js';
import { toMessage, type MessageRow } from './sql-rows.js';

const MESSAGE_COLUMNS = `id, conversation_id, sender_id, sender_name, sender_device, content_type,
  opus, text, state, started_at, ended_at, duration_ms, chunk_count, byte_count,
  for_user_id, for_username, location, image, live_router`;

/** MessageUpdate field → column; the only names updateMessageRow interpolates. */
const MESSAGE_UPDATE_COLUMNS = {
  state: 'state',
  endedAt: 'ended_at',
  durationMs: 'duration_ms',
  chunkCount: 'chunk_count',
  byteCount: 'byte_count',
  liveRouter: 'live_router',
} as const satisfies Record<keyof MessageUpdate, string>;

/** Messages sent to one participant only are visible to that participant and the sender. */
function visibleTo(param: string): string {
  return `(for_user_id IS NULL OR for_user_id = ${param} OR sender_id = ${param})`;
}

/** A used id violates messages_pkey, an unknown conversation or sender a foreign key. */
export async function insertMessageRow(client: SqlClient, message: MessageRecord): Promise<void> {
  await client.query(
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
  );
}

/** @throws VoxError VOX_MESSAGE_NOT_FOUND when no message has this id. */
/** The SET list of an update and its parameters, after the ones already in `params`. */
function updateSets(update: MessageUpdate, params: unknown[]): string[] {
  const sets: string[] = [];
  for (const [field, column] of Object.entries(MESSAGE_UPDATE_COLUMNS)) {
    const value = update[field as keyof MessageUpdate];
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  return sets;
}

export async function updateMessageRow(
  client: SqlClient,
  id: MessageId,
  update: MessageUpdate,
): Promise<void> {
  const params: unknown[] = [id];
  const sets = updateSets(update, params);
  // With nothing to set, still check the message exists.
  const { rows } = await client.query(
    sets.length === 0
      ? 'SELECT 1 FROM messages WHERE id = $1'
      : `UPDATE messages SET ${sets.join(', ')} WHERE id = $1 RETURNING 1`,
    params,
  );
  if (rows.length === 0) throw new VoxError('VOX_MESSAGE_NOT_FOUND', `no message ${id}`);
}

/** One statement, so that no other router's claim or end can come between the check and the write. */
export async function updateLiveMessageRow(
  client: SqlClient,
  id: MessageId,
  update: MessageUpdate,
  onRouter?: string | null,
): Promise<boolean> {
  const params: unknown[] = [id];
  const sets = updateSets(update, params);
  if (sets.length === 0) return false;
  let where = `id = $1 AND state = 'live'`;
  if (onRouter !== undefined) {
    params.push(onRouter);
    where += ` AND live_router IS NOT DISTINCT FROM $${params.length}::text`;
  }
  const { rows } = await client.query(`UPDATE messages SET ${sets.join(', ')} WHERE ${where} RETURNING 1`, params);
  return rows.length > 0;
}

export async function selectMessage(
  client: SqlClient,
  id: MessageId,
): Promise<MessageRecord | undefined> {
  const { rows } = await client.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = $1`,
    [id],
  );
  return rows[0] && toMessage(rows[0]);
}

/** A history page, newest first: started before `before`, visible to `viewer` when given (and not from a sender the viewer blocks). */
export async function selectMessages(
  client: SqlClient,
  conversationId: ConversationId,
  options: { before?: Date; limit: number; viewer?: UserId },
): Promise<MessageRecord[]> {
  const params: unknown[] = [conversationId, options.limit];
  let where = 'conversation_id = $1';
  if (options.before !== undefined) {
    params.push(options.before);
    where += ` AND started_at < $${params.length}`;
  }
  if (options.viewer !== undefined) {
    params.push(options.viewer);
    const viewer = `$${params.length}`;
    where += ` AND ${visibleTo(viewer)}`;
    where += ` AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ${viewer} AND b.blocked_id = messages.sender_id)`;
  }
  const { rows } = await client.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE ${where}
     ORDER BY started_at DESC, id DESC LIMIT $2`,
    params,
  );
  return rows.map(toMessage);
}

export async function selectLiveMessages(client: SqlClient): Promise<MessageRecord[]> {
  const { rows } = await client.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE state = 'live' ORDER BY started_at, id`,
  );
  return rows.map(toMessage);
}

/** Ended messages past their conversation's retention (or the default), oldest first. */
export async function selectExpiredMessages(
  client: SqlClient,
  options: { defaultRetentionMs: number; now: Date; limit: number },
): Promise<MessageRecord[]> {
  // A retention of 0 (or none, with a default of 0) keeps messages forever.
  const { rows } = await client.query<MessageRow>(
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
}

/** Recalls or expires a message (its text dropped); undefined when absent or already gone. */
export async function updateMessageGone(
  client: SqlClient,
  id: MessageId,
  state: 'recalled' | 'expired',
  at: Date,
): Promise<MessageRecord | undefined> {
  const { rows } = await client.query<MessageRow>(
    `UPDATE messages SET state = $2, text = NULL, ended_at = coalesce(ended_at, $3)
     WHERE id = $1 AND state NOT IN ('recalled', 'expired')
     RETURNING ${MESSAGE_COLUMNS}`,
    [id, state, at],
  );
  return rows[0] && toMessage(rows[0]);
}
