/** Limits resolution and argument checks shared by the HotState implementations, so both refuse the same input. */
import { VoxError } from '../common/errors.js';
import { DEFAULT_HOT_STATE_LIMITS, type HotStateLimits } from './hot-state.js';

const LIMIT_RULES: Record<keyof HotStateLimits, { min: number; max: number }> = {
  maxSpeakersPerConversation: { min: 1, max: 1000 },
  speakersTtlMs: { min: 10, max: 24 * 3600 * 1000 },
  maxUnreadBatch: { min: 1, max: 100_000 },
  recentHeadersCap: { min: 1, max: 1000 },
  recentHeadersTtlMs: { min: 10, max: 7 * 24 * 3600 * 1000 },
};

/** Defaults merged with `partial`; a value out of range fails with VOX_CONFIG_INVALID naming it. */
export function resolveHotStateLimits(
  partial: Partial<HotStateLimits> = {},
): Readonly<HotStateLimits> {
  const limits = { ...DEFAULT_HOT_STATE_LIMITS, ...partial };
  for (const [name, rule] of Object.entries(LIMIT_RULES)) {
    const value = limits[name as keyof HotStateLimits];
    if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
      throw new VoxError(
        'VOX_CONFIG_INVALID',
        `hot state: ${name} must be an integer in ${rule.min}..${rule.max}, got ${value}`,
      );
    }
  }
  return Object.freeze(limits);
}

/** A whole number in min..max, else VOX_BAD_REQUEST naming the argument. */
export function checkInteger(what: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VoxError(
      'VOX_BAD_REQUEST',
      `hot state: ${what} must be an integer in ${min}..${max}, got ${value}`,
    );
  }
  return value;
}

/** A time in ms since epoch (non-negative safe integer). */
export function checkTime(what: string, value: number): number {
  return checkInteger(what, value, 0, Number.MAX_SAFE_INTEGER);
}

/** Distinct user ids of an unread batch, refused beyond maxUnreadBatch. */
export function unreadBatch<T extends string>(userIds: readonly T[], limits: HotStateLimits): T[] {
  if (userIds.length > limits.maxUnreadBatch) {
    throw new VoxError(
      'VOX_BAD_REQUEST',
      `hot state: at most ${limits.maxUnreadBatch} users per incrementUnread, got ${userIds.length}`,
    );
  }
  return [...new Set(userIds)];
}

export const MAX_UNREAD_INCREMENT = 1_000_000;

/** Longest time a markOnline holds without a refresh. */
export const ONLINE_TTL_MAX_MS = 24 * 3600 * 1000;
