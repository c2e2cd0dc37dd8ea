/**
 * HTTP content negotiation (README, "Content negotiation"): the JSON API
 * answers protobuf when Accept prefers `application/x-protobuf`, JSON by
 * default, 406 VOX_NOT_ACCEPTABLE when Accept allows neither. Each route is
 * fetched in both forms over real sockets from a real router; the protobuf
 * body is decoded with the generated classes and must carry exactly the JSON
 * body's data (a field the message lacks would show as a difference).
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { voxring } from '../../proto/generated/voxring.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, PASSWORD, signupUser, startTestRouter, type TestUser } from '../helpers/router-fixture.js';

const PROTOBUF = 'application/x-protobuf';
const JSON_TYPE = 'application/json; charset=utf-8';
const ADMIN_TOKEN = 'admin-token-for-negotiation';
const PAYLOAD = Buffer.from([0xf8, 0xff, 0xfe]);
const PNG = readFileSync(new URL('../../fixtures/images/gradient-24x16.png', import.meta.url));

/** A generated message class, as far as decoding an answer goes. */
interface ProtoClass {
  decode(bytes: Uint8Array): object;
  toObject(message: object, options: { longs: NumberConstructor; enums: StringConstructor; defaults: boolean }): Record<string, unknown>;
}

interface Fetched {
  status: number;
  contentType: string;
  vary: string;
  body: Buffer;
}

interface CallOptions {
  accept?: string;
  token?: string;
  method?: string;
  json?: unknown;
  raw?: Buffer;
}

