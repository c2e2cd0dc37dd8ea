/**
 * The server of one scenario run: started (or --target), handed to the
 * scenario with its population, stopped after it, its CPU profile
 * summarised when --cpu-prof wrote one.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { BrokerRelayServer } from './baselines/broker-relay-server.js';
import type { BenchConfig, Scenario } from './bench-config.js';
import { summarizeProfileFile, type ProfileSummary, type TimeWindow } from './cpu-profile.js';
import { RelayPopulation, VoxringPopulation, type Population } from './population.js';
import type { Progress } from './progress.js';
import { ExternalServer, ServerProcess, type BenchServer, type ServerKind } from './server-process.js';

/** Starts the server (or takes --target), runs `body`, stops it; a profile is summarised when one was written. */
export async function withServer<T>(
  config: BenchConfig,
  kind: ServerKind,
  progress: Progress,
  scenario: Scenario,
  body: (server: BenchServer, population: Population) => Promise<T>,
  windows: (result: T) => TimeWindow[] = () => [],
): Promise<{ ladder: T; profile?: ProfileSummary }> {
  progress.update(`${scenario}: starting ${kind}`);
  const profileDir = config.cpuProf && kind === 'voxring' && scenario !== 'catchup' ? path.join(config.out, 'tmp', 'profiles') : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  const nice = config.nice !== 0 ? config.nice : undefined;
  const server: BenchServer =
    config.target && kind === 'voxring'
      ? new ExternalServer(config.target, config.targetPid)
      : kind === 'jetstream' || kind === 'redis-streams'
        ? await BrokerRelayServer.start({ kind, cpu: config.serverCpu, nice })
        : await ServerProcess.start({ kind, cpu: config.serverCpu, postgresUrl: config.postgres, transport: config.transport, cpuProfDir: profileDir, nice });
  const population: Population =
    kind === 'voxring' ? new VoxringPopulation(server.url, 16, (done, total) => progress.update(`${scenario} ${kind}: signing up users ${done}/${total}`)) : new RelayPopulation();
  try {
    const ladder = await body(server, population);
    const profilePath = await server.stop();
    return { ladder, ...(profilePath ? { profile: await summarizeProfileFile(profilePath, 20, windows(ladder)) } : {}) };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

