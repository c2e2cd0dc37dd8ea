/**
 * Scenario walkie: T talkers, each in its own conversation with L listeners,
 * one Opus packet every 20 ms at real pace, talkers spread across the
 * period. T steps up (50, 100, 200, … doubling) until a step fails (p99 ≥
 * the limit, or any loss, duplicate, reordering, disconnect or error), then
 * bisects between the last pass and the first failure. Every step is bounded
 * in time; the server's CPU (/proc) is read around the stream phase only.
 *
 * The same function runs the fanout scenario: one conversation whose N
 * listeners step up instead of T.
 */
import { availableParallelism } from 'node:os';
import { profileClockUs } from '../cpu-profile.js';
import { histogramDelta, histogramQuantile, parsePromText, promHistogram, type PromHistogram } from '../prom-text.js';
import { LatencyHistogram, summarizeMs, type Summary } from '../latency-histogram.js';
import type { Population } from '../population.js';
import type { Progress } from '../progress.js';
import type { BenchServer } from '../server-process.js';
import { TalkWorkers } from '../talk-workers.js';
import type { ConversationSpec, TalkResult } from '../walkie-load.js';

export interface StepOptions {
  /** Talkers (walkie) or listeners (fanout) of the first steps, in order; doubling continues past the last. */
  steps: number[];
  max: number;
  stepSeconds: number;
  /** A discarded first step at the first size (JIT, connection pools, caches); 0 = none. */
  warmupSeconds: number;
  p99LimitMs: number;
  /** Bisection steps after the first failure. */
  bisect: number;
  /** Generator processes (0 = in this process). */
  workers: number;
  packets: Buffer[];
  progress: Progress;
}

export interface StepResult {
  /** Talkers (walkie) or listeners (fanout). */
  size: number;
  pass: boolean;
  reason: string;
  latency: Summary;
  ackLatency: Summary;
  sent: number;
  delivered: number;
  expectedDeliveries: number;
  deliveredPerSecond: number;
  lost: number;
  duplicates: number;
  outOfOrder: number;
  corrupt: number;
  unfinished: number;
  disconnects: number;
  errors: Record<string, number>;
  serverCpuUs: number;
  serverCpuPercent: number;
  /** Server CPU time per delivered frame, µs. */
  cpuUsPerDelivery: number;
  /** Every generator process together, % of one core (above 100 with several processes on several cores). */
  generatorCpuPercent: number;
  /** The busiest generator process, % of one core. */
  busiestGeneratorCpuPercent: number;
  /** Generator processes (1 when the load runs in the bench process). */
  generators: number;
  sendLagP99Ms: number;
  generatorLoopDelayP99Ms: number;
  /** Which side ran out: 'server' (≥ 90 % of its core), 'generator' (see generatorSaturated), or ''. */
  saturated: string;
  rssBeforeBytes: number;
  rssPeakBytes: number;
  setupMs: number;
  /** Per second of the stream phase. */
  timeline: { second: number; delivered: number; p50: number; p99: number; max: number; rssBytes?: number }[];
  /** Client latency histogram counts over LATENCY_BINS_MS. */
  latencyBins: number[];
  /** The stream phase on the CPU profile's clock (µs of process.hrtime), to cut a profile down to it. */
  streamWindowUs: [number, number];
  /** voxring only: the router's own histograms over this step (from /metrics). */
  router?: {
    fanoutP50Ms: number;
    fanoutP99Ms: number;
    ackP50Ms: number;
    ackP99Ms: number;
    /** voxring_ack_sent_seconds: chunk received → streaming ack covering it sent (absent from older results). */
    ackSentP50Ms?: number;
    ackSentP99Ms?: number;
    fanoutCount: number;
    ackCount: number;
  };
}

export interface LadderResult {
  server: string;
  maxSustained: number;
  steps: StepResult[];
  error?: string;
  /** Set when the server could not run here (a baseline's broker or npm client missing): why. */
  notInstalled?: string;
}

