/**
 * The SQL of message receipts: who got (delivered) and who heard each
 * message. Plain functions over a SqlClient; SqlHeaderStore runs them and
 * maps their errors.
 */
import type { MessageId, UserId } from '../common/ids.js';
import type { ReceiptKind, ReceiptRecord, ReceiptView } from './header-store.js';
import type { SqlClient } from './sql-client.js';

interface ReceiptRow {
  message_id: string;
  user_id: string;
  kind: string;
  at_ms: string | number | bigint;
}

function toReceipt(row: ReceiptRow): ReceiptRecord {
  return {
    messageId: row.message_id as MessageId,
    userId: row.user_id as UserId,
    kind: row.kind as ReceiptKind,
    atMs: Number(row.at_ms),
  };
}

/**
 * Stores a batch in one statement; a receipt already stored keeps its first
 * time (ON CONFLICT DO NOTHING, also for repeats inside the batch). Returns
 * the receipts this call stored, so that only those are pushed.
 */
export async function insertReceipts(client: SqlClient, receipts: readonly ReceiptRecord[]): Promise<ReceiptRecord[]> {
  if (receipts.length === 0) return [];
  const { rows } = await client.query<ReceiptRow>(
    `INSERT INTO message_receipts (message_id, user_id, kind, at_ms)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
     ON CONFLICT (message_id, user_id, kind) DO NOTHING
     RETURNING message_id, user_id, kind, at_ms`,
    [
      receipts.map((r) => r.messageId),
      receipts.map((r) => r.userId),
      receipts.map((r) => r.kind),
      receipts.map((r) => Math.round(r.atMs)),
    ],
  );
  return rows.map(toReceipt);
}

/** The receipts of these messages with their users' names, oldest first per message. */
export async function selectReceipts(client: SqlClient, messageIds: readonly MessageId[]): Promise<ReceiptView[]> {
  if (messageIds.length === 0) return [];
  const { rows } = await client.query<ReceiptRow & { username: string }>(
    `SELECT r.message_id, r.user_id, r.kind, r.at_ms, u.username
     FROM message_receipts r JOIN users u ON u.id = r.user_id
     WHERE r.message_id = ANY($1::text[])
     ORDER BY r.message_id, r.at_ms, u.username`,
    [[...new Set(messageIds)]],
  );
  return rows.map((row) => ({ ...toReceipt(row), username: row.username }));
}
