/**
 * HttpRequest/HttpResponse over node:http, behaving like the uWS adapters in
 * uws-http.ts: writes after an abort or end are ignored, readBody has a hard
 * limit and answers 413 if the handler does not.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { VoxError } from '../../common/errors.js';
import type { HttpRequest, HttpResponse } from './transport.js';
import { BODY_TOO_LARGE_ANSWER, declaredLength, jsonErrorAnswer, normalizeAddress, rawAnswer, type TransportAnswer } from './transport-support.js';

/** The response side of one node:http exchange. */
export class NodeHttpResponse implements HttpResponse {
  private abortedFlag = false;
  private closeConnection = false;
  private readonly abortCallbacks: (() => void)[] = [];
  private writableCallback: (() => void) | null = null;

  constructor(
    private readonly res: ServerResponse,
    private readonly onCallbackError: (err: unknown) => void,
  ) {
    res.on('close', () => {
      if (res.writableFinished) return;
      this.abortedFlag = true;
      for (const callback of this.abortCallbacks.splice(0)) this.callUser(callback);
    });
    res.on('drain', () => {
      const callback = this.writableCallback;
      if (callback && !this.abortedFlag) this.callUser(callback);
    });
    // A write racing a client reset must not become an uncaught 'error'.
    res.on('error', () => {});
  }

  get aborted(): boolean {
    return this.abortedFlag;
  }

  /** True once writeHead or end ran (or the response is gone). */
  get started(): boolean {
    return this.res.headersSent || this.res.writableEnded || this.abortedFlag;
  }

  writeHead(status: number, headers: Record<string, string>): void {
    if (this.started) return;
    this.res.writeHead(status, this.closeConnection ? { ...headers, connection: 'close' } : headers);
  }

  write(chunk: Uint8Array | string): boolean {
    if (this.abortedFlag || this.res.writableEnded) return false;
    if (!this.res.headersSent) this.writeHead(200, {});
    return this.res.write(chunk);
  }

  end(chunk?: Uint8Array | string): void {
    if (this.abortedFlag || this.res.writableEnded) return;
    if (!this.res.headersSent) this.writeHead(200, {});
    if (chunk === undefined) this.res.end();
    else this.res.end(chunk);
  }

  onAborted(callback: () => void): void {
    if (this.abortedFlag) queueMicrotask(() => this.callUser(callback));
    else this.abortCallbacks.push(callback);
  }

  /** The callback fires each time the socket drained after a write() returned false. */
  onWritable(callback: () => void): void {
    this.writableCallback = callback;
  }

  /** Answers with a fixed status if the handler has not started a response. */
  answerIfIdle(answer: { status: number; headers: Record<string, string>; body: string }): void {
    if (this.started) return;
    this.writeHead(answer.status, answer.headers);
    this.end(answer.body);
  }

  /** The client must not reuse this connection (its request body was not read). */
  markCloseConnection(): void {
    this.closeConnection = true;
    if (!this.res.headersSent) this.res.shouldKeepAlive = false;
  }

  /** Drops the connection (handler failed mid-response). */
  abort(): void {
    if (!this.res.writableFinished) this.res.destroy();
  }

  private callUser(callback: () => void): void {
    try {
      callback();
    } catch (err) {
      this.onCallbackError(err);
    }
  }
}

/** Wraps an IncomingMessage into our HttpRequest. */
export function createNodeHttpRequest(req: IncomingMessage, response: NodeHttpResponse): HttpRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  let body: Promise<Buffer> | null = null;
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: q === -1 ? url : url.slice(0, q),
    query: new URLSearchParams(q === -1 ? '' : url.slice(q + 1)),
    headers,
    remoteAddress: normalizeAddress(req.socket.remoteAddress),
    readBody(maxBytes: number): Promise<Buffer> {
      body ??= readNodeBody(req, response, headers, maxBytes);
      return body;
    },
  };
}

function readNodeBody(
  req: IncomingMessage,
  response: NodeHttpResponse,
  headers: Readonly<Record<string, string>>,
  maxBytes: number,
): Promise<Buffer> {
  const declared = declaredLength(headers);
  if (declared !== null && declared > maxBytes) return refuse(req, response, maxBytes);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const onData = (chunk: Buffer): void => {
      if (settled) return;
      size += chunk.byteLength;
      if (size > maxBytes) {
        settled = true;
        refuse(req, response, maxBytes).catch(reject);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
    req.once('close', () => {
      if (settled) return;
      settled = true;
      reject(new VoxError('VOX_BAD_REQUEST', 'client went away while sending the body'));
    });
  });
}

/** Rejects now, stops reading; answers 413 after the handler had its chance to answer itself. */
function refuse(req: IncomingMessage, response: NodeHttpResponse, maxBytes: number): Promise<Buffer> {
  response.markCloseConnection();
  req.removeAllListeners('data');
  req.pause();
  setImmediate(() => response.answerIfIdle(BODY_TOO_LARGE_ANSWER));
  return Promise.reject(new VoxError('VOX_BODY_TOO_LARGE', `request body exceeds ${maxBytes} bytes`));
}

/**
 * node:http's 'clientError': a request its parser refused (no request
 * object exists). Answers what it can in the API's JSON error shape, then
 * closes: after a framing error the rest of the stream cannot be trusted.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(rawAnswer(clientErrorAnswer(err.code)));
}

function clientErrorAnswer(code: string | undefined): TransportAnswer {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return jsonErrorAnswer('VOX_HEADERS_TOO_LARGE', 'request headers exceed 16 KiB');
    case 'HPE_INVALID_METHOD':
      return jsonErrorAnswer('VOX_NOT_IMPLEMENTED', 'unknown request method (methods are case-sensitive)');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return jsonErrorAnswer('VOX_REQUEST_TIMEOUT');
    default:
      // The parser's code (e.g. HPE_UNEXPECTED_CONTENT_LENGTH for Content-Length with Transfer-Encoding) says what was wrong.
      return jsonErrorAnswer('VOX_BAD_REQUEST', `malformed HTTP request${code ? ` (${code})` : ''}`);
  }
}
