// Helpers of the browser tests: unique names, waits on the page's debug
// counters, the stored session, the loudness of a WAV file.
import type { Page } from 'playwright-core';

let nameCounter = 0;
export function uniqueUser(prefix: string): string {
  return `${prefix}${process.pid % 100000}${Date.now() % 100000}${++nameCounter}`.slice(0, 32);
}

/** A condition on the page's debug counters: `field` (of `stream` when given) is ≥ `gte`, or equals `eq`. */
interface DebugCondition {
  field: string;
  gte?: number;
  eq?: string;
  stream?: string;
}

/**
 * Waits until the condition holds. A function, not a string: the page's CSP
 * forbids eval, and that is worth keeping under test.
 */
export async function until(page: Page, condition: DebugCondition, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (c) => {
      const d = (globalThis as unknown as { voxringDebug?: Record<string, unknown> }).voxringDebug;
      if (!d) return false;
      const streams = d.streams as Record<string, Record<string, unknown> | undefined>;
      const value = c.stream === undefined ? d[c.field] : streams[c.stream]?.[c.field];
      return c.gte === undefined ? value === c.eq : typeof value === 'number' && value >= c.gte;
    },
    condition,
    { timeout },
  );
}

/** The page's stored session (run inside the page). */
export function storedSession(): string | null {
  return (
    globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
  ).localStorage.getItem('voxring.session');
}

/** Root mean square of 16-bit PCM in a WAV file (from its data chunk), 0..1. */
export function wavRms(wav: Buffer): number {
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'data') {
      let sum = 0;
      const end = Math.min(wav.length, offset + 8 + size);
      let n = 0;
      for (let i = offset + 8; i + 1 < end; i += 2, n++) sum += (wav.readInt16LE(i) / 32768) ** 2;
      return n === 0 ? 0 : Math.sqrt(sum / n);
    }
    offset += 8 + size + (size % 2);
  }
  return 0;
}
