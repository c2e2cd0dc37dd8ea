/**
 * Scenario footprint: a single router launched as `make run` launches it
 * (ROUTER_NODE_FLAGS, embedded defaults: PGlite, local-disk bodies,
 * in-process hot state), no client. Measured per launch: the time from
 * spawn to the first 200 from /healthz, the CPU the process spent by then
 * (a figure other work on the machine cannot stretch), and RSS once idle.
 * Fresh launches start on an empty data dir (template copy and migrations);
 * the last launch restarts the previous one's data dir.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Progress } from '../progress.js';
import type { TargetCheck } from '../report.js';
import { nodeScript, procCpuUs, procRssBytes, projectRoot, ROUTER_NODE_FLAGS } from '../server-process.js';

export interface FootprintOptions {
  /** Launches on an empty data dir; one restart on the last one's dir follows. */
  freshLaunches: number;
  /** Idle time after /healthz answers before RSS is read. */
  settleMs: number;
  progress: Progress;
}

export interface FootprintLaunch {
  kind: 'fresh' | 'restart';
  /** Spawn to the first 200 from /healthz. */
  healthyMs: number;
  /** The router's user + system CPU by then (10 ms resolution). */
  cpuMsToHealthy: number;
  rssAtHealthyBytes: number;
  rssIdleBytes: number;
  /** 1-minute load average at the launch (other work on the machine stretches healthyMs). */
  loadAverage: number;
}

const HEALTHY_TIMEOUT_MS = 120_000;
const HEALTHY_TARGET_MS = 2000;
const IDLE_RSS_TARGET_BYTES = 150 * 1024 * 1024;

export async function runFootprint(options: FootprintOptions): Promise<FootprintLaunch[]> {
  const launches: FootprintLaunch[] = [];
  const root = await mkdtemp(path.join(os.tmpdir(), 'voxring-footprint-'));
  try {
    let dataDir = '';
    for (let i = 0; i <= options.freshLaunches; i++) {
      const kind = i < options.freshLaunches ? 'fresh' : 'restart';
      if (kind === 'fresh') dataDir = path.join(root, `data-${i}`);
      options.progress.update(`footprint: launch ${i + 1}/${options.freshLaunches + 1} (${kind})`);
      const launch = await launchOnce(dataDir, kind, options.settleMs);
      options.progress.log(
        `footprint: ${kind} /healthz after ${launch.healthyMs} ms (${launch.cpuMsToHealthy} ms CPU), idle RSS ${mib(launch.rssIdleBytes)} MiB, load ${launch.loadAverage}`,
      );
      launches.push(launch);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return launches;
}

async function launchOnce(dataDir: string, kind: FootprintLaunch['kind'], settleMs: number): Promise<FootprintLaunch> {
  const port = await freePort();
  const loadAverage = Math.round((os.loadavg()[0] ?? NaN) * 100) / 100;
  const started = performance.now();
  const args = [...ROUTER_NODE_FLAGS, ...nodeScript('cli/voxring.ts'), 'serve', '--port', String(port), '--data', dataDir, '--log-level', 'warn'];
  const child = spawn(process.execPath, args, { cwd: projectRoot(), stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const pid = child.pid ?? 0;
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, () => child.exitCode !== null);
    const healthyMs = Math.round(performance.now() - started);
    const cpuMsToHealthy = Math.round(procCpuUs(pid) / 1000);
    const rssAtHealthyBytes = procRssBytes(pid);
    await sleep(settleMs);
    return { kind, healthyMs, cpuMsToHealthy, rssAtHealthyBytes, rssIdleBytes: procRssBytes(pid), loadAverage };
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}

async function waitHealthy(url: string, gone: () => boolean): Promise<void> {
  const deadline = performance.now() + HEALTHY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (gone()) throw new Error('the router exited before /healthz answered 200');
    const status = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(10);
  }
  throw new Error(`/healthz did not answer 200 within ${HEALTHY_TIMEOUT_MS} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function mib(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

/** The footprint goals of issue 16: /healthz within 2 s of launch, ≤ 150 MiB RSS idle. */
export function footprintTargets(launches: readonly FootprintLaunch[]): TargetCheck[] {
  const healthy = median(launches.map((l) => l.healthyMs));
  const cpu = median(launches.map((l) => l.cpuMsToHealthy));
  const rss = Math.max(...launches.map((l) => l.rssIdleBytes));
  const each = launches.map((l) => `${l.kind} ${l.healthyMs} ms at load ${l.loadAverage}`).join('; ');
  return [
    {
      target: 'footprint: /healthz answers 200 ≤ 2 s after launch',
      value: `${healthy} ms median (${cpu} ms CPU), N=${launches.length}`,
      met: launches.length > 0 ? healthy <= HEALTHY_TARGET_MS : null,
      detail: each,
    },
    {
      target: 'footprint: idle RSS ≤ 150 MiB',
      value: `${mib(rss)} MiB (the largest of ${launches.length} launches)`,
      met: launches.length > 0 ? rss <= IDLE_RSS_TARGET_BYTES : null,
      detail: launches.map((l) => `${l.kind} ${mib(l.rssIdleBytes)} MiB`).join('; '),
    },
  ];
}
