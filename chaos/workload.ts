/**
 * The chaos workload: talkers and listeners on VoxringSession (the SDK's
 * reconnect and resume), spread over the ring by their homes, real Opus
 * packets from fixtures/speech.ogg at real pace (20 ms). Some conversations
 * have two talkers talking at once; some listeners join late (a new session
 * that catches up on messages already live); talkers also send texts. Every
 * client writes what it saw into the Ledger.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VoiceInbox } from '../client/voice-inbox.js';
import { VoxringHttp } from '../client/voxring-http.js';
import { VoxringSession } from '../client/voxring-session.js';
import { readOggOpus } from '../common/ogg-opus-reader.js';
import type { Ledger, ListenerRecord, SentMessage } from './ledger.js';
import { Rng } from './rng.js';

export interface Fixture {
  packets: Buffer[];
  preSkip: number;
}

export interface WorkloadOptions {
  routerUrls: readonly string[];
  talkers: number;
  listeners: number;
  conversations: number;
  rng: Rng;
  ledger: Ledger;
  fixture: Fixture;
  /** The talkers start no new message after this (epoch ms). */
  stopAt: number;
  log: (line: string) => void;
}

const PASSWORD = 'chaos horse battery staple';
const PACKET_MS = 20;
/** Generous: a message's end may wait out a router restart and the resume. */
const END_TIMEOUT_MS = 120_000;
const SESSION_OPTIONS = { reconnectForMs: 300_000, backoffMaxMs: 2000, timeoutMs: 15_000 };

export async function loadFixture(root: string): Promise<Fixture> {
  const file = readOggOpus(await readFile(path.join(root, 'fixtures/speech.ogg')));
  return { packets: file.packets.map((p) => Buffer.from(p)), preSkip: file.head.preSkip };
}

export function expectedPacket(fixture: Fixture, message: SentMessage, seq: number): Buffer {
  return fixture.packets[(message.start + seq) % fixture.packets.length] as Buffer;
}

interface User {
  name: string;
  token: string;
  userId: string;
  urls: string[];
}

export class Workload {
  private readonly sessions = new Set<VoxringSession>();
  private readonly tasks: Promise<void>[] = [];
  private readonly stopped = new AbortController();
  /** Voice messages between start and end, for the split-brain sampler. */
  inFlight = 0;

  constructor(private readonly options: WorkloadOptions) {}

  async start(): Promise<void> {
    const { options } = this;
    const tag = Date.now().toString(36);
    const users: User[] = [];
    const total = options.talkers + options.listeners;
    for (let i = 0; i < total; i++) {
      const http = new VoxringHttp(options.routerUrls[i % options.routerUrls.length] as string);
      const name = `${i < options.talkers ? 't' : 'l'}${i}_${tag}`;
      const info = await http.signup(name, PASSWORD);
      const urls = [info.home ?? http.baseUrl, ...(info.fallbacks ?? [])];
      users.push({ name, token: info.token, userId: info.userId, urls });
      options.ledger.users.push({ name, token: info.token, userId: info.userId });
    }
    const talkers = users.slice(0, options.talkers);
    const listeners = users.slice(options.talkers);
    const groups = Array.from({ length: options.conversations }, () => ({ talkers: [] as User[], listeners: [] as User[] }));
    talkers.forEach((u, i) => groups[i % groups.length]?.talkers.push(u));
    listeners.forEach((u, i) => groups[i % groups.length]?.listeners.push(u));
    for (const [c, group] of groups.entries()) {
      const [owner, ...rest] = [...group.talkers, ...group.listeners];
      if (!owner || rest.length === 0) continue;
      const http = new VoxringHttp(owner.urls[0] as string, owner.token);
      const conversation = await http.createConversation(rest.map((u) => u.name), `chaos-${c}`);
      for (const listener of group.listeners) this.tasks.push(this.listen(listener, conversation.conversationId, options.rng.fork()));
      for (const talker of group.talkers) this.tasks.push(this.talk(talker, conversation.conversationId, options.rng.fork()));
    }
    options.log(`workload: ${talkers.length} talkers, ${listeners.length} listeners, ${groups.length} conversations`);
  }

  /** Waits for every talker to finish its last message (bounded by END_TIMEOUT_MS each). */
  async drain(): Promise<void> {
    await Promise.all(this.tasks);
  }

  /** Lets listeners catch up for up to `ms`, then closes every session. */
  async close(): Promise<void> {
    this.stopped.abort();
    await Promise.all([...this.sessions].map((s) => s.close().catch(() => undefined)));
  }

  private async open(user: User): Promise<VoxringSession> {
    const session = await VoxringSession.open({ urls: user.urls, token: user.token, deviceId: `chaos-${randomUUID().slice(0, 8)}`, ...SESSION_OPTIONS });
    this.sessions.add(session);
    return session;
  }

