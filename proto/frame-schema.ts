/**
 * A hand-written description of voxring.proto that the JSON codec validates
 * against and the protobuf codec normalises with. The mapped types below make
 * the compiler check every table against the plain shapes in frames.ts, and
 * test/proto/frame-schema.test.ts checks it against the generated classes, so
 * the three cannot drift apart silently.
 */
import type * as F from './frames.js';

/** Scalar wire types that the codecs treat differently. */
export type ScalarKind = 'string' | 'uint32' | 'int32' | 'uint64' | 'float' | 'bool' | 'bytes';

export interface ScalarSpec<K extends ScalarKind = ScalarKind> {
  readonly kind: K;
}
/** `names[n]` is the name of enum number n; index 0 is the UNSPECIFIED name. */
export interface EnumSpec<N extends string = string> {
  readonly kind: 'enum';
  readonly names: readonly N[];
}
export interface MessageSpec<T = unknown> {
  readonly kind: 'message';
  readonly schema: MessageSchema<T>;
}
export interface RepeatedSpec {
  readonly kind: 'repeated';
  readonly of: ScalarSpec<'string'> | MessageSpec;
}
export type FieldSpec = ScalarSpec | EnumSpec | MessageSpec | RepeatedSpec;

export interface FieldSchema {
  /** camelCase name: the TS property and the canonical JSON key. */
  readonly name: string;
  /** snake_case name from the .proto file, also accepted as a JSON key. */
  readonly protoName: string;
  readonly spec: FieldSpec;
}

export interface MessageSchema<T = unknown> {
  readonly name: string;
  /** In .proto declaration order, which is also the order of JSON keys. */
  readonly fields: readonly FieldSchema[];
  /** Some field (maybe nested) is an enum, so the plain shape needs conversion before protobufjs encodes it. */
  readonly hasEnum: boolean;
  /** Phantom: the plain TS shape this schema describes. */
  readonly __shape?: T;
}

// The spec a field of TS type V must have. Wrapped in [] so unions do not distribute.
type SpecFor<V> = null extends V
  ? MessageSpec<NonNullable<V>>
  : [V] extends [Uint8Array]
    ? ScalarSpec<'bytes'>
    : [V] extends [readonly (infer E)[]]
      ? {
          readonly kind: 'repeated';
          readonly of: [E] extends [string] ? ScalarSpec<'string'> : MessageSpec<E>;
        }
      : [V] extends [boolean]
        ? ScalarSpec<'bool'>
        : [V] extends [number]
          ? ScalarSpec<'uint32' | 'int32' | 'uint64' | 'float'>
          : [V] extends [string]
            ? string extends V
              ? ScalarSpec<'string'>
              : EnumSpec<V>
            : never;

// An optional field (absent: its default, as protobuf reads it) has the spec of its type.
type FieldsOf<T> = { readonly [K in keyof T]-?: SpecFor<Exclude<T[K], undefined>> };

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function specHasEnum(spec: FieldSpec): boolean {
  if (spec.kind === 'enum') return true;
  if (spec.kind === 'message') return spec.schema.hasEnum;
  if (spec.kind === 'repeated') return spec.of.kind === 'message' && spec.of.schema.hasEnum;
  return false;
}

function message<T>(name: string, fields: FieldsOf<T>): MessageSchema<T> {
  const list: FieldSchema[] = Object.entries(fields as Record<string, FieldSpec>).map(
    ([key, spec]) => ({
      name: key,
      protoName: snakeCase(key),
      spec,
    }),
  );
  return { name, fields: list, hasEnum: list.some((f) => specHasEnum(f.spec)) };
}

function msg<T>(schema: MessageSchema<T>): MessageSpec<T> {
  return { kind: 'message', schema };
}
function repeated<T>(of: MessageSpec<T>): {
  readonly kind: 'repeated';
  readonly of: MessageSpec<T>;
} {
  return { kind: 'repeated', of };
}

