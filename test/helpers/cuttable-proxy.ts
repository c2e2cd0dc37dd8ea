/**
 * A TCP proxy in front of a real server (the harness's Postgres) that a test
 * can cut and restore: cut, every open connection is destroyed and every new
 * one is closed as soon as it is accepted (the client sees its connection
 * terminated, as when the server restarts); `cutWhen(text)` cuts at the
 * moment a client sends bytes holding `text` (a query), which are dropped.
 */
import net from 'node:net';
import type { Teardowns } from './router-fixture.js';

/** How much of a client's previous chunk is kept to find a pattern split across two chunks. */
const PATTERN_OVERLAP = 256;

export class CuttableProxy {
  private readonly sockets = new Set<net.Socket>();
  private isCut = false;
  private trigger: { pattern: Buffer; fired: () => void } | undefined;

  private constructor(
    private readonly server: net.Server,
    private readonly target: { host: string; port: number },
    private readonly targetUrl: URL,
  ) {}

  /** Listens on 127.0.0.1, port 0, in front of `url`'s host and port; closed in teardown. */
  static async start(t: Teardowns, url: string): Promise<CuttableProxy> {
    const targetUrl = new URL(url);
    const target = { host: targetUrl.hostname, port: Number(targetUrl.port || 5432) };
    const server = net.createServer();
    const proxy = new CuttableProxy(server, target, targetUrl);
    server.on('connection', (client) => proxy.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    t.teardown(() => proxy.close());
    return proxy;
  }

  /** The target's URL with the proxy's host and port. */
  get url(): string {
    const url = new URL(this.targetUrl.href);
    url.hostname = '127.0.0.1';
    url.port = String((this.server.address() as net.AddressInfo).port);
    return url.href;
  }

  /** Connections open through the proxy now. */
  get connectionCount(): number {
    return this.sockets.size / 2;
  }

  get cut(): boolean {
    return this.isCut;
  }

  /** Destroys every open connection and closes new ones at once, until restore(). */
  cutOff(): void {
    this.isCut = true;
    this.trigger = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  /** Connections go through again. */
  restore(): void {
    this.isCut = false;
  }

  /** Resolves once a client sent bytes holding `text`: those are dropped and the proxy is cut off (restore() undoes it). */
  cutWhen(text: string): Promise<void> {
    return new Promise((fired) => {
      this.trigger = { pattern: Buffer.from(text), fired };
    });
  }

  close(): Promise<void> {
    this.cutOff();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.isCut) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    this.sockets.add(client);
    this.sockets.add(upstream);
    let tail = Buffer.alloc(0);
    client.on('data', (data: Buffer) => {
      const seen = Buffer.concat([tail, data]);
      tail = seen.subarray(Math.max(0, seen.length - PATTERN_OVERLAP));
      const trigger = this.trigger;
      if (trigger && seen.includes(trigger.pattern)) {
        this.cutOff();
        trigger.fired();
        return;
      }
      upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => client.write(data));
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  }
}
