/**
 * A Zello client in the rolling restart. Zello has no redirect or resume, so
 * it behaves as a Zello app behind a load balancer does: when its
 * connection closes it logs on again at once to any router that takes it
 * (the next address in turn), and it talks one stream after another on
 * whatever connection it has.
 */
import { sleep } from '../../../client/backoff.js';
import type { Teardowns } from '../../helpers/router-fixture.js';
import { codecHeader, packet, ZelloTestClient, type Json } from '../../zello/zello-test-client.js';
import type { TrackedClient } from './rolling-load.js';

/** One stream the Zello client sent. */
export interface ZelloStream {
  packets: Buffer[];
  /** stop_stream answered success: the router has every packet. */
  stopped: boolean;
  error: string | undefined;
}

export interface ZelloTalkerOptions {
  /** The routers' Zello URLs and ids, in the order they are tried. */
  doors: readonly { id: string; url: string }[];
  username: string;
  password: string;
  channel: string;
  packets: readonly Buffer[];
  streamPackets: number;
  pauseMs: number;
}

const LOGON_FOR_MS = 30_000;

export class ZelloTalker implements TrackedClient {
  readonly streams: ZelloStream[] = [];
  readonly reconnects: number[] = [];
  readonly losses: number[] = [];
  private current: { client: ZelloTestClient; door: number } | undefined;
  private nextDoor = 0;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private reconnecting: Promise<void> | undefined;

  private constructor(
    private readonly t: Teardowns,
    private readonly options: ZelloTalkerOptions,
  ) {}

  get name(): string {
    return `zello:${this.options.username}`;
  }

  static async start(t: Teardowns, options: ZelloTalkerOptions, firstDoor: number): Promise<ZelloTalker> {
    const talker = new ZelloTalker(t, options);
    talker.nextDoor = firstDoor;
    await talker.logon(false);
    talker.loop = talker.run();
    return talker;
  }

  routerId(): string | undefined {
    return this.current ? this.options.doors[this.current.door]?.id : undefined;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
    await this.reconnecting;
  }

  /** Logs on at the next door that takes it, trying each in turn (bounded). */
  private async logon(reconnect: boolean): Promise<void> {
    const { doors, username, password, channel } = this.options;
    const deadline = Date.now() + LOGON_FOR_MS;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      const door = this.nextDoor;
      this.nextDoor = (this.nextDoor + 1) % doors.length;
      try {
        const client = await ZelloTestClient.logon(this.t, doors[door]?.url ?? '', username, password, [channel]);
        this.current = { client, door };
        if (reconnect) this.reconnects.push(Date.now());
        void client.closed.then(() => this.lost(client));
        return;
      } catch {
        if (attempt % doors.length === doors.length - 1) await sleep(50);
      }
    }
    throw new Error(`${this.name} could not log on anywhere within ${LOGON_FOR_MS} ms`);
  }

  private lost(client: ZelloTestClient): void {
    if (this.current?.client !== client) return;
    this.current = undefined;
    this.losses.push(Date.now());
    if (this.stopping) return;
    this.reconnecting = this.logon(true).catch(() => undefined);
  }

  private async run(): Promise<void> {
    for (let n = 0; !this.stopping; n++) {
      await this.reconnecting;
      const client = this.current?.client;
      if (client) await this.talkOne(client, n);
      await sleep(this.options.pauseMs);
    }
  }

  private async talkOne(client: ZelloTestClient, n: number): Promise<void> {
    const { packets, streamPackets, channel } = this.options;
    const offset = (n * 53) % Math.max(1, packets.length - streamPackets);
    const stream: ZelloStream = { packets: packets.slice(offset, offset + streamPackets), stopped: false, error: undefined };
    try {
      const start = await this.request(client, {
        command: 'start_stream',
        channel,
        type: 'audio',
        codec: 'opus',
        codec_header: codecHeader(48000, 1, 20),
        packet_duration: 20,
      });
      if (start['success'] !== true) throw new Error(`start_stream refused: ${JSON.stringify(start)}`);
      this.streams.push(stream);
      const streamId = Number(start['stream_id']);
      const startedAt = performance.now();
      for (let i = 0; i < stream.packets.length; i += 5) {
        for (const [j, p] of stream.packets.slice(i, i + 5).entries()) client.sendBinary(packet(0x01, streamId, i + j, p));
        const due = startedAt + (i + 5) * 20 - performance.now();
        if (due > 0) await sleep(due);
      }
      const stop = await this.request(client, { command: 'stop_stream', stream_id: streamId, channel });
      stream.stopped = stop['success'] === true;
      if (!stream.stopped) stream.error = `stop_stream: ${JSON.stringify(stop)}`;
    } catch (err) {
      // A start refused or lost before the stream began is no message; one cut mid-way is counted by the checks.
      stream.error = String(err);
    }
  }

  /** A request that fails at once when the connection closes before the reply. */
  private request(client: ZelloTestClient, body: Json): Promise<Json> {
    const closed = client.closed.then((c) => {
      throw new Error(`connection closed (${c.code} ${c.reason})`);
    });
    return Promise.race([client.request(body), closed]);
  }
}
