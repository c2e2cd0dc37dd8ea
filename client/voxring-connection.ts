/**
 * The SDK's WebSocket side: one authenticated connection of a device.
 * Frames are delivered to `onFrame` listeners; `request` sends a frame and
 * resolves with the first reply carrying its ref (rejecting on an error
 * frame); `waitFor` resolves when a matching frame arrives. Frames are
 * handled by the router in order per connection, so `sync()` (a ping) is a
 * barrier: when it resolves, everything sent before it has been processed.
 */
import { decodeServerFrame, encodeClientFrame } from '../proto/frame-codec.js';
import {
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
  type ClientFrame,
  type Ack,
  type Route,
  type SendLocation,
  type ServerFrame,
  type Welcome,
  type WireFormat,
} from '../proto/frames.js';
import { jitteredDelay, sleep } from './backoff.js';
import { clientError, isRetryable, VoxClientError } from './client-error.js';
import { defaultWebSocketFactory } from './default-web-socket.js';
import { SOCKET_CLOSED, SOCKET_OPEN, type WebSocketFactory, type WebSocketLike } from './web-socket.js';

/** A ClientFrame without its ref: the connection numbers requests itself. */
export type ClientFrameBody = ClientFrame extends infer F ? (F extends ClientFrame ? Omit<F, 'ref'> : never) : never;

export interface ConnectOptions {
  /** ws(s)://host:port/v1/ws, or the router's http(s):// base URL. */
  url: string;
  token: string;
  deviceId: string;
  format?: WireFormat;
  timeoutMs?: number;
  /** Redirects (a router of a ring that is not the user's home) followed before giving up; default 3. */
  maxRedirects?: number;
  /** Opens the WebSocket; default this platform's (ws in Node, the global WebSocket in a browser). */
  webSocket?: WebSocketFactory;
}

export interface FailoverOptions extends Omit<ConnectOptions, 'url'> {
  /** Routers to try in order: the home first, then its fallbacks (from login, `route` or `welcome`). */
  urls: readonly string[];
  /** Rounds over the whole list; default 3. */
  rounds?: number;
  /** First back-off between attempts (doubles per round, ±50 % jitter); default 100 ms. */
  backoffMs?: number;
}

const DEFAULT_MAX_REDIRECTS = 3;

type FrameListener = (frame: ServerFrame) => void;

/** How a WebSocket closed: its close code (1006 when it dropped without one) and reason. */
export interface CloseInfo {
  code: number;
  reason: string;
}

