/**
 * The admin's usage report: each user's figures summed over a range of UTC
 * days, from the header store's `usage_daily` rows (what every router of
 * the ring flushed), after this router's own pending counts are flushed.
 */
import { VoxError } from '../../common/errors.js';
import type { HeaderStore, UsageFilter, UsageTotal } from '../../header-store/header-store.js';
import type { UsageMeter } from './usage-meter.js';

/** What the admin asks: a username, first and last day (`YYYY-MM-DD`, inclusive); each absent: all. */
export interface UsageQuery {
  username?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface UsageReportOptions {
  headers: Pick<HeaderStore, 'usageTotals' | 'findUserByName'>;
  meter: Pick<UsageMeter, 'flush'>;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class UsageReport {
  constructor(private readonly options: UsageReportOptions) {}

  /**
   * @throws VoxError VOX_BAD_REQUEST (a day that is not a real YYYY-MM-DD, or from after to),
   * VOX_USER_NOT_FOUND (unknown username)
   */
  async totals(query: UsageQuery): Promise<UsageTotal[]> {
    const from = optionalDay('from', query.from);
    const to = optionalDay('to', query.to);
    if (from !== undefined && to !== undefined && from > to) {
      throw new VoxError('VOX_BAD_REQUEST', `from (${from}) is after to (${to})`);
    }
    const filter: UsageFilter = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    const username = query.username ?? '';
    let user: { id: UsageTotal['userId']; username: string } | undefined;
    if (username !== '') {
      user = await this.options.headers.findUserByName(username);
      if (!user) throw new VoxError('VOX_USER_NOT_FOUND', `no user named ${JSON.stringify(username)}`);
      filter.userId = user.id;
    }
    await this.options.meter.flush();
    const totals = await this.options.headers.usageTotals(filter);
    // One user asked for who did nothing in range: a row of zeros, not an empty list.
    if (user && totals.length === 0) {
      return [{ userId: user.id, username: user.username, talkMs: 0, messages: 0, bytesIn: 0, bytesOut: 0, storageBytes: 0 }];
    }
    return totals;
  }
}

/** A `YYYY-MM-DD` that names a real calendar day; absent or empty: undefined. */
function optionalDay(name: string, raw: string | null | undefined): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const date = new Date(`${raw}T00:00:00Z`);
  if (!DAY_PATTERN.test(raw) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
    throw new VoxError('VOX_BAD_REQUEST', `${name} must be a day as YYYY-MM-DD (got ${JSON.stringify(raw.slice(0, 40))})`);
  }
  return raw;
}
