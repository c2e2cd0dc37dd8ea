/**
 * Turns bench results into files: `<date>-<scenario>.json` (everything
 * measured), `<date>-<scenario>.md` (tables, ratios, targets, the router's
 * own histograms) and the SVG charts it embeds, all in one results folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ProfileSummary } from './cpu-profile.js';
import type { CatchupRound } from './scenarios/catchup.js';
import { crossRouterSection } from './scenarios/cross-router-report.js';
import type { CrossRouterSummary } from './scenarios/cross-router.js';
import type { StormRound } from './scenarios/storm.js';
import type { FootprintLaunch } from './scenarios/footprint.js';
import { generatorCpu, LATENCY_BINS_MS, type LadderResult, type StepResult } from './scenarios/walkie.js';
import { barChart, lineChart } from './svg-chart.js';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  node: string;
  kernel: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  serverCpu: string;
  generatorCpu: string;
  /** Scheduling priority of server and generator (0: unchanged). */
  nice: number;
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean | null;
  detail: string;
}

export interface ScenarioReport {
  scenario: 'walkie' | 'fanout' | 'catchup' | 'storm' | 'cross-router' | 'footprint';
  date: string;
  machine: MachineInfo;
  options: Record<string, unknown>;
  payloads: string;
  ladders?: LadderResult[];
  catchup?: CatchupRound[];
  storm?: StormRound[];
  footprint?: FootprintLaunch[];
  /** cross-router: the overhead of the relay hop (its two ladders are in `ladders`). */
  crossRouter?: CrossRouterSummary;
  targets: TargetCheck[];
  profile?: ProfileSummary;
  notes: string[];
}

export function machineInfo(serverCpu: string, generatorCpu: string, nice: number): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    node: process.version,
    kernel: os.release(),
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
    loadAverageAtEnd: [],
    serverCpu,
    generatorCpu,
    nice,
  };
}

const fmt = (v: number | undefined, digits = 2): string => (v === undefined || !Number.isFinite(v) ? '–' : String(Math.round(v * 10 ** digits) / 10 ** digits));
const kb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
const mb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(0)} MB` : '–');

/** Writes the JSON, the Markdown and the charts; returns the Markdown path. */
export async function writeReport(dir: string, report: ScenarioReport): Promise<string> {
  await mkdir(dir, { recursive: true });
  const base = `${report.date}-${report.scenario}`;
  await writeFile(path.join(dir, `${base}.json`), JSON.stringify(report, null, 1) + '\n');
  const charts = new Map<string, string>();
  const lines: string[] = [];
  const chart = (name: string, svg: string): string => {
    const file = `${base}-${name}.svg`;
    charts.set(file, svg);
    return `![${name}](${file})`;
  };
  lines.push(`# voxring bench: ${report.scenario} (${report.date})`, '');
  lines.push(...machineLines(report), '');
  if (report.notes.length > 0) lines.push(...report.notes.map((n) => `> ${n}`), '');
  if (report.targets.length > 0) lines.push('## Targets', '', ...targetTable(report.targets), '');
  if (report.crossRouter) lines.push(...crossRouterSection(report.crossRouter));
  if (report.ladders) lines.push(...ladderSection(report, chart));
  if (report.catchup) lines.push(...catchupSection(report.catchup, chart));
  if (report.storm) lines.push(...stormSection(report.storm, chart));
  if (report.footprint) lines.push(...footprintSection(report.footprint));
  if (report.profile) lines.push(...profileSection(report.profile));
  lines.push('', `Raw figures: [${base}.json](${base}.json).`, '');
  for (const [file, svg] of charts) await writeFile(path.join(dir, file), svg);
  const md = path.join(dir, `${base}.md`);
  await writeFile(md, lines.join('\n'));
  return md;
}

function machineLines(report: ScenarioReport): string[] {
  const m = report.machine;
  return [
    `Machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node}, Linux ${m.kernel}; server on CPU ${m.serverCpu}, generator on CPU ${m.generatorCpu}, nice ${m.nice}. ` +
      `Load average at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd.join(' / ')} (other work on the machine shows here).`,
    `Payloads: ${report.payloads}. Options: \`${JSON.stringify(report.options)}\`.`,
  ];
}

export function targetTable(targets: readonly TargetCheck[]): string[] {
  return [
    '| target | measured | met | detail |',
    '| --- | --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | ${t.value} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} | ${t.detail} |`),
  ];
}

function sizeName(scenario: ScenarioReport['scenario']): string {
  return scenario === 'fanout' ? 'N' : 'T';
}

