#!/usr/bin/env node
/**
 * `make chaos`: starts its own Postgres, Redis and CouchDB test server and
 * three `voxring serve` routers (each in its own network namespace as root,
 * on loopback otherwise), runs the workload while the seeded schedule
 * injects and heals faults, heals everything, lets the talkers finish, runs
 * the checker and writes the reports. The last line is
 *   chaos: F faults, M messages, A acked chunks, L lost, D duplicated
 * Exit status: 0 clean; 1 L or D not 0; 3 other violations; 2 the harness failed.
 * Everything it made (processes, namespaces, links, temp dirs) is removed at
 * the end, also on failure and on SIGINT / SIGTERM.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChaosArgs, type ChaosArgs } from './args.js';
import { Checker } from './checker.js';
import { clearImmutable } from './disk.js';
import { FaultInjector } from './faults.js';
import { Ledger } from './ledger.js';
import { ChaosNetwork } from './netns.js';
import { summaryLine, writeReports, type RunReport } from './report.js';
import { Rng } from './rng.js';
import { ChaosRouter } from './routers.js';
import { buildSchedule, type FaultClass } from './schedule.js';
import { ChaosServices, freePort } from './services.js';
import { available } from './shell.js';
import { LiveSampler } from './split-brain.js';
import { loadFixture, Workload } from './workload.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUTERS = 3;
const HEARTBEAT_TTL_MS = 3000;
const ROUTER_PORT = 7400;
const RING_SETTLE_MS = 60_000;
const LISTENER_CATCH_UP_MS = 15_000;
const NETWORK_FAULTS: readonly FaultClass[] = ['partition-peers', 'partition-redis', 'partition-postgres', 'isolate'];
const ROOT_FAULTS: readonly FaultClass[] = ['disk-readonly'];
const ADMIN_TOKEN = 'chaos-admin-token-0123456789abcdef';

interface Made {
  dir?: string;
  network?: ChaosNetwork;
  services?: ChaosServices;
  routers: ChaosRouter[];
  injector?: FaultInjector;
  workload?: Workload;
  sampler?: LiveSampler;
}

function log(line: string): void {
  console.log(`[${new Date().toISOString().slice(11, 23)}] ${line}`);
}

async function main(): Promise<number> {
  const args = parseChaosArgs(process.argv.slice(2));
  const made: Made = { routers: [] };
  let cleaning: Promise<void> | undefined;
  const cleanup = (): Promise<void> => (cleaning ??= teardown(made));
  const onSignal = (signal: NodeJS.Signals): void => {
    log(`${signal}: healing and removing everything the run made`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runChaos(args, made);
  } catch (err) {
    log(`the chaos harness failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 2;
  } finally {
    await cleanup();
  }
}

async function chooseMode(args: ChaosArgs): Promise<{ mode: 'namespaces' | 'loopback'; classes: FaultClass[]; skipped: string[] }> {
  const root = process.getuid?.() === 0;
  const namespaces = root && !args.loopback && (await available('ip'));
  const skipped: string[] = [];
  let classes = args.classes;
  if (!namespaces) {
    const why = args.loopback ? '--loopback' : root ? 'no ip command' : 'not root';
    for (const c of classes.filter((k) => NETWORK_FAULTS.includes(k))) skipped.push(`${c} (${why}: no network namespaces)`);
    classes = classes.filter((k) => !NETWORK_FAULTS.includes(k));
  }
  if (!root || !(await available('chattr'))) {
    for (const c of classes.filter((k) => ROOT_FAULTS.includes(k))) skipped.push(`${c} (chattr +i needs root)`);
    classes = classes.filter((k) => !ROOT_FAULTS.includes(k));
  }
  return { mode: namespaces ? 'namespaces' : 'loopback', classes, skipped };
}

async function runChaos(args: ChaosArgs, made: Made): Promise<number> {
  const startedAt = new Date().toISOString();
  const wallStart = Date.now();
  const { mode, classes, skipped } = await chooseMode(args);
  log(`chaos seed ${args.seed}, ${args.minutes} min of faults, ${mode} mode`);
  for (const s of skipped) log(`skipping fault class ${s}`);
  made.dir = await mkdtemp(path.join(os.tmpdir(), 'voxring-chaos-'));
  if (mode === 'namespaces') {
    made.network = await ChaosNetwork.create(ROUTERS);
    log(`network ${made.network.prefix}: routers at ${made.network.addresses.routers.join(', ')}`);
  }
  const net = made.network;
  const hosts = net ? { redis: net.addresses.redis, postgres: net.addresses.postgres, couch: net.addresses.couch } : { redis: '127.0.0.1', postgres: '127.0.0.1', couch: '127.0.0.1' };
  made.services = await ChaosServices.start(made.dir, hosts, ROOT);
  const services = made.services;
  log(`services: ${JSON.stringify(services.urls)}`);
  const tag = process.pid.toString(36);
  for (let i = 0; i < ROUTERS; i++) {
    const dataDir = path.join(made.dir, `router${i}`);
    made.routers.push(
      new ChaosRouter(
        {
          index: i,
          id: `c${i}-${tag}`,
          host: net ? (net.addresses.routers[i] as string) : '127.0.0.1',
          port: net ? ROUTER_PORT : await freePort(),
          dataDir,
          logFile: path.join(made.dir, `router${i}.log`),
          netns: net?.namespace(i),
          env: {
            VOXRING_POSTGRES_URL: services.urls.postgresUrl,
            VOXRING_POSTGRES_SCHEMA: 'chaos',
            VOXRING_REDIS_URL: services.urls.redisUrl,
            VOXRING_REDIS_KEY_PREFIX: `chaos:${tag}:`,
            VOXRING_COUCHDB_URL: services.urls.couchUrl,
            VOXRING_CLUSTER_SECRET: 'chaos-cluster-secret-0123456789',
            VOXRING_ADMIN_TOKEN: ADMIN_TOKEN,
            VOXRING_HEARTBEAT_TTL_MS: String(HEARTBEAT_TTL_MS),
            VOXRING_LOG_LEVEL: 'info', // kept only when a run fails: the info lines (takeovers, claims, handovers) are what explains a loss
            // Every workload client comes from the harness's one address: the edge's per-address limits are not under test.
            // Below the harness's own wait for a start (LISTEN_TIMEOUT_MS), so that a router that cannot reach
            // Postgres exits and is started again by the supervisor rather than being given up on.
            VOXRING_STORE_START_TIMEOUT_MS: '40000',
            VOXRING_SIGNUPS_PER_ADDRESS: '1000000',
            VOXRING_LOGIN_ATTEMPTS_PER_ADDRESS: '1000000',
            VOXRING_TOKEN_FAILURES_PER_ADDRESS: '1000000',
            VOXRING_MAX_UNAUTHENTICATED_PER_ADDRESS: '1000000',
          },
        },
        ROOT,
      ),
    );
  }
  // One at a time: the first creates the schema, the others find it migrated.
  for (const router of made.routers) await router.start();
  const urls = made.routers.map((r) => r.url);
  await ringSettled(urls);
  log(`ring of ${ROUTERS}: ${urls.join(', ')}`);

  const durationMs = Math.round(args.minutes * 60_000);
  const schedule = buildSchedule({
    seed: args.seed,
    durationMs,
    routers: ROUTERS,
    classes,
    meanGapMs: args.meanGapMs,
    heartbeatTtlMs: HEARTBEAT_TTL_MS,
    maxFaults: 1000,
  });
  log(`schedule: ${schedule.length} faults`);
  const ledger = new Ledger();
  const rng = new Rng(args.seed ^ 0x5eed);
  const fixture = await loadFixture(ROOT);
  const t0 = Date.now();
  made.workload = new Workload({ routerUrls: urls, talkers: args.talkers, listeners: args.listeners, conversations: args.conversations, rng, ledger, fixture, stopAt: t0 + durationMs, log });
  await made.workload.start();
  made.sampler = new LiveSampler(urls, () => made.workload?.inFlight ?? 0, ledger);
  made.sampler.start(2000);
  const faultsT0 = Date.now();
  made.injector = new FaultInjector({ routers: made.routers, services, network: net, log }, faultsT0);
  made.injector.play(schedule);

  await sleep(durationMs);
  log('fault phase over: healing everything');
  await made.injector.healAll();
  await restartStopped(made.routers);
  await ringSettled(urls).catch((err: unknown) => log(`ring not settled after healing: ${String(err)}`));
  log('waiting for the talkers to finish their messages');
  await made.workload.drain();
  made.sampler.stop();
  await sleep(LISTENER_CATCH_UP_MS);
  log('checking');
  const corruptions = made.injector.outcomes.flatMap((o) => (o.corruption ? [o.corruption] : []));
  const check = await new Checker(urls, ledger, fixture, corruptions, log, faultsT0).check();
  await made.workload.close();

  const report: RunReport = {
    seed: args.seed,
    mode,
    minutes: args.minutes,
    startedAt,
    wallSeconds: Math.round((Date.now() - wallStart) / 1000),
    skippedFaults: skipped,
    faultCounts: made.injector.counts(),
    faults: made.injector.outcomes,
    check,
    liveSamples: ledger.liveSamples,
    routers: made.routers.map((r) => ({ id: r.spec.id, url: r.url, starts: r.starts, failedStarts: r.failedStarts })),
    clientErrors: ledger.clientErrors,
  };
  const files = await writeReports(path.resolve(ROOT, args.out), report);
  for (const [kind, n] of Object.entries(report.faultCounts)) log(`  ${kind}: ${n}`);
  for (const v of check.violations) log(`violation: ${v}`);
  for (const p of check.problems.slice(0, 30)) log(`problem: ${p.messageId}${p.corrupted ? ' (corrupted body)' : ''}: ${p.problem}`);
  log(`reports: ${files.json}, ${files.md}`);
  if (args.keepLogs || check.lost > 0 || check.duplicated > 0 || check.problems.length > 0) await keepRouterLogs(made.routers, files.json);
  console.log(summaryLine(report));
  if (check.lost > 0 || check.duplicated > 0) return 1;
  return check.violations.length > 0 || check.problems.length > 0 ? 3 : 0;
}

/** Copies each router's log beside the report (the run's directory is removed at teardown). */
async function keepRouterLogs(routers: readonly ChaosRouter[], reportFile: string): Promise<void> {
  for (const r of routers) {
    const kept = reportFile.replace(/\.json$/, `-${r.spec.id}.log`);
    await copyFile(r.spec.logFile, kept).then(
      () => log(`router log kept: ${kept}`),
      (err: unknown) => log(`router log of ${r.spec.id} not kept: ${String(err)}`),
    );
  }
}

