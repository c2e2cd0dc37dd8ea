/**
 * The part of the voxring protocol a baseline relay speaks: just enough for
 * the bench's generator, with no storage, no auth and no acks for chunks.
 *
 *   hello          → welcome (the token is not checked)
 *   monitor        → subscribe to each conversation; one presence per id (same ref)
 *   start_message  → ack seq −1; header to the conversation's subscribers
 *   chunk          → the same bytes as a server chunk, to the subscribers
 *   end_message    → message_end to the subscribers and the sender
 *   ping           → pong; anything else → error VOX_UNKNOWN_FRAME
 *
 * A client chunk frame with ref 0 is `0x22 len …` and the server chunk frame
 * carrying the same chunk is `0x2a len …`: the relay rewrites one byte in
 * place instead of decoding and encoding (the talkers send ref 0).
 */
import { decodeClientFrame, encodeServerFrame } from '../../proto/frame-codec.js';
import type { ServerFrame } from '../../proto/frames.js';

export const CLIENT_CHUNK_TAG = 0x22;
export const SERVER_CHUNK_TAG = 0x2a;
export const RELAY_PATH = '/v1/ws';
const MAX_FRAME = 64 * 1024;

/** What a relay connection can do; one implementation per server library. */
export interface RelaySocket {
  send(bytes: Uint8Array): void;
  subscribe(topic: string): void;
  publish(topic: string, bytes: Uint8Array): void;
}

/** Per connection: the conversation of each message it streams. */
export interface RelayState {
  topicOf: Map<string, string>;
  /** The topic of its only message (the common case): chunks skip the id lookup. */
  soleTopic: string | undefined;
}

export function newRelayState(): RelayState {
  return { topicOf: new Map(), soleTopic: undefined };
}

/**
 * Handles one binary message. `bytes` may be rewritten in place (chunks):
 * callers pass memory they own for the duration of the call.
 */
export function handleRelayMessage(socket: RelaySocket, state: RelayState, bytes: Uint8Array): void {
  if (bytes[0] === CLIENT_CHUNK_TAG && state.soleTopic !== undefined) {
    bytes[0] = SERVER_CHUNK_TAG;
    socket.publish(state.soleTopic, bytes);
    return;
  }
  const decoded = decodeClientFrame(bytes, 'proto', MAX_FRAME);
  if (!decoded.ok) return reply(socket, { ref: decoded.ref, type: 'error', error: { code: decoded.error.code, message: decoded.error.message, retryable: false, messageId: '', retryAfterMs: 0 } });
  const frame = decoded.frame;
  const ref = frame.ref;
  switch (frame.type) {
    case 'hello':
      return reply(socket, {
        ref,
        type: 'welcome',
        welcome: { userId: 'relay-user', username: 'relay', deviceId: frame.hello.deviceId, sessionExpiresAtMs: 0, timelineHead: 0, routerId: 'relay' },
      });
    case 'monitor':
      for (const id of frame.monitor.conversationIds) {
        socket.subscribe(id);
        reply(socket, { ref, type: 'presence', presence: { conversationId: id, speakers: [] } });
      }
      return;
    case 'startMessage': {
      const { messageId, conversationId } = frame.startMessage;
      state.topicOf.set(messageId, conversationId);
      state.soleTopic = state.topicOf.size === 1 ? conversationId : undefined;
      reply(socket, { ref, type: 'ack', ack: { messageId, seq: -1 } });
      socket.publish(conversationId, encodeServerFrame({ ref: 0, type: 'header', header: header(messageId, conversationId) }, 'proto'));
      return;
    }
    case 'chunk': {
      const topic = state.topicOf.get(frame.chunk.messageId);
      if (topic !== undefined) socket.publish(topic, encodeServerFrame({ ref: 0, type: 'chunk', chunk: frame.chunk }, 'proto'));
      return;
    }
    case 'endMessage': {
      const { messageId, chunkCount } = frame.endMessage;
      const topic = state.topicOf.get(messageId);
      state.topicOf.delete(messageId);
      state.soleTopic = state.topicOf.size === 1 ? [...state.topicOf.values()][0] : undefined;
      const end = encodeServerFrame({ ref: 0, type: 'messageEnd', messageEnd: { messageId, chunkCount, state: 'COMPLETE' } }, 'proto');
      if (topic !== undefined) socket.publish(topic, end);
      socket.send(end);
      return;
    }
    case 'ping':
      return reply(socket, { ref, type: 'pong', pong: { nonce: frame.ping.nonce } });
    default:
      return reply(socket, { ref, type: 'error', error: { code: 'VOX_UNKNOWN_FRAME', message: `the relay does not do ${frame.type}`, retryable: false, messageId: '', retryAfterMs: 0 } });
  }
}

function reply(socket: RelaySocket, frame: ServerFrame): void {
  socket.send(encodeServerFrame(frame, 'proto'));
}

function header(messageId: string, conversationId: string) {
  return {
    messageId,
    conversationId,
    senderId: 'relay-user',
    senderName: 'relay',
    contentType: 'VOICE' as const,
    opus: null,
    startedAtMs: Date.now(),
    endedAtMs: 0,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
    state: 'LIVE' as const,
    text: '',
    forUserId: '',
    forUsername: '',
    location: null,
    image: null,
  };
}

/** `--port N` from argv (default 0: any free port). */
export function portFromArgs(argv: readonly string[]): number {
  const at = argv.indexOf('--port');
  const value = at >= 0 ? Number(argv[at + 1]) : 0;
  return Number.isInteger(value) && value >= 0 && value <= 65535 ? value : 0;
}
