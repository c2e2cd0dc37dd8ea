/**
 * The SDK side of the rolling-restart load: pairs of a talker and a
 * listener homed on different routers, each a VoxringSession on its login
 * route (home, fallbacks). A talker sends voice messages one after another
 * at real time until told to stop; its listener hears them through a
 * VoiceInbox. Every session records when it lost and regained its router,
 * so the test can tell how long each client was away after a stop.
 */
import { sleep } from '../../../client/backoff.js';
import { VoiceInbox, type ReceivedVoiceMessage } from '../../../client/voice-inbox.js';
import { VoxringHttp } from '../../../client/voxring-http.js';
import { VoxringSession } from '../../../client/voxring-session.js';
import type { OpusParams } from '../../../proto/frames.js';
import { PASSWORD, signupUser, type Teardowns, type TestUser } from '../../helpers/router-fixture.js';

/** The time origin of every trace of a test run (ms), so that traces and stops line up. */
export const TRACE_EPOCH = Date.now();

/** A client whose connection the test follows across restarts. */
export interface TrackedClient {
  name: string;
  /** The router it is connected to now (undefined while away). */
  routerId(): string | undefined;
  /** When it got a router again after a loss (Date.now()), in order. */
  readonly reconnects: number[];
  /** When it lost its router (Date.now()), in order; empty where the client cannot tell. */
  readonly losses: number[];
}

/** One message a talker sent, and what the router said about it. */
export interface SentMessage {
  messageId: string;
  conversationId: string;
  payloads: Uint8Array[];
  /** Chunks the router acked as durable. */
  acked: number;
  endState: string | undefined;
  error: string | undefined;
  /** When it started, in ms since TRACE_EPOCH. */
  startedAt?: number;
}

export interface LoadOptions {
  packets: readonly Uint8Array[];
  opus: OpusParams;
  /** Packets per message. */
  messagePackets: number;
  /** Pause between two messages of a talker. */
  pauseMs: number;
}

/** A session whose connection changes are recorded. */
export async function trackedSession(t: Teardowns, user: TestUser, deviceId: string, loginUrl: string): Promise<{ session: VoxringSession; client: TrackedClient }> {
  const http = new VoxringHttp(loginUrl);
  const login = await http.login(user.name, PASSWORD);
  const session = await VoxringSession.open({ urls: [login.home ?? loginUrl, ...(login.fallbacks ?? [])], token: login.token, deviceId, backoffMs: 50, backoffMaxMs: 500 });
  t.teardown(() => session.close());
  const client: TrackedClient = { name: `${user.name}/${deviceId}`, routerId: () => session.connection?.welcome?.routerId, reconnects: [], losses: [] };
  session.onEvent((event) => {
    if (event.type === 'connected' && event.reconnect) client.reconnects.push(Date.now());
    if (event.type === 'disconnected') client.losses.push(Date.now());
  });
  return { session, client };
}

/** A listener: a session monitoring one conversation, and the messages its inbox delivered. */
export class Listener {
  readonly heard = new Map<string, ReceivedVoiceMessage>();
  private readonly inbox: VoiceInbox;
  /** What reached this listener, per message, compactly: to explain a failure. */
  private readonly traces = new Map<string, string[]>();
  /** Its connection's events (ms since TRACE_EPOCH). */
  readonly events: string[] = [];
  private readonly started = TRACE_EPOCH;

  constructor(
    readonly session: VoxringSession,
    readonly client: TrackedClient,
    conversationId: string,
  ) {
    this.inbox = new VoiceInbox(session, { conversationIds: [conversationId] });
    this.inbox.onMessage((m) => this.heard.set(m.header.messageId, m));
    session.onFrame((frame) => {
      const at = Date.now() - this.started;
      if (frame.type === 'header') this.note(frame.header.messageId, `${at} header ref=${frame.ref} ${frame.header.state} n=${frame.header.chunkCount} @${session.connection?.welcome?.routerId ?? '-'}`);
      else if (frame.type === 'chunk') this.note(frame.chunk.messageId, `${frame.chunk.seq}`);
      else if (frame.type === 'messageEnd') this.note(frame.messageEnd.messageId, `${at} end ${frame.messageEnd.state} n=${frame.messageEnd.chunkCount}`);
      else if (frame.type === 'error') for (const trace of this.traces.values()) trace.push(`${at} error ref=${frame.ref} ${frame.error.code}`);
    });
    session.onEvent((event) => {
      const at = Date.now() - this.started;
      const what = `${at} ${event.type}${event.type === 'connected' ? ` ${event.routerId}` : event.type === 'disconnected' ? ` ${event.code}` : ''}`;
      this.events.push(what);
      if (event.type !== 'closed') for (const trace of this.traces.values()) trace.push(what);
    });
  }