const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export class VoxringConnection {
  private nextRef = 1;
  private readonly listeners = new Set<FrameListener>();
  private closeInfo: CloseInfo | undefined;
  private readonly closeWaiters = new Set<(info: CloseInfo) => void>();
  welcome: Welcome | undefined;
  /** In a ring: the user's home and fallbacks as the router said just before welcome. */
  route: Route | undefined;

  private constructor(
    readonly socket: WebSocketLike,
    readonly format: WireFormat,
  ) {
    socket.addEventListener('message', (event) => {
      const data = typeof event.data === 'string' ? event.data : new Uint8Array(event.data as ArrayBuffer);
      const decoded = decodeServerFrame(data, format, MAX_FRAME_BYTES);
      if (!decoded.ok) return;
      for (const listener of [...this.listeners]) listener(decoded.frame);
    });
    socket.addEventListener('close', (event) => {
      const info = { code: event.code, reason: event.reason };
      this.closeInfo = info;
      const waiters = [...this.closeWaiters];
      this.closeWaiters.clear();
      for (const waiter of waiters) waiter(info);
    });
  }

  /**
   * Opens and authenticates; resolves after the welcome frame. A `redirect`
   * (ring: not the user's home) is followed: the old socket is closed before
   * the next one opens.
   */
  static async connect(options: ConnectOptions): Promise<VoxringConnection> {
    let url = options.url;
    for (let hop = 0; ; hop++) {
      const conn = await VoxringConnection.open(url, options.format ?? 'proto', options.timeoutMs ?? 10_000, options.webSocket);
      let route: Route | undefined;
      const off = conn.onFrame((frame) => {
        if (frame.type === 'route') route = frame.route;
      });
      let reply: ServerFrame;
      try {
        reply = await conn.request({ type: 'hello', hello: { token: options.token, deviceId: options.deviceId } }, options.timeoutMs);
      } catch (err) {
        conn.terminate();
        throw err;
      } finally {
        off();
      }
      if (reply.type === 'redirect') {
        conn.terminate();
        // A ring still settling may bounce a client a few times: worth trying again later.
        if (hop >= (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS)) {
          throw clientError('VOX_CLIENT_TOO_MANY_REDIRECTS', `hello redirected more than ${hop} times (last to ${reply.redirect.url})`, true);
        }
        url = reply.redirect.url;
        continue;
      }
      if (reply.type !== 'welcome') {
        conn.terminate();
        throw clientError('VOX_CLIENT_UNEXPECTED', `expected welcome, got ${reply.type}`, false);
      }
      conn.welcome = reply.welcome;
      conn.route = route;
      return conn;
    }
  }

  /**
   * Connects to the first router of `urls` that answers (each attempt follows
   * redirects), trying them in order, `rounds` times, with jittered
   * exponential back-off between attempts so a ring's clients do not storm a
   * recovering router. Only one socket is open at any time.
   */
  static async connectWithFailover(options: FailoverOptions): Promise<VoxringConnection> {
    const rounds = options.rounds ?? 3;
    const backoffMs = options.backoffMs ?? 100;
    let lastError: unknown = clientError('VOX_CLIENT_UNEXPECTED', 'no router URL to connect to', false);
    for (let round = 0; round < rounds; round++) {
      for (const url of options.urls) {
        try {
          return await VoxringConnection.connect({ ...options, url });
        } catch (err) {
          if (!isRetryable(err)) throw err;
          lastError = err;
        }
        await sleep(jitteredDelay(backoffMs, round));
      }
    }
    throw lastError;
  }

  /** Opens the socket without authenticating (tests of the hello path). */
  static open(url: string, format: WireFormat, timeoutMs = 10_000, webSocket: WebSocketFactory = defaultWebSocketFactory): Promise<VoxringConnection> {
    const wsUrl = url.startsWith('http') ? url.replace(/^http/, 'ws').replace(/\/$/, '') + '/v1/ws' : url;
    let socket: WebSocketLike;
    try {
      socket = webSocket(wsUrl, format === 'json' ? SUBPROTOCOL_JSON : SUBPROTOCOL_PROTO, { maxPayload: MAX_FRAME_BYTES });
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : clientError('VOX_CLIENT_UNEXPECTED', String(err), false));
    }
    socket.binaryType = 'arraybuffer';
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (err: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(err);
      };
      const timer = setTimeout(() => {
        fail(clientError('VOX_CLIENT_TIMEOUT', 'connect timed out', true));
        dropSocket(socket);
      }, timeoutMs);
      socket.addEventListener('open', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(new VoxringConnection(socket, format));
      });
      // A browser says nothing about why; ws gives the error, and the HTTP answer of a refused upgrade.
      socket.addEventListener('error', (event) =>
        fail(socket.refusal ?? (event.error instanceof Error ? event.error : clientError('VOX_CLIENT_CLOSED', `could not connect to ${wsUrl}`, true))),
      );
      socket.addEventListener('close', (event) => fail(socket.refusal ?? clientError('VOX_CLIENT_CLOSED', `could not connect to ${wsUrl} (${event.code} ${event.reason})`, true)));
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === SOCKET_OPEN;
  }

  onFrame(listener: FrameListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends a frame; returns the ref it was given. */
  send(body: ClientFrameBody): number {
    const ref = this.nextRef++;
    this.sendRaw(encodeClientFrame({ ...body, ref }, this.format));
    return ref;
  }

  /** Sends bytes or text as they are (tests of malformed input). */
  sendRaw(data: Uint8Array | string): void {
    if (this.socket.readyState === SOCKET_OPEN) this.socket.send(data);
  }

  /** Sends a frame and resolves with the first reply carrying its ref. */
  request(body: ClientFrameBody, timeoutMs = 10_000): Promise<ServerFrame> {
    let ref = 0;
    const reply = this.waitFor((f) => ref !== 0 && f.ref === ref, timeoutMs, `reply to ${body.type}`);
    ref = this.send(body);
    return reply.then((frame) => {
      if (frame.type === 'error') {
        throw new VoxClientError(frame.error.code, frame.error.message, frame.error.retryable);
      }
      return frame;
    });
  }

  /** Shares a location (`send_location`); resolves with the router's ack once it is stored. */
  async sendLocation(location: SendLocation): Promise<Ack> {
    const reply = await this.request({ type: 'sendLocation', sendLocation: location });
    if (reply.type !== 'ack') throw clientError('VOX_CLIENT_UNEXPECTED', `send_location answered with ${reply.type}`, false);
    return reply.ack;
  }

  /** Resolves when everything sent before has been handled by the router. */
  async sync(timeoutMs = 10_000): Promise<void> {
    await this.request({ type: 'ping', ping: { nonce: Date.now() } }, timeoutMs);
  }

  /**
   * Resolves with the first frame matching `predicate`; rejects after
   * `timeoutMs` (VOX_CLIENT_TIMEOUT) or at once when the socket closes first
   * (VOX_CLIENT_CLOSED, retryable: frames already received were delivered before).
   */
  waitFor(predicate: (frame: ServerFrame) => boolean, timeoutMs = 10_000, what = 'frame'): Promise<ServerFrame> {
    return new Promise((resolve, reject) => {
      const settle = (): void => {
        clearTimeout(timer);
        off();
        this.closeWaiters.delete(onClose);
      };
      const onClose = (info: CloseInfo): void => {
        settle();
        reject(clientError('VOX_CLIENT_CLOSED', `connection closed (${info.code} ${info.reason}) while waiting for ${what}`, true));
      };
      const timer = setTimeout(() => {
        settle();
        reject(clientError('VOX_CLIENT_TIMEOUT', `timed out waiting for ${what}`, true));
      }, timeoutMs);
      const off = this.onFrame((frame) => {
        if (!predicate(frame)) return;
        settle();
        resolve(frame);
      });
      if (this.closeInfo) onClose(this.closeInfo);
      else this.closeWaiters.add(onClose);
    });
  }

  /** Resolves with the close code and reason once the socket is closed. */
  closed(): Promise<CloseInfo> {
    if (this.closeInfo) return Promise.resolve(this.closeInfo);
    return new Promise((resolve) => this.closeWaiters.add(resolve));
  }

  async close(): Promise<void> {
    if (this.socket.readyState === SOCKET_CLOSED) return;
    this.socket.close(1000);
    await this.closed();
  }

  /**
   * Drops the TCP connection without a close handshake (simulates a network
   * loss). A browser cannot: there it closes with 4100 instead, which a
   * session takes as a loss too (it connects again).
   */
  terminate(): void {
    dropSocket(this.socket);
  }
}

/** Close code of `terminate` where the platform cannot drop a connection (a browser). */
export const TERMINATE_CLOSE_CODE = 4100;

function dropSocket(socket: WebSocketLike): void {
  if (socket.terminate) socket.terminate();
  else if (socket.readyState !== SOCKET_CLOSED) socket.close(TERMINATE_CLOSE_CODE, 'terminated by the client');
}
