/**
 * The talk load of one generator process: talkers that each stream one
 * voice message (one Opus packet per period, at real pace, spread across
 * the period) to the listeners that monitor their conversation. Used by the
 * walkie scenario (T conversations × L listeners) and the fanout scenario
 * (one conversation, N listeners), in-process or in a generator child.
 *
 * Latency never travels in the audio: each talker keeps a side table of
 * send times by seq (messageId ↔ talker is known), and a listener computes
 * `read time − send time` for every chunk it receives. Every listener checks
 * every chunk for loss, duplication and order.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { encodeClientFrame } from '../proto/frame-codec.js';
import type { ServerFrame } from '../proto/frames.js';
import { BenchConnection, describe, mapLimit, parseServerChunk, type ChunkView } from './bench-connection.js';
import { LatencyHistogram, type HistogramSnapshot } from './latency-histogram.js';

/** A device to connect as: voxring checks the token; the relays take anything. */
export interface Endpoint {
  token: string;
  deviceId: string;
}

export interface ConversationSpec {
  conversationId: string;
  talker: Endpoint;
  listeners: Endpoint[];
  /** Position of this talker in the period, 0 ≤ phase < 1 (spreads talkers across it). */
  phase: number;
}

export interface TalkSpec {
  wsUrl: string;
  conversations: ConversationSpec[];
  /** Opus packets replayed in a loop, seq k carries packets[k % length]. */
  packets: Buffer[];
  durationMs: number;
  periodMs: number;
  /** Message ids are `${messagePrefix}-${index}`; unique per step. */
  messagePrefix: string;
  connectConcurrency?: number;
  /** How long the end of the messages may take to reach every listener. */
  finishTimeoutMs?: number;
}

export interface TalkResult {
  talkers: number;
  listeners: number;
  sent: number;
  expectedDeliveries: number;
  delivered: number;
  lost: number;
  duplicates: number;
  outOfOrder: number;
  corrupt: number;
  /** Listeners that did not see message_end within finishTimeoutMs. */
  unfinished: number;
  disconnects: number;
  errors: Record<string, number>;
  latency: HistogramSnapshot;
  /**
   * Client-side ack latency per chunk: from the talker sending seq k to it
   * receiving the first ack that covers k (acks arrive coalesced: one ack
   * with seq s covers every chunk up to s). voxring only.
   */
  ackLatency: HistogramSnapshot;
  /** Per second of the stream phase: deliveries and latency. */
  perSecond: { delivered: number; latency: HistogramSnapshot }[];
  /** How late the generator sent each packet after its due time (µs). */
  sendLag: HistogramSnapshot;
  /** Event-loop delay of the generator during the stream phase (ms). */
  loopDelayP99Ms: number;
  /** CPU of every generator process together over the stream phase, µs. */
  generatorCpuUs: number;
  /** CPU of the busiest generator process over the stream phase, µs. */
  busiestGeneratorCpuUs: number;
  /** Generator processes merged into this result. */
  generators: number;
  streamWallMs: number;
  setupMs: number;
}

interface Listener {
  conn: BenchConnection;
  next: number;
  received: number;
  ended: boolean;
}

interface Talker {
  index: number;
  conn: BenchConnection;
  spec: ConversationSpec;
  messageId: string;
  offsetMs: number;
  sendTimes: Float64Array;
  sent: number;
  /** Chunks covered by the acks received so far (seq + 1 of the highest). */
  acked: number;
  ended: boolean;
  listeners: Listener[];
}

export class TalkLoad {
  private talkers: Talker[] = [];
  /** Every connection opened, also those of a prepare that failed midway. */
  private readonly opened: BenchConnection[] = [];
  private readonly latency = new LatencyHistogram();
  private readonly ackLatency = new LatencyHistogram();
  private readonly sendLag = new LatencyHistogram();
  private perSecond: { delivered: number; latency: LatencyHistogram }[] = [];
  private readonly errors: Record<string, number> = {};
  private readonly view: ChunkView = { seq: 0, idLength: 0, payloadOffset: 0, payloadLength: 0 };
  private counts = { delivered: 0, duplicates: 0, outOfOrder: 0, corrupt: 0, disconnects: 0 };
  private t0 = 0;
  private streaming = false;
  private setupMs = 0;
  private readonly packetsPerTalker: number;

