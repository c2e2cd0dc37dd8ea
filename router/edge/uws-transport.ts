/**
 * Transport on uWebSockets.js (native). Behaviour matches WsTransport; the
 * shared contract test runs against both.
 *
 * uWS invariants this file relies on:
 * - a uWS WebSocket must not be touched after its close handler ran (it
 *   throws "Invalid access of closed uWS.WebSocket"); UwsConnection tracks
 *   that and turns every later call into a no-op;
 * - ws.end() runs the close handler synchronously, so onClose is deferred to
 *   a microtask when the close was asked by us: handlers never see onClose
 *   re-entrantly from inside conn.close();
 * - uWS kills a socket whose message exceeds maxPayloadLength without a close
 *   frame (1006). To give clients a 1009, uWS gets twice our limit and
 *   messages between the two limits are refused here with a 1009 frame;
 *   beyond twice the limit the client sees 1006 (onClose still reports 1009).
 */
import uWS from '@trufflesuite/uws-js-unofficial';
import type {
  HttpRequest as UwsRequest,
  HttpResponse as UwsResponse,
  ListenOptions,
  RecognizedString,
  TemplatedApp,
  WebSocket as UwsWebSocket,
  us_listen_socket,
  us_socket_context_t,
} from '@trufflesuite/uws-js-unofficial';
import { VoxError } from '../../common/errors.js';
import type { SendResult, Transport, TransportConnection, TransportHandlers, UpgradeDecision } from './transport.js';
import {
  INTERNAL_CLOSE,
  INTERNAL_ERROR_ANSWER,
  SHUTDOWN_CLOSE,
  TOO_BIG_CLOSE,
  callSafely,
  effectiveIdleTimeout,
  normalizeAddress,
  parseProtocols,
  sendableCloseCode,
  sendableCloseReason,
  statusLine,
  tooManyHeaders,
  type TransportRuntimeOptions,
} from './transport-support.js';
import { UwsHttpResponse, createUwsHttpRequest } from './uws-http.js';

declare module '@trufflesuite/uws-js-unofficial' {
  interface TemplatedApp {
    /** The native listen takes options after host and port too; the package's types omit this form. */
    listen(host: RecognizedString, port: number, options: ListenOptions, cb: (listenSocket: us_listen_socket | false) => void): TemplatedApp;
  }
}

/**
 * libus listen option: no SO_REUSEPORT. uWS sets it by default, so a second
 * router on a port in use would share it (the kernel splitting connections
 * between the two) instead of failing like `ws` does with EADDRINUSE.
 */
const LIBUS_LISTEN_EXCLUSIVE_PORT: ListenOptions = 1;

/** What uWS reports when it drops a socket for an oversize message. */
const UWS_TOO_BIG_MESSAGE = 'Received too big message';
/** uWS send() results. */
const UWS_SUCCESS = 1;
const UWS_DROPPED = 2;

interface UserData {
  path: string;
  protocol: string | null;
  remoteAddress: string;
  forwardedFor: string | undefined;
  conn: UwsConnection | null;
}

/** True when the real uWS binary loaded, not the package's `ws`-based fallback shim. */
export function uwsNativeAvailable(): boolean {
  return typeof (uWS as { SSLApp?: unknown }).SSLApp === 'function';
}

/** One uWS WebSocket as a TransportConnection. */
class UwsConnection implements TransportConnection {
  private open = true;
  private backpressured = false;
  /** Set while we call into uWS in a way that may run the close handler synchronously. */
  private closingByUs = false;
  private closedResolve: () => void = () => {};
  /** Resolves once onClose has been delivered. */
  readonly closed = new Promise<void>((resolve) => {
    this.closedResolve = resolve;
  });

  constructor(
    readonly id: number,
    private readonly ws: UwsWebSocket<UserData>,
    private readonly transport: UwsTransport,
    readonly path: string,
    readonly protocol: string | null,
    readonly remoteAddress: string,
    readonly forwardedFor: string | undefined,
  ) {}

  send(data: Uint8Array | string, isBinary: boolean): SendResult {
    if (!this.open) return 'dropped';
    const result = this.ws.send(data, isBinary);
    // SUCCESS: nothing left buffered, so no second native call to ask (the fan-out sends a frame per listener).
    if (result === UWS_SUCCESS) return 'sent';
    if (result === UWS_DROPPED) return 'dropped';
    if (this.ws.getBufferedAmount() > this.transport.highWaterMarkBytes) {
      this.backpressured = true;
      return 'backpressure';
    }
    return 'sent';
  }

  bufferedAmount(): number {
    return this.open ? this.ws.getBufferedAmount() : 0;
  }

