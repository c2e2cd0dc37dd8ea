/**
 * Seeds of the frame targets: the fixtures in fixtures/frames/ and one
 * frame of every client, server and relay type, fields mostly set (so a
 * mutation has something to break in every field), in both wire forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeClientFrame, encodeRelayFrame, encodeServerFrame } from '../../proto/frame-codec.js';
import type { ClientFrame, MessageHeader, RelayFrame, ServerFrame, TimelineEvent } from '../../proto/frames.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/frames/', import.meta.url));

const opus = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 };

const HEADER: MessageHeader = {
  messageId: 'm-1',
  conversationId: 'c-1',
  senderId: 'u-alice',
  senderName: 'Bøb ✓',
  contentType: 'IMAGE',
  opus,
  startedAtMs: 1_700_000_000_123,
  endedAtMs: 1_700_000_000_500,
  durationMs: 377,
  chunkCount: 19,
  byteCount: 2280,
  state: 'COMPLETE',
  text: 'hello 👋 wörld',
  forUserId: 'u-carol',
  forUsername: 'carol',
  location: { latitudeE7: -467144750, longitudeE7: 1806319, accuracyM: 10, formattedAddress: 'Hausenstrasse 34' },
  image: { type: 'jpeg', width: 1279, height: 959, source: 'camera', thumbnailBytes: 10616, imageBytes: 183716 },
};

const EVENT: TimelineEvent = {
  cursor: 42,
  type: 'CONVERSATION_CHANGED',
  atMs: 1_700_000_100_000,
  header: HEADER,
  conversation: {
    conversationId: 'c-2',
    name: 'team',
    isGroup: true,
    participants: [
      { userId: 'u-alice', username: 'alice' },
      { userId: 'u-bob', username: 'bob' },
    ],
    createdAtMs: 1_700_000_100_000,
    retentionMs: 86_400_000,
  },
};

const CHUNK = { messageId: 'm-1', seq: 7, payload: Buffer.from([0xfc, 0xff, 0xfe, 1, 2, 3]) };

/** Every client frame type once. */
export const CLIENT_FRAMES: ClientFrame[] = [
  { ref: 1, type: 'hello', hello: { token: 'v1.9bK2qW', deviceId: 'phone-1' } },
  { ref: 2, type: 'startMessage', startMessage: { messageId: 'm-1', conversationId: 'c-1', contentType: 'VOICE', opus } },
  { ref: 3, type: 'chunk', chunk: CHUNK },
  { ref: 0, type: 'chunk', chunk: { messageId: 'm-1', seq: 300, payload: Buffer.alloc(120, 0xab) } },
  { ref: 4, type: 'endMessage', endMessage: { messageId: 'm-1', chunkCount: 250 } },
  { ref: 5, type: 'sendText', sendText: { messageId: 'm-2', conversationId: 'c-1', text: 'hello 👋 wörld' } },
  { ref: 6, type: 'listen', listen: { messageId: 'm-1', fromSeq: 3 } },
  { ref: 7, type: 'stopListen', stopListen: { messageId: 'm-1' } },
  { ref: 8, type: 'monitor', monitor: { conversationIds: ['c-1', 'c-2'] } },
  { ref: 9, type: 'timelineRequest', timelineRequest: { sinceCursor: 123456789012, limit: 50 } },
  { ref: 0xffffffff, type: 'ping', ping: { nonce: 2 ** 53 - 1 } },
  { ref: 11, type: 'recallMessage', recallMessage: { messageId: 'm-1' } },
  {
    ref: 12,
    type: 'sendLocation',
    sendLocation: { messageId: 'm-3', conversationId: 'c-1', latitudeE7: -338_688_000, longitudeE7: 1_512_093_000, accuracyM: 12, formattedAddress: 'Sydney NSW' },
  },
  { ref: 12, type: 'heard', heard: { messageId: 'm-1' } },
];

