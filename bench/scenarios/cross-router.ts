/**
 * Scenario cross-router: the walkie workload (T talkers × L listeners, real
 * pace, the same step ladder and checks) on a ring of two routers, twice in
 * one run on the same ring:
 *
 *   same-router   talkers and listeners homed on router A; B is idle
 *   cross-router  talkers homed on A, their listeners on B: every chunk is
 *                 relayed A → B over the routers' one link, and B fans it out
 *
 * Both routers are pinned to the server CPU(s) and their CPU is summed, so CPU
 * per delivered frame compares with walkie and between the two runs: the
 * difference is what the relay hop costs. Listeners connect to their home
 * (the load follows the ring's hello redirect, as the SDK does).
 */
import { BenchRing, routerDeltas, type RouterDelta } from '../bench-ring.js';
import { RingPopulation, HomedUsers } from '../ring-population.js';
import { Progress } from '../progress.js';
import { runLadder, type LadderResult, type StepOptions, type StepResult } from './walkie.js';

export interface CrossRouterOptions extends StepOptions {
  postgresUrl: string;
  listeners: number;
  /** CPU list for both routers (taskset); undefined: not pinned. */
  serverCpu?: string | undefined;
  transport?: 'uws' | 'ws';
  nice?: number | undefined;
}

export type Variant = 'same-router' | 'cross-router';

/** One step of a variant, split by router. */
export interface RingStep {
  size: number;
  /** Per router over the stream phase: CPU, chunks in from talkers, chunk frames out to listeners, relay link frames. */
  routers: RouterDelta[];
}

export interface VariantSummary {
  variant: Variant;
  talkerRouter: string;
  listenerRouter: string;
  /** From the ladder (steps run only for the comparison do not count). */
  maxSustained: number;
  /** Listed sizes the ladder skipped after its first failure, run once each for the comparison. */
  comparisonOnly: number[];
  steps: RingStep[];
  /** Per router over the whole ladder (warm-up, setup and the end of every message included): exact counts. */
  totals: RouterDelta[];
}

/** A T run by both variants: the cross-router figure against the same-router one. */
export interface Comparison {
  size: number;
  bothPassed: boolean;
  p50SameMs: number;
  p50CrossMs: number;
  p99SameMs: number;
  p99CrossMs: number;
  /** Both routers' CPU summed, per delivered frame. */
  cpuUsSame: number;
  cpuUsCross: number;
  /** cross / same. */
  cpuRatio: number;
}

export interface CrossRouterSummary {
  routers: string[];
  serverCpu: string;
  /** The largest step a ladder may take (--max): a max sustained T equal to it is a floor. */
  maxStep: number;
  variants: VariantSummary[];
  comparisons: Comparison[];
  /** Problems that make the comparison doubtful (e.g. the listeners' router served nothing). */
  problems: string[];
}

export interface CrossRouterResult {
  ladders: LadderResult[];
  summary: CrossRouterSummary;
}

/** Starts the ring, runs both variants' ladders, stops the ring. */
export async function runCrossRouter(options: CrossRouterOptions): Promise<CrossRouterResult> {
  const { progress } = options;
  progress.update('cross-router: starting a ring of 2 routers');
  const ring = await BenchRing.start({ size: 2, postgresUrl: options.postgresUrl, cpu: options.serverCpu, transport: options.transport, nice: options.nice });
  try {
    const [a, b] = ring.members;
    const users = new HomedUsers(ring.members, (done, total) => progress.update(`cross-router: signing up users ${done}/${total}`));
    const ladders: LadderResult[] = [];
    const variants: VariantSummary[] = [];
    const runs = [
      { variant: 'same-router' as const, talker: a!.id, listener: a!.id },
      { variant: 'cross-router' as const, talker: a!.id, listener: b!.id },
    ];
    for (const run of runs) {
      const population = new RingPopulation(users, run.talker, run.listener, run.variant === 'same-router' ? 's' : 'x');
      const variantProgress = new VariantProgress(progress, run.variant);
      const stepOptions = { ...options, progress: variantProgress };
      const before = await ring.figures();
      const ladder = await runLadder('walkie', ring, population, options.listeners, stepOptions);
      // A ladder stops at its first failure; the listed sizes it skipped still run once each,
      // so that both variants are compared at every one of them.
      const comparisonOnly = options.steps.filter((size) => size <= options.max && !ladder.steps.some((s) => s.size === size));
      for (const size of comparisonOnly) {
        const extra = await runLadder('walkie', ring, population, options.listeners, { ...stepOptions, steps: [size], max: size, warmupSeconds: 0, bisect: 0 });
        ladder.steps.push(...extra.steps);
        if (extra.error) ladder.error ??= extra.error;
      }
      ladders.push({ ...ladder, server: run.variant });
      variants.push({
        variant: run.variant,
        talkerRouter: run.talker,
        listenerRouter: run.listener,
        maxSustained: ladder.maxSustained,
        comparisonOnly,
        steps: ladder.steps.map((s) => ({ size: s.size, routers: ring.between(s.streamWindowUs) ?? [] })),
        totals: routerDeltas(before, await ring.figures()),
      });
    }
    return { ladders, summary: summarize(ring.members.map((m) => m.id), options.serverCpu ?? 'any', options.max, ladders, variants) };
  } finally {
    progress.update('cross-router: stopping the ring');
    await ring.stop();
  }
}

