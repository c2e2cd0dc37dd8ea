/**
 * HashRing: consistent hashing of user ids onto router ids (the `hashring`
 * package, ketama-style md5 continuum). Pure computation, no I/O: every
 * router builds the same ring from the same member list and so agrees on
 * every user's home without talking to the others.
 *
 *   0 ──────────── p1(B) ── p2(A) ─────── p3(C) ──── 2^32 (wraps to 0)
 *          key k hashes here ▲  → home(k) = A, fallbacks(k) = [C, B]
 *
 * A key belongs to the first continuum point at or after its hash; the
 * fallbacks are the next *distinct* routers walking on from there. Each
 * router owns `vnodes × 4` points (4 per md5 digest, as ketama does).
 */
import HashRingLib from 'hashring';
import { VoxError } from '../common/errors.js';
import type { RouterId, UserId } from '../common/ids.js';
import { isRouterId } from './router-info.js';

/** Options for HashRing. */
export interface HashRingOptions {
  /** Virtual nodes per router (×4 continuum points each); default 64, 1..4096. */
  vnodes?: number;
  /** Size of the LRU cache of home() answers; default 10 000, 1..10 000 000 (0 crashes hashring). */
  cacheSize?: number;
}

export const DEFAULT_VNODES = 64;
export const DEFAULT_RING_CACHE_SIZE = 10_000;
const CONTINUUM = 2 ** 32;

/** Consistent hashing over a fixed set of router ids; rebuild it when membership changes. */
export class HashRing {
  /** Virtual nodes per member. */
  readonly vnodes: number;
  readonly #members: readonly RouterId[];
  readonly #ring: HashRingLib;
  #shares: ReadonlyMap<RouterId, number> | undefined;

  constructor(members: Iterable<RouterId>, options: HashRingOptions = {}) {
    this.vnodes = checkInt('vnodes', options.vnodes ?? DEFAULT_VNODES, 1, 4096);
    const cacheSize = checkInt(
      'cacheSize',
      options.cacheSize ?? DEFAULT_RING_CACHE_SIZE,
      1,
      10_000_000,
    );
    const unique = [...new Set(members)].sort();
    for (const id of unique) {
      if (!isRouterId(id))
        throw new VoxError('VOX_CONFIG_INVALID', `hash ring: bad router id "${String(id)}"`);
    }
    this.#members = Object.freeze(unique);
    // Per-server vnodes with the ring-wide default set to 0: hashring then
    // uses exactly `vnodes` for every server. With the default path it uses
    // floor(1/N × vnodes × N), which floating point makes vnodes-1 for some N
    // (e.g. N = 49), so adding a router would move keys between the others.
    const servers: Record<string, { vnodes: number }> = Object.create(null) as Record<
      string,
      { vnodes: number }
    >;
    for (const id of unique) servers[id] = { vnodes: this.vnodes };
    this.#ring = new HashRingLib(servers, 'md5', { 'vnode count': 0, 'max cache size': cacheSize });
  }

  /** Member ids, sorted. */
  members(): readonly RouterId[] {
    return this.#members;
  }

  /** Number of members. */
  get size(): number {
    return this.#members.length;
  }

  has(id: RouterId): boolean {
    return this.#members.includes(id);
  }

  /** The router that owns `userId`; undefined only when the ring is empty. */
  home(userId: UserId): RouterId | undefined {
    if (this.#members.length === 0) return undefined;
    return this.#ring.get(userId) as RouterId;
  }

  /** Up to `n` distinct routers after the home, in failover order (never the home itself). */
  fallbacks(userId: UserId, n: number): RouterId[] {
    if (!Number.isInteger(n) || n < 0)
      throw new VoxError(
        'VOX_BAD_REQUEST',
        `hash ring: fallbacks count must be a non-negative integer, got ${n}`,
      );
    if (n === 0 || this.#members.length < 2) return [];
    // range() treats a size of 0 as "all", so n = 0 is answered above.
    return this.#ring.range(userId, Math.min(n + 1, this.#members.length)).slice(1) as RouterId[];
  }

  /** Home first, then every other member in failover order. */
  route(userId: UserId): RouterId[] {
    if (this.#members.length === 0) return [];
    return this.#ring.range(userId, this.#members.length) as RouterId[];
  }

  /**
   * Each member's fraction of the 32-bit key space, computed exactly from the
   * continuum (not by sampling): a point owns the arc from the previous point
   * (exclusive) up to itself, and the first point also owns the wrap-around
   * arc after the last one. The values sum to 1 (up to float rounding).
   */
  shares(): ReadonlyMap<RouterId, number> {
    if (this.#shares) return this.#shares;
    // @types/hashring declares points() wrongly; it returns id → point values.
    const byServer = this.#ring.points([...this.#members]) as unknown as Record<string, number[]>;
    const points: { value: number; id: RouterId }[] = [];
    for (const id of this.#members)
      for (const value of byServer[id] ?? []) points.push({ value, id });
    points.sort((a, b) => a.value - b.value);
    const owned = new Map<RouterId, number>(this.#members.map((id) => [id, 0]));
    for (let i = 0; i < points.length; i++) {
      const point = points[i]!;
      const arc =
        i === 0
          ? point.value + (CONTINUUM - points[points.length - 1]!.value)
          : point.value - points[i - 1]!.value;
      owned.set(point.id, (owned.get(point.id) ?? 0) + arc);
    }
    const shares = new Map<RouterId, number>();
    for (const [id, arc] of owned) shares.set(id, arc / CONTINUUM);
    this.#shares = shares;
    return shares;
  }

  /** True when `other` has the same members and vnodes (so every answer is the same). */
  sameAs(other: HashRing): boolean {
    return (
      this.vnodes === other.vnodes &&
      this.#members.length === other.#members.length &&
      this.#members.every((id, i) => id === other.#members[i])
    );
  }
}

function checkInt(option: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VoxError(
      'VOX_CONFIG_INVALID',
      `hash ring: ${option} must be an integer in ${min}..${max}, got ${value}`,
    );
  }
  return value;
}
