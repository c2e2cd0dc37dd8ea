/** One or more fully populated frames of every type, shared by the proto tests. */
import type { ClientFrame, MessageHeader, ServerFrame } from '../../proto/frames.js';

const opus = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 };

const liveHeader: MessageHeader = {
  messageId: 'm-1',
  conversationId: 'c-1',
  senderId: 'u-alice',
  senderName: 'Alice',
  contentType: 'VOICE',
  opus,
  startedAtMs: 1_700_000_000_123,
  endedAtMs: 0,
  durationMs: 0,
  chunkCount: 0,
  byteCount: 0,
  state: 'LIVE',
  text: '',
  forUserId: '',
  forUsername: '',
  location: null,
  image: null,
};

const textHeader: MessageHeader = {
  messageId: 'm-2',
  conversationId: 'c-1',
  senderId: 'u-bob',
  senderName: 'Bøb ✓',
  contentType: 'TEXT',
  opus: null,
  startedAtMs: 1_700_000_000_500,
  endedAtMs: 1_700_000_000_500,
  durationMs: 0,
  chunkCount: 0,
  byteCount: 11,
  state: 'COMPLETE',
  text: 'hello 👋 wörld',
  forUserId: 'u-alice',
  forUsername: 'Alice',
  location: { latitudeE7: -467144750, longitudeE7: 1806319, accuracyM: 10, formattedAddress: 'Hausenstrasse 34' },
  image: { type: 'jpeg', width: 1279, height: 959, source: 'camera', thumbnailBytes: 10616, imageBytes: 183716 },
};

/** Every ClientFrame type at least once, fields mostly non-default. */
export const CLIENT_SAMPLES: ClientFrame[] = [
  { ref: 1, type: 'hello', hello: { token: 'tok.abc', deviceId: 'phone-1' } },
  {
    ref: 2,
    type: 'startMessage',
    startMessage: { messageId: 'm-1', conversationId: 'c-1', contentType: 'VOICE', opus, ackedCount: 3 },
  },
  {
    ref: 3,
    type: 'chunk',
    chunk: { messageId: 'm-1', seq: 7, payload: Buffer.from([0xfc, 0xff, 0xfe, 1, 2, 3]), receivedAtMs: 0 },
  },
  { ref: 0, type: 'chunk', chunk: { messageId: 'm-1', seq: 0, payload: Buffer.alloc(0), receivedAtMs: 0 } },
  { ref: 4, type: 'endMessage', endMessage: { messageId: 'm-1', chunkCount: 250 } },
  {
    ref: 5,
    type: 'sendText',
    sendText: { messageId: 'm-2', conversationId: 'c-1', text: 'hello 👋 wörld' },
  },
  { ref: 6, type: 'listen', listen: { messageId: 'm-1', fromSeq: 0, rate: 0 } },
  { ref: 11, type: 'listen', listen: { messageId: 'm-1', fromSeq: 40, rate: 1.5 } },
  { ref: 12, type: 'listenMode', listenMode: { conversationId: 'c-1', mode: 'IGNORE' } },
  { ref: 7, type: 'stopListen', stopListen: { messageId: 'm-1' } },
  { ref: 8, type: 'monitor', monitor: { conversationIds: ['c-1', 'c-2'] } },
  { ref: 9, type: 'monitor', monitor: { conversationIds: [] } },
  { ref: 10, type: 'timelineRequest', timelineRequest: { sinceCursor: 123456789012, limit: 50 } },
  { ref: 0xffffffff, type: 'ping', ping: { nonce: 2 ** 53 - 1 } },
  {
    ref: 11,
    type: 'sendLocation',
    sendLocation: { messageId: 'm-3', conversationId: 'c-1', latitudeE7: -338_688_000, longitudeE7: 1_512_093_000, accuracyM: 12, formattedAddress: 'Sydney NSW 2000, Australia' },
  },
  { ref: 11, type: 'heard', heard: { messageId: 'm-1' } },
];

