/**
 * Every HTTP route a router answers, as data (route-spec.ts): HttpApi
 * dispatches HTTP_ROUTES and AdminApi ADMIN_ROUTES by looking their
 * handlers up by operationId, and openapi.ts documents both. Matching
 * follows the order here. The web app's static files (GET/HEAD outside
 * `/v1/`) are served after no route matched and are not listed.
 */
import type { JsonSchema, RouteParameter, RouteSpec } from './route-spec.js';

const STRING: JsonSchema = { type: 'string' };
const USERNAME: JsonSchema = { type: 'string', description: '3-32 of [a-z0-9_.-] (matched case-insensitively)' };
const CREDENTIALS: JsonSchema = {
  type: 'object',
  required: ['username', 'password'],
  properties: { username: USERNAME, password: { type: 'string', description: '8-256 characters' } },
};
const LISTEN_MODE: JsonSchema = { type: 'string', enum: ['NORMAL', 'IGNORE', 'SCREEN'] };

const DEVICE_ID: RouteParameter = {
  name: 'deviceId',
  description: "the device (hello's deviceId) whose listen mode this is: 1-64 of [A-Za-z0-9_.:-]",
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,64}$' },
  required: true,
};
const ACCESS_TOKEN: RouteParameter = {
  name: 'access_token',
  description: 'the session token, instead of the Authorization header (for <audio>, <img> and EventSource)',
  schema: STRING,
};

function integer(minimum: number, maximum: number, fallback: number): JsonSchema {
  return { type: 'integer', minimum, maximum, default: fallback };
}

