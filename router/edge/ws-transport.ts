/**
 * Transport on node:http + ws: the portable fallback for UwsTransport, with
 * the same observable behaviour (the shared contract test runs against both).
 *
 * How uWS features are rebuilt on ws:
 * - drain: every send carries a callback that node runs once the frame left
 *   the socket buffer; the first callback that finds the buffer at or below
 *   highWaterMarkBytes after a 'backpressure' fires onDrain. No polling.
 * - idle timeout: one sweep timer for all connections; a connection silent
 *   for half the timeout is pinged, one silent for the whole is dropped
 *   (1006), as uWS does with sendPingsAutomatically.
 * - oversize messages: ws sends the 1009 close frame itself but reports 1006
 *   locally; the error is remembered so onClose reports 1009 like uWS.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { DEFAULT_LIMITS } from '../../common/config.js';
import { VoxError } from '../../common/errors.js';
import type { SendResult, Transport, TransportConnection, TransportHandlers, UpgradeDecision } from './transport.js';
import { NodeHttpResponse, answerClientError, createNodeHttpRequest } from './node-http.js';
import {
  CLOSE_GRACE_MS,
  INTERNAL_CLOSE,
  INTERNAL_ERROR_ANSWER,
  SHUTDOWN_CLOSE,
  TOO_BIG_CLOSE,
  callSafely,
  effectiveIdleTimeout,
  normalizeAddress,
  parseProtocols,
  rawAnswer,
  sendableCloseCode,
  sendableCloseReason,
  statusLine,
  tooManyHeaders,
  type TransportRuntimeOptions,
} from './transport-support.js';

/** One ws WebSocket as a TransportConnection. */
class WsConnection implements TransportConnection {
  private open = true;
  private delivered = false;
  private backpressured = false;
  private closeOverride: { code: number; reason: string } | null = null;
  /** Last time anything arrived from the peer (ms, performance.now()). */
  lastSeen = performance.now();
  pingSent = false;
  private closedResolve: () => void = () => {};
  /** Resolves once onClose has been delivered. */
  readonly closed = new Promise<void>((resolve) => {
    this.closedResolve = resolve;
  });

  constructor(
    readonly id: number,
    private readonly ws: WebSocket,
    private readonly transport: WsTransport,
    readonly path: string,
    readonly protocol: string | null,
    readonly remoteAddress: string,
    readonly forwardedFor: string | undefined,
  ) {
    ws.on('message', (data: RawData, isBinary: boolean) => {
      this.touch();
      if (!this.open) return;
      // binaryType is 'nodebuffer' (the default): always one Buffer.
      try {
        this.transport.handlers.onMessage(this, data as Buffer, isBinary);
      } catch (err) {
        this.transport.reportError(err, 'onMessage');
        this.close(INTERNAL_CLOSE.code, INTERNAL_CLOSE.reason);
      }
    });
    ws.on('pong', () => {
      this.touch();
      if (this.open) this.transport.deliver(this, (h) => h.onPong?.(this));
    });
    ws.on('ping', () => this.touch());
    ws.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.closeOverride = TOO_BIG_CLOSE;
      this.open = false;
    });
    ws.on('close', (code: number, reason: Buffer) => {
      const final = this.closeOverride ?? { code, reason: reason.toString() };
      this.handleClose(final.code, final.reason);
    });
  }

  send(data: Uint8Array | string, isBinary: boolean): SendResult {
    if (!this.open) return 'dropped';
    this.ws.send(data, { binary: isBinary }, this.afterFlush);
    if (this.ws.bufferedAmount > this.transport.highWaterMarkBytes) {
      this.backpressured = true;
      return 'backpressure';
    }
    return 'sent';
  }

  bufferedAmount(): number {
    return this.open ? this.ws.bufferedAmount : 0;
  }

  close(code: number, reason: string): void {
    if (!this.open) return;
    this.open = false;
    this.ws.close(sendableCloseCode(code), sendableCloseReason(reason));
  }

  terminate(): void {
    if (this.delivered) return;
    this.open = false;
    this.ws.terminate();
  }

  ping(): void {
    if (this.open) this.ws.ping();
  }

  /** True when onClose has not been delivered yet. */
  get live(): boolean {
    return !this.delivered;
  }

  private touch(): void {
    this.lastSeen = performance.now();
    this.pingSent = false;
  }

  /** Runs after each sent frame left the socket buffer (in send order). */
  private readonly afterFlush = (err?: Error | null): void => {
    if (err || !this.open || !this.backpressured) return;
    if (this.ws.bufferedAmount > this.transport.highWaterMarkBytes) return;
    this.backpressured = false;
    this.transport.deliver(this, (h) => h.onDrain(this));
  };

  /** Idle sweep step: ping a quiet peer, drop a silent one. */
  checkIdle(now: number, idleMs: number): void {
    if (this.delivered) return;
    const silent = now - this.lastSeen;
    if (silent >= idleMs) {
      this.terminate();
    } else if (silent >= idleMs / 2 && !this.pingSent && this.open) {
      this.pingSent = true;
      this.ws.ping();
    }
  }

  private handleClose(code: number, reason: string): void {
    if (this.delivered) return;
    this.delivered = true;
    this.open = false;
    this.transport.forget(this);
    callSafely(
      () => this.transport.handlers.onClose(this, code, reason),
      (err) => this.transport.reportError(err, 'onClose'),
    );
    this.closedResolve();
  }
}

