#!/usr/bin/env node
/**
 * `voxring bench <scenario|all> [options]` and `make bench`: starts the
 * servers it needs (or uses --target), pins server and generator to
 * different CPUs, runs the scenarios with a progress line, and writes
 * `<out>/<date>-<scenario>.{json,md}` plus SVG charts; --update-readme puts
 * the latest figures at the bottom of bench/README.md.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokerMissing } from './baselines/broker-relay-server.js';
import { BENCH_USAGE, BenchUsageError, parseConfig, scenarioOptions, SCENARIOS, stepOptions, type BenchConfig, type Scenario } from './bench-config.js';
import { withServer } from './bench-servers.js';
import { fmtRatio, stormTargets, walkieTargets } from './bench-targets.js';
import { loadPayloads } from './opus-payloads.js';
import { Progress } from './progress.js';
import { latestSaved, readmeFrom, updateReadme } from './readme-figures.js';
import { machineInfo, writeReport, type ScenarioReport } from './report.js';
import { runCatchup } from './scenarios/catchup.js';
import { runCrossRouter } from './scenarios/cross-router.js';
import { footprintTargets, runFootprint } from './scenarios/footprint.js';
import { runStorm } from './scenarios/storm.js';
import { runLadder, type LadderResult } from './scenarios/walkie.js';
import { pinSelf, setNice } from './server-process.js';

export { BENCH_USAGE, SCENARIOS } from './bench-config.js';

/** Runs the bench; resolves with the exit code. `env` only supplies cross-router's default Postgres. */
export async function runBench(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  if (argv[0] === 'readme') return readmeFrom(argv.slice(1));
  let config: BenchConfig | 'help';
  try {
    config = parseConfig(argv, env);
  } catch (err) {
    if (err instanceof BenchUsageError || (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`voxring bench: ${err.message}\n\n${BENCH_USAGE}`);
      return 2;
    }
    throw err;
  }
  if (config === 'help') {
    console.log(BENCH_USAGE);
    return 0;
  }
  if (!(config.nice >= -20 && config.nice <= 19)) {
    console.error(`voxring bench: --nice must be an integer in -20..19\n\n${BENCH_USAGE}`);
    return 2;
  }
  const noRingPostgres =
    config.scenarios.includes('cross-router') && config.ringPostgres === undefined
      ? 'cross-router needs a Postgres its two routers share: pass --postgres URL or set VOXRING_TEST_POSTGRES_URL (embedded PGlite cannot be shared between processes)'
      : undefined;
  if (noRingPostgres && config.scenarios.length === 1) {
    console.error(`voxring bench: ${noRingPostgres}\n\n${BENCH_USAGE}`);
    return 2;
  }
  if (config.generatorCpu !== undefined) pinSelf(config.generatorCpu);
  // Ahead of other work on the machine (when allowed): a pinned process cannot move away from it.
  const niced = config.nice !== 0 && setNice(config.nice);
  const progress = new Progress();
  const packets = await loadPayloads(config.payloads);
  const payloadText =
    config.payloads === 'fixture'
      ? `${packets.length} real Opus packets of fixtures/speech.ogg (espeak-ng speech, opusenc 24 kb/s, 20 ms), replayed in a loop`
      : `${packets.length} Opus packets encoded once with opusscript (24 kb/s, 20 ms, VOIP) from the fixture's speech, replayed in a loop`;
  const date = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const written: { scenario: Scenario; md: string; report: ScenarioReport }[] = [];
  let idleConnectionBytes: number | undefined;
  // Storm first: its per-connection RSS lets the walkie report separate message memory from connection memory.
  const sequence: readonly Scenario[] = ['footprint', 'storm', 'catchup', 'walkie', 'fanout', 'cross-router'];
  const order = [...config.scenarios].filter((s) => s !== 'cross-router' || !noRingPostgres).sort((a, b) => sequence.indexOf(a) - sequence.indexOf(b));
  if (noRingPostgres) progress.log(`skipping cross-router: ${noRingPostgres}`);
  let failed = false;
  for (const scenario of order) {
    const machine = machineInfo(config.serverCpu ?? 'any', config.generatorCpu ?? 'any', niced ? config.nice : 0);
    const report: ScenarioReport = {
      scenario,
      date,
      machine,
      options: scenarioOptions(config, scenario),
      payloads: payloadText,
      targets: [],
      notes: [],
    };
    try {
      if (scenario === 'walkie' || scenario === 'fanout') {
        report.ladders = [];
        const servers = scenario === 'walkie' || scenario === 'fanout' ? config.servers : ['voxring' as const];
        for (const kind of servers) {
          const missing = kind === 'jetstream' || kind === 'redis-streams' ? await brokerMissing(kind) : undefined;
          if (missing) {
            report.ladders.push({ server: kind, maxSustained: 0, steps: [], notInstalled: missing });
            report.notes.push(`${kind}: not installed (${missing}); no figures for it in this run.`);
            progress.log(`${scenario}: skipping ${kind}: ${missing}`);
            continue;
          }
          const start = withServer(config, kind, progress, scenario, async (server, population) =>
            runLadder(scenario, server, population, config.listeners, {
              steps: scenario === 'walkie' ? config.steps : config.fanoutSteps,
              max: scenario === 'walkie' ? config.max : config.fanoutMax,
              ...stepOptions(config),
              packets,
              progress,
            }),
            (ladder) => ladder.steps.map((s) => s.streamWindowUs),
          );
          // A baseline that cannot start is reported as such; voxring and the other servers still run.
          const { ladder, profile } = kind === 'jetstream' || kind === 'redis-streams' ? await start.catch((err: unknown) => ({ ladder: failedStart(kind, err), profile: undefined })) : await start;
          report.ladders.push(ladder);
          if (profile && kind === 'voxring') report.profile = profile;
        }
        report.targets = scenario === 'walkie' ? walkieTargets(report.ladders, config.listeners, idleConnectionBytes) : [];
      } else if (scenario === 'catchup') {
        const { ladder: rounds } = await withServer(config, 'voxring', progress, scenario, (server, population) =>
          runCatchup(server, population, {
            backlogSeconds: config.backlogSeconds,
            rounds: config.catchupRounds,
            tailSeconds: 2,
            uploadRate: 240,
            packets,
            progress,
          }),
        );
        report.catchup = rounds;
        const single = rounds.find((r) => r.listeners === 1) ?? rounds[0];
        if (single) {
          report.targets.push({
            target: `catchup: a listener joining a ${config.backlogSeconds} s live message is live within 250 ms, exactly once`,
            value: `${single.maxMs} ms (N=${single.listeners}), ${single.exactlyOnce ? 'exactly once' : 'NOT exactly once'}`,
            met: single.maxMs <= 250 && single.exactlyOnce,
            detail: single.maxMs <= 250 ? `${fmtRatio(single.maxMs / 250)} of the budget` : `${Math.round(single.maxMs - 250)} ms over`,
          });
        }
        report.notes.push('Catch-up and storm run against voxring only: the baseline relays keep nothing to catch up on and check no credentials.');
      } else if (scenario === 'footprint') {
        report.footprint = await runFootprint({ freshLaunches: config.quick ? 1 : 3, settleMs: config.quick ? 2000 : 10_000, progress });
        report.targets = footprintTargets(report.footprint);
      } else if (scenario === 'cross-router') {
        const { ladders, summary } = await runCrossRouter({
          postgresUrl: config.ringPostgres!,
          listeners: config.listeners,
          serverCpu: config.serverCpu,
          transport: config.transport,
          nice: config.nice !== 0 ? config.nice : undefined,
          steps: config.steps,
          max: config.max,
          ...stepOptions(config),
          packets,
          progress,
        });
        report.ladders = ladders;
        report.crossRouter = summary;
        if (config.target || config.cpuProf) report.notes.push('cross-router starts its own ring and is not profiled: --target and --cpu-prof do not apply to it.');
      } else {
        const { ladder: rounds, profile } = await withServer(config, 'voxring', progress, scenario, (server, population) =>
          runStorm(server, population, { rounds: config.stormRounds, maxUsers: config.stormUsers, timeoutMs: 30_000, progress }),
          (rounds) => rounds.map((r) => r.windowUs),
        );
        report.storm = rounds;
        if (profile) report.profile = profile;
        report.targets.push(...stormTargets(rounds));
        const growth = rounds.map((r) => r.rssPerConnectionBytes).filter((b) => b > 0);
        if (growth.length > 0) idleConnectionBytes = Math.max(...growth);
      }
    } catch (err) {
      failed = true;
      report.notes.push(`The scenario stopped: ${err instanceof Error ? err.message : String(err)}`);
      progress.log(`${scenario}: stopped: ${err instanceof Error ? err.stack : String(err)}`);
    }
    report.machine.loadAverageAtEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);
    const md = await writeReport(config.out, report);
    written.push({ scenario, md, report });
    progress.log(`${scenario}: report ${path.relative(process.cwd(), md)}`);
  }
  if (config.updateReadme) {
    const all = [...written, ...(await latestSaved(config.out, written))];
    await updateReadme(all.sort((a, b) => SCENARIOS.indexOf(a.scenario) - SCENARIOS.indexOf(b.scenario)));
  }
  return failed ? 1 : 0;
}

function failedStart(server: string, err: unknown): LadderResult {
  return { server, maxSustained: 0, steps: [], error: `did not start: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runBench(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`voxring bench: ${err instanceof Error ? err.stack : String(err)}`);
      process.exitCode = 1;
    },
  );
}