/** The JSON API, answered by HttpApi (http-api.ts). */
export const HTTP_ROUTES = [
  {
    method: 'GET', path: '/healthz', operationId: 'healthz', summary: 'Liveness and this router\'s counts',
    auth: 'none', answers: { kind: 'message', message: 'HttpHealth' }, success: [200], errors: [], probe: true,
  },
  {
    method: 'GET', path: '/metrics', operationId: 'getMetrics', summary: 'Prometheus metrics (404 when the router has none)',
    auth: 'none', answers: { kind: 'media', types: ['text/plain; version=0.0.4; charset=utf-8'], description: 'Prometheus text exposition' },
    success: [200], errors: ['VOX_NOT_FOUND'],
  },
  {
    method: 'GET', path: '/v1/openapi.json', operationId: 'openApi', summary: 'This API as an OpenAPI 3.1 document',
    auth: 'none', answers: { kind: 'json', schema: { type: 'object', description: 'an OpenAPI 3.1 document' } }, success: [200], errors: [],
  },
  {
    method: 'POST', path: '/v1/signup', operationId: 'signup', summary: 'Create an account and a session',
    auth: 'none', body: { kind: 'json', schema: CREDENTIALS }, answers: { kind: 'message', message: 'HttpSession' },
    success: [201], errors: ['VOX_USERNAME_TAKEN', 'VOX_USERNAME_INVALID', 'VOX_PASSWORD_INVALID', 'VOX_RATE_LIMITED'],
  },
  {
    method: 'POST', path: '/v1/login', operationId: 'login', summary: 'Open a session',
    auth: 'none', body: { kind: 'json', schema: CREDENTIALS }, answers: { kind: 'message', message: 'HttpSession' },
    success: [200], errors: ['VOX_AUTH_INVALID', 'VOX_RATE_LIMITED'],
  },
  {
    method: 'POST', path: '/v1/logout', operationId: 'logout', summary: 'Revoke the session token',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpOk' }, success: [200], errors: [],
  },
  {
    method: 'GET', path: '/v1/conversations', operationId: 'listConversations', summary: 'My conversations, with unread counts and speakers',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpConversations' }, success: [200], errors: [],
  },
  {
    method: 'POST', path: '/v1/conversations', operationId: 'createConversation', summary: 'Start a conversation (a group when named or more than two people)',
    auth: 'bearer',
    body: {
      kind: 'json',
      schema: {
        type: 'object',
        required: ['with'],
        properties: { with: { type: 'array', items: USERNAME, description: 'the other participants' }, name: { type: 'string' } },
      },
    },
    answers: { kind: 'message', message: 'HttpConversation' },
    success: [201], errors: ['VOX_CONVERSATION_INVALID', 'VOX_USER_NOT_FOUND', 'VOX_BLOCKED', 'VOX_TOO_MANY_PARTICIPANTS'],
  },
  {
    method: 'GET', path: '/v1/conversations/:id', operationId: 'getConversation', summary: 'One conversation (participants only)',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpConversation' }, success: [200], errors: ['VOX_CONVERSATION_NOT_FOUND'],
  },
  {
    method: 'POST', path: '/v1/conversations/:id/participants', operationId: 'addParticipants', summary: 'Add people to a group',
    auth: 'bearer',
    body: { kind: 'json', schema: { type: 'object', required: ['usernames'], properties: { usernames: { type: 'array', items: USERNAME } } } },
    answers: { kind: 'message', message: 'HttpConversation' },
    success: [200],
    errors: ['VOX_CONVERSATION_NOT_FOUND', 'VOX_CONVERSATION_INVALID', 'VOX_USER_NOT_FOUND', 'VOX_BLOCKED', 'VOX_TOO_MANY_PARTICIPANTS'],
  },
  {
    method: 'DELETE', path: '/v1/conversations/:id/participants/:username', operationId: 'removeParticipant',
    summary: 'Remove someone (yourself, or anyone when you created it)',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpConversation' }, success: [200],
    errors: ['VOX_CONVERSATION_NOT_FOUND', 'VOX_CONVERSATION_INVALID', 'VOX_NOT_CREATOR', 'VOX_USER_NOT_FOUND'],
  },
  {
    method: 'POST', path: '/v1/conversations/:id/leave', operationId: 'leave', summary: 'Leave a conversation',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpOk' }, success: [200], errors: ['VOX_CONVERSATION_NOT_FOUND'],
  },
  {
    method: 'POST', path: '/v1/conversations/:id/read', operationId: 'markRead', summary: 'Mark a conversation read',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpUnread' }, success: [200], errors: ['VOX_CONVERSATION_NOT_FOUND'],
  },
  {
    method: 'POST', path: '/v1/conversations/:id/images', operationId: 'postImage', summary: 'Upload a picture as an IMAGE message',
    auth: 'bearer',
    query: [{ name: 'messageId', description: 'the new message\'s id (absent: the router picks img-<uuid>)', schema: STRING }],
    body: {
      kind: 'raw',
      types: ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'],
      description: 'the picture\'s bytes (JPEG, PNG or WebP, recognised from the bytes; Content-Type is ignored), at most maxImageBytes',
      maxBytes: 'maxImageBytes',
    },
    answers: { kind: 'message', message: 'MessageHeader' },
    success: [201],
    errors: ['VOX_CONVERSATION_NOT_FOUND', 'VOX_IMAGE_TOO_LARGE', 'VOX_IMAGE_UNSUPPORTED', 'VOX_MESSAGE_ID_INVALID', 'VOX_MESSAGE_EXISTS'],
  },
  {
    method: 'PUT', path: '/v1/conversations/:id/retention', operationId: 'setRetention', summary: 'Set how long the conversation\'s messages are kept',
    auth: 'bearer',
    body: {
      kind: 'json',
      schema: {
        type: 'object',
        required: ['retentionMs'],
        properties: { retentionMs: { type: ['integer', 'null'], description: 'milliseconds; null: the router\'s default' } },
      },
    },
    answers: { kind: 'message', message: 'HttpConversation' }, success: [200], errors: ['VOX_CONVERSATION_NOT_FOUND', 'VOX_CONVERSATION_INVALID'],
  },
  {
    method: 'GET', path: '/v1/conversations/:id/mode', operationId: 'getListenMode', summary: 'How one of my devices hears the conversation',
    auth: 'bearer', query: [DEVICE_ID], answers: { kind: 'message', message: 'HttpListenMode' }, success: [200],
    errors: ['VOX_CONVERSATION_NOT_FOUND'],
  },
  {
    method: 'PUT', path: '/v1/conversations/:id/mode', operationId: 'setListenMode', summary: 'Set how one of my devices hears the conversation',
    auth: 'bearer', query: [DEVICE_ID],
    body: { kind: 'json', schema: { type: 'object', required: ['mode'], properties: { mode: LISTEN_MODE } } },
    answers: { kind: 'message', message: 'HttpListenMode' }, success: [200], errors: ['VOX_CONVERSATION_NOT_FOUND'],
  },
  {
    method: 'GET', path: '/v1/conversations/:id/messages', operationId: 'listMessages', summary: 'History: message headers, newest first',
    auth: 'bearer',
    query: [
      { name: 'limit', description: 'headers per page', schema: integer(1, 200, 50) },
      { name: 'before', description: 'only messages started before this time (ms since the epoch); 0: the newest', schema: integer(0, Number.MAX_SAFE_INTEGER, 0) },
    ],
    answers: { kind: 'message', message: 'HttpMessages' }, success: [200], errors: ['VOX_CONVERSATION_NOT_FOUND'],
  },
  {
    method: 'GET', path: '/v1/messages/:id', operationId: 'getMessage', summary: 'A message header with its receipts',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpMessage' }, success: [200], errors: ['VOX_MESSAGE_NOT_FOUND'],
  },
  {
    method: 'POST', path: '/v1/messages/:id/recall', operationId: 'recall', summary: 'Recall one of my messages (its body is deleted)',
    auth: 'bearer', answers: { kind: 'message', message: 'MessageHeader' }, success: [200],
    errors: ['VOX_MESSAGE_NOT_FOUND', 'VOX_MESSAGE_NOT_YOURS', 'VOX_MESSAGE_EXPIRED', 'VOX_MESSAGE_LIVE_ELSEWHERE'],
  },
  ...(['GET', 'HEAD'] as const).map((method) => ({
    method, path: '/v1/messages/:id/audio', operationId: 'getAudio', summary: 'A voice message as Ogg Opus (streams while live)',
    auth: 'bearer-or-query', query: [ACCESS_TOKEN],
    headers: [{ name: 'Range', description: 'one bytes= range (RFC 9110 section 14)', schema: STRING }],
    answers: { kind: 'media', types: ['audio/ogg'], description: 'Ogg Opus' }, success: [200, 206],
    notes: { 200: 'Ogg Opus: the whole file, or a live message streamed until it ends', 206: 'Ogg Opus: the requested range' },
    errors: ['VOX_MESSAGE_NOT_FOUND', 'VOX_NOT_FOUND', 'VOX_MESSAGE_RECALLED', 'VOX_MESSAGE_EXPIRED', 'VOX_RANGE_NOT_SATISFIABLE'],
  } as const)),
  ...(['GET', 'HEAD'] as const).map((method) => ({
    method, path: '/v1/messages/:id/image', operationId: 'getImage', summary: 'The full picture of an IMAGE message',
    auth: 'bearer-or-query', query: [ACCESS_TOKEN],
    answers: { kind: 'media', types: ['image/jpeg', 'image/png', 'image/webp'], description: 'the picture' }, success: [200],
    errors: ['VOX_MESSAGE_NOT_FOUND', 'VOX_NOT_FOUND', 'VOX_MESSAGE_RECALLED', 'VOX_MESSAGE_EXPIRED'],
  } as const)),
  {
    method: 'GET', path: '/v1/timeline', operationId: 'getTimeline', summary: 'My timeline events after a cursor',
    auth: 'bearer',
    query: [
      { name: 'since', description: 'the cursor of the last event already read', schema: integer(0, Number.MAX_SAFE_INTEGER, 0) },
      { name: 'limit', description: 'events per page', schema: integer(1, 500, 100) },
    ],
    answers: { kind: 'message', message: 'TimelineEvents' }, success: [200], errors: [],
  },
  {
    method: 'GET', path: '/v1/timeline/stream', operationId: 'streamTimeline', summary: 'My timeline as Server-Sent Events',
    auth: 'bearer-or-query',
    query: [ACCESS_TOKEN, { name: 'since', description: 'resume after this cursor (Last-Event-ID wins)', schema: { type: 'integer', minimum: 0 } }],
    headers: [{ name: 'Last-Event-ID', description: 'resume after this cursor', schema: STRING }],
    answers: { kind: 'media', types: ['text/event-stream'], description: 'one SSE event per timeline event: id the cursor, event its type, data the event as GET /v1/timeline has it' },
    success: [200], errors: ['VOX_TOO_MANY_EVENT_STREAMS'],
  },
  {
    method: 'GET', path: '/v1/blocks', operationId: 'listBlocks', summary: 'The users I block, newest first',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpBlocks' }, success: [200], errors: [],
  },
  {
    method: 'POST', path: '/v1/blocks', operationId: 'block', summary: 'Block a user',
    auth: 'bearer', body: { kind: 'json', schema: { type: 'object', required: ['username'], properties: { username: USERNAME } } },
    answers: { kind: 'message', message: 'HttpBlock' }, success: [201], errors: ['VOX_USER_NOT_FOUND', 'VOX_TOO_MANY_BLOCKS'],
  },
  {
    method: 'DELETE', path: '/v1/blocks/:username', operationId: 'unblock', summary: 'Unblock a user',
    auth: 'bearer', answers: { kind: 'message', message: 'HttpOk' }, success: [200], errors: ['VOX_USER_NOT_FOUND'],
  },
] as const satisfies readonly RouteSpec[];

