/**
 * Rules about messages that need no state: Opus parameter and packet
 * validation, who may see a message, who hears it, and which messages are gone.
 */
import { VoxError } from '../../common/errors.js';
import { inspectOpusPacket, opusFrameSamples } from '../../common/opus-packet.js';
import { isClientId, type ConversationId, type MessageId, type RouterId, type UserId } from '../../common/ids.js';
import type { ImageRecord, LocationRecord, MessageRecord, OpusParamsRecord, ParticipantRecord } from '../../header-store/header-store.js';
import type { OpusParams } from '../../proto/frames.js';
import type { DeviceIdentity } from '../delivery/device.js';

const FRAME_DURATIONS_US = new Set([2500, 5000, 10000, 20000, 40000, 60000, 80000, 100000, 120000]);
/** Opus parameters assumed when a start_message carries none. */
export const DEFAULT_OPUS: Readonly<OpusParamsRecord> = Object.freeze({
  sampleRate: 48000,
  channels: 1,
  frameDurationUs: 20000,
  preSkip: 312,
});

/** Refuses a message whose body is gone: VOX_MESSAGE_RECALLED or VOX_MESSAGE_EXPIRED (410). */
export function assertNotGone(header: MessageRecord): void {
  if (header.state === 'recalled') throw new VoxError('VOX_MESSAGE_RECALLED');
  if (header.state === 'expired') throw new VoxError('VOX_MESSAGE_EXPIRED');
}

/** Whether a user may see a message: everyone in its conversation, unless it was sent to one participant only. */
export function visibleTo(header: MessageRecord, userId: UserId): boolean {
  return !header.forUser || header.forUser.userId === userId || header.senderId === userId;
}

/** Who hears a message and gets its presence and timeline events: the participants, or sender and target only. */
export function audience(header: MessageRecord, participants: readonly ParticipantRecord[]): UserId[] {
  if (header.forUser) return [...new Set([header.senderId, header.forUser.userId])];
  return participants.map((p) => p.userId);
}

/**
 * A client chose an id that `existing` has. Its own message (a finished one,
 * or a text): VOX_MESSAGE_EXISTS. Anyone else's: VOX_MESSAGE_ID_INVALID with
 * the same text as a malformed id, so the answer says nothing about that
 * message (whose, which conversation, which kind).
 */
export function idTaken(existing: MessageRecord, userId: UserId): VoxError {
  return new VoxError(existing.senderId === userId ? 'VOX_MESSAGE_EXISTS' : 'VOX_MESSAGE_ID_INVALID');
}

/** The id as a MessageId, or VOX_MESSAGE_ID_INVALID. */
export function requireMessageId(id: string): MessageId {
  if (!isClientId(id)) throw new VoxError('VOX_MESSAGE_ID_INVALID');
  return id as MessageId;
}

/** Opus parameters with proto3 zeros replaced by defaults; anything else unsupported is refused. */
export function validateOpus(opus: OpusParams | null): OpusParamsRecord {
  if (!opus) return { ...DEFAULT_OPUS };
  const params = {
    sampleRate: opus.sampleRate || DEFAULT_OPUS.sampleRate,
    channels: opus.channels || DEFAULT_OPUS.channels,
    frameDurationUs: opus.frameDurationUs || DEFAULT_OPUS.frameDurationUs,
    preSkip: opus.preSkip,
  };
  if (params.sampleRate > 192000) throw new VoxError('VOX_CODEC_INVALID', 'sampleRate must be at most 192000');
  if (params.channels > 2) throw new VoxError('VOX_CODEC_INVALID', 'channels must be 1 or 2');
  if (!FRAME_DURATIONS_US.has(params.frameDurationUs)) {
    throw new VoxError('VOX_CODEC_INVALID', 'frameDurationUs must be one of 2500, 5000, 10000, 20000, 40000, 60000 (up to 120000)');
  }
  if (params.preSkip > 65535) throw new VoxError('VOX_CODEC_INVALID', 'preSkip must fit 16 bits');
  return params;
}

/**
 * The 48 kHz samples of one chunk, which must be an Opus packet that libopus
 * would decode (RFC 6716 §3.4) and agree with the declared `frameDurationUs`:
 * the packet lasts that long, or each of its frames does (Zello's
 * `packet_duration` names the frame). Anything else is VOX_AUDIO_INVALID.
 * Durations and limits count these samples, never the declared duration.
 */
