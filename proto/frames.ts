/**
 * Plain TypeScript shapes of the wire frames in voxring.proto. The codec
 * (frame-codec.ts) fills every field with its proto3 default, so consumers
 * never see undefined fields; ids are still unvalidated strings here — the
 * router checks them.
 */
export type ContentTypeName = 'CONTENT_TYPE_UNSPECIFIED' | 'VOICE' | 'TEXT' | 'IMAGE' | 'LOCATION';
export type MessageStateName = 'MESSAGE_STATE_UNSPECIFIED' | 'LIVE' | 'COMPLETE' | 'INTERRUPTED' | 'RECALLED' | 'EXPIRED';
export type ReceiptKindName = 'RECEIPT_KIND_UNSPECIFIED' | 'DELIVERED' | 'HEARD';
export type ListenModeName = 'LISTEN_MODE_UNSPECIFIED' | 'NORMAL' | 'IGNORE' | 'SCREEN';
export type TimelineEventTypeName =
  | 'TIMELINE_EVENT_TYPE_UNSPECIFIED'
  | 'MESSAGE_NEW'
  | 'MESSAGE_ENDED'
  | 'CONVERSATION_CHANGED'
  | 'CONVERSATION_LEFT'
  | 'MESSAGE_RECALLED'
  | 'MESSAGE_EXPIRED';

export interface OpusParams {
  sampleRate: number;
  channels: number;
  frameDurationUs: number;
  preSkip: number;
}

export interface MessageHeader {
  messageId: string;
  conversationId: string;
  senderId: string;
  senderName: string;
  contentType: ContentTypeName;
  opus: OpusParams | null;
  startedAtMs: number;
  endedAtMs: number;
  durationMs: number;
  chunkCount: number;
  byteCount: number;
  state: MessageStateName;
  text: string;
  /** Set: sent to this one participant only ('' = the whole conversation). */
  forUserId: string;
  forUsername: string;
  location: Location | null;
  image: ImageInfo | null;
}

/** A shared location; degrees times 10^7. */
export interface Location {
  latitudeE7: number;
  longitudeE7: number;
  accuracyM: number;
  formattedAddress: string;
}

/** A picture's metadata; its body holds the thumbnail, then the full image. */
export interface ImageInfo {
  type: string;
  width: number;
  height: number;
  source: string;
  thumbnailBytes: number;
  imageBytes: number;
}

export interface Participant {
  userId: string;
  username: string;
}

export interface Conversation {
  conversationId: string;
  name: string;
  isGroup: boolean;
  participants: Participant[];
  createdAtMs: number;
  /** Messages older than this are deleted; 0 = the router's default. */
  retentionMs: number;
}

export interface Hello {
  token: string;
  deviceId: string;
}
export interface StartMessage {
  messageId: string;
  conversationId: string;
  contentType: ContentTypeName;
  opus: OpusParams | null;
  /** On a resume: chunks acked to the sender so far (absent or 0 on a first start); a router holding fewer refuses. */
  ackedCount?: number;
}
export interface Chunk {
  messageId: string;
  seq: number;
  payload: Uint8Array;
  /** Wall-clock ms when the talker's router received it (set by routers; absent or 0 from clients). */
  receivedAtMs?: number;
}
export interface EndMessage {
  messageId: string;
  chunkCount: number;
}
export interface SendText {
  messageId: string;
  conversationId: string;
  text: string;
}
export interface Listen {
  messageId: string;
  fromSeq: number;
  /** Backlog pace as a multiple of real time (LISTEN_RATES); 0 or absent: as fast as the connection drains. */
  rate?: number;
}
export interface SetListenMode {
  conversationId: string;
  mode: ListenModeName;
}
export interface StopListen {
  messageId: string;
}
export interface Monitor {
  conversationIds: string[];
}
export interface TimelineRequest {
  sinceCursor: number;
  limit: number;
}
/** A shared location; degrees times 10^7. */
export interface SendLocation {
  messageId: string;
  conversationId: string;
  latitudeE7: number;
  longitudeE7: number;
  accuracyM: number;
  formattedAddress: string;
}
export interface Ping {
  nonce: number;
}
export interface RecallMessage {
  messageId: string;
}
export interface Heard {
  messageId: string;
}

/** A decoded client frame: `type` names the oneof case that was set. */
export type ClientFrame =
  | { ref: number; type: 'hello'; hello: Hello }
  | { ref: number; type: 'startMessage'; startMessage: StartMessage }
  | { ref: number; type: 'chunk'; chunk: Chunk }
  | { ref: number; type: 'endMessage'; endMessage: EndMessage }
  | { ref: number; type: 'sendText'; sendText: SendText }
  | { ref: number; type: 'listen'; listen: Listen }
  | { ref: number; type: 'stopListen'; stopListen: StopListen }
  | { ref: number; type: 'monitor'; monitor: Monitor }
  | { ref: number; type: 'timelineRequest'; timelineRequest: TimelineRequest }
  | { ref: number; type: 'ping'; ping: Ping }
  | { ref: number; type: 'recallMessage'; recallMessage: RecallMessage }
  | { ref: number; type: 'sendLocation'; sendLocation: SendLocation }
  | { ref: number; type: 'heard'; heard: Heard }
  | { ref: number; type: 'listenMode'; listenMode: SetListenMode };

export type ClientFrameType = ClientFrame['type'];

