/**
 * The package's entry point (`@voxring/client`): everything a program
 * needs to talk to voxring routers, in Node and in browsers. The test aid
 * MessageCollector is not part of it.
 */
export { VoxringHttp, HTTP_REQUEST_TIMEOUT_MS } from './voxring-http.js';
export type { BlockedUser, ConversationSpeaker, ConversationSummary, SessionInfo, VoxringHttpOptions } from './voxring-http.js';
export type { HttpBodyFormat } from './http-body.js';
export { VoxringConnection, TERMINATE_CLOSE_CODE } from './voxring-connection.js';
export type { ClientFrameBody, CloseInfo, ConnectOptions, FailoverOptions } from './voxring-connection.js';
export { VoxringSession } from './voxring-session.js';
export type {
  ClosedEvent,
  ConnectedEvent,
  DisconnectedEvent,
  FrameListener,
  ReconnectHook,
  SessionEvent,
  SessionEventListener,
  SessionOptions,
} from './voxring-session.js';
export { OutgoingVoiceMessage } from './outgoing-voice-message.js';
export type { MessageEndFrame, StartOptions } from './outgoing-voice-message.js';
export { VoiceInbox } from './voice-inbox.js';
export type { InboxConnection, InboxOptions, InboxSession, ReceivedVoiceMessage, VoiceMessageListener } from './voice-inbox.js';
export { Backoff, jitteredDelay, retryFor, sleep, DEFAULT_BACKOFF_INITIAL_MS, DEFAULT_BACKOFF_MAX_MS, DEFAULT_RECONNECT_FOR_MS } from './backoff.js';
export type { BackoffOptions } from './backoff.js';
export { CLIENT_ERROR_CODES, VoxClientError, clientError, describeError, isRetryable } from './client-error.js';
export type { ClientErrorCode } from './client-error.js';
export { defaultWebSocketFactory } from './default-web-socket.js';
export type { SocketCloseEvent, SocketMessageEvent, WebSocketFactory, WebSocketLike } from './web-socket.js';
export { SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO } from '../proto/frames.js';
export { LISTEN_RATES } from '../proto/listen-rates.js';
export type * from '../proto/frames.js';
export type { ServerFrameOf, ReceiptListener, ListeningListener } from './frame-events.js';
