/**
 * The SQL of accounts: users and their login sessions. Plain functions over a
 * SqlClient; SqlHeaderStore runs them and maps their errors.
 */
import { randomUUID } from 'node:crypto';
import type { UserId } from '../common/ids.js';
import type { SessionRecord, UserRecord } from './header-store.js';
import type { SqlClient } from './sql-client.js';
import { toSession, toUser, type SessionRow, type UserRow } from './sql-rows.js';

const USER_COLUMNS = 'id, username, password_hash, created_at';

/** Inserts a user under a fresh id; a taken username violates users_username_key. */
export async function insertUser(
  client: SqlClient,
  username: string,
  passwordHash: string,
): Promise<UserRecord> {
  const { rows } = await client.query<UserRow>(
    `INSERT INTO users (id, username, password_hash) VALUES ($1, $2, $3) RETURNING ${USER_COLUMNS}`,
    [randomUUID(), username, passwordHash],
  );
  return toUser(one(rows));
}

export async function selectUserByName(
  client: SqlClient,
  username: string,
): Promise<UserRecord | undefined> {
  const { rows } = await client.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users WHERE username = $1`,
    [username],
  );
  return rows[0] && toUser(rows[0]);
}

export async function selectUserById(
  client: SqlClient,
  id: UserId,
): Promise<UserRecord | undefined> {
  const { rows } = await client.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [
    id,
  ]);
  return rows[0] && toUser(rows[0]);
}

/** The users among `usernames` that exist, in no particular order. */
export async function selectUsersByNames(
  client: SqlClient,
  usernames: readonly string[],
): Promise<UserRecord[]> {
  const { rows } = await client.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users WHERE username = ANY($1::text[])`,
    [[...usernames]],
  );
  return rows.map(toUser);
}

export async function insertSession(
  client: SqlClient,
  session: { tokenHash: string; userId: UserId; expiresAt: Date },
): Promise<void> {
  await client.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    session.tokenHash,
    session.userId,
    session.expiresAt,
  ]);
}

export async function selectSession(
  client: SqlClient,
  tokenHash: string,
): Promise<SessionRecord | undefined> {
  const { rows } = await client.query<SessionRow>(
    'SELECT token_hash, user_id, expires_at, revoked_at FROM sessions WHERE token_hash = $1',
    [tokenHash],
  );
  return rows[0] && toSession(rows[0]);
}

/**
 * Revokes the user's live sessions (neither revoked nor expired at `at`)
 * beyond the `keep` newest; returns the token hashes revoked.
 */
export async function revokeSessionsBeyond(
  client: SqlClient,
  userId: UserId,
  keep: number,
  at: Date,
): Promise<string[]> {
  const { rows } = await client.query<{ token_hash: string }>(
    `UPDATE sessions SET revoked_at = $3
      WHERE token_hash IN (
        SELECT token_hash FROM sessions
         WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $3
         ORDER BY created_at DESC, token_hash DESC
         OFFSET $2)
      RETURNING token_hash`,
    [userId, keep, at],
  );
  return rows.map((r) => r.token_hash);
}

/** The first revocation time wins; revoking again is a no-op. */
export async function updateSessionRevoked(
  client: SqlClient,
  tokenHash: string,
  at: Date,
): Promise<void> {
  await client.query(
    'UPDATE sessions SET revoked_at = coalesce(revoked_at, $2) WHERE token_hash = $1',
    [tokenHash, at],
  );
}

function one<R>(rows: R[]): R {
  const row = rows[0];
  if (row === undefined) throw new Error('expected one row, got none');
  return row;
}