export interface Welcome {
  userId: string;
  username: string;
  deviceId: string;
  sessionExpiresAtMs: number;
  timelineHead: number;
  routerId: string;
}
export interface Route {
  routerId: string;
  homeUrl: string;
  fallbackUrls: string[];
}
export interface Redirect {
  url: string;
  routerId: string;
}
export interface Ack {
  messageId: string;
  seq: number;
}
export interface MessageEnd {
  messageId: string;
  chunkCount: number;
  state: MessageStateName;
}
export interface Speaker {
  userId: string;
  messageId: string;
}
export interface Presence {
  conversationId: string;
  speakers: Speaker[];
}
export interface TimelineEvent {
  cursor: number;
  type: TimelineEventTypeName;
  atMs: number;
  header: MessageHeader | null;
  conversation: Conversation | null;
}
export interface TimelineEvents {
  events: TimelineEvent[];
  cursor: number;
  more: boolean;
}
export interface ErrorBody {
  code: string;
  message: string;
  retryable: boolean;
  messageId: string;
  /** VOX_RATE_LIMITED: ms to wait before trying again; 0 otherwise. */
  retryAfterMs: number;
}
export interface Pong {
  nonce: number;
}
/** A participant got (DELIVERED) or heard (HEARD) a message: pushed to its sender. */
export interface Receipt {
  messageId: string;
  userId: string;
  username: string;
  kind: ReceiptKindName;
  atMs: number;
}
/** Who hears a live message live now (screeners and its sender left out); empty: nobody. Also a relay frame (that router's own listeners). */
export interface Listening {
  conversationId: string;
  messageId: string;
  listeners: Participant[];
}

/** A router frame: `type` names the oneof case that is set. */
export type ServerFrame =
  | { ref: number; type: 'welcome'; welcome: Welcome }
  | { ref: number; type: 'ack'; ack: Ack }
  | { ref: number; type: 'header'; header: MessageHeader }
  | { ref: number; type: 'chunk'; chunk: Chunk }
  | { ref: number; type: 'messageEnd'; messageEnd: MessageEnd }
  | { ref: number; type: 'presence'; presence: Presence }
  | { ref: number; type: 'timeline'; timeline: TimelineEvents }
  | { ref: number; type: 'error'; error: ErrorBody }
  | { ref: number; type: 'pong'; pong: Pong }
  | { ref: number; type: 'redirect'; redirect: Redirect }
  | { ref: number; type: 'migrate'; migrate: Redirect }
  | { ref: number; type: 'route'; route: Route }
  | { ref: number; type: 'receipt'; receipt: Receipt }
  | { ref: number; type: 'listening'; listening: Listening };

export type ServerFrameType = ServerFrame['type'];

/** The two encodings, chosen by WebSocket subprotocol. */
export type WireFormat = 'proto' | 'json';
export const SUBPROTOCOL_PROTO = 'voxring.v1.proto';
export const SUBPROTOCOL_JSON = 'voxring.v1.json';

// ---- router <-> router relay links (path /v1/link, binary only) ----

export interface RelayHeader {
  header: MessageHeader | null;
  participantIds: string[];
  /** The receiver keeps a durable copy (replica) and answers replicaAck. */
  replicate: boolean;
}
export interface ReplicaAck {
  messageId: string;
  durableCount: number;
  /** The replica cannot keep a copy (its body store refused it): pick another. */
  refused: boolean;
}
export interface Takeover {
  messageId: string;
}
export interface ConversationChanged {
  conversationId: string;
}
export interface TakeoverDone {
  messageId: string;
  chunkCount: number;
  handedOver: boolean;
}
export interface RelaySubscribe {
  messageId: string;
}
export interface RelayTimeline {
  userId: string;
  event: TimelineEvent | null;
}
export interface UsersHere {
  arrived: string[];
  left: string[];
  full: boolean;
}

export interface RelayReceipt {
  /** The message's sender, whose devices on the receiver get the receipt. */
  userId: string;
  receipt: Receipt | null;
}

export interface SessionRevoked {
  /** sha256 hex of the revoked token. */
  tokenHash: string;
}

export interface RelayListenMode {
  userId: string;
  deviceId: string;
  conversationId: string;
  mode: ListenModeName;
}

/** A frame on a relay link between two routers of a ring. */
export type RelayFrame =
  | { ref: number; type: 'relayHeader'; relayHeader: RelayHeader }
  | { ref: number; type: 'chunk'; chunk: Chunk }
  | { ref: number; type: 'messageEnd'; messageEnd: MessageEnd }
  | { ref: number; type: 'subscribe'; subscribe: RelaySubscribe }
  | { ref: number; type: 'relayTimeline'; relayTimeline: RelayTimeline }
  | { ref: number; type: 'replicaAck'; replicaAck: ReplicaAck }
  | { ref: number; type: 'takeover'; takeover: Takeover }
  | { ref: number; type: 'takeoverDone'; takeoverDone: TakeoverDone }
  | { ref: number; type: 'conversationChanged'; conversationChanged: ConversationChanged }
  | { ref: number; type: 'usersHere'; usersHere: UsersHere }
  | { ref: number; type: 'receipt'; receipt: RelayReceipt }
  | { ref: number; type: 'listening'; listening: Listening }
  | { ref: number; type: 'sessionRevoked'; sessionRevoked: SessionRevoked }
  | { ref: number; type: 'listenMode'; listenMode: RelayListenMode };
