/**
 * The SDK's WebSocket side: one authenticated connection of a device.
 * Frames are delivered to `onFrame` listeners; `request` sends a frame and
 * resolves with the first reply carrying its ref (rejecting on an error
 * frame); `waitFor` resolves when a matching frame arrives. Frames are
 * handled by the router in order per connection, so `sync()` (a ping) is a
 * barrier: when it resolves, everything sent before it has been processed.
 */
import WebSocket from 'ws';
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
    readonly socket: WebSocket,
    readonly format: WireFormat,
  ) {
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      const decoded = decodeServerFrame(isBinary ? data : data.toString('utf8'), format, MAX_FRAME_BYTES);
      if (!decoded.ok) return;
      for (const listener of [...this.listeners]) listener(decoded.frame);
    });
    socket.on('close', (code: number, reason: Buffer) => {
      const info = { code, reason: reason.toString() };
      this.closeInfo = info;
      const waiters = [...this.closeWaiters];
      this.closeWaiters.clear();
      for (const waiter of waiters) waiter(info);
    });
    socket.on('error', () => {
      // 'close' follows and carries what callers need.
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
      const conn = await VoxringConnection.open(url, options.format ?? 'proto', options.timeoutMs ?? 10_000);
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
  static open(url: string, format: WireFormat, timeoutMs = 10_000): Promise<VoxringConnection> {
    const wsUrl = url.startsWith('http') ? url.replace(/^http/, 'ws').replace(/\/$/, '') + '/v1/ws' : url;
    const socket = new WebSocket(wsUrl, format === 'json' ? SUBPROTOCOL_JSON : SUBPROTOCOL_PROTO, {
      maxPayload: MAX_FRAME_BYTES,
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.terminate();
        reject(clientError('VOX_CLIENT_TIMEOUT', 'connect timed out', true));
      }, timeoutMs);
      socket.once('open', () => {
        clearTimeout(timer);
        resolve(new VoxringConnection(socket, format));
      });
      socket.once('unexpected-response', (_req, res) => {
        clearTimeout(timer);
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => reject(new VoxClientError(`HTTP_${res.statusCode ?? 0}`, body, (res.statusCode ?? 0) >= 500, res.statusCode)));
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
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
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(data, { binary: typeof data !== 'string' });
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
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.socket.close(1000);
    await this.closed();
  }

  /** Drops the TCP connection without a close handshake (simulates a network loss). */
  terminate(): void {
    this.socket.terminate();
  }
}
