/**
 * RouterInfo: what one router publishes about itself to the ring. Plain data,
 * JSON-serialisable, shared by every Membership implementation.
 */
import { VoxError } from '../common/errors.js';
import type { RouterId } from '../common/ids.js';

/** One router as the ring sees it. */
export interface RouterInfo {
  id: RouterId;
  /** Where clients connect (WebSocket and HTTP), e.g. ws://10.0.0.1:8080. */
  publicUrl: string;
  /** Where other routers open their relay link, e.g. ws://10.0.0.1:8081. */
  linkUrl: string;
  /** When this router process started (ms since epoch); a restarted router has a new value. */
  startedAtMs: number;
  /** A draining router keeps serving what it has but takes no new users. */
  draining: boolean;
}

/**
 * Router ids: 1–128 of [A-Za-z0-9_.:-], starting with a letter or digit.
 * They become Redis key suffixes and hashring server names (hashring keeps
 * them in plain objects, hence no leading `_` that could spell `__proto__`).
 */
export const ROUTER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** True when `value` is a well-formed router id. */
export function isRouterId(value: unknown): value is RouterId {
  return typeof value === 'string' && ROUTER_ID_PATTERN.test(value);
}

const URL_PROTOCOLS = new Set(['ws:', 'wss:', 'http:', 'https:']);

/** Throws VOX_CONFIG_INVALID naming `what` unless `info` is a complete, well-formed RouterInfo. */
export function assertRouterInfo(info: RouterInfo, what: string): void {
  if (!isRouterId(info.id)) {
    throw new VoxError(
      'VOX_CONFIG_INVALID',
      `${what}: router id must match ${String(ROUTER_ID_PATTERN)}, got "${String(info.id)}"`,
    );
  }
  for (const field of ['publicUrl', 'linkUrl'] as const) {
    if (!isRouterUrl(info[field])) {
      throw new VoxError(
        'VOX_CONFIG_INVALID',
        `${what}: ${field} of router ${info.id} must be a ws, wss, http or https URL, got "${String(info[field])}"`,
      );
    }
  }
  if (!Number.isSafeInteger(info.startedAtMs) || info.startedAtMs < 0) {
    throw new VoxError(
      'VOX_CONFIG_INVALID',
      `${what}: startedAtMs of router ${info.id} must be a non-negative integer`,
    );
  }
  if (typeof info.draining !== 'boolean') {
    throw new VoxError(
      'VOX_CONFIG_INVALID',
      `${what}: draining of router ${info.id} must be a boolean`,
    );
  }
}

function isRouterUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return URL_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Parses a RouterInfo read from shared storage; undefined when it is not
 * one (a foreign or corrupt value is ignored, never trusted).
 */
export function parseRouterInfo(json: string): RouterInfo | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const info = {
    id: v.id,
    publicUrl: v.publicUrl,
    linkUrl: v.linkUrl,
    startedAtMs: v.startedAtMs,
    draining: v.draining,
  } as RouterInfo;
  try {
    assertRouterInfo(info, 'stored router');
  } catch {
    return undefined;
  }
  return info;
}

/** The ids that take users: members that are not draining, sorted. */
export function activeRouterIds(members: readonly RouterInfo[]): RouterId[] {
  return members
    .filter((m) => !m.draining)
    .map((m) => m.id)
    .sort();
}

/** True when two infos publish the same facts. */
export function sameRouterInfo(a: RouterInfo, b: RouterInfo): boolean {
  return (
    a.id === b.id &&
    a.publicUrl === b.publicUrl &&
    a.linkUrl === b.linkUrl &&
    a.startedAtMs === b.startedAtMs &&
    a.draining === b.draining
  );
}
