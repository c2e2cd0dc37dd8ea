/**
 * The router's Prometheus metrics (GET /metrics), over a prom-client
 * Registry of its own: two routers in one process never share a metric.
 *
 * Hot-path cost: chunk and byte counts are plain number fields bumped by the
 * delivery code and copied into the prom-client counters only when scraped;
 * per chunk the message service reads the clock twice (start and end of the
 * fan-out) and observes one HotHistogram (prom-client's observe allocates a
 * labels object per call; this one only bumps numbers). Ack latency keeps
 * each live message's last ACK_WINDOW receive times in a preallocated ring,
 * so nothing is allocated per chunk. Mouth-to-ear and live-edge lag are
 * HotHistograms too, observed per chunk per listening device (ListenTimings).
 */
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry, type Metric } from 'prom-client';
import type { MessageId } from '../common/ids.js';
import type { HeaderStore } from '../header-store/header-store.js';
import type { UploadQueueStatus } from '../body-store/body-store.js';
import type { LinkStatus } from './cluster/relay-link.js';
import type { ListenTimings } from './stream/listen-timings.js';

/** Chunks whose receive time is remembered per live message; older ones are not observed for ack latency. */
const ACK_WINDOW = 64;
const HEADER_WRITES = new Set<string>([
  'createUser',
  'createSession',
  'revokeSession',
  'revokeSessionsBeyond',
  'createConversation',
  'addParticipants',
  'removeParticipant',
  'insertMessage',
  'updateMessage',
  'updateLiveMessage',
  'appendTimeline',
  'appendTimelines',
  'addUsage',
]);

/** Counts bumped on the hot path; read at scrape time. */
export interface TrafficCounters {
  chunksIn: number;
  chunksOut: number;
  bytesIn: number;
  bytesOut: number;
}

/** Gauges computed from router state at scrape time. */
export interface RouterGaugeSources {
  connections(): number;
  sessions(): number;
  liveMessages(): number;
  /** Listeners of live messages and how many chunks each is behind the head. */
  catchUp(): { behind: number; maxBehind: number; totalBehind: number };
  /** Timeline events published and not yet stored (waiting for the header store). */
  timelinePending(): number;
  /** This router's relay links (none alone). */
  relayLinks(): readonly LinkStatus[];
  /** Bodies waiting for upload to CouchDB; undefined: no remote tier. */
  uploadQueue(): UploadQueueStatus | undefined;
}

/**
 * An unlabelled histogram for the hot path, exposed to prom-client's
 * registry through the metric protocol it formats (`get()`): same text as a
 * prom-client Histogram, but observe() touches only preallocated numbers.
 */
export class HotHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly counts: Float64Array;
  private sum = 0;
  private count = 0;

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly upperBounds: readonly number[],
  ) {
    this.counts = new Float64Array(upperBounds.length + 1);
  }

  observe(value: number): void {
    const bounds = this.upperBounds;
    let i = 0;
    while (i < bounds.length && value > bounds[i]!) i++;
    this.counts[i]!++;
    this.sum += value;
    this.count++;
  }

  /** What prom-client's Registry reads from a metric. */
  get(): { name: string; help: string; type: string; aggregator: string; values: { value: number; labels: Record<string, string | number>; metricName: string }[] } {
    const values: { value: number; labels: Record<string, string | number>; metricName: string }[] = [];
    let cumulative = 0;
    this.upperBounds.forEach((le, i) => {
      cumulative += this.counts[i]!;
      values.push({ value: cumulative, labels: { le }, metricName: `${this.name}_bucket` });
    });
    values.push({ value: this.count, labels: { le: '+Inf' }, metricName: `${this.name}_bucket` });
    values.push({ value: this.sum, labels: {}, metricName: `${this.name}_sum` });
    values.push({ value: this.count, labels: {}, metricName: `${this.name}_count` });
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }
}

/** Per live message: receive time of each of its last ACK_WINDOW chunks. */
interface AckTracker {
  readonly receivedAt: Float64Array;
  durable: number;
  /** Chunks covered by the acks sent so far (seq + 1 of the last). */
  acked: number;
}

