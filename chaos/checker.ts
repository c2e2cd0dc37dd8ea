/**
 * The checker, run after every fault healed and the talkers finished: reads
 * back through the routers' HTTP API what the clients recorded.
 *
 *   lost        an acked chunk missing from its stored message, or not
 *               bit-exact in the .ogg; an acked text with no stored header
 *   duplicated  a stored message holding more chunks than were sent, a
 *               message an inbox delivered twice, a chunk seq a listener got
 *               twice (or out of order) within one stream
 *   violations  a message left LIVE, COMPLETE for the talker but not stored
 *               COMPLETE with every chunk, a listener handed wrong bytes, a
 *               gap in a user's timeline cursors
 *
 * The live-count samples (split-brain.ts) are reported beside these, not
 * judged: a router keeps a message live through its resume grace after the
 * talker gave up on it, which the sample cannot tell from a second copy.
 */
import { VoxringHttp } from '../client/voxring-http.js';
import { readOggOpus } from '../common/ogg-opus-reader.js';
import type { MessageHeader } from '../proto/frames.js';
import type { Corruption } from './disk.js';
import type { Ledger, SentMessage } from './ledger.js';
import { expectedPacket, type Fixture } from './workload.js';

export interface CheckResult {
  messages: number;
  ackedChunks: number;
  lost: number;
  duplicated: number;
  texts: { sent: number; acked: number; lost: number };
  states: Record<string, number>;
  violations: string[];
  /** Per message with a problem: what was wrong. */
  problems: { messageId: string; problem: string; corrupted: boolean }[];
  listeners: { delivered: number; inboxDuplicates: number; catchUps: number; wireRepeats: number; deliveredTwice: number; mismatched: number };
  timelineEvents: number;
}

const SETTLE_TIMEOUT_MS = 120_000;
/** Tries of one read, each on the next router; a router cut off from the body's holder answers 503 while another can serve it. */
const ATTEMPTS = 4;

export class Checker {
  private next = 0;

  constructor(
    private readonly routerUrls: readonly string[],
    private readonly ledger: Ledger,
    private readonly fixture: Fixture,
    private readonly corruptions: readonly Corruption[],
    private readonly log: (line: string) => void,
    /** When the fault phase began (epoch ms). */
    private readonly t0: number,
  ) {}

  async check(): Promise<CheckResult> {
    const result: CheckResult = {
      messages: 0,
      ackedChunks: 0,
      lost: 0,
      duplicated: 0,
      texts: { sent: this.ledger.texts.length, acked: 0, lost: 0 },
      states: {},
      violations: [],
      problems: [],
      listeners: { delivered: 0, inboxDuplicates: 0, catchUps: 0, wireRepeats: 0, deliveredTwice: 0, mismatched: 0 },
      timelineEvents: 0,
    };
    await this.settle();
    for (const message of this.ledger.messages.values()) await this.checkMessage(message, result);
    await this.checkTexts(result);
    this.checkListeners(result);
    await this.checkTimelines(result);
    return result;
  }

