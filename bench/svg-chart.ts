/**
 * A tiny SVG chart writer for the bench reports: line charts (several series
 * over a shared numeric x axis, optional log y) and grouped bar charts.
 * Output is deterministic and self-contained (no scripts, no external fonts),
 * so a report renders the same on GitHub and in a browser.
 *
 * Layout: the plot keeps `width` × `height`; a legend adds a column to the
 * right of it (never over the lines) and a caption adds lines below:
 *
 *   ┌ title ─────────────────────────────┬────────┐
 *   │ y │ plot area                       │ legend │
 *   │   └──────────── x ──────────────────│        │
 *   ├ caption ───────────────────────────────────── ┤
 */

export interface LineSeries {
  name: string;
  points: readonly (readonly [number, number])[];
  /** Palette index (default: the series' position), so related series can share a colour. */
  color?: number;
  dashed?: boolean;
  /** x values of the points that failed (drawn with a red cross and a legend entry of their own). */
  failedAt?: readonly number[];
}

export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly LineSeries[];
  /** Logarithmic y axis (values ≤ 0 are dropped). */
  logY?: boolean;
  /** The legend's label for failed points (default FAILED_LABEL). */
  failedLabel?: string;
  /** A sentence or two under the chart (what the axes mean), wrapped to the chart's width. */
  caption?: string;
  /** Of the plot and its axes; a legend and a caption add to it. */
  width?: number;
  height?: number;
}

export interface BarChartOptions {
  title: string;
  yLabel: string;
  categories: readonly string[];
  series: readonly { name: string; values: readonly number[] }[];
  caption?: string;
  width?: number;
  height?: number;
}

/** The legend entry of failed points unless a chart names its own. */
export const FAILED_LABEL = 'failed step: p99 over target or loss';
const FAILED_COLOR = '#d00';

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
const MARGIN = { top: 36, right: 16, bottom: 48, left: 64 };
const LEGEND_ROW = 16;
const LEGEND_GAP = 16;
/** Average glyph width of the 11 px sans-serif text, for sizing the legend and wrapping captions. */
const CHAR_WIDTH = 6.2;
const CAPTION_ROW = 14;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Short, readable number: 1234 → "1.2k", 0.00012 → "0.00012". */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e4) return `${trim(value / 1e3)}k`;
  if (abs === 0) return '0';
  return trim(value);
}

function trim(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/** "Nice" linear ticks (1, 2, 5 × 10^k steps) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max === min) {
    const pad = max === 0 ? 1 : Math.abs(max) * 0.5;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if ((ticks.at(-1) ?? min) < max) ticks.push(Number((start + ticks.length * step).toPrecision(12)));
  return ticks;
}

/** Powers of ten covering [min, max] (both > 0). */
function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e);
  return ticks.length >= 2 ? ticks : [10 ** Math.floor(Math.log10(min)), 10 ** (Math.floor(Math.log10(min)) + 1)];
}

interface LegendEntry {
  name: string;
  color: string;
  mark: 'box' | 'line' | 'dashed' | 'cross';
}

/**
 * The whole picture: the plot (`width` × `height`, already in `body`), the
 * legend in a column right of it, the caption under both.
 */
function frame(width: number, height: number, title: string, body: string[], entries: readonly LegendEntry[] = [], caption?: string): string {
  const legendW = entries.length > 0 ? LEGEND_GAP + legendWidth(entries) : 0;
  const fullW = width + legendW;
  const captionLines = caption ? wrap(caption, Math.floor((fullW - 2 * 8) / CHAR_WIDTH)) : [];
  const legendBottom = MARGIN.top + entries.length * LEGEND_ROW;
  const fullH = Math.max(height, legendBottom + 8) + (captionLines.length > 0 ? captionLines.length * CAPTION_ROW + 6 : 0);
  const captionTop = Math.max(height, legendBottom + 8);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fullW}" height="${fullH}" viewBox="0 0 ${fullW} ${fullH}" font-family="sans-serif" font-size="11">`,
    `<rect width="${fullW}" height="${fullH}" fill="#fff"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${escapeXml(title)}</text>`,
    ...body,
    ...legend(entries, width + LEGEND_GAP - MARGIN.right, MARGIN.top),
    ...captionLines.map((line, i) => `<text x="8" y="${captionTop + i * CAPTION_ROW + 10}" fill="#444">${escapeXml(line)}</text>`),
    '</svg>',
    '',
  ].join('\n');
}

