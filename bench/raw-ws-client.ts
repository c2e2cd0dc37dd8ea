/**
 * A lean WebSocket client over `net` for the load generators: the RFC 6455
 * handshake, unfragmented binary/text messages, ping → pong, close. It does
 * a fraction of the work of the `ws` client (no extensions, no per-message
 * objects): several frames that arrive in one TCP read are handed over in
 * one loop, with one timestamp for all of them.
 *
 * Client frames must be masked; the mask key is all zeros (allowed by the
 * RFC, which only asks that it be unpredictable to defeat proxy cache
 * poisoning — irrelevant on loopback), so the payload goes out unchanged.
 *
 *   client frame: [0x80|opcode] [0x80|len7] ([len16] | [len64]) [mask 0 0 0 0] payload
 */
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_TEXT = 1;
const OP_BINARY = 2;
const OP_CLOSE = 8;
const OP_PING = 9;
const OP_PONG = 10;
/** Larger incoming messages are a bug in the bench or the server: the socket is dropped. */
const MAX_MESSAGE = 16 * 1024 * 1024;

export interface RawWsHandlers {
  /** `data` is a view into the read buffer, valid only during the call. `at` is performance.now() of the read. */
  onMessage(data: Buffer, isBinary: boolean, at: number): void;
  onClose?(code: number): void;
}

export interface RawWsOptions {
  /** ws://host:port/path */
  url: string;
  protocol?: string;
  timeoutMs?: number;
}

export class RawWsClient {
  private pending: Buffer | undefined;
  private closed = false;
  /** Close code received from the server, or 1006 when the socket just went away. */
  closeCode = 0;

  private constructor(
    private readonly socket: net.Socket,
    private readonly handlers: RawWsHandlers,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => this.onSocketClose());
    socket.on('error', () => {}); // 'close' follows and reports it
  }

  /** Connects and completes the handshake; rejects on refusal, a non-101 answer or timeout. */
  static connect(options: RawWsOptions, handlers: RawWsHandlers): Promise<RawWsClient> {
    const url = new URL(options.url);
    const key = randomBytes(16).toString('base64');
    const expected = createHash('sha1').update(key + GUID).digest('base64');
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: url.hostname, port: Number(url.port), noDelay: true });
      let head = Buffer.alloc(0);
      const timer = setTimeout(() => fail(new Error(`WebSocket handshake timed out after ${options.timeoutMs ?? 10_000} ms`)), options.timeoutMs ?? 10_000);
      const fail = (err: Error): void => {
        clearTimeout(timer);
        socket.destroy();
        reject(err);
      };
      socket.once('error', fail);
      socket.once('connect', () => {
        socket.write(
          `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n` +
            (options.protocol ? `Sec-WebSocket-Protocol: ${options.protocol}\r\n` : '') +
            '\r\n',
        );
      });
      const onHead = (chunk: Buffer): void => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) {
          if (head.length > 16384) fail(new Error('handshake answer too long'));
          return;
        }
        const text = head.subarray(0, end).toString('latin1');
        const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
        if (status !== '101') return fail(new Error(`WebSocket upgrade refused: ${text.split('\r\n')[0] ?? ''}`));
        if (!new RegExp(`^sec-websocket-accept:\\s*${escapeRegExp(expected)}\\s*$`, 'im').test(text)) {
          return fail(new Error('bad Sec-WebSocket-Accept'));
        }
        clearTimeout(timer);
        socket.off('data', onHead);
        socket.off('error', fail);
        const client = new RawWsClient(socket, handlers);
        resolve(client);
        const rest = head.subarray(end + 4);
        if (rest.length > 0) client.onData(rest);
      };
      socket.on('data', onHead);
    });
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Sends one binary (default) or text message. */
  send(payload: Uint8Array | string, binary = true): void {
    if (this.closed) return;
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    const length = body.length;
    const headerLength = (length < 126 ? 2 : length < 65536 ? 4 : 10) + 4;
    const frame = Buffer.allocUnsafe(headerLength + length);
    frame[0] = 0x80 | (binary ? OP_BINARY : OP_TEXT);
    if (length < 126) {
      frame[1] = 0x80 | length;
    } else if (length < 65536) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeUInt32BE(0, 2);
      frame.writeUInt32BE(length, 6);
    }
    frame.writeUInt32BE(0, headerLength - 4); // mask key 0: payload unchanged
    frame.set(body, headerLength);
    this.socket.write(frame);
  }

  /** Sends a close frame and ends the socket; the server's close completes it. */
  close(code = 1000): void {
    if (this.closed) return;
    this.writeControl(OP_CLOSE, Buffer.from([code >> 8, code & 0xff]));
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  /** Drops the TCP connection at once. */
  terminate(): void {
    this.socket.destroy();
  }

  private writeControl(opcode: number, body: Buffer): void {
    const frame = Buffer.alloc(6 + body.length);
    frame[0] = 0x80 | opcode;
    frame[1] = 0x80 | body.length;
    body.copy(frame, 6);
    this.socket.write(frame);
  }

  private onData(chunk: Buffer): void {
    const at = performance.now();
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    let pos = 0;
    while (buf.length - pos >= 2) {
      const b0 = buf[pos]!;
      const b1 = buf[pos + 1]!;
      let length = b1 & 0x7f;
      let offset = pos + 2;
      if (length === 126) {
        if (buf.length - pos < 4) break;
        length = buf.readUInt16BE(pos + 2);
        offset = pos + 4;
      } else if (length === 127) {
        if (buf.length - pos < 10) break;
        length = buf.readUInt32BE(pos + 2) * 2 ** 32 + buf.readUInt32BE(pos + 6);
        offset = pos + 10;
      }
      if (b1 & 0x80) offset += 4; // servers do not mask; skip a key if one is there anyway
      if (length > MAX_MESSAGE) {
        this.socket.destroy();
        return;
      }
      if (buf.length < offset + length) break;
      const payload = buf.subarray(offset, offset + length);
      pos = offset + length;
      const opcode = b0 & 0x0f;
      if (opcode === OP_BINARY || opcode === OP_TEXT) {
        this.handlers.onMessage(payload, opcode === OP_BINARY, at);
      } else if (opcode === OP_PING) {
        this.writeControl(OP_PONG, Buffer.from(payload));
      } else if (opcode === OP_CLOSE) {
        this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        if (!this.socket.writableEnded) {
          this.writeControl(OP_CLOSE, payload.length >= 2 ? Buffer.from(payload.subarray(0, 2)) : Buffer.alloc(0));
          this.socket.end();
        }
      }
      if (this.closed) return;
    }
    if (pos < buf.length) this.pending = Buffer.from(buf.subarray(pos));
  }

  private onSocketClose(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.closeCode === 0) this.closeCode = 1006;
    this.handlers.onClose?.(this.closeCode);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