export class RouterMetrics implements ListenTimings {
  readonly registry = new Registry();
  readonly traffic: TrafficCounters = { chunksIn: 0, chunksOut: 0, bytesIn: 0, bytesOut: 0 };
  private readonly fanout: HotHistogram;
  private readonly ackLatency: HotHistogram;
  private readonly ackSentLatency: HotHistogram;
  private readonly mouthToEar: HotHistogram;
  private readonly liveEdgeLag: HotHistogram;
  private readonly liveEdgeJoin: HotHistogram;
  private readonly storageWrite: Histogram<'store' | 'op'>;
  private readonly listenBehind: Histogram;
  private readonly errors: Counter<'code'>;
  private readonly timelineDroppedTotal: Counter;
  private readonly httpRequests: Counter;
  private readonly httpDuration: Histogram;
  private readonly acks = new Map<MessageId, AckTracker>();
  private readonly loopDelay: IntervalHistogram;
  private sources: RouterGaugeSources | undefined;

  constructor() {
    const registers = [this.registry];
    const traffic = this.traffic;
    const copy = (name: string, help: string, read: () => number): void => {
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    };
    copy('voxring_chunks_in_total', 'Chunks accepted from senders (appended to a live message).', () => traffic.chunksIn);
    copy('voxring_chunks_out_total', 'Chunk frames sent to WebSocket listeners.', () => traffic.chunksOut);
    copy('voxring_bytes_in_total', 'WebSocket message bytes received.', () => traffic.bytesIn);
    copy('voxring_bytes_out_total', 'WebSocket message bytes sent (JSON frames counted in characters).', () => traffic.bytesOut);
    const gauge = (name: string, help: string, read: (s: RouterGaugeSources) => number): void => {
      const sources = (): RouterGaugeSources | undefined => this.sources;
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const s = sources();
          if (s) this.set(read(s));
        },
      });
    };
    gauge('voxring_connections', 'Open WebSocket connections, authenticated or not.', (s) => s.connections());
    gauge('voxring_sessions', 'Authenticated device sessions.', (s) => s.sessions());
    gauge('voxring_live_messages', 'Voice messages streaming now.', (s) => s.liveMessages());
    gauge('voxring_timeline_pending_events', 'Timeline events published and not yet stored (waiting for the header store).', (s) => s.timelinePending());
    let catchUp = { behind: 0, maxBehind: 0, totalBehind: 0 };
    gauge('voxring_catchup_listeners', 'Listeners of live messages behind the head (catching up).', (s) => {
      catchUp = s.catchUp();
      return catchUp.behind;
    });
    gauge('voxring_catchup_chunks_behind_max', 'Largest distance, in chunks, of a listener behind its live message.', () => catchUp.maxBehind);
    gauge('voxring_catchup_chunks_behind_sum', 'Chunks all listeners of live messages still have to receive.', () => catchUp.totalBehind);

    gauge('voxring_upload_queue_bodies', 'Bodies whose upload to CouchDB is not complete (0 without CouchDB).', (s) => s.uploadQueue()?.bodies ?? 0);
    gauge('voxring_upload_queue_bytes', 'Bytes on local disk that CouchDB does not have yet (compared with uploadBacklogMaxBytes).', (s) => s.uploadQueue()?.backlogBytes ?? 0);
    copy('voxring_upload_failed_requests_total', 'Upload requests to CouchDB that failed (each is retried with back-off).', () => this.sources?.uploadQueue()?.failedRequests ?? 0);
    this.relayLinkMetrics(registers);

    this.fanout = new HotHistogram(
      'voxring_fanout_seconds',
      'Chunk handling to its last local send (validation, append, fan-out to every listener).',
      [0.00002, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05],
    );
    this.ackLatency = new HotHistogram(
      'voxring_ack_latency_seconds',
      'Chunk received to durable on disk (group commit), per chunk.',
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    );
    this.mouthToEar = new HotHistogram(
      'voxring_mouth_to_ear_seconds',
      "Chunk received at its talker's router to sent to a device listening live (ring hop included; wall clocks).",
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    );
    this.liveEdgeLag = new HotHistogram(
      'voxring_live_edge_lag_seconds',
      'Per chunk sent to a device catching up on a live message: how far (talker time) it is behind the newest chunk.',
      [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    );
    this.liveEdgeJoin = new HotHistogram(
      'voxring_live_edge_join_seconds',
      'Time a device that began listening behind the live edge of a live message took to reach it.',
      [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    );
    this.ackSentLatency = new HotHistogram(
      'voxring_ack_sent_seconds',
      'Chunk received to the streaming ack covering it sent to the sender (commit wait, fsync and ack pacing), per chunk.',
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    );
    // The registry formats whatever has prom-client's metric shape; HotHistogram has it without the class.
    for (const hot of [this.fanout, this.ackLatency, this.ackSentLatency, this.mouthToEar, this.liveEdgeLag, this.liveEdgeJoin]) {
      this.registry.registerMetric(hot as unknown as Metric);
    }
    this.storageWrite = new Histogram({
      name: 'voxring_storage_write_seconds',
      help: 'Storage writes by store (header: every write call; body: open and final commit).',
      labelNames: ['store', 'op'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.listenBehind = new Histogram({
      name: 'voxring_listen_start_behind_chunks',
      help: 'Chunks between a new listener start seq and the head of the message when it attaches.',
      buckets: [0, 1, 10, 50, 250, 1000, 3000, 10000, 50000],
      registers,
    });
    this.errors = new Counter({ name: 'voxring_errors_total', help: 'Error frames sent, by code.', labelNames: ['code'], registers });
    this.httpRequests = new Counter({
      name: 'voxring_http_requests_total',
      help: 'HTTP requests answered, by route (the pattern, not the path), method and status.',
      labelNames: ['route', 'method', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'voxring_http_request_duration_seconds',
      help: 'HTTP request to the end of its response (a stream: until it ends), by route and method.',
      labelNames: ['route', 'method'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers,
    });
    this.timelineDroppedTotal = new Counter({
      name: 'voxring_timeline_events_dropped_total',
      help: 'Timeline events never stored: the pending queue was full (maxPendingTimelineAppends), the store refused them, or the router closed while the store was away.',
      registers,
    });

    this.loopDelay = monitorEventLoopDelay({ resolution: 10 });
    this.loopDelay.enable();
    const delay = this.loopDelay;
    new Gauge({
      name: 'voxring_event_loop_lag_seconds',
      help: 'Event-loop delay since the previous scrape (perf_hooks, 10 ms resolution).',
      labelNames: ['quantile'],
      registers,
      collect() {
        const seconds = (ns: number): number => (Number.isFinite(ns) ? ns / 1e9 : 0);
        this.set({ quantile: '0.5' }, seconds(delay.percentile(50)));
        this.set({ quantile: '0.99' }, seconds(delay.percentile(99)));
        this.set({ quantile: '1' }, seconds(delay.max));
        delay.reset();
      },
    });
    new Gauge({
      name: 'voxring_process_resident_memory_bytes',
      help: 'Resident set size of the router process.',
      registers,
      collect() {
        this.set(process.memoryUsage.rss());
      },
    });
    new Counter({
      name: 'voxring_process_cpu_seconds_total',
      help: 'User and system CPU time of the router process.',
      registers,
      collect() {
        const { user, system } = process.cpuUsage();
        this.reset();
        this.inc((user + system) / 1e6);
      },
    });
  }

  /** Connects the gauges to the router's state; called once wiring is done. */
  watch(sources: RouterGaugeSources): void {
    this.sources = sources;
  }

  /** Prometheus text exposition. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  // --- live messages ---------------------------------------------------------

  /** A message went live with `durable` chunks already on disk (0, or more on resume). */
  messageLive(id: MessageId, durable: number): void {
    this.acks.set(id, { receivedAt: new Float64Array(ACK_WINDOW), durable, acked: durable });
  }

  messageGone(id: MessageId): void {
    this.acks.delete(id);
  }

  /** One chunk accepted: `receivedAt` is performance.now() when its handling began. */
  chunkIn(id: MessageId, seq: number, receivedAt: number): void {
    this.traffic.chunksIn++;
    const tracker = this.acks.get(id);
    if (tracker) tracker.receivedAt[seq % ACK_WINDOW] = receivedAt;
    this.fanout.observe((performance.now() - receivedAt) / 1000);
  }

  /** The body store made chunks up to durableCount - 1 durable. */
  durable(id: MessageId, durableCount: number): void {
    const tracker = this.acks.get(id);
    if (!tracker || durableCount <= tracker.durable) return;
    const now = performance.now();
    for (let seq = Math.max(tracker.durable, durableCount - ACK_WINDOW); seq < durableCount; seq++) {
      this.ackLatency.observe((now - (tracker.receivedAt[seq % ACK_WINDOW] ?? now)) / 1000);
    }
    tracker.durable = durableCount;
  }

  /** A streaming ack covering seqs up to `seq` went to the sender. */
  ackSent(id: MessageId, seq: number): void {
    const tracker = this.acks.get(id);
    if (!tracker || seq < tracker.acked) return;
    const now = performance.now();
    for (let s = Math.max(tracker.acked, seq + 1 - ACK_WINDOW); s <= seq; s++) {
      this.ackSentLatency.observe((now - (tracker.receivedAt[s % ACK_WINDOW] ?? now)) / 1000);
    }
    tracker.acked = seq + 1;
  }

  liveChunkSent(receivedAtMs: number): void {
    // Another router's clock may run a little ahead: a negative delay is counted as none.
    this.mouthToEar.observe(Math.max(0, Date.now() - receivedAtMs) / 1000);
  }

  catchUpChunkSent(lagMs: number): void {
    this.liveEdgeLag.observe(Math.max(0, lagMs) / 1000);
  }

  liveEdgeReached(tookMs: number): void {
    this.liveEdgeJoin.observe(Math.max(0, tookMs) / 1000);
  }

  listenerAttached(behind: number): void {
    this.listenBehind.observe(behind);
  }

  error(code: string): void {
    this.errors.inc({ code });
  }

  timelineDropped(count: number): void {
    this.timelineDroppedTotal.inc(count);
  }

  /** One HTTP request done: `status` as sent, 499 when its client went away before any was. */
  httpRequest(route: string, method: string, status: number, seconds: number): void {
    this.httpRequests.inc({ route, method, status: String(status) });
    this.httpDuration.observe({ route, method }, seconds);
  }

  /** Per peer, read from the links at scrape time: frames and bytes each way, the control queue, up or not. */
  private relayLinkMetrics(registers: Registry[]): void {
    const links = (): readonly LinkStatus[] => this.sources?.relayLinks() ?? [];
    const perDirection = (name: string, help: string, sent: (l: LinkStatus) => number, received: (l: LinkStatus) => number): void => {
      new Counter({
        name,
        help,
        labelNames: ['peer', 'direction'],
        registers,
        collect() {
          this.reset();
          for (const link of links()) {
            this.inc({ peer: link.peer, direction: 'sent' }, sent(link));
            this.inc({ peer: link.peer, direction: 'received' }, received(link));
          }
        },
      });
    };
    perDirection('voxring_relay_link_frames_total', 'Relay link frames to and from each peer router.', (l) => l.framesSent, (l) => l.framesReceived);
    perDirection('voxring_relay_link_bytes_total', 'Relay link bytes to and from each peer router.', (l) => l.bytesSent, (l) => l.bytesReceived);
    const perPeer = (name: string, help: string, read: (l: LinkStatus) => number): void => {
      new Gauge({
        name,
        help,
        labelNames: ['peer'],
        registers,
        collect() {
          this.reset();
          for (const link of links()) this.set({ peer: link.peer }, read(link));
        },
      });
    };
    perPeer('voxring_relay_link_up', '1 while the relay link to the peer is up, else 0.', (l) => (l.state === 'up' ? 1 : 0));
    perPeer('voxring_relay_link_queue_frames', 'Control frames queued for the peer while its link is down (bounded; oldest dropped).', (l) => l.queued);
    new Counter({
      name: 'voxring_relay_link_dropped_frames_total',
      help: 'Control frames dropped for the peer because its queue was full.',
      labelNames: ['peer'],
      registers,
      collect() {
        this.reset();
        for (const link of links()) this.inc({ peer: link.peer }, link.dropped);
      },
    });
  }

  // --- storage ---------------------------------------------------------------

  /** Times a storage call under voxring_storage_write_seconds{store, op} (body: open and finish, by the message service). */
  async timeStorage<T>(store: 'header' | 'body', op: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.storageWrite.observe({ store, op }, (performance.now() - started) / 1000);
    }
  }

  /** The header store with its write methods timed; reads and close pass through. */
  timeHeaderStore(store: HeaderStore): HeaderStore {
    return new Proxy(store, {
      get: (target, prop, receiver) => {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof prop !== 'string' || !HEADER_WRITES.has(prop) || typeof value !== 'function') {
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
        const method = value as (...a: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => this.timeStorage('header', prop, () => method.apply(target, args));
      },
    });
  }

  /** Stops the event-loop monitor. Idempotent. */
  close(): void {
    this.loopDelay.disable();
  }
}
