/**
 * StaticMembership: a fixed member list from `--peers`, for clusters without
 * Redis (and, with no peers, the single-node default). No I/O: a peer that
 * dies stays a member, and setDraining() changes only this router's own view.
 */
import { VoxError } from '../common/errors.js';
import type { RouterId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { MemberTable } from './member-table.js';
import type { Membership, MembershipListener, MembershipStatus } from './membership.js';
import { assertRouterInfo, type RouterInfo } from './router-info.js';

/** Options for StaticMembership. */
export interface StaticMembershipOptions {
  self: RouterInfo;
  /** The other routers; an entry with self's id is ignored (self wins). */
  peers?: readonly RouterInfo[];
  logger: Logger;
}

/** A Membership whose list never changes except for this router's draining flag. */
export class StaticMembership implements Membership {
  readonly selfId: RouterId;
  readonly #table: MemberTable;
  readonly #sinceMs = Date.now();
  #self: RouterInfo;
  #closed = false;

  constructor(options: StaticMembershipOptions) {
    assertRouterInfo(options.self, 'membership self');
    const peers = options.peers ?? [];
    const seen = new Set<RouterId>();
    for (const peer of peers) {
      assertRouterInfo(peer, 'peers');
      if (seen.has(peer.id))
        throw new VoxError('VOX_CONFIG_INVALID', `peers: router id ${peer.id} is listed twice`);
      seen.add(peer.id);
    }
    this.selfId = options.self.id;
    this.#self = { ...options.self };
    this.#table = new MemberTable(
      options.logger.child({ component: 'membership' }),
    );
    // Filled before anyone can subscribe, so construction emits nothing.
    this.#table.replace([this.#self, ...peers.filter((p) => p.id !== this.selfId)]);
  }

  async start(): Promise<void> {}

  members(): RouterInfo[] {
    return this.#table.list();
  }

  onChange(listener: MembershipListener): () => void {
    return this.#table.onChange(listener);
  }

  async setDraining(draining: boolean): Promise<void> {
    if (this.#closed) throw new VoxError('VOX_SHUTTING_DOWN', 'membership is closed');
    if (this.#self.draining === draining) return;
    this.#self = { ...this.#self, draining };
    this.#table.upsert(this.#self);
  }

  status(): MembershipStatus {
    return { kind: 'static', degraded: false, sinceMs: this.#sinceMs };
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}

/**
 * Parses a `--peers` value: entries `id=publicUrl|linkUrl` separated by
 * commas or whitespace, e.g. `r1=ws://10.0.0.1:8080|ws://10.0.0.1:8081`.
 * Peers are listed as not draining with startedAtMs 0 (unknown).
 */
export function parsePeers(spec: string): RouterInfo[] {
  const peers: RouterInfo[] = [];
  for (const entry of spec.split(/[\s,]+/).filter((e) => e !== '')) {
    const eq = entry.indexOf('=');
    const bar = entry.indexOf('|', eq + 1);
    if (eq <= 0 || bar < 0) {
      throw new VoxError(
        'VOX_CONFIG_INVALID',
        `peers: entry "${entry}" must look like id=publicUrl|linkUrl`,
      );
    }
    const info = {
      id: entry.slice(0, eq) as RouterId,
      publicUrl: entry.slice(eq + 1, bar),
      linkUrl: entry.slice(bar + 1),
      startedAtMs: 0,
      draining: false,
    };
    assertRouterInfo(info, 'peers');
    if (peers.some((p) => p.id === info.id)) {
      throw new VoxError('VOX_CONFIG_INVALID', `peers: router id ${info.id} is listed twice`);
    }
    peers.push(info);
  }
  return peers;
}