const string = { kind: 'string' } as const;
const uint32 = { kind: 'uint32' } as const;
const int32 = { kind: 'int32' } as const;
const uint64 = { kind: 'uint64' } as const;
const float = { kind: 'float' } as const;
const bool = { kind: 'bool' } as const;
const bytes = { kind: 'bytes' } as const;
const repeatedString = { kind: 'repeated', of: string } as const;

export const CONTENT_TYPE: EnumSpec<F.ContentTypeName> = {
  kind: 'enum',
  names: ['CONTENT_TYPE_UNSPECIFIED', 'VOICE', 'TEXT', 'IMAGE', 'LOCATION'],
};
export const MESSAGE_STATE: EnumSpec<F.MessageStateName> = {
  kind: 'enum',
  names: ['MESSAGE_STATE_UNSPECIFIED', 'LIVE', 'COMPLETE', 'INTERRUPTED', 'RECALLED', 'EXPIRED'],
};
export const RECEIPT_KIND: EnumSpec<F.ReceiptKindName> = {
  kind: 'enum',
  names: ['RECEIPT_KIND_UNSPECIFIED', 'DELIVERED', 'HEARD'],
};

export const LISTEN_MODE: EnumSpec<F.ListenModeName> = {
  kind: 'enum',
  names: ['LISTEN_MODE_UNSPECIFIED', 'NORMAL', 'IGNORE', 'SCREEN'],
};
export const TIMELINE_EVENT_TYPE: EnumSpec<F.TimelineEventTypeName> = {
  kind: 'enum',
  names: [
    'TIMELINE_EVENT_TYPE_UNSPECIFIED',
    'MESSAGE_NEW',
    'MESSAGE_ENDED',
    'CONVERSATION_CHANGED',
    'CONVERSATION_LEFT',
    'MESSAGE_RECALLED',
    'MESSAGE_EXPIRED',
  ],
};

const OPUS_PARAMS = message<F.OpusParams>('OpusParams', {
  sampleRate: uint32,
  channels: uint32,
  frameDurationUs: uint32,
  preSkip: uint32,
});
const LOCATION = message<F.Location>('Location', {
  latitudeE7: int32,
  longitudeE7: int32,
  accuracyM: uint32,
  formattedAddress: string,
});
const IMAGE_INFO = message<F.ImageInfo>('ImageInfo', {
  type: string,
  width: uint32,
  height: uint32,
  source: string,
  thumbnailBytes: uint32,
  imageBytes: uint32,
});
const MESSAGE_HEADER = message<F.MessageHeader>('MessageHeader', {
  messageId: string,
  conversationId: string,
  senderId: string,
  senderName: string,
  contentType: CONTENT_TYPE,
  opus: msg(OPUS_PARAMS),
  startedAtMs: uint64,
  endedAtMs: uint64,
  durationMs: uint32,
  chunkCount: uint32,
  byteCount: uint64,
  state: MESSAGE_STATE,
  text: string,
  forUserId: string,
  forUsername: string,
  location: msg(LOCATION),
  image: msg(IMAGE_INFO),
});
const PARTICIPANT = message<F.Participant>('Participant', { userId: string, username: string });
const CONVERSATION = message<F.Conversation>('Conversation', {
  conversationId: string,
  name: string,
  isGroup: bool,
  participants: repeated(msg(PARTICIPANT)),
  createdAtMs: uint64,
  retentionMs: uint64,
});