async function call(url: string, path: string, options: CallOptions = {}): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (options.accept !== undefined) headers['accept'] = options.accept;
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.raw;
  const res = await fetch(`${url}${path}`, { method: options.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    vary: res.headers.get('vary') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** A GET with no Accept header at all (fetch always sends one). */
function getWithoutAccept(url: string, path: string, token: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? '', vary: String(res.headers.vary ?? ''), body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

function decode(cls: ProtoClass, body: Buffer): Record<string, unknown> {
  return cls.toObject(cls.decode(body), { longs: Number, enums: String, defaults: true });
}

function isDefault(value: unknown): boolean {
  return value === null || value === '' || value === 0 || value === false || (Array.isArray(value) && value.length === 0);
}

/**
 * Where the decoded protobuf differs from the JSON body: every JSON value
 * must be there, equal; a field only in the protobuf form must hold its
 * default (proto3 writes no absent field, JSON leaves some out).
 */
function differences(json: unknown, proto: unknown, path = '$'): string[] {
  if (Array.isArray(json)) {
    if (!Array.isArray(proto) || proto.length !== json.length) return [`${path}: ${JSON.stringify(json)} vs ${JSON.stringify(proto)}`];
    return json.flatMap((value, i) => differences(value, proto[i], `${path}[${i}]`));
  }
  if (json !== null && typeof json === 'object') {
    if (proto === null || typeof proto !== 'object' || Array.isArray(proto)) return [`${path}: object vs ${JSON.stringify(proto)}`];
    const j = json as Record<string, unknown>;
    const p = proto as Record<string, unknown>;
    const found = Object.keys(j).flatMap((key) => differences(j[key], p[key], `${path}.${key}`));
    for (const key of Object.keys(p)) {
      if (!(key in j) && !isDefault(p[key])) found.push(`${path}.${key}: only in protobuf: ${JSON.stringify(p[key])}`);
    }
    return found;
  }
  return Object.is(json, proto) ? [] : [`${path}: ${JSON.stringify(json)} vs ${JSON.stringify(proto)}`];
}

/** Fetches `path` as JSON and as protobuf, checks both answers' types and data agree; returns the JSON body. */
async function bothForms(t: Test, url: string, path: string, cls: ProtoClass, messageType: string, options: CallOptions = {}): Promise<Record<string, unknown>> {
  const asJson = await call(url, path, { ...options, accept: 'application/json' });
  const asProto = await call(url, path, { ...options, accept: PROTOBUF });
  t.equal(asProto.status, asJson.status, `${path}: the same status in both forms`);
  t.equal(asJson.contentType, JSON_TYPE, `${path}: JSON answered as JSON`);
  t.equal(asProto.contentType, `${PROTOBUF}; messageType=voxring.v1.${messageType}`, `${path}: protobuf answered as ${messageType}`);
  t.equal(asJson.vary, 'Accept', `${path}: Vary: Accept (JSON)`);
  t.equal(asProto.vary, 'Accept', `${path}: Vary: Accept (protobuf)`);
  t.comment(`${path}: ${asJson.body.length} bytes JSON, ${asProto.body.length} bytes protobuf`);
  const json = JSON.parse(asJson.body.toString('utf8')) as Record<string, unknown>;
  t.same(differences(json, decode(cls, asProto.body)), [], `${path}: the protobuf body carries the JSON body's data`);
  return json;
}

function errorCode(fetched: Fetched): string {
  if (fetched.contentType.startsWith(PROTOBUF)) return voxring.v1.HttpError.decode(fetched.body).error?.code ?? '';
  return (JSON.parse(fetched.body.toString('utf8')) as { error: { code: string } }).error.code;
}

void t.test('the comparison itself notices a dropped or changed field', async (t) => {
  t.not(differences({ a: 1, b: [{ c: 'x' }] }, { a: 1, b: [{}] }).length, 0, 'a field missing from the protobuf form');
  t.not(differences({ a: 1 }, { a: 2 }).length, 0, 'a changed value');
  t.not(differences({ a: 1 }, { a: 1, extra: 'set' }).length, 0, 'a set field only in protobuf');
  t.same(differences({ a: 1 }, { a: 1, extra: '', list: [], sub: null }), [], 'defaults only in protobuf are fine');
});

void t.test('every JSON route gives the same data as protobuf; errors in both forms; 406; q-values', async (t) => {
  const router = await startTestRouter(t, { config: { adminToken: ADMIN_TOKEN, receiptFlushIntervalMs: 20 } });
  const url = router.url;
  const [a, b, c] = (await Promise.all([1, 2, 3].map(() => signupUser(url, 'neg')))) as [TestUser, TestUser, TestUser];
  const v1 = voxring.v1;

  // Accounts: a protobuf signup and login give a working session.
  const name = `negp_${process.pid % 10000}`;
  const signup = await call(url, '/v1/signup', { method: 'POST', accept: PROTOBUF, json: { username: name, password: PASSWORD } });
  t.equal(signup.status, 201);
  t.equal(signup.contentType, `${PROTOBUF}; messageType=voxring.v1.HttpSession`);
  const session = v1.HttpSession.toObject(v1.HttpSession.decode(signup.body), { longs: Number });
  t.match(session, { username: name, userId: String, token: String });
  t.ok((session.expiresAtMs as number) > Date.now(), 'expiresAtMs decoded as a future time');
  const jsonLogin = await call(url, '/v1/login', { method: 'POST', accept: 'application/json', json: { username: name, password: PASSWORD } });
  const protoLogin = await call(url, '/v1/login', { method: 'POST', accept: PROTOBUF, json: { username: name, password: PASSWORD } });
  const loginJson = JSON.parse(jsonLogin.body.toString('utf8')) as Record<string, unknown>;
  const loginProto = decode(v1.HttpSession, protoLogin.body);
  t.same(differences({ ...loginJson, token: loginProto['token'], expiresAtMs: loginProto['expiresAtMs'] }, loginProto), [], 'login: the same account in both forms');
  t.equal((await call(url, '/v1/conversations', { token: String(loginProto['token']) })).status, 200, 'the protobuf token works');

  // A conversation created with a protobuf answer; then a, b and c talk in a group.
  const created = await call(url, '/v1/conversations', { method: 'POST', accept: PROTOBUF, token: a.token, json: { with: [b.name, c.name], name: 'negotiators' } });
  t.equal(created.status, 201);
  const conversation = decode(v1.HttpConversation, created.body);
  const conversationId = String(conversation['conversationId']);
  t.match(conversation, { name: 'negotiators', isGroup: true, participants: [{ username: a.name }, { username: b.name }, { username: c.name }] });

  const connA = await connectDevice(t, url, a, 'phone');
  const connB = await connectDevice(t, url, b, 'phone');
  const voice = await OutgoingVoiceMessage.start(connA, { conversationId });
  for (let i = 0; i < 5; i++) voice.send(PAYLOAD);
  await voice.end();
  const textReply = await connA.request({ type: 'sendText', sendText: { messageId: `neg-text-${process.pid}`, conversationId, text: 'hello in both forms' } });
  t.equal(textReply.type, 'ack');
  const location = { messageId: `neg-loc-${process.pid}`, conversationId, latitudeE7: -338688000, longitudeE7: 1512093000, accuracyM: 12, formattedAddress: 'Sydney NSW' };
  t.equal((await connA.request({ type: 'sendLocation', sendLocation: location })).type, 'ack');
  const image = await call(url, `/v1/conversations/${conversationId}/images?messageId=neg-img-${process.pid}`, { method: 'POST', accept: PROTOBUF, token: a.token, raw: PNG });
  t.equal(image.status, 201);
  const imageHeader = decode(v1.MessageHeader, image.body);
  t.match(imageHeader, { contentType: 'IMAGE', image: { type: 'png', width: 24, height: 16 } }, 'upload answered as a MessageHeader');
  connB.send({ type: 'heard', heard: { messageId: voice.messageId } });
  await eventually(
    () => call(url, `/v1/messages/${voice.messageId}`, { token: a.token }),
    (r) => (JSON.parse(r.body.toString('utf8')) as { heard: unknown[] }).heard.length === 1,
    "b's heard receipt",
  );
  await call(url, `/v1/blocks`, { method: 'POST', token: a.token, json: { username: c.name } });

  // Read routes: the same data in both forms.
  const auth = { token: a.token };
  await bothForms(t, url, '/healthz', v1.HttpHealth, 'HttpHealth');
  const list = await bothForms(t, url, '/v1/conversations', v1.HttpConversations, 'HttpConversations', auth);
  t.match(list, { conversations: [{ conversationId, unread: Number }] }, 'the list has unread counts to compare');
  await bothForms(t, url, `/v1/conversations/${conversationId}`, v1.HttpConversation, 'HttpConversation', { token: b.token });
  const history = await bothForms(t, url, `/v1/conversations/${conversationId}/messages`, v1.HttpMessages, 'HttpMessages', auth);
  t.equal((history['messages'] as unknown[]).length, 4, 'voice, text, location and picture in the history compared');
  const one = await bothForms(t, url, `/v1/messages/${voice.messageId}`, v1.HttpMessage, 'HttpMessage', auth);
  t.match(one, { contentType: 'VOICE', opus: { frameDurationUs: 20000 }, heard: [{ userId: b.userId, username: b.name }] }, 'a header with opus and a receipt compared');
  await bothForms(t, url, `/v1/messages/${location.messageId}`, v1.HttpMessage, 'HttpMessage', auth);
  const timeline = await bothForms(t, url, '/v1/timeline?since=0&limit=50', v1.TimelineEvents, 'TimelineEvents', auth);
  t.ok((timeline['events'] as unknown[]).length >= 5, 'a timeline page with conversation and message events compared');
  await bothForms(t, url, `/v1/conversations/${conversationId}/mode?deviceId=phone`, v1.HttpListenMode, 'HttpListenMode', auth);
  await bothForms(t, url, '/v1/blocks', v1.HttpBlocks, 'HttpBlocks', auth);
  await bothForms(t, url, '/readyz', v1.HttpReady, 'HttpReady');

  // Writes that answer the same when repeated: each form once.
  await bothForms(t, url, `/v1/conversations/${conversationId}/read`, v1.HttpUnread, 'HttpUnread', { ...auth, method: 'POST', json: {} });
  await bothForms(t, url, `/v1/conversations/${conversationId}/mode?deviceId=phone`, v1.HttpListenMode, 'HttpListenMode', { ...auth, method: 'PUT', json: { mode: 'SCREEN' } });
  await bothForms(t, url, `/v1/conversations/${conversationId}/retention`, v1.HttpConversation, 'HttpConversation', { ...auth, method: 'PUT', json: { retentionMs: 86_400_000 } });
  await bothForms(t, url, '/v1/blocks', v1.HttpBlock, 'HttpBlock', { ...auth, method: 'POST', json: { username: c.name } });
  const unblocked = await call(url, `/v1/blocks/${c.name}`, { ...auth, method: 'DELETE', accept: PROTOBUF });
  t.equal(unblocked.contentType, `${PROTOBUF}; messageType=voxring.v1.HttpOk`);
  t.same(decode(v1.HttpOk, unblocked.body), { ok: true }, 'unblock answered as HttpOk');
  const loggedOut = await call(url, '/v1/logout', { token: String(loginProto['token']), method: 'POST', accept: PROTOBUF, json: {} });
  t.same(decode(v1.HttpOk, loggedOut.body), { ok: true }, 'logout answered as HttpOk');
  const recalled = await call(url, `/v1/messages/neg-text-${process.pid}/recall`, { ...auth, method: 'POST', accept: PROTOBUF, json: {} });
  t.match(decode(v1.MessageHeader, recalled.body), { messageId: `neg-text-${process.pid}`, state: 'RECALLED' }, 'recall answered as a MessageHeader');

  // Errors in both forms.
  await bothForms(t, url, '/v1/messages/no-such-message', v1.HttpError, 'HttpError', auth);
  await bothForms(t, url, '/v1/conversations', v1.HttpError, 'HttpError');
  await bothForms(t, url, '/v1/blocks', v1.HttpError, 'HttpError', { ...auth, method: 'PUT' });
  await bothForms(t, url, '/v1/nothing-here', v1.HttpError, 'HttpError');
  await bothForms(t, url, `/v1/messages/no-such-message/audio`, v1.HttpError, 'HttpError', auth);
  const missing = decode(v1.HttpError, (await call(url, '/v1/messages/no-such-message', { ...auth, accept: PROTOBUF })).body);
  t.match(missing, { error: { code: 'VOX_MESSAGE_NOT_FOUND', retryable: false, message: String } });

  // 406: an Accept that allows neither form; nothing is done.
  const csv = await call(url, '/v1/conversations', { ...auth, accept: 'text/csv' });
  t.equal(csv.status, 406);
  t.equal(csv.contentType, JSON_TYPE, 'the 406 body is JSON');
  t.equal(csv.vary, 'Accept');
  const notAcceptable = JSON.parse(csv.body.toString('utf8')) as { error: { code: string; message: string; retryable: boolean } };
  t.match(notAcceptable, { error: { code: 'VOX_NOT_ACCEPTABLE', retryable: false } });
  t.match(notAcceptable.error.message, /application\/json, application\/x-protobuf/, 'the message lists the supported types');
  const refusedBlock = await call(url, '/v1/blocks', { ...auth, method: 'POST', accept: 'text/csv', json: { username: b.name } });
  t.equal(refusedBlock.status, 406, 'a write with an unacceptable Accept: 406');
  t.same(JSON.parse((await call(url, '/v1/blocks', auth)).body.toString('utf8')), { blocks: [] }, '... and it did nothing');

  // q-values, wildcards and the default.
  const cases: [string, 'json' | 'protobuf' | 406][] = [
    ['*/*', 'json'],
    ['application/*', 'json'],
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    [PROTOBUF, 'protobuf'],
    [`${PROTOBUF};q=0, */*`, 'json'],
    [`application/json;q=0.5, ${PROTOBUF}`, 'protobuf'],
    [`${PROTOBUF};q=0.5, application/json`, 'json'],
    [`*/*;q=0.1, ${PROTOBUF}`, 'protobuf'],
    [`text/csv, ${PROTOBUF};q=0.2`, 'protobuf'],
    [`application/json;q=0, ${PROTOBUF};q=0`, 406],
    ['application/json;q=0, */*', 'protobuf'],
    ['text/html, text/csv;q=0.9', 406],
    [`${PROTOBUF};q=abc, application/json`, 'json'],
    ['"', 406],
  ];
  for (const [accept, expected] of cases) {
    const answer = await call(url, '/v1/blocks', { ...auth, accept });
    const got = answer.status === 406 ? 406 : answer.contentType.startsWith(PROTOBUF) ? 'protobuf' : answer.contentType === JSON_TYPE ? 'json' : answer.contentType;
    t.equal(got, expected, `Accept: ${accept}`);
  }
  const plain = await getWithoutAccept(url, '/v1/blocks', a.token);
  t.equal(plain.status, 200);
  t.equal(plain.contentType, JSON_TYPE, 'no Accept header: JSON');
  t.same(JSON.parse(plain.body.toString('utf8')), { blocks: [] });

  // Routes that answer other types keep them, whatever Accept says; probes never answer 406.
  for (const accept of [PROTOBUF, 'text/csv']) {
    const audio = await call(url, `/v1/messages/${voice.messageId}/audio`, { ...auth, accept });
    t.equal(audio.status, 200, `audio with Accept: ${accept}`);
    t.equal(audio.contentType, 'audio/ogg');
    const picture = await call(url, `/v1/messages/${String(imageHeader['messageId'])}/image`, { ...auth, accept });
    t.equal(picture.contentType, 'image/png', `picture with Accept: ${accept}`);
    t.same(picture.body, PNG);
  }
  const pastEnd = await fetch(`${url}/v1/messages/${voice.messageId}/audio`, { headers: { authorization: `Bearer ${a.token}`, accept: PROTOBUF, range: 'bytes=1000000-' } });
  t.equal(pastEnd.status, 416, 'audio: a range past the end');
  t.equal(pastEnd.headers.get('content-type'), `${PROTOBUF}; messageType=voxring.v1.HttpError`, '... its error in the protobuf form asked for');
  t.match(voxring.v1.HttpError.decode(Buffer.from(await pastEnd.arrayBuffer())).error, { code: 'VOX_RANGE_NOT_SATISFIABLE' });
  t.match(pastEnd.headers.get('content-range'), /^bytes \*\/\d+$/);
  for (const path of ['/healthz', '/readyz']) {
    const probe = await call(url, path, { accept: 'text/html' });
    t.equal(probe.status, 200, `${path} with Accept: text/html: 200`);
    t.equal(probe.contentType, JSON_TYPE, `${path}: JSON`);
  }

  // The SDK asks for protobuf when told to, and its methods answer the same shapes.
  const sdkJson = new VoxringHttp(url, a.token);
  const sdkProto = new VoxringHttp(url, a.token, { format: 'protobuf' });
  t.strictSame(await sdkProto.listConversations(), await sdkJson.listConversations(), 'SDK: listConversations');
  t.strictSame(await sdkProto.getConversation(conversationId), await sdkJson.getConversation(conversationId), 'SDK: getConversation');
  t.strictSame(await sdkProto.listMessages(conversationId), await sdkJson.listMessages(conversationId), 'SDK: listMessages');
  t.strictSame(await sdkProto.getMessage(voice.messageId), await sdkJson.getMessage(voice.messageId), 'SDK: getMessage');
  t.strictSame(await sdkProto.timeline(0, 50), await sdkJson.timeline(0, 50), 'SDK: timeline');
  t.strictSame(await sdkProto.conversationMode(conversationId, 'phone'), 'SCREEN', 'SDK: conversationMode');
  t.strictSame(await sdkProto.block(c.name), await sdkJson.block(c.name), 'SDK: block');
  t.strictSame(await sdkProto.listBlocks(), await sdkJson.listBlocks(), 'SDK: listBlocks');
  await t.rejects(sdkProto.getMessage('no-such-message'), { code: 'VOX_MESSAGE_NOT_FOUND', status: 404, retryable: false }, 'SDK: a protobuf error body read');
  const sdkSession = await new VoxringHttp(url, undefined, { format: 'protobuf' }).login(name, PASSWORD);
  t.same(Object.keys(sdkSession).sort(), Object.keys(loginJson).sort(), 'SDK: a session has the JSON fields, no empty ring fields');
  t.equal(sdkSession.username, name);

  // Admin: the ring status is JSON only; drain negotiates.
  const admin = { token: ADMIN_TOKEN };
  const ring = await call(url, '/v1/admin/ring', { ...admin, accept: 'application/json' });
  t.equal(ring.status, 200);
  t.equal(ring.contentType, JSON_TYPE);
  const ringProto = await call(url, '/v1/admin/ring', { ...admin, accept: PROTOBUF });
  t.equal(ringProto.status, 406, 'ring status: JSON only');
  t.equal(errorCode(ringProto), 'VOX_NOT_ACCEPTABLE', 'its 406 in the protobuf form that was asked for');
  t.match(voxring.v1.HttpError.decode(ringProto.body).error?.message, /answers application\/json:/);
  t.equal((await call(url, '/v1/admin/ring', { ...admin, accept: `${PROTOBUF}, application/json;q=0.1` })).status, 200, 'JSON allowed at a lower q: 200');
  await bothForms(t, url, '/v1/admin/drain', v1.HttpError, 'HttpError', { ...admin, method: 'POST' });
  t.equal((await call(url, '/v1/admin/drain', { ...admin, method: 'POST', accept: 'text/csv' })).status, 406);
});

void t.test('uws transport and the embedded store: the same negotiation', async (t) => {
  const router = await startTestRouter(t, { transport: 'uws', store: 'pglite' });
  const url = router.url;
  const user = await signupUser(url, 'negu');
  const other = await signupUser(url, 'negu');
  const v1 = voxring.v1;
  await bothForms(t, url, '/healthz', v1.HttpHealth, 'HttpHealth');
  const created = await call(url, '/v1/conversations', { method: 'POST', token: user.token, accept: PROTOBUF, json: { with: [other.name] } });
  t.equal(created.status, 201);
  t.equal(created.contentType, `${PROTOBUF}; messageType=voxring.v1.HttpConversation`);
  const conversationId = String(decode(v1.HttpConversation, created.body)['conversationId']);
  await bothForms(t, url, `/v1/conversations/${conversationId}`, v1.HttpConversation, 'HttpConversation', { token: user.token });
  await bothForms(t, url, '/v1/conversations', v1.HttpConversations, 'HttpConversations', { token: user.token });
  await bothForms(t, url, '/v1/messages/none', v1.HttpError, 'HttpError', { token: user.token });
  t.equal((await call(url, '/v1/conversations', { token: user.token, accept: 'text/csv' })).status, 406);
  const plain = await getWithoutAccept(url, '/v1/conversations', user.token);
  t.equal(plain.contentType, JSON_TYPE, 'no Accept header: JSON');
});
