/**
 * Runs a talk load in this process or split over several generator child
 * processes (conversations dealt round-robin, so each child's talkers stay
 * spread across the period; each child's message ids under a prefix of its
 * own). A child is this same file started with `--talk-worker`; it speaks a
 * four-step IPC protocol:
 *
 *   parent → { op: 'prepare', spec }     child → { op: 'prepared' }
 *   parent → { op: 'stream', startAt }   child → { op: 'streamed', stream }
 *   parent → { op: 'finish' }            child → { op: 'result', result }
 *   parent → { op: 'abort' }             child → { op: 'aborted' }  (closes every connection)
 *   parent → { op: 'exit' }              (any step may answer { op: 'error', message })
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mergeTalkResults, TalkLoad, type TalkResult, type TalkSpec } from './walkie-load.js';

type StreamStats = Awaited<ReturnType<TalkLoad['stream']>>;

type ToChild = { op: 'prepare'; spec: TalkSpec } | { op: 'stream'; startAt: number } | { op: 'finish' } | { op: 'abort' } | { op: 'exit' };
type FromChild =
  | { op: 'prepared' }
  | { op: 'aborted' }
  | { op: 'streamed'; stream: StreamStats }
  | { op: 'result'; result: TalkResult }
  | { op: 'error'; message: string };

/** One generator: the load in this process, or a child process running it. */
interface Generator {
  prepare(spec: TalkSpec): Promise<void>;
  stream(startAt: number): Promise<void>;
  finish(): Promise<TalkResult>;
  /** Closes every connection of the current step (after a failure). */
  abort(): Promise<void>;
  close(): void;
}

class LocalGenerator implements Generator {
  private load: TalkLoad | undefined;
  private streamed: StreamStats | undefined;

  async prepare(spec: TalkSpec): Promise<void> {
    this.load = new TalkLoad(spec);
    try {
      await this.load.prepare();
    } catch (err) {
      await this.load.closeAll();
      throw err;
    }
  }

  async stream(startAt: number): Promise<void> {
    this.streamed = await this.load!.stream(startAt);
  }

  async finish(): Promise<TalkResult> {
    return this.load!.finish(this.streamed ?? { cpuUs: 0, wallMs: 0, loopDelayP99Ms: 0 });
  }

  async abort(): Promise<void> {
    await this.load?.closeAll();
  }

  close(): void {}
}

class ChildGenerator implements Generator {
  private readonly child: ChildProcess;
  private waiter: ((message: FromChild) => void) | undefined;

  constructor() {
    const self = fileURLToPath(import.meta.url);
    const execArgv = self.endsWith('.ts') ? ['--import', 'tsx'] : [];
    this.child = fork(self, ['--talk-worker'], { execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message: FromChild) => {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter?.(message);
    });
    this.child.on('exit', (code) => {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter?.({ op: 'error', message: `generator child exited with ${code}` });
    });
  }

  private call(message: ToChild): Promise<FromChild> {
    return new Promise((resolve, reject) => {
      this.waiter = (answer) => (answer.op === 'error' ? reject(new Error(answer.message)) : resolve(answer));
      this.child.send(message);
    });
  }

  async prepare(spec: TalkSpec): Promise<void> {
    await this.call({ op: 'prepare', spec });
  }

  async stream(startAt: number): Promise<void> {
    await this.call({ op: 'stream', startAt });
  }

  async finish(): Promise<TalkResult> {
    const answer = await this.call({ op: 'finish' });
    if (answer.op !== 'result') throw new Error(`generator child answered ${answer.op}`);
    return answer.result;
  }

  async abort(): Promise<void> {
    await this.call({ op: 'abort' });
  }

  close(): void {
    if (this.child.connected) this.child.send({ op: 'exit' });
    setTimeout(() => this.child.kill(), 2000).unref();
  }
}

/** A pool of generators reused across steps. */
export class TalkWorkers {
  private readonly generators: Generator[];

  /** `processes` 0: the load runs in this process; N ≥ 1: in N child processes. */
  constructor(processes: number) {
    this.generators = processes <= 0 ? [new LocalGenerator()] : Array.from({ length: processes }, () => new ChildGenerator());
  }

  /** One step: prepare everywhere, start together, finish, merge. */
  async run(spec: TalkSpec, onPhase?: (phase: 'prepared' | 'streamed') => void | Promise<void>): Promise<TalkResult> {
    const n = this.generators.length;
    // Each process numbers its messages from 0, so each gets a prefix of its own. With one prefix two
    // processes start the same id as the same talker user: voxring takes the second start for a
    // resume and answers the first's chunks VOX_MESSAGE_NOT_YOURS.
    const parts = this.generators.map((_, i) => ({
      ...spec,
      conversations: spec.conversations.filter((_c, j) => j % n === i),
      messagePrefix: n > 1 ? `${spec.messagePrefix}-g${i}` : spec.messagePrefix,
    }));
    try {
      await Promise.all(this.generators.map((g, i) => g.prepare(parts[i]!)));
      await onPhase?.('prepared');
      const startAt = Date.now() + 100;
      await Promise.all(this.generators.map((g) => g.stream(startAt)));
      await onPhase?.('streamed');
      return mergeTalkResults(await Promise.all(this.generators.map((g) => g.finish())));
    } catch (err) {
      await Promise.allSettled(this.generators.map((g) => g.abort()));
      throw err;
    }
  }

  close(): void {
    for (const g of this.generators) g.close();
  }
}

/** Child side: serve the IPC protocol until told to exit. */
function serveAsChild(): void {
  const local = new LocalGenerator();
  const reply = (message: FromChild): void => void process.send?.(message);
  process.on('message', (message: ToChild) => {
    const run = async (): Promise<void> => {
      switch (message.op) {
        case 'prepare':
          message.spec.packets = message.spec.packets.map((p) => Buffer.from(p));
          await local.prepare(message.spec);
          return reply({ op: 'prepared' });
        case 'stream':
          await local.stream(message.startAt);
          return reply({ op: 'streamed', stream: { cpuUs: 0, wallMs: 0, loopDelayP99Ms: 0 } });
        case 'finish':
          return reply({ op: 'result', result: await local.finish() });
        case 'abort':
          await local.abort();
          return reply({ op: 'aborted' });
        case 'exit':
          process.exit(0);
      }
    };
    run().catch((err: unknown) => reply({ op: 'error', message: err instanceof Error ? err.message : String(err) }));
  });
}

if (process.argv.includes('--talk-worker') && process.send) serveAsChild();
