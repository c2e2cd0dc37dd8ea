/**
 * Pictures over HTTP: `POST /v1/conversations/:id/images` stores the raw
 * body as an IMAGE message (its type and size read from its bytes), and
 * `GET /v1/messages/:id/image` serves the picture of an IMAGE message,
 * uploaded or sent by a Zello client. A picture's body is the thumbnail
 * bytes then the full image bytes (ImageInfo keeps both lengths; an upload
 * has no thumbnail), in chunks of at most 32 KiB, kept by the body store
 * like audio (and so tiered to CouchDB where one is configured).
 */
import { randomUUID } from 'node:crypto';
import { isVoxError, VoxError } from '../../common/errors.js';
import type { ConversationId, DeviceId, MessageId } from '../../common/ids.js';
import { imageContentType, probeImage } from '../../common/image-probe.js';
import type { ImageRecord, MessageRecord } from '../../header-store/header-store.js';
import type { AuthenticatedUser } from '../people/account-service.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { MessagePosts } from '../stream/message-posts.js';
import { requireMessageId } from '../stream/message-rules.js';
import type { HttpResponse } from '../edge/transport.js';

/** Pictures are stored in body chunks of at most this many bytes (the body format allows 64 KiB), as Zello's are. */
export const IMAGE_PIECE_BYTES = 32 * 1024;
/** The device id an uploaded picture's header names: it came through no connection. */
const UPLOAD_DEVICE = 'http-upload' as DeviceId;

export interface ImageUploadOptions {
  posts: Pick<MessagePosts, 'postWithoutDevice'>;
  directory: Pick<ConversationDirectory, 'requireParticipant'>;
}

/** A request body read for a picture: past maxImageBytes it fails VOX_IMAGE_TOO_LARGE (not the generic VOX_BODY_TOO_LARGE). */
export function imageBody(body: Promise<Buffer> | undefined, maxImageBytes: number): Promise<Buffer> {
  if (!body) return Promise.reject(new VoxError('VOX_BAD_REQUEST', 'send the picture as the request body'));
  return body.catch((err: unknown) => {
    if (isVoxError(err) && err.code === 'VOX_BODY_TOO_LARGE') {
      throw new VoxError('VOX_IMAGE_TOO_LARGE', `image exceeds ${maxImageBytes} bytes (maxImageBytes)`);
    }
    throw err;
  });
}

/** Stores `bytes` as a picture in the conversation; `messageId` empty: a fresh one. Returns the stored header. */
export async function uploadImage(
  options: ImageUploadOptions,
  user: AuthenticatedUser,
  conversationId: ConversationId,
  messageId: string,
  bytes: Buffer,
): Promise<MessageRecord> {
  // A non-participant learns nothing about the bytes' type: the conversation is checked first.
  await options.directory.requireParticipant(conversationId, user.userId);
  const id = messageId === '' ? (`img-${randomUUID()}` as MessageId) : requireMessageId(messageId);
  if (bytes.length === 0) throw new VoxError('VOX_IMAGE_UNSUPPORTED', 'the request body is empty');
  const probe = probeImage(bytes);
  const who = { ...user, deviceId: UPLOAD_DEVICE };
  return options.posts.postWithoutDevice(who, {
    messageId: id,
    conversationId,
    contentType: 'image',
    image: { type: probe.type, width: probe.width, height: probe.height, source: 'upload', thumbnailBytes: 0, imageBytes: bytes.length },
    body: [...imagePieces(bytes)],
  });
}

/** The body chunks of a picture. */
export function* imagePieces(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += IMAGE_PIECE_BYTES) yield bytes.subarray(at, at + IMAGE_PIECE_BYTES);
}

/** VOX_NOT_FOUND unless the message is a picture. */
export function assertImage(header: MessageRecord): ImageRecord {
  if (header.contentType !== 'image' || !header.image) throw new VoxError('VOX_NOT_FOUND', 'this message has no image');
  return header.image;
}

/** The full picture of an IMAGE message from its body chunks (the thumbnail left out). */
export function fullImage(header: MessageRecord, chunks: readonly Uint8Array[]): Buffer {
  const image = assertImage(header);
  const all = Buffer.concat(chunks);
  if (all.length !== image.thumbnailBytes + image.imageBytes) {
    // Stored bytes disagree with the header: a server fault, never a short picture served as whole.
    throw new VoxError('VOX_STORAGE_FAILED', `picture body has ${all.length} bytes; its header says ${image.thumbnailBytes + image.imageBytes}`);
  }
  return all.subarray(image.thumbnailBytes);
}

/** Answers with the picture (HEAD: its headers only). */
export function serveImage(header: MessageRecord, bytes: Buffer, res: HttpResponse, headOnly: boolean): void {
  if (res.aborted) return;
  res.writeHead(200, {
    'content-type': imageContentType(header.image?.type ?? ''),
    'content-length': String(bytes.length),
    // A picture never changes; it can only be recalled or expire (then 410).
    'cache-control': 'private, max-age=3600',
    'x-content-type-options': 'nosniff',
  });
  res.end(headOnly ? undefined : bytes);
}
