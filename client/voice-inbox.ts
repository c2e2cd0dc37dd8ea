/**
 * Incoming voice messages, each delivered whole and exactly once, across
 * reconnects. For every message it hears (a `header` from `monitor`) the
 * inbox keeps the chunks 0 … n−1 it holds and accepts only seq n next:
 *
 *   seq < n   a repeat (resume overlap, a listen that overlaps the live
 *             stream): dropped and counted;
 *   seq = n   appended;
 *   seq > n   a gap (it joined mid-way): dropped, and `listen {fromSeq: n}`
 *             is sent unless one is pending; the router's listen replaces
 *             the stream of that message on this connection, so the answer
 *             (a `header` with the listen's ref) marks where the new stream
 *             starts. Chunks of the old stream before it are ignored: the
 *             new stream sends them from the listen's fromSeq.
 *
 * A message is delivered when a `messageEnd` (of the current stream) says
 * COMPLETE and every chunk up to its count is held. INTERRUPTED means its
 * sender's router went away: the inbox waits up to `interruptedWaitMs` for
 * the sender to resume it (a `presence` naming the message, or a new
 * connection, sends the listen again from n), then delivers what it holds as
 * INTERRUPTED. On each new connection it asks for the rest of every message
 * not yet delivered and for the timeline since the last cursor it saw, and
 * plays from seq 0 any voice message that started while it was away.
 */
import type { MessageHeader, MessageStateName, Presence, ServerFrame, TimelineEvents } from '../proto/frames.js';
import { VoxClientError } from './client-error.js';
import type { VoxringConnection } from './voxring-connection.js';

/** What the inbox uses of a connection. */
export type InboxConnection = Pick<VoxringConnection, 'isOpen' | 'send' | 'welcome'>;

/** What the inbox needs of its session (VoxringSession is one; a test's fake is another). */
export interface InboxSession {
  /** The open connection, undefined while reconnecting. */
  readonly connection: InboxConnection | undefined;
  onFrame(listener: (frame: ServerFrame) => void): () => void;
  /** Runs `hook` on every new connection after a loss, before monitor is sent again. */
  onReconnect(hook: (conn: InboxConnection) => void): () => void;
  /** True for the session's own voice messages (not to be heard back). */
  isSending(messageId: string): boolean;
}

export interface InboxOptions {
  /** Conversations whose messages it takes; default: every conversation it hears from. */
  conversationIds?: readonly string[];
  /** How long an INTERRUPTED message waits for its sender to resume before it is delivered as it is; default 30 000 ms. */
  interruptedWaitMs?: number;
  /** First delay before a listen the router could not answer yet is sent again (doubles up to 2 s); default 250 ms. */
  retryMs?: number;
  /** A message whose stream brought nothing (no chunk, no end) for this long is asked for again from the next seq; default 5000 ms. */
  stallMs?: number;
  /**
   * Sends `heard` for each COMPLETE message once every onMessage listener
   * returned (they played or stored it): its sender gets a HEARD receipt.
   * Default false.
   */
  markHeard?: boolean;
  /** Pace of the backlog its listens ask for (LISTEN_RATES: 1, 1.5, 2, 3 × real time); default 0, as fast as the connection drains. */
  listenRate?: number;
}

/** A voice message as the inbox delivers it. */
export interface ReceivedVoiceMessage {
  /** The last header heard, its state set to how the message ended. */
  header: MessageHeader;
  /** Opus packets, index = seq: each chunk once, in order. */
  payloads: Uint8Array[];
  /** COMPLETE; INTERRUPTED when its sender did not resume it within interruptedWaitMs; RECALLED / EXPIRED when its body went away. */
  state: MessageStateName;
  /** The router's refusal when it would not play the rest (VOX_MESSAGE_NOT_FOUND, …). */
  error: VoxClientError | undefined;
  /** Chunks heard again and dropped. */
  duplicates: number;
  /** listen requests sent to fill it (joined mid-way, gaps, reconnects). */
  catchUps: number;
  /** Times its stream went quiet for stallMs without an end and was asked for again. */
  stalls: number;
}

