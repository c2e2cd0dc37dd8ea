/**
 * Which form an HTTP API answer takes, chosen from the request's Accept
 * header (README.md, "Content negotiation"): JSON, or protobuf
 * (`application/x-protobuf`) when the client prefers it. negotiator parses
 * Accept: q-values, wildcards, q=0 excludes a type, the client's preference
 * wins, and a tie (no Accept, `*\/*`, `application/*`) goes to JSON.
 */
import Negotiator from 'negotiator';
import { VoxError } from '../../common/errors.js';

export type BodyFormat = 'json' | 'protobuf';

/** Every form the JSON API can answer in, JSON first: ties go to it. */
export const BODY_FORMATS: readonly BodyFormat[] = ['json', 'protobuf'];

/** Only JSON: routes whose body has no protobuf message (GET /v1/admin/ring). */
export const JSON_ONLY: readonly BodyFormat[] = ['json'];

/**
 * The Content-Type of each form. JSON is offered with its charset so that
 * `Accept: application/json; charset=utf-8` matches too (negotiator
 * matches Accept parameters against the offered type's).
 */
export const MEDIA_TYPES: Readonly<Record<BodyFormat, string>> = {
  json: 'application/json; charset=utf-8',
  protobuf: 'application/x-protobuf',
};

/** The form `accept` prefers among `offered`; undefined when it allows none of them (406). */
export function negotiateFormat(accept: string | undefined, offered: readonly BodyFormat[] = BODY_FORMATS): BodyFormat | undefined {
  const types = offered.map((format) => MEDIA_TYPES[format]);
  const best = new Negotiator({ headers: accept === undefined ? {} : { accept } }).mediaType(types);
  return best === undefined ? undefined : offered[types.indexOf(best)];
}

/**
 * The form for answers that must get out whatever Accept says: errors, and
 * the probes /healthz and /readyz (a load balancer's check that sends
 * `Accept: text/html` must still read the status): as negotiated, else JSON.
 */
export function formatOrJson(accept: string | undefined): BodyFormat {
  return negotiateFormat(accept) ?? 'json';
}

/** The 406 answer for an Accept that allows none of `offered`; its message names them. */
export function notAcceptable(offered: readonly BodyFormat[]): VoxError {
  const names = offered.map((format) => MEDIA_TYPES[format].split(';')[0]).join(', ');
  return new VoxError('VOX_NOT_ACCEPTABLE', `this route answers ${names}: send an Accept header that allows one`);
}
