/** Percentile helpers of the bench on known inputs. */
import t from 'tap';
import { LatencyHistogram, percentile, summarizeMs } from '../../bench/latency-histogram.js';

void t.test('percentile: nearest rank on plain numbers', async (t) => {
  const values = [5, 1, 4, 2, 3];
  t.equal(percentile(values, 0.5), 3);
  t.equal(percentile(values, 0), 1);
  t.equal(percentile(values, 1), 5);
  t.equal(percentile(values, 0.99), 5);
  t.equal(percentile(values, 0.2), 1);
  t.equal(percentile(values, 0.21), 2);
  t.same(values, [5, 1, 4, 2, 3], 'input left alone');
  t.ok(Number.isNaN(percentile([], 0.5)));
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  t.equal(percentile(hundred, 0.99), 99);
  t.equal(percentile(hundred, 0.5), 50);
});

void t.test('LatencyHistogram is exact below 128 µs', async (t) => {
  const h = new LatencyHistogram();
  for (let us = 1; us <= 100; us++) h.record(us);
  t.equal(h.count, 100);
  t.equal(h.percentile(0.5), 50);
  t.equal(h.percentile(0.99), 99);
  t.equal(h.percentile(1), 100);
  t.equal(h.percentile(0), 1);
  t.equal(h.mean, 50.5);
});

void t.test('LatencyHistogram stays within 1.6 % up to minutes', async (t) => {
  const h = new LatencyHistogram();
  const values: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const us = Math.round(130 * 1.006 ** i); // 130 µs … ~20 s
    values.push(us);
    h.record(us);
  }
  for (const q of [0.1, 0.5, 0.9, 0.99, 0.999]) {
    const exact = percentile(values, q);
    const got = h.percentile(q);
    t.ok(Math.abs(got - exact) / exact <= 1 / 64, `q=${q}: ${got} vs exact ${exact}`);
  }
  t.equal(h.max, values.at(-1), 'max is exact');
});

void t.test('merge and snapshot round-trip, as between generator processes', async (t) => {
  const a = new LatencyHistogram();
  const b = new LatencyHistogram();
  for (let i = 0; i < 500; i++) a.record(200 + i);
  for (let i = 0; i < 500; i++) b.record(5000 + i * 10);
  const merged = LatencyHistogram.from(JSON.parse(JSON.stringify(a.snapshot())) as ReturnType<LatencyHistogram['snapshot']>).merge(b.snapshot());
  t.equal(merged.count, 1000);
  t.equal(merged.min, 200);
  t.equal(merged.max, 5000 + 4990);
  t.ok(Math.abs(merged.percentile(0.5) - 699) / 699 < 1 / 64, 'median at the top of the first half');
  t.ok(Math.abs(merged.percentile(0.75) - 7490) / 7490 < 1 / 64);
  t.equal(new LatencyHistogram().merge(new LatencyHistogram()).count, 0, 'empty merge');
  t.ok(Number.isNaN(new LatencyHistogram().percentile(0.5)));
});

void t.test('bins count values into [edge, next edge)', async (t) => {
  const h = new LatencyHistogram();
  for (const us of [100, 400, 999, 1000, 1500, 3000, 250_000]) h.record(us);
  t.same(h.bins([0, 500, 1000, 2000, 5000]), [2, 1, 2, 1, 1], 'the last bin is open');
});

void t.test('summarizeMs reports milliseconds', async (t) => {
  const h = new LatencyHistogram();
  for (let us = 1; us <= 100; us++) h.record(us * 10);
  const s = summarizeMs(h);
  t.equal(s.count, 100);
  t.equal(s.max, 1);
  t.ok(Math.abs(s.p50 - 0.5) <= 0.01, `p50 ${s.p50}`);
  t.ok(Math.abs(s.p99 - 0.99) <= 0.02, `p99 ${s.p99}`);
});
