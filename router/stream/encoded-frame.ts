/**
 * A server frame encoded at most once per wire format, however many
 * connections it is sent to: the fan-out path encodes a chunk once.
 */
import { encodeServerChunkProto, encodeServerFrame } from '../../proto/frame-codec.js';
import type { ServerFrame, WireFormat } from '../../proto/frames.js';

export class EncodedFrame {
  private proto: Uint8Array | undefined;
  private json: string | undefined;

  /** `messageIdUtf8`: for a chunk frame with ref 0, its message id already encoded (once per message, not per chunk). */
  constructor(
    readonly frame: ServerFrame,
    private readonly messageIdUtf8?: Uint8Array,
  ) {}

  bytes(format: WireFormat): Uint8Array | string {
    if (format === 'proto') return (this.proto ??= this.encodeProto());
    return (this.json ??= encodeServerFrame(this.frame, 'json'));
  }

  private encodeProto(): Uint8Array {
    const frame = this.frame;
    if (frame.type === 'chunk' && frame.ref === 0 && this.messageIdUtf8) {
      return encodeServerChunkProto(this.messageIdUtf8, frame.chunk.seq, frame.chunk.payload, frame.chunk.receivedAtMs);
    }
    return encodeServerFrame(frame, 'proto');
  }
}
