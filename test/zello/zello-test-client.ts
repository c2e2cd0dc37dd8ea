/**
 * A Zello Channel API client written from the specification
 * (zelloptt/zello-channel-api, API.md) on the bare `ws` package — not on
 * voxring's SDK — so the door is tested against the protocol, not against
 * our own idea of it. JSON commands carry `seq`; replies echo it. Binary
 * packets are `{type(8), id(32), u32(32), data[]}` in network byte order.
 */
import WebSocket from 'ws';
import type { Teardowns } from '../helpers/router-fixture.js';

export type Json = Record<string, unknown>;
export type LogEntry = { kind: 'json'; body: Json } | { kind: 'binary'; bytes: Buffer };

/** What a listener received for one incoming stream. */
export interface HeardStream {
  start: Json;
  packetIds: number[];
  packets: Buffer[];
  stop: Json | undefined;
}

const WAIT_MS = 15_000;

/** base64 of {sample_rate_hz(16LE), frames_per_packet(8), frame_size_ms(8)} */
export function codecHeader(
  sampleRate: number,
  framesPerPacket: number,
  frameSizeMs: number,
): string {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt16LE(sampleRate, 0);
  bytes[2] = framesPerPacket;
  bytes[3] = frameSizeMs;
  return bytes.toString('base64');
}

export function parseCodecHeader(value: unknown): {
  sampleRate: number;
  framesPerPacket: number;
  frameSizeMs: number;
} {
  const bytes = Buffer.from(String(value), 'base64');
  return {
    sampleRate: bytes.readUInt16LE(0),
    framesPerPacket: bytes[2] ?? -1,
    frameSizeMs: bytes[3] ?? -1,
  };
}

/** `{type, id, second, data}`: 0x01 audio (stream_id, packet_id), 0x02 image (image_id, 1 full / 2 thumbnail). */
export function packet(type: number, id: number, second: number, data: Uint8Array): Buffer {
  const head = Buffer.alloc(9);
  head[0] = type;
  head.writeUInt32BE(id, 1);
  head.writeUInt32BE(second, 5);
  return Buffer.concat([head, data]);
}

export class ZelloTestClient {
  readonly log: LogEntry[] = [];
  private seq = 0;
  private readonly waiters = new Set<{ check: () => boolean }>();
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        this.wake();
      });
    });
    ws.on('message', (data: Buffer, isBinary) => {
      this.log.push(
        isBinary
          ? { kind: 'binary', bytes: Buffer.from(data) }
          : { kind: 'json', body: JSON.parse(data.toString('utf8')) as Json },
      );
      this.wake();
    });
    ws.on('error', () => {});
  }

  /** Opens a connection (not logged on); terminated in teardown. `autoPong: false` leaves server pings unanswered. */
  static async connect(
    t: Teardowns,
    url: string,
    options: { autoPong?: boolean } = {},
  ): Promise<ZelloTestClient> {
    const ws = new WebSocket(url, { autoPong: options.autoPong ?? true });
    const client = new ZelloTestClient(ws);
    t.teardown(() => ws.terminate());
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  /** Connects and logs on with a username and password; resolves after the reply. */
  static async logon(
    t: Teardowns,
    url: string,
    username: string,
    password: string,
    channels: string[],
    extra: Json = {},
  ): Promise<ZelloTestClient> {
    const client = await ZelloTestClient.connect(t, url);
    const reply = await client.request({
      command: 'logon',
      username,
      password,
      channels,
      ...extra,
    });
    if (reply['success'] !== true) throw new Error(`logon failed: ${JSON.stringify(reply)}`);
    return client;
  }

  /** Sends a command without seq (no reply expected). */
  send(body: Json): void {
    this.ws.send(JSON.stringify(body));
  }

  sendText(text: string): void {
    this.ws.send(text);
  }

  sendBinary(bytes: Uint8Array): void {
    this.ws.send(bytes, { binary: true });
  }

  /** Sends a command with the next seq and resolves with the reply that echoes it. */
  async request(body: Json): Promise<Json> {
    const seq = ++this.seq;
    this.send({ ...body, seq });
    return this.waitJson((m) => m['seq'] === seq && m['command'] === undefined);
  }

  /** The first JSON message (from the start of the log) that matches. */
  waitJson(match: (body: Json) => boolean, what = 'a matching message'): Promise<Json> {
    return this.waitFor(() => {
      for (const entry of this.log)
        if (entry.kind === 'json' && match(entry.body)) return entry.body;
      return undefined;
    }, what);
  }

  event(command: string, match: (body: Json) => boolean = () => true): Promise<Json> {
    return this.waitJson((m) => m['command'] === command && match(m), command);
  }

  /** Every incoming stream so far, by stream_id, with its packets in arrival order. */
  streams(): Map<number, HeardStream> {
    const streams = new Map<number, HeardStream>();
    for (const entry of this.log) {
      if (entry.kind === 'json') {
        const id = Number(entry.body['stream_id']);
        if (entry.body['command'] === 'on_stream_start')
          streams.set(id, { start: entry.body, packetIds: [], packets: [], stop: undefined });
        if (entry.body['command'] === 'on_stream_stop') {
          const stream = streams.get(id);
          if (stream) stream.stop = entry.body;
        }
      } else if (entry.bytes[0] === 0x01 && entry.bytes.length >= 9) {
        const stream = streams.get(entry.bytes.readUInt32BE(1));
        stream?.packetIds.push(entry.bytes.readUInt32BE(5));
        stream?.packets.push(entry.bytes.subarray(9));
      }
    }
    return streams;
  }

  /** Resolves with the first stream from `from` once it has stopped. */
  stoppedStream(from: string): Promise<HeardStream> {
    return this.waitFor(
      () =>
        [...this.streams().values()].find((s) => s.start['from'] === from && s.stop !== undefined),
      `a stopped stream from ${from}`,
    );
  }

  /** Binary image packets (type 0x02) for a message id: the thumbnail and the full image. */
  imageParts(messageId: number): { thumbnail: Buffer | undefined; full: Buffer | undefined } {
    const parts: { thumbnail: Buffer | undefined; full: Buffer | undefined } = {
      thumbnail: undefined,
      full: undefined,
    };
    for (const entry of this.log) {
      if (
        entry.kind !== 'binary' ||
        entry.bytes[0] !== 0x02 ||
        entry.bytes.readUInt32BE(1) !== messageId
      )
        continue;
      if (entry.bytes.readUInt32BE(5) === 0x02) parts.thumbnail = entry.bytes.subarray(9);
      if (entry.bytes.readUInt32BE(5) === 0x01) parts.full = entry.bytes.subarray(9);
    }
    return parts;
  }

  waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
    const first = probe();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        check: (): boolean => {
          const value = probe();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const recent = this.log
          .slice(-5)
          .map((e) => (e.kind === 'json' ? JSON.stringify(e.body) : `<binary ${e.bytes.length}>`));
        reject(new Error(`timed out waiting for ${what}; last messages: ${recent.join(' | ')}`));
      }, WAIT_MS);
      this.waiters.add(waiter);
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) if (waiter.check()) this.waiters.delete(waiter);
  }
}
