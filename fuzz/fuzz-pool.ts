/**
 * The worker threads of a fuzz run and their watchdog. Each slot holds one
 * worker; a worker that sits on one input longer than `hangMs`, or dies
 * (out of memory, a native fault), is terminated and replaced, and the
 * owner hears which input it was on and what the job had counted by then.
 */
import { Worker } from 'node:worker_threads';
import {
  P_ACCEPTED,
  P_CRASHES,
  P_INDEX,
  P_REJECTED,
  P_STARTED_AT,
  PROGRESS_FIELDS,
  progressBlock,
  type WorkerJob,
  type WorkerMessage,
  type WorkerSetup,
} from './fuzz-protocol.js';

/** How often the watchdog looks at the progress block. */
const WATCHDOG_TICK_MS = 100;
/** A worker's heap limit: an input that makes a decoder allocate without bound kills only its worker. */
const WORKER_HEAP_MB = 1024;

export interface FuzzPoolOptions {
  workers: number;
  hangMs: number;
  targetsModule: string;
  maxCrashInputs: number;
}

/** What a job had done when its worker was stopped. */
export interface Interrupted {
  job: WorkerJob;
  /** The input under way: a range index (-1 for an input job). */
  index: number;
  accepted: number;
  rejected: number;
  crashes: number;
  why: 'hang' | 'exit';
  detail: string;
}

export interface FuzzPoolEvents {
  /** A worker is free: hand it a job, or undefined when there is none. */
  nextJob(): WorkerJob | undefined;
  message(message: WorkerMessage): void;
  interrupted(interrupted: Interrupted): void;
}

interface Slot {
  worker: Worker;
  job: WorkerJob | undefined;
  ready: boolean;
  stopping: boolean;
}

// Workers run TypeScript through tsx, registered inside each worker (loader hooks are not inherited).
const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER_URL = new URL('./fuzz-worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then((api) => { api.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

/** A pool of fuzz workers; `close()` stops them all. */
export class FuzzPool {
  readonly #options: FuzzPoolOptions;
  readonly #events: FuzzPoolEvents;
  readonly #progress: SharedArrayBuffer;
  readonly #view: Float64Array;
  readonly #slots: Slot[] = [];
  readonly #watchdog: NodeJS.Timeout;
  #closed = false;
  #idle = 0;
  #whenIdle: { resolve(): void; reject(err: Error): void } | undefined;
  #failure: Error | undefined;

  constructor(options: FuzzPoolOptions, events: FuzzPoolEvents) {
    this.#options = options;
    this.#events = events;
    this.#progress = progressBlock(options.workers);
    this.#view = new Float64Array(this.#progress);
    for (let slot = 0; slot < options.workers; slot++) this.#slots.push(this.#start(slot));
    this.#watchdog = setInterval(() => this.#check(), WATCHDOG_TICK_MS);
  }

  /** Resolves once every worker is idle with no job left to take. */
  drained(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#idle === this.#slots.length) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#whenIdle = { resolve, reject };
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#watchdog);
    await Promise.all(this.#slots.map((s) => {
      s.stopping = true;
      return s.worker.terminate();
    }));
  }

  #start(slot: number): Slot {
    const setup: WorkerSetup = {
      targetsModule: this.#options.targetsModule,
      progress: this.#progress,
      slot,
      maxCrashInputs: this.#options.maxCrashInputs,
    };
    const worker = new Worker(BOOT, { eval: true, workerData: setup, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const state: Slot = { worker, job: undefined, ready: false, stopping: false };
    worker.on('message', (message: WorkerMessage) => this.#onMessage(slot, state, message));
    worker.on('error', (err) => this.#replace(slot, state, 'exit', `worker error: ${err.stack ?? err.message}`));
    worker.on('exit', (code) => this.#replace(slot, state, 'exit', `worker exited with code ${code}`));
    return state;
  }

  #onMessage(slot: number, state: Slot, message: WorkerMessage): void {
    if (state.stopping) return;
    if (message.kind === 'ready' || message.kind === 'done' || message.kind === 'result') {
      if (message.kind === 'ready') state.ready = true;
      else this.#events.message(message);
      state.job = undefined;
      this.#dispatch(slot, state);
      return;
    }
    this.#events.message(message);
  }

  #dispatch(slot: number, state: Slot): void {
    const job = this.#closed ? undefined : this.#events.nextJob();
    if (!job) {
      this.#idle++;
      if (this.#idle === this.#slots.length) this.#whenIdle?.resolve();
      return;
    }
    state.job = job;
    this.#view.fill(0, slot * PROGRESS_FIELDS, (slot + 1) * PROGRESS_FIELDS);
    state.worker.postMessage(job);
  }

  #check(): void {
    const now = Date.now();
    this.#slots.forEach((state, slot) => {
      const startedAt = this.#view[slot * PROGRESS_FIELDS + P_STARTED_AT] ?? 0;
      if (state.job && startedAt > 0 && now - startedAt > this.#options.hangMs) {
        this.#replace(slot, state, 'hang', `one input ran over ${this.#options.hangMs} ms`);
      }
    });
  }

  /** Stops the slot's worker (if not already), reports its job, and starts a fresh one. */
  #replace(slot: number, state: Slot, why: 'hang' | 'exit', detail: string): void {
    if (state.stopping || this.#closed) return;
    state.stopping = true;
    void state.worker.terminate();
    if (!state.ready) {
      // A worker that cannot even load its targets would fail again: stop the run.
      this.#failure = new Error(`a fuzz worker failed to start: ${detail}`);
      this.#whenIdle?.reject(this.#failure);
      void this.close();
      return;
    }
    const base = slot * PROGRESS_FIELDS;
    const job = state.job;
    const fresh = this.#start(slot);
    this.#slots[slot] = fresh;
    if (job) {
      this.#events.interrupted({
        job,
        index: job.kind === 'range' ? (this.#view[base + P_INDEX] ?? job.start) : -1,
        accepted: this.#view[base + P_ACCEPTED] ?? 0,
        rejected: this.#view[base + P_REJECTED] ?? 0,
        crashes: this.#view[base + P_CRASHES] ?? 0,
        why,
        detail,
      });
    }
    this.#view.fill(0, base, base + PROGRESS_FIELDS);
  }
}
