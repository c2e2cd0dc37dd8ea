/**
 * The latest-figures table at the bottom of bench/README.md: written after
 * a run with --update-readme (scenarios the run skipped keep their newest
 * saved report), or from saved results with `voxring bench readme`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCENARIOS, BENCH_USAGE, type Scenario } from './bench-config.js';
import { stormTargets, walkieTargets } from './bench-targets.js';
import { targetTable, writeReport, type ScenarioReport } from './report.js';
import { projectRoot } from './server-process.js';

/** A report this run (or an earlier one) wrote. */
export type Written = { scenario: Scenario; md: string; report: ScenarioReport };

/**
 * The newest saved report in `dir` of every scenario this run did not
 * write, so that a run of one scenario (`make bench BENCH=walkie`) keeps
 * the others' latest figures in the README table.
 */
export async function latestSaved(dir: string, written: readonly Written[]): Promise<Written[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).sort();
  const found: Written[] = [];
  for (const scenario of SCENARIOS) {
    if (written.some((w) => w.scenario === scenario)) continue;
    const newest = names.filter((name) => new RegExp(`^\\d{4}(-\\d{2}){4}-${scenario}\\.json$`).test(name)).pop();
    if (newest === undefined) continue;
    const report = JSON.parse(await readFile(path.join(dir, newest), 'utf8')) as ScenarioReport;
    found.push({ scenario, md: path.join(dir, newest.replace(/\.json$/, '.md')), report });
  }
  return found;
}


/**
 * `bench readme a.json b.json …`: recomputes the targets of saved reports (e.g. the quietest run of
 * each scenario), rewrites their Markdown and charts, and the table of bench/README.md.
 */
export async function readmeFrom(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error(`voxring bench readme: name the result .json files\n\n${BENCH_USAGE}`);
    return 2;
  }
  const reports = await Promise.all(files.map(async (file) => ({ file, report: JSON.parse(await readFile(file, 'utf8')) as ScenarioReport })));
  const storm = reports.find((r) => r.report.scenario === 'storm')?.report.storm;
  const growth = storm?.map((r) => r.rssPerConnectionBytes).filter((b) => b > 0) ?? [];
  const written: { scenario: Scenario; md: string; report: ScenarioReport }[] = [];
  for (const { file, report } of reports) {
    if (report.scenario === 'storm' && report.storm) report.targets = stormTargets(report.storm);
    if (report.scenario === 'walkie' && report.ladders) {
      const listeners = typeof report.options.listeners === 'number' ? report.options.listeners : 4;
      report.targets = walkieTargets(report.ladders, listeners, growth.length > 0 ? Math.max(...growth) : undefined);
    }
    const md = await writeReport(path.dirname(file), report);
    written.push({ scenario: report.scenario, md, report });
  }
  await updateReadme(written);
  return 0;
}

const README_START = '<!-- latest-figures:start -->';
const README_END = '<!-- latest-figures:end -->';

/** Rewrites the table between the latest-figures markers (or appends it). */
export async function updateReadme(written: Written[]): Promise<void> {
  const readme = path.join(projectRoot(), 'bench', 'README.md');
  const text = await readFile(readme, 'utf8');
  const runs = written.map((w) => `${w.scenario} ${w.report.date} (load average ${w.report.machine.loadAverageAtStart[0] ?? '?'} at start)`);
  const lines = [README_START, '', `From \`make bench\` on ${written[0]?.report.machine.cpus ?? '?'} CPUs: ${runs.join(', ')}.`, ''];
  const walkie = written.find((w) => w.scenario === 'walkie')?.report;
  if (walkie?.ladders) {
    lines.push('| walkie server | max sustained T | CPU µs per delivery at T=100 | at T=200 | p50 / p99 at T=200 (ms) |', '| --- | --- | --- | --- | --- |');
    for (const l of walkie.ladders) {
      const s100 = l.steps.find((s) => s.size === 100);
      const s200 = l.steps.find((s) => s.size === 200);
      lines.push(`| ${l.server} | ${l.maxSustained} | ${s100?.cpuUsPerDelivery ?? '–'} | ${s200?.cpuUsPerDelivery ?? '–'} | ${s200 ? `${s200.latency.p50} / ${s200.latency.p99}` : '–'} |`);
    }
    lines.push('');
  }
  const fanout = written.find((w) => w.scenario === 'fanout')?.report;
  if (fanout?.ladders) {
    lines.push('| fanout server | max sustained listeners | best step: deliveries/s, p99 (ms) |', '| --- | --- | --- |');
    for (const l of fanout.ladders) {
      const best = l.steps.find((s) => s.size === l.maxSustained);
      lines.push(`| ${l.server} | ${l.maxSustained} | ${best ? `${best.deliveredPerSecond}, ${best.latency.p99}` : '–'} |`);
    }
    lines.push('');
  }
  const targets = written.flatMap((w) => w.report.targets);
  if (targets.length > 0) lines.push(...targetTable(targets), '');
  lines.push('Reports: ' + written.map((w) => `[${w.scenario}](results/${path.basename(w.md)})`).join(', ') + '.', '', README_END);
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  const next = start >= 0 && end > start ? text.slice(0, start) + lines.join('\n') + text.slice(end + README_END.length) : `${text.trimEnd()}\n\n## Latest figures\n\n${lines.join('\n')}\n`;
  await writeFile(readme, next);
}

