/**
 * A connected device as delivery sees it. The native WebSocket protocol
 * (NativeDevice) and other doors (e.g. the Zello Channel API) implement it,
 * most through BaseDevice, so live delivery, catch-up, presence and timelines
 * work the same for all. What a device monitors, listens to and sends is
 * read here and changed only through its methods.
 */
import type { ConversationId, DeviceId, MessageId, UserId } from '../../common/ids.js';
import type { ListenMode } from '../../header-store/header-store.js';
import type { ServerFrame } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { ListenTimings } from '../stream/listen-timings.js';
import type { UsageRecorder } from '../usage/usage-meter.js';

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
  /** True while the connection's send buffer is above its high-water mark. */
  readonly congested: boolean;
  readonly closed: boolean;
  /** Whether this device may stream voice (false for listen-only connections). */
  readonly canTalk: boolean;
  /**
   * Whether a voice message it streams waits liveResumeGraceMs for a resume
   * when its connection goes (false for Zello clients, which cannot resume:
   * their messages end at once with what arrived).
   */
  readonly canResume: boolean;
  /**
   * A message already live when this device starts monitoring its
   * conversation is played from its first packet (Zello clients cannot ask
   * for the start); otherwise from the live edge, its header's chunkCount
   * telling the client what to listen for.
   */
  readonly hearsLiveFromStart: boolean;
  /** Where its listeners report the delay of what they send (the router's metrics); none when metrics are off. */
  readonly listenTimings?: ListenTimings | undefined;
  /** Where its listeners count the bytes they deliver to its user (usage metering); none: not counted. */
  readonly usage?: UsageRecorder | undefined;

  /** Conversations whose new voice messages this device hears live. */
  readonly monitored: ReadonlySet<ConversationId>;
  /** Replaces the monitored conversations; returns those it did not monitor before, in the given order. */
  setMonitored(conversationIds: readonly ConversationId[]): ConversationId[];
  /** Stops hearing a conversation live (its user left it). */
  unmonitor(conversationId: ConversationId): void;
  /** How this device hears a conversation (people/listen-modes.ts); 'normal' unless set. */
  listenModeOf(conversationId: ConversationId): ListenMode;
  /** Changes it (the stored mode changed); 'normal' forgets it. */
  setListenMode(conversationId: ConversationId, mode: ListenMode): void;

  /** Listeners by message id (live monitoring or explicit listen). */
  readonly listeners: ReadonlyMap<MessageId, DrainListener>;
  /** Makes `listener` the one of its message on this device (the caller detached any other). */
  setListener(messageId: MessageId, listener: DrainListener): void;
  /** Forgets `listener`, unless another listener of that message took its place meanwhile. */
  removeListener(messageId: MessageId, listener: DrainListener): void;

  /** Voice messages this device is streaming. */
  readonly sending: ReadonlySet<MessageId>;
  startSending(messageId: MessageId): void;
  stopSending(messageId: MessageId): void;

  /** Sends a native frame; other protocols translate the kinds they support and drop the rest. */
  send(frame: ServerFrame): boolean;
  /** Sends chunk `seq` of `source`; returns false when the device is now congested. */
  sendChunk(source: ChunkSource, seq: number): boolean;
}
