/**
 * RelayBroker on Redis Streams (ioredis, loaded lazily): one stream per
 * conversation (`vox:<topic>`, XADD with MAXLEN ~ 3000), written on one
 * connection so a conversation's frames keep their order. READERS
 * connections each loop on XREAD BLOCK over the streams dealt to them.
 *
 * Following a stream: its last id is read on the writing connection (so it
 * precedes any frame published afterwards, the header included), the stream
 * joins its reader's set, and CLIENT UNBLOCK wakes that reader so its next
 * XREAD includes it. A stream followed once stays followed (the bench reuses
 * conversation ids from step to step).
 */
import type { Redis } from 'ioredis';
import type { DeliverFn, FailFn, RelayBroker } from './relay-broker.js';

const READERS = 4;
const KEY_PREFIX = 'vox:';
const MAX_LEN = '3000';
const READ_COUNT = '500';
const BLOCK_MS = '5000';

const UNBLOCK_TRIES = 200;

interface Reader {
  connection: Redis;
  clientId: number;
  /** stream key → last id delivered */
  streams: Map<string, string>;
  /** Bumped by every stream added to `streams`. */
  generation: number;
  /** The generation the XREAD in flight was issued with; -1: none in flight. */
  reading: number;
}

export class RedisStreamsBroker implements RelayBroker {
  private closed = false;
  private readonly following = new Map<string, Promise<void>>();

  private constructor(
    private readonly writer: Redis,
    private readonly readers: Reader[],
    private readonly deliver: DeliverFn,
    private readonly fail: FailFn,
  ) {}

  static async connect(url: string, deliver: DeliverFn, fail: FailFn): Promise<RedisStreamsBroker> {
    const { Redis } = await import('ioredis');
    const open = (): Redis => new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
    const writer = open();
    const readers: Reader[] = [];
    for (let i = 0; i < READERS; i++) {
      const connection = open();
      readers.push({ connection, clientId: Number(await connection.client('ID')), streams: new Map(), generation: 0, reading: -1 });
    }
    const broker = new RedisStreamsBroker(writer, readers, deliver, fail);
    for (const reader of readers) void broker.readLoop(reader);
    return broker;
  }

  publish(topic: string, bytes: Uint8Array): void {
    this.writer.xadd(KEY_PREFIX + topic, 'MAXLEN', '~', MAX_LEN, '*', 'd', Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(this.fail);
  }

  follow(topic: string): Promise<void> {
    let done = this.following.get(topic);
    if (!done) {
      done = this.startFollowing(topic);
      this.following.set(topic, done);
    }
    return done;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.writer.disconnect();
    for (const r of this.readers) r.connection.disconnect();
  }

  private async startFollowing(topic: string): Promise<void> {
    const key = KEY_PREFIX + topic;
    const last = await this.writer.xrevrange(key, '+', '-', 'COUNT', 1);
    const reader = this.readers[hash(topic) % this.readers.length]!;
    reader.streams.set(key, last[0]?.[0] ?? '0-0');
    const generation = ++reader.generation;
    // An XREAD issued before the stream joined must end now, or the stream waits up to BLOCK_MS.
    // UNBLOCK answers 0 while that XREAD is still on its way to the server: try again shortly.
    for (let i = 0; i < UNBLOCK_TRIES && reader.reading >= 0 && reader.reading < generation && !this.closed; i++) {
      if (Number(await this.writer.client('UNBLOCK', reader.clientId)) === 1) return;
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  private async readLoop(reader: Reader): Promise<void> {
    while (!this.closed) {
      if (reader.streams.size === 0) {
        // Nothing to follow yet: block on a key nobody writes, until CLIENT UNBLOCK or the timeout.
        reader.reading = reader.generation;
        await reader.connection.xread('BLOCK', BLOCK_MS, 'STREAMS', `${KEY_PREFIX}-idle`, '$').catch(() => null);
        reader.reading = -1;
        continue;
      }
      const keys = [...reader.streams.keys()];
      const ids = keys.map((k) => reader.streams.get(k)!);
      let reply: [Buffer, [Buffer, Buffer[]][]][] | null;
      reader.reading = reader.generation;
      try {
        reply = await reader.connection.xreadBuffer('COUNT', READ_COUNT, 'BLOCK', BLOCK_MS, 'STREAMS', ...keys, ...ids);
      } catch (err) {
        if (!this.closed) this.fail(err);
        return;
      } finally {
        reader.reading = -1;
      }
      for (const [keyBytes, entries] of reply ?? []) {
        const key = keyBytes.toString();
        const topic = key.slice(KEY_PREFIX.length);
        for (const [id, fields] of entries) {
          const value = fields[1];
          if (value) this.deliver(topic, value);
          reader.streams.set(key, id.toString());
        }
      }
    }
  }
}

/** FNV-1a: deals conversations over the readers. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
