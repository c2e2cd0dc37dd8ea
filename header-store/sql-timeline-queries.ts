/**
 * The SQL of the per-user timelines: appending events (several in one
 * statement), reading them after a cursor, and a user's head. Plain functions
 * over a SqlClient; SqlHeaderStore runs them and maps their errors.
 */
import type { UserId } from '../common/ids.js';
import type { TimelineAppend, TimelineEventRecord } from './header-store.js';
import type { SqlClient } from './sql-client.js';
import { toTimelineEvent, type TimelineRow } from './sql-rows.js';

/** A batch of appends as (event, user) pairs: users deduplicated per event; events numbered from 1 in batch order. */
export interface TimelinePairs {
  events: number[];
  users: string[];
  /** Each event's users, deduplicated, in batch order. */
  perEvent: UserId[][];
}

/** One pair per (event, user) of the batch; no I/O. */
export function timelinePairs(batch: readonly TimelineAppend[]): TimelinePairs {
  const events: number[] = [];
  const users: string[] = [];
  const perEvent = batch.map((append, index) => {
    const unique = [...new Set(append.userIds)];
    for (const user of unique) {
      events.push(index + 1);
      users.push(user);
    }
    return unique;
  });
  return { events, users, perEvent };
}

/**
 * Stores the batch's events; resolves to each event's cursor per user, in
 * batch order. `pairs` is timelinePairs(batch).
 */
export async function insertTimelineEvents(
  client: SqlClient,
  batch: readonly TimelineAppend[],
  pairs: TimelinePairs,
): Promise<Map<UserId, number>[]> {
  // One statement, so one round trip and one implicit transaction. Each
  // head grows by its user's event count (rows locked in user order, so
  // two appends for overlapping users cannot deadlock); a user's events
  // take the cursors below the new head in batch order.
  const { rows } = await client.query<{ user_id: string; cursor: string | number }>(
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
      pairs.events,
      pairs.users,
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
  const results = batch.map(() => new Map<UserId, number>());
  for (const [index, users] of pairs.perEvent.entries()) {
    for (const user of users) results[index]!.set(user, byUser.get(user)!.shift()!);
  }
  return results;
}

/** Up to `limit` events of the user after cursor `since`, in cursor order. */
export async function selectTimeline(
  client: SqlClient,
  userId: UserId,
  since: number,
  limit: number,
): Promise<TimelineEventRecord[]> {
  const { rows } = await client.query<TimelineRow>(
    `SELECT user_id, cursor, kind, conversation_id, message_id, payload, at
     FROM timeline_events WHERE user_id = $1 AND cursor > $2 ORDER BY cursor LIMIT $3`,
    [userId, since, limit],
  );
  return rows.map(toTimelineEvent);
}

/** The user's last cursor (0 when the user has none). */
export async function selectTimelineHead(client: SqlClient, userId: UserId): Promise<number> {
  const { rows } = await client.query<{ head: string | number }>(
    'SELECT head FROM timeline_heads WHERE user_id = $1',
    [userId],
  );
  return rows[0] ? Number(rows[0].head) : 0;
}