/** Transport on node:http and the ws package. */
export class WsTransport implements Transport {
  readonly name = 'ws' as const;
  readonly handlers: TransportHandlers;
  readonly highWaterMarkBytes: number;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<WsConnection>();
  /** Subprotocol chosen by onUpgrade, read back by ws's handleProtocols. */
  private readonly chosenProtocol = new WeakMap<IncomingMessage, string | null>();
  private readonly idleMs: number;
  private sweepTimer: NodeJS.Timeout | null = null;
  private listening: Promise<number> | null = null;
  private nextId = 1;
  private closing: Promise<void> | null = null;

  constructor(private readonly options: TransportRuntimeOptions) {
    this.handlers = options.handlers;
    this.highWaterMarkBytes = options.highWaterMarkBytes;
    this.idleMs = effectiveIdleTimeout(options.idleTimeoutSeconds) * 1000;
    this.server = createServer((req, res) => this.handleHttp(req, res));
    // node keeps only this many header lines: one past the limit is enough to see it was passed.
    this.server.maxHeadersCount = (options.maxHttpHeaders ?? DEFAULT_LIMITS.maxHttpHeaders) + 1;
    this.server.on('clientError', answerClientError);
    this.server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => this.handleUpgrade(req, socket, head));
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      maxPayload: options.maxPayloadBytes,
      perMessageDeflate: false,
      handleProtocols: (_offered, req) => this.chosenProtocol.get(req) ?? false,
    });
  }

  listen(): Promise<number> {
    if (this.closing) return Promise.reject(new VoxError('VOX_SHUTTING_DOWN', 'transport is closed'));
    this.listening ??= new Promise<number>((resolve, reject) => {
      const { host, port } = this.options;
      const onError = (err: Error): void => reject(new VoxError('VOX_LISTEN_FAILED', `cannot listen on ${host}:${port}`, { cause: err }));
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        this.startSweep();
        resolve((this.server.address() as AddressInfo).port);
      });
    });
    return this.listening;
  }

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  /** Calls a handler for a connection; a throw closes that connection with 1011. */
  deliver(conn: WsConnection, call: (handlers: TransportHandlers) => void): void {
    callSafely(
      () => call(this.handlers),
      (err) => {
        this.reportError(err, 'connection handler');
        conn.close(INTERNAL_CLOSE.code, INTERNAL_CLOSE.reason);
      },
    );
  }

  forget(conn: WsConnection): void {
    this.connections.delete(conn);
  }

  reportError(err: unknown, where: string): void {
    this.options.logger?.error({ err, where, transport: this.name }, 'transport handler threw');
  }

  private async doClose(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
    const serverClosed = new Promise<void>((resolve) => {
      if (!this.server.listening) resolve();
      else this.server.close(() => resolve());
    });
    const conns = [...this.connections];
    for (const conn of conns) conn.close(SHUTDOWN_CLOSE.code, SHUTDOWN_CLOSE.reason);
    const allClosed = Promise.all(conns.map((c) => c.closed));
    let grace: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      allClosed.then(() => false),
      new Promise<boolean>((resolve) => {
        grace = setTimeout(() => resolve(true), CLOSE_GRACE_MS);
      }),
    ]);
    clearTimeout(grace);
    if (timedOut) for (const conn of conns) conn.terminate();
    await allClosed;
    // Keep-alive and in-flight HTTP sockets; upgraded sockets are gone by now.
    this.server.closeAllConnections();
    await serverClosed;
  }

  private startSweep(): void {
    if (this.idleMs === 0) return;
    // A quarter of the timeout keeps detection within 125 % of it, like uWS's 4 s ticks.
    this.sweepTimer = setInterval(() => {
      const now = performance.now();
      for (const conn of this.connections) conn.checkIdle(now, this.idleMs);
    }, this.idleMs / 4);
    this.sweepTimer.unref();
  }

  private handleHttp(req: IncomingMessage, res: ServerResponse): void {
    const response = new NodeHttpResponse(res, (err) => this.reportError(err, 'http callback'));
    const tooMany = tooManyHeaders(req.rawHeaders.length / 2, this.options.maxHttpHeaders);
    if (tooMany) {
      response.markCloseConnection();
      response.answerIfIdle(tooMany);
      return;
    }
    const request = createNodeHttpRequest(req, response);
    callSafely(
      () => this.handlers.onHttp(request, response),
      (err) => {
        this.reportError(err, 'onHttp');
        if (!response.started) response.answerIfIdle(INTERNAL_ERROR_ANSWER);
        else response.abort();
      },
    );
  }

  private handleUpgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    // Until ws owns the socket, a reset must not become an uncaught 'error'.
    socket.on('error', () => socket.destroy());
    const tooMany = tooManyHeaders(req.rawHeaders.length / 2, this.options.maxHttpHeaders);
    if (tooMany) {
      socket.once('finish', () => socket.destroy());
      socket.end(rawAnswer(tooMany));
      return;
    }
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const path = q === -1 ? url : url.slice(0, q);
    const remoteAddress = normalizeAddress(req.socket.remoteAddress);
    let decision: UpgradeDecision;
    try {
      if (this.closing) decision = { accept: false, status: 503, body: 'server shutting down' };
      else if (headers.upgrade?.toLowerCase() !== 'websocket') decision = { accept: false, status: 400, body: 'unsupported upgrade' };
      else
        decision = this.handlers.onUpgrade({
          path,
          query: new URLSearchParams(q === -1 ? '' : url.slice(q + 1)),
          headers,
          protocols: parseProtocols(headers['sec-websocket-protocol']),
          remoteAddress,
        });
    } catch (err) {
      this.reportError(err, 'onUpgrade');
      decision = { accept: false, status: INTERNAL_ERROR_ANSWER.status, body: INTERNAL_ERROR_ANSWER.body };
    }
    if (!decision.accept) {
      rejectUpgrade(socket, decision.status, decision.body);
      return;
    }
    const protocol = decision.protocol;
    this.chosenProtocol.set(req, protocol);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (this.closing) {
        ws.terminate();
        return;
      }
      const conn = new WsConnection(this.nextId++, ws, this, path, protocol, remoteAddress, headers['x-forwarded-for']);
      this.connections.add(conn);
      this.deliver(conn, (h) => h.onOpen(conn));
    });
  }
}

/** Answers a refused upgrade over the raw socket (there is no ServerResponse for it). */
function rejectUpgrade(socket: Socket, status: number, body: string): void {
  if (socket.destroyed) return;
  const bytes = Buffer.from(body);
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${statusLine(status)}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${bytes.length}\r\n\r\n` +
      body,
  );
}