  close(code: number, reason: string): void {
    if (!this.open) return;
    this.closingByUs = true;
    this.ws.end(sendableCloseCode(code), sendableCloseReason(reason));
    this.closingByUs = false;
  }

  terminate(): void {
    if (!this.open) return;
    this.closingByUs = true;
    this.ws.close();
    this.closingByUs = false;
  }

  ping(): void {
    if (this.open) this.ws.ping();
  }

  handlePong(): void {
    if (this.open) this.transport.deliver(this, (h) => h.onPong?.(this));
  }

  /** uWS drain: fires repeatedly while the buffer shrinks. */
  handleDrain(): void {
    if (!this.open || !this.backpressured) return;
    if (this.ws.getBufferedAmount() > this.transport.highWaterMarkBytes) return;
    this.backpressured = false;
    this.transport.deliver(this, (h) => h.onDrain(this));
  }

  /** uWS close handler: runs exactly once per socket. */
  handleClose(code: number, reason: string): void {
    if (!this.open) return;
    this.open = false;
    const deliver = (): void => {
      this.transport.forget(this);
      callSafely(
        () => this.transport.handlers.onClose(this, code, reason),
        (err) => this.transport.reportError(err, 'onClose'),
      );
      this.closedResolve();
    };
    if (this.closingByUs) queueMicrotask(deliver);
    else deliver();
  }
}

/** Transport on uWebSockets.js; throws VOX_TRANSPORT_UNAVAILABLE if the native binary is unavailable. */
export class UwsTransport implements Transport {
  readonly name = 'uws' as const;
  readonly handlers: TransportHandlers;
  readonly highWaterMarkBytes: number;
  private readonly app: TemplatedApp;
  private readonly connections = new Set<UwsConnection>();
  private listenSocket: us_listen_socket | null = null;
  private nextId = 1;
  private closing: Promise<void> | null = null;

  constructor(private readonly options: TransportRuntimeOptions) {
    if (!uwsNativeAvailable()) {
      throw new VoxError('VOX_TRANSPORT_UNAVAILABLE', 'uWebSockets.js native binary did not load (only its ws fallback is available); use transport "ws"');
    }
    this.handlers = options.handlers;
    this.highWaterMarkBytes = options.highWaterMarkBytes;
    this.app = uWS.App();
    this.app.ws<UserData>('/*', {
      maxPayloadLength: Math.min(options.maxPayloadBytes * 2, 0x7fffffff),
      idleTimeout: effectiveIdleTimeout(options.idleTimeoutSeconds),
      sendPingsAutomatically: true,
      // Never drop messages silently: the router watches bufferedAmount and
      // closes slow consumers itself. 0 = no limit in uWS.
      maxBackpressure: 0,
      closeOnBackpressureLimit: 0,
      upgrade: (res, req, context) => this.handleUpgrade(res, req, context),
      open: (ws) => this.handleOpen(ws),
      message: (ws, message, isBinary) => this.handleMessage(ws, message, isBinary),
      drain: (ws) => ws.getUserData().conn?.handleDrain(),
      pong: (ws) => ws.getUserData().conn?.handlePong(),
      close: (ws, code, message) => {
        const reason = Buffer.from(message).toString();
        const tooBig = code === 1006 && reason === UWS_TOO_BIG_MESSAGE;
        ws.getUserData().conn?.handleClose(tooBig ? TOO_BIG_CLOSE.code : code, tooBig ? TOO_BIG_CLOSE.reason : reason);
      },
    });
    this.app.any('/*', (res, req) => this.handleHttp(res, req));
  }

  listen(): Promise<number> {
    if (this.closing) return Promise.reject(new VoxError('VOX_SHUTTING_DOWN', 'transport is closed'));
    if (this.listenSocket) return Promise.resolve(uWS.us_socket_local_port(this.listenSocket));
    const { host, port } = this.options;
    return new Promise((resolve, reject) => {
      this.app.listen(host, port, LIBUS_LISTEN_EXCLUSIVE_PORT, (socket) => {
        if (!socket) {
          // uWS gives no reason; in use (also by another process) is the usual one.
          reject(new VoxError('VOX_LISTEN_FAILED', `cannot listen on ${host}:${port}: address in use or not available`));
          return;
        }
        this.listenSocket = socket;
        resolve(uWS.us_socket_local_port(socket));
      });
    });
  }

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  /** Calls a handler for a connection; a throw closes that connection with 1011. */
  deliver(conn: UwsConnection, call: (handlers: TransportHandlers) => void): void {
    callSafely(
      () => call(this.handlers),
      (err) => {
        this.reportError(err, 'connection handler');
        conn.close(INTERNAL_CLOSE.code, INTERNAL_CLOSE.reason);
      },
    );
  }

  forget(conn: UwsConnection): void {
    this.connections.delete(conn);
  }