function stepAt(ladder: LadderResult | undefined, size: number): StepResult | undefined {
  return ladder?.steps.find((s) => s.size === size);
}

/** Under the persisted baselines, the server is two processes. */
const SERVER_CPU_NOTE = 'jetstream and redis-streams: the relay and its broker (nats-server, redis-server) summed.';

/** What the x axis of a ladder chart counts, and when a step fails (the red crosses). */
export function sizeCaption(report: Pick<ScenarioReport, 'scenario' | 'options'>): string {
  const o = report.options;
  const listeners = typeof o.listeners === 'number' ? o.listeners : 4;
  const seconds = typeof o.stepSeconds === 'number' ? o.stepSeconds : 6;
  const limit = typeof o.p99LimitMs === 'number' ? o.p99LimitMs : 50;
  const load =
    report.scenario === 'fanout'
      ? `N = listeners of one conversation whose one talker sends a 20 ms Opus packet every 20 ms, so a step delivers N × 50 frames/s.`
      : `T = number of concurrent talkers; each talker streams a 20 ms Opus packet every 20 ms at real pace in a conversation of its own with ${listeners} listeners (separate connections), so a step delivers T × ${listeners} × 50 frames/s.`;
  return `${load} Each step streams ${seconds} s; it fails (red ×) when its p99 reaches ${limit} ms or any frame is lost, duplicated or out of order, a connection drops, an error frame arrives or a message_end is missing.`;
}