/** Routers a failed heal left stopped are started again before the check. */
async function restartStopped(routers: readonly ChaosRouter[]): Promise<void> {
  for (const router of routers) {
    router.signal('SIGCONT');
    if (!router.running) await router.startSupervised(log).catch((err: unknown) => log(`restart of ${router.spec.id} failed: ${String(err)}`));
  }
}

/** Resolves once every router's /v1/admin/ring lists all of them in the ring (bounded by RING_SETTLE_MS). */
async function ringSettled(urls: readonly string[]): Promise<void> {
  const deadline = Date.now() + RING_SETTLE_MS;
  while (Date.now() < deadline) {
    const views = await Promise.all(urls.map((url) => ringMembers(url)));
    if (views.every((v) => v === urls.length)) return;
    await sleep(500);
  }
  throw new Error(`the ring of ${urls.length} did not settle within ${RING_SETTLE_MS} ms`);
}

async function ringMembers(url: string): Promise<number> {
  try {
    const res = await fetch(`${url}/v1/admin/ring`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as { members?: { inRing?: boolean }[] };
    return (body.members ?? []).filter((m) => m.inRing).length;
  } catch {
    return 0;
  }
}

async function teardown(made: Made): Promise<void> {
  made.sampler?.stop();
  await made.injector?.healAll().catch(() => undefined);
  await made.workload?.close().catch(() => undefined);
  await Promise.all(made.routers.map((r) => r.kill9().catch(() => undefined)));
  await made.services?.stop().catch(() => undefined);
  await made.network?.destroy().catch(() => undefined);
  if (made.dir) {
    await clearImmutable(made.dir);
    if (process.env.CHAOS_KEEP_DIR) log(`kept ${made.dir}`);
    else await rm(made.dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

process.exit(await main());
