/**
 * The bench's command line: scenarios, options, their defaults (`--quick`
 * shrinks them) and validation, parsed once into a BenchConfig.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PayloadSource } from './opus-payloads.js';
import { projectRoot, SERVER_KINDS, tasksetAvailable, type ServerKind } from './server-process.js';

export const SCENARIOS = ['walkie', 'fanout', 'catchup', 'storm', 'cross-router', 'footprint'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const BENCH_USAGE = `usage: voxring bench <walkie|fanout|catchup|storm|cross-router|footprint|all> [options]
       voxring bench readme RESULT.json…   rewrite the latest-figures table of bench/README.md from saved results

  --servers LIST          walkie/fanout servers (default voxring,uws-relay,ws-relay,jetstream,redis-streams;
                          the last two only where nats-server / redis-server are installed)
  --target URL            use this running voxring router instead of starting one
  --target-pid PID        its pid, for CPU and RSS from /proc
  --listeners N           walkie and cross-router listeners per talker (4)
  --steps LIST            walkie and cross-router talker steps (50,100,200,400); doubling continues up to --max
  --max N                 largest walkie step (1600)
  --fanout-steps LIST     fanout listener steps (500,1000,2000); doubling up to --fanout-max (4000)
  --step-seconds S        stream time per step (6)
  --warmup-seconds S      a discarded first step at the first size (2; 0 = none)
  --bisect N              bisection steps after the first failure (2)
  --p99-limit MS          a step fails at this p99 (50)
  --catchup-rounds LIST   listeners joining the live message, one round each (1,10,50)
  --backlog-seconds S     length of the message when they join (60)
  --storm-rounds LIST     clients per storm round (1000,5000)
  --storm-users N         users the storm clients share (100)
  --workers N             generator child processes (0: in the bench process)
  --server-cpu C          CPU for the server, both routers of cross-router (0); --generator-cpu C (1); --no-pin: neither
  --nice N                scheduling priority of server and generator (-10: ahead of other work; 0: unchanged)
  --transport uws|ws      voxring transport (uws)
  --postgres URL          voxring on Postgres instead of embedded PGlite; cross-router's ring needs one
                          (default VOXRING_TEST_POSTGRES_URL; \`all\` skips cross-router without either)
  --payloads fixture|opusscript   Opus source (fixture: fixtures/speech.ogg packets)
  --cpu-prof              profile the voxring router (walkie, fanout, storm) and summarise it in the report
  --out DIR               results folder (bench/results)
  --update-readme         write the latest figures into bench/README.md
  --quick                 tiny sizes and 2 s steps (a smoke run)`;

const OPTIONS = {
  servers: { type: 'string' },
  target: { type: 'string' },
  'target-pid': { type: 'string' },
  listeners: { type: 'string' },
  steps: { type: 'string' },
  max: { type: 'string' },
  'fanout-steps': { type: 'string' },
  'fanout-max': { type: 'string' },
  'step-seconds': { type: 'string' },
  'warmup-seconds': { type: 'string' },
  bisect: { type: 'string' },
  'p99-limit': { type: 'string' },
  'catchup-rounds': { type: 'string' },
  'backlog-seconds': { type: 'string' },
  'storm-rounds': { type: 'string' },
  'storm-users': { type: 'string' },
  workers: { type: 'string' },
  'server-cpu': { type: 'string' },
  'generator-cpu': { type: 'string' },
  'no-pin': { type: 'boolean' },
  nice: { type: 'string' },
  transport: { type: 'string' },
  postgres: { type: 'string' },
  payloads: { type: 'string' },
  'cpu-prof': { type: 'boolean' },
  out: { type: 'string' },
  'update-readme': { type: 'boolean' },
  quick: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** A bad command line: printed with the usage, exit code 2. */
export class BenchUsageError extends Error {}

export interface BenchConfig {
  scenarios: Scenario[];
  servers: ServerKind[];
  target: string | undefined;
  targetPid: number | undefined;
  listeners: number;
  steps: number[];
  max: number;
  fanoutSteps: number[];
  fanoutMax: number;
  stepSeconds: number;
  warmupSeconds: number;
  bisect: number;
  p99Limit: number;
  catchupRounds: number[];
  backlogSeconds: number;
  stormRounds: number[];
  stormUsers: number;
  workers: number;
  serverCpu: string | undefined;
  generatorCpu: string | undefined;
  nice: number;
  transport: 'uws' | 'ws';
  postgres: string | undefined;
  /** cross-router: the Postgres its two routers share (--postgres, else VOXRING_TEST_POSTGRES_URL). */
  ringPostgres: string | undefined;
  payloads: PayloadSource;
  cpuProf: boolean;
  out: string;
  updateReadme: boolean;
  quick: boolean;
}


function int(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new BenchUsageError(`--${name} must be an integer ≥ ${min}, got ${raw}`);
  return value;
}

function list(name: string, raw: string | undefined, fallback: number[]): number[] {
  if (raw === undefined) return fallback;
  return raw.split(',').map((v) => int(name, v.trim(), 0, 1));
}