/** runLadder labels its lines `walkie voxring …`; this names the variant instead. */
class VariantProgress extends Progress {
  constructor(
    private readonly inner: Progress,
    private readonly variant: Variant,
  ) {
    super();
  }

  override update(text: string): void {
    this.inner.update(this.rename(text));
  }

  override log(text: string): void {
    this.inner.log(this.rename(text));
  }

  private rename(text: string): string {
    return text.replace(/^walkie voxring/, `cross-router ${this.variant}`);
  }
}

function summarize(routers: string[], serverCpu: string, maxStep: number, ladders: LadderResult[], variants: VariantSummary[]): CrossRouterSummary {
  const same = ladders[0];
  const cross = ladders[1];
  const comparisons: Comparison[] = [];
  for (const s of same?.steps ?? []) {
    const c = cross?.steps.find((x) => x.size === s.size);
    if (c) comparisons.push(compare(s, c));
  }
  comparisons.sort((x, y) => x.size - y.size);
  const problems: string[] = [];
  const [sameVariant, crossVariant] = variants;
  const total = (v: VariantSummary | undefined, id: string | undefined): RouterDelta | undefined => v?.totals.find((r) => r.id === id);
  const delivered = (l: LadderResult | undefined): number => l?.steps.reduce((n, s) => n + s.delivered, 0) ?? 0;
  const a = total(crossVariant, crossVariant?.talkerRouter);
  const b = total(crossVariant, crossVariant?.listenerRouter);
  // Whole-ladder counts are exact (every message had ended); a step's window may cut the last chunks off.
  if (a && b) {
    if (b.chunksOut < delivered(cross)) problems.push(`cross-router: the listeners' router sent ${b.chunksOut} chunk frames, fewer than the ${delivered(cross)} deliveries`);
    if (a.chunksOut > 0) problems.push(`cross-router: the talkers' router sent ${a.chunksOut} chunk frames to listeners of its own`);
    if (a.linkFramesSent < a.chunksIn) problems.push(`cross-router: ${a.linkFramesSent} relay frames for ${a.chunksIn} chunks`);
  } else if (crossVariant) problems.push('cross-router: no per-router figures');
  const idle = total(sameVariant, sameVariant?.talkerRouter === routers[0] ? routers[1] : routers[0]);
  if (idle && idle.chunksOut > 0) problems.push(`same-router: the idle router sent ${idle.chunksOut} chunk frames`);
  return { routers, serverCpu, maxStep, variants, comparisons, problems };
}

function compare(same: StepResult, cross: StepResult): Comparison {
  return {
    size: same.size,
    bothPassed: same.pass && cross.pass,
    p50SameMs: same.latency.p50,
    p50CrossMs: cross.latency.p50,
    p99SameMs: same.latency.p99,
    p99CrossMs: cross.latency.p99,
    cpuUsSame: same.cpuUsPerDelivery,
    cpuUsCross: cross.cpuUsPerDelivery,
    cpuRatio: same.cpuUsPerDelivery > 0 ? Math.round((cross.cpuUsPerDelivery / same.cpuUsPerDelivery) * 100) / 100 : NaN,
  };
}
