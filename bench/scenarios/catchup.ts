/**
 * Scenario catchup (voxring only: the relays keep nothing to catch up on).
 * A talker has streamed a 60 s message (uploaded as fast as the router's
 * chunk rate limit allows, then continuing at real pace); N listeners then
 * join it from seq 0 at the same instant. Measured per listener: time from
 * its listen frame until it holds every chunk the talker has sent (live),
 * the backlog rate, and that every seq arrived exactly once, in order,
 * through the end of the message.
 */
import { BenchConnection, describe, mapLimit, parseServerChunk, type ChunkView } from '../bench-connection.js';
import { percentile } from '../latency-histogram.js';
import { parsePromText, promHistogram } from '../prom-text.js';
import type { Population } from '../population.js';
import type { Progress } from '../progress.js';
import type { BenchServer } from '../server-process.js';

export interface CatchupOptions {
  backlogSeconds: number;
  /** Listener counts, one round each. */
  rounds: number[];
  /** Real-pace seconds after every listener is live, before the end. */
  tailSeconds: number;
  /** Chunks per second while uploading the backlog (under the router's maxChunksPerSecond). */
  uploadRate: number;
  packets: Buffer[];
  progress: Progress;
}

export interface CatchupRound {
  listeners: number;
  backlogChunks: number;
  uploadSeconds: number;
  /** Per listener, ms from its listen frame to live; NaN when it never got there. */
  timeToLiveMs: number[];
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Backlog chunks delivered per second, all listeners together, until the last one was live. */
  backlogFramesPerSecond: number;
  exactlyOnce: boolean;
  problems: string[];
  serverCpuUs: number;
  /** The router's voxring_listen_start_behind_chunks over this round. */
  routerStartBehindMean: number;
}