function legendWidth(entries: readonly LegendEntry[]): number {
  return Math.ceil(14 + Math.max(...entries.map((e) => e.name.length)) * CHAR_WIDTH + 8);
}

/** Greedy word wrap at `columns` characters (a longer word gets a line of its own). */
export function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > columns) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function legend(entries: readonly LegendEntry[], x: number, y: number): string[] {
  return entries.map(({ name, color, mark: kind }, i) => {
    const top = y + i * LEGEND_ROW;
    const mark =
      kind === 'box'
        ? `<rect x="${x}" y="${top}" width="10" height="10" fill="${color}"/>`
        : kind === 'cross'
          ? cross(x + 5, top + 5, color)
          : `<line x1="${x}" y1="${top + 5}" x2="${x + 10}" y2="${top + 5}" stroke="${color}" stroke-width="2"${kind === 'dashed' ? ' stroke-dasharray="3 2"' : ''}/>`;
    return `${mark}<text x="${x + 14}" y="${top + 9}">${escapeXml(name)}</text>`;
  });
}

/** An × centred on (x, y). */
function cross(x: number, y: number, color: string): string {
  const d = 4;
  return `<path d="M${round(x - d)},${round(y - d)} L${round(x + d)},${round(y + d)} M${round(x - d)},${round(y + d)} L${round(x + d)},${round(y - d)}" stroke="${color}" stroke-width="2" fill="none"/>`;
}

const round = (v: number): number => Math.round(v * 10) / 10;

export function lineChart(options: LineChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const series = options.series.map((s, i) => ({
    name: s.name,
    color: COLORS[(s.color ?? i) % COLORS.length]!,
    dashed: s.dashed === true,
    failedAt: new Set(s.failedAt ?? []),
    points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!options.logY || y > 0)),
  }));
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const body: string[] = [];
  if (xs.length === 0) {
    body.push(`<text x="${width / 2}" y="${height / 2}" text-anchor="middle">no data</text>`);
    return frame(width, height, options.title, body, [], options.caption);
  }
  const xTicks = niceTicks(Math.min(...xs), Math.max(...xs));
  const yTicks = options.logY ? logTicks(Math.min(...ys), Math.max(...ys)) : niceTicks(Math.min(0, ...ys), Math.max(...ys));
  const [x0, x1] = [xTicks[0]!, xTicks.at(-1)!];
  const [y0, y1] = [yTicks[0]!, yTicks.at(-1)!];
  const sx = (x: number): number => round(MARGIN.left + ((x - x0) / (x1 - x0 || 1)) * plotW);
  const sy = options.logY
    ? (y: number): number => round(MARGIN.top + plotH - ((Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0) || 1)) * plotH)
    : (y: number): number => round(MARGIN.top + plotH - ((y - y0) / (y1 - y0 || 1)) * plotH);
  body.push(...axes(height, plotW, plotH, options.xLabel, options.yLabel));
  for (const t of xTicks) {
    body.push(`<line x1="${sx(t)}" y1="${MARGIN.top + plotH}" x2="${sx(t)}" y2="${MARGIN.top + plotH + 4}" stroke="#333"/>`);
    body.push(`<text x="${sx(t)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${formatTick(t)}</text>`);
  }
  for (const t of yTicks) {
    body.push(`<line x1="${MARGIN.left}" y1="${sy(t)}" x2="${MARGIN.left + plotW}" y2="${sy(t)}" stroke="#eee"/>`);
    body.push(`<text x="${MARGIN.left - 6}" y="${sy(t) + 4}" text-anchor="end">${formatTick(t)}</text>`);
  }
  for (const s of series) {
    if (s.points.length === 0) continue;
    const path = s.points.map(([x, y], j) => `${j === 0 ? 'M' : 'L'}${sx(x)},${sy(y)}`).join(' ');
    body.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 3"' : ''}/>`);
    for (const [x, y] of s.points) body.push(`<circle cx="${sx(x)}" cy="${sy(y)}" r="2.5" fill="${s.color}"/>`);
  }
  // Crosses last, so no line covers them.
  let anyFailed = false;
  for (const s of series) {
    for (const [x, y] of s.points) {
      if (!s.failedAt.has(x)) continue;
      body.push(cross(sx(x), sy(y), FAILED_COLOR));
      anyFailed = true;
    }
  }
  const entries: LegendEntry[] = series.map((s) => ({ name: s.name, color: s.color, mark: s.dashed ? 'dashed' : 'line' }));
  if (anyFailed) entries.push({ name: options.failedLabel ?? FAILED_LABEL, color: FAILED_COLOR, mark: 'cross' });
  return frame(width, height, options.title, body, entries, options.caption);
}

