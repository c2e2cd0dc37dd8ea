/**
 * One fuzz run: every chosen target gets `inputs` inputs, split into jobs
 * that the pool's workers take in turn (targets interleaved). Crashing and
 * hanging inputs are written to `outDir` (as `<target>.s<seed>.i<index>.input`,
 * with the error beside it in `.txt`) for `--replay`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateInput } from './fuzz-input.js';
import { FuzzPool, type Interrupted } from './fuzz-pool.js';
import type { RangeJob, WorkerMessage } from './fuzz-protocol.js';
import type { FuzzTarget } from './fuzz-target.js';

export interface FuzzRunOptions {
  seed: number;
  /** Inputs per target. */
  inputs: number;
  /** Target names; all of the module's when empty. */
  targets: readonly string[];
  workers: number;
  /** One input running longer than this is a hang. */
  hangMs: number;
  /** No new job starts after this long; the run then reports itself incomplete. */
  maxSeconds: number;
  /** Inputs per job handed to a worker. */
  jobInputs: number;
  /** Where crashing and hanging inputs are written. */
  outDir: string;
  /** Files written per target at most (every finding is counted). */
  maxFindingFiles: number;
  /** URL of the module exporting createTargets(). */
  targetsModule: string;
  /** A progress line this often (0: none). */
  progressSeconds: number;
  log(line: string): void;
}

export interface Finding {
  kind: 'crash' | 'hang';
  target: string;
  index: number;
  error: string;
  /** The input's file, when one was written. */
  file: string | undefined;
}

export interface TargetReport {
  name: string;
  inputs: number;
  accepted: number;
  rejected: number;
  crashes: number;
  hangs: number;
  /** Worker time spent on this target's jobs, summed over workers. */
  busySeconds: number;
}

export interface FuzzReport {
  seed: number;
  targets: TargetReport[];
  findings: Finding[];
  inputs: number;
  crashes: number;
  hangs: number;
  seconds: number;
  /** Every target ran all its inputs (false after maxSeconds). */
  complete: boolean;
}

/** Loads the targets module in this thread (names, seeds, and to rebuild a hanging input). */
export async function loadTargets(targetsModule: string): Promise<FuzzTarget[]> {
  const module = (await import(targetsModule)) as { createTargets(): FuzzTarget[] };
  return module.createTargets();
}

/** `--targets` named a target the module does not have. */
export class UnknownTargetError extends Error {
  override name = 'UnknownTargetError';
}

/** The chosen targets, or an error naming the unknown ones. */
export function chooseTargets(all: readonly FuzzTarget[], names: readonly string[]): FuzzTarget[] {
  if (names.length === 0) return [...all];
  const unknown = names.filter((n) => !all.some((t) => t.name === n));
  if (unknown.length > 0) throw new UnknownTargetError(`unknown fuzz target(s) ${unknown.join(', ')}; known: ${all.map((t) => t.name).join(', ')}`);
  return all.filter((t) => names.includes(t.name));
}

function firstLine(error: string): string {
  return error.split('\n')[0] ?? error;
}

