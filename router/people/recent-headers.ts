/**
 * RecentHeaders: the first page of a conversation's history from the hot
 * state's recent headers when they can answer it exactly, else from the
 * header store. The rule (also in header-store/README.md, "Hot state"):
 *
 *   list of a conversation (newest first, capped at `cap`, trimmed from the
 *   bottom, expiring as a whole):
 *
 *     [ mark: filledAt, floor ]   startedAtMs = MAX_SAFE_INTEGER: never trimmed
 *     [ headers newest → oldest ] put on new / ended / recalled / expired
 *
 * - Headers alone prove nothing (after a restart or an expiry the list holds
 *   only what was put since). Only a **mark** makes the list an answer: a
 *   fill read the store's newest `cap` headers, put those the list lacked,
 *   read the store again and, both reads equal, wrote the mark. It says: every
 *   message started after `floor` ms (or, floor null, every message) is in
 *   the list, in its latest announced state.
 * - The mark lives in the same list, so it expires, is evicted (also by
 *   Redis dropping a key under memory pressure) and is trimmed away
 *   (never: it sorts highest) together with the headers it vouches for.
 * - A full list may have lost its oldest entries to the cap: then only
 *   headers started strictly after the oldest one kept are covered.
 * - A page is answered from the covered headers the viewer may see when there
 *   are at least `limit` of them (or the mark covers everything), none of the
 *   page and the next one share a start millisecond (the store may order ties
 *   by another collation) and none is interrupted (a resume makes it live
 *   again without an event). Otherwise the store answers.
 * - A fill never overwrites a header the list holds (those came from events,
 *   fresher than any read); one that holds a different state than the store
 *   evicts the list. A local event between the fill's reads and its writes
 *   cancels it; a change anywhere between its two store reads evicts.
 * - A mark is trusted for `markMaxAgeMs` (60 s), then the next read refills,
 *   which re-checks the list against the store.
 * - A put that fails marks the conversation dirty: this router stops using
 *   its list and the hot-state repair evicts it.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, MessageRecord, NewTimelineEvent } from '../../header-store/header-store.js';
import type { MessageHeader } from '../../proto/frames.js';
import type { CachedHeader } from '../../header-store/hot-state.js';
import type { HotStateGuard } from './hot-state-guard.js';
import { eventHeader, fromCachedHeader, toCachedHeader, toWireHeader } from '../wire-mappers.js';

/** Not a client id ('~' is outside [A-Za-z0-9_.:-]): no message can take it. */
const MARK_ID = '~fill' as MessageId;
const DEFAULT_MARK_MAX_AGE_MS = 60_000;
/** Conversations remembered as changed locally; beyond it every fill started earlier is cancelled. */
const MAX_TRACKED_CHANGES = 100_000;
const CACHED_KINDS = new Set<NewTimelineEvent['kind']>(['message_new', 'message_ended', 'message_recalled', 'message_expired']);

export interface RecentHeadersOptions {
  guard: HotStateGuard;
  headers: HeaderStore;
  logger: Logger;
  now?: () => number;
  /** How long a fill's mark is trusted (default 60 s). */
  markMaxAgeMs?: number;
}

/** Where a page came from. */
export type HistorySource = 'cache' | 'store';

export interface HistoryPage {
  headers: MessageHeader[];
  source: HistorySource;
}

/** What a fill's mark says. */
interface FillMark {
  filledAtMs: number;
  /** Every message started after this (ms) is in the list; null: every message. */
  floorMs: number | null;
}

export class RecentHeaders {
  private readonly now: () => number;
  private readonly markMaxAgeMs: number;
  /** Local change counter; `changedAt` holds its value at each conversation's last change. */
  private tick = 0;
  private changedAt = new Map<ConversationId, number>();
  /** Every fill that started before this tick is cancelled (the map above was cleared). */
  private forgottenBefore = 0;
  /** Conversations whose put failed: not read here until the repair evicted them. */
  private readonly dirty = new Set<ConversationId>();
  private readonly fills = new Map<ConversationId, Promise<void>>();
  private closed = false;

