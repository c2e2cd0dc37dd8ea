/** The Prometheus text reader the bench and the metrics test use, on known text. */
import t from 'tap';
import { histogramDelta, histogramQuantile, parsePromText, promHistogram, promValue } from '../../bench/prom-text.js';

const TEXT = `# HELP voxring_chunks_in_total Chunks accepted.
# TYPE voxring_chunks_in_total counter
voxring_chunks_in_total 40
voxring_errors_total{code="VOX_CHUNK_RATE"} 2
voxring_errors_total{code="VOX_MESSAGE_NOT_LIVE"} 1
odd{msg="a \\"quoted\\" \\\\ value"} 7
voxring_fanout_seconds_bucket{le="0.001"} 10
voxring_fanout_seconds_bucket{le="0.01"} 30
voxring_fanout_seconds_bucket{le="0.1"} 40
voxring_fanout_seconds_bucket{le="+Inf"} 40
voxring_fanout_seconds_sum 0.5
voxring_fanout_seconds_count 40
`;

void t.test('samples with labels', async (t) => {
  const samples = parsePromText(TEXT);
  t.equal(promValue(samples, 'voxring_chunks_in_total'), 40);
  t.equal(promValue(samples, 'voxring_errors_total'), 3, 'summed over label sets');
  t.equal(promValue(samples, 'voxring_errors_total', { code: 'VOX_CHUNK_RATE' }), 2);
  t.equal(promValue(samples, 'missing'), 0);
  t.equal(samples.find((s) => s.name === 'odd')?.labels.msg, 'a "quoted" \\ value', 'escapes undone');
});

void t.test('histograms and their quantiles', async (t) => {
  const h = promHistogram(parsePromText(TEXT), 'voxring_fanout_seconds');
  t.equal(h.count, 40);
  t.equal(h.sum, 0.5);
  t.same(h.buckets.map((b) => b.le), [0.001, 0.01, 0.1, Infinity]);
  t.equal(histogramQuantile(h, 0.25), 0.001, 'rank 10 is the top of the first bucket');
  t.ok(Math.abs(histogramQuantile(h, 0.5) - 0.0055) < 1e-12, 'interpolated inside the second bucket');
  t.equal(histogramQuantile(h, 1), 0.1);
  t.ok(Number.isNaN(histogramQuantile({ buckets: [], sum: 0, count: 0 }, 0.5)), 'empty');
  const overflow = { buckets: [{ le: 1, count: 1 }, { le: Infinity, count: 10 }], sum: 0, count: 10 };
  t.equal(histogramQuantile(overflow, 0.99), 1, 'the +Inf bucket reports the highest finite bound');
});

void t.test('the delta of two scrapes is one step', async (t) => {
  const before = promHistogram(parsePromText(TEXT), 'voxring_fanout_seconds');
  const after = { buckets: before.buckets.map((b) => ({ le: b.le, count: b.count + 5 })), sum: 1, count: 45 };
  const delta = histogramDelta(after, before);
  t.equal(delta.count, 5);
  t.equal(delta.sum, 0.5);
  t.same(delta.buckets.map((b) => b.count), [5, 5, 5, 5]);
});
