/**
 * The relay link to one other router of the ring: one WebSocket per router
 * pair (the router with the smaller id dials, the other accepts at
 * /v1/link/<dialer id>), carrying RelayFrames both ways.
 *
 *   sender's router                      receiver's router
 *   LiveMessage.source ──LinkReader──▶ RelayLink ══ws══▶ RelayLink ──▶ mirror ChunkSource ──▶ devices
 *
 * Flow control: chunks are pulled by LinkReaders, which stop while the link
 * is congested (or down) and are pumped again on drain, so a slow peer
 * stalls only its own link. Control frames (timeline pushes) sent while the
 * link is down wait in a bounded queue (oldest dropped past it). When the
 * link (re)connects, every reader restarts from seq 0: the receiving mirror
 * drops seqs it already has, so devices get each chunk exactly once.
 *
 * Heartbeat: each side pings its peer every heartbeatMs and drops a channel
 * it heard nothing on (no frame, no pong) for deadAfterMs; the dialer then
 * redials (backoff ≤ 2 s, handshake ≤ 5 s). Without it a link whose packets
 * were dropped (a router cut off, `make chaos` isolate) stayed "up" on a
 * dead socket: the peer had closed its end, the dialer had nothing to send,
 * and the link stayed down for minutes.
 */
import WebSocket from 'ws';
import type { Logger } from '../../common/logger.js';
import { decodeRelayFrame, encodeRelayFrame } from '../../proto/frame-codec.js';
import type { RelayFrame } from '../../proto/frames.js';
import type { ChunkReader, ChunkSource } from '../stream/chunk-source.js';
import type { SendResult } from '../edge/transport.js';
import { toWireHeader } from '../wire-mappers.js';

export const LINK_PATH = '/v1/link';
export const LINK_SECRET_HEADER = 'x-voxring-cluster-secret';
/** Control frames kept while the link is down. */
export const LINK_QUEUE_MAX_FRAMES = 10_000;
/** How often each side of a link pings the other. */
export const LINK_HEARTBEAT_MS = 1000;
/** A link silent this long (no frame, no pong) is dropped and redialed. */
export const LINK_DEAD_AFTER_MS = 5000;

/** Either side of the link's WebSocket: what RelayLink needs from it. */
export interface LinkChannel {
  send(bytes: Uint8Array): SendResult;
  close(code: number, reason: string): void;
  /** Drops the socket at once (a dead peer never answers a close handshake). */
  terminate(): void;
  /** A WebSocket ping; the pong comes back through RelayLink.heard(). */
  ping(): void;
}

export interface RelayLinkOptions {
  selfId: string;
  peerId: string;
  /** Set on the dialing side: the peer's link URL (changes when the peer restarts on another port: see redial). */
  dialUrl: string | undefined;
  secret: string;
  maxFrameBytes: number;
  highWaterMarkBytes: number;
  /** Ping interval (default LINK_HEARTBEAT_MS) and the silence after which the channel is dropped (default LINK_DEAD_AFTER_MS). */
  heartbeatMs?: number;
  deadAfterMs?: number;
  logger: Logger;
  onFrame(link: RelayLink, frame: RelayFrame): void;
  /** The link is up (again); `connects` already counts this time. */
  onUp?(link: RelayLink): void;
  /** The link was lost (it reconnects by itself). */
  onDown?(link: RelayLink): void;
}

/** Opens the link to one peer (router.ts: the cluster secret, frame limits and logger are its). */
export type LinkFactory = (link: Pick<RelayLinkOptions, 'peerId' | 'dialUrl' | 'onFrame' | 'onUp' | 'onDown'>) => RelayLink;

export type LinkState = 'up' | 'down' | 'closed';

/** One link as the ring status shows it. */
export interface LinkStatus {
  peer: string;
  state: LinkState;
  relaying: number;
  framesSent: number;
  framesReceived: number;
  bytesSent: number;
  bytesReceived: number;
  /** Control frames waiting for the link to come up (at most LINK_QUEUE_MAX_FRAMES). */
  queued: number;
  dropped: number;
  connects: number;
}

