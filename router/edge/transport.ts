/**
 * The network edge of a router: one listening port that serves HTTP and
 * WebSocket. Two implementations with identical behaviour: UwsTransport
 * (uWebSockets.js, native) and WsTransport (node:http + ws). The router
 * depends only on this file.
 */

export type TransportName = 'uws' | 'ws';

/** An HTTP request with its body not yet read. Header names are lower-case. */
export interface HttpRequest {
  readonly method: string;
  /** Path without the query string, e.g. "/v1/messages/abc". */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly remoteAddress: string;
  /**
   * Reads the whole body. Rejects with VoxError VOX_BODY_TOO_LARGE past
   * maxBytes (the transport then answers 413 itself if nothing was sent).
   * Must be called synchronously inside onHttp if the body is wanted.
   */
  readBody(maxBytes: number): Promise<Buffer>;
}

/**
 * The response side. Streaming responses call write() repeatedly; write
 * returns false when the socket's buffer is full, and onWritable's callback
 * fires once it has drained.
 */
export interface HttpResponse {
  /** True once the client went away; further writes are ignored. */
  readonly aborted: boolean;
  /** Sends status and headers; must precede write/end; called at most once. */
  writeHead(status: number, headers: Record<string, string>): void;
  write(chunk: Uint8Array | string): boolean;
  end(chunk?: Uint8Array | string): void;
  onAborted(callback: () => void): void;
  onWritable(callback: () => void): void;
}

/** Decision on an incoming WebSocket upgrade. */
export type UpgradeDecision =
  | { accept: true; protocol: string | null }
  | { accept: false; status: number; body: string };

export interface UpgradeRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  /** Subprotocols the client offered, in its order. */
  readonly protocols: readonly string[];
  readonly remoteAddress: string;
}

export type SendResult = 'sent' | 'backpressure' | 'dropped';

export interface TransportConnection {
  /** Unique per transport, never reused. */
  readonly id: number;
  readonly path: string;
  readonly protocol: string | null;
  readonly remoteAddress: string;
  /** The upgrade request's X-Forwarded-For header, if any (read only with trustProxy: client-address.ts). */
  readonly forwardedFor: string | undefined;
  /**
   * Queues data. 'backpressure': accepted but the buffer is above
   * highWaterMarkBytes (wait for onDrain before sending more); 'dropped':
   * the connection is closed, nothing sent.
   */
  send(data: Uint8Array | string, isBinary: boolean): SendResult;
  /** Bytes queued and not yet written to the socket. */
  bufferedAmount(): number;
  /** Graceful close with a WebSocket close code (1000, 4xxx …). Idempotent. */
  close(code: number, reason: string): void;
  /** Drops the socket at once. Idempotent. */
  terminate(): void;
  /** Sends a WebSocket ping frame (the answer arrives as onPong). No-op once closed. */
  ping(): void;
}

export interface TransportHandlers {
  onHttp(req: HttpRequest, res: HttpResponse): void;
  /** Decides synchronously whether an upgrade on this path is accepted. */
  onUpgrade(req: UpgradeRequest): UpgradeDecision;
  onOpen(conn: TransportConnection): void;
  /** `data` is only valid during the call: copy what you keep. */
  onMessage(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void;
  /** The send buffer drained below highWaterMarkBytes after a 'backpressure'. */
  onDrain(conn: TransportConnection): void;
  /** Called exactly once per opened connection. */
  onClose(conn: TransportConnection, code: number, reason: string): void;
  /** A pong arrived (the answer to ping(), or unsolicited). */
  onPong?(conn: TransportConnection): void;
}

/** The WebSocket half of the handlers (DoorDispatch produces it; the router adds onHttp). */
export type WebSocketHandlers = Omit<TransportHandlers, 'onHttp'>;

export interface TransportOptions {
  host: string;
  port: number;
  handlers: TransportHandlers;
  /** Largest incoming WebSocket message; larger ones close the socket with 1009. */
  maxPayloadBytes: number;
  /** Send buffer level above which send() reports 'backpressure'. */
  highWaterMarkBytes: number;
  /** Seconds without any traffic before a socket is closed (pings keep it alive). 0 = never. */
  idleTimeoutSeconds: number;
  /** Header lines one HTTP request (or upgrade) may carry; more answers 431. Default: DEFAULT_LIMITS.maxHttpHeaders. */
  maxHttpHeaders?: number;
}

export interface Transport {
  readonly name: TransportName;
  /** Starts listening; resolves with the port actually bound (port 0 = any free one). */
  listen(): Promise<number>;
  /** Stops listening and closes every connection (code 1001). Idempotent. */
  close(): Promise<void>;
}
