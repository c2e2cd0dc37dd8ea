/**
 * What one decoder under fuzz looks like to the runner. A target owns its
 * seeds (valid inputs), may mutate with knowledge of its format, and runs one
 * input through the project's real decoding functions plus property checks.
 */
import type { Rng } from './rng.js';

/**
 * How one input ended: the decoder accepted it, or refused it with its own
 * typed error. Anything thrown out of `run` is a crash.
 */
export type FuzzOutcome = 'accepted' | 'rejected';

export interface FuzzTarget {
  /** Short kebab-case name, used by `--targets` and in crash file names. */
  readonly name: string;
  /** One line: which functions it drives. */
  readonly description: string;
  /** Valid inputs to mutate from; built once per worker. */
  seeds(): readonly Uint8Array[];
  /**
   * A format-aware mutation of `seed` (checksums fixed, lengths kept
   * consistent), or undefined to leave it to the byte mutator alone.
   */
  mutate?(rng: Rng, seed: Uint8Array, seeds: readonly Uint8Array[]): Uint8Array | undefined;
  /** Decodes `input`. Throws on a crash (an untyped exception or a broken property). */
  run(input: Uint8Array): FuzzOutcome;
}

/** A property of a decoder that an input broke: a crash, though no exception came from the decoder. */
export class PropertyViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PropertyViolation';
  }
}

/** Throws a PropertyViolation with `message` unless `ok`; a function message is built only on failure. */
export function check(ok: boolean, message: string | (() => string)): asserts ok {
  if (!ok) throw new PropertyViolation(typeof message === 'string' ? message : message());
}
