/** Conversions between stored records, hot-state entries and wire shapes. */
import type { ConversationRecord, MessageRecord, TimelineEventKind, TimelineEventRecord } from '../header-store/header-store.js';
import type { CachedHeader } from '../header-store/hot-state.js';
import type {
  ContentTypeName,
  Conversation,
  MessageHeader,
  MessageStateName,
  TimelineEvent,
  TimelineEventTypeName,
} from '../proto/frames.js';

const STATE_NAMES: Record<MessageRecord['state'], MessageStateName> = {
  live: 'LIVE',
  complete: 'COMPLETE',
  interrupted: 'INTERRUPTED',
  recalled: 'RECALLED',
  expired: 'EXPIRED',
};

const CONTENT_TYPE_NAMES: Record<MessageRecord['contentType'], ContentTypeName> = {
  voice: 'VOICE',
  text: 'TEXT',
  image: 'IMAGE',
  location: 'LOCATION',
};

const EVENT_NAMES: Record<TimelineEventKind, TimelineEventTypeName> = {
  message_new: 'MESSAGE_NEW',
  message_ended: 'MESSAGE_ENDED',
  conversation_changed: 'CONVERSATION_CHANGED',
  conversation_left: 'CONVERSATION_LEFT',
  message_recalled: 'MESSAGE_RECALLED',
  message_expired: 'MESSAGE_EXPIRED',
};

export function stateName(state: MessageRecord['state']): MessageStateName {
  return STATE_NAMES[state];
}

export function toWireHeader(m: MessageRecord): MessageHeader {
  return {
    messageId: m.id,
    conversationId: m.conversationId,
    senderId: m.senderId,
    senderName: m.senderName,
    contentType: CONTENT_TYPE_NAMES[m.contentType],
    opus: m.opus ? { ...m.opus } : null,
    startedAtMs: m.startedAt.getTime(),
    endedAtMs: m.endedAt ? m.endedAt.getTime() : 0,
    durationMs: m.durationMs,
    chunkCount: m.chunkCount,
    byteCount: m.byteCount,
    state: STATE_NAMES[m.state],
    text: m.text ?? '',
    forUserId: m.forUser?.userId ?? '',
    forUsername: m.forUser?.username ?? '',
    location: m.location ? { ...m.location } : null,
    image: m.image ? { ...m.image } : null,
  };
}

export function toWireConversation(c: ConversationRecord): Conversation {
  return {
    conversationId: c.id,
    name: c.name,
    isGroup: c.isGroup,
    participants: c.participants.map((p) => ({ userId: p.userId, username: p.username })),
    createdAtMs: c.createdAt.getTime(),
    retentionMs: c.retentionMs ?? 0,
  };
}

/** Someone speaking now, as GET /v1/conversations lists them. */
export interface HttpSpeaker {
  userId: string;
  /** Absent when the speaker is no longer a participant. */
  username?: string;
  messageId: string;
}

/** A conversation in HTTP responses; GET /v1/conversations(/:id) add the caller's state. */
export interface HttpConversation extends Conversation {
  /** The caller's unread messages; absent when unknown (hot state unavailable). */
  unread?: number;
  /** Who is speaking now, oldest first. */
  speakers?: HttpSpeaker[];
}

/** The JSON shape of a conversation in HTTP responses, with the caller's unread count and speakers when given. */
export function toHttpConversation(
  c: ConversationRecord,
  state: { unread?: number | undefined; speakers?: HttpSpeaker[] } = {},
): HttpConversation {
  return {
    ...toWireConversation(c),
    ...(state.unread !== undefined ? { unread: state.unread } : {}),
    ...(state.speakers ? { speakers: state.speakers } : {}),
  };
}

/** The header a message event carries in its payload; undefined for other events. */
export function eventHeader(payload: unknown): MessageHeader | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const header = (payload as { header?: unknown }).header;
  return typeof header === 'object' && header !== null ? (header as MessageHeader) : undefined;
}

/** A wire header as the hot state caches it; every wire field survives the trip back. Undefined when it makes no sense. */
export function toCachedHeader(h: MessageHeader): CachedHeader | undefined {
  if (!Number.isSafeInteger(h.startedAtMs) || h.startedAtMs < 0) return undefined;
  const record = fromWireHeader(h);
  if (!record) return undefined;
  const { startedAt: _started, endedAt, ...rest } = record;
  // The wire text as it is (a record keeps text on text messages only), so the trip back is exact.
  return { ...rest, text: h.text, startedAtMs: h.startedAtMs, endedAtMs: endedAt ? endedAt.getTime() : null };
}

/** A cached header back in its wire shape. */
export function fromCachedHeader(c: CachedHeader): MessageHeader {
  const { startedAtMs, endedAtMs, ...rest } = c;
  return toWireHeader({ ...rest, startedAt: new Date(startedAtMs), endedAt: endedAtMs === null ? null : new Date(endedAtMs) });
}

export function toWireTimelineEvent(e: TimelineEventRecord): TimelineEvent {
  const payload = e.payload as { header?: MessageHeader; conversation?: Conversation } | null;
  return {
    cursor: e.cursor,
    type: EVENT_NAMES[e.kind],
    atMs: e.at.getTime(),
    header: payload?.header ?? null,
    conversation: payload?.conversation ?? null,
  };
}

const STATES_BY_NAME = Object.fromEntries(Object.entries(STATE_NAMES).map(([k, v]) => [v, k])) as Partial<
  Record<MessageStateName, MessageRecord['state']>
>;
const CONTENT_TYPES_BY_NAME = Object.fromEntries(Object.entries(CONTENT_TYPE_NAMES).map(([k, v]) => [v, k])) as Partial<
  Record<ContentTypeName, MessageRecord['contentType']>
>;

/**
 * The stored shape of a wire header; undefined when it makes no sense.
 * `liveRouter`: the router it came from over a relay link (absent: none recorded).
 */
export function fromWireHeader(h: MessageHeader, liveRouter?: string): MessageRecord | undefined {
  const state = STATES_BY_NAME[h.state];
  const contentType = CONTENT_TYPES_BY_NAME[h.contentType];
  if (!state || !contentType || h.messageId === '' || h.conversationId === '') return undefined;
  return {
    id: h.messageId as MessageRecord['id'],
    conversationId: h.conversationId as MessageRecord['conversationId'],
    senderId: h.senderId as MessageRecord['senderId'],
    senderName: h.senderName,
    senderDevice: '',
    contentType,
    opus: h.opus ? { ...h.opus } : null,
    text: contentType === 'text' ? h.text : null,
    state,
    startedAt: new Date(h.startedAtMs),
    endedAt: h.endedAtMs ? new Date(h.endedAtMs) : null,
    durationMs: h.durationMs,
    chunkCount: h.chunkCount,
    byteCount: h.byteCount,
    ...(h.forUserId ? { forUser: { userId: h.forUserId as MessageRecord['senderId'], username: h.forUsername } } : {}),
    ...(h.location ? { location: { ...h.location } } : {}),
    ...(h.image ? { image: { ...h.image } } : {}),
    ...(liveRouter !== undefined ? { liveRouter } : {}),
  };
}