/** Every ServerFrame type at least once, fields mostly non-default. */
export const SERVER_SAMPLES: ServerFrame[] = [
  {
    ref: 1,
    type: 'welcome',
    welcome: {
      userId: 'u-alice',
      username: 'alice',
      deviceId: 'phone-1',
      sessionExpiresAtMs: 1_800_000_000_000,
      timelineHead: 42,
      routerId: 'r-1',
    },
  },
  { ref: 2, type: 'ack', ack: { messageId: 'm-1', seq: -1 } },
  { ref: 3, type: 'ack', ack: { messageId: 'm-1', seq: 249 } },
  { ref: 0, type: 'header', header: liveHeader },
  {
    ref: 0,
    type: 'chunk',
    chunk: { messageId: 'm-1', seq: 300, payload: Buffer.alloc(200, 0xab), receivedAtMs: 1_764_979_200_123 },
  },
  {
    ref: 4,
    type: 'messageEnd',
    messageEnd: { messageId: 'm-1', chunkCount: 250, state: 'INTERRUPTED' },
  },
  {
    ref: 0,
    type: 'presence',
    presence: { conversationId: 'c-1', speakers: [{ userId: 'u-alice', messageId: 'm-1' }] },
  },
  { ref: 0, type: 'presence', presence: { conversationId: 'c-1', speakers: [] } },
  {
    ref: 5,
    type: 'timeline',
    timeline: {
      events: [
        {
          cursor: 41,
          type: 'MESSAGE_NEW',
          atMs: 1_700_000_000_123,
          header: liveHeader,
          conversation: null,
        },
        {
          cursor: 42,
          type: 'MESSAGE_ENDED',
          atMs: 1_700_000_000_500,
          header: textHeader,
          conversation: null,
        },
        {
          cursor: 43,
          type: 'CONVERSATION_CHANGED',
          atMs: 1_700_000_001_000,
          header: null,
          conversation: {
            conversationId: 'c-1',
            name: 'Team',
            isGroup: true,
            participants: [
              { userId: 'u-alice', username: 'alice' },
              { userId: 'u-bob', username: 'bob' },
            ],
            createdAtMs: 1_600_000_000_000,
            retentionMs: 0,
          },
        },
      ],
      cursor: 43,
      more: true,
    },
  },
  {
    ref: 6,
    type: 'error',
    error: {
      code: 'VOX_CHUNK_SEQ_GAP',
      message: 'chunk seq skips ahead of the next expected seq',
      retryable: false,
      messageId: 'm-1',
      retryAfterMs: 0,
    },
  },
  {
    ref: 8,
    type: 'error',
    error: {
      code: 'VOX_RATE_LIMITED',
      message: 'too many attempts',
      retryable: true,
      messageId: '',
      retryAfterMs: 41_500,
    },
  },
  { ref: 7, type: 'pong', pong: { nonce: 99 } },
  { ref: 0, type: 'receipt', receipt: { messageId: 'm-1', userId: 'u-bob', username: 'bob', kind: 'DELIVERED', atMs: 1_700_000_300_000 } },
  { ref: 0, type: 'listening', listening: { conversationId: 'c-1', messageId: 'm-1', listeners: [{ userId: 'u-bob', username: 'bob' }, { userId: 'u-carol', username: 'carol' }] } },
  { ref: 0, type: 'listening', listening: { conversationId: 'c-1', messageId: 'm-1', listeners: [] } },
];

/** Deterministic PRNG (mulberry32) so the fuzz loops are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Buffers and Uint8Arrays compare equal by content in tap's t.same only when both are the same class. */
export function plain<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Uint8Array ||
      (typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Buffer')
        ? {
            bytes: Buffer.from(
              v instanceof Uint8Array ? v : (v as { data: number[] }).data,
            ).toString('hex'),
          }
        : v,
    ),
  ) as T;
}
