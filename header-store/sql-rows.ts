/** Row shapes as the drivers return them, and their mapping to HeaderStore records. */
import type { ConversationId, MessageId, UserId } from '../common/ids.js';
import type {
  ContentType,
  ConversationRecord,
  ImageRecord,
  LocationRecord,
  MessageRecord,
  MessageState,
  OpusParamsRecord,
  ParticipantRecord,
  SessionRecord,
  TimelineEventKind,
  TimelineEventRecord,
  UserRecord,
} from './header-store.js';

export interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  created_at: Date;
}

export interface SessionRow {
  token_hash: string;
  user_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface ConversationRow {
  id: string;
  name: string;
  is_group: boolean;
  created_by: string;
  created_at: Date;
  /** json_agg of { userId, username }. */
  participants: ParticipantRecord[];
  // bigint: node-postgres returns strings, PGlite numbers.
  retention_ms: string | number | null;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string;
  sender_name: string;
  sender_device: string;
  content_type: ContentType;
  opus: OpusParamsRecord | null;
  text: string | null;
  state: MessageState;
  started_at: Date;
  ended_at: Date | null;
  // bigint: node-postgres returns strings, PGlite numbers.
  duration_ms: string | number;
  chunk_count: string | number;
  byte_count: string | number;
  for_user_id: string | null;
  for_username: string | null;
  location: LocationRecord | null;
  image: ImageRecord | null;
  live_router: string | null;
}

export interface TimelineRow {
  user_id: string;
  cursor: string | number;
  kind: TimelineEventKind;
  conversation_id: string;
  message_id: string | null;
  payload: unknown;
  at: Date;
}

export function toSession(row: SessionRow): SessionRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id as UserId,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export function toUser(row: UserRow): UserRecord {
  return {
    id: row.id as UserId,
    username: row.username,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  };
}

export function toConversation(row: ConversationRow): ConversationRecord {
  return {
    id: row.id as ConversationId,
    name: row.name,
    isGroup: row.is_group,
    createdBy: row.created_by as UserId,
    createdAt: row.created_at,
    participants: row.participants,
    retentionMs: row.retention_ms === null ? null : Number(row.retention_ms),
  };
}

export function toMessage(row: MessageRow): MessageRecord {
  return {
    id: row.id as MessageId,
    conversationId: row.conversation_id as ConversationId,
    senderId: row.sender_id as UserId,
    senderName: row.sender_name,
    senderDevice: row.sender_device,
    contentType: row.content_type,
    opus: row.opus,
    text: row.text,
    state: row.state,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationMs: Number(row.duration_ms),
    chunkCount: Number(row.chunk_count),
    byteCount: Number(row.byte_count),
    // Optional fields only when set, so ordinary messages read back exactly as written.
    ...(row.for_user_id !== null
      ? { forUser: { userId: row.for_user_id as UserId, username: row.for_username ?? '' } }
      : {}),
    ...(row.location !== null ? { location: row.location } : {}),
    ...(row.image !== null ? { image: row.image } : {}),
    ...(row.live_router !== null ? { liveRouter: row.live_router } : {}),
  };
}

export function toTimelineEvent(row: TimelineRow): TimelineEventRecord {
  return {
    cursor: Number(row.cursor),
    userId: row.user_id as UserId,
    kind: row.kind,
    conversationId: row.conversation_id as ConversationId,
    messageId: row.message_id as MessageId | null,
    payload: row.payload,
    at: row.at,
  };
}