export class RelayLink {
  readonly peerId: string;
  private channel: LinkChannel | undefined;
  private readonly readers = new Map<string, LinkReader>();
  private readonly queue: Uint8Array[] = [];
  private closed = false;
  private dialer: WebSocket | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private readonly heartbeat: NodeJS.Timeout;
  /** When the current channel last brought anything (performance.now()). */
  private heardAt = 0;
  /** True after a send hit the high-water mark, until the channel drains. */
  congested = false;
  framesSent = 0;
  framesReceived = 0;
  bytesSent = 0;
  bytesReceived = 0;
  dropped = 0;
  connects = 0;

  constructor(private readonly options: RelayLinkOptions) {
    this.peerId = options.peerId;
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? LINK_HEARTBEAT_MS);
    this.heartbeat.unref();
    if (options.dialUrl) this.dial();
  }

  get state(): LinkState {
    return this.closed ? 'closed' : this.channel ? 'up' : 'down';
  }

  get relaying(): number {
    return this.readers.size;
  }

  status(): LinkStatus {
    const { framesSent, framesReceived, bytesSent, bytesReceived, dropped, connects } = this;
    const queued = this.queue.length;
    return { peer: this.peerId, state: this.state, relaying: this.relaying, framesSent, framesReceived, bytesSent, bytesReceived, queued, dropped, connects };
  }

  /** An accepted (or dialed) channel is now this link's; an older one is closed. */
  attach(channel: LinkChannel): void {
    if (this.closed) {
      channel.close(1001, 'VOX_SHUTTING_DOWN');
      return;
    }
    const old = this.channel;
    this.channel = channel;
    if (old) old.close(1000, 'replaced');
    this.congested = false;
    this.attempts = 0;
    this.heardAt = performance.now();
    this.connects++;
    this.options.logger.info({ peer: this.peerId }, 'relay link up');
    const queued = this.queue.splice(0);
    for (const bytes of queued) this.write(bytes);
    for (const reader of [...this.readers.values()]) reader.restart();
    this.options.onUp?.(this);
  }

  /** The channel went away; a dialer retries with backoff, readers wait. */
  detach(channel: LinkChannel): void {
    if (this.channel !== channel) return;
    this.channel = undefined;
    this.congested = true;
    if (!this.closed) this.options.logger.warn({ peer: this.peerId }, 'relay link down');
    if (this.options.dialUrl && !this.closed) this.scheduleDial();
    if (!this.closed) this.options.onDown?.(this);
  }

  /** Bytes from the peer. */
  receive(data: Uint8Array): void {
    this.heard();
    const decoded = decodeRelayFrame(data, this.options.maxFrameBytes);
    if (!decoded.ok) {
      this.options.logger.warn({ peer: this.peerId, code: decoded.error.code }, 'bad relay frame');
      return;
    }
    this.framesReceived++;
    this.bytesReceived += data.byteLength;
    this.options.onFrame(this, decoded.frame);
  }

  /** The peer answered a ping (or sent anything): the channel is alive. */
  heard(): void {
    this.heardAt = performance.now();
  }

  /** Heartbeat step: drop a channel silent past deadAfterMs, else ping the peer. */
  private beat(): void {
    const channel = this.channel;
    if (!channel) return;
    const silentMs = performance.now() - this.heardAt;
    if (silentMs < (this.options.deadAfterMs ?? LINK_DEAD_AFTER_MS)) {
      channel.ping();
      return;
    }
    this.options.logger.warn({ peer: this.peerId, silentMs: Math.round(silentMs) }, 'relay link silent: dropping it');
    this.detach(channel);
    channel.terminate();
  }

  drained(): void {
    this.congested = false;
    for (const reader of [...this.readers.values()]) {
      if (this.congested) break;
      reader.pump();
    }
  }

  /**
   * Streams `source` to the peer (header, chunks from 0, end), once per
   * message. `replicate`: the peer keeps a durable copy and acks it; asking
   * that of a message already relayed restarts its relay with the flag.
   * Asking again lifts a relayUpTo limit still pending on its reader.
   */
  relay(source: ChunkSource, participantIds: readonly string[], replicate = false): void {
    if (this.closed) return;
    const existing = this.readers.get(source.messageId);
    if (existing) {
      // A reader cut short by a handover that has not reached its limit yet (link down or congested) while the
      // message came back here: it is this router's to relay again, to its end.
      const cut = existing.limit !== Infinity;
      existing.limit = Infinity;
      if (replicate && !existing.replicate) {
        existing.replicate = true;
        existing.restart();
      } else if (cut) existing.pump();
      return;
    }
    const reader = new LinkReader(this, source, participantIds, replicate);
    this.readers.set(source.messageId, reader);
    source.readers.add(reader);
    reader.pump();
  }

  /**
   * The peer's link URL changed (it restarted elsewhere): drop the channel to
   * the old address and dial the new one at once. Dialing side only.
   */
  redial(dialUrl: string): void {
    if (this.closed || !this.options.dialUrl || this.options.dialUrl === dialUrl) return;
    this.options.dialUrl = dialUrl;
    this.attempts = 0;
    const channel = this.channel;
    if (channel) {
      channel.close(1001, 'peer moved');
      this.detach(channel);
    }
    this.dialer?.terminate();
    this.dialer = undefined;
    clearTimeout(this.retryTimer);
    this.dial();
  }

  /**
   * Relays a message's first `count` chunks and then stops without ending it
   * (the peer took the message over and feeds the rest itself).
   */
  relayUpTo(source: ChunkSource, participantIds: readonly string[], count: number): void {
    this.relay(source, participantIds);
    const reader = this.readers.get(source.messageId);
    if (!reader) return;
    reader.limit = count;
    reader.pump();
  }

  /** A control frame: sent now, or queued (bounded) while the link is down. */
  sendControl(frame: RelayFrame): void {
    if (this.closed) return;
    const bytes = encodeRelayFrame(frame);
    if (this.channel) {
      this.write(bytes);
      return;
    }
    if (this.queue.length >= LINK_QUEUE_MAX_FRAMES) {
      this.queue.shift();
      this.dropped++;
    }
    this.queue.push(bytes);
  }

  /** Only while up: for LinkReaders (which restart on reconnect rather than queue). */
  sendNow(frame: RelayFrame): void {
    if (this.channel) this.write(encodeRelayFrame(frame));
  }

  get up(): boolean {
    return this.channel !== undefined;
  }

  readerDone(reader: LinkReader): void {
    if (this.readers.get(reader.source.messageId) === reader) this.readers.delete(reader.source.messageId);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeat);
    for (const reader of [...this.readers.values()]) reader.detach();
    this.queue.length = 0;
    this.channel?.close(1001, 'VOX_SHUTTING_DOWN');
    this.channel = undefined;
    this.dialer?.terminate();
    this.dialer = undefined;
  }

  private write(bytes: Uint8Array): void {
    const channel = this.channel;
    if (!channel) return;
    const result = channel.send(bytes);
    if (result === 'dropped') {
      this.detach(channel);
      return;
    }
    this.framesSent++;
    this.bytesSent += bytes.byteLength;
    if (result === 'backpressure') this.congested = true;
  }

  private scheduleDial(): void {
    clearTimeout(this.retryTimer);
    // 50 ms doubling to 2 s, with ±50 % jitter so a restarted router is not hit by everyone at once.
    const base = Math.min(2000, 50 * 2 ** Math.min(this.attempts, 6));
    this.attempts++;
    this.retryTimer = setTimeout(() => this.dial(), base * (0.5 + Math.random()));
    this.retryTimer.unref();
  }

  private dial(): void {
    if (this.closed || !this.options.dialUrl) return;
    const url = `${this.options.dialUrl.replace(/\/$/, '')}/${encodeURIComponent(this.options.selfId)}`;
    const ws = new WebSocket(url, {
      headers: { [LINK_SECRET_HEADER]: this.options.secret },
      maxPayload: this.options.maxFrameBytes,
      handshakeTimeout: 5000,
    });
    this.dialer = ws;
    const channel = new DialedChannel(ws, this.options.highWaterMarkBytes, () => this.drained());
    ws.on('open', () => this.attach(channel));
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) this.receive(data);
    });
    ws.on('pong', () => {
      if (this.channel === channel) this.heard();
    });
    ws.on('error', (err) => this.options.logger.debug({ err, peer: this.peerId }, 'relay link dial failed'));
    ws.on('close', () => {
      if (this.dialer === ws) this.dialer = undefined;
      if (this.channel === channel) this.detach(channel);
      else if (!this.closed) this.scheduleDial();
    });
  }
}

