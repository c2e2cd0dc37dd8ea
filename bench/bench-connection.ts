/**
 * One generator connection speaking voxring.v1.proto over RawWsClient:
 * hello, request/response by ref for the setup frames, and a hot-path hook
 * that sees server chunk frames before any decoding. Used by every scenario
 * against voxring and the baseline relays alike.
 */
import { decodeServerFrame, encodeClientFrame } from '../proto/frame-codec.js';
import { SUBPROTOCOL_PROTO, type ClientFrame, type ServerFrame } from '../proto/frames.js';
import { RawWsClient } from './raw-ws-client.js';

/** Redirects a hello follows (a ring sends at most one: to the user's home). */
const MAX_REDIRECTS = 2;

type ClientBody = ClientFrame extends infer F ? (F extends ClientFrame ? Omit<F, 'ref'> : never) : never;

/** Server chunk frame with ref 0 starts with this byte (field 5, length-delimited). */
export const SERVER_CHUNK_TAG = 0x2a;
const MAX_FRAME = 16 * 1024 * 1024;

/** Reused by parseServerChunk: seq and payload location of the last parsed chunk. */
export interface ChunkView {
  seq: number;
  idLength: number;
  payloadOffset: number;
  payloadLength: number;
}

/**
 * Reads a server chunk frame (ref 0) without allocating: fills `out` and
 * returns true, or returns false when `bytes` is not such a frame. Field
 * layout as written by proto/proto-frame-codec.ts (defaults omitted).
 */
export function parseServerChunk(bytes: Uint8Array, out: ChunkView): boolean {
  if (bytes[0] !== SERVER_CHUNK_TAG) return false;
  let pos = 1;
  let shift = 0;
  let inner = 0;
  for (;;) {
    const b = bytes[pos++];
    if (b === undefined) return false;
    inner += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) break;
  }
  const end = pos + inner;
  if (end > bytes.length) return false;
  out.seq = 0;
  out.idLength = 0;
  out.payloadOffset = pos;
  out.payloadLength = 0;
  while (pos < end) {
    const tag = bytes[pos++];
    let value = 0;
    shift = 0;
    for (;;) {
      const b = bytes[pos++];
      if (b === undefined) return false;
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    if (tag === 0x10) out.seq = value;
    else if (tag === 0x0a) {
      out.idLength = value;
      pos += value;
    } else if (tag === 0x1a) {
      out.payloadOffset = pos;
      out.payloadLength = value;
      pos += value;
    } else if (tag !== 0x20) return false; // 0x20: received_at_ms, a varint already read
  }
  return true;
}

export interface BenchConnectionHooks {
  /** A server chunk frame (ref 0); `at` is performance.now() of the TCP read that brought it. */
  onChunk?(bytes: Buffer, at: number): void;
  /** Any other frame, decoded. */
  onFrame?(frame: ServerFrame, at: number): void;
  onClose?(code: number): void;
}

export class BenchConnection {
  private nextRef = 1;
  private readonly waiting = new Map<number, (frame: ServerFrame) => void>();
  hooks: BenchConnectionHooks = {};

  private constructor(private client: RawWsClient | undefined) {}

  static async open(wsUrl: string, timeoutMs = 15_000): Promise<BenchConnection> {
    const conn = new BenchConnection(undefined);
    conn.client = await RawWsClient.connect(
      { url: wsUrl, protocol: SUBPROTOCOL_PROTO, timeoutMs },
      {
        onMessage: (data, _isBinary, at) => conn.onMessage(data, at),
        onClose: (code) => conn.hooks.onClose?.(code),
      },
    );
    return conn;
  }

  /**
   * Opens a connection and authenticates it; resolves once a router
   * welcomed the device. In a ring, a router that is not the user's home
   * answers `redirect` (close 4010): the connection follows it, as the SDK
   * does (at most MAX_REDIRECTS hops, during setup only).
   */
  static async authenticated(wsUrl: string, token: string, deviceId: string, timeoutMs = 15_000): Promise<BenchConnection> {
    let url = wsUrl;
    for (let hop = 0; ; hop++) {
      const conn = await BenchConnection.open(url, timeoutMs);
      const answer = await conn.request({ type: 'hello', hello: { token, deviceId } }, timeoutMs).catch((err: unknown) => {
        conn.terminate();
        throw err;
      });
      if (answer.type === 'welcome') return conn;
      conn.terminate();
      if (answer.type !== 'redirect' || hop >= MAX_REDIRECTS) throw new Error(`hello answered with ${describe(answer)}`);
      url = webSocketUrlOf(answer.redirect.url);
    }
  }

  get isOpen(): boolean {
    return this.client?.isOpen ?? false;
  }

  /** Sends a frame without waiting (ref 0). */
  send(body: ClientBody): void {
    this.sendRaw(encodeClientFrame({ ref: 0, ...body }, 'proto'));
  }

  sendRaw(bytes: Uint8Array): void {
    this.client?.send(bytes);
  }

  /** Sends a frame with a fresh ref; resolves with the first frame that answers it (an error frame too). */
  request(body: ClientBody, timeoutMs = 15_000): Promise<ServerFrame> {
    const ref = this.nextRef++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(ref);
        reject(new Error(`no answer to ${body.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(ref, (frame) => {
        clearTimeout(timer);
        resolve(frame);
      });
      this.sendRaw(encodeClientFrame({ ref, ...body }, 'proto'));
    });
  }

  close(): void {
    this.client?.close();
  }

  terminate(): void {
    this.client?.terminate();
  }

  private onMessage(data: Buffer, at: number): void {
    if (data[0] === SERVER_CHUNK_TAG && this.hooks.onChunk) {
      this.hooks.onChunk(data, at);
      return;
    }
    const decoded = decodeServerFrame(data, 'proto', MAX_FRAME);
    if (!decoded.ok) return;
    const frame = decoded.frame;
    if (frame.ref !== 0) {
      const waiter = this.waiting.get(frame.ref);
      if (waiter) {
        this.waiting.delete(frame.ref);
        waiter(frame);
        return;
      }
    }
    this.hooks.onFrame?.(frame, at);
  }
}

export function describe(frame: ServerFrame): string {
  return frame.type === 'error' ? `error ${frame.error.code}: ${frame.error.message}` : frame.type;
}

/** Runs `task` over `items` with at most `limit` in flight; results in item order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A redirect names the router's base URL (http://host:port); its WebSocket endpoint is /v1/ws. */
function webSocketUrlOf(url: string): string {
  return url.startsWith('http') ? `${url.replace(/^http/, 'ws').replace(/\/$/, '')}/v1/ws` : url;
}
