/**
 * HttpRequest/HttpResponse over one uWS request. uWS rules this file obeys:
 * - the uWS request object is valid only during the route callback, so every
 *   field is copied up front; onData must be registered during it too;
 * - once the response finished or was aborted, touching it crashes, so every
 *   method checks `finished` first;
 * - writes outside the route callback go through cork().
 *
 * Body framing: uWS writes its own Content-Length on end() and switches to
 * chunked on write(), so a caller's content-length header is not forwarded
 * verbatim. With a declared length, streaming uses tryEnd() (which never
 * buffers: the unsent tail is kept in `pending` and retried on writable);
 * without, write() sends chunked and uWS buffers.
 */
import type { HttpRequest as UwsRequest, HttpResponse as UwsResponse } from '@trufflesuite/uws-js-unofficial';
import { VoxError } from '../../common/errors.js';
import type { HttpRequest, HttpResponse } from './transport.js';
import { BODY_TOO_LARGE_ANSWER, declaredLength, normalizeAddress, statusLine, toBytes } from './transport-support.js';

/** The response side of one uWS HTTP exchange. */
export class UwsHttpResponse implements HttpResponse {
  private abortedFlag = false;
  /** uWS no longer owns this response (done or aborted): never touch `res` again. */
  private finished = false;
  private headSent = false;
  private endRequested = false;
  private closeConnection = false;
  private contentLength: number | null = null;
  private pending: Uint8Array | null = null;
  private needDrain = false;
  private writableArmed = false;
  private readonly abortCallbacks: (() => void)[] = [];
  private writableCallback: (() => void) | null = null;

  constructor(
    private readonly res: UwsResponse,
    private readonly headOnly: boolean,
    private readonly onCallbackError: (err: unknown) => void,
  ) {
    res.onAborted(() => this.handleAborted());
  }

  get aborted(): boolean {
    return this.abortedFlag;
  }

  /** True once writeHead or end ran (or the response is gone). */
  get started(): boolean {
    return this.headSent || this.finished;
  }

  writeHead(status: number, headers: Record<string, string>): void {
    if (this.finished || this.headSent) return;
    this.headSent = true;
    this.res.cork(() => {
      this.res.writeStatus(statusLine(status));
      for (const [name, value] of Object.entries(headers)) {
        const key = name.toLowerCase();
        if (key === 'content-length') {
          const n = Number(value);
          if (Number.isSafeInteger(n) && n >= 0) this.contentLength = n;
          continue;
        }
        if (key === 'transfer-encoding') continue;
        if (key === 'connection' && value.toLowerCase() === 'close') this.closeConnection = true;
        this.res.writeHeader(name, value);
      }
    });
  }

  write(chunk: Uint8Array | string): boolean {
    if (this.finished || this.endRequested) return false;
    if (!this.headSent) this.writeHead(200, {});
    if (this.headOnly) return true;
    const data = toBytes(chunk);
    if (data.byteLength === 0) return this.pending === null;
    if (this.contentLength !== null) {
      if (this.pending) {
        this.pending = Buffer.concat([this.pending, data]);
        return false;
      }
      let ok = true;
      this.res.cork(() => {
        ok = this.tryEndChunk(data);
      });
      return ok;
    }
    let ok = true;
    this.res.cork(() => {
      ok = this.res.write(data);
    });
    if (!ok) this.armWritable();
    return ok;
  }

  end(chunk?: Uint8Array | string): void {
    if (this.finished || this.endRequested) return;
    if (!this.headSent) this.writeHead(200, {});
    if (this.finished) return;
    if (this.headOnly) {
      this.finished = true;
      const length = this.contentLength ?? undefined;
      this.res.cork(() => this.res.endWithoutBody(length, this.closeConnection));
      return;
    }
    const data = chunk === undefined ? undefined : toBytes(chunk);
    const length = this.contentLength;
    if (length === null || length === 0 || (this.noBodyWritten() && (data?.byteLength ?? 0) === length)) {
      // uWS frames it: Content-Length from the chunk, or the chunked terminator after write().
      this.finished = true;
      this.res.cork(() => this.res.end(data ?? '', this.closeConnection));
      return;
    }
    if (data && data.byteLength > 0) this.write(data);
    this.endRequested = true;
    if (this.pending === null) this.finishDeclaredLength();
  }

  onAborted(callback: () => void): void {
    if (this.abortedFlag) queueMicrotask(() => this.callUser(callback));
    else this.abortCallbacks.push(callback);
  }

