/**
 * One Zello Channel API connection as delivery sees it: a Device whose
 * native frames are translated into Zello events. Voice headers become
 * `on_stream_start` (with a stream id of this connection), chunks become
 * binary audio packets numbered on the way out, `messageEnd` becomes
 * `on_stream_stop`; text, location and image timeline events become
 * `on_text_message`, `on_location` and `on_image` (plus its two packets).
 * Presence, acks, pongs and the rest have no Zello form and are dropped.
 */
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { MessageHeader, ServerFrame, TimelineEvent } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import { BaseDevice } from '../delivery/base-device.js';
import { applySendResult } from '../edge/send-result.js';
import type { SendResult, TransportConnection } from '../edge/transport.js';
import {
  audioPacket,
  encodeCodecHeader,
  imagePacket,
  type CodecHeader,
  type ZelloInput,
} from './zello-codec.js';

const MAX_U16 = 0xffff;

/** A channel this connection logged on to: a group conversation of the user, by name. */
export interface ZelloChannel {
  name: string;
  conversationId: ConversationId;
}

/** A stream this client sends: the voice message behind a stream_id, and the next seq the door assigns. */
export interface OutgoingStream {
  streamId: number;
  messageId: MessageId;
  nextSeq: number;
  /** stop_stream came and is being answered: no more packets, but the stream still counts as going on. */
  stopping?: boolean;
}

/** A picture this client is uploading (between send_image and its last packet). */
export interface PendingImage {
  imageId: number;
  channel: ZelloChannel;
  forUser: { userId: UserId; username: string } | undefined;
  type: string;
  width: number;
  height: number;
  source: string;
  thumbnailBytes: number;
  imageBytes: number;
  thumbnail: Buffer[];
  thumbnailReceived: number;
  full: Buffer[];
  fullReceived: number;
}

/** Reads a stored body (a picture's thumbnail and image pieces). */
export type BodyLoader = (messageId: MessageId) => Promise<Buffer[]>;

export class ZelloDevice extends BaseDevice {
  canTalk = true;
  /** Zello clients cannot resume a stream: one cut by a disconnect ends at once with what arrived. */
  readonly canResume = false;
  readonly hearsLiveFromStart = true;
  /** Channels by conversation; set at logon. */
  readonly channels = new Map<ConversationId, ZelloChannel>();
  /** Streams this client sends, by the stream_id the door gave it. */
  readonly outgoing = new Map<number, OutgoingStream>();
  /** start_stream commands being answered (their message is starting): they count as streams going on. */
  starting = 0;
  readonly images = new Map<number, PendingImage>();
  /** Messages this connection posted (text, location, image) whose timeline echo is not sent back to it. */
  readonly ownMessages = new Set<MessageId>();
  /** sha256 of the voxring token behind this connection (closed on logout). */
  tokenHash: string | undefined;
  authTimer: NodeJS.Timeout | undefined;
  /** A ping went out and no pong came back yet. */
  awaitingPong = false;
  protocolErrors = 0;
  /** Inputs waiting while an async command of this connection runs (keeps order). */
  readonly pending: ZelloInput[] = [];
  busy = false;
  /** Streams this client hears, by message: the stream id and the next packet id. */
  private readonly incoming = new Map<MessageId, { streamId: number; nextPacketId: number }>();
  /** One counter for every id this connection hands out (stream, image and message ids). */
  private lastId = 0;

  constructor(
    readonly conn: TransportConnection,
    private readonly maxBufferedBytes: number,
    private readonly loadBody: BodyLoader,
    private readonly onLoadError: (err: unknown, messageId: MessageId) => void,
  ) {
    super();
  }

  /** Closed: the auth timer, queued inputs, streams (live ingest ends them) and half-sent pictures go. */
  protected override dropHeld(): void {
    clearTimeout(this.authTimer);
    this.pending.length = 0;
    this.outgoing.clear();
    this.images.clear();
  }

  /** Sending or hearing a stream now (a drain closes the connection only between streams). */
  get streaming(): boolean {
    return this.starting > 0 || this.outgoing.size > 0 || this.incoming.size > 0;
  }

  /** A fresh id for a stream, image or message of this connection. */
  nextId(): number {
    this.lastId = this.lastId >= 0x7fffffff ? 1 : this.lastId + 1;
    return this.lastId;
  }

  channelByName(name: string): ZelloChannel | undefined {
    for (const channel of this.channels.values()) if (channel.name === name) return channel;
    return undefined;
  }

  /** Sends one JSON command or event. */
  sendJson(body: Record<string, unknown>): boolean {
    if (this.closed) return false;
    return this.afterSend(this.conn.send(JSON.stringify(body), false));
  }

  /** The success reply to a command that carried `seq`; nothing when it did not. */
  reply(seq: number | undefined, fields: Record<string, unknown>): void {
    if (seq !== undefined) this.sendJson({ seq, success: true, ...fields });
  }

  sendBinary(bytes: Uint8Array): boolean {
    if (this.closed) return false;
    return this.afterSend(this.conn.send(bytes, true));
  }

  send(frame: ServerFrame): boolean {
    switch (frame.type) {
      case 'header':
        return this.streamStart(frame.header);
      case 'messageEnd':
        return this.streamStop(frame.messageEnd.messageId as MessageId);
      case 'timeline':
        for (const event of frame.timeline.events) this.timelineEvent(event);
        return !this.congested;
      default:
        return !this.congested;
    }
  }

