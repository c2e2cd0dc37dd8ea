/**
 * The Markdown section of the cross-router report: the overhead of the relay
 * hop (latency and CPU per delivered frame, cross-router against
 * same-router at each T both ran, and the max sustained T of each), and
 * each step's cost split between the two routers.
 */
import type { CrossRouterSummary } from './cross-router.js';

const fmt = (v: number | undefined, digits = 2): string => (v === undefined || !Number.isFinite(v) ? '–' : String(Math.round(v * 10 ** digits) / 10 ** digits));
const signed = (v: number): string => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${fmt(v)}` : '–');

/** Markdown lines of the overhead tables. */
export function crossRouterSection(summary: CrossRouterSummary): string[] {
  const [a = '?', b = '?'] = summary.routers;
  const same = summary.variants.find((v) => v.variant === 'same-router');
  const cross = summary.variants.find((v) => v.variant === 'cross-router');
  const out = ['## Cross-router overhead', ''];
  out.push(
    `Two routers in one ring (static peers, one Postgres schema), A = \`${a}\` and B = \`${b}\`, both pinned to CPU ${summary.serverCpu}; ` +
      'CPU figures are both routers summed. *same-router*: talkers and listeners homed on A (B only keeps each live message’s replica: it is the talkers’ next router). ' +
      '*cross-router*: talkers homed on A, their listeners on B, connected to B: A relays every chunk once over the A → B link and B fans it out.',
    '',
  );
  if (summary.problems.length > 0) out.push(...summary.problems.map((p) => `> **${p}**`), '');
  if (same && cross) {
    const ratio = same.maxSustained > 0 ? cross.maxSustained / same.maxSustained : NaN;
    out.push('| | same-router | cross-router | cross / same |', '| --- | --- | --- | --- |');
    const max = (t: number): string => (t === 0 ? '–' : t >= summary.maxStep ? `≥ ${t} (the largest step, --max)` : String(t));
    // A ladder that passed its largest step has a floor, not a limit: the ratio is then a bound.
    const bound = same.maxSustained >= summary.maxStep && cross.maxSustained < summary.maxStep ? '≤ ' : cross.maxSustained >= summary.maxStep && same.maxSustained < summary.maxStep ? '≥ ' : '';
    out.push(`| max sustained T | ${max(same.maxSustained)} | ${max(cross.maxSustained)} | ${bound}${fmt(ratio)}× |`, '');
    const extra = [same, cross].filter((v) => v.comparisonOnly.length > 0).map((v) => `${v.variant} T = ${v.comparisonOnly.join(', ')}`);
    if (extra.length > 0) {
      out.push(`Run past the ladder's first failure, only for this comparison (max sustained T is the ladder's): ${extra.join('; ')}.`, '');
    }
  }
  out.push(
    '| T | p50 same / cross (ms) | Δ p50 (ms) | p99 same / cross (ms) | Δ p99 (ms) | CPU µs per delivery same / cross | cross / same | both passed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const c of summary.comparisons) {
    out.push(
      `| ${c.size} | ${fmt(c.p50SameMs)} / ${fmt(c.p50CrossMs)} | ${signed(c.p50CrossMs - c.p50SameMs)} | ${fmt(c.p99SameMs)} / ${fmt(c.p99CrossMs)} | ${signed(c.p99CrossMs - c.p99SameMs)} | ` +
        `${fmt(c.cpuUsSame)} / ${fmt(c.cpuUsCross)} | ${fmt(c.cpuRatio)}× | ${c.bothPassed ? 'yes' : 'no'} |`,
    );
  }
  out.push(
    '',
    "CPU per delivery is the routers' CPU during the stream phase over the deliveries of the step: a step that falls behind (p50 well above 1 ms) " +
      'finishes part of its work after that window, so its figure is understated; compare at the T both passed. ' +
      'Both routers share one core, so in the cross-router run every chunk also waits for that core to switch from A to B ' +
      '(on separate machines the hop would cost a network round trip instead); a step marked generator saturated measured the generator as much as the ring.',
  );
  out.push('', '### Per router (stream phase of each step)', '');
  out.push(
    '| variant | T | CPU ms A / B | B share of CPU | chunks in A / B | chunk frames to listeners A / B | link frames A → B (sent / received) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const v of summary.variants) {
    const rows = [...v.steps].sort((x, y) => x.size - y.size).map((step) => ({ label: String(step.size), routers: step.routers }));
    rows.push({ label: 'whole ladder', routers: v.totals });
    for (const row of rows) {
      const ra = row.routers.find((r) => r.id === a);
      const rb = row.routers.find((r) => r.id === b);
      if (!ra || !rb) {
        out.push(`| ${v.variant} | ${row.label} | – | – | – | – | – |`);
        continue;
      }
      const total = ra.cpuUs + rb.cpuUs;
      out.push(
        `| ${v.variant} | ${row.label} | ${fmt(ra.cpuUs / 1000, 0)} / ${fmt(rb.cpuUs / 1000, 0)} | ${total > 0 ? `${fmt((rb.cpuUs / total) * 100, 0)} %` : '–'} | ` +
          `${ra.chunksIn} / ${rb.chunksIn} | ${ra.chunksOut} / ${rb.chunksOut} | ${ra.linkFramesSent} / ${rb.linkFramesReceived} |`,
      );
    }
  }
  out.push(
    '',
    'Per-router figures come from each router\'s `/proc` CPU time, `/metrics` counters and `GET /v1/admin/ring` link counters, read around each stream phase ' +
      '(just outside the summed-CPU window of the step tables, so they may differ from it by a scrape; chunks still in flight at its end count in the next row). ' +
      '*whole ladder*: from before the first step to after the last, setup, warm-up and the end of every message included (exact counts). Link frames count every relay frame on the links (headers, chunks, ends, timeline pushes).',
    '',
  );
  return out;
}
