/**
 * The SQL of usage metering: per user per UTC day, increments added in one
 * statement (several routers add to the same rows, so every write is
 * `x = usage_daily.x + excluded.x`, never a read-modify-write), and sums
 * over a range of days.
 */
import type { UserId } from '../common/ids.js';
import type { UsageDelta, UsageFigures, UsageFilter, UsageTotal } from './header-store.js';
import type { SqlClient } from './sql-client.js';

type Count = string | number | bigint;

interface UsageRow {
  user_id: string;
  username: string | null;
  talk_ms: Count;
  messages: Count;
  bytes_in: Count;
  bytes_out: Count;
  storage_bytes: Count;
}

const FIGURES = ['talkMs', 'messages', 'bytesIn', 'bytesOut', 'storageBytes'] as const satisfies readonly (keyof UsageFigures)[];

/**
 * Adds a batch of increments in one statement. Deltas of the same user and
 * day are merged first: one INSERT … ON CONFLICT may not touch a row twice.
 */
export async function upsertUsage(client: SqlClient, deltas: readonly UsageDelta[]): Promise<void> {
  const merged = new Map<string, UsageDelta>();
  for (const delta of deltas) {
    const key = `${delta.userId}\u0000${delta.day}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...delta });
    else for (const figure of FIGURES) seen[figure] += delta[figure];
  }
  const rows = [...merged.values()];
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO usage_daily (user_id, day, talk_ms, messages, bytes_in, bytes_out, storage_bytes)
     SELECT * FROM unnest($1::text[], $2::date[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
     ON CONFLICT (user_id, day) DO UPDATE SET
       talk_ms = usage_daily.talk_ms + excluded.talk_ms,
       messages = usage_daily.messages + excluded.messages,
       bytes_in = usage_daily.bytes_in + excluded.bytes_in,
       bytes_out = usage_daily.bytes_out + excluded.bytes_out,
       storage_bytes = usage_daily.storage_bytes + excluded.storage_bytes`,
    [
      rows.map((r) => r.userId),
      rows.map((r) => r.day),
      ...FIGURES.map((figure) => rows.map((r) => Math.round(r[figure]))),
    ],
  );
}

/** Each user's figures summed over the filter's days (inclusive; absent bounds: open), by username. */
export async function selectUsageTotals(client: SqlClient, filter: UsageFilter): Promise<UsageTotal[]> {
  const { rows } = await client.query<UsageRow>(
    `SELECT u.user_id, us.username,
       sum(u.talk_ms)::bigint AS talk_ms, sum(u.messages)::bigint AS messages,
       sum(u.bytes_in)::bigint AS bytes_in, sum(u.bytes_out)::bigint AS bytes_out,
       sum(u.storage_bytes)::bigint AS storage_bytes
     FROM usage_daily u LEFT JOIN users us ON us.id = u.user_id
     WHERE ($1::text IS NULL OR u.user_id = $1::text)
       AND ($2::date IS NULL OR u.day >= $2::date)
       AND ($3::date IS NULL OR u.day <= $3::date)
     GROUP BY u.user_id, us.username
     ORDER BY us.username, u.user_id`,
    [filter.userId ?? null, filter.from ?? null, filter.to ?? null],
  );
  return rows.map((row) => ({
    userId: row.user_id as UserId,
    username: row.username ?? '',
    talkMs: Number(row.talk_ms),
    messages: Number(row.messages),
    bytesIn: Number(row.bytes_in),
    bytesOut: Number(row.bytes_out),
    storageBytes: Number(row.storage_bytes),
  }));
}