interface CatchupListener {
  conn: BenchConnection;
  next: number;
  duplicates: number;
  gaps: number;
  joinedAt: number;
  liveAt: number;
  ended: boolean;
  endCount: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runCatchup(server: BenchServer, population: Population, options: CatchupOptions): Promise<CatchupRound[]> {
  const rounds: CatchupRound[] = [];
  for (const n of options.rounds) {
    rounds.push(await runRound(server, population, n, options));
    const r = rounds.at(-1)!;
    options.progress.log(
      `catchup voxring N=${n}: live after p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, max ${r.maxMs} ms; ${r.backlogFramesPerSecond} backlog frames/s; ${r.exactlyOnce ? 'exactly once' : `PROBLEMS: ${r.problems.join('; ')}`}`,
    );
  }
  return rounds;
}

async function runRound(server: BenchServer, population: Population, n: number, options: CatchupOptions): Promise<CatchupRound> {
  const label = `catchup voxring N=${n}`;
  const spec = await population.broadcast(n);
  const talker = await BenchConnection.authenticated(server.wsUrl, spec.talker.token, `${spec.talker.deviceId}-c${n}`);
  const listeners: CatchupListener[] = [];
  const problems: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  try {
    const messageId = `catchup-${n}-${Date.now().toString(36)}`;
    const started = await talker.request({
      type: 'startMessage',
      startMessage: { messageId, conversationId: spec.conversationId, contentType: 'VOICE', opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 } },
    });
    if (started.type !== 'ack') throw new Error(`start_message answered ${describe(started)}`);
    let acked = -1;
    talker.hooks = {
      onFrame: (frame) => {
        if (frame.type === 'ack' && frame.ack.messageId === messageId) acked = Math.max(acked, frame.ack.seq);
        if (frame.type === 'error') problems.push(`talker got ${describe(frame)}`);
      },
    };
    let sent = 0;
    const sendNext = (): void => {
      const payload = options.packets[sent % options.packets.length]!;
      talker.send({ type: 'chunk', chunk: { messageId, seq: sent, payload } });
      sent++;
    };
    // The backlog: as fast as the router's token bucket (chunkBurst, then maxChunksPerSecond) allows.
    const backlog = options.backlogSeconds * 50;
    const uploadStart = performance.now();
    const burst = Math.min(backlog, 1000);
    while (sent < burst) sendNext();
    while (sent < backlog) {
      options.progress.update(`${label}: uploading the ${options.backlogSeconds} s backlog ${sent}/${backlog}`);
      const due = uploadStart + ((sent - burst) * 1000) / options.uploadRate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const batchEnd = Math.min(backlog, sent + 25);
      while (sent < batchEnd) sendNext();
    }
    for (const deadline = performance.now() + 30_000; acked < backlog - 1 && performance.now() < deadline; ) await sleep(10);
    if (acked < backlog - 1) problems.push(`backlog not durable: acked ${acked + 1}/${backlog}`);
    const uploadSeconds = (performance.now() - uploadStart) / 1000;

    // Live at real pace from here on.
    const liveStart = performance.now();
    const liveFrom = sent;
    const pace = (): void => {
      sendNext();
      timer = setTimeout(pace, Math.max(0, liveStart + (sent - liveFrom + 1) * 20 - performance.now()));
    };
    timer = setTimeout(pace, 20);

    options.progress.update(`${label}: connecting ${n} listeners`);
    const view: ChunkView = { seq: 0, idLength: 0, payloadOffset: 0, payloadLength: 0 };
    await mapLimit(spec.listeners, 64, async (endpoint, i) => {
      const conn = await BenchConnection.authenticated(server.wsUrl, endpoint.token, `${endpoint.deviceId}-c${n}`);
      const listener: CatchupListener = { conn, next: 0, duplicates: 0, gaps: 0, joinedAt: 0, liveAt: NaN, ended: false, endCount: -1 };
      conn.hooks = {
        onChunk: (bytes, at) => {
          if (!parseServerChunk(bytes, view)) return;
          if (view.seq === listener.next) listener.next++;
          else if (view.seq < listener.next) listener.duplicates++;
          else {
            listener.gaps++;
            listener.next = view.seq + 1;
          }
          if (Number.isNaN(listener.liveAt) && listener.next >= sent) listener.liveAt = at;
        },
        onFrame: (frame) => {
          if (frame.type === 'messageEnd' && frame.messageEnd.messageId === messageId) {
            listener.ended = true;
            listener.endCount = frame.messageEnd.chunkCount;
          } else if (frame.type === 'error') problems.push(`listener ${i} got ${describe(frame)}`);
        },
      };
      listeners.push(listener);
    });
    const metricsBefore = await server.metrics();
    const cpuBefore = server.cpu().totalUs;
    const headAtJoin = sent;
    options.progress.update(`${label}: ${n} listeners join ${headAtJoin} chunks behind`);
    for (const listener of listeners) {
      listener.joinedAt = performance.now();
      listener.conn.send({ type: 'listen', listen: { messageId, fromSeq: 0 } });
    }
    for (const deadline = performance.now() + 20_000; listeners.some((l) => Number.isNaN(l.liveAt)) && performance.now() < deadline; ) await sleep(5);
    const serverCpuUs = server.cpu().totalUs - cpuBefore;
    await sleep(options.tailSeconds * 1000);
    clearTimeout(timer);
    talker.send({ type: 'endMessage', endMessage: { messageId, chunkCount: sent } });
    for (const deadline = performance.now() + 20_000; listeners.some((l) => !l.ended) && performance.now() < deadline; ) await sleep(10);
    const metricsAfter = await server.metrics();

    const times = listeners.map((l) => l.liveAt - l.joinedAt);
    for (const [i, l] of listeners.entries()) {
      if (Number.isNaN(l.liveAt)) problems.push(`listener ${i} never caught up`);
      if (!l.ended) problems.push(`listener ${i} got no message_end`);
      else if (l.endCount !== sent) problems.push(`listener ${i}: message_end says ${l.endCount}, sent ${sent}`);
      if (l.duplicates || l.gaps || l.next !== sent) problems.push(`listener ${i}: ${l.next}/${sent} in order, ${l.duplicates} duplicates, ${l.gaps} gaps`);
    }
    const finite = times.filter(Number.isFinite);
    const slowest = Math.max(0, ...finite);
    const behind = (text: string | undefined) => promHistogram(parsePromText(text ?? ''), 'voxring_listen_start_behind_chunks');
    const hb = behind(metricsBefore);
    const ha = behind(metricsAfter);
    const round1 = (v: number): number => Math.round(v * 10) / 10;
    return {
      listeners: n,
      backlogChunks: headAtJoin,
      uploadSeconds: round1(uploadSeconds),
      timeToLiveMs: times.map(round1),
      p50Ms: round1(percentile(finite, 0.5)),
      p99Ms: round1(percentile(finite, 0.99)),
      maxMs: round1(slowest),
      backlogFramesPerSecond: slowest > 0 ? Math.round((finite.length * headAtJoin) / (slowest / 1000)) : NaN,
      exactlyOnce: problems.length === 0,
      problems: problems.slice(0, 20),
      serverCpuUs,
      routerStartBehindMean: ha.count - hb.count > 0 ? Math.round((ha.sum - hb.sum) / (ha.count - hb.count)) : NaN,
    };
  } finally {
    clearTimeout(timer);
    talker.close();
    for (const l of listeners) l.conn.close();
    await sleep(300);
  }
}
