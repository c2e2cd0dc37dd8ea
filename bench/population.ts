/**
 * Who takes part in a bench run: users, tokens and conversations. On voxring
 * they are real accounts created over the HTTP API (each signup costs one
 * scrypt hash, ~65 ms of router CPU, so listeners are pooled: a group of L
 * listener users serves `conversationsPerUser` conversations, one device per
 * conversation). Talkers are not pooled: a person talks in one conversation
 * at a time, and the router's per-user chunk rate (maxChunksPerSecond, 250/s
 * by default) counts every conversation of the user, so a talker user
 * talking in 16 conversations at once (800 chunks/s) was cut off with
 * VOX_CHUNK_RATE and then VOX_CHUNK_SEQ_GAP after its burst. Each talker user
 * talks in `talksPerUser` conversations (default 1). The relays check
 * nothing, so their population is made up.
 */
import { VoxringHttp } from '../client/voxring-http.js';
import { mapLimit } from './bench-connection.js';
import type { ConversationSpec, Endpoint } from './walkie-load.js';

const PASSWORD = 'bench password 1234';

export interface Population {
  /** Conversations 0..count-1, each with `listeners` listener devices (phase left 0). */
  conversations(count: number, listeners: number): Promise<ConversationSpec[]>;
  /** One conversation whose talker is heard by `listeners` devices. */
  broadcast(listeners: number): Promise<ConversationSpec>;
  /** `count` devices able to authenticate (spread over at most `maxUsers` users). */
  devices(count: number, maxUsers: number): Promise<Endpoint[]>;
  /** Users created so far (0 for the relays). */
  readonly userCount: number;
}

interface BenchUser {
  name: string;
  token: string;
  http: VoxringHttp;
}

export class VoxringPopulation implements Population {
  /** Every user, in signup order (listeners, broadcast and storm devices come from here). */
  private readonly users: BenchUser[] = [];
  /** Talker users of the walkie conversations; talker i talks in conversations i·talksPerUser … */
  private readonly talkers: BenchUser[] = [];
  private readonly conversationIds = new Map<string, string>();
  private readonly tag = Date.now().toString(36).slice(-5);
  private created = 0;

  constructor(
    private readonly baseUrl: string,
    /** Conversations one group of listener users listens in. */
    private readonly conversationsPerUser = 16,
    private readonly onProgress?: (done: number, total: number) => void,
    /** Conversations one talker user talks in at the same time. */
    private readonly talksPerUser = 1,
  ) {}

  get userCount(): number {
    return this.users.length + this.talkers.length;
  }

  async conversations(count: number, listeners: number): Promise<ConversationSpec[]> {
    const groups = Math.ceil(count / this.conversationsPerUser);
    await this.ensureUsers(groups * listeners);
    const talkerCount = Math.ceil(count / this.talksPerUser);
    if (talkerCount > this.talkers.length) this.talkers.push(...(await this.signUp(talkerCount - this.talkers.length)));
    return mapLimit(Array.from({ length: count }, (_, j) => j), 8, async (j) => {
      const group = Math.floor(j / this.conversationsPerUser);
      const talker = this.talkers[Math.floor(j / this.talksPerUser)]!;
      const others = this.users.slice(group * listeners, (group + 1) * listeners);
      const id = await this.conversation(`w${listeners}-${j}`, talker, others);
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
    const listenerUsers = Math.max(1, Math.min(listeners, 200));
    await this.ensureUsers(listenerUsers + 1);
    const talker = this.users[0]!;
    const others = this.users.slice(1, listenerUsers + 1);
    const id = await this.conversation(`b${listenerUsers}`, talker, others);
    return {
      conversationId: id,
      talker: { token: talker.token, deviceId: 'talker' },
      listeners: Array.from({ length: listeners }, (_, i) => ({ token: others[i % others.length]!.token, deviceId: `fan${i}` })),
      phase: 0,
    };
  }

  async devices(count: number, maxUsers: number): Promise<Endpoint[]> {
    const userCount = Math.max(1, Math.min(count, maxUsers));
    await this.ensureUsers(userCount);
    return Array.from({ length: count }, (_, i) => ({ token: this.users[i % userCount]!.token, deviceId: `storm${i}` }));
  }

  private async conversation(key: string, talker: BenchUser, others: BenchUser[]): Promise<string> {
    const known = this.conversationIds.get(key);
    if (known) return known;
    const conversation = await talker.http.createConversation(others.map((u) => u.name), key);
    this.conversationIds.set(key, conversation.conversationId);
    return conversation.conversationId;
  }

  private async ensureUsers(count: number): Promise<void> {
    if (count > this.users.length) this.users.push(...(await this.signUp(count - this.users.length)));
  }

  private async signUp(n: number): Promise<BenchUser[]> {
    const first = this.created;
    this.created += n;
    let done = 0;
    return mapLimit(Array.from({ length: n }, (_, i) => first + i), 4, async (k) => {
      const name = `b${this.tag}u${k}`;
      const http = new VoxringHttp(this.baseUrl);
      const session = await http.signup(name, PASSWORD);
      this.onProgress?.(++done, n);
      return { name, token: session.token, http };
    });
  }
}

/** The relays' population: ids and tokens are never checked. */
export class RelayPopulation implements Population {
  readonly userCount = 0;

  async conversations(count: number, listeners: number): Promise<ConversationSpec[]> {
    return Array.from({ length: count }, (_, j) => ({
      conversationId: `c${listeners}-${j}`,
      talker: { token: 'relay', deviceId: `t${j}` },
      listeners: Array.from({ length: listeners }, (_, i) => ({ token: 'relay', deviceId: `l${j}-${i}` })),
      phase: 0,
    }));
  }

  async broadcast(listeners: number): Promise<ConversationSpec> {
    return {
      conversationId: `fanout-${listeners}`,
      talker: { token: 'relay', deviceId: 'talker' },
      listeners: Array.from({ length: listeners }, (_, i) => ({ token: 'relay', deviceId: `fan${i}` })),
      phase: 0,
    };
  }

  async devices(count: number): Promise<Endpoint[]> {
    return Array.from({ length: count }, (_, i) => ({ token: 'relay', deviceId: `storm${i}` }));
  }
}