/** Every server frame type once. */
export const SERVER_FRAMES: ServerFrame[] = [
  {
    ref: 1,
    type: 'welcome',
    welcome: { userId: 'u-alice', username: 'alice', deviceId: 'phone-1', sessionExpiresAtMs: 1_800_000_000_000, timelineHead: 42, routerId: 'r-1' },
  },
  { ref: 2, type: 'ack', ack: { messageId: 'm-1', seq: -1 } },
  { ref: 3, type: 'ack', ack: { messageId: 'm-1', seq: 249 } },
  { ref: 0, type: 'header', header: HEADER },
  { ref: 0, type: 'chunk', chunk: CHUNK },
  { ref: 4, type: 'messageEnd', messageEnd: { messageId: 'm-1', chunkCount: 250, state: 'INTERRUPTED' } },
  { ref: 0, type: 'presence', presence: { conversationId: 'c-1', speakers: [{ userId: 'u-alice', messageId: 'm-1' }] } },
  { ref: 5, type: 'timeline', timeline: { events: [EVENT, { ...EVENT, type: 'MESSAGE_NEW', conversation: null }], cursor: 42, more: true } },
  { ref: 6, type: 'error', error: { code: 'VOX_RATE_LIMITED', message: 'too many attempts', retryable: true, messageId: 'm-2', retryAfterMs: 1500 } },
  { ref: 7, type: 'pong', pong: { nonce: 99 } },
  { ref: 0, type: 'redirect', redirect: { url: 'https://r2.voxring.example', routerId: 'r2' } },
  { ref: 0, type: 'migrate', migrate: { url: 'https://r3.voxring.example', routerId: 'r3' } },
  { ref: 0, type: 'route', route: { routerId: 'r2', homeUrl: 'https://r2.voxring.example', fallbackUrls: ['https://r0.voxring.example'] } },
  { ref: 0, type: 'receipt', receipt: { messageId: 'm-1', userId: 'u-bob', username: 'bob', kind: 'HEARD', atMs: 1_700_000_300_000 } },
  { ref: 0, type: 'listening', listening: { conversationId: 'c-1', messageId: 'm-1', listeners: [{ userId: 'u-bob', username: 'bob' }, { userId: 'u-carol', username: 'carol' }] } },
];

/** Every relay frame type once. */
export const RELAY_FRAMES: RelayFrame[] = [
  { ref: 0, type: 'relayHeader', relayHeader: { header: HEADER, participantIds: ['u-alice', 'u-bob'], replicate: true } },
  { ref: 0, type: 'chunk', chunk: CHUNK },
  { ref: 0, type: 'messageEnd', messageEnd: { messageId: 'm-1', chunkCount: 250, state: 'COMPLETE' } },
  { ref: 0, type: 'subscribe', subscribe: { messageId: 'm-1' } },
  { ref: 0, type: 'relayTimeline', relayTimeline: { userId: 'u-bob', event: EVENT } },
  { ref: 0, type: 'replicaAck', replicaAck: { messageId: 'm-1', durableCount: 17, refused: false } },
  { ref: 0, type: 'replicaAck', replicaAck: { messageId: 'm-1', durableCount: 0, refused: true } },
  { ref: 0, type: 'takeover', takeover: { messageId: 'm-1' } },
  { ref: 0, type: 'takeoverDone', takeoverDone: { messageId: 'm-1', chunkCount: 17, handedOver: true } },
  { ref: 0, type: 'conversationChanged', conversationChanged: { conversationId: 'c-1' } },
  { ref: 0, type: 'usersHere', usersHere: { arrived: ['u-alice'], left: ['u-bob', 'u-carol'], full: false } },
  {
    ref: 0,
    type: 'receipt',
    receipt: { userId: 'u-alice', receipt: { messageId: 'm-1', userId: 'u-bob', username: 'bob', kind: 'DELIVERED', atMs: 1_700_000_300_000 } },
  },
  { ref: 0, type: 'listening', listening: { conversationId: 'c-1', messageId: 'm-1', listeners: [{ userId: 'u-bob', username: 'bob' }, { userId: 'u-carol', username: 'carol' }] } },
];

/** The fixture files with this extension (.hex as bytes, .json as text). */
function fixtures(ext: '.hex' | '.json'): Uint8Array[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => {
      const text = readFileSync(FIXTURES + name, 'utf8');
      return ext === '.hex' ? Buffer.from(text.replace(/\s+/g, ''), 'hex') : Buffer.from(text.trim(), 'utf8');
    });
}

/** Seeds of the protobuf client and server frame target. */
export function protoFrameSeeds(): Uint8Array[] {
  return [
    ...fixtures('.hex'),
    ...CLIENT_FRAMES.map((f) => encodeClientFrame(f, 'proto')),
    ...SERVER_FRAMES.map((f) => encodeServerFrame(f, 'proto')),
  ];
}

/** Seeds of the JSON client and server frame target (UTF-8 text). */
export function jsonFrameSeeds(): Uint8Array[] {
  return [
    ...fixtures('.json'),
    ...CLIENT_FRAMES.map((f) => Buffer.from(encodeClientFrame(f, 'json'))),
    ...SERVER_FRAMES.map((f) => Buffer.from(encodeServerFrame(f, 'json'))),
  ];
}

/** Seeds of the relay frame target. */
export function relayFrameSeeds(): Uint8Array[] {
  return RELAY_FRAMES.map((f) => encodeRelayFrame(f));
}