  constructor(private readonly options: RecentHeadersOptions) {
    this.now = options.now ?? Date.now;
    this.markMaxAgeMs = options.markMaxAgeMs ?? DEFAULT_MARK_MAX_AGE_MS;
    options.guard.onRepair(async (hot) => {
      for (const id of [...this.dirty]) {
        await hot.evictHeaders(id);
        this.dirty.delete(id);
      }
    });
  }

  /** Timeline listener: a message's header changed (and is stored): put it in its conversation's list. */
  published(event: NewTimelineEvent): void {
    if (!CACHED_KINDS.has(event.kind)) return;
    const wire = eventHeader(event.payload);
    const entry = wire && toCachedHeader(wire);
    if (!entry) return;
    const conversationId = entry.conversationId;
    this.changed(conversationId);
    void this.options.guard
      .run('putHeader', async (hot) => {
        await hot.putHeader(entry);
        return true;
      })
      .then((done) => {
        if (!done) this.dirty.add(conversationId);
      });
  }

  /**
   * The newest `limit` headers `viewer` may see, newest first, as the header
   * store's listMessages answers them (live messages as stored: the caller
   * overlays what is live here).
   */
  /** `hidden`: senders the viewer blocks (the store leaves them out by itself). */
  async firstPage(conversationId: ConversationId, viewer: UserId, limit: number, hidden: ReadonlySet<string> = new Set()): Promise<HistoryPage> {
    const cached = await this.fromCache(conversationId, viewer, limit, hidden);
    if (cached) return { headers: cached, source: 'cache' };
    const records = await this.options.headers.listMessages(conversationId, { limit, viewer });
    return { headers: records.map(toWireHeader), source: 'store' };
  }

  /** Waits for fills in progress; later calls still answer (from the store). Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.fills.values()]);
  }

  private async fromCache(conversationId: ConversationId, viewer: UserId, limit: number, hidden: ReadonlySet<string>): Promise<MessageHeader[] | undefined> {
    const cap = this.options.guard.limits?.recentHeadersCap;
    if (cap === undefined || limit > maxCachedPage(cap) || this.closed || this.dirty.has(conversationId)) return undefined;
    const list = await this.options.guard.run('recentHeaders', (hot) => hot.recentHeaders(conversationId, cap));
    if (!list) return undefined;
    const mark = list[0]?.id === MARK_ID ? readMark(list[0]) : undefined;
    if (!mark || this.now() - mark.filledAtMs > this.markMaxAgeMs || mark.filledAtMs > this.now() + this.markMaxAgeMs) {
      this.fill(conversationId, cap);
      return undefined;
    }
    return answer(list.slice(1), mark, list.length >= cap, viewer, limit, hidden);
  }

  private changed(conversationId: ConversationId): void {
    this.tick++;
    if (this.changedAt.size >= MAX_TRACKED_CHANGES) {
      this.changedAt = new Map();
      this.forgottenBefore = this.tick;
    }
    this.changedAt.set(conversationId, this.tick);
  }

  private changedSince(conversationId: ConversationId, tick: number): boolean {
    return (this.changedAt.get(conversationId) ?? 0) > tick || this.forgottenBefore > tick;
  }

  /** Starts a fill unless one runs for the conversation; never rejects. */
  private fill(conversationId: ConversationId, cap: number): void {
    if (this.fills.has(conversationId) || this.closed) return;
    const running = this.doFill(conversationId, cap)
      .catch((err: unknown) => this.options.logger.debug({ err, conversationId }, 'history cache fill failed'))
      .finally(() => this.fills.delete(conversationId));
    this.fills.set(conversationId, running);
  }

