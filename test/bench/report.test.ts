/**
 * The walkie report written from known ladders: a baseline that is not
 * installed says so in the summary and gets no chart series; a failed step
 * is crossed out on the charts with its legend entry; every ladder chart
 * explains T under it; the JetStream/Redis Streams target compares with the
 * ladder measured in the same run.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { walkieTargets } from '../../bench/bench-targets.js';
import { machineInfo, sizeCaption, writeReport, type ScenarioReport } from '../../bench/report.js';
import type { LadderResult, StepResult } from '../../bench/scenarios/walkie.js';
import { FAILED_LABEL } from '../../bench/svg-chart.js';

function step(size: number, p99: number): StepResult {
  const pass = p99 < 50;
  const latency = { count: size * 200, p50: p99 / 4, p90: p99 / 2, p99, max: p99 * 2, mean: p99 / 4 };
  return {
    size,
    pass,
    reason: pass ? '' : `p99 ${p99} ms ≥ 50 ms`,
    latency,
    ackLatency: { count: 0, p50: NaN, p90: NaN, p99: NaN, max: NaN, mean: NaN },
    sent: size * 50,
    delivered: size * 200,
    expectedDeliveries: size * 200,
    deliveredPerSecond: size * 200,
    lost: 0,
    duplicates: 0,
    outOfOrder: 0,
    corrupt: 0,
    unfinished: 0,
    disconnects: 0,
    errors: {},
    serverCpuUs: size * 2000,
    serverCpuPercent: size / 10,
    cpuUsPerDelivery: 10,
    generatorCpuPercent: 30,
    busiestGeneratorCpuPercent: 30,
    generators: 1,
    sendLagP99Ms: 1,
    generatorLoopDelayP99Ms: 1,
    saturated: '',
    rssBeforeBytes: 100 * 1048576,
    rssPeakBytes: 110 * 1048576,
    setupMs: 100,
    timeline: [{ second: 0, delivered: size * 200, p50: p99 / 4, p99, max: p99 * 2 }],
    latencyBins: [1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    streamWindowUs: [0, 1],
  };
}

const ladders: LadderResult[] = [
  { server: 'voxring', maxSustained: 200, steps: [step(100, 5), step(200, 8)] },
  { server: 'redis-streams', maxSustained: 25, steps: [step(25, 30), step(50, 80)] },
  { server: 'jetstream', maxSustained: 0, steps: [], notInstalled: 'nats-server not installed' },
];

void t.test('a walkie report with a failed step and a baseline not installed', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'voxring-report-test-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const report: ScenarioReport = {
    scenario: 'walkie',
    date: '2026-12-06-00-00',
    machine: { ...machineInfo('0', '1', 0), loadAverageAtEnd: [0, 0, 0] },
    options: { listeners: 4, stepSeconds: 6, p99LimitMs: 50 },
    payloads: 'test',
    ladders,
    targets: walkieTargets(ladders, 4, undefined),
    notes: [],
  };
  const md = await readFile(await writeReport(dir, report), 'utf8');
  t.match(md, /\| jetstream \| not installed \(nats-server not installed\) \|/, 'the summary says jetstream is not installed');
  t.notMatch(md, /### jetstream/, 'no step table for it');
  t.match(md, /max sustained T ≥ 4 × Redis Streams \(same run\) \| 200 vs 25 \(8\.0×\) \| yes \| met/, 'measured, not quoted: 4 × 25 ≤ 200');
  t.match(md, /max sustained T ≥ 4 × NATS JetStream \(same run\) \| 200 vs – \| n\/a \| NATS JetStream not installed/);
  t.notMatch(md, /reference figures/, 'no quoted reference numbers');
  const latency = await readFile(path.join(dir, '2026-12-06-00-00-walkie-latency.svg'), 'utf8');
  t.match(latency, new RegExp(`>${FAILED_LABEL}</text>`), 'the failed step has a legend entry');
  // redis-streams failed at T=50 on both its p50 and p99 series: two crosses on the plot, one in the legend.
  t.equal((latency.match(/stroke="#d00"/g) ?? []).length, 3, 'one cross per failed point, plus the legend');
  t.notMatch(latency, />jetstream/, 'no series for a server not installed');
  t.match(latency, /T = number of concurrent talkers/, 'the caption explains T');
  const cpu = await readFile(path.join(dir, '2026-12-06-00-00-walkie-cpu.svg'), 'utf8');
  t.match(cpu, /summed/, 'the CPU chart says the broker baselines are two processes summed');
});

void t.test('the caption follows the run: listeners, step length, p99 limit; N for fanout', async (t) => {
  const walkie = sizeCaption({ scenario: 'walkie', options: { listeners: 3, stepSeconds: 4, p99LimitMs: 20 } });
  t.match(walkie, /with 3 listeners/);
  t.match(walkie, /T × 3 × 50 frames\/s/);
  t.match(walkie, /streams 4 s/);
  t.match(walkie, /p99 reaches 20 ms/);
  t.match(sizeCaption({ scenario: 'fanout', options: {} }), /^N = listeners of one conversation/);
});