  /** Waits (bounded) until no message is still LIVE: resumes and the routers' resume grace finish. */
  private async settle(): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let pending = [...this.ledger.messages.values()];
    for (let round = 0; round < 60 && pending.length > 0 && Date.now() < deadline; round++) {
      const still: SentMessage[] = [];
      for (const m of pending) {
        const header = await this.http(this.token(m.talker)).getMessage(m.messageId).catch(() => undefined);
        if (header?.state === 'LIVE') still.push(m);
      }
      pending = still;
      if (pending.length > 0) {
        if (round % 10 === 0) this.log(`checker: ${pending.length} message(s) still LIVE, waiting`);
        await sleep(2000);
      }
    }
  }

  private http(token: string): VoxringHttp {
    const url = this.routerUrls[this.next++ % this.routerUrls.length] as string;
    return new VoxringHttp(url, token);
  }

  private token(name: string): string {
    const user = this.ledger.users.find((u) => u.name === name);
    if (!user) throw new Error(`no user ${name}`);
    return user.token;
  }

  /** An HTTP read tried on each router in turn (a router may still be restarting). */
  private async retry<T>(token: string, call: (http: VoxringHttp) => Promise<T>): Promise<T> {
    let last: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return await call(this.http(token));
      } catch (err) {
        last = err;
        if ((err as { status?: number }).status === 404) throw err;
        await sleep(250);
      }
    }
    throw last;
  }

  private header(m: SentMessage): Promise<MessageHeader> {
    return this.retry(this.token(m.talker), (http) => http.getMessage(m.messageId));
  }

  private problem(result: CheckResult, messageId: string, problem: string): void {
    const corrupted = this.corruptions.some((c) => c.messageId === messageId);
    const m = this.ledger.messages.get(messageId);
    const when = m ? ` [sent ${this.at(m.startedAtMs)}–${m.endedAtMs === undefined ? '?' : this.at(m.endedAtMs)} s via ${m.routers.join(' → ')}]` : '';
    result.problems.push({ messageId, problem: problem + when, corrupted });
  }

  /** Seconds since the fault phase began, as the report's fault table counts them. */
  private at(ms: number): string {
    return ((ms - this.t0) / 1000).toFixed(1);
  }

  private async checkMessage(m: SentMessage, result: CheckResult): Promise<void> {
    const acked = m.ackedSeq + 1;
    result.ackedChunks += acked;
    let header: MessageHeader;
    try {
      header = await this.header(m);
    } catch (err) {
      if (acked > 0) {
        result.lost += acked;
        this.problem(result, m.messageId, `no stored header (${String(err)}) for ${acked} acked chunks`);
      }
      return;
    }
    result.messages++;
    result.states[header.state] = (result.states[header.state] ?? 0) + 1;
    if (header.state !== 'COMPLETE' && header.state !== 'INTERRUPTED') this.problem(result, m.messageId, `ended ${header.state}`);
    if (m.endState === 'COMPLETE' && (header.state !== 'COMPLETE' || header.chunkCount !== m.sent)) {
      this.problem(result, m.messageId, `COMPLETE for the talker with ${m.sent} chunks, stored ${header.state} with ${header.chunkCount}`);
    }
    if (header.chunkCount > m.sent) {
      result.duplicated += header.chunkCount - m.sent;
      this.problem(result, m.messageId, `stored ${header.chunkCount} chunks, ${m.sent} sent`);
    }
    if (header.chunkCount < acked) this.problem(result, m.messageId, `header counts ${header.chunkCount} chunks, ${acked} acked`);
    if (header.chunkCount === 0 && acked === 0) return;
    // The .ogg of a message still LIVE streams until its end, which may never come: its problem is said above.
    if (header.state === 'LIVE') return;
    let packets: Uint8Array[];
    try {
      const audio = await this.retry(this.token(m.talker), (http) => http.audio(m.messageId));
      packets = readOggOpus(audio.body).packets;
    } catch (err) {
      result.lost += acked;
      this.problem(result, m.messageId, `audio unreadable (${String(err)}), ${acked} acked chunks`);
      return;
    }
    let lost = 0;
    for (let seq = 0; seq < acked; seq++) {
      const got = packets[seq];
      if (!got || Buffer.compare(Buffer.from(got), expectedPacket(this.fixture, m, seq)) !== 0) lost++;
    }
    if (lost > 0) {
      result.lost += lost;
      this.problem(result, m.messageId, `${lost} of ${acked} acked chunks missing or not bit-exact in the .ogg (${packets.length} packets)`);
    }
    if (packets.length !== header.chunkCount) this.problem(result, m.messageId, `.ogg holds ${packets.length} packets, header counts ${header.chunkCount}`);
  }

  private async checkTexts(result: CheckResult): Promise<void> {
    for (const text of this.ledger.texts) {
      if (!text.acked) continue;
      result.texts.acked++;
      try {
        const header = await this.retry(this.token(text.talker), (http) => http.getMessage(text.messageId));
        if (header.text !== text.text) throw new Error(`text differs: ${header.text}`);
      } catch (err) {
        result.texts.lost++;
        result.lost++;
        this.problem(result, text.messageId, `acked text not stored (${String(err)})`);
      }
    }
  }

  private checkListeners(result: CheckResult): void {
    const l = result.listeners;
    for (const record of this.ledger.listeners) {
      l.delivered += record.delivered.size;
      l.inboxDuplicates += record.inboxDuplicates;
      l.catchUps += record.catchUps;
      l.wireRepeats += record.wireRepeats;
      l.deliveredTwice += record.deliveredTwice;
      for (const [id, d] of record.delivered) {
        l.mismatched += d.mismatched;
        if (d.mismatched > 0) this.problem(result, id, `listener ${record.user} got ${d.mismatched} chunks with wrong bytes`);
      }
    }
    result.duplicated += l.deliveredTwice + l.wireRepeats;
    if (l.mismatched > 0) result.violations.push(`listeners got ${l.mismatched} chunks with wrong bytes`);
  }

  /** Every user's timeline: cursors 1, 2, 3… with no gap. */
  private async checkTimelines(result: CheckResult): Promise<void> {
    for (const user of this.ledger.users) {
      let since = 0;
      let expected: number | undefined;
      // Bounded: at most 200 pages of 100 events.
      for (let page = 0; page < 200; page++) {
        const events = await this.retry(user.token, (http) => http.timeline(since, 100)).catch((err: unknown) => {
          result.violations.push(`timeline of ${user.name} unreadable: ${String(err)}`);
          return undefined;
        });
        if (!events) break;
        for (const event of events.events) {
          result.timelineEvents++;
          if (expected !== undefined && event.cursor !== expected) result.violations.push(`timeline of ${user.name}: cursor ${event.cursor} after ${expected - 1}`);
          expected = event.cursor + 1;
        }
        since = events.cursor;
        if (!events.more || events.events.length === 0) break;
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
