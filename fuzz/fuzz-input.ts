/**
 * Input number `index` of a target under a run seed, and what running it
 * gives. Inputs 0 … seeds-1 are the seeds themselves (a valid input must be
 * accepted as such); every later one is a seed mutated by the target's own
 * mutator and/or the byte mutator, or, rarely, random bytes.
 */
import { mutateBytes } from './byte-mutator.js';
import type { FuzzOutcome, FuzzTarget } from './fuzz-target.js';
import { Rng } from './rng.js';

/** Input `index` of `target` under `seed`; the same arguments always give the same bytes. */
export function generateInput(target: FuzzTarget, seeds: readonly Uint8Array[], seed: number, index: number): Uint8Array {
  if (index < seeds.length) return new Uint8Array(seeds[index]!);
  const rng = Rng.forInput(seed, target.name, index);
  const base = rng.pick(seeds);
  const r = rng.float();
  let out: Uint8Array;
  if (r < 0.02) out = rng.bytes(rng.below(96));
  else if (target.mutate && r < 0.65) {
    out = target.mutate(rng, base, seeds) ?? mutateBytes(rng, base, seeds);
    if (rng.chance(0.2)) out = mutateBytes(rng, out, seeds);
  } else out = mutateBytes(rng, base, seeds);
  // Memory of its own: never a view of a seed nor a slice of Node's Buffer pool.
  return new Uint8Array(out);
}

/** How one input ended: an outcome, or a crash with what was thrown. */
export type InputResult = { crashed: false; outcome: FuzzOutcome } | { crashed: true; error: string };

/** Runs one input, turning whatever it throws into a crash. */
export function runInput(target: FuzzTarget, input: Uint8Array): InputResult {
  try {
    return { crashed: false, outcome: target.run(input) };
  } catch (err) {
    return { crashed: true, error: describe(err) };
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return `thrown non-error: ${String(err)}`;
}
