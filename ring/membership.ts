/**
 * Membership: which routers are in the ring right now. Implementations:
 * StaticMembership (a fixed `--peers` list, no I/O) and RedisMembership
 * (heartbeats in Redis, changes over pub/sub). Callers depend on this
 * interface only; the router's wiring picks one.
 */
import type { RouterId } from '../common/ids.js';
import type { RouterInfo } from './router-info.js';

/** One change of the member list; emitted only when something changed. */
export interface MembershipChange {
  /** The full list after the change, sorted by id (self included). */
  members: RouterInfo[];
  /** Routers that were not members before. */
  joined: RouterInfo[];
  /** Routers that are no longer members (their last known info). */
  left: RouterInfo[];
  /** Routers whose info changed (e.g. draining), with their new info. */
  updated: RouterInfo[];
}

/** Called on every change. A listener that throws is logged and skipped; the others still run. */
export type MembershipListener = (change: MembershipChange) => void;

/** Health of the membership source, for logs and the admin endpoints. */
export interface MembershipStatus {
  kind: 'static' | 'redis';
  /** True while the shared source (Redis) is unreachable and members() is the last known list. */
  degraded: boolean;
  /** When `degraded` last changed (ms since epoch); start time until then. */
  sinceMs: number;
}

/** The live member list of the ring. */
export interface Membership {
  /** This router's id. */
  readonly selfId: RouterId;
  /** Registers this router and begins watching; calling it again returns the same promise. */
  start(): Promise<void>;
  /** Current members sorted by id, draining ones included; always contains self. */
  members(): RouterInfo[];
  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: MembershipListener): () => void;
  /** Publishes this router's draining flag (no-op when unchanged); rejects with VOX_SHUTTING_DOWN after close(). */
  setDraining(draining: boolean): Promise<void>;
  status(): MembershipStatus;
  /** Leaves the ring and releases timers and connections; safe to call twice. */
  close(): Promise<void>;
}
