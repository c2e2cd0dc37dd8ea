/**
 * Cross-router overhead, measured once for ring/README.md: two routers in
 * this process (Redis membership, shared Postgres: the test harness's
 * services), a talker on r0 sending real Opus packets, a listener on the
 * same router and a listener on the other one. Prints the send → receive
 * latency (p50 / p99) per path, and the process CPU per 1000 chunks for a
 * run with only a same-router listener against one with only a cross-router
 * listener (client work is the same in both, so the difference is the relay).
 *
 *   source <(grep export /tmp/svc.out); npx tsx scripts/ring-overhead.ts [chunks]
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import pg from 'pg';
import { VoxringConnection } from '../client/voxring-connection.js';
import { VoxringHttp } from '../client/voxring-http.js';
import { loadConfig } from '../common/config.js';
import type { UserId } from '../common/ids.js';
import { createLogger } from '../common/logger.js';
import { readOggOpus } from '../common/ogg-opus-reader.js';
import { Router } from '../router/router.js';

const chunks = Number(process.argv[2] ?? 3000);
const postgresUrl = process.env.VOXRING_TEST_POSTGRES_URL ?? '';
const redisUrl = process.env.VOXRING_TEST_REDIS_URL ?? '';
const tag = `ovh_${Date.now().toString(36)}`;
const dirs: string[] = [];

async function start(id: string): Promise<Router> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'voxring-ovh-'));
  dirs.push(dir);
  const config = loadConfig({
    host: '127.0.0.1', port: 0, dataDir: dir, transport: 'ws', logLevel: 'silent', routerId: `${id}-${tag}`,
    postgresUrl, postgresSchema: tag, redisUrl, redisKeyPrefix: `${tag}:`, clusterSecret: 'overhead-secret-0123456789',
    maxChunksPerSecond: 100_000, chunkBurst: 1_000_000,
    // Every client here is 127.0.0.1: raise the per-address auth limits.
    signupsPerAddress: 1_000_000, loginAttemptsPerAddress: 1_000_000, maxUnauthenticatedPerAddress: 1_000_000,
  });
  return Router.start(config, { logger: createLogger('silent') });
}

let n = 0;
async function userOn(routers: Router[], home: Router): Promise<{ http: VoxringHttp; name: string; token: string }> {
  for (;;) {
    const name = `o${++n}_${process.pid}`;
    const http = new VoxringHttp(home.url);
    const s = await http.signup(name, 'overhead password');
    if (home.ring?.ring.home(s.userId as UserId) === home.config.routerId) return { http, name, token: s.token };
    void routers;
  }
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function runOnce(routers: Router[], packets: Buffer[], listenerOn: Router, label: string): Promise<void> {
  const [r0] = routers as [Router];
  const a = await userOn(routers, r0);
  const b = await userOn(routers, listenerOn);
  const conv = await a.http.createConversation([b.name]);
  const talker = await VoxringConnection.connect({ url: r0.url, token: a.token, deviceId: 't' });
  const hearer = await VoxringConnection.connect({ url: listenerOn.url, token: b.token, deviceId: 'h' });
  await hearer.request({ type: 'monitor', monitor: { conversationIds: [conv.conversationId] } });
  const sentAt = new Map<number, bigint>();
  const latencies: number[] = [];
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  hearer.onFrame((f) => {
    if (f.type !== 'chunk') return;
    const t0 = sentAt.get(f.chunk.seq);
    if (t0 !== undefined) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (f.chunk.seq === chunks - 1) done();
  });
  const messageId = `m-${label.trim().replace(/ /g, "-")}-${Date.now()}`;
  await talker.request({ type: 'startMessage', startMessage: { messageId, conversationId: conv.conversationId, contentType: 'VOICE', opus: null } });
  const cpu0 = process.cpuUsage();
  for (let seq = 0; seq < chunks; seq += 10) {
    for (let i = seq; i < Math.min(chunks, seq + 10); i++) {
      sentAt.set(i, process.hrtime.bigint());
      talker.send({ type: 'chunk', chunk: { messageId, seq: i, payload: packets[i % packets.length] as Buffer } });
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await finished;
  const cpu = process.cpuUsage(cpu0);
  await talker.request({ type: 'endMessage', endMessage: { messageId, chunkCount: chunks } });
  latencies.sort((x, y) => x - y);
  const cpuMsPer1000 = ((cpu.user + cpu.system) / 1000 / chunks) * 1000;
  console.log(`${label}: ${latencies.length} chunks, latency p50 ${pct(latencies, 0.5).toFixed(2)} ms, p99 ${pct(latencies, 0.99).toFixed(2)} ms, process CPU ${cpuMsPer1000.toFixed(0)} ms per 1000 chunks`);
  talker.terminate();
  hearer.terminate();
}

const routers = [await start('r0'), await start('r1')];
try {
  const file = readOggOpus(await readFile(new URL('../fixtures/speech.ogg', import.meta.url)));
  while (routers.some((r) => r.ring?.ring.members().length !== 2 || r.ring.linkStatus()[0]?.state !== 'up')) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  for (let round = 0; round < 3; round++) {
    await runOnce(routers, file.packets, routers[0] as Router, 'same router ');
    await runOnce(routers, file.packets, routers[1] as Router, 'cross router');
  }
} finally {
  for (const r of routers) await r.close();
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${tag} CASCADE`);
  await client.end();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
