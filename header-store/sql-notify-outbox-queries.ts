/**
 * The SQL of the notification outbox: webhook calls waiting to be sent,
 * kept in the header store so that they survive a restart. Plain functions
 * over a SqlClient; SqlHeaderStore runs them and maps their errors.
 *
 * Times come from the database clock (clock_timestamp()), never a router's:
 * routers sharing one Postgres then agree on what is due.
 */
import type { NotificationRow } from './header-store.js';
import type { SqlClient } from './sql-client.js';

interface OutboxRow {
  id: string | number;
  body: string;
  attempts: number;
}

/**
 * Queues a body unless `maxQueued` rows already wait; returns whether it was
 * queued. The count and the insert are one statement, so one router never
 * overfills; routers queuing at the same instant may pass the bound by one each.
 */
export async function insertNotification(client: SqlClient, body: string, maxQueued: number): Promise<boolean> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO notify_outbox (body)
     SELECT $1 WHERE (SELECT count(*) FROM notify_outbox) < $2
     RETURNING id`,
    [body, maxQueued],
  );
  return rows.length > 0;
}

/**
 * Claims up to `limit` due rows for `leaseMs`: their due time moves past the
 * lease and their attempts grow by one, in one statement. SKIP LOCKED lets
 * two routers claim at once without waiting for or taking each other's rows;
 * a router that dies mid-send leaves its rows to be claimed again once the
 * lease ends.
 */
export async function claimNotifications(client: SqlClient, limit: number, leaseMs: number): Promise<NotificationRow[]> {
  const { rows } = await client.query<OutboxRow>(
    `UPDATE notify_outbox o
     SET due_at = clock_timestamp() + $2::double precision * interval '1 millisecond', attempts = o.attempts + 1
     FROM (SELECT id FROM notify_outbox WHERE due_at <= clock_timestamp() ORDER BY due_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) due
     WHERE o.id = due.id
     RETURNING o.id, o.body, o.attempts`,
    [limit, leaseMs],
  );
  return rows.map((r) => ({ id: Number(r.id), body: r.body, attempts: r.attempts })).sort((a, b) => a.id - b.id);
}

/** Sets when a claimed row is due again (after a failed try). */
export async function updateNotificationDue(client: SqlClient, id: number, delayMs: number): Promise<void> {
  await client.query(
    `UPDATE notify_outbox SET due_at = clock_timestamp() + $2::double precision * interval '1 millisecond' WHERE id = $1`,
    [id, delayMs],
  );
}

/** Removes a row: sent, or given up. */
export async function deleteNotification(client: SqlClient, id: number): Promise<void> {
  await client.query('DELETE FROM notify_outbox WHERE id = $1', [id]);
}

/** Rows waiting, claimed or not. */
export async function countNotifications(client: SqlClient): Promise<number> {
  const { rows } = await client.query<{ n: string | number }>('SELECT count(*) AS n FROM notify_outbox');
  return Number(rows[0]?.n ?? 0);
}
