/**
 * Text, locations and pictures from Zello clients: each becomes a message of
 * that type, complete on arrival (MessagePosts.post). A picture is
 * announced by send_image and stored once its thumbnail and full image
 * packets have arrived; its body is the thumbnail bytes then the full image
 * bytes, in chunks of at most 32 KiB (ImageInfo keeps both lengths).
 */
import { randomUUID } from 'node:crypto';
import type { Limits } from '../../common/config.js';
import type { MessageId } from '../../common/ids.js';
import type { ParticipantRecord } from '../../header-store/header-store.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { MessagePosts } from '../stream/message-posts.js';
import type { PostedMessage } from '../stream/message-rules.js';
import { channelOf, forUserOf } from './zello-channels.js';
import { readInteger, readNumber, type ZelloCommand, type ZelloPacket } from './zello-codec.js';
import type { PendingImage, ZelloChannel, ZelloDevice } from './zello-device.js';
import { toZelloError, ZELLO_ERRORS, ZelloError } from './zello-errors.js';

/** Largest picture (thumbnail or full image) accepted by send_image. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** Pictures are stored in body chunks of at most this many bytes (the body format allows 64 KiB). */
const IMAGE_PIECE_BYTES = 32 * 1024;
const MAX_COORDINATE_E7 = 1_800_000_000;

export interface ZelloPostsOptions {
  posts: MessagePosts;
  directory: ConversationDirectory;
  limits: Limits;
}

/** send_text_message, send_location, send_image and image packets. */
export class ZelloPosts {
  constructor(private readonly options: ZelloPostsOptions) {}

  async sendText(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    const { channel, forUser } = await this.postTarget(device, command.body);
    const text = command.body['text'];
    if (text === undefined) throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    if (typeof text !== 'string') throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    await this.post(device, command.seq, channel, forUser, { contentType: 'text', text });
  }

  async sendLocation(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    const body = command.body;
    const { channel, forUser } = await this.postTarget(device, body);
    if (body['latitude'] === undefined || body['longitude'] === undefined)
      throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    const latitude = readNumber(body['latitude'], -90, 90);
    const longitude = readNumber(body['longitude'], -180, 180);
    const accuracy =
      body['accuracy'] === undefined ? 0 : readNumber(body['accuracy'], 0, 0xffffffff);
    const address = body['formatted_address'] ?? '';
    if (
      latitude === undefined ||
      longitude === undefined ||
      accuracy === undefined ||
      typeof address !== 'string'
    ) {
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    }
    const location = {
      latitudeE7: clampE7(latitude),
      longitudeE7: clampE7(longitude),
      accuracyM: Math.round(accuracy),
      formattedAddress: address,
    };
    await this.post(device, command.seq, channel, forUser, { contentType: 'location', location });
  }

  /** Announces a picture; it is stored once its thumbnail and full image packets have arrived. */
  async sendImage(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    const body = command.body;
    const { channel, forUser } = await this.postTarget(device, body);
    if (body['thumbnail_content_length'] === undefined || body['content_length'] === undefined) {
      throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    }
    const thumbnailBytes = readInteger(body['thumbnail_content_length'], 1, MAX_IMAGE_BYTES);
    const imageBytes = readInteger(body['content_length'], 1, MAX_IMAGE_BYTES);
    const width = readInteger(body['width'] ?? 0, 0, 0xffffffff);
    const height = readInteger(body['height'] ?? 0, 0, 0xffffffff);
    const type = body['type'] ?? 'jpeg';
    const source = body['source'] ?? '';
    if (
      thumbnailBytes === undefined ||
      imageBytes === undefined ||
      width === undefined ||
      height === undefined
    ) {
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    }
    if (type !== 'jpeg' || typeof source !== 'string')
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    if (device.images.size >= this.options.limits.maxLiveMessagesPerConnection)
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    const imageId = device.nextId();
    device.images.set(imageId, {
      imageId,
      channel,
      forUser,
      type,
      width,
      height,
      source,
      thumbnailBytes,
      imageBytes,
      thumbnail: [],
      thumbnailReceived: 0,
      full: [],
      fullReceived: 0,
    });
    device.reply(command.seq, { image_id: imageId });
  }

  /** A thumbnail or full image packet; the last one stores the picture. */
  imagePart(
    device: ZelloDevice,
    packet: Extract<ZelloPacket, { kind: 'image' }>,
  ): Promise<void> | void {
    const image = device.images.get(packet.imageId);
    if (!image) throw new ZelloError(ZELLO_ERRORS.failedToSendData);
    const thumbnail = packet.part === 'thumbnail';
    const received =
      (thumbnail ? image.thumbnailReceived : image.fullReceived) + packet.data.length;
    if (received > (thumbnail ? image.thumbnailBytes : image.imageBytes)) {
      device.images.delete(image.imageId);
      throw new ZelloError(ZELLO_ERRORS.failedToSendData);
    }
    if (thumbnail) {
      image.thumbnail.push(packet.data);
      image.thumbnailReceived = received;
    } else {
      image.full.push(packet.data);
      image.fullReceived = received;
    }
    if (image.thumbnailReceived < image.thumbnailBytes || image.fullReceived < image.imageBytes)
      return;
    device.images.delete(image.imageId);
    return this.storeImage(device, image);
  }

  private async storeImage(device: ZelloDevice, image: PendingImage): Promise<void> {
    const body = [...pieces(Buffer.concat(image.thumbnail)), ...pieces(Buffer.concat(image.full))];
    const { type, width, height, source, thumbnailBytes, imageBytes } = image;
    try {
      await this.post(device, undefined, image.channel, image.forUser, {
        contentType: 'image',
        image: { type, width, height, source, thumbnailBytes, imageBytes },
        body,
      });
    } catch (err) {
      throw toZelloError(err, ZELLO_ERRORS.failedToSendData);
    }
  }

  private async post(
    device: ZelloDevice,
    seq: number | undefined,
    channel: ZelloChannel,
    forUser: ParticipantRecord | undefined,
    content: Omit<PostedMessage, 'messageId' | 'conversationId' | 'forUser'>,
  ): Promise<void> {
    const who = device.identity;
    if (!who) throw new ZelloError(ZELLO_ERRORS.notLoggedIn);
    const messageId = `zello-${randomUUID()}` as MessageId;
    device.ownMessages.add(messageId);
    try {
      await this.options.posts.post(device, who, 0, {
        ...content,
        messageId,
        conversationId: channel.conversationId,
        ...(forUser ? { forUser } : {}),
      });
    } catch (err) {
      device.ownMessages.delete(messageId);
      throw err;
    }
    device.reply(seq, {});
  }

  /** Channel and `for` of a send_* command, after the listen-only check. */
  private async postTarget(
    device: ZelloDevice,
    body: Readonly<Record<string, unknown>>,
  ): Promise<{ channel: ZelloChannel; forUser: ParticipantRecord | undefined }> {
    if (!device.canTalk) throw new ZelloError(ZELLO_ERRORS.listenOnly);
    const channel = channelOf(device, body);
    return { channel, forUser: await forUserOf(this.options.directory, channel, body) };
  }
}

function clampE7(degrees: number): number {
  return Math.max(-MAX_COORDINATE_E7, Math.min(MAX_COORDINATE_E7, Math.round(degrees * 1e7)));
}

function* pieces(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += IMAGE_PIECE_BYTES)
    yield bytes.subarray(at, at + IMAGE_PIECE_BYTES);
}
