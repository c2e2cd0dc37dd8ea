/**
 * Writes HTTP API bodies in the negotiated form (body-format.ts): JSON as
 * the route built it, or protobuf through the route's response message
 * (voxring.proto, "HTTP API responses"), filled from that same JSON-shaped
 * object with the generated fromObject, so both forms carry the same data.
 * Every answer says `Vary: Accept`: the form depends on it.
 */
import { voxring } from '../../proto/generated/voxring.js';
import type { HttpResponse } from '../edge/transport.js';
import { formatOrJson, MEDIA_TYPES, type BodyFormat } from './body-format.js';

/** A generated message class, as far as answering with it goes. */
interface ResponseMessageClass {
  fromObject(object: Record<string, unknown>): object;
  encode(message: object): { finish(): Uint8Array };
}

/** The messages HTTP API bodies are encoded as (the routes name theirs: http-api.ts, admin-api.ts). */
const RESPONSE_MESSAGES = {
  HttpSession: voxring.v1.HttpSession,
  HttpOk: voxring.v1.HttpOk,
  HttpConversation: voxring.v1.HttpConversation,
  HttpConversations: voxring.v1.HttpConversations,
  HttpUnread: voxring.v1.HttpUnread,
  HttpListenMode: voxring.v1.HttpListenMode,
  HttpMessage: voxring.v1.HttpMessage,
  HttpMessages: voxring.v1.HttpMessages,
  HttpBlock: voxring.v1.HttpBlock,
  HttpBlocks: voxring.v1.HttpBlocks,
  HttpError: voxring.v1.HttpError,
  HttpHealth: voxring.v1.HttpHealth,
  HttpReady: voxring.v1.HttpReady,
  HttpDrain: voxring.v1.HttpDrain,
  MessageHeader: voxring.v1.MessageHeader,
  TimelineEvents: voxring.v1.TimelineEvents,
} satisfies Record<string, ResponseMessageClass>;

export type ResponseMessageName = keyof typeof RESPONSE_MESSAGES;

/** How one request is answered: its negotiated form and, for protobuf, the route's message. */
export interface BodyReply {
  readonly format: BodyFormat;
  /** Undefined: the route answers JSON only. */
  readonly message: ResponseMessageName | undefined;
}

/** The full protobuf name of a response message, as the Content-Type's messageType names it. */
export function responseMessageType(name: ResponseMessageName): string {
  return `voxring.v1.${name}`;
}

/** The protobuf bytes of a JSON-shaped body (fields the message lacks are dropped: the routes' tests compare both forms). */
export function encodeResponse(name: ResponseMessageName, body: unknown): Uint8Array {
  const cls: ResponseMessageClass = RESPONSE_MESSAGES[name];
  return cls.encode(cls.fromObject(body as Record<string, unknown>)).finish();
}

/** Sends status, headers and `body` in the reply's form. Encodes before writing the head, so a failure can still be answered. */
export function writeBody(res: HttpResponse, reply: BodyReply, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.aborted) return;
  const common = { 'cache-control': 'no-store', vary: 'Accept', ...headers };
  if (reply.format === 'protobuf' && reply.message !== undefined) {
    const bytes = encodeResponse(reply.message, body);
    res.writeHead(status, { 'content-type': `${MEDIA_TYPES.protobuf}; messageType=${responseMessageType(reply.message)}`, ...common });
    res.end(bytes);
    return;
  }
  res.writeHead(status, { 'content-type': MEDIA_TYPES.json, ...common });
  res.end(JSON.stringify(body));
}

/**
 * Sends an error body (`{error: {...}}`): as protobuf HttpError when the
 * request's Accept prefers it, else JSON, never a 406 (an error must get out,
 * also on routes that answer neither form, like audio).
 */
export function writeErrorBody(res: HttpResponse, accept: string | undefined, status: number, body: { error: object }, headers: Record<string, string> = {}): void {
  writeBody(res, { format: formatOrJson(accept), message: 'HttpError' }, status, body, headers);
}
