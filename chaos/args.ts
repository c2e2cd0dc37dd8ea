/** Command-line options of the chaos run (`make chaos ARGS="…"`). */
import { parseArgs } from 'node:util';
import { FAULT_CLASSES, type FaultClass } from './schedule.js';

export const CHAOS_USAGE = `usage: node --import tsx chaos/main.ts [options]   (make chaos ARGS="…")
  --minutes N      length of the fault phase (10); setup, drain and the check come on top
  --seed S         seed of the fault schedule and the workload (default: from the clock, printed)
  --quick          a short run: 3 minutes of faults (under 5 minutes in all)
  --smoke          the form inside make test: 45 s of faults, a smaller workload
  --talkers N      talking users (6; smoke 4)
  --listeners N    listening users (6; smoke 4)
  --faults LIST    fault classes to use (default all this machine allows): ${FAULT_CLASSES.join(',')}
  --loopback       do not use network namespaces even as root
  --out DIR        where the JSON and Markdown reports go (test-artifacts/chaos)
  --keep-logs      keep the routers' logs beside the reports even when the run is clean (always kept when it is not)`;

export interface ChaosArgs {
  minutes: number;
  seed: number;
  talkers: number;
  listeners: number;
  conversations: number;
  classes: FaultClass[];
  loopback: boolean;
  out: string;
  /** Keep the routers' logs of a clean run too. */
  keepLogs: boolean;
  /** Mean gap between fault starts. */
  meanGapMs: number;
}

export function parseChaosArgs(argv: string[]): ChaosArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean' },
      smoke: { type: 'boolean' },
      talkers: { type: 'string' },
      listeners: { type: 'string' },
      faults: { type: 'string' },
      loopback: { type: 'boolean' },
      out: { type: 'string' },
      'keep-logs': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(CHAOS_USAGE);
    process.exit(0);
  }
  const small = values.smoke === true;
  const minutes = number(values.minutes, small ? 0.75 : values.quick ? 3 : 10, 0.25, 120, 'minutes');
  const classes = (values.faults?.split(',').map((s) => s.trim()) ?? [...FAULT_CLASSES]) as FaultClass[];
  for (const c of classes) if (!FAULT_CLASSES.includes(c)) throw new Error(`unknown fault class ${c} (${FAULT_CLASSES.join(', ')})`);
  const talkers = number(values.talkers, small ? 4 : 6, 1, 50, 'talkers');
  return {
    minutes,
    seed: number(values.seed, Date.now() % 1_000_000, 0, 2 ** 32 - 1, 'seed'),
    talkers,
    listeners: number(values.listeners, small ? 4 : 6, 1, 50, 'listeners'),
    conversations: Math.max(1, Math.ceil(talkers * 2 / 3)),
    classes,
    loopback: values.loopback === true,
    out: values.out ?? 'test-artifacts/chaos',
    keepLogs: values['keep-logs'] === true,
    meanGapMs: small ? 4000 : 8000,
  };
}

function number(raw: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number in ${min}…${max}, got ${raw}`);
  return value;
}