/** The dialing side's channel: `ws` has no drain event, so bytes are counted until their write callback. */
class DialedChannel implements LinkChannel {
  private pending = 0;
  private congested = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly highWaterMarkBytes: number,
    private readonly onDrain: () => void,
  ) {}

  send(bytes: Uint8Array): SendResult {
    if (this.ws.readyState !== WebSocket.OPEN) return 'dropped';
    const size = bytes.length;
    this.pending += size;
    this.ws.send(bytes, { binary: true }, () => {
      this.pending -= size;
      if (this.congested && this.pending <= this.highWaterMarkBytes / 2) {
        this.congested = false;
        this.onDrain();
      }
    });
    if (this.pending > this.highWaterMarkBytes) this.congested = true;
    return this.congested ? 'backpressure' : 'sent';
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }

  terminate(): void {
    this.ws.terminate();
  }

  ping(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.ping();
  }
}

/**
 * Pulls one message's chunks onto a link: header, chunks from seq 0, end.
 * Stops while the link is congested or down; restarts from 0 when it reconnects.
 */
export class LinkReader implements ChunkReader {
  private nextSeq = 0;
  private headerSent = false;
  private finished = false;
  /** Stop (without an end) once this many chunks went out. */
  limit = Infinity;

  constructor(
    private readonly link: RelayLink,
    readonly source: ChunkSource,
    private readonly participantIds: readonly string[],
    public replicate: boolean,
  ) {}