/** Parses argv ('help' for --help); throws BenchUsageError or node:util ERR_PARSE_ARGS_* errors on bad input. */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): BenchConfig | 'help' {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return 'help';
  const which = positionals[0];
  if (!which) throw new BenchUsageError('name a scenario (or all)');
  const scenarios = which === 'all' ? [...SCENARIOS] : which.split(',').map((s) => s.trim());
  for (const s of scenarios) if (!(SCENARIOS as readonly string[]).includes(s)) throw new BenchUsageError(`unknown scenario ${s}`);
  const quick = values.quick === true;
  const servers = (values.servers ?? SERVER_KINDS.join(',')).split(',').map((s) => s.trim());
  for (const s of servers) if (!(SERVER_KINDS as readonly string[]).includes(s)) throw new BenchUsageError(`unknown server ${s} (${SERVER_KINDS.join(', ')})`);
  const transport = values.transport ?? 'uws';
  if (transport !== 'uws' && transport !== 'ws') throw new BenchUsageError('--transport must be uws or ws');
  const payloads = values.payloads ?? 'fixture';
  if (payloads !== 'fixture' && payloads !== 'opusscript') throw new BenchUsageError('--payloads must be fixture or opusscript');
  const pin = values['no-pin'] !== true && tasksetAvailable() && os.cpus().length >= 2;
  return {
    scenarios: scenarios as Scenario[],
    servers: values.target ? ['voxring'] : (servers as ServerKind[]),
    target: values.target,
    targetPid: values['target-pid'] ? int('target-pid', values['target-pid'], 0, 1) : undefined,
    listeners: int('listeners', values.listeners, 4, 1),
    steps: list('steps', values.steps, quick ? [10, 20] : [50, 100, 200, 400]),
    max: int('max', values.max, quick ? 20 : 1600, 1),
    fanoutSteps: list('fanout-steps', values['fanout-steps'], quick ? [20] : [500, 1000, 2000]),
    fanoutMax: int('fanout-max', values['fanout-max'], quick ? 20 : 4000, 1),
    stepSeconds: int('step-seconds', values['step-seconds'], quick ? 2 : 6, 1),
    warmupSeconds: int('warmup-seconds', values['warmup-seconds'], quick ? 0 : 2),
    bisect: int('bisect', values.bisect, quick ? 0 : 2),
    p99Limit: int('p99-limit', values['p99-limit'], 50, 1),
    catchupRounds: list('catchup-rounds', values['catchup-rounds'], quick ? [2] : [1, 10, 50]),
    backlogSeconds: int('backlog-seconds', values['backlog-seconds'], quick ? 5 : 60, 1),
    stormRounds: list('storm-rounds', values['storm-rounds'], quick ? [50] : [1000, 5000]),
    stormUsers: int('storm-users', values['storm-users'], quick ? 5 : 100, 1),
    workers: int('workers', values.workers, 0),
    nice: values.nice === undefined ? -10 : Number.isInteger(Number(values.nice)) ? Number(values.nice) : NaN,
    serverCpu: pin ? (values['server-cpu'] ?? '0') : undefined,
    generatorCpu: pin ? (values['generator-cpu'] ?? '1') : undefined,
    transport,
    postgres: values.postgres,
    ringPostgres: values.postgres ?? (env.VOXRING_TEST_POSTGRES_URL || undefined),
    payloads,
    cpuProf: values['cpu-prof'] === true,
    out: path.resolve(values.out ?? path.join(projectRoot(), 'bench', 'results')),
    updateReadme: values['update-readme'] === true,
    quick,
  };
}


/** How every ladder (walkie, fanout, cross-router) runs and judges a step. */
export function stepOptions(config: BenchConfig): { stepSeconds: number; warmupSeconds: number; p99LimitMs: number; bisect: number; workers: number } {
  return { stepSeconds: config.stepSeconds, warmupSeconds: config.warmupSeconds, p99LimitMs: config.p99Limit, bisect: config.bisect, workers: config.workers };
}

/** The options a report records for its scenario. */
export function scenarioOptions(config: BenchConfig, scenario: Scenario): Record<string, unknown> {
  const common = { transport: config.transport, store: config.postgres ? 'postgres' : 'pglite', workers: config.workers, target: config.target ?? null };
  switch (scenario) {
    case 'walkie':
      return { ...common, servers: config.servers, listeners: config.listeners, steps: config.steps, max: config.max, stepSeconds: config.stepSeconds, warmupSeconds: config.warmupSeconds, bisect: config.bisect, p99LimitMs: config.p99Limit };
    case 'fanout':
      return { ...common, servers: config.servers, steps: config.fanoutSteps, max: config.fanoutMax, stepSeconds: config.stepSeconds, bisect: config.bisect, p99LimitMs: config.p99Limit };
    case 'catchup':
      return { ...common, rounds: config.catchupRounds, backlogSeconds: config.backlogSeconds };
    case 'storm':
      return { ...common, rounds: config.stormRounds, users: config.stormUsers };
    case 'footprint':
      return { store: 'pglite', freshLaunches: config.quick ? 1 : 3, settleMs: config.quick ? 2000 : 10_000 };
    case 'cross-router':
      return { ...common, store: 'postgres', workers: 0, target: null, routers: 2, listeners: config.listeners, steps: config.steps, max: config.max, stepSeconds: config.stepSeconds, warmupSeconds: config.warmupSeconds, bisect: config.bisect, p99LimitMs: config.p99Limit };
  }
}

