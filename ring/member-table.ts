/**
 * MemberTable: the current member list of one Membership, the diff against
 * the previous list and the listener fan-out. Shared by the implementations
 * so that they emit identical events.
 */
import type { Logger } from '../common/logger.js';
import type { RouterId } from '../common/ids.js';
import type { MembershipChange, MembershipListener } from './membership.js';
import { sameRouterInfo, type RouterInfo } from './router-info.js';

export class MemberTable {
  readonly #logger: Logger;
  readonly #listeners = new Set<MembershipListener>();
  #members = new Map<RouterId, RouterInfo>();

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Members sorted by id (fresh copies, so callers cannot mutate the table). */
  list(): RouterInfo[] {
    return [...this.#members.values()].sort(byId).map((m) => ({ ...m }));
  }

  get(id: RouterId): RouterInfo | undefined {
    const info = this.#members.get(id);
    return info && { ...info };
  }

  onChange(listener: MembershipListener): () => void {
    // Wrapped so that subscribing the same function twice gives two subscriptions.
    const entry: MembershipListener = (change) => listener(change);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /** Replaces the whole list; emits one change when it differs. Returns the change, if any. */
  replace(next: Iterable<RouterInfo>): MembershipChange | undefined {
    const incoming = new Map<RouterId, RouterInfo>();
    for (const info of next) incoming.set(info.id, { ...info });
    const joined: RouterInfo[] = [];
    const left: RouterInfo[] = [];
    const updated: RouterInfo[] = [];
    for (const [id, info] of incoming) {
      const old = this.#members.get(id);
      if (!old) joined.push(info);
      else if (!sameRouterInfo(old, info)) updated.push(info);
    }
    for (const [id, info] of this.#members) if (!incoming.has(id)) left.push(info);
    if (joined.length + left.length + updated.length === 0) return undefined;
    this.#members = incoming;
    const change: MembershipChange = {
      members: this.list(),
      joined: joined.sort(byId),
      left: left.sort(byId),
      updated: updated.sort(byId),
    };
    this.#emit(change);
    return change;
  }

  /** Sets or replaces one member; emits when it changed. */
  upsert(info: RouterInfo): MembershipChange | undefined {
    const next = new Map(this.#members);
    next.set(info.id, info);
    return this.replace(next.values());
  }

  #emit(change: MembershipChange): void {
    this.#logger.info(
      {
        joined: change.joined.map((m) => m.id),
        left: change.left.map((m) => m.id),
        updated: change.updated.map((m) => m.id),
        members: change.members.length,
      },
      'ring membership changed',
    );
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (err) {
        // A broken listener must not stop the others or the membership itself.
        this.#logger.error({ err }, 'membership listener threw');
      }
    }
  }
}

function byId(a: RouterInfo, b: RouterInfo): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