  private async doFill(conversationId: ConversationId, cap: number): Promise<void> {
    const { guard, headers } = this.options;
    const startTick = this.tick;
    const filledAtMs = this.now();
    const first = await headers.listMessages(conversationId, { limit: cap });
    const list = await guard.run('recentHeaders', (hot) => hot.recentHeaders(conversationId, cap));
    if (!list || this.changedSince(conversationId, startTick) || this.dirty.has(conversationId)) return;
    const held = new Map(list.filter((h) => h.id !== MARK_ID).map((h) => [h.id, h]));
    const missing: CachedHeader[] = [];
    for (const record of first.slice(0, cap - 1)) {
      const wire = toWireHeader(record);
      const known = held.get(record.id);
      if (known && !isDeepStrictEqual(fromCachedHeader(known), wire)) return this.evict(conversationId);
      const entry = known ? undefined : toCachedHeader(wire);
      if (entry) missing.push(entry);
    }
    // Issued in this same tick as the check above: a local event after it is put after these.
    const put = await guard.run('putHeader', async (hot) => {
      await Promise.all(missing.map((h) => hot.putHeader(h)));
      return true;
    });
    if (!put) return;
    const second = await headers.listMessages(conversationId, { limit: cap });
    if (!samePage(first, second)) return this.evict(conversationId);
    const floorMs = first.length < cap ? null : (first[cap - 1]?.startedAt.getTime() ?? null);
    await guard.run('putHeader', (hot) => hot.putHeader(markEntry(conversationId, { filledAtMs, floorMs })));
  }

  private async evict(conversationId: ConversationId): Promise<void> {
    const done = await this.options.guard.run('evictHeaders', async (hot) => {
      await hot.evictHeaders(conversationId);
      return true;
    });
    if (!done) this.dirty.add(conversationId);
  }
}

/**
 * The largest page a list of `cap` can answer once it is full: one slot is
 * the mark, and the oldest header kept is not covered (same-millisecond
 * headers below it may have been trimmed).
 */
export function maxCachedPage(cap: number): number {
  return cap - 2;
}

/** The page from a marked list (mark removed), or undefined when the list cannot answer it exactly. */
function answer(
  entries: readonly CachedHeader[],
  mark: FillMark,
  full: boolean,
  viewer: UserId,
  limit: number,
  hidden: ReadonlySet<string>,
): MessageHeader[] | undefined {
  const oldestKept = entries[entries.length - 1];
  // A full list may have dropped headers older than its oldest: those of the same millisecond too.
  const floorMs = Math.max(mark.floorMs ?? -1, full && oldestKept ? oldestKept.startedAtMs : -1);
  const everything = mark.floorMs === null && !full;
  const visible = entries.filter((h) => h.startedAtMs > floorMs && visibleTo(h, viewer) && !hidden.has(h.senderId));
  if (visible.length < limit && !everything) return undefined;
  const page = visible.slice(0, limit);
  const next = visible[limit];
  for (const [i, h] of [...page, ...(next ? [next] : [])].entries()) {
    if (i > 0 && h.startedAtMs === visible[i - 1]?.startedAtMs) return undefined;
  }
  if (page.some((h) => h.state === 'interrupted')) return undefined;
  return page.map(fromCachedHeader);
}

/** The header store's rule (listMessages with a viewer): a message for one participant is theirs and the sender's. */
function visibleTo(h: CachedHeader, viewer: UserId): boolean {
  return !h.forUser || h.forUser.userId === viewer || h.senderId === viewer;
}

function samePage(a: readonly MessageRecord[], b: readonly MessageRecord[]): boolean {
  return a.length === b.length && a.every((m, i) => {
    const other = b[i];
    return other !== undefined && isDeepStrictEqual(toWireHeader(m), toWireHeader(other));
  });
}

function markEntry(conversationId: ConversationId, mark: FillMark): CachedHeader {
  return {
    id: MARK_ID,
    conversationId,
    senderId: '' as UserId,
    senderName: '',
    senderDevice: '',
    contentType: 'text',
    opus: null,
    text: JSON.stringify(mark),
    state: 'complete',
    startedAtMs: Number.MAX_SAFE_INTEGER,
    endedAtMs: null,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
  };
}

function readMark(entry: CachedHeader): FillMark | undefined {
  try {
    const parsed = JSON.parse(entry.text ?? '') as Partial<FillMark>;
    if (typeof parsed.filledAtMs !== 'number') return undefined;
    if (parsed.floorMs !== null && typeof parsed.floorMs !== 'number') return undefined;
    return { filledAtMs: parsed.filledAtMs, floorMs: parsed.floorMs };
  } catch {
    return undefined;
  }
}