  /** The frames of one message as they came (chunk seqs, headers, ends, reconnects). */
  trace(messageId: string): string {
    return (this.traces.get(messageId) ?? []).join(' ');
  }

  private note(messageId: string, what: string): void {
    let trace = this.traces.get(messageId);
    if (!trace) this.traces.set(messageId, (trace = []));
    trace.push(what);
  }

  static async start(t: Teardowns, user: TestUser, conversationId: string, loginUrl: string): Promise<Listener> {
    const { session, client } = await trackedSession(t, user, 'listener', loginUrl);
    const listener = new Listener(session, client, conversationId);
    t.teardown(() => listener.inbox.close());
    await session.monitor([conversationId]);
    return listener;
  }
}

/** A talker: sends messages one after another until `stop`, and keeps what it sent. */
export class Talker {
  readonly sent: SentMessage[] = [];
  private stopping = false;
  private loop: Promise<void> | undefined;

  constructor(
    readonly session: VoxringSession,
    readonly client: TrackedClient,
    readonly conversationId: string,
    private readonly options: LoadOptions,
  ) {}

  static async start(t: Teardowns, user: TestUser, conversationId: string, loginUrl: string, options: LoadOptions): Promise<Talker> {
    const { session, client } = await trackedSession(t, user, 'talker', loginUrl);
    const talker = new Talker(session, client, conversationId, options);
    talker.loop = talker.run();
    return talker;
  }

  /** Stops after the message in progress; resolves when it ended. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    for (let n = 0; !this.stopping && !this.session.isClosed; n++) {
      await this.talkOne(n);
      await sleep(this.options.pauseMs);
    }
  }

  private async talkOne(n: number): Promise<void> {
    const { packets, messagePackets, opus } = this.options;
    const offset = (n * 37) % Math.max(1, packets.length - messagePackets);
    const payloads = packets.slice(offset, offset + messagePackets);
    let record: SentMessage | undefined;
    try {
      const message = await this.session.startVoice({ conversationId: this.conversationId, opus });
      const sent: SentMessage = { messageId: message.messageId, conversationId: this.conversationId, payloads, acked: 0, endState: undefined, error: undefined, startedAt: Date.now() - TRACE_EPOCH };
      record = sent;
      this.sent.push(sent);
      const startedAt = performance.now();
      // Real time, five packets (100 ms of audio) at a time.
      for (let i = 0; i < payloads.length; i += 5) {
        for (const p of payloads.slice(i, i + 5)) message.send(p);
        const due = startedAt + (i + 5) * 20 - performance.now();
        if (due > 0) await sleep(due);
      }
      try {
        const end = await message.end(60_000);
        sent.endState = end.messageEnd.state;
      } finally {
        sent.acked = message.ackedSeq + 1;
      }
    } catch (err) {
      if (record) record.error = String(err);
      else this.sent.push({ messageId: '', conversationId: this.conversationId, payloads: [], acked: 0, endState: undefined, error: `start: ${String(err)}` });
    }
  }
}

/** Signs up users through `url` until every home in `homeUrls` has `perHome` of them (bounded), four at a time. */
export async function usersByHome(url: string, homeUrls: readonly string[], perHome: number, prefix: string): Promise<Map<string, TestUser[]>> {
  const byHome = new Map<string, TestUser[]>(homeUrls.map((h) => [h, []]));
  const short = (): boolean => [...byHome.values()].some((users) => users.length < perHome);
  for (let round = 0; short() && round < perHome * homeUrls.length * 4; round++) {
    const batch = await Promise.all(Array.from({ length: 4 }, () => signupUser(url, prefix)));
    for (const user of batch) byHome.get(user.http.session?.home ?? '')?.push(user);
  }
  if (short()) throw new Error(`could not home ${perHome} users on each of ${homeUrls.join(', ')}`);
  return byHome;
}
