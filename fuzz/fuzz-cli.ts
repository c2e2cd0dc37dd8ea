/**
 * `make fuzz` (node --import=tsx fuzz/fuzz-cli.ts [options]):
 *
 *   --seed S          run seed, 0 … 2^32-1 (default: random, printed); the same seed replays exactly
 *   --inputs N        inputs per target (default 1000000)
 *   --targets a,b     only these targets (default all; --list names them)
 *   --jobs J          worker threads (default: the CPUs)
 *   --hang-ms MS      one input running longer is a hang (default 2000)
 *   --max-seconds S   start no job after S seconds; the run is then incomplete (default 10800)
 *   --out DIR         where crashing and hanging inputs go (default test-artifacts/fuzz)
 *   --replay FILE     run one saved input again (its target from the file name, or --targets)
 *
 * Last line: `fuzz: N inputs, C crashes, H hangs (seed S)`. Exit status 1 on
 * any crash or hang, or an incomplete run; 2 on bad arguments.
 */
import { availableParallelism } from 'node:os';
import { randomInt } from 'node:crypto';
import { loadTargets, runFuzz, UnknownTargetError, type FuzzReport } from './fuzz-run.js';
import { replayFile } from './fuzz-replay.js';

const TARGETS_MODULE = new URL('./targets/index.ts', import.meta.url).href;

interface CliOptions {
  seed: number;
  inputs: number;
  targets: string[];
  jobs: number;
  hangMs: number;
  maxSeconds: number;
  out: string;
  replay: string | undefined;
  list: boolean;
}

class UsageError extends Error {}

function integer(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be an integer ${min}-${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    seed: randomInt(2 ** 32),
    inputs: 1_000_000,
    targets: [],
    jobs: availableParallelism(),
    hangMs: 2000,
    maxSeconds: 10800,
    out: 'test-artifacts/fuzz',
    replay: undefined,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--seed') options.seed = integer('--seed', value(), 0, 2 ** 32 - 1);
    else if (arg === '--inputs') options.inputs = integer('--inputs', value(), 1, 1e12);
    else if (arg === '--targets') options.targets = (value() ?? '').split(',').filter((t) => t !== '');
    else if (arg === '--jobs') options.jobs = integer('--jobs', value(), 1, 256);
    else if (arg === '--hang-ms') options.hangMs = integer('--hang-ms', value(), 10, 600_000);
    else if (arg === '--max-seconds') options.maxSeconds = integer('--max-seconds', value(), 1, 7 * 86400);
    else if (arg === '--out') options.out = value() ?? '';
    else if (arg === '--replay') options.replay = value();
    else if (arg === '--list') options.list = true;
    else throw new UsageError(`unknown argument ${JSON.stringify(arg)} (see fuzz/README.md)`);
  }
  if (options.out === '') throw new UsageError('--out needs a directory');
  if (options.replay === '') throw new UsageError('--replay needs a file');
  return options;
}

function table(report: FuzzReport): string[] {
  const rows = [['target', 'inputs', 'accepted', 'rejected', 'crashes', 'hangs', 'µs/input']];
  for (const t of report.targets) {
    const perInput = t.inputs === 0 ? '-' : ((t.busySeconds * 1e6) / t.inputs).toFixed(1);
    rows.push([t.name, String(t.inputs), String(t.accepted), String(t.rejected), String(t.crashes), String(t.hangs), perInput]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

async function replay(options: CliOptions, file: string): Promise<number> {
  const { target, result } = await replayFile(file, options.targets[0], TARGETS_MODULE, options.hangMs);
  if (!result.crashed) {
    console.log(`replay ${file} through ${target}: ${result.outcome}, no crash`);
    return 0;
  }
  console.log(`replay ${file} through ${target}: ${'hang' in result && result.hang ? 'HANG' : 'CRASH'}\n${result.error}`);
  return 1;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options.list) {
    for (const t of await loadTargets(TARGETS_MODULE)) console.log(`${t.name.padEnd(14)} ${t.description}`);
    return 0;
  }
  if (options.replay !== undefined) return replay(options, options.replay);
  console.log(`fuzz: seed ${options.seed}, ${options.inputs} inputs per target, ${options.jobs} workers, hang bound ${options.hangMs} ms`);
  const report = await runFuzz({
    seed: options.seed,
    inputs: options.inputs,
    targets: options.targets,
    workers: options.jobs,
    hangMs: options.hangMs,
    maxSeconds: options.maxSeconds,
    jobInputs: Math.max(100, Math.min(20_000, Math.ceil(options.inputs / (4 * options.jobs)))),
    outDir: options.out,
    maxFindingFiles: 20,
    targetsModule: TARGETS_MODULE,
    progressSeconds: 60,
    log: (line) => console.log(line),
  });
  for (const line of table(report)) console.log(line);
  const rate = report.seconds > 0 ? Math.round(report.inputs / report.seconds) : 0;
  console.log(`${report.seconds.toFixed(1)} s, ${rate} inputs/s${report.complete ? '' : `; INCOMPLETE: --max-seconds ${options.maxSeconds} reached`}`);
  if (report.findings.length > 0) console.log(`findings in ${options.out} (replay: make fuzz ARGS="--replay FILE")`);
  console.log(`fuzz: ${report.inputs} inputs, ${report.crashes} crashes, ${report.hangs} hangs (seed ${report.seed})`);
  return report.crashes + report.hangs > 0 || !report.complete ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError || err instanceof UnknownTargetError)) throw err;
  console.error(`fuzz: ${err.message}`);
  process.exitCode = 2;
}