  constructor(private readonly spec: TalkSpec) {
    this.packetsPerTalker = Math.max(1, Math.floor(spec.durationMs / spec.periodMs));
  }

  /** Connects and authenticates everyone, subscribes the listeners, starts every message. */
  async prepare(): Promise<void> {
    const started = performance.now();
    const { spec } = this;
    const limit = spec.connectConcurrency ?? 64;
    const open = async (endpoint: Endpoint): Promise<BenchConnection> => {
      const conn = await BenchConnection.authenticated(spec.wsUrl, endpoint.token, endpoint.deviceId);
      this.opened.push(conn);
      return conn;
    };
    this.talkers = await mapLimit(spec.conversations, limit, async (c, index) => {
      const conn = await open(c.talker);
      return {
        index,
        conn,
        spec: c,
        messageId: `${spec.messagePrefix}-${index}`,
        offsetMs: c.phase * spec.periodMs,
        sendTimes: new Float64Array(this.packetsPerTalker),
        sent: 0,
        acked: 0,
        ended: false,
        listeners: [],
      };
    });
    const pairs = this.talkers.flatMap((talker) => talker.spec.listeners.map((endpoint) => ({ talker, endpoint })));
    await mapLimit(pairs, limit, async ({ talker, endpoint }) => {
      const conn = await open(endpoint);
      const answer = await conn.request({ type: 'monitor', monitor: { conversationIds: [talker.spec.conversationId] } });
      if (answer.type === 'error') throw new Error(`monitor answered ${describe(answer)}`);
      talker.listeners.push({ conn, next: 0, received: 0, ended: false });
    });
    for (const talker of this.talkers) this.hook(talker);
    await mapLimit(this.talkers, limit, async (talker) => {
      const answer = await talker.conn.request({
        type: 'startMessage',
        startMessage: {
          messageId: talker.messageId,
          conversationId: talker.spec.conversationId,
          contentType: 'VOICE',
          opus: { sampleRate: 48000, channels: 1, frameDurationUs: this.spec.periodMs * 1000, preSkip: 312 },
        },
      });
      if (answer.type !== 'ack') throw new Error(`start_message answered ${describe(answer)}`);
    });
    this.setupMs = performance.now() - started;
  }

  /** Streams every talker's packets at real pace from `startAtEpochMs`; resolves after the last send. */
  async stream(startAtEpochMs = Date.now()): Promise<{ cpuUs: number; wallMs: number; loopDelayP99Ms: number }> {
    const wait = startAtEpochMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const order = [...this.talkers].sort((a, b) => a.offsetMs - b.offsetMs);
    const seconds = Math.ceil(this.spec.durationMs / 1000) + 30;
    this.perSecond = Array.from({ length: seconds }, () => ({ delivered: 0, latency: new LatencyHistogram() }));
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpu = process.cpuUsage();
    this.t0 = performance.now();
    this.streaming = true;
    const { periodMs, packets } = this.spec;
    const total = this.packetsPerTalker;
    await new Promise<void>((resolve) => {
      let cycle = 0;
      let next = 0;
      const tick = (): void => {
        const now = performance.now();
        while (cycle < total && order.length > 0) {
          const talker = order[next]!;
          const due = this.t0 + cycle * periodMs + talker.offsetMs;
          if (due > now) break;
          const payload = packets[cycle % packets.length]!;
          talker.sendTimes[cycle] = now;
          talker.sent = cycle + 1;
          talker.conn.sendRaw(encodeClientFrame({ ref: 0, type: 'chunk', chunk: { messageId: talker.messageId, seq: cycle, payload } }, 'proto'));
          this.sendLag.record((now - due) * 1000);
          if (++next === order.length) {
            next = 0;
            cycle++;
          }
        }
        if (cycle >= total || order.length === 0) return resolve();
        const due = this.t0 + cycle * periodMs + order[next]!.offsetMs;
        setTimeout(tick, Math.max(0, due - performance.now()));
      };
      tick();
    });
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - this.t0;
    loop.disable();
    return { cpuUs: used.user + used.system, wallMs, loopDelayP99Ms: loop.percentile(99) / 1e6 };
  }

