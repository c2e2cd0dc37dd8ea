/**
 * The chaos network: one network namespace per router, each joined by a veth
 * pair to a bridge in the root namespace, on a private /24 the harness picks.
 * The bridge carries extra addresses for Redis, Postgres and CouchDB, so a
 * router can be cut from one service alone. Partitions are blackhole routes
 * in the routers' namespaces (tc netem is missing here; iptables may be);
 * `isolate` takes the router's veth down. Every name carries the prefix
 * (`vxc` + the pid in base 36), so `destroy` and a later sweep find them.
 */
import { run } from './shell.js';

export interface Addresses {
  redis: string;
  postgres: string;
  couch: string;
  routers: string[];
}

export class ChaosNetwork {
  private created: { netns: string[]; links: string[] } = { netns: [], links: [] };
  readonly addresses: Addresses;

  private constructor(
    readonly prefix: string,
    private readonly subnet: string,
    readonly routerCount: number,
  ) {
    this.addresses = {
      redis: `${subnet}.2`,
      postgres: `${subnet}.3`,
      couch: `${subnet}.4`,
      routers: Array.from({ length: routerCount }, (_, i) => `${subnet}.${11 + i}`),
    };
  }

  static async create(routerCount: number): Promise<ChaosNetwork> {
    const prefix = `vxc${process.pid.toString(36)}`;
    const net = new ChaosNetwork(prefix, await freeSubnet(), routerCount);
    try {
      await net.build();
    } catch (err) {
      await net.destroy();
      throw err;
    }
    return net;
  }

  namespace(router: number): string {
    return `${this.prefix}r${router}`;
  }

  private hostVeth(router: number): string {
    return `${this.prefix}h${router}`;
  }

  private get bridge(): string {
    return `${this.prefix}br`;
  }

  private async build(): Promise<void> {
    await run('ip', ['link', 'add', this.bridge, 'type', 'bridge']);
    this.created.links.push(this.bridge);
    for (const host of ['1', '2', '3', '4']) await run('ip', ['addr', 'add', `${this.subnet}.${host}/24`, 'dev', this.bridge]);
    await run('ip', ['link', 'set', this.bridge, 'up']);
    for (let i = 0; i < this.routerCount; i++) {
      const ns = this.namespace(i);
      const host = this.hostVeth(i);
      const inner = `${this.prefix}n${i}`;
      await run('ip', ['netns', 'add', ns]);
      this.created.netns.push(ns);
      await run('ip', ['link', 'add', host, 'type', 'veth', 'peer', 'name', inner]);
      this.created.links.push(host);
      await run('ip', ['link', 'set', inner, 'netns', ns]);
      await run('ip', ['link', 'set', host, 'master', this.bridge]);
      await run('ip', ['link', 'set', host, 'up']);
      await this.inNs(i, ['addr', 'add', `${this.addresses.routers[i]}/24`, 'dev', inner]);
      await this.inNs(i, ['link', 'set', inner, 'up']);
      await this.inNs(i, ['link', 'set', 'lo', 'up']);
    }
  }

  private inNs(router: number, args: string[], allowFail = false): Promise<unknown> {
    return run('ip', ['netns', 'exec', this.namespace(router), 'ip', ...args], { allowFail });
  }

  /** Drops traffic between `router` and each address (both ways when the other end is a router namespace too). */
  async cut(router: number, targets: readonly string[]): Promise<void> {
    for (const target of targets) {
      await this.inNs(router, ['route', 'replace', 'blackhole', `${target}/32`]);
      const peer = this.addresses.routers.indexOf(target);
      if (peer >= 0) await this.inNs(peer, ['route', 'replace', 'blackhole', `${this.addresses.routers[router]}/32`]);
    }
  }

  async mend(router: number, targets: readonly string[]): Promise<void> {
    for (const target of targets) {
      await this.inNs(router, ['route', 'del', 'blackhole', `${target}/32`], true);
      const peer = this.addresses.routers.indexOf(target);
      if (peer >= 0) await this.inNs(peer, ['route', 'del', 'blackhole', `${this.addresses.routers[router]}/32`], true);
    }
  }

  peersOf(router: number): string[] {
    return this.addresses.routers.filter((_, i) => i !== router);
  }

  /** Takes the router's link down: no peer, service or client reaches it. */
  async isolate(router: number, down: boolean): Promise<void> {
    await run('ip', ['link', 'set', this.hostVeth(router), down ? 'down' : 'up']);
  }

  /** Removes every namespace and link it made; safe to call twice and after a partial build. */
  async destroy(): Promise<void> {
    for (const link of this.created.links.reverse()) await run('ip', ['link', 'del', link], { allowFail: true });
    for (const ns of this.created.netns.reverse()) await run('ip', ['netns', 'del', ns], { allowFail: true });
    this.created = { netns: [], links: [] };
  }
}

/** A 10.x.y.0/24 no interface here uses yet (derived from the pid, then probed). */
async function freeSubnet(): Promise<string> {
  const used = (await run('ip', ['-4', '-o', 'addr'])).stdout;
  for (let i = 0; i < 200; i++) {
    const candidate = `10.${200 + ((process.pid + i) % 50)}.${(process.pid * 7 + i) % 250}`;
    if (!used.includes(` ${candidate}.`)) return candidate;
  }
  throw new Error('no free 10.x.y.0/24 subnet for the chaos network');
}
