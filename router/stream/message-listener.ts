/**
 * Streams one message to one device from a start seq: the backlog as fast
 * as the connection drains, then every new chunk as it arrives, then
 * message_end. Pauses while the device is congested; the device's drain
 * resumes it.
 */
import type { Device } from '../delivery/device.js';
import type { ChunkReader, ChunkSource } from './chunk-source.js';

/** Told when a device got a complete message through its end (delivered receipts). DeviceRegistry implements it. */
export interface DeliveryEnds {
  delivered(device: Device, source: ChunkSource): void;
}

export class MessageListener implements ChunkReader {
  private finished = false;

  constructor(
    private readonly device: Device,
    readonly source: ChunkSource,
    public nextSeq: number,
    private readonly ends?: DeliveryEnds,
  ) {}

  /** Registers with the device and the source, then sends what is available. */
  attach(): void {
    const previous = this.device.listeners.get(this.source.messageId);
    if (previous instanceof MessageListener) previous.detach();
    this.device.setListener(this.source.messageId, this);
    this.source.readers.add(this);
    this.pump();
  }

  pump(): void {
    if (this.finished) return;
    const { device, source } = this;
    if (device.closed) return this.detach();
    while (this.nextSeq < source.chunks.length) {
      if (device.congested) return;
      device.sendChunk(source, this.nextSeq);
      this.nextSeq++;
    }
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

  detach(): void {
    if (this.finished) return;
    this.finished = true;
    this.source.readers.delete(this);
    this.device.removeListener(this.source.messageId, this);
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