function ladderSection(report: ScenarioReport, chart: (name: string, svg: string) => string): string[] {
  const ladders = report.ladders ?? [];
  const n = sizeName(report.scenario);
  const out: string[] = ['## Summary', ''];
  out.push(`| server | max sustained ${n} | deliveries/s there | p50 / p99 there (ms) | CPU µs per delivery at ${n}=100 | at ${n}=200 | p99 at ${n}=200 (ms) | who saturated at the first failure |`);
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const l of ladders) {
    if (l.notInstalled) {
      out.push(`| ${l.server} | not installed (${l.notInstalled}) | – | – | – | – | – | – |`);
      continue;
    }
    const best = stepAt(l, l.maxSustained);
    const firstFail = l.steps.find((s) => !s.pass);
    out.push(
      `| ${l.server} | ${l.maxSustained || '–'} | ${best ? best.deliveredPerSecond : '–'} | ${best ? `${fmt(best.latency.p50)} / ${fmt(best.latency.p99)}` : '–'} | ` +
        `${fmt(stepAt(l, 100)?.cpuUsPerDelivery)} | ${fmt(stepAt(l, 200)?.cpuUsPerDelivery)} | ${fmt(stepAt(l, 200)?.latency.p99)} | ${firstFail ? firstFail.saturated || 'neither (latency/loss)' : 'none failed'}${l.error ? ` (stopped: ${l.error})` : ''} |`,
    );
  }
  out.push('');
  const vox = ladders.find((l) => l.server === 'voxring');
  for (const base of ladders.filter((l) => l.server !== 'voxring' && !l.notInstalled)) {
    if (!vox) break;
    const ratio = base.maxSustained > 0 ? vox.maxSustained / base.maxSustained : NaN;
    const cpu = [100, 200]
      .map((size) => {
        const a = stepAt(vox, size)?.cpuUsPerDelivery;
        const b = stepAt(base, size)?.cpuUsPerDelivery;
        return a !== undefined && b !== undefined && b > 0 ? `${fmt(a / b)}× at ${n}=${size}` : undefined;
      })
      .filter(Boolean)
      .join(', ');
    out.push(`- voxring / ${base.server}: max sustained ${n} ${fmt(ratio)}×; server CPU per delivered frame ${cpu || '–'}.`);
  }
  out.push('');
  const caption = sizeCaption(report);
  // Colours follow the ladder's place in the run, so a server keeps its colour when another was not installed.
  const series = (pick: (s: StepResult) => number, suffix = '', dashed = false) =>
    ladders
      .map((l, i) => ({
        name: `${l.server}${suffix}`,
        color: i,
        dashed,
        points: l.steps.map((s) => [s.size, pick(s)] as const).sort((a, b) => a[0] - b[0]),
        failedAt: l.steps.filter((s) => !s.pass).map((s) => s.size),
      }))
      .filter((s) => s.points.length > 0);
  out.push(
    chart('latency', lineChart({ title: `Latency by ${n} (p50 and p99)`, xLabel: n, yLabel: 'ms', logY: true, caption, series: [...series((s) => s.latency.p50, ' p50'), ...series((s) => s.latency.p99, ' p99', true)] })),
    chart('throughput', lineChart({ title: `Delivered frames per second by ${n}`, xLabel: n, yLabel: 'frames/s', caption, series: series((s) => s.deliveredPerSecond) })),
    chart('cpu', lineChart({ title: 'Server CPU per delivered frame', xLabel: n, yLabel: 'µs', caption: `${caption} ${SERVER_CPU_NOTE}`, series: series((s) => s.cpuUsPerDelivery) })),
    chart('rss', lineChart({ title: 'Server RSS (peak during the step)', xLabel: n, yLabel: 'MB', caption: `${caption} ${SERVER_CPU_NOTE}`, series: series((s) => s.rssPeakBytes / 1048576) })),
    '',
  );
  const histogramSize = report.scenario !== 'fanout' ? 200 : Math.max(...(vox?.steps.map((s) => s.size) ?? [0]));
  const withHistogram = ladders.filter((l) => stepAt(l, histogramSize));
  if (withHistogram.length > 0) {
    const categories = LATENCY_BINS_MS.map((lo, i) => (i + 1 < LATENCY_BINS_MS.length ? `<${LATENCY_BINS_MS[i + 1]}` : `≥${lo}`));
    out.push(
      chart(
        'histogram',
        barChart({
          title: `Latency histogram at ${n}=${histogramSize} (share of deliveries, %)`,
          caption: `Delivery latency (send → read by the listener) in ms bins, at ${n}=${histogramSize}. ${caption}`,
          yLabel: '%',
          categories,
          series: withHistogram.map((l) => {
            const step = stepAt(l, histogramSize)!;
            const total = step.latencyBins.reduce((a, b) => a + b, 0) || 1;
            return { name: l.server, values: step.latencyBins.map((c) => Math.round((c / total) * 1000) / 10) };
          }),
          width: 760,
        }),
      ),
      '',
    );
  }
  if (vox) {
    const best = stepAt(vox, vox.maxSustained) ?? vox.steps.at(-1);
    if (best) {
      out.push(
        chart(
          'over-time',
          lineChart({
            title: `voxring at ${n}=${best.size}: latency per second of the step`,
            xLabel: 's',
            yLabel: 'ms',
            logY: true,
            series: (['p50', 'p99', 'max'] as const).map((k) => ({ name: k, points: best.timeline.map((t) => [t.second, t[k]] as const) })),
          }),
        ),
        chart(
          'rate-over-time',
          lineChart({ title: `voxring at ${n}=${best.size}: delivered frames per second`, xLabel: 's', yLabel: 'frames/s', series: [{ name: 'delivered', points: best.timeline.map((t) => [t.second, t.delivered] as const) }] }),
        ),
        '',
      );
    }
  }
  for (const l of ladders.filter((l) => !l.notInstalled)) {
    out.push(`### ${l.server}`, '');
    out.push(
      `| ${n} | result | p50 | p99 | max (ms) | deliveries/s | server CPU % | µs/delivery | generator CPU % | send lag p99 (ms) | RSS peak | ack p50 / p99 (ms, client, per chunk) | router fan-out p50 / p99 (ms) | router durable p50 / p99 (ms) | router ack sent p50 / p99 (ms) |`,
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const s of [...l.steps].sort((a, b) => a.size - b.size)) {
      const r = s.router;
      out.push(
        `| ${s.size} | ${s.pass ? 'pass' : `fail: ${s.reason}`} | ${fmt(s.latency.p50)} | ${fmt(s.latency.p99)} | ${fmt(s.latency.max)} | ${s.deliveredPerSecond} | ${fmt(s.serverCpuPercent, 1)} | ${fmt(s.cpuUsPerDelivery)} | ` +
          `${generatorCpu(s)} | ${fmt(s.sendLagP99Ms)} | ${mb(s.rssPeakBytes)} | ${s.ackLatency.count ? `${fmt(s.ackLatency.p50)} / ${fmt(s.ackLatency.p99)}` : '–'} | ` +
          `${r ? `${fmt(r.fanoutP50Ms, 3)} / ${fmt(r.fanoutP99Ms, 3)}` : '–'} | ${r ? `${fmt(r.ackP50Ms)} / ${fmt(r.ackP99Ms)}` : '–'} | ` +
          `${r?.ackSentP50Ms !== undefined ? `${fmt(r.ackSentP50Ms)} / ${fmt(r.ackSentP99Ms ?? 0)}` : '–'} |`,
      );
    }
    out.push('');
  }
  out.push(
    'Client ack latency is per chunk: from sending seq k to the first ack covering k (acks arrive coalesced, one per `ackIntervalMs` at most). ' +
      'Router histograms are `voxring_fanout_seconds` (chunk handling → last local send), `voxring_ack_latency_seconds` (chunk received → durable) and `voxring_ack_sent_seconds` (chunk received → ack covering it sent), scraped from `/metrics` before and after each step; quantiles are interpolated within buckets, so they are coarse.',
    '',
  );
  return out;
}

