/** The bench's SVG chart writer on known inputs: ticks, coordinates, escaping, empty data. */
import t from 'tap';
import { barChart, escapeXml, formatTick, lineChart, niceTicks } from '../../bench/svg-chart.js';

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
  t.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="320"/);
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