const USAGE_ROW: JsonSchema = {
  type: 'object',
  required: ['userId', 'username', 'talkMs', 'messages', 'bytesIn', 'bytesOut', 'storageBytes'],
  properties: {
    userId: STRING,
    username: STRING,
    talkMs: { type: 'integer' },
    messages: { type: 'integer' },
    bytesIn: { type: 'integer' },
    bytesOut: { type: 'integer' },
    storageBytes: { type: 'integer', description: 'net change over the days asked for (may be negative)' },
  },
};
const DAY: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a UTC day, YYYY-MM-DD' };

/** `/readyz` and the operator's `/v1/admin/*`, answered by AdminApi (admin-api.ts). */
export const ADMIN_ROUTES = [
  {
    method: 'GET', path: '/readyz', operationId: 'readyz', summary: 'Readiness: 503 while shutting down or draining (any method answers)',
    auth: 'none', answers: { kind: 'message', message: 'HttpReady' }, success: [200, 503], errors: [], probe: true,
    notes: { 200: 'ready: {ready: true}', 503: 'not ready (shutting down or draining): {ready: false}; while the router starts, JSON {status: "starting", router}' },
  },
  {
    method: 'GET', path: '/v1/admin/ring', operationId: 'ringStatus', summary: 'The ring: members, health, shares, relay links',
    auth: 'admin',
    answers: { kind: 'json', schema: { type: 'object', description: 'open-ended: see README "HTTP API"', additionalProperties: true } },
    success: [200], errors: [],
  },
  {
    method: 'POST', path: '/v1/admin/drain', operationId: 'drain', summary: 'Leave the ring\'s key space (users migrate)',
    auth: 'admin', answers: { kind: 'message', message: 'HttpDrain' }, success: [200], errors: ['VOX_NOT_FOUND'],
  },
  {
    method: 'POST', path: '/v1/admin/rejoin', operationId: 'rejoin', summary: 'Take users again after a drain',
    auth: 'admin', answers: { kind: 'message', message: 'HttpDrain' }, success: [200], errors: ['VOX_NOT_FOUND'],
  },
  {
    method: 'GET', path: '/v1/admin/usage', operationId: 'usage', summary: 'Per-user usage summed over UTC days',
    auth: 'admin',
    query: [
      { name: 'username', description: 'only this user (zeros when they did nothing in range)', schema: STRING },
      { name: 'from', description: 'first day (inclusive; absent: open)', schema: DAY },
      { name: 'to', description: 'last day (inclusive; absent: open)', schema: DAY },
    ],
    answers: { kind: 'json', schema: { type: 'object', required: ['users'], properties: { users: { type: 'array', items: USAGE_ROW } } } },
    success: [200], errors: ['VOX_BAD_REQUEST', 'VOX_USER_NOT_FOUND'],
  },
] as const satisfies readonly RouteSpec[];

export type HttpOperationId = (typeof HTTP_ROUTES)[number]['operationId'];
export type AdminOperationId = (typeof ADMIN_ROUTES)[number]['operationId'];

/** Both tables: every route a router answers over HTTP. */
export const ALL_ROUTES: readonly RouteSpec[] = [...HTTP_ROUTES, ...ADMIN_ROUTES];