/** Bin edges (ms) of the latency histogram charts. */
export const LATENCY_BINS_MS = [0, 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 100, 250];

export type Shape = 'walkie' | 'fanout';

/** Runs the step ladder of one scenario against one server. */
export async function runLadder(
  shape: Shape,
  server: BenchServer,
  population: Population,
  listeners: number,
  options: StepOptions,
): Promise<LadderResult> {
  const workers = new TalkWorkers(options.workers);
  const steps: StepResult[] = [];
  const label = `${shape} ${server.kind}`;
  try {
    let lastPass = 0;
    let firstFail = Infinity;
    const queue = [...options.steps];
    let next: number | undefined = queue.shift();
    let bisections = 0;
    if (options.warmupSeconds > 0 && next !== undefined) {
      const warm = await runStep(shape, server, population, listeners, next, workers, { ...options, stepSeconds: options.warmupSeconds }, `${label} warm-up`);
      options.progress.log(`${label} warm-up ${shape === 'walkie' ? 'T' : 'N'}=${next} (not counted): ${describeStep(warm)}`);
    }
    while (next !== undefined && next <= options.max) {
      const size: number = next;
      const step = await runStep(shape, server, population, listeners, size, workers, options, `${label} ${shape === 'walkie' ? 'T' : 'N'}=${size}`);
      steps.push(step);
      options.progress.log(`${label} ${shape === 'walkie' ? 'T' : 'N'}=${size}: ${describeStep(step)}`);
      if (step.pass) lastPass = Math.max(lastPass, size);
      else firstFail = Math.min(firstFail, size);
      if (firstFail === Infinity) {
        next = queue.shift() ?? (size * 2 <= options.max ? size * 2 : undefined);
        continue;
      }
      // Bisect between the best pass and the first failure, on multiples of 10.
      const gap = firstFail - lastPass;
      if (bisections >= options.bisect || gap <= Math.max(10, lastPass * 0.1)) break;
      bisections++;
      next = Math.round((lastPass + firstFail) / 20) * 10;
      if (next <= lastPass || next >= firstFail) break;
    }
    return { server: server.kind, maxSustained: lastPass, steps };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    options.progress.log(`${label}: stopped: ${message}`);
    return { server: server.kind, maxSustained: Math.max(0, ...steps.filter((s) => s.pass).map((s) => s.size)), steps, error: message };
  } finally {
    workers.close();
  }
}

async function runStep(
  shape: Shape,
  server: BenchServer,
  population: Population,
  listeners: number,
  size: number,
  workers: TalkWorkers,
  options: StepOptions,
  label: string,
): Promise<StepResult> {
  options.progress.update(`${label}: creating users and conversations`);
  let conversations: ConversationSpec[];
  if (shape === 'walkie') {
    conversations = (await population.conversations(size, listeners)).map((c, j) => ({ ...c, phase: j / size }));
  } else {
    conversations = [await population.broadcast(size)];
  }
  const rssBefore = server.rssBytes();
  options.progress.update(`${label}: connecting ${conversations.reduce((n, c) => n + 1 + c.listeners.length, 0)} clients`);
  let cpuBefore = 0;
  let cpuAfter = 0;
  let metricsBefore: string | undefined;
  let metricsAfter: string | undefined;
  let rssPeak = 0;
  const rssSamples: number[] = [];
  let sampler: NodeJS.Timeout | undefined;
  let wallStart = 0;
  let wallMs = 0;
  const window: [number, number] = [0, 0];
  const messagePrefix = `m${Date.now().toString(36)}`;
  const result: TalkResult = await workers
    .run(
      {
        wsUrl: server.wsUrl,
        conversations,
        packets: options.packets,
        durationMs: options.stepSeconds * 1000,
        periodMs: 20,
        messagePrefix,
        finishTimeoutMs: 5000,
      },
      async (phase) => {
        if (phase === 'prepared') {
          metricsBefore = await server.metrics();
          options.progress.update(`${label}: streaming ${options.stepSeconds} s`);
          cpuBefore = server.cpu().totalUs;
          wallStart = performance.now();
          window[0] = profileClockUs();
          sampler = setInterval(() => {
            const rss = server.rssBytes();
            rssSamples.push(rss);
            rssPeak = Math.max(rssPeak, rss);
            const s = Math.round((performance.now() - wallStart) / 1000);
            options.progress.update(`${label}: streaming ${s}/${options.stepSeconds} s`);
          }, 1000);
        } else {
          cpuAfter = server.cpu().totalUs;
          window[1] = profileClockUs();
          wallMs = performance.now() - wallStart;
          clearInterval(sampler);
          rssPeak = Math.max(rssPeak, server.rssBytes());
          metricsAfter = await server.metrics();
          options.progress.update(`${label}: ending messages, checking every delivery`);
        }
      },
    )
    .finally(() => clearInterval(sampler));
  const serverCpuUs = cpuAfter - cpuBefore;
  const step = summarizeStep(size, result, serverCpuUs, wallMs, options.p99LimitMs, rssBefore, rssPeak, rssSamples, window);
  if (metricsBefore !== undefined && metricsAfter !== undefined) step.router = routerHistograms(metricsBefore, metricsAfter);
  // Let the server finish closing this step's connections before the next one.
  await new Promise((r) => setTimeout(r, 500));
  return step;
}