const HELLO = message<F.Hello>('Hello', { token: string, deviceId: string });
const START_MESSAGE = message<F.StartMessage>('StartMessage', {
  messageId: string,
  conversationId: string,
  contentType: CONTENT_TYPE,
  opus: msg(OPUS_PARAMS),
  ackedCount: uint32,
});
/** Exported for the chunk fast paths, which must agree with it. */
export const CHUNK = message<F.Chunk>('Chunk', { messageId: string, seq: uint32, payload: bytes, receivedAtMs: uint64 });
const END_MESSAGE = message<F.EndMessage>('EndMessage', { messageId: string, chunkCount: uint32 });
const SEND_TEXT = message<F.SendText>('SendText', {
  messageId: string,
  conversationId: string,
  text: string,
});
const LISTEN = message<F.Listen>('Listen', { messageId: string, fromSeq: uint32, rate: float });
const STOP_LISTEN = message<F.StopListen>('StopListen', { messageId: string });
const SET_LISTEN_MODE = message<F.SetListenMode>('SetListenMode', { conversationId: string, mode: LISTEN_MODE });
const MONITOR = message<F.Monitor>('Monitor', { conversationIds: repeatedString });
const TIMELINE_REQUEST = message<F.TimelineRequest>('TimelineRequest', {
  sinceCursor: uint64,
  limit: uint32,
});
const PING = message<F.Ping>('Ping', { nonce: uint64 });
const RECALL_MESSAGE = message<F.RecallMessage>('RecallMessage', { messageId: string });
const SEND_LOCATION = message<F.SendLocation>('SendLocation', {
  messageId: string,
  conversationId: string,
  latitudeE7: int32,
  longitudeE7: int32,
  accuracyM: uint32,
  formattedAddress: string,
});
const HEARD = message<F.Heard>('Heard', { messageId: string });

const WELCOME = message<F.Welcome>('Welcome', {
  userId: string,
  username: string,
  deviceId: string,
  sessionExpiresAtMs: uint64,
  timelineHead: uint64,
  routerId: string,
});
const ROUTE = message<F.Route>('Route', { routerId: string, homeUrl: string, fallbackUrls: repeatedString });
const REDIRECT = message<F.Redirect>('Redirect', { url: string, routerId: string });
const ACK = message<F.Ack>('Ack', { messageId: string, seq: int32 });
const MESSAGE_END = message<F.MessageEnd>('MessageEnd', {
  messageId: string,
  chunkCount: uint32,
  state: MESSAGE_STATE,
});
const SPEAKER = message<F.Speaker>('Speaker', { userId: string, messageId: string });
const PRESENCE = message<F.Presence>('Presence', {
  conversationId: string,
  speakers: repeated(msg(SPEAKER)),
});
const TIMELINE_EVENT = message<F.TimelineEvent>('TimelineEvent', {
  cursor: uint64,
  type: TIMELINE_EVENT_TYPE,
  atMs: uint64,
  header: msg(MESSAGE_HEADER),
  conversation: msg(CONVERSATION),
});
const TIMELINE_EVENTS = message<F.TimelineEvents>('TimelineEvents', {
  events: repeated(msg(TIMELINE_EVENT)),
  cursor: uint64,
  more: bool,
});
const ERROR = message<F.ErrorBody>('Error', {
  code: string,
  message: string,
  retryable: bool,
  messageId: string,
  retryAfterMs: uint32,
});
const PONG = message<F.Pong>('Pong', { nonce: uint64 });
const RECEIPT = message<F.Receipt>('Receipt', {
  messageId: string,
  userId: string,
  username: string,
  kind: RECEIPT_KIND,
  atMs: uint64,
});
const LISTENING = message<F.Listening>('Listening', {
  conversationId: string,
  messageId: string,
  listeners: repeated(msg(PARTICIPANT)),
});

/** One oneof case of a frame: its `type` name, the snake_case JSON alias and the body schema. */
export interface FrameCase<T extends string = string> {
  readonly type: T;
  readonly protoName: string;
  readonly schema: MessageSchema;
}

type BodyOf<Frame extends { type: string }, T extends Frame['type']> = Frame extends { type: T }
  ? Frame[T & keyof Frame]
  : never;
type CaseTable<Frame extends { type: string }> = {
  readonly [T in Frame['type']]: MessageSchema<BodyOf<Frame, T>>;
};

