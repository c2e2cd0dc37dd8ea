/**
 * The SQL of listen modes: per user, device and conversation, whether that
 * device ignores the conversation or screens it. NORMAL is no row. Plain
 * functions over a SqlClient; SqlHeaderStore runs them and maps their errors.
 */
import type { ConversationId, UserId } from '../common/ids.js';
import type { ListenMode } from './header-store.js';
import type { SqlClient } from './sql-client.js';

/** Sets the mode ('normal' deletes the row). An unknown user or conversation violates a foreign key. */
export async function upsertListenMode(
  client: SqlClient,
  userId: UserId,
  deviceId: string,
  conversationId: ConversationId,
  mode: ListenMode,
): Promise<void> {
  if (mode === 'normal') {
    await client.query('DELETE FROM listen_modes WHERE user_id = $1 AND device_id = $2 AND conversation_id = $3', [userId, deviceId, conversationId]);
    return;
  }
  await client.query(
    `INSERT INTO listen_modes (user_id, device_id, conversation_id, mode) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, device_id, conversation_id) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
    [userId, deviceId, conversationId, mode],
  );
}

/** The conversations one device of a user does not hear normally, with their mode. */
export async function selectListenModes(client: SqlClient, userId: UserId, deviceId: string): Promise<Map<ConversationId, ListenMode>> {
  const { rows } = await client.query<{ conversation_id: string; mode: ListenMode }>(
    'SELECT conversation_id, mode FROM listen_modes WHERE user_id = $1 AND device_id = $2',
    [userId, deviceId],
  );
  return new Map(rows.map((r) => [r.conversation_id as ConversationId, r.mode]));
}

/**
 * The users among `userIds` who ignore a conversation: at least one device of
 * theirs set IGNORE for it and none set SCREEN (NORMAL leaves no row, so a
 * device that never chose a mode does not count).
 */
export async function selectUsersIgnoring(client: SqlClient, conversationId: ConversationId, userIds: readonly UserId[]): Promise<UserId[]> {
  const { rows } = await client.query<{ user_id: string }>(
    `SELECT user_id FROM listen_modes WHERE conversation_id = $1 AND user_id = ANY($2::text[])
     GROUP BY user_id HAVING bool_and(mode = 'ignore')`,
    [conversationId, [...new Set(userIds)]],
  );
  return rows.map((r) => r.user_id as UserId);
}
