/**
 * Bench users of a ring, chosen by home router. A user's home is the hash of
 * its id, which the router picks at signup, so users cannot be made for a
 * router: `HomedUsers` signs them up (spread over the routers, each signup
 * one scrypt hash on the router that takes it) and sorts them by the `home`
 * the signup answers, keeping the ones no one asked for yet for later.
 *
 * `RingPopulation` is the walkie population of `population.ts` with the
 * talkers homed on one router and the listeners on another (or the same):
 * a group of L listener users serves `conversationsPerUser` conversations,
 * one device per conversation; each talker user talks in `talksPerUser`
 * (default 1) at a time, within the per-user chunk rate (see population.ts).
 */
import { VoxringHttp } from '../client/voxring-http.js';
import { mapLimit } from './bench-connection.js';
import type { RingMember } from './bench-ring.js';
import type { Population } from './population.js';
import type { ConversationSpec, Endpoint } from './walkie-load.js';

const PASSWORD = 'bench password 1234';

interface HomedUser {
  name: string;
  token: string;
  http: VoxringHttp;
}

/** A pool of signed-up users sorted by home router id. */
export class HomedUsers {
  private readonly spare = new Map<string, HomedUser[]>();
  private readonly tag = Date.now().toString(36).slice(-5);
  private created = 0;

  constructor(
    private readonly members: readonly RingMember[],
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    for (const m of members) this.spare.set(m.id, []);
  }

  /** Users signed up so far. */
  get count(): number {
    return this.created;
  }

  /** Takes `count` users homed on each router asked for (signing up more as needed); each user is handed out once. */
  async take(wants: readonly { routerId: string; count: number }[]): Promise<HomedUser[][]> {
    const needed = new Map<string, number>();
    for (const { routerId, count } of wants) {
      if (!this.spare.has(routerId)) throw new Error(`${routerId} is not a router of the ring`);
      needed.set(routerId, (needed.get(routerId) ?? 0) + count);
    }
    const shortfall = (): number => Math.max(0, ...[...needed].map(([id, n]) => n - this.spare.get(id)!.length));
    for (let round = 0; shortfall() > 0; round++) {
      if (round >= 20) throw new Error(`not enough users homed on ${[...needed.keys()].join(', ')} after ${this.created} signups`);
      // Each router is home to about 1/N of the users: sign up N times the largest shortfall, and a few more.
      await this.signUp(shortfall() * this.members.length + 4);
    }
    return wants.map(({ routerId, count }) => this.spare.get(routerId)!.splice(0, count));
  }

  private async signUp(n: number): Promise<void> {
    const byUrl = new Map(this.members.map((m) => [m.url, m.id]));
    let done = 0;
    const first = this.created;
    this.created += n;
    await mapLimit(Array.from({ length: n }, (_, i) => first + i), 4, async (k) => {
      const name = `x${this.tag}u${k}`;
      const http = new VoxringHttp(this.members[k % this.members.length]!.url);
      const session = await http.signup(name, PASSWORD);
      const home = session.home === undefined ? undefined : byUrl.get(session.home.replace(/\/$/, ''));
      if (home === undefined) throw new Error(`signup of ${name} answered home ${String(session.home)}, not a router of the ring`);
      this.spare.get(home)!.push({ name, token: session.token, http });
      this.onProgress?.(++done, n);
    });
  }
}

/** Walkie conversations whose talkers are homed on `talkerHome` and whose listeners on `listenerHome`. */
export class RingPopulation implements Population {
  private readonly talkers: HomedUser[] = [];
  /** Listener groups: group g listens in conversations g·conversationsPerUser … */
  private readonly groups: HomedUser[][] = [];
  private readonly conversationIds = new Map<string, string>();

  constructor(
    private readonly users: HomedUsers,
    private readonly talkerHome: string,
    private readonly listenerHome: string,
    /** Conversation names start with it, to tell the populations of one ring apart. */
    private readonly key: string,
    private readonly conversationsPerUser = 16,
    private readonly talksPerUser = 1,
  ) {}

  get userCount(): number {
    return this.talkers.length + this.groups.reduce((n, g) => n + g.length, 0);
  }

  async conversations(count: number, listeners: number): Promise<ConversationSpec[]> {
    await this.ensure(Math.ceil(count / this.talksPerUser), Math.ceil(count / this.conversationsPerUser), listeners);
    return mapLimit(Array.from({ length: count }, (_, j) => j), 8, async (j) => {
      const talker = this.talkers[Math.floor(j / this.talksPerUser)]!;
      const others = this.groups[Math.floor(j / this.conversationsPerUser)]!.slice(0, listeners);
      const id = await this.conversation(`${this.key}${listeners}-${j}`, talker, others);
      return {
        conversationId: id,
        talker: { token: talker.token, deviceId: `t${j}` },
        listeners: others.map((user, i) => ({ token: user.token, deviceId: `l${j}-${i}` })),
        phase: 0,
      };
    });
  }

  async broadcast(listeners: number): Promise<ConversationSpec> {
    // maxParticipants (256) bounds the users; beyond it users have several devices.
    const users = Math.max(1, Math.min(listeners, 200));
    await this.ensure(1, 1, users);
    const talker = this.talkers[0]!;
    const others = this.groups[0]!.slice(0, users);
    const id = await this.conversation(`${this.key}b${users}`, talker, others);
    return {
      conversationId: id,
      talker: { token: talker.token, deviceId: 'talker' },
      listeners: Array.from({ length: listeners }, (_, i) => ({ token: others[i % others.length]!.token, deviceId: `fan${i}` })),
      phase: 0,
    };
  }

  async devices(count: number, maxUsers: number): Promise<Endpoint[]> {
    const users = Math.max(1, Math.min(count, maxUsers));
    await this.ensure(0, 1, users);
    const listeners = this.groups[0]!;
    return Array.from({ length: count }, (_, i) => ({ token: listeners[i % users]!.token, deviceId: `storm${i}` }));
  }

  /** At least `talkers` talker users and `groups` listener groups of at least `listeners` users each. */
  private async ensure(talkers: number, groups: number, listeners: number): Promise<void> {
    while (this.groups.length < groups) this.groups.push([]);
    const short = this.groups.map((g) => Math.max(0, listeners - g.length));
    const missingTalkers = Math.max(0, talkers - this.talkers.length);
    const topUp = short.reduce((a, b) => a + b, 0);
    if (missingTalkers === 0 && topUp === 0) return;
    const [newTalkers = [], others = []] = await this.users.take([
      { routerId: this.talkerHome, count: missingTalkers },
      { routerId: this.listenerHome, count: topUp },
    ]);
    this.talkers.push(...newTalkers);
    this.groups.forEach((g, i) => g.push(...others.splice(0, short[i] ?? 0)));
  }

  private async conversation(key: string, talker: HomedUser, others: HomedUser[]): Promise<string> {
    const known = this.conversationIds.get(key);
    if (known) return known;
    const conversation = await talker.http.createConversation(
      others.map((u) => u.name),
      key,
    );
    this.conversationIds.set(key, conversation.conversationId);
    return conversation.conversationId;
  }
}
