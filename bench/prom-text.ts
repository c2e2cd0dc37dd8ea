/**
 * A reader for the Prometheus text exposition format (what GET /metrics
 * returns), enough for the bench report and the metrics test: samples with
 * labels, and histograms with quantiles estimated from their buckets.
 */

export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface PromHistogram {
  /** Cumulative counts by upper bound, ascending; the last bound is +Inf. */
  buckets: { le: number; count: number }[];
  sum: number;
  count: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parsePromText(text: string): PromSample[] {
  const samples: PromSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(LABEL)) {
      labels[label[1] ?? ''] = (label[2] ?? '').replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    samples.push({ name: match[1] ?? '', labels, value: parseValue(match[3] ?? 'NaN') });
  }
  return samples;
}

function parseValue(raw: string): number {
  if (raw === '+Inf') return Infinity;
  if (raw === '-Inf') return -Infinity;
  return Number(raw);
}

function matches(sample: PromSample, labels: Record<string, string>): boolean {
  return Object.entries(labels).every(([k, v]) => sample.labels[k] === v);
}

/** Sum of the samples named `name` whose labels include `labels` (0 when there are none). */
export function promValue(samples: readonly PromSample[], name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const s of samples) if (s.name === name && matches(s, labels)) total += s.value;
  return total;
}

/** The histogram `name` (summed over label sets that include `labels`). */
export function promHistogram(samples: readonly PromSample[], name: string, labels: Record<string, string> = {}): PromHistogram {
  const byLe = new Map<number, number>();
  for (const s of samples) {
    if (s.name !== `${name}_bucket` || !matches(s, labels)) continue;
    const le = parseValue(s.labels.le ?? '+Inf');
    byLe.set(le, (byLe.get(le) ?? 0) + s.value);
  }
  const buckets = [...byLe].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
  return { buckets, sum: promValue(samples, `${name}_sum`, labels), count: promValue(samples, `${name}_count`, labels) };
}

/**
 * Quantile q (0..1) of a histogram by linear interpolation inside the bucket
 * that holds it, as Prometheus' histogram_quantile does. NaN when empty; the
 * highest finite bound when q falls in the +Inf bucket.
 */
export function histogramQuantile(histogram: PromHistogram, q: number): number {
  const total = histogram.buckets.at(-1)?.count ?? 0;
  if (total === 0) return NaN;
  const rank = q * total;
  let previousLe = 0;
  let previousCount = 0;
  for (const { le, count } of histogram.buckets) {
    if (count >= rank) {
      if (!Number.isFinite(le)) return previousLe;
      if (count === previousCount) return le;
      return previousLe + ((le - previousLe) * (rank - previousCount)) / (count - previousCount);
    }
    previousLe = le;
    previousCount = count;
  }
  return previousLe;
}

/** The difference of two scrapes of one histogram (after − before), for one bench step. */
export function histogramDelta(after: PromHistogram, before: PromHistogram): PromHistogram {
  const earlier = new Map(before.buckets.map((b) => [b.le, b.count]));
  return {
    buckets: after.buckets.map((b) => ({ le: b.le, count: b.count - (earlier.get(b.le) ?? 0) })),
    sum: after.sum - before.sum,
    count: after.count - before.count,
  };
}
