/**
 * A server frame encoded at most once per wire format, however many
 * connections it is sent to: the fan-out path encodes a chunk once.
 */
import { encodeServerFrame } from '../proto/frame-codec.js';
import type { ServerFrame, WireFormat } from '../proto/frames.js';

export class EncodedFrame {
  private proto: Uint8Array | undefined;
  private json: string | undefined;

  constructor(readonly frame: ServerFrame) {}

  bytes(format: WireFormat): Uint8Array | string {
    if (format === 'proto') return (this.proto ??= encodeServerFrame(this.frame, 'proto'));
    return (this.json ??= encodeServerFrame(this.frame, 'json'));
  }
}