export function chunkSamples(payload: Uint8Array, frameDurationUs: number): number {
  const samples = inspectOpusPacket(payload);
  if (typeof samples === 'string') {
    throw new VoxError('VOX_AUDIO_INVALID', `chunk is not an Opus packet libopus would decode (RFC 6716 section 3.4): ${samples}`);
  }
  // 48 samples a millisecond: samples × 125 / 6 microseconds, compared without rounding.
  const declared = frameDurationUs * 6;
  if (samples * 125 !== declared && opusFrameSamples(payload[0] ?? 0) * 125 !== declared) {
    throw new VoxError(
      'VOX_AUDIO_INVALID',
      `chunk is an Opus packet of ${samples / 48} ms (frames of ${opusFrameSamples(payload[0] ?? 0) / 48} ms); start_message declared frameDurationUs ${frameDurationUs}`,
    );
  }
  return samples;
}

const MAX_LATITUDE_E7 = 900_000_000;
const MAX_LONGITUDE_E7 = 1_800_000_000;

/** Refuses a location off the globe (VOX_LOCATION_INVALID) or with a longer address than `maxAddressLength` (VOX_ADDRESS_TOO_LONG). */
export function validateLocation(location: LocationRecord | undefined, maxAddressLength: number): LocationRecord {
  if (!location) throw new VoxError('VOX_LOCATION_INVALID', 'a location message needs a location');
  const { latitudeE7, longitudeE7, accuracyM, formattedAddress } = location;
  if (!Number.isInteger(latitudeE7) || Math.abs(latitudeE7) > MAX_LATITUDE_E7) {
    throw new VoxError('VOX_LOCATION_INVALID', `latitudeE7 must be within -${MAX_LATITUDE_E7}..${MAX_LATITUDE_E7} (degrees times 10^7)`);
  }
  if (!Number.isInteger(longitudeE7) || Math.abs(longitudeE7) > MAX_LONGITUDE_E7) {
    throw new VoxError('VOX_LOCATION_INVALID', `longitudeE7 must be within -${MAX_LONGITUDE_E7}..${MAX_LONGITUDE_E7} (degrees times 10^7)`);
  }
  if (!Number.isInteger(accuracyM) || accuracyM < 0) throw new VoxError('VOX_LOCATION_INVALID', 'accuracyM must be a whole number of meters');
  if (formattedAddress.length > maxAddressLength) {
    throw new VoxError('VOX_ADDRESS_TOO_LONG', `formattedAddress has ${formattedAddress.length} characters; at most ${maxAddressLength} (maxAddressLength)`);
  }
  return { latitudeE7, longitudeE7, accuracyM, formattedAddress };
}

/** A message that is complete on arrival (another door's text, location or picture). */
export interface PostedMessage {
  messageId: MessageId;
  conversationId: ConversationId;
  contentType: 'text' | 'location' | 'image';
  text?: string;
  location?: LocationRecord;
  image?: ImageRecord;
  /** Sent to this one participant only. */
  forUser?: ParticipantRecord;
  /** Stored in the body store as chunks 0.. (pictures). */
  body?: readonly Buffer[];
}

/** The header of a message complete on arrival (text, location, picture), posted by `who` at `now`. */
export function postedHeader(post: PostedMessage, who: DeviceIdentity, now: Date): MessageRecord {
  const body = post.body ?? [];
  const text = post.text ?? null;
  return {
    id: post.messageId,
    conversationId: post.conversationId,
    senderId: who.userId,
    senderName: who.username,
    senderDevice: who.deviceId,
    contentType: post.contentType,
    opus: null,
    text,
    state: 'complete',
    startedAt: now,
    endedAt: now,
    durationMs: 0,
    chunkCount: body.length,
    byteCount: body.length > 0 ? body.reduce((n, b) => n + b.length, 0) : Buffer.byteLength(text ?? ''),
    ...(post.forUser ? { forUser: { userId: post.forUser.userId, username: post.forUser.username } } : {}),
    ...(post.location ? { location: post.location } : {}),
    ...(post.image ? { image: post.image } : {}),
  };
}

/** What a voice message's header holds at its start. */
export interface LiveStart {
  messageId: MessageId;
  conversationId: ConversationId;
  who: DeviceIdentity;
  opus: OpusParamsRecord;
  startedAt: Date;
  /** Heard only by this participant (and the sender). */
  forUser: ParticipantRecord | undefined;
  /** The router it is live on, in a ring. */
  liveRouter: RouterId | undefined;
}

/** The header a voice message is stored with at start: live, no chunks yet. */
export function liveHeader(start: LiveStart): MessageRecord {
  const { forUser, liveRouter } = start;
  return {
    id: start.messageId,
    conversationId: start.conversationId,
    senderId: start.who.userId,
    senderName: start.who.username,
    senderDevice: start.who.deviceId,
    contentType: 'voice',
    opus: start.opus,
    text: null,
    state: 'live',
    startedAt: start.startedAt,
    endedAt: null,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
    ...(forUser ? { forUser: { userId: forUser.userId, username: forUser.username } } : {}),
    ...(liveRouter ? { liveRouter } : {}),
  };
}
