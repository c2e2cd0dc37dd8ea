/**
 * Latency recording for the load generators: a log-linear histogram of
 * integer microseconds (HdrHistogram's layout, 64 sub-buckets per power of
 * two, so every value is kept within 1/64 ≈ 1.6 %), mergeable across
 * generator processes, plus exact percentiles of plain arrays.
 *
 *   value v < 128        → bucket v                  (exact)
 *   2^(e+6) ≤ v < 2^(e+7) → bucket 64·(e+1) + (v >> e) − 64
 *
 * Recording allocates nothing; values past MAX_US land in the last bucket.
 */

const SUB_BUCKETS = 64;
/** 2^31 µs ≈ 36 min: more than any bench step. */
const MAX_EXPONENT = 25;
const BUCKETS = SUB_BUCKETS * (MAX_EXPONENT + 2);

function bucketOf(us: number): number {
  const v = us < 0 ? 0 : Math.floor(us);
  if (v < 2 * SUB_BUCKETS) return v;
  const e = Math.min(31 - Math.clz32(v) - 6, MAX_EXPONENT);
  const index = SUB_BUCKETS * (e + 1) + Math.min((v / 2 ** e) | 0, 2 * SUB_BUCKETS - 1) - SUB_BUCKETS;
  return Math.min(index, BUCKETS - 1);
}

/** Lowest value of a bucket, in µs. */
function bucketFloor(index: number): number {
  if (index < 2 * SUB_BUCKETS) return index;
  const e = Math.floor(index / SUB_BUCKETS) - 1;
  return (index - SUB_BUCKETS * (e + 1) + SUB_BUCKETS) * 2 ** e;
}

/** Midpoint of a bucket: the value reported for everything recorded in it. */
function bucketValue(index: number): number {
  if (index < 2 * SUB_BUCKETS) return index;
  const e = Math.floor(index / SUB_BUCKETS) - 1;
  return bucketFloor(index) + (2 ** e - 1) / 2;
}

/** A compact, JSON-safe form: [bucket, count] pairs of the non-empty buckets. */
export interface HistogramSnapshot {
  counts: [number, number][];
  min: number;
  max: number;
  sum: number;
}

export class LatencyHistogram {
  private readonly counts = new Uint32Array(BUCKETS);
  count = 0;
  sum = 0;
  min = Infinity;
  max = 0;

  /** Records one value in microseconds. */
  record(us: number): void {
    this.counts[bucketOf(us)]! += 1;
    this.count++;
    this.sum += us;
    if (us < this.min) this.min = us;
    if (us > this.max) this.max = us;
  }

  /** Value at quantile q (0..1) in µs, within 1.6 %; exact min and max at 0 and 1; NaN when empty. */
  percentile(q: number): number {
    if (this.count === 0) return NaN;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    const rank = Math.ceil(q * this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(Math.max(bucketValue(i), this.min), this.max);
    }
    return this.max;
  }

  get mean(): number {
    return this.count === 0 ? NaN : this.sum / this.count;
  }

  merge(other: LatencyHistogram | HistogramSnapshot): this {
    const snapshot = other instanceof LatencyHistogram ? other.snapshot() : other;
    for (const [index, count] of snapshot.counts) {
      this.counts[index]! += count;
      this.count += count;
    }
    this.sum += snapshot.sum;
    if (snapshot.counts.length > 0) {
      this.min = Math.min(this.min, snapshot.min);
      this.max = Math.max(this.max, snapshot.max);
    }
    return this;
  }

  snapshot(): HistogramSnapshot {
    const counts: [number, number][] = [];
    for (let i = 0; i < BUCKETS; i++) if (this.counts[i]) counts.push([i, this.counts[i]!]);
    return { counts, min: this.count ? this.min : 0, max: this.max, sum: this.sum };
  }

  static from(snapshot: HistogramSnapshot): LatencyHistogram {
    return new LatencyHistogram().merge(snapshot);
  }

  /** Counts per bucket of [edges[i], edges[i+1]) in µs, for a histogram chart; the last bin is open. */
  bins(edges: readonly number[]): number[] {
    const out = edges.map(() => 0);
    for (let i = 0; i < BUCKETS; i++) {
      const n = this.counts[i]!;
      if (!n) continue;
      const v = bucketValue(i);
      let bin = 0;
      while (bin + 1 < edges.length && v >= edges[bin + 1]!) bin++;
      out[bin]! += n;
    }
    return out;
  }
}

/** Exact percentile of plain numbers (nearest rank); NaN for an empty list. Does not modify `values`. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (q <= 0) return sorted[0]!;
  if (q >= 1) return sorted[sorted.length - 1]!;
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

export interface Summary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** p50/p90/p99/max/mean in milliseconds of a µs histogram, rounded to 0.01 ms. */
export function summarizeMs(histogram: LatencyHistogram): Summary {
  const ms = (us: number): number => (Number.isFinite(us) ? Math.round(us / 10) / 100 : NaN);
  return {
    count: histogram.count,
    p50: ms(histogram.percentile(0.5)),
    p90: ms(histogram.percentile(0.9)),
    p99: ms(histogram.percentile(0.99)),
    max: ms(histogram.max),
    mean: ms(histogram.mean),
  };
}
