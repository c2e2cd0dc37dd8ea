/**
 * The OpenAPI document (router/http/openapi.ts) against what the router
 * dispatches: it validates as OpenAPI 3.1, documents exactly the declared
 * routes (route-table.ts, which HttpApi and AdminApi dispatch from, and
 * bindRoutes refuses a route without a handler or a handler without a
 * route), docs/openapi.json is current, and the README's HTTP API table
 * names the same routes. Requests over a real router: test/e2e/openapi.test.ts.
 */
import { readFile } from 'node:fs/promises';
import t from 'tap';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ERROR_SPECS } from '../common/errors.js';
import { voxring } from '../proto/generated/voxring.js';
import { WEB_SOCKET_DOORS } from '../router/web-socket-doors.js';
import { openApiJson } from '../router/http/openapi-json.js';
import { openApiDocument, openApiPath, routeErrors } from '../router/http/openapi.js';
import { loadProtoRoot } from '../router/http/proto-json-schema.js';
import { bindRoutes, routeLabel, routePattern, type RouteSpec } from '../router/http/route-spec.js';
import { ADMIN_ROUTES, ALL_ROUTES, HTTP_ROUTES } from '../router/http/route-table.js';
import { documentedRoutes, readmeRoutes } from './helpers/openapi-routes.js';

const root = await loadProtoRoot();
const document = openApiDocument(root, WEB_SOCKET_DOORS);
const declared = ALL_ROUTES.map((spec) => `${spec.method} ${spec.path}`).sort();

void t.test('the document validates as OpenAPI 3.1', async (t) => {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(document));
  t.same(result.errors ?? [], [], 'no schema errors');
  t.equal(result.valid, true, 'valid');
  t.equal(validator.version, '3.1', 'read as 3.1');
});

void t.test('the validator itself refuses a broken document', async (t) => {
  const broken = structuredClone(document) as { paths: Record<string, Record<string, { parameters?: unknown }>> };
  const get = broken.paths['/healthz']?.['get'];
  if (get) get.parameters = [{ name: 'x', schema: { type: 'string' } }];
  t.equal((await new Validator().validate(broken)).valid, false, 'a parameter without `in` is invalid');
});

void t.test('the document has exactly the declared routes, each operationId once', async (t) => {
  t.same(documentedRoutes(document).sort(), declared, 'every declared route is documented and nothing else');
  const ids = documentedOperations().map((op) => op['operationId']);
  t.equal(new Set(ids).size, ids.length, 'operationIds are unique');
  t.ok(declared.includes('GET /v1/openapi.json'), 'the document serves itself');
  t.ok(declared.includes('GET /readyz') && declared.includes('POST /v1/admin/drain'), 'the admin routes are declared too');
});

void t.test('the route table dispatches: handlers are bound by name, both ways checked', async (t) => {
  const specs: RouteSpec[] = [
    { method: 'GET', path: '/a/:id', operationId: 'a', summary: 'a', auth: 'none', answers: { kind: 'message', message: 'HttpOk' }, success: [200], errors: [] },
  ];
  const bound = bindRoutes(specs, { a: 'handler a' });
  t.equal(bound[0]?.handler, 'handler a', 'the handler named by the operationId');
  t.throws(() => bindRoutes(specs, {}), { code: 'VOX_INTERNAL', message: /GET \/a\/:id names no handler \(a\)/ }, 'a route without a handler');
  t.throws(() => bindRoutes(specs, { a: 1, stray: 2 }), { code: 'VOX_INTERNAL', message: /handlers no route declares: stray/ }, 'a handler without a route');
  t.throws(() => bindRoutes(specs, Object.create({ a: 1 }) as Record<string, number>), { code: 'VOX_INTERNAL' }, 'an inherited property is no handler');
  const ids = (routes: readonly RouteSpec[]) => routes.map((r) => r.operationId).filter((id, i, all) => all.indexOf(id) === i);
  t.equal(ids(HTTP_ROUTES).length + ids(ADMIN_ROUTES).length, new Set([...ids(HTTP_ROUTES), ...ids(ADMIN_ROUTES)]).size, 'no operationId in both tables');
});

void t.test('paths match as before: parameters of client-id characters, labels with :id', async (t) => {
  const pattern = routePattern('/v1/conversations/:id/participants/:username');
  t.same(pattern.exec('/v1/conversations/c-1/participants/bob.smith')?.slice(1), ['c-1', 'bob.smith'], 'both parameters');
  t.equal(pattern.test('/v1/conversations/c/1/participants/bob'), false, 'a parameter has no slash');
  t.equal(routePattern('/v1/messages/:id').test(`/v1/messages/${'m'.repeat(65)}`), false, 'at most 64 characters');
  t.equal(routeLabel('/v1/blocks/:username'), '/v1/blocks/:id', 'metric labels keep :id');
  t.equal(openApiPath('/v1/conversations/:id/participants/:username'), '/v1/conversations/{id}/participants/{username}', 'OpenAPI form');
});