  reportError(err: unknown, where: string): void {
    this.options.logger?.error({ err, where, transport: this.name }, 'transport handler threw');
  }

  private async doClose(): Promise<void> {
    if (this.listenSocket) {
      uWS.us_listen_socket_close(this.listenSocket);
      this.listenSocket = null;
    }
    const pending = [...this.connections].map((conn) => {
      conn.close(SHUTDOWN_CLOSE.code, SHUTDOWN_CLOSE.reason);
      return conn.closed;
    });
    // app.close() (present in this build, absent from its typings) drops idle
    // keep-alive HTTP sockets and aborts in-flight responses; without it they
    // would keep the event loop alive.
    const closable = this.app as TemplatedApp & { close?: () => void };
    closable.close?.();
    await Promise.all(pending);
  }

  private handleHttp(res: UwsResponse, req: UwsRequest): void {
    const headOnly = req.getMethod() === 'head';
    const response = new UwsHttpResponse(res, headOnly, (err) => this.reportError(err, 'http callback'));
    // uWS itself never passes more than 48 header lines (it stalls such a request): this matters for a lower limit.
    const tooMany = tooManyHeaders(countHeaders(req), this.options.maxHttpHeaders);
    if (tooMany) {
      response.answerIfIdle(tooMany);
      return;
    }
    const request = createUwsHttpRequest(req, res, response);
    callSafely(
      () => this.handlers.onHttp(request, response),
      (err) => {
        this.reportError(err, 'onHttp');
        if (!response.started) response.answerIfIdle(INTERNAL_ERROR_ANSWER);
        else response.abort();
      },
    );
  }

  private handleUpgrade(res: UwsResponse, req: UwsRequest, context: us_socket_context_t): void {
    const tooMany = tooManyHeaders(countHeaders(req), this.options.maxHttpHeaders);
    if (tooMany) {
      res.cork(() => {
        res.writeStatus(statusLine(tooMany.status)).writeHeader('content-type', tooMany.headers['content-type'] ?? '').end(tooMany.body, true);
      });
      return;
    }
    const path = req.getUrl();
    const headers: Record<string, string> = {};
    req.forEach((key, value) => {
      const previous = headers[key];
      headers[key] = previous === undefined ? value : `${previous}, ${value}`;
    });
    const remoteAddress = normalizeAddress(Buffer.from(res.getRemoteAddressAsText()).toString());
    let decision: UpgradeDecision;
    try {
      decision = this.closing
        ? { accept: false, status: 503, body: 'server shutting down' }
        : this.handlers.onUpgrade({
            path,
            query: new URLSearchParams(req.getQuery() ?? ''),
            headers,
            protocols: parseProtocols(headers['sec-websocket-protocol']),
            remoteAddress,
          });
    } catch (err) {
      this.reportError(err, 'onUpgrade');
      decision = { accept: false, status: INTERNAL_ERROR_ANSWER.status, body: INTERNAL_ERROR_ANSWER.body };
    }
    if (!decision.accept) {
      const { status, body } = decision;
      res.cork(() => {
        res.writeStatus(statusLine(status)).writeHeader('content-type', 'text/plain; charset=utf-8').end(body, true);
      });
      return;
    }
    const userData: UserData = { path, protocol: decision.protocol, remoteAddress, forwardedFor: headers['x-forwarded-for'], conn: null };
    res.upgrade(userData, headers['sec-websocket-key'] ?? '', decision.protocol ?? '', headers['sec-websocket-extensions'] ?? '', context);
  }

  private handleOpen(ws: UwsWebSocket<UserData>): void {
    const data = ws.getUserData();
    const conn = new UwsConnection(this.nextId++, ws, this, data.path, data.protocol, data.remoteAddress, data.forwardedFor);
    data.conn = conn;
    this.connections.add(conn);
    this.deliver(conn, (h) => h.onOpen(conn));
  }

  private handleMessage(ws: UwsWebSocket<UserData>, message: ArrayBuffer, isBinary: boolean): void {
    const conn = ws.getUserData().conn;
    if (!conn) return;
    if (message.byteLength > this.options.maxPayloadBytes) {
      conn.close(TOO_BIG_CLOSE.code, TOO_BIG_CLOSE.reason);
      return;
    }
    // A view, not a copy: valid only during this call (documented on onMessage).
    // Hot path: a plain try/catch instead of deliver()'s closures.
    try {
      this.handlers.onMessage(conn, new Uint8Array(message), isBinary);
    } catch (err) {
      this.reportError(err, 'onMessage');
      conn.close(INTERNAL_CLOSE.code, INTERNAL_CLOSE.reason);
    }
  }
}

function countHeaders(req: UwsRequest): number {
  let count = 0;
  req.forEach(() => count++);
  return count;
}