function summarizeStep(
  size: number,
  r: TalkResult,
  serverCpuUs: number,
  wallMs: number,
  p99LimitMs: number,
  rssBefore: number,
  rssPeak: number,
  rssSamples: number[],
  streamWindowUs: [number, number],
): StepResult {
  const latency = LatencyHistogram.from(r.latency);
  const sendLag = LatencyHistogram.from(r.sendLag);
  const summary = summarizeMs(latency);
  const errors = Object.entries(r.errors);
  const problems: string[] = [];
  if (summary.count === 0) problems.push('nothing delivered');
  if (summary.p99 >= p99LimitMs) problems.push(`p99 ${summary.p99} ms ≥ ${p99LimitMs} ms`);
  if (r.lost > 0) problems.push(`${r.lost} lost`);
  if (r.duplicates > 0) problems.push(`${r.duplicates} duplicates`);
  if (r.outOfOrder > 0) problems.push(`${r.outOfOrder} out of order`);
  if (r.corrupt > 0) problems.push(`${r.corrupt} corrupt`);
  if (r.disconnects > 0) problems.push(`${r.disconnects} disconnects`);
  if (r.unfinished > 0) problems.push(`${r.unfinished} listeners without message_end`);
  if (errors.length > 0) problems.push(`errors ${errors.map(([c, n]) => `${c}×${n}`).join(', ')}`);
  const serverCpuPercent = percentOfCore(serverCpuUs, wallMs);
  const generator = {
    generators: r.generators,
    generatorCpuPercent: percentOfCore(r.generatorCpuUs, r.streamWallMs),
    busiestGeneratorCpuPercent: percentOfCore(r.busiestGeneratorCpuUs, r.streamWallMs),
    sendLagP99Ms: Math.round(sendLag.percentile(0.99) / 10) / 100,
    generatorLoopDelayP99Ms: Math.round(r.loopDelayP99Ms * 100) / 100,
  };
  const saturated = serverCpuPercent >= 90 ? 'server' : generatorSaturated(generator) ? 'generator' : '';
  return {
    size,
    pass: problems.length === 0,
    reason: problems.join('; '),
    latency: summary,
    ackLatency: summarizeMs(LatencyHistogram.from(r.ackLatency)),
    sent: r.sent,
    delivered: r.delivered,
    expectedDeliveries: r.expectedDeliveries,
    deliveredPerSecond: Math.round(r.delivered / Math.max(0.001, r.streamWallMs / 1000)),
    lost: r.lost,
    duplicates: r.duplicates,
    outOfOrder: r.outOfOrder,
    corrupt: r.corrupt,
    unfinished: r.unfinished,
    disconnects: r.disconnects,
    errors: r.errors,
    serverCpuUs,
    serverCpuPercent,
    cpuUsPerDelivery: r.delivered > 0 ? Math.round((serverCpuUs / r.delivered) * 100) / 100 : NaN,
    ...generator,
    saturated,
    rssBeforeBytes: rssBefore,
    rssPeakBytes: rssPeak,
    setupMs: Math.round(r.setupMs),
    timeline: r.perSecond.map((s, second) => {
      const h = LatencyHistogram.from(s.latency);
      const m = summarizeMs(h);
      return { second, delivered: s.delivered, p50: m.p50, p99: m.p99, max: m.max, ...(rssSamples[second] !== undefined ? { rssBytes: rssSamples[second] } : {}) };
    }),
    latencyBins: latency.bins(LATENCY_BINS_MS.map((ms) => ms * 1000)),
    streamWindowUs,
  };
}