  sendChunk(source: ChunkSource, seq: number): boolean {
    const stream = this.incoming.get(source.messageId);
    const payload = source.chunks.at(seq);
    if (!stream || !payload) return !this.congested;
    return this.sendBinary(audioPacket(stream.streamId, stream.nextPacketId++, payload));
  }

  private streamStart(header: MessageHeader): boolean {
    const channel = this.channels.get(header.conversationId as ConversationId);
    if (!channel || header.contentType !== 'VOICE') return !this.congested;
    const messageId = header.messageId as MessageId;
    const streamId = this.nextId();
    this.incoming.set(messageId, { streamId, nextPacketId: 0 });
    const frameUs = header.opus?.frameDurationUs ?? 20000;
    return this.sendJson({
      command: 'on_stream_start',
      type: 'audio',
      codec: 'opus',
      codec_header: encodeCodecHeader(codecHeaderFor(header.opus?.sampleRate ?? 48000, frameUs)),
      packet_duration: frameUs / 1000,
      stream_id: streamId,
      channel: channel.name,
      from: header.senderName,
      ...(header.forUsername ? { for: header.forUsername } : {}),
    });
  }

  private streamStop(messageId: MessageId): boolean {
    for (const [streamId, stream] of this.outgoing) {
      // The router ended a message this client is sending (too long, participant removed).
      if (stream.messageId === messageId) this.outgoing.delete(streamId);
    }
    const stream = this.incoming.get(messageId);
    if (!stream) return !this.congested;
    this.incoming.delete(messageId);
    return this.sendJson({ command: 'on_stream_stop', stream_id: stream.streamId });
  }

  private timelineEvent(event: TimelineEvent): void {
    const header = event.header;
    if (event.type === 'CONVERSATION_LEFT' && event.conversation) {
      const channel = this.channels.get(event.conversation.conversationId as ConversationId);
      if (!channel) return;
      this.channels.delete(channel.conversationId);
      this.unmonitor(channel.conversationId);
      this.sendJson({
        command: 'on_channel_status',
        channel: channel.name,
        status: 'offline',
        users_online: 0,
      });
      return;
    }
    if (event.type !== 'MESSAGE_NEW' || !header) return;
    const channel = this.channels.get(header.conversationId as ConversationId);
    if (!channel) return;
    // The sending connection already knows what it sent.
    if (this.ownMessages.delete(header.messageId as MessageId)) return;
    const common = {
      channel: channel.name,
      from: header.senderName,
      for: header.forUsername || false,
      message_id: this.nextId(),
    };
    if (header.contentType === 'TEXT') {
      this.sendJson({ command: 'on_text_message', ...common, text: header.text });
    } else if (header.contentType === 'LOCATION' && header.location) {
      const { latitudeE7, longitudeE7, accuracyM, formattedAddress } = header.location;
      this.sendJson({
        command: 'on_location',
        ...common,
        latitude: latitudeE7 / 1e7,
        longitude: longitudeE7 / 1e7,
        accuracy: accuracyM,
        formatted_address: formattedAddress,
        // The spec's example names the address `rgl`; some clients read that.
        rgl: formattedAddress,
      });
    } else if (header.contentType === 'IMAGE' && header.image?.type === 'jpeg') {
      // Zello clients show JPEG only: an uploaded PNG or WebP is not sent to them.
      void this.sendImage(header, common);
    }
  }

  private async sendImage(
    header: MessageHeader,
    common: { message_id: number } & Record<string, unknown>,
  ): Promise<void> {
    const image = header.image;
    if (!image) return;
    let pieces: Buffer[];
    try {
      pieces = await this.loadBody(header.messageId as MessageId);
    } catch (err) {
      this.onLoadError(err, header.messageId as MessageId);
      return;
    }
    const all = Buffer.concat(pieces);
    if (all.length !== image.thumbnailBytes + image.imageBytes) {
      this.onLoadError(
        new Error('stored picture has the wrong size'),
        header.messageId as MessageId,
      );
      return;
    }
    const full = all.subarray(image.thumbnailBytes);
    // An uploaded picture has no thumbnail (voxring does not scale pictures): the full one stands in.
    const thumbnail = image.thumbnailBytes > 0 ? all.subarray(0, image.thumbnailBytes) : full;
    this.sendJson({
      command: 'on_image',
      ...common,
      type: image.type,
      height: image.height,
      width: image.width,
      // Zello knows "camera" and "library"; an upload is a picture from the library.
      source: image.source === 'upload' ? 'library' : image.source,
    });
    this.sendBinary(imagePacket(common.message_id, 'thumbnail', thumbnail));
    this.sendBinary(imagePacket(common.message_id, 'full', full));
    if (this.usage && this.userId && !this.closed) this.usage.delivered(this.userId, thumbnail.length + full.length);
  }

  private afterSend(result: SendResult): boolean {
    return applySendResult(this, this.conn, result, this.maxBufferedBytes);
  }
}

/**
 * The codec_header for a native message: one frame per packet of the packet
 * duration, two frames for packets above 60 ms (Opus frames stop at 60 ms);
 * rates above 16 bits are announced as 48000 (Opus decodes at any rate).
 */
export function codecHeaderFor(sampleRate: number, frameDurationUs: number): CodecHeader {
  const packetMs = Math.max(1, Math.round(frameDurationUs / 1000));
  const frames = packetMs > 60 ? 2 : 1;
  return {
    sampleRate: sampleRate > 0 && sampleRate <= MAX_U16 ? sampleRate : 48000,
    framesPerPacket: frames,
    frameSizeMs: Math.min(255, Math.round(packetMs / frames)),
  };
}
