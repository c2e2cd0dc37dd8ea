/**
 * The SQL of conversations and their participants. Plain functions over a
 * SqlClient; SqlHeaderStore runs them and maps their errors.
 */
import { randomUUID } from 'node:crypto';
import { VoxError } from '../common/errors.js';
import type { ConversationId, UserId } from '../common/ids.js';
import type { ConversationRecord } from './header-store.js';
import type { SqlClient } from './sql-client.js';
import { toConversation, type ConversationRow } from './sql-rows.js';

const CONVERSATION_SELECT = `
SELECT c.id, c.name, c.is_group, c.created_by, c.created_at, c.retention_ms,
  (SELECT coalesce(
     json_agg(json_build_object('userId', u.id, 'username', u.username)
              ORDER BY p.joined_at, u.username),
     '[]'::json)
   FROM participants p JOIN users u ON u.id = p.user_id
   WHERE p.conversation_id = c.id) AS participants
FROM conversations c`;

/** Inserts a conversation under a fresh id with its participants, in one transaction. */
export async function insertConversation(
  client: SqlClient,
  input: { name: string; isGroup: boolean; createdBy: UserId; participantIds: readonly UserId[] },
): Promise<ConversationRecord> {
  const id = randomUUID() as ConversationId;
  return client.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO conversations (id, name, is_group, created_by) VALUES ($1, $2, $3, $4)',
      [id, input.name, input.isGroup, input.createdBy],
    );
    await insertParticipants(tx, id, input.participantIds);
    const created = await selectConversation(tx, id);
    if (!created) throw new Error('conversation vanished inside its own transaction');
    return created;
  });
}

export async function selectConversation(
  client: SqlClient,
  id: ConversationId,
): Promise<ConversationRecord | undefined> {
  const { rows } = await client.query<ConversationRow>(`${CONVERSATION_SELECT} WHERE c.id = $1`, [
    id,
  ]);
  return rows[0] && toConversation(rows[0]);
}

/** The conversations `userId` takes part in, newest first. */
export async function selectConversationsOf(
  client: SqlClient,
  userId: UserId,
): Promise<ConversationRecord[]> {
  const { rows } = await client.query<ConversationRow>(
    `${CONVERSATION_SELECT}
     JOIN participants me ON me.conversation_id = c.id AND me.user_id = $1
     ORDER BY c.created_at DESC, c.id`,
    [userId],
  );
  return rows.map(toConversation);
}

/** Adds participants; one already there stays as it is (joined_at kept). */
export async function insertParticipants(
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

export async function deleteParticipant(
  client: SqlClient,
  id: ConversationId,
  userId: UserId,
): Promise<void> {
  await client.query('DELETE FROM participants WHERE conversation_id = $1 AND user_id = $2', [
    id,
    userId,
  ]);
}

export async function selectIsParticipant(
  client: SqlClient,
  id: ConversationId,
  userId: UserId,
): Promise<boolean> {
  const { rows } = await client.query(
    'SELECT 1 FROM participants WHERE conversation_id = $1 AND user_id = $2',
    [id, userId],
  );
  return rows.length > 0;
}

/** @throws VoxError VOX_CONVERSATION_NOT_FOUND when no conversation has this id. */
export async function updateConversationRetention(
  client: SqlClient,
  id: ConversationId,
  retentionMs: number | null,
): Promise<void> {
  const { rows } = await client.query(
    'UPDATE conversations SET retention_ms = $2 WHERE id = $1 RETURNING 1',
    [id, retentionMs],
  );
  if (rows.length === 0) throw new VoxError('VOX_CONVERSATION_NOT_FOUND');
}
