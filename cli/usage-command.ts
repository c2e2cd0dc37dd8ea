/**
 * `voxring usage`: per-user usage from GET /v1/admin/usage with the admin
 * token, as a table (or the endpoint's JSON with --json).
 */
import { EXIT, optional, serverUrl, UsageError, type Flags } from './cli-support.js';

interface UsageRow {
  userId: string;
  username: string;
  talkMs: number;
  messages: number;
  bytesIn: number;
  bytesOut: number;
  storageBytes: number;
}

const COLUMNS = ['username', 'talkMs', 'messages', 'bytesIn', 'bytesOut', 'storageBytes'] as const;

/** Prints the usage table; exit 3 when the server refuses (bad token, unknown user, bad dates). */
export async function usage(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const server = serverUrl(flags);
  const token = optional(flags, 'admin-token') ?? env.VOXRING_ADMIN_TOKEN;
  if (!token) throw new UsageError('give the admin token with --admin-token or VOXRING_ADMIN_TOKEN');
  const query = new URLSearchParams();
  for (const name of ['username', 'from', 'to']) {
    const value = optional(flags, name);
    if (value !== undefined) query.set(name, value);
  }
  const response = await fetch(`${server}/v1/admin/usage?${query.toString()}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { users?: UsageRow[]; error?: { code: string; message: string } };
  if (!response.ok) {
    console.error(`voxring: the server refused: ${body.error?.code ?? response.status}: ${body.error?.message ?? ''}`);
    return response.status >= 500 ? EXIT.failure : EXIT.refused;
  }
  const users = body.users ?? [];
  if (flags.json === true) {
    console.log(JSON.stringify({ users }));
    return EXIT.ok;
  }
  console.log(table(users));
  return EXIT.ok;
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(users: readonly UsageRow[]): string {
  const rows = [COLUMNS.map(String), ...users.map((u) => COLUMNS.map((c) => String(u[c])))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}
