/**
 * A connected device as delivery sees it. The native WebSocket protocol
 * (NativeDevice) and other doors (e.g. the Zello Channel API) implement it,
 * so live delivery, catch-up, presence and timelines work the same for all.
 */
import type { ConversationId, DeviceId, MessageId, UserId } from '../../common/ids.js';
import type { ServerFrame } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';

/** Something that pulls chunks into a congested device once it drains. */
export interface DrainListener {
  pump(): void;
}

export interface DeviceIdentity {
  userId: UserId;
  username: string;
  deviceId: DeviceId;
  expiresAt: Date;
}

export interface Device {
  readonly identity: DeviceIdentity | undefined;
  readonly userId: UserId | undefined;
  /** Conversations whose new voice messages this device hears live. */
  readonly monitored: Set<ConversationId>;
  /** Listeners by message id (live monitoring or explicit listen). */
  readonly listeners: Map<MessageId, DrainListener>;
  /** Voice messages this device is streaming. */
  readonly sending: Set<MessageId>;
  /** True while the connection's send buffer is above its high-water mark. */
  readonly congested: boolean;
  readonly closed: boolean;
  /** Token bucket of the chunk rate limit (owned by MessageService). */
  chunkTokens: number;
  chunkTokensAt: number;
  /** Sends a native frame; other protocols translate the kinds they support and drop the rest. */
  send(frame: ServerFrame): boolean;
  /** Sends chunk `seq` of `source`; returns false when the device is now congested. */
  sendChunk(source: ChunkSource, seq: number): boolean;
  /** Whether this device may stream voice (false for listen-only connections). */
  readonly canTalk: boolean;
}
