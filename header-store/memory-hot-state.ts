/**
 * MemoryHotState: HotState in one process, for a single router without
 * Redis. Same ordering, caps and TTLs as RedisHotState; expired lists are
 * dropped when read and by a sweep every few seconds.
 */
import { VoxError } from '../common/errors.js';
import type { ConversationId, MessageId, RouterId, UserId } from '../common/ids.js';
import {
  checkInteger,
  checkTime,
  MAX_UNREAD_INCREMENT,
  ONLINE_TTL_MAX_MS,
  resolveHotStateLimits,
  unreadBatch,
} from './hot-state-checks.js';
import type { HotState, HotStateLimits, LiveEntry, CachedHeader, SpeakerEntry } from './hot-state.js';

/** Options for MemoryHotState. */
export interface MemoryHotStateOptions {
  limits?: Partial<HotStateLimits>;
  /** Clock for TTLs; default Date.now. */
  now?: () => number;
  /** Period of the sweep of expired lists; default 5000 ms. */
  sweepIntervalMs?: number;
}

/** A per-conversation list that expires as a whole, like a Redis key with a TTL. */
interface ExpiringList<T> {
  entries: Map<string, T>;
  expiresAtMs: number;
}

/** HotState held in this process's memory. */
export class MemoryHotState implements HotState {
  readonly limits: Readonly<HotStateLimits>;
  readonly #now: () => number;
  readonly #speakers = new Map<ConversationId, ExpiringList<SpeakerEntry>>();
  readonly #unread = new Map<UserId, Map<ConversationId, number>>();
  readonly #live = new Map<MessageId, LiveEntry>();
  readonly #liveByRouter = new Map<RouterId, Set<MessageId>>();
  readonly #headers = new Map<ConversationId, ExpiringList<CachedHeader>>();
  /** Per user: the routers where they have devices, each until when (ms). */
  readonly #online = new Map<UserId, Map<RouterId, number>>();
  readonly #sweep: NodeJS.Timeout;
  #closed = false;

  constructor(options: MemoryHotStateOptions = {}) {
    this.limits = resolveHotStateLimits(options.limits);
    this.#now = options.now ?? Date.now;
    this.#sweep = setInterval(() => this.#sweepExpired(), options.sweepIntervalMs ?? 5000);
    this.#sweep.unref();
  }

  async addSpeaker(conversationId: ConversationId, speaker: SpeakerEntry): Promise<void> {
    this.#open();
    checkTime('startedAtMs', speaker.startedAtMs);
    const list = this.#list(this.#speakers, conversationId, true);
    list.entries.set(speaker.messageId, {
      messageId: speaker.messageId,
      userId: speaker.userId,
      startedAtMs: speaker.startedAtMs,
    });
    list.expiresAtMs = this.#now() + this.limits.speakersTtlMs;
    trimOldest(list.entries, this.limits.maxSpeakersPerConversation, (s) => [
      s.startedAtMs,
      s.messageId,
    ]);
  }

  async removeSpeaker(conversationId: ConversationId, messageId: MessageId): Promise<boolean> {
    this.#open();
    const list = this.#list(this.#speakers, conversationId, false);
    if (!list?.entries.delete(messageId)) return false;
    if (list.entries.size === 0) this.#speakers.delete(conversationId);
    return true;
  }

  async speakers(conversationId: ConversationId): Promise<SpeakerEntry[]> {
    this.#open();
    const list = this.#list(this.#speakers, conversationId, false);
    return sortBy([...(list?.entries.values() ?? [])], (s) => [s.startedAtMs, s.messageId]).map(
      (s) => ({ ...s }),
    );
  }

  async incrementUnread(
    conversationId: ConversationId,
    userIds: readonly UserId[],
    by = 1,
  ): Promise<void> {
    this.#open();
    checkInteger('by', by, 1, MAX_UNREAD_INCREMENT);
    for (const userId of unreadBatch(userIds, this.limits)) {
      let counts = this.#unread.get(userId);
      if (!counts) this.#unread.set(userId, (counts = new Map<ConversationId, number>()));
      counts.set(conversationId, (counts.get(conversationId) ?? 0) + by);
    }
  }

  async unreadCount(userId: UserId, conversationId: ConversationId): Promise<number> {
    this.#open();
    return this.#unread.get(userId)?.get(conversationId) ?? 0;
  }

