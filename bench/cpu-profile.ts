/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) into where the time went:
 * self time by function and by source file, idle excluded, as shares of the
 * busy time. Enough to say "half the router's CPU is in X" in a report.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** µs on the monotonic clock, the one process.hrtime reads. */
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
}

/** [start, end] in µs of process.hrtime (the profile's clock): only samples inside count. */
export type TimeWindow = readonly [number, number];

export interface ProfileEntry {
  name: string;
  selfMs: number;
  /** Share of busy (non-idle) time, percent. */
  percent: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  topFunctions: ProfileEntry[];
  topFiles: ProfileEntry[];
}

/** Short location: node_modules/<pkg>/…, a project path, or node:internal. */
export function shortUrl(url: string): string {
  if (url === '') return '';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) return clean.slice(nm + 'node_modules/'.length);
  for (const marker of ['/dist/', '/work/main/']) {
    const at = clean.indexOf(marker);
    if (at >= 0) return clean.slice(at + marker.length);
  }
  return clean.startsWith('node:') ? clean : path.basename(clean);
}

export function summarizeProfile(profile: CpuProfile, top = 15, windows: readonly TimeWindow[] = []): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime ?? 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (windows.length > 0 && !windows.some(([start, end]) => at >= start && at <= end)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let idleUs = 0;
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const file = shortUrl(frame.url);
    const name = file ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` : frame.functionName || '(anonymous)';
    functions.set(name, (functions.get(name) ?? 0) + us);
    // Native and VM frames, e.g. "(garbage collector)", "(program)", have no file; WebAssembly
    // frames have a module hash for a URL (in the router that is PGlite's Postgres).
    const fileKey = frame.functionName.startsWith('wasm-function') ? '(wasm)' : file || frame.functionName;
    files.set(fileKey, (files.get(fileKey) ?? 0) + us);
  }
  const entries = (map: Map<string, number>): ProfileEntry[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: Math.round(us / 100) / 10, percent: busyUs > 0 ? Math.round((us / busyUs) * 1000) / 10 : 0 }));
  return { busyMs: Math.round(busyUs / 1000), idleMs: Math.round(idleUs / 1000), topFunctions: entries(functions), topFiles: entries(files) };
}

export async function summarizeProfileFile(file: string, top = 15, windows: readonly TimeWindow[] = []): Promise<ProfileSummary> {
  return summarizeProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile, top, windows);
}

/** Now on the profile's clock (µs). */
export function profileClockUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}