/** Gets each voice message the inbox delivers (`onMessage`). */
export type VoiceMessageListener = (message: ReceivedVoiceMessage) => void;

interface Incoming {
  header: MessageHeader;
  payloads: Uint8Array[];
  /** ref of the listen whose answer has not come yet (0: none). */
  listenRef: number;
  /** The current stream's end. */
  end: { state: MessageStateName; count: number } | undefined;
  waitTimer: ReturnType<typeof setTimeout> | undefined;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
  stallTimer: ReturnType<typeof setTimeout> | undefined;
  stalls: number;
  retryDelayMs: number;
  /** Since when the router could not answer a listen of it (ms); undefined while it can. */
  failingSince: number | undefined;
  duplicates: number;
  catchUps: number;
}

const DEFAULT_INTERRUPTED_WAIT_MS = 30_000;
const MAX_RETRY_MS = 2000;
/** Timeline pages asked for after one reconnect. */
const MAX_TIMELINE_PAGES = 20;

export class VoiceInbox {
  private readonly incoming = new Map<string, Incoming>();
  /** Who speaks now, per conversation, as the last presence frame said. */
  private readonly speaking = new Map<string, Set<string>>();
  /** Delivered messages: their late frames are ignored. */
  private readonly delivered = new Set<string>();
  private readonly listeners = new Set<VoiceMessageListener>();
  private readonly offs: (() => void)[];
  private readonly conversations: Set<string> | undefined;
  private readonly interruptedWaitMs: number;
  private readonly retryMs: number;
  private readonly stallMs: number;
  private readonly markHeard: boolean;
  private readonly listenRate: number;
  private cursor: number;
  private timelineRef = 0;
  private timelinePages = 0;
  private closed = false;

  constructor(
    private readonly session: InboxSession,
    options: InboxOptions = {},
  ) {
    this.conversations = options.conversationIds ? new Set(options.conversationIds) : undefined;
    this.interruptedWaitMs = options.interruptedWaitMs ?? DEFAULT_INTERRUPTED_WAIT_MS;
    this.retryMs = options.retryMs ?? 250;
    this.stallMs = options.stallMs ?? 5000;
    this.markHeard = options.markHeard ?? false;
    this.listenRate = options.listenRate ?? 0;
    this.cursor = session.connection?.welcome?.timelineHead ?? 0;
    this.offs = [session.onFrame((frame) => this.onFrame(frame)), session.onReconnect((conn) => this.onReconnect(conn))];
  }

  /** Messages not delivered yet. */
  get pending(): number {
    return this.incoming.size;
  }