function cases<Frame extends { type: string }>(
  table: CaseTable<Frame>,
): ReadonlyMap<string, FrameCase<Frame['type']>> {
  const map = new Map<string, FrameCase<Frame['type']>>();
  for (const [type, schema] of Object.entries(table) as [Frame['type'], MessageSchema][]) {
    map.set(type, { type, protoName: snakeCase(type), schema });
  }
  return map;
}

/** ClientFrame oneof cases keyed by `type`, in field-number order. */
export const CLIENT_CASES = cases<F.ClientFrame>({
  hello: HELLO,
  startMessage: START_MESSAGE,
  chunk: CHUNK,
  endMessage: END_MESSAGE,
  sendText: SEND_TEXT,
  listen: LISTEN,
  stopListen: STOP_LISTEN,
  monitor: MONITOR,
  timelineRequest: TIMELINE_REQUEST,
  ping: PING,
  recallMessage: RECALL_MESSAGE,
  sendLocation: SEND_LOCATION,
  heard: HEARD,
  listenMode: SET_LISTEN_MODE,
});

/** ServerFrame oneof cases keyed by `type`, in field-number order. */
export const SERVER_CASES = cases<F.ServerFrame>({
  welcome: WELCOME,
  ack: ACK,
  header: MESSAGE_HEADER,
  chunk: CHUNK,
  messageEnd: MESSAGE_END,
  presence: PRESENCE,
  timeline: TIMELINE_EVENTS,
  error: ERROR,
  pong: PONG,
  redirect: REDIRECT,
  migrate: REDIRECT,
  route: ROUTE,
  receipt: RECEIPT,
  listening: LISTENING,
});

const RELAY_HEADER = message<F.RelayHeader>('RelayHeader', {
  header: msg(MESSAGE_HEADER),
  participantIds: repeatedString,
  replicate: bool,
});
const REPLICA_ACK = message<F.ReplicaAck>('ReplicaAck', { messageId: string, durableCount: uint32, refused: bool });
const TAKEOVER = message<F.Takeover>('Takeover', { messageId: string });
const TAKEOVER_DONE = message<F.TakeoverDone>('TakeoverDone', { messageId: string, chunkCount: uint32, handedOver: bool });
const CONVERSATION_CHANGED = message<F.ConversationChanged>('ConversationChanged', { conversationId: string });
const USERS_HERE = message<F.UsersHere>('UsersHere', { arrived: repeatedString, left: repeatedString, full: bool });
const RELAY_SUBSCRIBE = message<F.RelaySubscribe>('RelaySubscribe', { messageId: string });
const RELAY_TIMELINE = message<F.RelayTimeline>('RelayTimeline', {
  userId: string,
  event: msg(TIMELINE_EVENT),
});

const RELAY_RECEIPT = message<F.RelayReceipt>('RelayReceipt', { userId: string, receipt: msg(RECEIPT) });
const SESSION_REVOKED = message<F.SessionRevoked>('SessionRevoked', { tokenHash: string });
const RELAY_LISTEN_MODE = message<F.RelayListenMode>('RelayListenMode', { userId: string, deviceId: string, conversationId: string, mode: LISTEN_MODE });

/** RelayFrame oneof cases (router ⇄ router links) keyed by `type`, in field-number order. */
export const RELAY_CASES = cases<F.RelayFrame>({
  relayHeader: RELAY_HEADER,
  chunk: CHUNK,
  messageEnd: MESSAGE_END,
  subscribe: RELAY_SUBSCRIBE,
  relayTimeline: RELAY_TIMELINE,
  replicaAck: REPLICA_ACK,
  takeover: TAKEOVER,
  takeoverDone: TAKEOVER_DONE,
  conversationChanged: CONVERSATION_CHANGED,
  usersHere: USERS_HERE,
  receipt: RELAY_RECEIPT,
  listening: LISTENING,
  sessionRevoked: SESSION_REVOKED,
  listenMode: RELAY_LISTEN_MODE,
});
