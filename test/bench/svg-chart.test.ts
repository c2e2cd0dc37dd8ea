/** The bench's SVG chart writer on known inputs: ticks, coordinates, escaping, empty data. */
import t from 'tap';
import { barChart, escapeXml, FAILED_LABEL, formatTick, lineChart, niceTicks, wrap } from '../../bench/svg-chart.js';

void t.test('niceTicks picks 1-2-5 steps that cover the range', async (t) => {
  t.same(niceTicks(0, 10), [0, 2, 4, 6, 8, 10]);
  t.same(niceTicks(0, 1), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  t.same(niceTicks(3, 97), [0, 20, 40, 60, 80, 100]);
  t.same(niceTicks(5, 5), [2, 3, 4, 5, 6, 7, 8], 'a flat range is padded');
  t.same(niceTicks(0, 0), [-1, -0.5, 0, 0.5, 1]);
  t.same(niceTicks(NaN, 1), [0, 1], 'non-finite input falls back');
});

void t.test('formatTick keeps labels short', async (t) => {
  t.equal(formatTick(0), '0');
  t.equal(formatTick(12), '12');
  t.equal(formatTick(2500), '2500');
  t.equal(formatTick(25000), '25k');
  t.equal(formatTick(3_000_000), '3M');
  t.equal(formatTick(0.25), '0.25');
  t.equal(formatTick(0.001), '0.001');
  t.equal(formatTick(0.00125), '0.00125');
});

void t.test('escapeXml', async (t) => {
  t.equal(escapeXml(`<a & "b" 'c'>`), '&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
});

void t.test('a line chart maps points onto the plot area', async (t) => {
  const svg = lineChart({
    title: 'p99 <by> T',
    xLabel: 'T',
    yLabel: 'ms',
    width: 640,
    height: 320,
    series: [
      { name: 'a', points: [[0, 0], [10, 10]] },
      { name: 'b', points: [[5, 5]], dashed: true, color: 0 },
    ],
  });
  // The legend column (two entries, 1-character names) widens the picture: 640 + 16 gap + 14 + 6.2 + 8.
  t.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="685" height="320"/);
  t.match(svg, /<\/svg>\n$/);
  t.match(svg, /p99 &lt;by&gt; T/, 'title escaped');
  // Plot area: left 64, right 640-16=624, top 36, bottom 320-48=272; axes 0..10 on both.
  t.match(svg, /<path d="M64,272 L624,36" fill="none" stroke="#1f77b4" stroke-width="2"\/>/, 'series a spans the plot');
  t.match(svg, /<circle cx="344" cy="154" r="2.5" fill="#1f77b4"\/>/, 'series b: the midpoint, in series a colour');
  t.match(svg, /stroke-dasharray="6 3"/, 'dashed series');
  t.equal((svg.match(/<circle /g) ?? []).length, 3, 'one marker per point');
  t.match(svg, />10<\/text>/, 'tick labels');
});

void t.test('a log-y line chart drops values ≤ 0 and ticks powers of ten', async (t) => {
  const svg = lineChart({ title: 'log', xLabel: 'x', yLabel: 'y', logY: true, series: [{ name: 's', points: [[1, 0], [2, 1], [3, 100]] }] });
  t.equal((svg.match(/<circle /g) ?? []).length, 2, 'the zero is dropped');
  for (const tick of ['1', '10', '100']) t.match(svg, new RegExp(`>${tick}</text>`), `tick ${tick}`);
});

void t.test('empty charts say so', async (t) => {
  t.match(lineChart({ title: 'x', xLabel: 'x', yLabel: 'y', series: [] }), />no data</);
  t.match(barChart({ title: 'x', yLabel: 'y', categories: [], series: [] }), />no data</);
});

void t.test('a bar chart draws one bar per value, scaled to the top tick', async (t) => {
  const svg = barChart({
    title: 'bars',
    yLabel: '%',
    width: 640,
    height: 320,
    categories: ['<1', '<2'],
    series: [
      { name: 'voxring', values: [10, 5] },
      { name: 'relay', values: [2, NaN] },
    ],
  });
  t.equal((svg.match(/<rect x=/g) ?? []).length - 2, 3, 'three finite values, plus two legend swatches');
  // Ticks 0..10: a value of 10 reaches the top of the plot (y 36), height 236.
  t.match(svg, /<rect x="[\d.]+" y="36" width="[\d.]+" height="236" fill="#1f77b4"><title>voxring &lt;1: 10<\/title><\/rect>/);
  t.match(svg, /<title>voxring &lt;2: 5<\/title>/);
  t.notMatch(svg, /relay &lt;2/, 'NaN is skipped');
});

/** The x of every legend label: the <text> right after a legend mark. */
function legendLabelXs(svg: string): number[] {
  return [...svg.matchAll(/(?:<rect x="[\d.]+" y="[\d.]+" width="10" height="10" fill="[^"]+"\/>|<line [^>]+\/>|<path [^>]+\/>)<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
}

void t.test('legends sit right of the plot area, never over the lines', async (t) => {
  const points = [[0, 0], [10, 10]] as const;
  const svg = lineChart({ title: 'x', xLabel: 'T', yLabel: 'ms', width: 640, height: 320, series: [{ name: 'voxring p50', points }, { name: 'uws-relay p99', points, dashed: true }] });
  const xs = legendLabelXs(svg);
  t.equal(xs.length, 2, 'one label per series');
  // The plot ends at 640 - 16 = 624; every legend mark starts at 640 or later.
  for (const x of xs) t.ok(x - 14 >= 640, `legend at ${x} is right of the plot`);
  const width = Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
  t.ok(width >= 640 + 14 + 'uws-relay p99'.length * 6, `the picture widens to hold the legend (${width})`);
  const bars = barChart({ title: 'b', yLabel: '%', categories: ['a'], width: 640, series: [{ name: 'one', values: [1] }, { name: 'two', values: [2] }] });
  for (const x of legendLabelXs(bars)) t.ok(x - 14 >= 640, 'bar chart legend right of the plot too');
});

void t.test('failed points get a red cross and a legend entry', async (t) => {
  const svg = lineChart({
    title: 'p99',
    xLabel: 'T',
    yLabel: 'ms',
    width: 640,
    height: 320,
    series: [{ name: 'a', points: [[0, 0], [5, 5], [10, 10]], failedAt: [10] }],
  });
  const crosses = [...svg.matchAll(/<path d="M([\d.]+),([\d.]+) L[\d.,]+ M[\d.,]+ L[\d.,]+" stroke="#d00"/g)];
  t.equal(crosses.length, 2, 'one cross on the plot, one in the legend');
  // The failed point (10, 10) is the top right corner of the plot (624, 36); the cross is 4 px around it.
  t.equal(`${crosses[0]?.[1]},${crosses[0]?.[2]}`, '620,32', 'the cross sits on the failed point');
  t.match(svg, new RegExp(`>${FAILED_LABEL}</text>`), 'legend entry');
  const passing = lineChart({ title: 'p99', xLabel: 'T', yLabel: 'ms', series: [{ name: 'a', points: [[0, 1]], failedAt: [] }] });
  t.notMatch(passing, /#d00/, 'no failures: no cross');
  t.notMatch(passing, new RegExp(FAILED_LABEL), 'no failures: no legend entry');
});

void t.test('a caption is wrapped under the chart', async (t) => {
  const caption = 'T = number of concurrent talkers; each talker streams in a conversation of its own with 4 listeners. '.repeat(3);
  const svg = lineChart({ title: 'x', xLabel: 'T', yLabel: 'ms', width: 640, height: 320, caption, series: [{ name: 's', points: [[1, 1]] }] });
  const lines = [...svg.matchAll(/<text x="8" y="(\d+)" fill="#444">([^<]*)<\/text>/g)];
  t.ok(lines.length >= 3, `wrapped into ${lines.length} lines`);
  t.equal(lines.map((l) => l[2]).join(' '), caption.trim(), 'every word kept, in order');
  t.ok(lines.every((l) => Number(l[1]) > 320), 'below the plot');
  const height = Number(/^<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);
  t.ok(height > Number(lines.at(-1)?.[1]), 'the picture grows to hold it');
});

void t.test('wrap breaks between words at the column limit', async (t) => {
  t.same(wrap('aa bb cc dd', 5), ['aa bb', 'cc dd']);
  t.same(wrap('a verylongword b', 4), ['a', 'verylongword', 'b']);
  t.same(wrap('  ', 10), []);
});
