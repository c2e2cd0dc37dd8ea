/**
 * One authenticated (or authenticating) WebSocket connection of a device on
 * the native protocol: its wire format, frame queue and authentication
 * (what it monitors, listens to and sends is BaseDevice's). Delivery code
 * sends through here and never touches the transport directly.
 */
import type { ChunkSource } from '../stream/chunk-source.js';
import { BaseDevice } from '../delivery/base-device.js';
import type { ClientFrame, ServerFrame, WireFormat } from '../../proto/frames.js';
import type { EncodedFrame } from '../stream/encoded-frame.js';
import type { TrafficCounters } from '../metrics.js';
import { ChunkDecodeScratch, encodeServerFrame } from '../../proto/frame-codec.js';
import { applySendResult } from '../edge/send-result.js';
import type { SendResult, TransportConnection } from '../edge/transport.js';

export type { DrainListener, DeviceIdentity } from '../delivery/device.js';

export { CLOSE_SLOW_CONSUMER } from '../edge/send-result.js';

export class NativeDevice extends BaseDevice {
  readonly canTalk = true;
  readonly canResume = true;
  readonly hearsLiveFromStart = false;
  protocolErrors = 0;
  /** Its chunk frames' last message id and payload slab (proto format; see ChunkDecodeScratch). */
  readonly decodeScratch = new ChunkDecodeScratch();
  /** Frames waiting while an async frame of this connection is handled (keeps order). */
  readonly pending: ClientFrame[] = [];
  busy = false;
  authTimer: NodeJS.Timeout | undefined;
  /** sha256 of the session token it authenticated with (to close it on logout). */
  tokenHash: string | undefined;

  constructor(
    readonly conn: TransportConnection,
    readonly format: WireFormat,
    private readonly maxBufferedBytes: number,
    /** The router's traffic counters (shared by every device); a private set when metrics are off. */
    readonly traffic: TrafficCounters = { chunksIn: 0, chunksOut: 0, bytesIn: 0, bytesOut: 0 },
  ) {
    super();
  }

  /** Closed: the auth timer and queued frames go. */
  protected override dropHeld(): void {
    clearTimeout(this.authTimer);
    this.pending.length = 0;
  }

  /** Encodes and sends one frame; returns false when the device is now congested. */
  send(frame: ServerFrame): boolean {
    if (this.closed) return false;
    const bytes = encodeServerFrame(frame, this.format);
    this.traffic.bytesOut += bytes.length;
    return this.afterSend(this.conn.send(bytes, this.format === 'proto'));
  }

  /** Sends a chunk frame encoded once for every listener (the fan-out path). */
  sendEncoded(frame: EncodedFrame): boolean {
    if (this.closed) return false;
    const bytes = frame.bytes(this.format);
    this.traffic.chunksOut++;
    this.traffic.bytesOut += bytes.length;
    return this.afterSend(this.conn.send(bytes, this.format === 'proto'));
  }

  sendChunk(source: ChunkSource, seq: number): boolean {
    return this.sendEncoded(source.chunkFrame(seq));
  }

  private afterSend(result: SendResult): boolean {
    return applySendResult(this, this.conn, result, this.maxBufferedBytes);
  }
}
