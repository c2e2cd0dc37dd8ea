/**
 * A tiny cross-router run (T=2 talkers × 2 listeners, 2 s per variant) on a
 * real ring of two `voxring serve` processes sharing the test Postgres:
 * both variants deliver every packet once, in order, with every message
 * ended, and the routers' own counters show who served: in the same-router
 * run router A alone (B only keeps the replica), in the cross-router run A
 * took the chunks, relayed them over the link, and B sent every delivery. No timing assertions: the
 * p99 limit is set out of reach.
 */
import t from 'tap';
import { loadPayloads } from '../../bench/opus-payloads.js';
import { Progress } from '../../bench/progress.js';
import { runCrossRouter } from '../../bench/scenarios/cross-router.js';
import { testPostgresUrl } from '../helpers/services.js';

void t.test('cross-router smoke run on a ring of two router processes', async (t) => {
  const { ladders, summary } = await runCrossRouter({
    postgresUrl: testPostgresUrl(),
    listeners: 2,
    steps: [2],
    max: 2,
    stepSeconds: 2,
    warmupSeconds: 0,
    p99LimitMs: 60_000,
    bisect: 0,
    workers: 0,
    packets: await loadPayloads('fixture'),
    progress: new Progress(process.stderr, true),
  });
  t.same(
    ladders.map((l) => l.server),
    ['same-router', 'cross-router'],
  );
  t.same(summary.problems, [], 'no problem noted');
  const [a, b] = summary.routers;
  for (const ladder of ladders) {
    t.equal(ladder.error, undefined, `${ladder.server}: the ladder ran to its end`);
    t.equal(ladder.steps.length, 1);
    const step = ladder.steps[0]!;
    t.ok(step.pass, `${ladder.server}: the step passed ${step.reason}`);
    t.equal(step.sent, 2 * 100, `${ladder.server}: each talker sent 2 s of 20 ms packets`);
    t.equal(step.expectedDeliveries, step.sent * 2);
    t.equal(step.delivered, step.expectedDeliveries, `${ladder.server}: every packet reached both listeners`);
    t.equal(step.lost + step.duplicates + step.outOfOrder + step.corrupt + step.unfinished + step.disconnects, 0, `${ladder.server}: no loss, duplicate, reordering or unfinished message`);
    t.same(step.errors, {});
    t.equal(ladder.maxSustained, 2);
  }
  // Whole-ladder counts: exact, since every message had ended (there is no warm-up step here).
  const [same, cross] = summary.variants;
  const routerOf = (variant: typeof same, id: string | undefined) => variant?.totals.find((r) => r.id === id);
  t.equal(routerOf(same, a)?.chunksIn, 200, 'same-router: A took every chunk');
  t.equal(routerOf(same, a)?.chunksOut, ladders[0]!.steps[0]!.delivered, 'same-router: A sent every delivery');
  t.equal(routerOf(same, b)?.chunksOut, 0, 'same-router: B sent nothing');
  t.equal(routerOf(cross, a)?.chunksIn, 200, 'cross-router: A took every chunk');
  t.equal(routerOf(cross, a)?.chunksOut, 0, 'cross-router: A had no local listener');
  t.equal(routerOf(cross, b)?.chunksOut, ladders[1]!.steps[0]!.delivered, "cross-router: B, the listeners' home, sent every delivery");
  t.ok((routerOf(cross, a)?.linkFramesSent ?? 0) >= 200, 'cross-router: A relayed at least every chunk over the link');
  t.ok((routerOf(cross, b)?.linkFramesReceived ?? 0) >= 200, 'cross-router: B received them');
  t.ok((routerOf(same, a)?.linkFramesSent ?? 0) >= 200, 'same-router: A still replicated every chunk to B (its talkers’ next router)');
  t.equal(summary.comparisons.length, 1);
  t.ok(summary.comparisons[0]!.bothPassed);
});
