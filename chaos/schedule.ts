/**
 * The fault schedule: computed whole from the seed before the run starts, so
 * the same seed (and the same fault classes and duration) replays the same
 * faults at the same offsets. Faults overlap, but one target holds one fault
 * at a time (a router is not paused while it is down).
 */
import { Rng } from './rng.js';

export const FAULT_CLASSES = [
  'partition-peers',
  'partition-redis',
  'partition-postgres',
  'isolate',
  'pause',
  'kill9',
  'sigterm',
  'redis-restart',
  'postgres-restart',
  'couch-outage',
  'disk-readonly',
  'body-corrupt',
] as const;
export type FaultClass = (typeof FAULT_CLASSES)[number];

/** Faults that act on one router; the others act on a shared service. */
const SERVICE_TARGET: Partial<Record<FaultClass, string>> = {
  'redis-restart': 'redis',
  'postgres-restart': 'postgres',
  'couch-outage': 'couch',
};

export interface FaultEvent {
  /** Order in the schedule, from 0. */
  index: number;
  kind: FaultClass;
  /** Router index for router faults; -1 for a service. */
  router: number;
  /** Offset from the start of the fault phase. */
  atMs: number;
  /** How long the fault holds before it heals (a restart: how long it stays down). */
  holdMs: number;
  /** A draw for the fault's own choices (which file to corrupt, flip or truncate). */
  salt: number;
}

export interface ScheduleOptions {
  seed: number;
  /** Length of the fault phase: no fault starts after it, every fault heals by it. */
  durationMs: number;
  routers: number;
  classes: readonly FaultClass[];
  /** Mean gap between fault starts. */
  meanGapMs: number;
  /** A pause lasts longer than this (the heartbeat TTL). */
  heartbeatTtlMs: number;
  /** Cap on the schedule's length, whatever the duration. */
  maxFaults: number;
}

const MIN_HOLD_MS = 2000;
const MAX_HOLD_MS = 12_000;

export function buildSchedule(options: ScheduleOptions): FaultEvent[] {
  const rng = new Rng(options.seed);
  const busyUntil = new Map<string, number>();
  const events: FaultEvent[] = [];
  if (options.classes.length === 0) return events;
  let at = 3000;
  // Bounded in count: every turn of the loop advances `at` by at least 500 ms.
  for (let turn = 0; turn < options.maxFaults * 4 && events.length < options.maxFaults; turn++) {
    at += 500 + Math.floor(-Math.log(1 - rng.next()) * options.meanGapMs);
    const kind = rng.pick(options.classes);
    const holdMs = holdFor(kind, rng, options.heartbeatTtlMs);
    const salt = rng.int(0, 2 ** 31);
    const routerChoice = rng.int(0, options.routers - 1);
    if (at + holdMs > options.durationMs) break;
    const service = SERVICE_TARGET[kind];
    const router = service === undefined ? freeRouter(routerChoice, options.routers, at, busyUntil) : -1;
    const target = service ?? (router < 0 ? undefined : `router${router}`);
    if (target === undefined || (busyUntil.get(target) ?? 0) > at) continue;
    busyUntil.set(target, at + holdMs + 1000);
    events.push({ index: events.length, kind, router, atMs: at, holdMs, salt });
  }
  return events;
}

function holdFor(kind: FaultClass, rng: Rng, ttlMs: number): number {
  if (kind === 'pause') return Math.round(ttlMs * (1.5 + rng.next() * 1.5));
  if (kind === 'body-corrupt') return 0;
  return rng.int(MIN_HOLD_MS, MAX_HOLD_MS);
}

/** The chosen router if free at `at`, else the next free one; -1 when all are busy. */
function freeRouter(choice: number, count: number, at: number, busyUntil: Map<string, number>): number {
  for (let i = 0; i < count; i++) {
    const r = (choice + i) % count;
    if ((busyUntil.get(`router${r}`) ?? 0) <= at) return r;
  }
  return -1;
}
