/**
 * GET /v1/openapi.json over a real router: it is the generated document;
 * every route it documents is dispatched (no 404 VOX_NOT_FOUND, no 405) and a
 * method it leaves out of an API path is not (405); real answers (signup,
 * conversations, a message header, history, the timeline, errors, admin)
 * validate against their documented response schemas.
 */
import { readFile } from 'node:fs/promises';
import t from 'tap';
import { OpenApiAnswers } from '../helpers/openapi-answers.js';
import { documentedRoutes } from '../helpers/openapi-routes.js';
import { signupUser, startTestRouter, TRANSPORTS } from '../helpers/router-fixture.js';

const ADMIN_TOKEN = 'admin-token-for-openapi';
const PNG = await readFile(new URL('../../fixtures/images/gradient-24x16.png', import.meta.url));
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;

interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

async function call(url: string, method: string, path: string, options: { token?: string; json?: unknown; raw?: Buffer } = {}): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.raw;
  const res = await fetch(`${url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return { status: res.status, contentType, body: contentType.startsWith('application/json') && text !== '' ? JSON.parse(text) : text };
}

/** A documented path with its parameters filled in (`{id}` → `x-1`, `{username}` → `nobody_x`). */
function concrete(path: string): string {
  return path.replace('{username}', 'nobody_x').replace(/\{[A-Za-z]+\}/g, 'x-1');
}

function errorCode(answer: Answer): string | undefined {
  return (answer.body as { error?: { code?: string } } | null)?.error?.code;
}

for (const transport of TRANSPORTS) void t.test(`the served document; every documented route dispatched, no other method (${transport})`, async (t) => {
  const router = await startTestRouter(t, { transport, config: { adminToken: ADMIN_TOKEN } });
  const url = router.url;

  const served = await call(url, 'GET', '/v1/openapi.json');
  t.equal(served.status, 200, 'served without a token');
  t.match(served.contentType, /^application\/json/, 'as JSON');
  const file = JSON.parse(await readFile(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as unknown;
  t.same(served.body, file, 'the router serves docs/openapi.json\'s document');
  const document = served.body as Record<string, unknown>;
  t.equal(document['openapi'], '3.1.0');

  const routes = documentedRoutes(document);
  t.ok(routes.length > 30, `${routes.length} routes documented`);
  for (const route of routes) {
    const [method = '', path = ''] = route.split(' ');
    const openApi = path.replace(/:([A-Za-z]+)/g, '{$1}');
    const answer = await call(url, method, concrete(openApi));
    t.not(answer.status, 405, `${route}: dispatched (not 405)`);
    // HEAD answers carry no body: a 404 there is the route's own only when it needs a token first.
    const unmatched = answer.status === 404 && (method === 'HEAD' || errorCode(answer) === 'VOX_NOT_FOUND');
    t.notOk(unmatched, `${route}: dispatched (${answer.status} ${errorCode(answer) ?? ''}, not 404 VOX_NOT_FOUND)`);
  }

  // The API's paths answer 405 to every method the document leaves out (admin paths are AdminApi's: 404 after the token).
  const byPath = new Map<string, string[]>();
  for (const route of routes) {
    const [method = '', path = ''] = route.split(' ');
    byPath.set(path, [...(byPath.get(path) ?? []), method]);
  }
  for (const [path, methods] of byPath) {
    if (path === '/readyz' || path.startsWith('/v1/admin/')) continue;
    for (const method of METHODS.filter((m) => !methods.includes(m))) {
      const answer = await call(url, method, concrete(path.replace(/:([A-Za-z]+)/g, '{$1}')));
      t.equal(answer.status, 405, `${method} ${path}: undocumented, 405`);
    }
  }
  for (const method of ['GET', 'PUT', 'DELETE']) {
    const answer = await call(url, method, '/v1/admin/drain', { token: ADMIN_TOKEN });
    t.equal(errorCode(answer), 'VOX_NOT_FOUND', `${method} /v1/admin/drain: undocumented, 404`);
  }
  t.equal(errorCode(await call(url, 'GET', '/v1/no-such-route')), 'VOX_NOT_FOUND', 'an unknown path: 404');
});

void t.test('real answers validate against their documented schemas', async (t) => {
  const router = await startTestRouter(t, { config: { adminToken: ADMIN_TOKEN } });
  const url = router.url;
  const document = (await call(url, 'GET', '/v1/openapi.json')).body as Record<string, unknown>;
  const schemas = new OpenApiAnswers(document);
  const conforms = (method: string, path: string, answer: Answer, status: number): void => {
    t.equal(answer.status, status, `${method} ${path}: ${status}`);
    t.same(schemas.problems(method, path, answer.status, answer.body), [], `${method} ${path} ${answer.status}: conforms to its schema`);
  };

  // The check itself notices a wrong answer.
  t.not(schemas.problems('POST', '/v1/signup', 201, { token: 1, fallbacks: 'x' }).length, 0, 'a wrong type is caught');
  t.not(schemas.problems('GET', '/v1/blocks', 401, { error: { code: 'VOX_AUTH_REQUIRED' } }).length, 0, 'an error without message and retryable is caught');

  const name = `oas_${process.pid % 10000}`;
  const signup = await call(url, 'POST', '/v1/signup', { json: { username: name, password: 'correct horse battery' } });
  conforms('POST', '/v1/signup', signup, 201);
  const token = (signup.body as { token: string }).token;
  conforms('POST', '/v1/login', await call(url, 'POST', '/v1/login', { json: { username: name, password: 'correct horse battery' } }), 200);
  const b = await signupUser(url, 'oas');
  const c = await signupUser(url, 'oas');

  const created = await call(url, 'POST', '/v1/conversations', { token, json: { with: [b.name, c.name], name: 'schemas' } });
  conforms('POST', '/v1/conversations', created, 201);
  const conversationId = (created.body as { conversationId: string }).conversationId;
  conforms('GET', '/v1/conversations', await call(url, 'GET', '/v1/conversations', { token }), 200);
  conforms('GET', '/v1/conversations/{id}', await call(url, 'GET', `/v1/conversations/${conversationId}`, { token }), 200);
  const image = await call(url, 'POST', `/v1/conversations/${conversationId}/images?messageId=oas-img-${process.pid}`, { token, raw: PNG });
  conforms('POST', '/v1/conversations/{id}/images', image, 201);
  conforms('GET', '/v1/messages/{id}', await call(url, 'GET', `/v1/messages/oas-img-${process.pid}`, { token }), 200);
  conforms('GET', '/v1/conversations/{id}/messages', await call(url, 'GET', `/v1/conversations/${conversationId}/messages`, { token }), 200);
  const timeline = await call(url, 'GET', '/v1/timeline?since=0', { token });
  conforms('GET', '/v1/timeline', timeline, 200);
  t.ok((timeline.body as { events: unknown[] }).events.length > 0, 'the timeline checked has events');
  conforms('GET', '/v1/conversations/{id}/mode', await call(url, 'GET', `/v1/conversations/${conversationId}/mode?deviceId=phone`, { token }), 200);
  conforms('POST', '/v1/conversations/{id}/read', await call(url, 'POST', `/v1/conversations/${conversationId}/read`, { token }), 200);
  conforms('POST', '/v1/blocks', await call(url, 'POST', '/v1/blocks', { token, json: { username: c.name } }), 201);
  conforms('GET', '/v1/blocks', await call(url, 'GET', '/v1/blocks', { token }), 200);
  conforms('GET', '/healthz', await call(url, 'GET', '/healthz'), 200);
  conforms('GET', '/readyz', await call(url, 'GET', '/readyz'), 200);
  conforms('GET', '/v1/admin/usage', await call(url, 'GET', '/v1/admin/usage', { token: ADMIN_TOKEN }), 200);
  conforms('GET', '/v1/admin/ring', await call(url, 'GET', '/v1/admin/ring', { token: ADMIN_TOKEN }), 200);

  // Errors: the ErrorBody shape under the status the document lists for the code.
  conforms('GET', '/v1/conversations/{id}', await call(url, 'GET', '/v1/conversations/nope-1', { token }), 404);
  conforms('GET', '/v1/blocks', await call(url, 'GET', '/v1/blocks'), 401);
  conforms('POST', '/v1/signup', await call(url, 'POST', '/v1/signup', { json: { username: name, password: 'correct horse battery' } }), 409);
  conforms('POST', '/v1/conversations', await call(url, 'POST', '/v1/conversations', { token, json: 'not an object' }), 400);
  conforms('GET', '/v1/admin/ring', await call(url, 'GET', '/v1/admin/ring', { token: 'wrong' }), 401);
});