  /** The callback fires each time the socket became writable after a write() returned false. */
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
  }

  /** Drops the connection (handler failed mid-response). */
  abort(): void {
    if (this.finished) return;
    this.res.close();
  }

  /** Registers the body handler; uWS requires this during the route callback. */
  onData(handler: (chunk: ArrayBuffer, isLast: boolean) => void): void {
    if (!this.finished) this.res.onData(handler);
  }

  private noBodyWritten(): boolean {
    return this.pending === null && this.res.getWriteOffset() === 0;
  }

  /** Sends what fits of `data` within the declared length; keeps the rest in `pending`. */
  private tryEndChunk(data: Uint8Array): boolean {
    const total = this.contentLength ?? 0;
    const before = this.res.getWriteOffset();
    const room = total - before;
    if (room <= 0) return true;
    const part = data.byteLength > room ? data.subarray(0, room) : data;
    const [ok, done] = this.res.tryEnd(part, total);
    if (done) {
      this.finished = true;
      return true;
    }
    if (!ok) {
      const written = this.res.getWriteOffset() - before;
      this.pending = part.subarray(written);
      this.armWritable();
    }
    return ok;
  }

  private finishDeclaredLength(): void {
    if (this.finished) return;
    // end() before the declared length was reached: the body is truncated, so
    // the client must see a broken connection rather than a short 200.
    this.finished = true;
    this.res.close();
  }

  private armWritable(): void {
    this.needDrain = true;
    if (this.writableArmed) return;
    this.writableArmed = true;
    this.res.onWritable(() => this.handleWritable());
  }

  /**
   * While an onWritable handler is registered uWS does not drain its own
   * buffer by itself; the uncork at the end of cork() does, so this always
   * corks, even when there is nothing new to write.
   */
  private handleWritable(): boolean {
    if (this.finished) return true;
    let ok = true;
    this.res.cork(() => {
      if (this.pending) {
        const chunk = this.pending;
        this.pending = null;
        ok = this.tryEndChunk(chunk);
        if (ok && this.endRequested) this.finishDeclaredLength();
      }
      if (ok && this.needDrain && !this.finished && !this.endRequested) {
        this.needDrain = false;
        const callback = this.writableCallback;
        if (callback) this.callUser(callback);
      }
    });
    return ok;
  }

  private handleAborted(): void {
    if (this.abortedFlag) return;
    this.abortedFlag = true;
    this.finished = true;
    this.pending = null;
    for (const callback of this.abortCallbacks.splice(0)) this.callUser(callback);
  }

  private callUser(callback: () => void): void {
    try {
      callback();
    } catch (err) {
      this.onCallbackError(err);
    }
  }
}

/** Copies a uWS request (valid only during the route callback) into our HttpRequest. */
export function createUwsHttpRequest(req: UwsRequest, res: UwsResponse, response: UwsHttpResponse): HttpRequest {
  const headers: Record<string, string> = {};
  req.forEach((key, value) => {
    const previous = headers[key];
    headers[key] = previous === undefined ? value : `${previous}, ${value}`;
  });
  const method = req.getMethod().toUpperCase();
  const query = new URLSearchParams(req.getQuery() ?? '');
  const path = req.getUrl();
  const remoteAddress = normalizeAddress(Buffer.from(res.getRemoteAddressAsText()).toString());
  let body: Promise<Buffer> | null = null;
  return {
    method,
    path,
    query,
    headers,
    remoteAddress,
    readBody(maxBytes: number): Promise<Buffer> {
      body ??= readUwsBody(response, headers, maxBytes);
      return body;
    },
  };
}

function readUwsBody(response: UwsHttpResponse, headers: Readonly<Record<string, string>>, maxBytes: number): Promise<Buffer> {
  const declared = declaredLength(headers);
  const hasBody = declared !== null ? declared > 0 : headers['transfer-encoding'] !== undefined;
  if (!hasBody) return Promise.resolve(Buffer.alloc(0));
  if (declared !== null && declared > maxBytes) return refuse(response, maxBytes);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    response.onData((chunk, isLast) => {
      if (settled) return;
      size += chunk.byteLength;
      if (size > maxBytes) {
        settled = true;
        refuse(response, maxBytes).catch(reject);
        return;
      }
      // The ArrayBuffer is reused by uWS after this callback: copy.
      chunks.push(Buffer.from(new Uint8Array(chunk)));
      if (isLast) {
        settled = true;
        resolve(Buffer.concat(chunks, size));
      }
    });
    response.onAborted(() => {
      if (settled) return;
      settled = true;
      reject(new VoxError('VOX_BAD_REQUEST', 'client went away while sending the body'));
    });
  });
}

/** Rejects now; answers 413 after the handler had its chance to answer itself. */
function refuse(response: UwsHttpResponse, maxBytes: number): Promise<Buffer> {
  response.markCloseConnection();
  setImmediate(() => response.answerIfIdle(BODY_TOO_LARGE_ANSWER));
  return Promise.reject(new VoxError('VOX_BODY_TOO_LARGE', `request body exceeds ${maxBytes} bytes`));
}
