/**
 * Messages between the runner and its workers, and the shared progress
 * block the watchdog reads: per worker slot, the input under way, when it
 * started (0: idle), and the current job's counts so far, so a job cut short
 * by a hang still counts every input it finished.
 */
import type { InputResult } from './fuzz-input.js';

/** Inputs `start` … `end - 1` of a target. */
export interface RangeJob {
  kind: 'range';
  target: string;
  seed: number;
  start: number;
  end: number;
}

/** One given input (a replay). */
export interface InputJob {
  kind: 'input';
  target: string;
  input: Uint8Array;
}

export type WorkerJob = RangeJob | InputJob;

export type WorkerMessage =
  | { kind: 'ready'; targets: string[] }
  | { kind: 'crash'; target: string; index: number; input: Uint8Array; error: string }
  | { kind: 'done'; target: string; start: number; accepted: number; rejected: number; crashes: number }
  | { kind: 'result'; target: string; result: InputResult };

/** What a worker is started with. */
export interface WorkerSetup {
  /** URL of a module exporting createTargets(): FuzzTarget[]. */
  targetsModule: string;
  progress: SharedArrayBuffer;
  slot: number;
  /** Crashing inputs a worker sends per job (the rest are counted only). */
  maxCrashInputs: number;
}

/** Fields per slot in the progress block. */
export const PROGRESS_FIELDS = 5;
export const P_INDEX = 0;
export const P_STARTED_AT = 1;
export const P_ACCEPTED = 2;
export const P_REJECTED = 3;
export const P_CRASHES = 4;

/** A progress block for `workers` slots. */
export function progressBlock(workers: number): SharedArrayBuffer {
  return new SharedArrayBuffer(workers * PROGRESS_FIELDS * Float64Array.BYTES_PER_ELEMENT);
}