export function barChart(options: BarChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const values = options.series.flatMap((s) => s.values.filter(Number.isFinite));
  const body: string[] = [];
  if (options.categories.length === 0 || values.length === 0) {
    body.push(`<text x="${width / 2}" y="${height / 2}" text-anchor="middle">no data</text>`);
    return frame(width, height, options.title, body, [], options.caption);
  }
  const yTicks = niceTicks(0, Math.max(0, ...values));
  const y1 = yTicks.at(-1)!;
  const sy = (y: number): number => round(MARGIN.top + plotH - (y / (y1 || 1)) * plotH);
  body.push(...axes(height, plotW, plotH, '', options.yLabel));
  for (const t of yTicks) {
    body.push(`<line x1="${MARGIN.left}" y1="${sy(t)}" x2="${MARGIN.left + plotW}" y2="${sy(t)}" stroke="#eee"/>`);
    body.push(`<text x="${MARGIN.left - 6}" y="${sy(t) + 4}" text-anchor="end">${formatTick(t)}</text>`);
  }
  const groupW = plotW / options.categories.length;
  const barW = (groupW * 0.8) / Math.max(1, options.series.length);
  options.categories.forEach((category, c) => {
    const gx = MARGIN.left + c * groupW + groupW * 0.1;
    options.series.forEach((s, i) => {
      const v = s.values[c];
      if (v === undefined || !Number.isFinite(v)) return;
      const x = round(gx + i * barW);
      const y = sy(Math.max(0, v));
      body.push(`<rect x="${x}" y="${y}" width="${round(barW - 1)}" height="${round(MARGIN.top + plotH - y)}" fill="${COLORS[i % COLORS.length]}"><title>${escapeXml(`${s.name} ${category}: ${v}`)}</title></rect>`);
    });
    body.push(`<text x="${round(gx + groupW * 0.4)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${escapeXml(category)}</text>`);
  });
  const entries: LegendEntry[] = options.series.length > 1 ? options.series.map((s, i) => ({ name: s.name, color: COLORS[i % COLORS.length]!, mark: 'box' })) : [];
  return frame(width, height, options.title, body, entries, options.caption);
}

function axes(height: number, plotW: number, plotH: number, xLabel: string, yLabel: string): string[] {
  const bottom = MARGIN.top + plotH;
  const out = [
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotW}" y2="${bottom}" stroke="#333"/>`,
    `<text transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  ];
  if (xLabel) out.push(`<text x="${MARGIN.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(xLabel)}</text>`);
  return out;
}
