/**
 * A ring of voxring routers for the bench: each a `voxring serve` child
 * (ServerProcess, pinned like a single server), joined by a static `--peers`
 * list (so the ports are picked first: every member must know every other's
 * URL) and sharing one Postgres schema of the ring's own, dropped on stop.
 *
 * As a BenchServer it stands for the ring as a whole: CPU and RSS are summed
 * over the routers, `/metrics` is every router's text concatenated (the
 * bench's Prometheus reader sums samples of the same series, so histograms
 * and counters come out ring-wide), and its URLs are the first router's.
 * Each scrape also records per-router figures (CPU, chunk counters, relay
 * link frames), so a scenario can split a step's cost between the routers.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { profileClockUs } from './cpu-profile.js';
import { parsePromText, promValue } from './prom-text.js';
import { ServerProcess, type BenchServer, type ServerCpu } from './server-process.js';

export interface BenchRingOptions {
  /** Routers in the ring (≥ 2). */
  size: number;
  /** The Postgres every router shares (a ring is one database); the ring makes a schema of its own in it. */
  postgresUrl: string;
  /** CPU list for taskset, the same for every router; undefined: not pinned. */
  cpu?: string | undefined;
  transport?: 'uws' | 'ws';
  nice?: number | undefined;
  /** How long the relay links may take to come up. */
  linkTimeoutMs?: number;
}

/** One router of the ring. */
export interface RingMember {
  id: string;
  /** http://127.0.0.1:port, also its publicUrl in the peers list (what signup's `home` names). */
  url: string;
  wsUrl: string;
}

/** One router's counters at a scrape. */
export interface RouterFigures {
  id: string;
  /** user + system CPU time so far, µs (/proc). */
  cpuUs: number;
  /** voxring_chunks_in_total: chunks accepted from talkers on this router. */
  chunksIn: number;
  /** voxring_chunks_out_total: chunk frames sent to WebSocket listeners on this router. */
  chunksOut: number;
  /** Relay frames this router sent to / received from its peers, summed over its links. */
  linkFramesSent: number;
  linkFramesReceived: number;
}

/** Per-router figures between two scrapes. */
export type RouterDelta = RouterFigures;

interface Scrape {
  /** profileClockUs() when the scrape began. */
  atUs: number;
  routers: RouterFigures[];
}

interface LinkStatus {
  peer: string;
  state: string;
  framesSent: number;
  framesReceived: number;
}

export class BenchRing implements BenchServer {
  readonly kind = 'voxring' as const;
  private readonly scrapes: Scrape[] = [];
  private stopped: Promise<undefined> | undefined;

  private constructor(
    readonly members: readonly RingMember[],
    private readonly processes: readonly ServerProcess[],
    private readonly postgresUrl: string,
    private readonly schema: string,
    private readonly adminToken: string,
  ) {}

