/** The chaos run's reports: `<out>/chaos-<stamp>-seed<S>.json` (every figure) and `.md` (a summary), and the final line. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult } from './checker.js';
import type { FaultOutcome } from './faults.js';
import type { Ledger } from './ledger.js';

export interface RunReport {
  seed: number;
  mode: 'namespaces' | 'loopback';
  minutes: number;
  startedAt: string;
  wallSeconds: number;
  skippedFaults: string[];
  faultCounts: Record<string, number>;
  faults: FaultOutcome[];
  check: CheckResult;
  liveSamples: Ledger['liveSamples'];
  /** Starts of each router (1 + restarts), and starts that exited before listening (Postgres unreachable…). */
  routers: { id: string; url: string; starts: number; failedStarts: number }[];
  clientErrors: string[];
}

export function summaryLine(report: RunReport): string {
  const faults = Object.values(report.faultCounts).reduce((a, b) => a + b, 0);
  const { check } = report;
  return `chaos: ${faults} faults, ${check.messages} messages, ${check.ackedChunks} acked chunks, ${check.lost} lost, ${check.duplicated} duplicated`;
}

export async function writeReports(dir: string, report: RunReport): Promise<{ json: string; md: string }> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const base = path.join(dir, `chaos-${stamp}-seed${report.seed}`);
  await writeFile(`${base}.json`, JSON.stringify(report, null, 2) + '\n');
  await writeFile(`${base}.md`, markdown(report));
  return { json: `${base}.json`, md: `${base}.md` };
}

function markdown(r: RunReport): string {
  const c = r.check;
  const lines = [
    `# chaos run, seed ${r.seed}`,
    '',
    `${r.startedAt}, ${r.mode} mode, ${r.minutes} min of faults, ${r.wallSeconds} s in all. Replay: \`make chaos ARGS="--minutes ${r.minutes} --seed ${r.seed}"\`.`,
    '',
    `**${summaryLine(r)}**`,
    '',
    '| fault class | injected |',
    '| --- | --- |',
    ...Object.entries(r.faultCounts).map(([k, n]) => `| ${k} | ${n} |`),
    '',
    r.skippedFaults.length ? `Skipped: ${r.skippedFaults.join(', ')}.` : 'No fault class skipped.',
    '',
    '| figure | value |',
    '| --- | --- |',
    `| messages stored | ${c.messages} (${Object.entries(c.states).map(([s, n]) => `${s} ${n}`).join(', ')}) |`,
    `| acked chunks | ${c.ackedChunks} |`,
    `| lost | ${c.lost} |`,
    `| duplicated | ${c.duplicated} |`,
    `| texts sent / acked / lost | ${c.texts.sent} / ${c.texts.acked} / ${c.texts.lost} |`,
    `| messages delivered to listeners | ${c.listeners.delivered} (${c.listeners.catchUps} catch-up listens, ${c.listeners.inboxDuplicates} repeats dropped by the SDK) |`,
    `| timeline events checked | ${c.timelineEvents} |`,
    `| router starts (failed) | ${r.routers.map((x) => `${x.id}: ${x.starts} (${x.failedStarts})`).join(', ')} |`,
    `| live-count samples over in-flight | ${r.liveSamples.overCount} of ${r.liveSamples.taken} (worst +${r.liveSamples.worst}) |`,
    '',
    '## Violations',
    '',
    ...(c.violations.length ? c.violations.map((v) => `- ${v}`) : ['none']),
    '',
    '## Messages with a problem',
    '',
    ...(c.problems.length ? c.problems.map((p) => `- \`${p.messageId}\`${p.corrupted ? ' (its body file was corrupted)' : ''}: ${p.problem}`) : ['none']),
    '',
    '## Faults',
    '',
    '| # | at (s) | class | router | hold (ms) | healed (s) | error |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...r.faults.map(
      (f) =>
        `| ${f.event.index} | ${((f.injectedAtMs ?? f.event.atMs) / 1000).toFixed(1)} | ${f.event.kind} | ${f.event.router >= 0 ? f.event.router : '-'} | ${f.event.holdMs} | ${f.healedAtMs === undefined ? '-' : (f.healedAtMs / 1000).toFixed(1)} | ${f.error ?? ''} |`,
    ),
    '',
    '## Client errors (first 50)',
    '',
    ...(r.clientErrors.length ? r.clientErrors.slice(0, 50).map((e) => `- ${e.replace(/\n/g, ' ')}`) : ['none']),
    '',
  ];
  return lines.join('\n');
}
