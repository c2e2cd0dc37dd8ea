/**
 * The OpenAPI 3.1 document of the HTTP API, built from the route tables the
 * router dispatches with (route-table.ts) and the protobuf reflection of the
 * answers (proto-json-schema.ts). Served at GET /v1/openapi.json and written
 * to docs/openapi.json by `make docs`; a test keeps the two and the README
 * equal to the tables.
 */
import type protobuf from 'protobufjs/light.js';
import { ERROR_CODES, ERROR_SPECS, type ErrorCode } from '../../common/errors.js';
import type { WebSocketDoor } from '../web-socket-doors.js';
import { responseMessageType } from './api-body.js';
import { MEDIA_TYPES } from './body-format.js';
import { protoSchemas } from './proto-json-schema.js';
import { pathParameters, type JsonSchema, type RouteSpec } from './route-spec.js';
import { ADMIN_ROUTES, HTTP_ROUTES } from './route-table.js';

/** An OpenAPI document, as plain JSON. */
export type OpenApiDocument = Readonly<Record<string, unknown>>;

const SCHEMAS = '#/components/schemas/';
const JSON_TYPE = 'application/json';
const PROTOBUF_TYPE = MEDIA_TYPES.protobuf;
/** The error answer's JSON form (its protobuf form is HttpError). */
const ERROR_BODY = 'ErrorBody';

/** Errors any route may answer: the server's own faults, and a router still starting. */
const EVERY_ROUTE_ERRORS: readonly ErrorCode[] = ['VOX_INTERNAL', 'VOX_STORAGE_FAILED', 'VOX_STARTING'];

/** The document for these route tables, answers described by `root`'s messages, `doors` named in the description. */
export function openApiDocument(root: protobuf.Root, doors: readonly WebSocketDoor[]): OpenApiDocument {
  const routes: readonly RouteSpec[] = [...HTTP_ROUTES, ...ADMIN_ROUTES];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = openApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method.toLowerCase()]: operation(spec) };
  }
  const messages = [...new Set(routes.flatMap((spec) => (spec.answers.kind === 'message' ? [spec.answers.message] : [])))];
  return {
    openapi: '3.1.0',
    info: { title: 'voxring HTTP API', version: '1', description: description(doors), license: { name: 'MIT', identifier: 'MIT' } },
    paths,
    components: {
      schemas: { ...sorted(protoSchemas(root, [...messages, 'HttpError'], SCHEMAS)), [ERROR_BODY]: errorBodySchema() },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}

/** `/v1/conversations/:id` as OpenAPI writes it: `/v1/conversations/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** Every error code a route can answer: its own, and those of its authentication, body and Accept. */
export function routeErrors(spec: RouteSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.errors);
  if (spec.auth === 'bearer' || spec.auth === 'bearer-or-query') {
    for (const code of ['VOX_AUTH_REQUIRED', 'VOX_AUTH_TOKEN_INVALID', 'VOX_RATE_LIMITED'] as const) codes.add(code);
  }
  if (spec.auth === 'admin') codes.add('VOX_ADMIN_TOKEN_INVALID');
  if (spec.body?.kind === 'json') for (const code of ['VOX_BAD_REQUEST', 'VOX_BODY_TOO_LARGE'] as const) codes.add(code);
  if (spec.query?.length) codes.add('VOX_BAD_REQUEST');
  if (spec.answers.kind !== 'media' && !spec.probe) codes.add('VOX_NOT_ACCEPTABLE');
  for (const code of EVERY_ROUTE_ERRORS) codes.add(code);
  return [...codes];
}

const SECURITY_SCHEMES = {
  session: {
    type: 'http',
    scheme: 'bearer',
    description: 'a session token from POST /v1/signup or POST /v1/login, as Authorization: Bearer <token>',
  },
  sessionQuery: {
    type: 'apiKey',
    in: 'query',
    name: 'access_token',
    description: 'the session token as ?access_token= (audio, pictures and the event stream only: <audio>, <img> and EventSource cannot set headers)',
  },
  admin: { type: 'http', scheme: 'bearer', description: "the router's adminToken, as Authorization: Bearer <adminToken>" },
};

const SECURITY: Record<RouteSpec['auth'], readonly Record<string, never[]>[]> = {
  none: [],
  bearer: [{ session: [] }],
  'bearer-or-query': [{ session: [] }, { sessionQuery: [] }],
  admin: [{ admin: [] }],
};

function operation(spec: RouteSpec): Record<string, unknown> {
  const parameters = [
    ...pathParameters(spec.path).map((name) => ({
      name,
      in: 'path',
      required: true,
      description: name === 'username' ? 'a username' : 'an id: 1-64 of [A-Za-z0-9_.:-]',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,64}$' },
    })),
    ...(spec.query ?? []).map((p) => ({ name: p.name, in: 'query', required: p.required ?? false, description: p.description, schema: p.schema })),
    ...(spec.headers ?? []).map((p) => ({ name: p.name, in: 'header', required: p.required ?? false, description: p.description, schema: p.schema })),
  ];
  return {
    // GET and HEAD of a path share their handler; operationIds must be unique.
    operationId: spec.method === 'HEAD' ? `${spec.operationId}Head` : spec.operationId,
    summary: spec.summary,
    tags: [tagOf(spec.path)],
    security: SECURITY[spec.auth],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.body ? { requestBody: requestBody(spec.body) } : {}),
    responses: responses(spec),
  };
}

