/**
 * A TCP proxy in front of the test CouchDB that a test can take down and
 * bring back: down() drops every connection and refuses new ones (they are
 * closed at once, as a crashed or unreachable server would), up() forwards
 * again. Listens on port 0; the real server's state is untouched.
 */
import net from 'node:net';
import type { Teardowns } from '../helpers/router-fixture.js';

export class CouchProxy {
  private readonly sockets = new Set<net.Socket>();
  private isDown = false;

  private constructor(
    private readonly server: net.Server,
    readonly url: string,
  ) {}

  /** Starts a proxy to `target` (http://host:port[/...]); closed in teardown. */
  static async start(t: Teardowns, target: string): Promise<CouchProxy> {
    const to = new URL(target);
    const holder: { proxy?: CouchProxy } = {};
    const server = net.createServer((client) => holder.proxy?.accept(client, to));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const url = new URL(target);
    url.hostname = '127.0.0.1';
    url.port = String(port);
    const proxy = new CouchProxy(server, url.toString().replace(/\/$/, ''));
    holder.proxy = proxy;
    t.teardown(() => proxy.close());
    return proxy;
  }

  /** Drops every open connection; new ones are closed as soon as they arrive. */
  down(): void {
    this.isDown = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  up(): void {
    this.isDown = false;
  }

  close(): Promise<void> {
    this.down();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket, to: URL): void {
    if (this.isDown) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(to.port || 80), to.hostname);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }
}
