/**
 * `--replay FILE`: one saved input through its target again, in a worker
 * under the same watchdog, so a hang is reported rather than waited on.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { InputResult } from './fuzz-input.js';
import { FuzzPool } from './fuzz-pool.js';
import type { WorkerJob } from './fuzz-protocol.js';
import { chooseTargets, loadTargets } from './fuzz-run.js';

export type ReplayResult = { target: string; result: InputResult | { crashed: true; error: string; hang: boolean } };

/** The target a finding file belongs to: the part of its name before `.s<seed>.i<index>.input`. */
export function targetOfFile(file: string): string | undefined {
  return /^(.+)\.s\d+\.i\d+\.input$/.exec(basename(file))?.[1];
}

/** Runs the input in `file` through `targetName` (default: the one its name says). */
export async function replayFile(file: string, targetName: string | undefined, targetsModule: string, hangMs: number): Promise<ReplayResult> {
  const name = targetName ?? targetOfFile(file);
  if (name === undefined) throw new Error(`cannot tell the target from the file name ${basename(file)}: pass --targets NAME`);
  const [target] = chooseTargets(await loadTargets(targetsModule), [name]);
  const input = new Uint8Array(readFileSync(file));
  let job: WorkerJob | undefined = { kind: 'input', target: target!.name, input };
  let outcome: ReplayResult['result'] | undefined;
  const pool = new FuzzPool(
    { workers: 1, hangMs, targetsModule, maxCrashInputs: 1 },
    {
      nextJob() {
        const next = job;
        job = undefined;
        return next;
      },
      message(message) {
        if (message.kind === 'result') outcome = message.result;
      },
      interrupted(stop) {
        outcome = { crashed: true, error: stop.detail, hang: stop.why === 'hang' };
      },
    },
  );
  try {
    await pool.drained();
  } finally {
    await pool.close();
  }
  if (!outcome) throw new Error('the replay produced no result');
  return { target: name, result: outcome };
}