/** Groups operations by what they are about: the first path segment after /v1/ (accounts for signup, login and logout). */
function tagOf(path: string): string {
  const segment = /^\/v1\/([a-z]+)/.exec(path)?.[1];
  if (segment === undefined) return 'operations';
  return ['signup', 'login', 'logout'].includes(segment) ? 'accounts' : segment;
}

function requestBody(body: NonNullable<RouteSpec['body']>): Record<string, unknown> {
  if (body.kind === 'json') return { required: true, content: { [JSON_TYPE]: { schema: body.schema } } };
  const content = Object.fromEntries(body.types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]));
  return { required: true, description: body.description, content };
}

function responses(spec: RouteSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const status of spec.success) out[String(status)] = successResponse(spec, status);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of routeErrors(spec)) {
    const status = ERROR_SPECS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    // A success status wins (a draining router's /readyz answers 503 {ready: false}).
    if (String(status) in out) continue;
    out[String(status)] = errorResponse(codes);
  }
  return out;
}

function successResponse(spec: RouteSpec, status: number): Record<string, unknown> {
  const answers = spec.answers;
  const note = spec.notes?.[status];
  if (spec.method === 'HEAD') return { description: `${note ?? spec.summary}: the headers a GET answers, no body` };
  if (answers.kind === 'media') {
    const content = Object.fromEntries(answers.types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]));
    return { description: note ?? answers.description, content };
  }
  if (answers.kind === 'json') return { description: note ?? 'JSON only (406 to an Accept without it)', content: { [JSON_TYPE]: { schema: answers.schema } } };
  const ref = { $ref: `${SCHEMAS}${answers.message}` };
  const forms = `${answers.message}: JSON, or protobuf ${responseMessageType(answers.message)} when Accept prefers ${PROTOBUF_TYPE}`;
  return {
    description: note === undefined ? forms : `${note}. ${forms}`,
    content: { [JSON_TYPE]: { schema: ref }, [PROTOBUF_TYPE]: { schema: protobufBytes(answers.message) } },
  };
}

function errorResponse(codes: readonly ErrorCode[]): Record<string, unknown> {
  const response: Record<string, unknown> = {
    description: codes.join(', '),
    content: {
      [JSON_TYPE]: { schema: { $ref: `${SCHEMAS}${ERROR_BODY}` } },
      [PROTOBUF_TYPE]: { schema: protobufBytes('HttpError') },
    },
  };
  if (codes.includes('VOX_RATE_LIMITED')) {
    response['headers'] = { 'Retry-After': { description: 'VOX_RATE_LIMITED: whole seconds to wait', schema: { type: 'integer', minimum: 0 } } };
  }
  return response;
}

function protobufBytes(message: string): JsonSchema {
  return { type: 'string', contentMediaType: `${PROTOBUF_TYPE}; messageType=voxring.v1.${message}`, description: `a voxring.v1.${message} (schema: #/components/schemas/${message})` };
}

/** `{error: {code, message, retryable, retryAfterMs?}}`: clientError (common/errors.ts) under `error`, retryAfterMs for VOX_RATE_LIMITED. */
function errorBodySchema(): JsonSchema {
  return {
    type: 'object',
    description: 'every 4xx and 5xx answer (protobuf: voxring.v1.HttpError); the codes: README "Error codes"',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'retryable'],
        properties: {
          code: { type: 'string', enum: ERROR_CODES },
          message: { type: 'string' },
          retryable: { type: 'boolean', description: 'the same request may succeed later' },
          retryAfterMs: { type: 'integer', minimum: 0, description: 'VOX_RATE_LIMITED only: wait this long (also Retry-After, in whole seconds)' },
        },
      },
    },
  };
}

function description(doors: readonly WebSocketDoor[]): string {
  return [
    'The HTTP side of a voxring router, generated from the route tables it dispatches with (router/http/route-table.ts).',
    `Answers are JSON (${MEDIA_TYPES.json}), or protobuf (${PROTOBUF_TYPE}; messageType=voxring.v1.<Message>, the schema of each message is under components) when the request's Accept prefers it; an Accept that allows neither gets 406 VOX_NOT_ACCEPTABLE. Request bodies are JSON. Errors are ErrorBody (or HttpError) with the status of their code (README "Error codes").`,
    'Live voice goes over WebSocket, which OpenAPI does not describe; the doors:',
    ...doors.map((door) => `- ${door.path}: ${door.description}`),
  ].join('\n');
}

function sorted(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
}
