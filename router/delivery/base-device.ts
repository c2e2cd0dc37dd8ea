/**
 * The state every kind of device keeps for delivery (what it monitors,
 * listens to and sends, its flow control), changed
 * only through these methods. NativeDevice and ZelloDevice extend it and add
 * how they encode frames.
 */
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { ListenMode } from '../../header-store/header-store.js';
import type { ServerFrame } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { ListenTimings } from '../stream/listen-timings.js';
import type { UsageRecorder } from '../usage/usage-meter.js';
import { resumeListeners } from '../edge/send-result.js';
import type { Device, DeviceIdentity, DrainListener } from './device.js';

export abstract class BaseDevice implements Device {
  identity: DeviceIdentity | undefined;
  /** True after a send hit the high-water mark, until the transport drains. */
  congested = false;
  closed = false;
  abstract readonly canTalk: boolean;
  abstract readonly canResume: boolean;
  abstract readonly hearsLiveFromStart: boolean;
  listenTimings: ListenTimings | undefined = undefined;
  usage: UsageRecorder | undefined = undefined;
  private readonly monitoredSet = new Set<ConversationId>();
  private readonly listenerMap = new Map<MessageId, DrainListener>();
  private readonly sendingSet = new Set<MessageId>();
  private readonly listenModes = new Map<ConversationId, ListenMode>();

  /** The connection is gone: nothing more is sent or run; a kind of device drops what it holds (dropHeld). Idempotent. */
  markClosed(): void {
    this.closed = true;
    this.dropHeld();
  }

  protected dropHeld(): void {}

  get userId(): UserId | undefined {
    return this.identity?.userId;
  }

  get monitored(): ReadonlySet<ConversationId> {
    return this.monitoredSet;
  }

  setMonitored(conversationIds: readonly ConversationId[]): ConversationId[] {
    const added = conversationIds.filter((id) => !this.monitoredSet.has(id));
    this.monitoredSet.clear();
    for (const id of conversationIds) this.monitoredSet.add(id);
    return added;
  }

  unmonitor(conversationId: ConversationId): void {
    this.monitoredSet.delete(conversationId);
  }

  listenModeOf(conversationId: ConversationId): ListenMode {
    return this.listenModes.get(conversationId) ?? 'normal';
  }

  setListenMode(conversationId: ConversationId, mode: ListenMode): void {
    if (mode === 'normal') this.listenModes.delete(conversationId);
    else this.listenModes.set(conversationId, mode);
  }

  get listeners(): ReadonlyMap<MessageId, DrainListener> {
    return this.listenerMap;
  }

  setListener(messageId: MessageId, listener: DrainListener): void {
    this.listenerMap.set(messageId, listener);
  }

  removeListener(messageId: MessageId, listener: DrainListener): void {
    if (this.listenerMap.get(messageId) === listener) this.listenerMap.delete(messageId);
  }

  get sending(): ReadonlySet<MessageId> {
    return this.sendingSet;
  }

  startSending(messageId: MessageId): void {
    this.sendingSet.add(messageId);
  }

  stopSending(messageId: MessageId): void {
    this.sendingSet.delete(messageId);
  }

  /** Called by the transport's drain: resume every listener that fell behind. */
  drained(): void {
    resumeListeners(this, this.listenerMap);
  }

  abstract send(frame: ServerFrame): boolean;
  abstract sendChunk(source: ChunkSource, seq: number): boolean;
}
