/**
 * A TCP proxy a test puts between a router and something it talks to
 * (Postgres, Redis, another router's relay link), to cut that path without
 * network namespaces:
 *
 *   pause()      stops forwarding both ways and holds new connections: a
 *                partition, after which TCP delivers what waited (resume());
 *   strand()     the connections open now are never forwarded again nor
 *                closed, as when the far end vanished without a word while
 *                the path was cut (its host isolated, its server restarted):
 *                the near end waits for an answer that never comes; new
 *                connections pass;
 *   cutOff()     every open connection is destroyed and new ones are closed
 *                at once, until restore(): the client sees its connection
 *                terminated, as when the server restarts;
 *   cutWhen(t)   cuts off at the moment a client sends bytes holding `t` (a
 *                query), which are dropped.
 *
 * Listens on 127.0.0.1, port 0; closed (every socket destroyed) in teardown.
 */
import net from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import type { Teardowns } from './router-fixture.js';

export interface ProxyTarget {
  host: string;
  port: number;
}

/** How much of a client's previous chunk is kept to find a pattern split across two chunks. */
const PATTERN_OVERLAP = 256;

interface Pair {
  client: net.Socket;
  /** What the client sends passes here on its way upstream (cutWhen looks at it). */
  inspector: Transform;
  upstream: net.Socket | undefined;
  stranded: boolean;
}

export class TcpProxy {
  private readonly pairs = new Set<Pair>();
  private paused = false;
  private isCut = false;
  private trigger: { pattern: Buffer; fired: () => void } | undefined;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly server: net.Server,
    /** Where connections go; undefined (not known yet): they are refused. */
    private readonly target: () => ProxyTarget | undefined,
  ) {}

  /** `target`: read at each connection (a router's port known only once it listens). */
  static async start(t: Teardowns, target: ProxyTarget | (() => ProxyTarget | undefined)): Promise<TcpProxy> {
    const server = net.createServer();
    const proxy = new TcpProxy(server, typeof target === 'function' ? target : () => target);
    server.on('connection', (client) => proxy.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    t.teardown(() => proxy.close());
    return proxy;
  }

  /** A proxy in front of the host and port of `url` (postgres://…, redis://…). */
  static async forUrl(t: Teardowns, url: string): Promise<TcpProxy> {
    const parsed = new URL(url);
    return TcpProxy.start(t, { host: parsed.hostname, port: Number(parsed.port || 5432) });
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** `url` with the proxy's host and port. */
  urlFor(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.href;
  }

  /** Connections open now (stranded ones included). */
  get connections(): number {
    return this.pairs.size;
  }

  get cut(): boolean {
    return this.isCut;
  }

  pause(): void {
    this.paused = true;
    for (const pair of this.pairs) hold(pair);
  }

  resume(): void {
    this.paused = false;
    for (const pair of this.pairs) if (!pair.stranded) this.forward(pair);
  }

  strand(): void {
    for (const pair of this.pairs) {
      pair.stranded = true;
      hold(pair);
    }
  }

  cutOff(): void {
    this.isCut = true;
    this.trigger = undefined;
    this.destroyAll();
  }

  restore(): void {
    this.isCut = false;
  }

  /** Resolves once a client sent bytes holding `text`: those are dropped and the proxy is cut off (restore() undoes it). */
  cutWhen(text: string): Promise<void> {
    return new Promise((fired) => {
      this.trigger = { pattern: Buffer.from(text), fired };
    });
  }

  /** Destroys every socket (stranded ones too) and stops listening. Idempotent. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.destroyAll();
      this.server.close(() => resolve());
    });
    return this.closing;
  }

  private destroyAll(): void {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    this.pairs.clear();
  }

  private accept(client: net.Socket): void {
    if (this.isCut || !this.target()) {
      client.destroy();
      return;
    }
    const pair: Pair = { client, inspector: this.inspector(), upstream: undefined, stranded: false };
    this.pairs.add(pair);
    client.pause();
    client.on('error', () => pair.upstream?.destroy());
    client.on('close', () => {
      if (pair.stranded) return;
      pair.upstream?.destroy();
      this.pairs.delete(pair);
    });
    if (!this.paused) this.forward(pair);
  }

  /** Passes the client's bytes on, unless they hold the cutWhen pattern. */
  private inspector(): Transform {
    let tail = Buffer.alloc(0);
    return new Transform({
      transform: (data: Buffer, _encoding: BufferEncoding, done: TransformCallback) => {
        const trigger = this.trigger;
        if (trigger) {
          const seen = Buffer.concat([tail, data]);
          tail = seen.subarray(Math.max(0, seen.length - PATTERN_OVERLAP));
          if (seen.includes(trigger.pattern)) {
            this.cutOff();
            trigger.fired();
            done();
            return;
          }
        }
        done(null, data);
      },
    });
  }

  /** Connects upstream (first time) and pipes both ways. */
  private forward(pair: Pair): void {
    const target = this.target();
    if (!pair.upstream && target) {
      const upstream = net.connect(target.port, target.host);
      pair.upstream = upstream;
      pair.inspector.pipe(upstream);
      upstream.on('error', () => pair.client.destroy());
      upstream.on('close', () => {
        if (!pair.stranded) pair.client.destroy();
      });
    }
    if (!pair.upstream) return;
    pair.client.pipe(pair.inspector);
    pair.upstream.pipe(pair.client);
    pair.client.resume();
    pair.upstream.resume();
  }
}

/** Stops both directions where they are; TCP keeps what was not read. */
function hold(pair: Pair): void {
  pair.client.unpipe();
  pair.upstream?.unpipe();
  pair.client.pause();
  pair.upstream?.pause();
}
