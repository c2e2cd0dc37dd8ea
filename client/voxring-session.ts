/**
 * A device's session with a router, or a ring of them, that outlives its
 * connections. When the connection is lost — the router going away (1001),
 * a dropped socket, a redirect (4010) or a migrate (4011) — the session
 * connects again (to the `redirect` / `migrate` URL first, then the home and
 * fallbacks of the last `route`, or the URLs it was given) with jittered
 * exponential back-off for at most `reconnectForMs`, says hello with the same
 * token and device id, and restores what it was doing, in this order:
 *
 *   1. every voice message it is sending resumes (start_message again, the
 *      chunks after the last ack resent, end_message again if it was ending);
 *   2. the `onReconnect` hooks run (a VoiceInbox asks for the rest of the
 *      messages it was hearing);
 *   3. `monitor` is sent again with the last set.
 *
 * It gives up (`closed()` resolves with VOX_CLIENT_GAVE_UP) when no router
 * answered within reconnectForMs, and at once when a router refuses it: a
 * hello answered with an error (a revoked token), close 4000 / 4001 / 1009,
 * or a non-retryable error to the monitor it restores.
 */
import type { Ack, ListenModeName, SendLocation, ServerFrame, WireFormat } from '../proto/frames.js';
import { DEFAULT_BACKOFF_INITIAL_MS, DEFAULT_BACKOFF_MAX_MS, DEFAULT_RECONNECT_FOR_MS, retryFor } from './backoff.js';
import { clientError, isRetryable, VoxClientError } from './client-error.js';
import type { ListeningListener, ReceiptListener } from './frame-events.js';
import { OutgoingVoiceMessage, type StartOptions } from './outgoing-voice-message.js';
import { VoxringConnection, type ClientFrameBody, type CloseInfo } from './voxring-connection.js';
import type { WebSocketFactory } from './web-socket.js';

export interface SessionOptions {
  /** Routers to connect to, in order: one router's URL, or a ring's home and fallbacks (the login answer). */
  urls: readonly string[];
  token: string;
  deviceId: string;
  format?: WireFormat;
  /** How long to keep trying to connect, at first and after each loss, before giving up; default 60 000 ms. */
  reconnectForMs?: number;
  /** First back-off delay, doubled per failed attempt (±50 % jitter); default 100 ms. */
  backoffMs?: number;
  /** Largest back-off delay before jitter; default 2000 ms. */
  backoffMaxMs?: number;
  /** Limit for one connect (open + hello) and for each request that restores the session; default 10 000 ms. */
  timeoutMs?: number;
  /** Redirects followed by one connect; default 3. */
  maxRedirects?: number;
  /** Opens each WebSocket; default this platform's (ws in Node, the global WebSocket in a browser). */
  webSocket?: WebSocketFactory;
  /** Aborting it closes the session, as `close()` does; an `open` still connecting rejects with VOX_CLIENT_SESSION_CLOSED. */
  signal?: AbortSignal;
}

/** The session is connected: at `open`, and after each reconnect once it restored what it was doing. */
export interface ConnectedEvent {
  type: 'connected';
  routerId: string;
  url: string;
  reconnect: boolean;
}

/** The connection was lost (close code and reason; 1006 when it dropped); the session connects again unless the code is final. */
export interface DisconnectedEvent {
  type: 'disconnected';
  code: number;
  reason: string;
}

/** The session is over: `error` is why (undefined after `close()`). */
export interface ClosedEvent {
  type: 'closed';
  error: VoxClientError | undefined;
}

/** What happened to the session's connection (`onEvent`), told apart by `type`. */
export type SessionEvent = ConnectedEvent | DisconnectedEvent | ClosedEvent;

export type SessionEventListener = (event: SessionEvent) => void;

/** Runs on every new connection after a loss, after the voice messages resumed and before monitor is sent again. */
export type ReconnectHook = (conn: VoxringConnection) => void | Promise<void>;

/** Gets every frame of every connection of the session, in order (`onFrame`). */
export type FrameListener = (frame: ServerFrame) => void;

/** Close codes after which connecting again cannot help (proto/README.md, "Close codes"). */
const FINAL_CLOSE_CODES = new Set([1009, 4000, 4001]);
/** Calls that lose their connection mid-request wait for the next one this many times. */
const REQUEST_ATTEMPTS = 20;
/** Connections in a row that fail to restore (a retryable error, e.g. a timeout) before the session gives up. */
const RESTORE_ATTEMPTS = 5;