  /** Starts the routers one at a time (the first migrates the schema) and resolves once every relay link is up. */
  static async start(options: BenchRingOptions): Promise<BenchRing> {
    if (options.size < 2) throw new Error('a bench ring needs at least 2 routers');
    const tag = randomBytes(4).toString('hex');
    const schema = `bench_ring_${tag}`;
    const clusterSecret = randomBytes(16).toString('hex');
    const adminToken = randomBytes(16).toString('hex');
    const ports = await freePorts(options.size);
    const members = ports.map((port, i) => ({ id: `xr${i}-${tag}`, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/v1/ws` }));
    const peers = members.map((m) => `${m.id}=${m.url}|${m.wsUrl.replace(/\/v1\/ws$/, '/v1/link')}`).join(',');
    const processes: ServerProcess[] = [];
    const ring = new BenchRing(members, processes, options.postgresUrl, schema, adminToken);
    try {
      for (const [i, member] of members.entries()) {
        processes.push(
          await ServerProcess.start({
            kind: 'voxring',
            cpu: options.cpu,
            postgresUrl: options.postgresUrl,
            transport: options.transport,
            nice: options.nice,
            port: ports[i],
            extraArgs: ['--router-id', member.id, '--peers', peers, '--cluster-secret', clusterSecret, '--admin-token', adminToken, '--postgres-schema', schema],
          }),
        );
      }
      await ring.linksUp(options.linkTimeoutMs ?? 15_000);
    } catch (err) {
      // The start's failure is the one to report, not a failed cleanup.
      await ring.stop().catch(() => undefined);
      throw err;
    }
    return ring;
  }

  get url(): string {
    return this.members[0]!.url;
  }

  get wsUrl(): string {
    return this.members[0]!.wsUrl;
  }

  /** The routers' CPU time summed. */
  cpu(): ServerCpu {
    return { totalUs: this.processes.reduce((n, p) => n + p.cpu().totalUs, 0) };
  }

  /** The routers' RSS summed. */
  rssBytes(): number {
    return this.processes.reduce((n, p) => n + p.rssBytes(), 0);
  }

  /** Every router's /metrics, concatenated; records the per-router figures of this instant. */
  async metrics(): Promise<string> {
    const { texts } = await this.scrape();
    return texts.join('\n');
  }

  /** Every router's figures now (also recorded for between()). */
  async figures(): Promise<RouterFigures[]> {
    return (await this.scrape()).scrape.routers;
  }

  /**
   * Per-router figures over a window (µs on profileClockUs()'s clock, e.g. a
   * step's stream phase): from the last scrape at or before its start to the
   * first at or after its end. Undefined when no scrapes bracket it.
   */
  between(window: readonly [number, number]): RouterDelta[] | undefined {
    const before = this.scrapes.findLast((s) => s.atUs <= window[0]);
    const after = this.scrapes.find((s) => s.atUs >= window[1]);
    return before && after ? routerDeltas(before.routers, after.routers) : undefined;
  }

  /** GET /v1/admin/ring of one router. */
  async ringStatus(member: RingMember): Promise<{ links: LinkStatus[] }> {
    const res = await fetch(`${member.url}/v1/admin/ring`, { headers: { authorization: `Bearer ${this.adminToken}` } });
    if (!res.ok) throw new Error(`GET ${member.url}/v1/admin/ring answered ${res.status}`);
    return (await res.json()) as { links: LinkStatus[] };
  }

  /** Stops every router, then drops the ring's schema. Safe to call twice. */
  stop(): Promise<undefined> {
    this.stopped ??= (async () => {
      await Promise.all(this.processes.map((p) => p.stop()));
      const client = new pg.Client({ connectionString: this.postgresUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
      } finally {
        await client.end();
      }
      return undefined;
    })();
    return this.stopped;
  }

  private async scrape(): Promise<{ scrape: Scrape; texts: string[] }> {
    const atUs = profileClockUs();
    const cpu = this.processes.map((p) => p.cpu().totalUs);
    const texts = await Promise.all(this.processes.map(async (p) => (await p.metrics()) ?? ''));
    const links = await Promise.all(this.members.map(async (m) => (await this.ringStatus(m)).links));
    const scrape = {
      atUs,
      routers: this.members.map((m, i) => {
        const samples = parsePromText(texts[i] ?? '');
        const own = links[i] ?? [];
        return {
          id: m.id,
          cpuUs: cpu[i] ?? NaN,
          chunksIn: promValue(samples, 'voxring_chunks_in_total'),
          chunksOut: promValue(samples, 'voxring_chunks_out_total'),
          linkFramesSent: own.reduce((n, l) => n + l.framesSent, 0),
          linkFramesReceived: own.reduce((n, l) => n + l.framesReceived, 0),
        };
      }),
    };
    this.scrapes.push(scrape);
    return { scrape, texts };
  }

  private async linksUp(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const statuses = await Promise.all(this.members.map(async (m) => (await this.ringStatus(m)).links));
      const up = statuses.every((links) => links.length === this.members.length - 1 && links.every((l) => l.state === 'up'));
      if (up) return;
      if (Date.now() > deadline) throw new Error(`relay links of the bench ring not up within ${timeoutMs} ms: ${JSON.stringify(statuses)}`);
      // Link state has no event the bench could wait on from outside the routers.
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** after − before, router by router (same order). */
export function routerDeltas(before: readonly RouterFigures[], after: readonly RouterFigures[]): RouterDelta[] {
  return after.map((a, i) => {
    const b = before[i]!;
    return {
      id: a.id,
      cpuUs: a.cpuUs - b.cpuUs,
      chunksIn: a.chunksIn - b.chunksIn,
      chunksOut: a.chunksOut - b.chunksOut,
      linkFramesSent: a.linkFramesSent - b.linkFramesSent,
      linkFramesReceived: a.linkFramesReceived - b.linkFramesReceived,
    };
  });
}

/** Ports free right now (bound to port 0, then released): the peers list must name them before the routers start. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