  /** Ends every message, waits for message_end at every listener (bounded), closes everything. */
  async finish(stream: { cpuUs: number; wallMs: number; loopDelayP99Ms: number }): Promise<TalkResult> {
    for (const talker of this.talkers) {
      talker.conn.send({ type: 'endMessage', endMessage: { messageId: talker.messageId, chunkCount: talker.sent } });
    }
    const deadline = performance.now() + (this.spec.finishTimeoutMs ?? 5000);
    while (performance.now() < deadline && !this.allEnded()) await new Promise((r) => setTimeout(r, 20));
    this.streaming = false;
    const result = this.result(stream);
    await this.closeAll();
    return result;
  }

  /** Closes every connection and waits (bounded) until the sockets are gone. */
  async closeAll(): Promise<void> {
    const conns = this.opened;
    for (const conn of conns) conn.close();
    const deadline = performance.now() + 3000;
    while (performance.now() < deadline && conns.some((c) => c.isOpen)) await new Promise((r) => setTimeout(r, 20));
    for (const conn of conns) if (conn.isOpen) conn.terminate();
  }

  /** Every listener has its message_end, and every talker its own (the final ack comes just before it on the same socket). */
  private allEnded(): boolean {
    return this.talkers.every((t) => (t.ended || !t.conn.isOpen) && t.listeners.every((l) => l.ended || !l.conn.isOpen));
  }

  private hook(talker: Talker): void {
    const { packets } = this.spec;
    for (const listener of talker.listeners) {
      listener.conn.hooks = {
        onChunk: (bytes, at) => {
          const view = this.view;
          if (!parseServerChunk(bytes, view)) return;
          const seq = view.seq;
          if (seq === listener.next) listener.next++;
          else if (seq < listener.next) {
            this.counts.duplicates++;
            return;
          } else {
            this.counts.outOfOrder++;
            listener.next = seq + 1;
          }
          listener.received++;
          this.counts.delivered++;
          if (view.payloadLength !== packets[seq % packets.length]!.length) this.counts.corrupt++;
          if (seq < talker.sent) {
            const us = (at - talker.sendTimes[seq]!) * 1000;
            this.latency.record(us);
            const slot = this.perSecond[Math.floor((at - this.t0) / 1000)];
            if (slot) {
              slot.delivered++;
              slot.latency.record(us);
            }
          }
        },
        onFrame: (frame) => {
          if (frame.type === 'messageEnd' && frame.messageEnd.messageId === talker.messageId) listener.ended = true;
          else this.onOtherFrame(frame);
        },
        onClose: () => {
          if (this.streaming) this.counts.disconnects++;
        },
      };
    }
    talker.conn.hooks = {
      onFrame: (frame, at) => {
        if (frame.type === 'ack' && frame.ack.messageId === talker.messageId) {
          this.onAck(talker, frame.ack.seq, at);
        } else if (frame.type === 'messageEnd' && frame.messageEnd.messageId === talker.messageId) {
          talker.ended = true;
        } else this.onOtherFrame(frame);
      },
      onClose: () => {
        if (this.streaming) this.counts.disconnects++;
      },
    };
  }

  /** Every chunk this ack newly covers gets its own sample: the ack's arrival − that chunk's send. */
  private onAck(talker: Talker, seq: number, at: number): void {
    const covered = Math.min(seq + 1, talker.sent);
    for (let k = talker.acked; k < covered; k++) this.ackLatency.record((at - talker.sendTimes[k]!) * 1000);
    talker.acked = Math.max(talker.acked, covered);
  }

