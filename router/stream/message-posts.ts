/**
 * Messages complete on arrival: a native send_text or send_location, a
 * picture uploaded over HTTP, and the Zello door's texts, locations and
 * pictures. Each is stored (body first, then header), acked (HTTP: answered),
 * and announced on its audience's timelines.
 */
import { VoxError } from '../../common/errors.js';
import type { ConversationId } from '../../common/ids.js';
import type { Limits } from '../../common/config.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type { HeaderStore, MessageRecord, ParticipantRecord } from '../../header-store/header-store.js';
import type { SendLocation, SendText } from '../../proto/frames.js';
import { publishHeader } from './header-events.js';
import { audience, idTaken, postedHeader, requireMessageId, validateLocation, type PostedMessage } from './message-rules.js';
import { insertNewMessage } from './insert-new-message.js';
import { openBodyWriter } from './open-body-writer.js';
import type { Device, DeviceIdentity } from '../delivery/device.js';
import type { BlockList } from '../people/block-list.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { TimelineService } from '../people/timeline-service.js';
import type { RouterMetrics } from '../metrics.js';
import type { UsageRecorder } from '../usage/usage-meter.js';

export interface MessagePostsOptions {
  headers: HeaderStore;
  bodies: BodyStore;
  directory: ConversationDirectory;
  timeline: TimelineService;
  /** Who blocks the sender: they get nothing of it. */
  blocks: BlockList;
  limits: Pick<Limits, 'maxTextLength' | 'maxAddressLength'>;
  metrics?: RouterMetrics;
  /** Where each stored message is counted for its sender (usage metering); none: not counted. */
  usage?: UsageRecorder;
  now?: () => number;
}

export class MessagePosts {
  private readonly now: () => number;
  private closing = false;

  constructor(private readonly options: MessagePostsOptions) {
    this.now = options.now ?? Date.now;
  }

  async sendText(device: Device, who: DeviceIdentity, ref: number, frame: SendText): Promise<void> {
    await this.post(device, who, ref, {
      messageId: requireMessageId(frame.messageId),
      conversationId: frame.conversationId as ConversationId,
      contentType: 'text',
      text: frame.text,
    });
  }

  async sendLocation(device: Device, who: DeviceIdentity, ref: number, frame: SendLocation): Promise<void> {
    const { latitudeE7, longitudeE7, accuracyM, formattedAddress } = frame;
    await this.post(device, who, ref, {
      messageId: requireMessageId(frame.messageId),
      conversationId: frame.conversationId as ConversationId,
      contentType: 'location',
      location: { latitudeE7, longitudeE7, accuracyM, formattedAddress },
    });
  }

  /** Stores a complete message (body first, then header), acks it and announces it on the audience's timelines. */
  async post(device: Device, who: DeviceIdentity, ref: number, post: PostedMessage): Promise<void> {
    if (!device.canTalk) throw new VoxError('VOX_LISTEN_ONLY');
    const { header, participants } = await this.store(who, post);
    device.send({ ref, type: 'ack', ack: { messageId: header.id, seq: Math.max(0, header.chunkCount - 1) } });
    await this.announce(who, header, participants);
  }

  /** Stores and announces a complete message that no connection sent (an HTTP upload); returns its header. */
  async postWithoutDevice(who: DeviceIdentity, post: PostedMessage): Promise<MessageRecord> {
    const { header, participants } = await this.store(who, post);
    await this.announce(who, header, participants);
    return header;
  }

  private async announce(who: DeviceIdentity, header: MessageRecord, participants: readonly ParticipantRecord[]): Promise<void> {
    const audienceIds = await this.options.blocks.withoutBlockersOf(who.userId, audience(header, participants));
    void publishHeader(this.options.timeline, audienceIds, header, 'message_new');
  }

  /** Validates and stores a message; returns it with its conversation's participants. */
  private async store(who: DeviceIdentity, post: PostedMessage): Promise<{ header: MessageRecord; participants: readonly ParticipantRecord[] }> {
    if (this.closing) throw new VoxError('VOX_SHUTTING_DOWN');
    const messageId = requireMessageId(post.messageId);
    const text = post.text ?? null;
    if (post.contentType === 'text') {
      if (text === null || text.trim().length === 0) throw new VoxError('VOX_TEXT_EMPTY');
      if (text.length > this.options.limits.maxTextLength) throw new VoxError('VOX_TEXT_TOO_LONG');
    }
    if (post.contentType === 'location') validateLocation(post.location, this.options.limits.maxAddressLength);
    const conversation = await this.options.directory.requireParticipant(post.conversationId, who.userId);
    const body = post.body ?? [];
    if (body.length > 0) {
      // Before the body is written: a taken id must not reach another message's body (a text's insert checks by itself).
      const existing = await this.options.headers.getMessage(messageId);
      if (existing) throw idTaken(existing, who.userId);
      // A fresh id (its header comes after): no remote lookup, so posting works while CouchDB is away.
      const writer = await openBodyWriter(this.options.bodies, messageId, true, this.options.metrics);
      for (const [seq, piece] of body.entries()) writer.append(seq, piece);
      await writer.finish();
    }
    const header = postedHeader(post, who, new Date(this.now()));
    await insertNewMessage(this.options.headers, header);
    // byteCount: a text's UTF-8 bytes, or a picture's body bytes (which are stored too).
    this.options.usage?.messageSent(who.userId, header.byteCount, body.length > 0 ? header.byteCount : 0);
    return { header, participants: conversation.participants };
  }

  /** The router is shutting down: posts are refused from now on. */
  close(): void {
    this.closing = true;
  }
}