export class VoxringSession {
  private conn: VoxringConnection | undefined;
  private urls: string[];
  /** A redirect or migrate target: tried first on the next connect. */
  private nextUrl: string | undefined;
  private monitored: string[] | undefined;
  private readonly frameListeners = new Set<FrameListener>();
  private readonly eventListeners = new Set<SessionEventListener>();
  private readonly hooks = new Set<ReconnectHook>();
  private readonly outgoing = new Set<OutgoingVoiceMessage>();
  private readonly abort = new AbortController();
  private ended: { error: VoxClientError | undefined } | undefined;
  private restoreFailures = 0;
  private readonly endWaiters = new Set<(error: VoxClientError | undefined) => void>();
  private readonly connWaiters = new Set<{ resolve: (conn: VoxringConnection) => void; reject: (err: VoxClientError) => void }>();
  private readonly reconnectForMs: number;
  private readonly timeoutMs: number;

  private constructor(private readonly options: SessionOptions) {
    this.urls = [...options.urls];
    this.reconnectForMs = options.reconnectForMs ?? DEFAULT_RECONNECT_FOR_MS;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Connects (retrying within reconnectForMs) and resolves once welcomed; rejects when refused or out of time. */
  static async open(options: SessionOptions): Promise<VoxringSession> {
    const session = new VoxringSession(options);
    const signal = options.signal;
    if (signal?.aborted) throw sessionClosed();
    signal?.addEventListener('abort', () => void session.close(), { once: true });
    let conn: VoxringConnection;
    try {
      conn = await session.dial();
    } catch (err) {
      throw session.isClosed ? sessionClosed() : err;
    }
    if (session.isClosed) {
      conn.terminate();
      throw sessionClosed();
    }
    session.attach(conn, false);
    return session;
  }

  /** The open connection, or undefined while reconnecting or after the end. */
  get connection(): VoxringConnection | undefined {
    return this.conn?.isOpen ? this.conn : undefined;
  }

  /** Why the session ended: undefined while it runs or after `close()`. */
  get failure(): VoxClientError | undefined {
    return this.ended?.error;
  }

  get isClosed(): boolean {
    return this.ended !== undefined;
  }

  /** Every frame of every connection, in order. A throwing listener does not stop the others. */
  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** `connected`, `disconnected`, `closed` (SessionEvent); returns the function that stops it. */
  onEvent(listener: SessionEventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onReconnect(hook: ReconnectHook): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /** Resolves with the session's error (undefined after `close()`) once it is over. */
  closed(): Promise<VoxClientError | undefined> {
    if (this.ended) return Promise.resolve(this.ended.error);
    return new Promise((resolve) => this.endWaiters.add(resolve));
  }

  /** An open connection: the current one, or the next one once reconnected. Rejects when the session is over. */
  connected(): Promise<VoxringConnection> {
    if (this.ended) return Promise.reject(this.ended.error ?? sessionClosed());
    const conn = this.connection;
    if (conn) return Promise.resolve(conn);
    return new Promise((resolve, reject) => this.connWaiters.add({ resolve, reject }));
  }

  /** Sends a request and resolves with its reply; a connection lost meanwhile is waited out and the request sent again. */
  request(body: ClientFrameBody, timeoutMs = this.timeoutMs): Promise<ServerFrame> {
    return this.withConnection((conn) => conn.request(body, timeoutMs));
  }

  /** Replaces the monitored conversations (`monitor`), also on every later connection. Rejects when refused. */
  async monitor(conversationIds: readonly string[]): Promise<void> {
    const ids = [...conversationIds];
    this.monitored = ids;
    await this.withConnection((conn) => sendMonitor(conn, ids, this.timeoutMs));
  }

  /**
   * Reports that this device played a message (`heard`): its sender's
   * devices get a HEARD receipt. Sent once, on the open connection (waited
   * for while reconnecting); a refusal comes back as an error frame.
   */
  async markHeard(messageId: string): Promise<void> {
    await this.withConnection(async (conn) => {
      conn.send({ type: 'heard', heard: { messageId } });
    });
  }

  /** Receipts of your messages (a participant got or heard one), as the router pushes them. */
  onReceipt(listener: ReceiptListener): () => void {
    return this.onFrame((frame) => {
      if (frame.type === 'receipt') listener(frame.receipt);
    });
  }

  /**
   * Who hears a live message of your conversations live now (screeners
   * left out), each time that changes; an empty list: nobody any more.
   */
  onListening(listener: ListeningListener): () => void {
    return this.onFrame((frame) => {
      if (frame.type === 'listening') listener(frame.listening);
    });
  }

  /**
   * Plays a message from `fromSeq` (default 0): resolves with its `header`,
   * then its chunks and `messageEnd` come as frames. `rate` (LISTEN_RATES)
   * paces the backlog at that multiple of real time until it meets the live
   * edge; 0, the default, sends it as fast as the connection drains.
   */
  async listen(messageId: string, options: { fromSeq?: number; rate?: number } = {}): Promise<ServerFrame> {
    return this.request({ type: 'listen', listen: { messageId, fromSeq: options.fromSeq ?? 0, rate: options.rate ?? 0 } });
  }

  /** Sets how this device hears a conversation (`listen_mode`): NORMAL, IGNORE (no live push) or SCREEN (live, not shown listening). */
  async setConversationMode(conversationId: string, mode: ListenModeName): Promise<void> {
    await this.request({ type: 'listenMode', listenMode: { conversationId, mode } });
  }

  /** Starts a voice message that resumes by itself on every new connection until it ended or failed. */
  async startVoice(options: StartOptions): Promise<OutgoingVoiceMessage> {
    // One id for every try: a start that reached the router before the loss is resumed, not duplicated.
    const start = { ...options, messageId: options.messageId ?? crypto.randomUUID() };
    const message = await this.withConnection((conn) => OutgoingVoiceMessage.start(conn, start));
    this.outgoing.add(message);
    return message;
  }

  /**
   * Shares a location (degrees times 10^7); resolves with the ack once it is
   * stored. Sent again on a new connection if the first was lost unanswered:
   * the same id, so VOX_MESSAGE_EXISTS then means the first try was stored.
   */
  async sendLocation(location: Omit<SendLocation, 'messageId'> & { messageId?: string }): Promise<Ack> {
    const frame = { ...location, messageId: location.messageId ?? crypto.randomUUID() };
    return this.withConnection((conn) => conn.sendLocation(frame));
  }

  /** True while this session sends (and resumes) that voice message. */
  isSending(messageId: string): boolean {
    for (const message of this.outgoing) if (message.messageId === messageId && !message.settled) return true;
    return false;
  }

  /** Ends the session: no more reconnects; messages still being sent fail with VOX_CLIENT_SESSION_CLOSED. Idempotent. */
  async close(): Promise<void> {
    this.finish(undefined);
    await this.conn?.close();
  }

  private async withConnection<T>(call: (conn: VoxringConnection) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const conn = await this.connected();
      try {
        return await call(conn);
      } catch (err) {
        const lost = err instanceof VoxClientError && err.code === 'VOX_CLIENT_CLOSED';
        if (!lost || attempt >= REQUEST_ATTEMPTS) throw err;
      }
    }
  }

  private dial(): Promise<VoxringConnection> {
    const { token, deviceId, format, maxRedirects } = this.options;
    return retryFor(
      `no router answered (${this.candidates().join(', ')})`,
      async (attempt, remainingMs) => {
        if (this.ended) throw this.ended.error ?? sessionClosed();
        const urls = this.candidates();
        const url = urls[attempt % urls.length] ?? '';
        const timeoutMs = Math.max(1, Math.min(this.timeoutMs, remainingMs));
        return VoxringConnection.connect({
          url,
          token,
          deviceId,
          timeoutMs,
          ...(format ? { format } : {}),
          ...(maxRedirects === undefined ? {} : { maxRedirects }),
          ...(this.options.webSocket ? { webSocket: this.options.webSocket } : {}),
        });
      },
      {
        initialMs: this.options.backoffMs ?? DEFAULT_BACKOFF_INITIAL_MS,
        maxMs: this.options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS,
        forMs: this.reconnectForMs,
        signal: this.abort.signal,
      },
    );
  }

  /** URLs to try, in order: a redirect / migrate target, then the home and fallbacks. */
  private candidates(): string[] {
    return [...new Set([...(this.nextUrl ? [this.nextUrl] : []), ...this.urls])];
  }

  private attach(conn: VoxringConnection, reconnect: boolean): void {
    this.conn = conn;
    this.nextUrl = undefined;
    if (conn.route) this.urls = [conn.route.homeUrl, ...conn.route.fallbackUrls];
    conn.onFrame((frame) => this.dispatch(frame));
    void conn.closed().then((info) => this.lost(conn, info));
    const waiters = [...this.connWaiters];
    this.connWaiters.clear();
    for (const waiter of waiters) waiter.resolve(conn);
    if (!reconnect) this.emit({ type: 'connected', routerId: conn.welcome?.routerId ?? '', url: conn.socket.url, reconnect });
  }

  private dispatch(frame: ServerFrame): void {
    if (frame.type === 'migrate') this.nextUrl = frame.migrate.url;
    else if (frame.type === 'redirect') this.nextUrl = frame.redirect.url;
    for (const listener of [...this.frameListeners]) {
      try {
        listener(frame);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }

  private lost(conn: VoxringConnection, info: CloseInfo): void {
    if (conn !== this.conn || this.ended) return;
    this.emit({ type: 'disconnected', code: info.code, reason: info.reason });
    if (FINAL_CLOSE_CODES.has(info.code)) {
      // The router names the error as the close reason (VOX_AUTH_TOKEN_INVALID, …).
      const code = /^VOX_[A-Z_]+$/.test(info.reason) ? info.reason : 'VOX_CLIENT_CONNECTION_REFUSED';
      this.finish(new VoxClientError(code, `the router closed the connection (${info.code} ${info.reason})`, false));
      return;
    }
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    let conn: VoxringConnection;
    try {
      conn = await this.dial();
    } catch (err) {
      this.finish(asClientError(err));
      return;
    }
    if (this.ended) {
      conn.terminate();
      return;
    }
    this.attach(conn, true);
    try {
      await this.restore(conn);
    } catch (err) {
      if (conn !== this.conn || !conn.isOpen) return; // lost again meanwhile: the next connection restores
      if (!isRetryable(err) || ++this.restoreFailures >= RESTORE_ATTEMPTS) {
        this.finish(asClientError(err));
        return;
      }
      conn.terminate(); // a retryable failure (timeout, storage): start over on a new connection
      return;
    }
    this.restoreFailures = 0;
    this.emit({ type: 'connected', routerId: conn.welcome?.routerId ?? '', url: conn.socket.url, reconnect: true });
  }

  private async restore(conn: VoxringConnection): Promise<void> {
    for (const message of [...this.outgoing]) {
      if (message.settled) this.outgoing.delete(message);
      else await this.resume(message, conn);
    }
    for (const hook of [...this.hooks]) await hook(conn);
    if (this.monitored) await sendMonitor(conn, this.monitored, this.timeoutMs);
  }

  /**
   * Resumes one message; a retryable refusal (the message is being handed
   * over, a router cannot open its body now) is tried again for the reconnect
   * window, since a talker that gives up early leaves acked audio to a timer;
   * a final refusal, or the window passing, fails the message (not the session).
   */
  private async resume(message: OutgoingVoiceMessage, conn: VoxringConnection): Promise<void> {
    try {
      await retryFor(
        `resume of ${message.messageId}`,
        async () => {
          // Lost meanwhile: not retried here (non-retryable), the next connection resumes it.
          if (!conn.isOpen) throw clientError('VOX_CLIENT_CLOSED', 'connection lost during the resume', false);
          await message.resume(conn);
        },
        {
          initialMs: this.options.backoffMs ?? DEFAULT_BACKOFF_INITIAL_MS,
          maxMs: this.options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS,
          forMs: this.reconnectForMs,
          signal: this.abort.signal,
        },
      );
    } catch (err) {
      if (!conn.isOpen) throw err;
      message.fail(asClientError(err));
    }
  }

  private finish(error: VoxClientError | undefined): void {
    if (this.ended) return;
    this.ended = { error };
    this.abort.abort();
    if (error) this.conn?.terminate();
    const reason = error ?? sessionClosed();
    for (const message of this.outgoing) message.fail(reason);
    const conns = [...this.connWaiters];
    this.connWaiters.clear();
    for (const waiter of conns) waiter.reject(reason);
    this.emit({ type: 'closed', error });
    const waiters = [...this.endWaiters];
    this.endWaiters.clear();
    for (const waiter of waiters) waiter(error);
  }

  private emit(event: SessionEvent): void {
    for (const listener of [...this.eventListeners]) listener(event);
  }
}

/**
 * Sends `monitor` and waits for its answer: one presence per conversation,
 * so an empty set has none to wait for (sent, not awaited).
 */
async function sendMonitor(conn: VoxringConnection, conversationIds: string[], timeoutMs: number): Promise<void> {
  const body = { type: 'monitor' as const, monitor: { conversationIds } };
  if (conversationIds.length === 0) conn.send(body);
  else await conn.request(body, timeoutMs);
}

function sessionClosed(): VoxClientError {
  return clientError('VOX_CLIENT_SESSION_CLOSED', 'the session was closed', false);
}

function asClientError(err: unknown): VoxClientError {
  return err instanceof VoxClientError ? err : clientError('VOX_CLIENT_UNEXPECTED', String(err), false, err);
}