/** CPU time over a wall time as a percentage of one core, one decimal. */
function percentOfCore(cpuUs: number, wallMs: number): number {
  return Math.round((cpuUs / Math.max(1, wallMs * 1000)) * 1000) / 10;
}

/**
 * The generator ran out when one of its processes (one event loop each) used
 * ≥ 90 % of a core, when all of them used ≥ 90 % of the cores they can share
 * (the bench's CPU affinity, which children inherit: one core when pinned),
 * or when sends or their event loops ran late.
 */
export function generatorSaturated(
  step: Pick<StepResult, 'generators' | 'generatorCpuPercent' | 'busiestGeneratorCpuPercent' | 'sendLagP99Ms' | 'generatorLoopDelayP99Ms'>,
  cpus = availableParallelism(),
): boolean {
  const cores = Math.min(step.generators, cpus);
  return (
    step.busiestGeneratorCpuPercent >= 90 ||
    step.generatorCpuPercent >= 90 * cores ||
    step.sendLagP99Ms > 10 ||
    step.generatorLoopDelayP99Ms > 20
  );
}

function routerHistograms(before: string, after: string): StepResult['router'] {
  const a = parsePromText(after);
  const b = parsePromText(before);
  const delta = (name: string): PromHistogram => histogramDelta(promHistogram(a, name), promHistogram(b, name));
  const fanout = delta('voxring_fanout_seconds');
  const ack = delta('voxring_ack_latency_seconds');
  const ackSent = delta('voxring_ack_sent_seconds');
  const ms = (s: number): number => Math.round(s * 1e5) / 100;
  return {
    fanoutP50Ms: ms(histogramQuantile(fanout, 0.5)),
    fanoutP99Ms: ms(histogramQuantile(fanout, 0.99)),
    ackP50Ms: ms(histogramQuantile(ack, 0.5)),
    ackP99Ms: ms(histogramQuantile(ack, 0.99)),
    ...(ackSent.count > 0 ? { ackSentP50Ms: ms(histogramQuantile(ackSent, 0.5)), ackSentP99Ms: ms(histogramQuantile(ackSent, 0.99)) } : {}),
    fanoutCount: fanout.count,
    ackCount: ack.count,
  };
}

export function describeStep(step: StepResult): string {
  const l = step.latency;
  const verdict = step.pass ? 'pass' : `FAIL (${step.reason})`;
  const saturated = step.saturated ? `, ${step.saturated} saturated` : '';
  return `${verdict}; p50 ${l.p50} ms, p99 ${l.p99} ms, max ${l.max} ms; ${step.deliveredPerSecond}/s delivered; server CPU ${step.serverCpuPercent} %, ${step.cpuUsPerDelivery} µs/delivery; generator CPU ${generatorCpu(step, ' %')}${saturated}`;
}

/** The generator's CPU in % of a core (each figure followed by `unit`); with several processes, the busiest one's too. */
export function generatorCpu(step: StepResult, unit = ''): string {
  const total = `${step.generatorCpuPercent}${unit}`;
  return step.generators > 1 ? `${total} (${step.generators} processes, busiest ${step.busiestGeneratorCpuPercent}${unit})` : total;
}
