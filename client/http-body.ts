/**
 * Reads an HTTP API answer in either form a router sends (README.md,
 * "Content negotiation"): JSON, or protobuf whose Content-Type names its
 * message (`application/x-protobuf; messageType=voxring.v1.HttpMessages`),
 * decoded into the same JSON shape (every field set, defaults included).
 */
import { voxring } from '../proto/generated/voxring.js';
import { clientError } from './client-error.js';

/** The form the SDK asks the router to answer in. */
export type HttpBodyFormat = 'json' | 'protobuf';

/** The Accept header for each form; protobuf still takes JSON (a router from before content negotiation sends it). */
export const ACCEPT_HEADERS: Readonly<Record<HttpBodyFormat, string>> = {
  json: 'application/json',
  protobuf: 'application/x-protobuf, application/json;q=0.5',
};

/** A generated message class, as far as reading an answer goes. */
interface AnswerMessageClass {
  decode(bytes: Uint8Array): object;
  toObject(message: object, options: { longs: NumberConstructor; enums: StringConstructor; defaults: boolean }): Record<string, unknown>;
}

const utf8 = new TextDecoder();

const PROTOBUF_ANSWER = /^application\/x-protobuf\s*;(?:.*;)?\s*messageType=voxring\.v1\.(\w+)\s*(?:;|$)/i;

/** The answer's body as the JSON API would have sent it. Throws VOX_CLIENT_UNEXPECTED for a protobuf message the SDK does not know. */
export function parseHttpBody(contentType: string, bytes: Uint8Array): unknown {
  const name = PROTOBUF_ANSWER.exec(contentType)?.[1];
  if (name === undefined) return JSON.parse(utf8.decode(bytes));
  const cls = (voxring.v1 as unknown as Record<string, Partial<AnswerMessageClass> | undefined>)[name];
  if (typeof cls?.decode !== 'function' || typeof cls.toObject !== 'function') {
    throw clientError('VOX_CLIENT_UNEXPECTED', `the router answered with protobuf message ${name}, unknown to this SDK`, false);
  }
  const body = cls.toObject(cls.decode(bytes), { longs: Number, enums: String, defaults: true });
  // JSON leaves a session's ring fields out on a single router; so does this.
  if (name === 'HttpSession' && body['home'] === '') {
    delete body['home'];
    delete body['fallbacks'];
  }
  return body;
}
