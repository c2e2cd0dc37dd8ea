/**
 * One fuzz worker thread: builds the targets, then runs the jobs the runner
 * sends, writing its progress to the shared block before each input so the
 * watchdog can name an input that hangs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateInput, runInput } from './fuzz-input.js';
import type { FuzzTarget } from './fuzz-target.js';
import {
  P_ACCEPTED,
  P_CRASHES,
  P_INDEX,
  P_REJECTED,
  P_STARTED_AT,
  PROGRESS_FIELDS,
  type RangeJob,
  type WorkerJob,
  type WorkerMessage,
  type WorkerSetup,
} from './fuzz-protocol.js';

interface Loaded {
  target: FuzzTarget;
  seeds: readonly Uint8Array[];
}

function runRange(job: RangeJob, loaded: Loaded, progress: Float64Array, maxCrashInputs: number, post: (m: WorkerMessage) => void): void {
  progress.fill(0);
  let sent = 0;
  for (let index = job.start; index < job.end; index++) {
    progress[P_INDEX] = index;
    progress[P_STARTED_AT] = Date.now();
    const input = generateInput(loaded.target, loaded.seeds, job.seed, index);
    const result = runInput(loaded.target, input);
    if (!result.crashed) {
      progress[result.outcome === 'accepted' ? P_ACCEPTED : P_REJECTED]! += 1;
      continue;
    }
    progress[P_CRASHES]! += 1;
    if (sent++ < maxCrashInputs) post({ kind: 'crash', target: job.target, index, input, error: result.error });
  }
  progress[P_STARTED_AT] = 0;
  post({ kind: 'done', target: job.target, start: job.start, accepted: progress[P_ACCEPTED]!, rejected: progress[P_REJECTED]!, crashes: progress[P_CRASHES]! });
}

async function main(): Promise<void> {
  const setup = workerData as WorkerSetup;
  const port = parentPort;
  if (!port) throw new Error('fuzz-worker runs as a worker thread only');
  const post = (m: WorkerMessage) => port.postMessage(m);
  const progress = new Float64Array(setup.progress, setup.slot * PROGRESS_FIELDS * 8, PROGRESS_FIELDS);
  const module = (await import(setup.targetsModule)) as { createTargets(): FuzzTarget[] };
  const targets = new Map<string, Loaded>();
  for (const target of module.createTargets()) targets.set(target.name, { target, seeds: target.seeds() });
  port.on('message', (job: WorkerJob) => {
    const loaded = targets.get(job.target);
    if (!loaded) throw new Error(`unknown fuzz target ${job.target}`);
    if (job.kind === 'range') runRange(job, loaded, progress, setup.maxCrashInputs, post);
    else {
      progress[P_STARTED_AT] = Date.now();
      const result = runInput(loaded.target, job.input);
      progress[P_STARTED_AT] = 0;
      post({ kind: 'result', target: job.target, result });
    }
  });
  post({ kind: 'ready', targets: [...targets.keys()] });
}

await main();