  onMessage(listener: VoiceMessageListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening to the session and drops what is pending (nothing more is delivered). Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const off of this.offs) off();
    for (const m of this.incoming.values()) this.clearTimers(m);
    this.incoming.clear();
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'header':
        return this.onHeader(frame.ref, frame.header);
      case 'chunk': {
        const m = this.incoming.get(frame.chunk.messageId);
        if (m) this.onChunk(m, frame.chunk.seq, frame.chunk.payload);
        return;
      }
      case 'messageEnd': {
        const m = this.incoming.get(frame.messageEnd.messageId);
        if (m && m.listenRef === 0) this.onEnd(m, frame.messageEnd.state, frame.messageEnd.chunkCount);
        return;
      }
      case 'error':
        return this.onError(frame.ref, frame.error.code, frame.error.message, frame.error.retryable);
      case 'presence':
        return this.onPresence(frame.presence);
      case 'timeline':
        return this.onTimeline(frame.ref, frame.timeline);
      default:
        return;
    }
  }

  private takes(header: MessageHeader): boolean {
    if (header.contentType !== 'VOICE' || this.delivered.has(header.messageId)) return false;
    if (this.session.isSending(header.messageId)) return false; // this session's own talk
    return !this.conversations || this.conversations.has(header.conversationId);
  }

  private onHeader(ref: number, header: MessageHeader): void {
    const m = this.incoming.get(header.messageId);
    if (!m) {
      // A header that answers someone else's listen on this session is theirs.
      if (ref !== 0 || !this.takes(header)) return;
      const fresh = this.track(header);
      // Joined mid-way (monitor attaches at the live head): play it from the start.
      if (header.chunkCount > 0) this.catchUp(fresh);
      return;
    }
    if (ref === 0 || ref !== m.listenRef) return;
    // The answer to our listen: the stream of this message starts again from fromSeq.
    m.listenRef = 0;
    m.end = undefined;
    this.watchStall(m);
    m.header = header;
    m.failingSince = undefined;
    m.retryDelayMs = this.retryMs;
    if (header.state === 'LIVE') this.stopWaiting(m);
  }

  private onChunk(m: Incoming, seq: number, payload: Uint8Array): void {
    // A listen on its way restarts the stream from its fromSeq: taking the old stream's chunks meanwhile would
    // only have the listen's stream send them again.
    if (m.listenRef !== 0) return;
    const next = m.payloads.length;
    if (seq < next) {
      m.duplicates++;
      return;
    }
    if (seq > next) {
      if (m.listenRef === 0) this.catchUp(m);
      return;
    }
    m.payloads.push(payload);
    this.watchStall(m);
    this.settle(m);
  }

  private onEnd(m: Incoming, state: MessageStateName, count: number): void {
    m.end = { state, count };
    if (m.payloads.length < count) this.catchUp(m);
    else this.settle(m);
  }

  /** Delivers a message whose stream ended with every chunk here; an INTERRUPTED one waits for its sender first. */
  private settle(m: Incoming): void {
    const end = m.end;
    if (!end || m.listenRef !== 0 || m.payloads.length < end.count) return;
    if (end.state !== 'INTERRUPTED') {
      this.deliver(m, end.state, undefined);
      return;
    }
    m.waitTimer ??= setTimeout(() => this.deliver(m, 'INTERRUPTED', undefined), this.interruptedWaitMs);
    // Its sender resumed while our listen was on its way (presence said so): ask again shortly.
    if (this.speaking.get(m.header.conversationId)?.has(m.header.messageId)) this.retryLater(m, undefined);
  }

  private onError(ref: number, code: string, message: string, retryable: boolean): void {
    if (ref === 0) return;
    if (ref === this.timelineRef) {
      this.timelineRef = 0;
      return;
    }
    const m = [...this.incoming.values()].find((x) => x.listenRef === ref);
    if (!m) return;
    m.listenRef = 0;
    const error = new VoxClientError(code, message, retryable);
    // Retryable: VOX_LISTEN_AHEAD (fromSeq past what an interrupted message holds: it lost chunks heard live,
    // which its sender sends again on resume), storage or a ring handing the message over.
    if (retryable) {
      this.retryLater(m, error);
      return;
    }
    const gone = code === 'VOX_MESSAGE_RECALLED' ? 'RECALLED' : code === 'VOX_MESSAGE_EXPIRED' ? 'EXPIRED' : 'INTERRUPTED';
    this.deliver(m, gone, error);
  }

  private retryLater(m: Incoming, error: VoxClientError | undefined): void {
    const now = Date.now();
    m.failingSince ??= now;
    if (now - m.failingSince >= this.interruptedWaitMs) {
      this.deliver(m, 'INTERRUPTED', error);
      return;
    }
    clearTimeout(m.retryTimer);
    m.retryTimer = setTimeout(() => this.catchUp(m), m.retryDelayMs);
    m.retryDelayMs = Math.min(MAX_RETRY_MS, m.retryDelayMs * 2);
  }

  /** A message we wait for is spoken again (its sender resumed): ask for the rest now. */
  private onPresence(presence: Presence): void {
    this.speaking.set(presence.conversationId, new Set(presence.speakers.map((s) => s.messageId)));
    for (const speaker of presence.speakers) this.wakeWaiting(speaker.messageId);
  }

  private wakeWaiting(messageId: string): void {
    const m = this.incoming.get(messageId);
    if (m && m.listenRef === 0 && (m.waitTimer !== undefined || m.retryTimer !== undefined)) this.catchUp(m);
  }

  private onTimeline(ref: number, timeline: TimelineEvents): void {
    if (ref !== 0 && ref === this.timelineRef) {
      this.timelineRef = 0;
      for (const event of timeline.events) {
        const header = event.header;
        if (!header || (event.type !== 'MESSAGE_NEW' && event.type !== 'MESSAGE_ENDED')) continue;
        if (this.incoming.has(header.messageId) || !this.takes(header)) continue;
        this.catchUp(this.track(header)); // started while we were away: all of it, from seq 0
      }
      this.cursor = Math.max(this.cursor, timeline.cursor);
      if (timeline.more && this.timelinePages < MAX_TIMELINE_PAGES) this.askTimeline();
      return;
    }
    for (const event of timeline.events) {
      this.cursor = Math.max(this.cursor, event.cursor);
      // A message we wait for ended elsewhere (resumed and finished on another router): fetch the rest.
      if (event.type === 'MESSAGE_ENDED' && event.header) this.wakeWaiting(event.header.messageId);
    }
  }

  /** A new connection: the listens in flight died with the old one; ask again for everything unfinished. */
  private onReconnect(conn: InboxConnection): void {
    for (const m of this.incoming.values()) {
      m.listenRef = 0;
      clearTimeout(m.retryTimer);
      m.retryTimer = undefined;
      this.catchUp(m, conn);
    }
    this.timelinePages = 0;
    this.askTimeline(conn);
  }

  private askTimeline(conn = this.session.connection): void {
    if (!conn) return;
    this.timelinePages++;
    this.timelineRef = conn.send({ type: 'timelineRequest', timelineRequest: { sinceCursor: this.cursor, limit: 0 } });
  }

  private track(header: MessageHeader): Incoming {
    const m: Incoming = {
      header,
      payloads: [],
      listenRef: 0,
      end: undefined,
      waitTimer: undefined,
      retryTimer: undefined,
      stallTimer: undefined,
      stalls: 0,
      retryDelayMs: this.retryMs,
      failingSince: undefined,
      duplicates: 0,
      catchUps: 0,
    };
    this.incoming.set(header.messageId, m);
    this.watchStall(m);
    return m;
  }

  /** listen from the next seq needed. Without a connection the next one's onReconnect asks. */
  private catchUp(m: Incoming, conn = this.session.connection): void {
    clearTimeout(m.retryTimer);
    m.retryTimer = undefined;
    if (!conn?.isOpen) return;
    m.listenRef = conn.send({ type: 'listen', listen: { messageId: m.header.messageId, fromSeq: m.payloads.length, rate: this.listenRate } });
    m.catchUps++;
  }

  /**
   * A live stream that goes quiet without its end (an end frame lost on the
   * way between routers) would hold the message forever: after stallMs
   * without a chunk it is asked for again from the next seq.
   */
  private watchStall(m: Incoming): void {
    clearTimeout(m.stallTimer);
    m.stallTimer = setTimeout(() => {
      m.stallTimer = undefined;
      if (this.incoming.get(m.header.messageId) !== m || m.end !== undefined) return;
      if (m.listenRef === 0) {
        m.stalls++;
        this.catchUp(m);
      }
      this.watchStall(m);
    }, this.stallMs);
  }

  private stopWaiting(m: Incoming): void {
    clearTimeout(m.waitTimer);
    m.waitTimer = undefined;
  }

  private clearTimers(m: Incoming): void {
    this.stopWaiting(m);
    clearTimeout(m.stallTimer);
    m.stallTimer = undefined;
    clearTimeout(m.retryTimer);
    m.retryTimer = undefined;
  }

  private deliver(m: Incoming, state: MessageStateName, error: VoxClientError | undefined): void {
    const id = m.header.messageId;
    if (this.incoming.get(id) !== m) return;
    this.clearTimers(m);
    this.incoming.delete(id);
    this.delivered.add(id);
    const message: ReceivedVoiceMessage = {
      header: { ...m.header, state, chunkCount: m.payloads.length },
      payloads: m.payloads,
      state,
      error,
      duplicates: m.duplicates,
      catchUps: m.catchUps,
      stalls: m.stalls,
    };
    for (const listener of [...this.listeners]) listener(message);
    const conn = this.session.connection;
    if (this.markHeard && state === 'COMPLETE' && conn?.isOpen) conn.send({ type: 'heard', heard: { messageId: id } });
  }
}
