/**
 * A TCP proxy a test puts between a router and something it talks to
 * (Postgres, Redis, another router's relay link), to cut that path without
 * network namespaces:
 *
 *   pause()   stops forwarding both ways and holds new connections: a
 *             partition, after which TCP delivers what waited (resume());
 *   strand()  the connections open now are never forwarded again nor
 *             closed, as when the far end vanished without a word while the
 *             path was cut (its host isolated, its server restarted): the
 *             near end waits for an answer that never comes; new
 *             connections pass.
 *
 * Listens on 127.0.0.1, port 0; closed (every socket destroyed) in teardown.
 */
import net from 'node:net';
import type { Teardowns } from './router-fixture.js';

export interface ProxyTarget {
  host: string;
  port: number;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket | undefined;
  stranded: boolean;
}

export class TcpProxy {
  private readonly pairs = new Set<Pair>();
  private paused = false;
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
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.teardown(() => proxy.close());
    return proxy;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Connections open now (stranded ones included). */
  get connections(): number {
    return this.pairs.size;
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

  /** Destroys every socket (stranded ones too) and stops listening. Idempotent. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      for (const pair of this.pairs) {
        pair.client.destroy();
        pair.upstream?.destroy();
      }
      this.pairs.clear();
      this.server.close(() => resolve());
    });
    return this.closing;
  }

  private accept(client: net.Socket): void {
    const target = this.target();
    if (!target) {
      client.destroy();
      return;
    }
    const pair: Pair = { client, upstream: undefined, stranded: false };
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

  /** Connects upstream (first time) and pipes both ways. */
  private forward(pair: Pair): void {
    const target = this.target();
    if (!pair.upstream && target) {
      const upstream = net.connect(target.port, target.host);
      pair.upstream = upstream;
      upstream.on('error', () => pair.client.destroy());
      upstream.on('close', () => {
        if (!pair.stranded) pair.client.destroy();
      });
    }
    if (!pair.upstream) return;
    pair.client.pipe(pair.upstream);
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