  private async talk(user: User, conversationId: string, rng: Rng): Promise<void> {
    const { ledger, stopAt } = this.options;
    let session: VoxringSession;
    try {
      session = await this.open(user);
    } catch (err) {
      ledger.noteError(`talker ${user.name} could not connect: ${String(err)}`);
      return;
    }
    session.onFrame((frame) => {
      if (frame.type !== 'ack') return;
      const record = ledger.messages.get(frame.ack.messageId);
      if (record && frame.ack.seq > record.ackedSeq) record.ackedSeq = frame.ack.seq;
    });
    // Bounded: each turn takes at least one packet time, and no turn starts after stopAt.
    for (let turn = 0; turn < 10_000 && Date.now() < stopAt; turn++) {
      await sleep(rng.int(300, 2500));
      if (rng.chance(0.2)) await this.text(session, user, conversationId);
      await this.oneMessage(session, user, conversationId, rng);
      if (session.isClosed) {
        ledger.noteError(`talker ${user.name}: session closed (${String(session.failure)})`);
        return;
      }
    }
  }

  private async oneMessage(session: VoxringSession, user: User, conversationId: string, rng: Rng): Promise<void> {
    const { ledger, fixture } = this.options;
    const record: SentMessage = {
      messageId: randomUUID(),
      conversationId,
      talker: user.name,
      start: rng.int(0, fixture.packets.length - 1),
      sent: 0,
      ackedSeq: -1,
      endState: undefined,
      failure: undefined,
      startedAtMs: Date.now(),
      endedAtMs: undefined,
      routers: [session.connection?.welcome?.routerId ?? '?'],
    };
    const off = session.onEvent((event) => {
      if (event.type === 'connected') record.routers.push(event.routerId);
    });
    ledger.messages.set(record.messageId, record);
    const length = rng.int(50, 250);
    this.inFlight++;
    try {
      const message = await session.startVoice({
        conversationId,
        messageId: record.messageId,
        opus: { sampleRate: 48000, channels: 1, frameDurationUs: PACKET_MS * 1000, preSkip: fixture.preSkip },
      });
      for (let seq = 0; seq < length; seq++) {
        message.send(expectedPacketAt(fixture, record.start, seq));
        record.sent = seq + 1;
        await sleep(PACKET_MS);
      }
      const end = await message.end(END_TIMEOUT_MS);
      record.endState = end.messageEnd.state;
      record.ackedSeq = Math.max(record.ackedSeq, message.ackedSeq);
    } catch (err) {
      record.failure = String(err);
      ledger.noteError(`talker ${user.name} message ${record.messageId}: ${String(err)}`);
    } finally {
      record.endedAtMs = Date.now();
      this.inFlight--;
      off();
    }
  }

  private async text(session: VoxringSession, user: User, conversationId: string): Promise<void> {
    const messageId = randomUUID();
    const text = `chaos text ${messageId.slice(0, 8)}`;
    const record = { messageId, conversationId, talker: user.name, text, acked: false };
    this.options.ledger.texts.push(record);
    try {
      const reply = await session.request({ type: 'sendText', sendText: { messageId, conversationId, text } }, 30_000);
      record.acked = reply.type !== 'error';
    } catch (err) {
      this.options.ledger.noteError(`text ${messageId}: ${String(err)}`);
    }
  }

  /** A listener: its inbox for the run; a late listener opens it only after a while, mid-message somewhere. */
  private async listen(user: User, conversationId: string, rng: Rng): Promise<void> {
    const { ledger, fixture, stopAt } = this.options;
    const record: ListenerRecord = { user: user.name, delivered: new Map(), deliveredTwice: 0, wireRepeats: 0, inboxDuplicates: 0, catchUps: 0 };
    ledger.listeners.push(record);
    const late = rng.chance(0.4);
    if (late) await sleep(Math.min(rng.int(5000, 30_000), Math.max(0, stopAt - Date.now())));
    let session: VoxringSession;
    try {
      session = await this.open(user);
    } catch (err) {
      ledger.noteError(`listener ${user.name} could not connect: ${String(err)}`);
      return;
    }
    const lastSeq = new Map<string, number>();
    session.onEvent((event) => {
      if (event.type === 'connected') lastSeq.clear();
    });
    session.onFrame((frame) => {
      if (frame.type === 'header') lastSeq.delete(frame.header.messageId);
      if (frame.type !== 'chunk') return;
      const last = lastSeq.get(frame.chunk.messageId);
      if (last !== undefined && frame.chunk.seq <= last) record.wireRepeats++;
      lastSeq.set(frame.chunk.messageId, frame.chunk.seq);
    });
    const inbox = new VoiceInbox(session, { conversationIds: [conversationId], interruptedWaitMs: 60_000 });
    inbox.onMessage((m) => {
      const id = m.header.messageId;
      if (record.delivered.has(id)) record.deliveredTwice++;
      const sent = ledger.messages.get(id);
      let mismatched = 0;
      if (sent) m.payloads.forEach((p, seq) => (mismatched += Buffer.compare(Buffer.from(p), expectedPacket(fixture, sent, seq)) === 0 ? 0 : 1));
      record.delivered.set(id, { state: m.state, chunks: m.payloads.length, mismatched });
      record.inboxDuplicates += m.duplicates;
      record.catchUps += m.catchUps;
    });
    try {
      await session.monitor([conversationId]);
    } catch (err) {
      ledger.noteError(`listener ${user.name} monitor: ${String(err)}`);
    }
  }
}

function expectedPacketAt(fixture: Fixture, start: number, seq: number): Buffer {
  return fixture.packets[(start + seq) % fixture.packets.length] as Buffer;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
