/**
 * What one HTTP route is, as data: the route tables (route-table.ts) are
 * lists of these, HttpApi and AdminApi dispatch from them and openapi.ts
 * documents them, so what is served and what is documented cannot drift.
 */
import { VoxError, type ErrorCode } from '../../common/errors.js';
import type { BodyReply, ResponseMessageName } from './api-body.js';
import { BODY_FORMATS, formatOrJson, JSON_ONLY, negotiateFormat, notAcceptable } from './body-format.js';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = Readonly<Record<string, unknown>>;

export type RouteMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

/**
 * Who may call a route: anyone; a session token as `Authorization: Bearer`;
 * that or `?access_token=` (for `<audio>`, `<img>` and `EventSource`, which
 * cannot set headers); the operator's admin token as `Authorization: Bearer`.
 */
export type RouteAuth = 'none' | 'bearer' | 'bearer-or-query' | 'admin';

/** A query parameter or request header a route reads. */
export interface RouteParameter {
  readonly name: string;
  readonly description: string;
  readonly schema: JsonSchema;
  readonly required?: boolean;
}

/** The request body a route reads: a JSON object, or raw bytes up to a limit. */
export type RouteBody =
  | { readonly kind: 'json'; readonly schema: JsonSchema }
  | { readonly kind: 'raw'; readonly types: readonly string[]; readonly description: string; readonly maxBytes: 'maxImageBytes' };

/**
 * What a route answers with: JSON or, by Accept, the protobuf `message`
 * (README "Content negotiation"); JSON only (406 to an Accept without it);
 * or a type of its own that no Accept changes (audio, pictures, metrics, SSE).
 */
export type RouteAnswer =
  | { readonly kind: 'message'; readonly message: ResponseMessageName }
  | { readonly kind: 'json'; readonly schema: JsonSchema }
  | { readonly kind: 'media'; readonly types: readonly string[]; readonly description: string };

export interface RouteSpec {
  readonly method: RouteMethod;
  /** With `:name` for each path parameter (at most 64 of `[A-Za-z0-9_.:-]`). */
  readonly path: string;
  /** The handler's name in the dispatching class, and the OpenAPI operationId. */
  readonly operationId: string;
  readonly summary: string;
  readonly auth: RouteAuth;
  readonly query?: readonly RouteParameter[];
  readonly headers?: readonly RouteParameter[];
  readonly body?: RouteBody;
  readonly answers: RouteAnswer;
  /** The statuses of its successful answers. */
  readonly success: readonly number[];
  /** What a success status means where the summary does not say it (the document's response description). */
  readonly notes?: Readonly<Record<number, string>>;
  /** Errors of this route's own (those of its auth, body and Accept are added by openapi.ts). */
  readonly errors: readonly ErrorCode[];
  /** A probe (/healthz, /readyz): an Accept that allows neither form gets JSON, not 406. */
  readonly probe?: boolean;
}

/** Path parameters as they match: client ids (common/ids.ts) and usernames. */
const PARAM_PATTERN = '([A-Za-z0-9_.:-]{1,64})';
const PARAM_NAME = /:([A-Za-z]+)/g;

/** The regular expression a request path must match; its groups are the path parameters in order. */
export function routePattern(path: string): RegExp {
  return new RegExp(`^${path.replace(PARAM_NAME, PARAM_PATTERN)}$`);
}

/** The route's name in metrics and access lines: every path parameter as `:id`, as before the table existed. */
export function routeLabel(path: string): string {
  return path.replace(PARAM_NAME, ':id');
}

/** The names of a path's parameters, in order. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(PARAM_NAME)].map((m) => m[1] ?? '');
}

/** A declared route with its handler, ready to match requests. */
export interface BoundRoute<H> {
  readonly spec: RouteSpec;
  readonly pattern: RegExp;
  /** The path with `:id` for each parameter: the route's name in metrics and access lines. */
  readonly label: string;
  readonly handler: H;
}

/**
 * Pairs each declared route with the handler named by its operationId.
 * Throws VOX_INTERNAL when a route has no handler or a handler no route, so a
 * router cannot serve a route its table (and so its OpenAPI document) lacks.
 */
export function bindRoutes<H>(routes: readonly RouteSpec[], handlers: Readonly<Record<string, H>>): BoundRoute<H>[] {
  const used = new Set<string>();
  const bound = routes.map((spec) => {
    const handler = Object.hasOwn(handlers, spec.operationId) ? handlers[spec.operationId] : undefined;
    if (handler === undefined) throw new VoxError('VOX_INTERNAL', `route ${spec.method} ${spec.path} names no handler (${spec.operationId})`);
    used.add(spec.operationId);
    return { spec, pattern: routePattern(spec.path), label: routeLabel(spec.path), handler };
  });
  const unrouted = Object.keys(handlers).filter((name) => !used.has(name));
  if (unrouted.length > 0) throw new VoxError('VOX_INTERNAL', `handlers no route declares: ${unrouted.join(', ')}`);
  return bound;
}

/**
 * How a route answers a request with this Accept: JSON or its protobuf
 * message as negotiated (a probe falls back to JSON); undefined for a route
 * that writes its own type. Throws VOX_NOT_ACCEPTABLE when Accept allows no
 * form the route answers in, before the route runs (a POST does nothing).
 */
export function replyFor(spec: RouteSpec, accept: string | undefined): BodyReply | undefined {
  const answers = spec.answers;
  if (answers.kind === 'media') return undefined;
  if (answers.kind === 'json') {
    if (negotiateFormat(accept, JSON_ONLY) === undefined) throw notAcceptable(JSON_ONLY);
    return { format: 'json', message: undefined };
  }
  const format = spec.probe ? formatOrJson(accept) : negotiateFormat(accept);
  if (format === undefined) throw notAcceptable(BODY_FORMATS);
  return { format, message: answers.message };
}
