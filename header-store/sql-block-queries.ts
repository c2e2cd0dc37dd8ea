/**
 * The SQL of blocks: one user refusing another (no 1:1 with them, not
 * added by them to groups, nothing of theirs delivered). Plain functions
 * over a SqlClient; SqlHeaderStore runs them and maps their errors.
 */
import type { UserId } from '../common/ids.js';
import type { BlockRecord } from './header-store.js';
import type { SqlClient } from './sql-client.js';

interface BlockRow {
  user_id: string;
  username: string;
  created_at: Date;
}

/**
 * Records that `blockerId` blocks `blockedId` and returns since when;
 * blocking again keeps the first date (the no-op update makes RETURNING
 * answer for an existing row too). An unknown user violates a foreign key.
 */
export async function insertBlock(client: SqlClient, blockerId: UserId, blockedId: UserId): Promise<Date> {
  const { rows } = await client.query<{ created_at: Date }>(
    `INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)
     ON CONFLICT (blocker_id, blocked_id) DO UPDATE SET created_at = blocks.created_at
     RETURNING created_at`,
    [blockerId, blockedId],
  );
  const [row] = rows;
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row.created_at;
}

/** Whether a block was there to remove. */
export async function deleteBlock(client: SqlClient, blockerId: UserId, blockedId: UserId): Promise<boolean> {
  const { rows } = await client.query(
    'DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2 RETURNING 1',
    [blockerId, blockedId],
  );
  return rows.length > 0;
}

/** Whom `blockerId` blocks, newest first, at most `limit`. */
export async function selectBlocks(client: SqlClient, blockerId: UserId, limit: number): Promise<BlockRecord[]> {
  const { rows } = await client.query<BlockRow>(
    `SELECT u.id AS user_id, u.username, b.created_at
     FROM blocks b JOIN users u ON u.id = b.blocked_id
     WHERE b.blocker_id = $1
     ORDER BY b.created_at DESC, u.username
     LIMIT $2`,
    [blockerId, limit],
  );
  return rows.map((r) => ({ userId: r.user_id as UserId, username: r.username, createdAt: r.created_at }));
}

/** The users among `candidates` who block `blockedId` (an index scan on blocks_blocked_idx). */
export async function selectBlockersAmong(
  client: SqlClient,
  blockedId: UserId,
  candidates: readonly UserId[],
): Promise<UserId[]> {
  const { rows } = await client.query<{ blocker_id: string }>(
    'SELECT blocker_id FROM blocks WHERE blocked_id = $1 AND blocker_id = ANY($2::text[])',
    [blockedId, [...new Set(candidates)]],
  );
  return rows.map((r) => r.blocker_id as UserId);
}
