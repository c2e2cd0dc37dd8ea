/**
 * Delivery: who hears what. Serves listens (catch-up into live, a mirror of
 * a message live elsewhere, or storage), monitoring (new voice messages of
 * the monitored conversations, live here or mirrored), and stops what a
 * device hears when it leaves a conversation or closes.
 */
import { isVoxError, VoxError } from '../../common/errors.js';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import type { Listen, Monitor, Presence } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import { assertListenable } from '../stream/listen-from.js';
import { listenPace } from '../stream/listen-pace.js';
import type { LiveIngest } from '../stream/live-ingest.js';
import { assertNotGone, requireMessageId, visibleTo } from '../stream/message-rules.js';
import type { BlockList } from '../people/block-list.js';
import type { MessageAccess } from './message-access.js';
import { MessageListener } from '../stream/message-listener.js';
import { storedSource } from '../stream/stored-source.js';
import type { MirrorRing } from '../cluster/ring.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { RouterMetrics } from '../metrics.js';
import { toWireHeader } from '../wire-mappers.js';
import type { Device, DeviceIdentity } from './device.js';
import type { DeviceRegistry } from './device-registry.js';
import type { PresenceTracker } from './presence-tracker.js';
import type { ListeningPresence } from './listening-presence.js';

export interface MessageDeliveryOptions {
  headers: HeaderStore;
  bodies: BodyStore;
  directory: ConversationDirectory;
  /** Who may listen to a message by id. */
  access: MessageAccess;
  /** Whom a device's user blocks: their live messages are not played to it. */
  blocks: BlockList;
  presence: PresenceTracker;
  /** Who hears what live now: a device starting to monitor a conversation is told. */
  listening?: Pick<ListeningPresence, 'snapshot'>;
  devices: DeviceRegistry;
  live: Pick<LiveIngest, 'get' | 'inConversation' | 'senderGone' | 'participantRemoved'>;
  ring: MirrorRing;
  metrics?: RouterMetrics;
}

export class MessageDelivery {
  constructor(private readonly options: MessageDeliveryOptions) {}

  /** The chunks of a message live here or mirrored here from its router. */
  liveSource(id: MessageId): ChunkSource | undefined {
    return this.options.live.get(id)?.source ?? this.options.ring.mirrorSource(id);
  }

  /** A message's chunks for a reader: live or mirrored here, fetched from the router holding it, or from storage. */
  async readableSource(header: MessageRecord): Promise<ChunkSource> {
    const { ring, bodies } = this.options;
    const held = this.liveSource(header.id) ?? (await ring.remoteSource(header));
    if (held) return held;
    try {
      return await storedSource(bodies, header, ring.liveRouter);
    } catch (err) {
      if (!(isVoxError(err) && err.code === 'VOX_MESSAGE_NOT_FOUND' && header.chunkCount > 0)) throw err;
      // A body reaches shared storage a little after its message ended (its router uploads it), or after a
      // router that was away comes back: until then its router has it, or a retry will find it.
      const fromOwner = await ring.remoteSource(header, true);
      if (fromOwner) return fromOwner;
      throw new VoxError('VOX_STORAGE_FAILED', 'the body of this message is not in storage yet; try again', { cause: err });
    }
  }

  /** Plays a message to this device from fromSeq: backlog (paced at frame.rate, if any), then live, then message_end. */
  async listen(device: Device, who: DeviceIdentity, ref: number, frame: Listen): Promise<void> {
    const messageId = requireMessageId(frame.messageId);
    const pace = listenPace(frame.rate);
    const live = this.liveSource(messageId);
    const header = await this.options.access.require(live?.header ?? (await this.options.headers.getMessage(messageId)), who.userId);
    assertNotGone(header);
    const source = await this.readableSource(header);
    assertListenable(source, frame.fromSeq);
    device.send({ ref, type: 'header', header: toWireHeader(source.header) });
    this.options.metrics?.listenerAttached(Math.max(0, source.chunks.length - frame.fromSeq));
    new MessageListener(device, source, frame.fromSeq, this.options.devices, pace).attach();
  }

  /** Who speaks in a conversation now (the answer to monitor and listen_mode). */
  presenceOf(conversationId: ConversationId): Presence {
    return this.options.presence.snapshot(conversationId);
  }

  stopListen(device: Device, messageId: string): void {
    const listener = device.listeners.get(messageId as MessageId);
    if (listener instanceof MessageListener) listener.detach();
  }

  /** Replaces the monitored set; answers with the presence of each monitored conversation, and plays what is live in the new ones. */
  async monitor(device: Device, who: DeviceIdentity, ref: number, frame: Monitor): Promise<void> {
    const ids = [...new Set(frame.conversationIds)] as ConversationId[];
    for (const id of ids) await this.options.directory.requireParticipant(id, who.userId);
    const added = device.setMonitored(ids);
    for (const id of ids) device.send({ ref, type: 'presence', presence: this.options.presence.snapshot(id) });
    for (const id of added) {
      for (const listening of this.options.listening?.snapshot(id) ?? []) device.send({ ref: 0, type: 'listening', listening });
    }
    for (const id of added) {
      if (device.listenModeOf(id) === 'ignore') continue;
      for (const live of this.options.live.inConversation(id)) {
        if (live.sender === device || device.listeners.has(live.id) || !visibleTo(live.header, who.userId)) continue;
        if (await this.options.blocks.blocks(who.userId, live.header.senderId)) continue;
        device.send({ ref: 0, type: 'header', header: toWireHeader(live.header) });
        new MessageListener(device, live.source, device.hearsLiveFromStart ? 0 : live.chunkCount, this.options.devices).attach();
      }
      for (const source of this.options.ring.mirroredLive(id)) {
        if (device.listeners.has(source.messageId) || !visibleTo(source.header, who.userId)) continue;
        if (await this.options.blocks.blocks(who.userId, source.header.senderId)) continue;
        device.send({ ref: 0, type: 'header', header: toWireHeader(source.header) });
        new MessageListener(device, source, device.hearsLiveFromStart ? 0 : source.chunks.length, this.options.devices).attach();
      }
    }
  }

  /**
   * A user left or was removed: their devices stop hearing the conversation,
   * and what they are streaming into it ends now.
   */
  participantRemoved(conversationId: ConversationId, userId: UserId): void {
    for (const device of this.options.devices.devicesOf(userId)) {
      device.unmonitor(conversationId);
      for (const listener of [...device.listeners.values()]) {
        if (listener instanceof MessageListener && listener.source.header.conversationId === conversationId) listener.detach();
      }
    }
    this.options.live.participantRemoved(conversationId, userId);
  }

  /** The device's connection went away: it leaves the registry, hears nothing more; what it was streaming waits for a resume. */
  deviceClosed(device: Device): void {
    this.options.devices.remove(device);
    for (const listener of [...device.listeners.values()]) {
      if (listener instanceof MessageListener) listener.detach();
    }
    this.options.live.senderGone(device);
  }
}