function catchupSection(rounds: readonly CatchupRound[], chart: (name: string, svg: string) => string): string[] {
  const out = ['## Catch-up into a live message', ''];
  out.push('| listeners | backlog (chunks) | live after p50 / p99 / max (ms) | backlog frames/s (all listeners) | exactly once | router: mean start distance | problems |');
  out.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rounds) {
    out.push(`| ${r.listeners} | ${r.backlogChunks} | ${fmt(r.p50Ms, 1)} / ${fmt(r.p99Ms, 1)} / ${fmt(r.maxMs, 1)} | ${r.backlogFramesPerSecond} | ${r.exactlyOnce ? 'yes' : '**no**'} | ${fmt(r.routerStartBehindMean, 0)} | ${r.problems.slice(0, 3).join('; ') || '–'} |`);
  }
  out.push(
    '',
    chart(
      'time-to-live',
      lineChart({
        title: 'Time until live, listeners sorted',
        xLabel: 'listener (sorted)',
        yLabel: 'ms',
        series: rounds.map((r) => ({ name: `N=${r.listeners}`, points: [...r.timeToLiveMs].sort((a, b) => a - b).map((v, i) => [i + 1, v] as const) })),
      }),
    ),
    '',
  );
  return out;
}

function stormSection(rounds: readonly StormRound[], chart: (name: string, svg: string) => string): string[] {
  const out = ['## Connection storm', ''];
  out.push('| clients | users | ready | all ready (ms) | p50 / p99 / max to ready (ms) | errors | server CPU (ms) | generator CPU (ms) | RSS before → after | RSS per idle connection |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rounds) {
    const errors = Object.entries(r.errors).map(([e, c]) => `${c}× ${e}`).join('; ') || 'none';
    out.push(
      `| ${r.clients} | ${r.users} | ${r.ready} | ${fmt(r.allReadyMs, 0)} | ${fmt(r.p50Ms, 1)} / ${fmt(r.p99Ms, 1)} / ${fmt(r.maxMs, 1)} | ${errors} | ${fmt(r.serverCpuUs / 1000, 0)} | ${fmt((r.generatorCpuUs ?? NaN) / 1000, 0)} | ${mb(r.rssBeforeBytes)} → ${mb(r.rssAfterBytes)} | ${kb(r.rssPerConnectionBytes)} |`,
    );
  }
  const cdf = (r: StormRound) => {
    const step = Math.max(1, Math.floor(r.readyMs.length / 100));
    return r.readyMs.filter((_, i) => i % step === 0 || i === r.readyMs.length - 1).map((v, i, all) => [v, Math.round(((i + 1) / all.length) * 1000) / 10] as const);
  };
  out.push('', chart('ready-cdf', lineChart({ title: 'Clients ready by time (CDF)', xLabel: 'ms after the storm began', yLabel: '% ready', series: rounds.map((r) => ({ name: `N=${r.clients}`, points: cdf(r) })) })), '');
  return out;
}

function profileSection(profile: ProfileSummary): string[] {
  const out = ['## Where the router spends its time (`--cpu-prof`)', ''];
  out.push(`The measured phases only (streams of every step, or the storms; setup and teardown cut out): busy ${profile.busyMs} ms, idle ${profile.idleMs} ms. Self time:`, '');
  out.push('| function | self ms | % of busy |', '| --- | --- | --- |');
  for (const e of profile.topFunctions) out.push(`| \`${e.name}\` | ${e.selfMs} | ${e.percent} |`);
  out.push('', '| file / category | self ms | % of busy |', '| --- | --- | --- |');
  for (const e of profile.topFiles) out.push(`| \`${e.name}\` | ${e.selfMs} | ${e.percent} |`);
  out.push('');
  return out;
}

function footprintSection(launches: readonly FootprintLaunch[]): string[] {
  const mib = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(0);
  return [
    '## Launches',
    '',
    '| launch | /healthz 200 after (ms) | CPU by then (ms) | RSS then (MiB) | RSS idle (MiB) | load average |',
    '| --- | --- | --- | --- | --- | --- |',
    ...launches.map((l) => `| ${l.kind} | ${l.healthyMs} | ${l.cpuMsToHealthy} | ${mib(l.rssAtHealthyBytes)} | ${mib(l.rssIdleBytes)} | ${l.loadAverage} |`),
    '',
  ];
}