/** What findings of one kind share: the first line up to the first quoted or bracketed detail. */
function signature(error: string): string {
  return firstLine(error).replace(/[({"<].*$/, '').slice(0, 120);
}

/** Runs the fuzzer; resolves with the report once every job is done (or the time is up). */
export async function runFuzz(options: FuzzRunOptions): Promise<FuzzReport> {
  const started = Date.now();
  const targets = chooseTargets(await loadTargets(options.targetsModule), options.targets);
  const reports = new Map<string, TargetReport>(targets.map((t) => [t.name, { name: t.name, inputs: 0, accepted: 0, rejected: 0, crashes: 0, hangs: 0, busySeconds: 0 }]));
  const findings: Finding[] = [];
  const files = new Map<string, number>();
  // When each running job started, by `target:start`, for the per-target busy time.
  const jobStarts = new Map<string, number>();
  const jobKey = (target: string, start: number) => `${target}:${start}`;
  // Target after target, so each one's figures are final as soon as it is done.
  const queue: RangeJob[] = [];
  for (const t of targets) {
    for (let start = 0; start < options.inputs; start += options.jobInputs) {
      queue.push({ kind: 'range', target: t.name, seed: options.seed, start, end: Math.min(options.inputs, start + options.jobInputs) });
    }
  }
  mkdirSync(options.outDir, { recursive: true });

  const record = (kind: Finding['kind'], target: string, index: number, input: Uint8Array, error: string): void => {
    const written = files.get(target) ?? 0;
    let file: string | undefined;
    if (written < options.maxFindingFiles) {
      files.set(target, written + 1);
      file = join(options.outDir, `${target}.s${options.seed}.i${index}.input`);
      writeFileSync(file, input);
      writeFileSync(file.replace(/\.input$/, '.txt'), `${kind} in ${target}, seed ${options.seed}, input ${index}\n${error}\n`);
    }
    findings.push({ kind, target, index, error, file });
    const same = findings.filter((f) => f.target === target && signature(f.error) === signature(error)).length;
    if (same === 1) options.log(`${kind} in ${target} (input ${index}${file ? `, ${file}` : ''}): ${firstLine(error).slice(0, 600)}`);
  };

  const count = (target: string, start: number, accepted: number, rejected: number, crashes: number, hangs: number): void => {
    const report = reports.get(target)!;
    report.accepted += accepted;
    report.rejected += rejected;
    report.crashes += crashes;
    report.hangs += hangs;
    report.inputs += accepted + rejected + crashes + hangs;
    const key = jobKey(target, start);
    report.busySeconds += (Date.now() - (jobStarts.get(key) ?? Date.now())) / 1000;
    jobStarts.delete(key);
    if (report.inputs === options.inputs) {
      options.log(`${target}: ${report.inputs} inputs done (${report.accepted} accepted, ${report.rejected} rejected), ${report.crashes} crashes, ${report.hangs} hangs, at ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  const total = options.inputs * targets.length;
  const progress = options.progressSeconds > 0
    ? setInterval(() => {
        const done = [...reports.values()].reduce((n, r) => n + r.inputs, 0);
        const seconds = (Date.now() - started) / 1000;
        options.log(`progress: ${done} of ${total} inputs in ${seconds.toFixed(0)} s (${Math.round(done / seconds)}/s)`);
      }, options.progressSeconds * 1000)
    : undefined;

  const pool = new FuzzPool(
    { workers: options.workers, hangMs: options.hangMs, targetsModule: options.targetsModule, maxCrashInputs: options.maxFindingFiles },
    {
      nextJob() {
        if ((Date.now() - started) / 1000 > options.maxSeconds) return undefined;
        const job = queue.shift();
        if (job) jobStarts.set(jobKey(job.target, job.start), Date.now());
        return job;
      },
      message(message: WorkerMessage) {
        if (message.kind === 'crash') record('crash', message.target, message.index, message.input, message.error);
        else if (message.kind === 'done') count(message.target, message.start, message.accepted, message.rejected, message.crashes, 0);
      },
      interrupted(stop: Interrupted) {
        const job = stop.job;
        if (job.kind !== 'range') return;
        const target = targets.find((t) => t.name === job.target)!;
        const input = generateInput(target, target.seeds(), job.seed, stop.index);
        record(stop.why === 'hang' ? 'hang' : 'crash', job.target, stop.index, input, stop.detail);
        count(job.target, job.start, stop.accepted, stop.rejected, stop.crashes + (stop.why === 'exit' ? 1 : 0), stop.why === 'hang' ? 1 : 0);
        if (stop.index + 1 < job.end) queue.unshift({ ...job, start: stop.index + 1 });
      },
    },
  );
  try {
    await pool.drained();
  } finally {
    clearInterval(progress);
    await pool.close();
  }
  const list = [...reports.values()];
  return {
    seed: options.seed,
    targets: list,
    findings,
    inputs: list.reduce((n, r) => n + r.inputs, 0),
    crashes: list.reduce((n, r) => n + r.crashes, 0),
    hangs: list.reduce((n, r) => n + r.hangs, 0),
    seconds: (Date.now() - started) / 1000,
    complete: list.every((r) => r.inputs === options.inputs),
  };
}
