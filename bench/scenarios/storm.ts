/**
 * Scenario storm: N clients open a WebSocket and authenticate (hello →
 * welcome) at the same instant. Measured: time to ready per client (TCP
 * connect to welcome), the time until the last one is ready, errors, and
 * the server's RSS per idle authenticated connection once they all are.
 * Clients share a pool of users (a signup costs a scrypt hash), each with
 * its own device id; the router caches validated tokens, so after the first
 * hello per user a hello costs a timeline-head query, not a token lookup.
 */
import { BenchConnection } from '../bench-connection.js';
import { profileClockUs } from '../cpu-profile.js';
import { percentile } from '../latency-histogram.js';
import type { Population } from '../population.js';
import type { Progress } from '../progress.js';
import type { BenchServer } from '../server-process.js';

export interface StormOptions {
  rounds: number[];
  maxUsers: number;
  /** Clients connecting at once (default: all of them). */
  concurrency?: number;
  timeoutMs: number;
  progress: Progress;
}

export interface StormRound {
  clients: number;
  users: number;
  ready: number;
  errors: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** First connect to last welcome. */
  allReadyMs: number;
  serverCpuUs: number;
  /** The bench process's CPU during the storm (it opens every connection). */
  generatorCpuUs: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /** (RSS with every client idle and authenticated − RSS before) / ready. */
  rssPerConnectionBytes: number;
  /** Ready times in ms, sorted, for the chart. */
  readyMs: number[];
  /** The storm itself on the CPU profile's clock (µs of process.hrtime). */
  windowUs: [number, number];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Clients of the unreported warm-up round: the router's first connections pay
 * one-time costs (heap and code-space growth from the lean start, first
 * compilations, the users' token cache), which are not per connection and
 * would otherwise land in the first round's RSS per connection.
 */
export const STORM_WARMUP_CLIENTS = 200;

export async function runStorm(server: BenchServer, population: Population, options: StormOptions): Promise<StormRound[]> {
  await runRound(server, population, options, Math.min(STORM_WARMUP_CLIENTS, ...options.rounds), 'warm-up');
  const rounds: StormRound[] = [];
  for (const n of options.rounds) rounds.push(await runRound(server, population, options, n, `N=${n}`));
  return rounds;
}

async function runRound(server: BenchServer, population: Population, options: StormOptions, n: number, name: string): Promise<StormRound> {
  const label = `storm ${server.kind} ${name}`;
  options.progress.update(`${label}: creating users`);
  const devices = await population.devices(n, options.maxUsers);
  await sleep(500);
  const rssBefore = server.rssBytes();
  const cpuBefore = server.cpu().totalUs;
  const generatorBefore = process.cpuUsage();
  const conns: BenchConnection[] = [];
  const times: number[] = [];
  const errors: Record<string, number> = {};
  options.progress.update(`${label}: ${n} clients connect and authenticate`);
  const start = performance.now();
  const windowStart = profileClockUs();
  let lastReady = start;
  const limit = options.concurrency ?? n;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < devices.length) {
      const device = devices[next++]!;
      const t0 = performance.now();
      try {
        const conn = await BenchConnection.authenticated(server.wsUrl, device.token, `${device.deviceId}-${name.replace(/[^A-Za-z0-9]/g, '')}`, options.timeoutMs);
        const t1 = performance.now();
        conns.push(conn);
        times.push(t1 - t0);
        lastReady = Math.max(lastReady, t1);
      } catch (err) {
        const key = (err instanceof Error ? err.message : String(err)).replace(/\d+/g, 'N').slice(0, 80);
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
  const serverCpuUs = server.cpu().totalUs - cpuBefore;
  const generatorCpu = process.cpuUsage(generatorBefore);
  const windowUs: [number, number] = [windowStart, profileClockUs()];
  await sleep(1000);
  const rssAfter = server.rssBytes();
  times.sort((a, b) => a - b);
  const round1 = (v: number): number => Math.round(v * 10) / 10;
  const round: StormRound = {
    clients: n,
    users: Math.min(n, options.maxUsers),
    ready: times.length,
    errors,
    p50Ms: round1(percentile(times, 0.5)),
    p99Ms: round1(percentile(times, 0.99)),
    maxMs: round1(times.at(-1) ?? NaN),
    allReadyMs: round1(lastReady - start),
    serverCpuUs,
    generatorCpuUs: generatorCpu.user + generatorCpu.system,
    rssBeforeBytes: rssBefore,
    rssAfterBytes: rssAfter,
    rssPerConnectionBytes: times.length > 0 ? Math.round((rssAfter - rssBefore) / times.length) : NaN,
    readyMs: times.map(round1),
    windowUs,
  };
  const errorText = Object.entries(errors).map(([e, c]) => `${c}× ${e}`).join('; ');
  options.progress.log(
    `${label}: ${round.ready}/${n} ready in ${round.allReadyMs} ms; p50 ${round.p50Ms} ms, p99 ${round.p99Ms} ms; ` +
      `${(round.rssPerConnectionBytes / 1024).toFixed(1)} KB RSS per idle connection${errorText ? `; errors: ${errorText}` : ''}`,
  );
  options.progress.update(`${label}: closing`);
  for (const conn of conns) conn.close();
  for (const deadline = performance.now() + 5000; conns.some((c) => c.isOpen) && performance.now() < deadline; ) await sleep(20);
  for (const conn of conns) if (conn.isOpen) conn.terminate();
  await sleep(500);
  return round;
}
