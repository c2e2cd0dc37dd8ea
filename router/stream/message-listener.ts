/**
 * Streams one message to one device from a start seq: the backlog as fast
 * as the connection drains (or, with a pace, at a multiple of real time
 * until it meets the live edge), then every new chunk as it arrives, then
 * message_end. Pauses while the device is congested; the device's drain
 * resumes it. A paced listener holds at most one timer, for its next chunk.
 *
 * Timings (device.listenTimings) while the message is live: a listener that
 * attached more than one chunk behind the head is catching up: each chunk
 * it gets counts as live-edge lag until it gets the head, which counts as
 * reaching the live edge; after that (and from the start for one that
 * attached at the head) each chunk counts as mouth-to-ear.
 */
import type { Device } from '../delivery/device.js';
import type { ChunkReader, ChunkSource } from './chunk-source.js';
import type { ListenPace } from './listen-pace.js';

/**
 * Told when a device got a complete message through its end (delivered
 * receipts), and when it starts and stops hearing a live message at its live
 * edge (listening presence). DeviceRegistry implements it.
 */
export interface DeliveryEnds {
  delivered(device: Device, source: ChunkSource): void;
  hearingLive(device: Device, source: ChunkSource, hearing: boolean): void;
}

export class MessageListener implements ChunkReader {
  private finished = false;
  private timer: NodeJS.Timeout | undefined;
  /** Date.now() when it attached behind the live edge; -1 once at the edge (or never behind). */
  private catchUpSince = -1;
  /** At the live edge of the message while it is live (told to `ends` once each way). */
  private hearing = false;

  constructor(
    private readonly device: Device,
    readonly source: ChunkSource,
    public nextSeq: number,
    private readonly ends?: DeliveryEnds,
    private pace?: ListenPace,
  ) {}

  /** Registers with the device and the source, then sends what is available. */
  attach(): void {
    const previous = this.device.listeners.get(this.source.messageId);
    if (previous instanceof MessageListener) previous.detach();
    this.device.setListener(this.source.messageId, this);
    this.source.readers.add(this);
    if (this.device.listenTimings && this.source.endState === null && this.source.chunks.length - this.nextSeq > 1) {
      this.catchUpSince = Date.now();
    }
    this.pump();
  }

  pump(): void {
    if (this.finished) return;
    const { device, source } = this;
    if (device.closed) return this.detach();
    while (this.nextSeq < source.chunks.length) {
      if (device.congested || this.waitForPace()) return;
      device.sendChunk(source, this.nextSeq);
      if (device.usage && device.userId) device.usage.delivered(device.userId, source.chunks.lengthAt(this.nextSeq));
      if (this.pace) this.pace.sent(source.chunks.at(this.nextSeq) ?? new Uint8Array(0));
      if (device.listenTimings && source.endState === null) this.timeSent(this.nextSeq);
      this.nextSeq++;
    }
    // A copy of a finished message still being fetched has no end yet either: only a live one counts.
    if (!this.hearing && source.endState === null && source.header.state === 'live') {
      this.hearing = true;
      this.ends?.hearingLive(device, source, true);
    }
    // At the head of a message live now: the backlog met the live edge, and live chunks go as they come.
    if (this.pace && source.endState === null && source.header.state === 'live') this.pace = undefined;
    if (source.endState !== null) {
      device.send({
        ref: 0,
        type: 'messageEnd',
        messageEnd: { messageId: source.messageId, chunkCount: source.chunks.length, state: source.endState },
      });
      this.detach();
      if (source.endState === 'COMPLETE') this.ends?.delivered(device, source);
    }
  }

  /** True when the next chunk is not due yet; a timer (one at most) pumps again when it is. */
  private waitForPace(): boolean {
    if (!this.pace) return false;
    if (this.timer) return true;
    const delay = this.pace.delayMs();
    if (delay <= 0) return false;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, delay);
    return true;
  }

  private timeSent(seq: number): void {
    const timings = this.device.listenTimings!;
    const chunks = this.source.chunks;
    const head = chunks.length - 1;
    if (this.catchUpSince >= 0) {
      if (seq < head) {
        const lagMs = chunks.receivedAtMs(head) - chunks.receivedAtMs(seq);
        if (chunks.receivedAtMs(seq) > 0) timings.catchUpChunkSent(lagMs);
        return;
      }
      // The head itself waited for the listen: it counts as the join, not as mouth-to-ear.
      timings.liveEdgeReached(Date.now() - this.catchUpSince);
      this.catchUpSince = -1;
      return;
    }
    const receivedAtMs = chunks.receivedAtMs(seq);
    if (receivedAtMs > 0) timings.liveChunkSent(receivedAtMs);
  }

  detach(): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.source.readers.delete(this);
    this.device.removeListener(this.source.messageId, this);
    if (this.hearing) {
      this.hearing = false;
      this.ends?.hearingLive(this.device, this.source, false);
    }
  }
}

/** Listeners behind the head of these live sources, for the catch-up gauges. Walks every reader: scrape time only. */
export interface CatchUpDistance {
  behind: number;
  maxBehind: number;
  totalBehind: number;
}

export function catchUpDistance(sources: Iterable<ChunkSource>): CatchUpDistance {
  let behind = 0;
  let maxBehind = 0;
  let totalBehind = 0;
  for (const source of sources) {
    for (const reader of source.readers) {
      if (!(reader instanceof MessageListener)) continue;
      const distance = source.chunks.length - reader.nextSeq;
      if (distance <= 0) continue;
      behind++;
      totalBehind += distance;
      maxBehind = Math.max(maxBehind, distance);
    }
  }
  return { behind, maxBehind, totalBehind };
}