  async unreadCounts(userId: UserId): Promise<Map<ConversationId, number>> {
    this.#open();
    return new Map(this.#unread.get(userId) ?? []);
  }

  async resetUnread(userId: UserId, conversationId: ConversationId): Promise<void> {
    this.#open();
    const counts = this.#unread.get(userId);
    counts?.delete(conversationId);
    if (counts?.size === 0) this.#unread.delete(userId);
  }

  async setLive(entry: LiveEntry): Promise<void> {
    this.#open();
    checkTime('startedAtMs', entry.startedAtMs);
    const old = this.#live.get(entry.messageId);
    if (old) this.#unindex(old);
    this.#live.set(entry.messageId, { ...entry });
    let set = this.#liveByRouter.get(entry.routerId);
    if (!set) this.#liveByRouter.set(entry.routerId, (set = new Set()));
    set.add(entry.messageId);
  }

  async getLive(messageId: MessageId): Promise<LiveEntry | undefined> {
    this.#open();
    const entry = this.#live.get(messageId);
    return entry && { ...entry };
  }

  async removeLive(messageId: MessageId): Promise<boolean> {
    this.#open();
    const old = this.#live.get(messageId);
    if (!old) return false;
    this.#live.delete(messageId);
    this.#unindex(old);
    return true;
  }

  async liveOnRouter(routerId: RouterId): Promise<LiveEntry[]> {
    this.#open();
    const entries = [...(this.#liveByRouter.get(routerId) ?? [])]
      .map((id) => this.#live.get(id))
      .filter((e) => e !== undefined);
    return sortBy(entries, (e) => [e.startedAtMs, e.messageId]).map((e) => ({ ...e }));
  }

  async markOnline(routerId: RouterId, userIds: readonly UserId[], ttlMs: number): Promise<void> {
    this.#open();
    checkInteger('ttlMs', ttlMs, 1, ONLINE_TTL_MAX_MS);
    const until = this.#now() + ttlMs;
    for (const userId of userIds) {
      let routers = this.#online.get(userId);
      if (!routers) this.#online.set(userId, (routers = new Map<RouterId, number>()));
      routers.set(routerId, until);
    }
  }

  async markOffline(routerId: RouterId, userIds: readonly UserId[]): Promise<void> {
    this.#open();
    for (const userId of userIds) {
      const routers = this.#online.get(userId);
      routers?.delete(routerId);
      if (routers?.size === 0) this.#online.delete(userId);
    }
  }

  async onlineAmong(userIds: readonly UserId[]): Promise<Set<UserId>> {
    this.#open();
    const now = this.#now();
    const online = new Set<UserId>();
    for (const userId of userIds) {
      for (const until of this.#online.get(userId)?.values() ?? []) if (until > now) online.add(userId);
    }
    return online;
  }

  async putHeader(header: CachedHeader): Promise<void> {
    this.#open();
    checkTime('startedAtMs', header.startedAtMs);
    const list = this.#list(this.#headers, header.conversationId, true);
    list.entries.set(header.id, structuredClone(header));
    list.expiresAtMs = this.#now() + this.limits.recentHeadersTtlMs;
    trimOldest(list.entries, this.limits.recentHeadersCap, (h) => [h.startedAtMs, h.id]);
  }

  async recentHeaders(
    conversationId: ConversationId,
    limit = this.limits.recentHeadersCap,
  ): Promise<CachedHeader[]> {
    this.#open();
    checkInteger('limit', limit, 1, this.limits.recentHeadersCap);
    const list = this.#list(this.#headers, conversationId, false);
    const newestFirst = sortBy([...(list?.entries.values() ?? [])], (h) => [
      h.startedAtMs,
      h.id,
    ]).reverse();
    return newestFirst.slice(0, limit).map((h) => structuredClone(h));
  }

  async evictHeaders(conversationId: ConversationId): Promise<void> {
    this.#open();
    this.#headers.delete(conversationId);
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweep);
  }

  #open(): void {
    if (this.#closed) throw new VoxError('VOX_SHUTTING_DOWN', 'hot state is closed');
  }

  /** The live (unexpired) list of a conversation; created when `create`. */
  #list<T>(
    lists: Map<ConversationId, ExpiringList<T>>,
    conversationId: ConversationId,
    create: true,
  ): ExpiringList<T>;
  #list<T>(
    lists: Map<ConversationId, ExpiringList<T>>,
    conversationId: ConversationId,
    create: false,
  ): ExpiringList<T> | undefined;
  #list<T>(
    lists: Map<ConversationId, ExpiringList<T>>,
    conversationId: ConversationId,
    create: boolean,
  ): ExpiringList<T> | undefined {
    let list = lists.get(conversationId);
    if (list && list.expiresAtMs <= this.#now()) {
      lists.delete(conversationId);
      list = undefined;
    }
    if (!list && create) {
      list = { entries: new Map(), expiresAtMs: 0 };
      lists.set(conversationId, list);
    }
    return list;
  }

  #unindex(entry: LiveEntry): void {
    const set = this.#liveByRouter.get(entry.routerId);
    set?.delete(entry.messageId);
    if (set?.size === 0) this.#liveByRouter.delete(entry.routerId);
  }

  #sweepExpired(): void {
    const now = this.#now();
    for (const lists of [this.#speakers, this.#headers] as Map<
      ConversationId,
      ExpiringList<unknown>
    >[]) {
      for (const [id, list] of lists) if (list.expiresAtMs <= now) lists.delete(id);
    }
    for (const [userId, routers] of this.#online) {
      for (const [routerId, until] of routers) if (until <= now) routers.delete(routerId);
      if (routers.size === 0) this.#online.delete(userId);
    }
  }
}

type SortKey = [number, string];

function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** Ascending by (number, string): the order of a Redis sorted set (score, then member bytes) for ASCII ids. */
function sortBy<T>(items: T[], key: (item: T) => SortKey): T[] {
  return items.sort((a, b) => compareKeys(key(a), key(b)));
}

/** Drops the lowest entries until at most `cap` remain. */
function trimOldest<T>(entries: Map<string, T>, cap: number, key: (item: T) => SortKey): void {
  if (entries.size <= cap) return;
  const ordered = sortBy([...entries], ([, v]) => key(v));
  for (const [id] of ordered.slice(0, entries.size - cap)) entries.delete(id);
}