  private onOtherFrame(frame: ServerFrame): void {
    if (frame.type === 'error') this.errors[frame.error.code] = (this.errors[frame.error.code] ?? 0) + 1;
  }

  private result(stream: { cpuUs: number; wallMs: number; loopDelayP99Ms: number }): TalkResult {
    let listeners = 0;
    let expected = 0;
    let lost = 0;
    let unfinished = 0;
    let sent = 0;
    for (const talker of this.talkers) {
      sent += talker.sent;
      for (const listener of talker.listeners) {
        listeners++;
        expected += talker.sent;
        lost += Math.max(0, talker.sent - listener.received);
        if (!listener.ended) unfinished++;
      }
    }
    const lastSecond = this.perSecond.findLastIndex((s) => s.delivered > 0);
    return {
      talkers: this.talkers.length,
      listeners,
      sent,
      expectedDeliveries: expected,
      delivered: this.counts.delivered,
      lost,
      duplicates: this.counts.duplicates,
      outOfOrder: this.counts.outOfOrder,
      corrupt: this.counts.corrupt,
      unfinished,
      disconnects: this.counts.disconnects,
      errors: { ...this.errors },
      latency: this.latency.snapshot(),
      ackLatency: this.ackLatency.snapshot(),
      perSecond: this.perSecond.slice(0, lastSecond + 1).map((s) => ({ delivered: s.delivered, latency: s.latency.snapshot() })),
      sendLag: this.sendLag.snapshot(),
      loopDelayP99Ms: stream.loopDelayP99Ms,
      generatorCpuUs: stream.cpuUs,
      busiestGeneratorCpuUs: stream.cpuUs,
      generators: 1,
      streamWallMs: stream.wallMs,
      setupMs: this.setupMs,
    };
  }
}

/** Sums the results of several generator processes into one. */
export function mergeTalkResults(results: readonly TalkResult[]): TalkResult {
  const latency = new LatencyHistogram();
  const ackLatency = new LatencyHistogram();
  const sendLag = new LatencyHistogram();
  const errors: Record<string, number> = {};
  const perSecond: { delivered: number; latency: LatencyHistogram }[] = [];
  const sum = (pick: (r: TalkResult) => number): number => results.reduce((n, r) => n + pick(r), 0);
  for (const r of results) {
    latency.merge(r.latency);
    ackLatency.merge(r.ackLatency);
    sendLag.merge(r.sendLag);
    for (const [code, n] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + n;
    r.perSecond.forEach((s, i) => {
      perSecond[i] ??= { delivered: 0, latency: new LatencyHistogram() };
      perSecond[i].delivered += s.delivered;
      perSecond[i].latency.merge(s.latency);
    });
  }
  return {
    talkers: sum((r) => r.talkers),
    listeners: sum((r) => r.listeners),
    sent: sum((r) => r.sent),
    expectedDeliveries: sum((r) => r.expectedDeliveries),
    delivered: sum((r) => r.delivered),
    lost: sum((r) => r.lost),
    duplicates: sum((r) => r.duplicates),
    outOfOrder: sum((r) => r.outOfOrder),
    corrupt: sum((r) => r.corrupt),
    unfinished: sum((r) => r.unfinished),
    disconnects: sum((r) => r.disconnects),
    errors,
    latency: latency.snapshot(),
    ackLatency: ackLatency.snapshot(),
    perSecond: perSecond.map((s) => ({ delivered: s.delivered, latency: s.latency.snapshot() })),
    sendLag: sendLag.snapshot(),
    loopDelayP99Ms: Math.max(0, ...results.map((r) => r.loopDelayP99Ms)),
    generatorCpuUs: sum((r) => r.generatorCpuUs),
    busiestGeneratorCpuUs: Math.max(0, ...results.map((r) => r.busiestGeneratorCpuUs)),
    generators: sum((r) => r.generators),
    streamWallMs: Math.max(0, ...results.map((r) => r.streamWallMs)),
    setupMs: Math.max(0, ...results.map((r) => r.setupMs)),
  };
}
