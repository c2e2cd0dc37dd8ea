/**
 * A persisted baseline as one bench server: the broker process
 * (broker-process.ts) and the relay in front of it (broker-relay.ts), both
 * pinned to the server's CPU. CPU time and RSS are the two processes'
 * summed, as voxring's own storage work counts in its one process.
 */
import { procCpuUs, procRssBytes, ServerProcess, type BenchServer, type ServerCpu } from '../server-process.js';
import { BrokerProcess, findBinary, type BrokerKind } from './broker-process.js';

export interface BrokerRelayOptions {
  kind: BrokerKind;
  cpu?: string | undefined;
  nice?: number | undefined;
}

/** The npm client each broker's relay loads. */
const CLIENTS: Record<BrokerKind, string> = { jetstream: 'nats', 'redis-streams': 'ioredis' };
const BINARIES: Record<BrokerKind, string> = { jetstream: 'nats-server', 'redis-streams': 'redis-server' };

/** Why `kind` cannot run here ("nats-server not installed", …), or undefined when it can. */
export async function brokerMissing(kind: BrokerKind): Promise<string | undefined> {
  if (!findBinary(kind)) return `${BINARIES[kind]} not installed`;
  try {
    await import(CLIENTS[kind]);
    return undefined;
  } catch {
    return `npm package ${CLIENTS[kind]} not installed`;
  }
}

export class BrokerRelayServer implements BenchServer {
  readonly url: string;
  readonly wsUrl: string;

  private constructor(
    private readonly broker: BrokerProcess,
    private readonly relay: ServerProcess,
  ) {
    this.url = relay.url;
    this.wsUrl = relay.wsUrl;
  }

  get kind(): BrokerKind {
    return this.broker.kind;
  }

  static async start(options: BrokerRelayOptions): Promise<BrokerRelayServer> {
    const broker = await BrokerProcess.start(options);
    try {
      const relay = await ServerProcess.start({ kind: options.kind, cpu: options.cpu, nice: options.nice, extraArgs: ['--broker', options.kind, '--url', broker.url] });
      return new BrokerRelayServer(broker, relay);
    } catch (err) {
      await broker.stop();
      throw err;
    }
  }

  cpu(): ServerCpu {
    return { totalUs: this.relay.cpu().totalUs + procCpuUs(this.broker.pid) };
  }

  rssBytes(): number {
    return this.relay.rssBytes() + procRssBytes(this.broker.pid);
  }

  async metrics(): Promise<undefined> {
    return undefined;
  }

  /** Stops the relay first (it closes its broker connections), then the broker. */
  async stop(): Promise<undefined> {
    await this.relay.stop();
    await this.broker.stop();
    return undefined;
  }
}