  pump(): void {
    if (this.finished || !this.link.up) return;
    const { link, source } = this;
    if (!this.headerSent) {
      this.headerSent = true;
      link.sendNow({
        ref: 0,
        type: 'relayHeader',
        relayHeader: { header: toWireHeader(source.header), participantIds: [...this.participantIds], replicate: this.replicate },
      });
    }
    while (this.nextSeq < source.chunks.length) {
      if (this.nextSeq >= this.limit) {
        this.detach();
        return;
      }
      if (link.congested || !link.up) return;
      const payload = source.chunks.at(this.nextSeq)!;
      const receivedAtMs = source.chunks.receivedAtMs(this.nextSeq);
      link.sendNow({ ref: 0, type: 'chunk', chunk: { messageId: source.messageId, seq: this.nextSeq, payload, receivedAtMs } });
      this.nextSeq++;
    }
    if (this.nextSeq >= this.limit) {
      this.detach();
      return;
    }
    if (source.endState !== null && link.up) {
      link.sendNow({
        ref: 0,
        type: 'messageEnd',
        messageEnd: { messageId: source.messageId, chunkCount: source.chunks.length, state: source.endState },
      });
      this.detach();
    }
  }

  restart(): void {
    this.nextSeq = 0;
    this.headerSent = false;
    this.pump();
  }

  detach(): void {
    if (this.finished) return;
    this.finished = true;
    this.source.readers.delete(this);
    this.link.readerDone(this);
  }
}