void t.test('every 4xx and 5xx answer is the error shape; each code under its own status', async (t) => {
  const errorRef = { $ref: '#/components/schemas/ErrorBody' };
  for (const op of documentedOperations()) {
    const responses = op['responses'] as Record<string, { content?: Record<string, { schema: unknown }> }>;
    for (const [status, response] of Object.entries(responses)) {
      if (Number(status) < 400 || (op['operationId'] === 'readyz' && status === '503')) continue;
      t.same(response.content?.['application/json']?.schema, errorRef, `${String(op['operationId'])} ${status}: ErrorBody`);
      t.ok(response.content?.['application/x-protobuf'], `${String(op['operationId'])} ${status}: HttpError in protobuf`);
    }
  }
  for (const spec of ALL_ROUTES) {
    const op = operationOf(spec);
    const responses = op['responses'] as Record<string, { description: string }>;
    for (const code of routeErrors(spec)) {
      const status = String(ERROR_SPECS[code].status);
      if (spec.success.includes(ERROR_SPECS[code].status)) continue;
      t.match(responses[status]?.description ?? '', code, `${spec.method} ${spec.path}: ${code} under ${status}`);
    }
  }
  const schemas = (document['components'] as { schemas: Record<string, { properties?: Record<string, unknown> }> }).schemas;
  const error = schemas['ErrorBody']?.properties?.['error'] as { required: string[]; properties: Record<string, unknown> };
  t.same(error.required, ['code', 'message', 'retryable'], 'code, message and retryable always');
  t.ok(error.properties['retryAfterMs'], 'retryAfterMs documented');
});

void t.test('response schemas come from the proto: camelCase, numbers, enum names, arrays, refs', async (t) => {
  const schemas = (document['components'] as { schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; enum?: string[] }> }).schemas;
  const message = schemas['HttpMessage']?.properties ?? {};
  t.same(message['startedAtMs'], { type: 'integer', minimum: 0 }, 'uint64 as an integer (--force-number)');
  t.same(message['contentType'], { $ref: '#/components/schemas/ContentType' }, 'an enum by reference');
  t.same(message['heard'], { type: 'array', items: { $ref: '#/components/schemas/HttpReceiptEntry' } }, 'repeated as an array');
  t.same(message['opus'], { anyOf: [{ $ref: '#/components/schemas/OpusParams' }, { type: 'null' }] }, 'a sub-message or null');
  t.same(schemas['ContentType']?.enum, ['CONTENT_TYPE_UNSPECIFIED', 'VOICE', 'TEXT', 'IMAGE', 'LOCATION'], 'enum values by name');
  t.ok(schemas['TimelineEvent'] && schemas['Participant'] && schemas['Error'], 'reached messages are components too');
  const refs = JSON.stringify(document).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
  for (const ref of new Set(refs)) t.ok(schemas[ref.slice(22, -1)], `${ref} resolves`);
  const security = (document['components'] as { securitySchemes: Record<string, unknown> }).securitySchemes;
  t.same(Object.keys(security).sort(), ['admin', 'session', 'sessionQuery'], 'bearer session, its query form, admin bearer');
  const info = document['info'] as { description: string };
  for (const door of WEB_SOCKET_DOORS) t.match(info.description, door.path, `${door.path} named in the description`);
});

void t.test('the descriptor matches the generated code: the same fields in every answer message', async (t) => {
  const names = [...new Set(ALL_ROUTES.flatMap((spec) => (spec.answers.kind === 'message' ? [spec.answers.message] : [])))];
  for (const name of [...names, 'HttpError', 'Error', 'MessageHeader', 'TimelineEvent']) {
    const generated = (voxring.v1 as unknown as Record<string, { prototype: object } | undefined>)[name];
    if (!generated) {
      t.fail(`${name} is generated`);
      continue;
    }
    // The generated classes declare each field on their prototype (methods beside them).
    const fields = Object.entries(generated.prototype).flatMap(([key, value]) => (typeof value === 'function' ? [] : [key]));
    const reflected = root.lookupType(`voxring.v1.${name}`).fieldsArray.map((field) => field.name);
    t.same(fields.sort(), reflected.sort(), `${name}: proto/generated/voxring.json is current (make build)`);
  }
});

void t.test('docs/openapi.json is the generated document (make docs)', async (t) => {
  const file = await readFile(new URL('../docs/openapi.json', import.meta.url), 'utf8');
  t.equal(file, await openApiJson(), 'docs/openapi.json is current: run make docs');
});

void t.test('the README HTTP API table names the documented routes, and only those', async (t) => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const listed = readmeRoutes(readme);
  t.ok(listed.length > 20, 'the table was found and parsed');
  t.same([...new Set(listed)].sort(), declared, 'README table = route table');
  t.same(readmeRoutes('## HTTP API\n\n| method and path | does |\n| --- | --- |\n| `GET` / `HEAD /v1/x/:id?a=` `{b}` | y |\n| `POST /v1/y` / `POST /v1/z[?q]` | z |\n\n## Next\n'), ['GET /v1/x/:id', 'HEAD /v1/x/:id', 'POST /v1/y', 'POST /v1/z'], 'the row forms');
});

function documentedOperations(): Record<string, unknown>[] {
  const paths = document['paths'] as Record<string, Record<string, Record<string, unknown>>>;
  return Object.values(paths).flatMap((item) => Object.values(item));
}

function operationOf(spec: RouteSpec): Record<string, unknown> {
  const paths = document['paths'] as Record<string, Record<string, Record<string, unknown>>>;
  return paths[openApiPath(spec.path)]?.[spec.method.toLowerCase()] ?? {};
}
