/**
 * Malformed and misdirected input never crashes the router: every bad frame
 * gets an error frame with a stable code, the offending frame's ref and its
 * messageId; the connection survives where it should (it still answers a
 * ping) and /healthz keeps answering. Bad upgrades and bad HTTP requests get
 * their documented statuses.
 */
import { createHash } from 'node:crypto';
import t, { type Test } from 'tap';
import WebSocket from 'ws';
import { VoxringConnection, type ClientFrameBody } from '../../client/voxring-connection.js';
import { SUBPROTOCOL_JSON, type ErrorBody } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import {
  connectDevice,
  signupUser,
  startTestRouter,
  TRANSPORTS,
  type TestUser,
} from '../helpers/router-fixture.js';

interface ErrorReply extends ErrorBody {
  ref: number;
}

/** Waits for the next error frame (any ref). */
async function nextError(conn: VoxringConnection): Promise<ErrorReply> {
  const frame = await conn.waitFor((f) => f.type === 'error', 10_000, 'error frame');
  if (frame.type !== 'error') throw new Error('unreachable');
  return { ...frame.error, ref: frame.ref };
}

/** Sends a frame and resolves with the error answering its ref (rejects on another reply). */
async function errorFor(conn: VoxringConnection, body: ClientFrameBody): Promise<ErrorReply> {
  let ref = 0;
  const reply = conn.waitFor((f) => ref !== 0 && f.ref === ref, 10_000, `reply to ${body.type}`);
  ref = conn.send(body);
  const frame = await reply;
  if (frame.type !== 'error') throw new Error(`expected an error frame, got ${frame.type}`);
  return { ...frame.error, ref: frame.ref };
}

async function healthy(router: Router): Promise<boolean> {
  const res = await fetch(`${router.url}/healthz`);
  return res.status === 200 && ((await res.json()) as { status: string }).status === 'ok';
}

/** The case passed: the error had the code, ref and messageId; the connection and router still answer. */
async function expectError(
  t: Test,
  router: Router,
  conn: VoxringConnection,
  body: ClientFrameBody,
  code: string,
  messageId = '',
): Promise<ErrorReply> {
  const err = await errorFor(conn, body);
  t.equal(err.code, code, `${body.type} → ${code}`);
  t.equal(err.messageId, messageId, `${code}: carries the messageId`);
  t.ok(err.message.length > 0, `${code}: has a message`);
  await conn.sync();
  t.ok(await healthy(router), `${code}: /healthz still answers`);
  return err;
}

function start(
  messageId: string,
  conversationId: string,
  extra: Partial<{
    contentType: 'VOICE' | 'TEXT';
    opus: { sampleRate: number; channels: number; frameDurationUs: number; preSkip: number };
  }> = {},
): ClientFrameBody {
  return {
    type: 'startMessage',
    startMessage: { messageId, conversationId, contentType: 'VOICE', opus: null, ...extra },
  };
}

function chunk(messageId: string, seq: number): ClientFrameBody {
  return { type: 'chunk', chunk: { messageId, seq, payload: Buffer.from([0xf8, 0xff, 0xfe]) } };
}

interface World {
  router: Router;
  a: TestUser;
  b: TestUser;
  outsider: TestUser;
  conversationId: string;
  conn: VoxringConnection;
}

async function world(t: Test): Promise<World> {
  const router = await startTestRouter(t);
  const [a, b, outsider] = await Promise.all([
    signupUser(router.url, 'ba'),
    signupUser(router.url, 'bb'),
    signupUser(router.url, 'bo'),
  ]);
  const conversation = await a.http.createConversation([b.name]);
  const conn = await connectDevice(t, router.url, a, 'a-phone');
  return { router, a, b, outsider, conversationId: conversation.conversationId, conn };
}

void t.test('undecodable frames: error frames with codes, the connection survives', async (t) => {
  const { router, a, conn } = await world(t);
  conn.sendRaw(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  let err = await nextError(conn);
  t.equal(err.code, 'VOX_BAD_FRAME', 'garbage protobuf');
  t.equal(err.ref, 0);
  await conn.sync();

  conn.sendRaw('{"ref":1,"ping":{"nonce":1}}');
  err = await nextError(conn);
  t.equal(err.code, 'VOX_BAD_FRAME', 'a text message on voxring.v1.proto');
  await conn.sync();

  conn.sendRaw(new Uint8Array(0));
  err = await nextError(conn);
  t.equal(err.code, 'VOX_UNKNOWN_FRAME', 'an empty frame has no body');
  await conn.sync();

  // 30 random-looking buffers (fewer than maxProtocolErrors): whatever they decode to, nothing crashes. Fixed bytes,
  // not randomBytes: one that decoded to a frame carrying the following ping's ref had its error taken as the answer.
  for (let i = 0; i < 30; i++) conn.sendRaw(noise(i, 1 + (i % 40)));
  await conn.sync();
  t.ok(conn.isOpen, 'random bytes: still connected');
  t.ok(await healthy(router));

  const json = await connectDevice(t, router.url, a, 'a-json', 'json');
  json.sendRaw('{"ref":7,');
  err = await nextError(json);
  t.equal(err.code, 'VOX_BAD_FRAME', 'invalid JSON');
  t.equal(err.ref, 0, 'no ref could be read');
  await json.sync();

  json.sendRaw(Buffer.from('{"ref":8,"ping":{"nonce":1}}'));
  err = await nextError(json);
  t.equal(err.code, 'VOX_BAD_FRAME', 'a binary message on voxring.v1.json');
  await json.sync();

  json.sendRaw('{"ref":9,"teleport":{"to":"mars"}}');
  err = await nextError(json);
  t.equal(err.code, 'VOX_UNKNOWN_FRAME', 'unknown JSON key');
  t.equal(err.ref, 9, 'carries the ref');
  await json.sync();

  json.sendRaw('{"ref":10,"chunk":{"messageId":"m","seq":"x","payload":""}}');
  err = await nextError(json);
  t.equal(err.code, 'VOX_BAD_FRAME', 'a field of the wrong type');
  t.equal(err.ref, 10);
  await json.sync();

  json.sendRaw('[1,2]');
  t.equal((await nextError(json)).code, 'VOX_BAD_FRAME', 'not an object');
  const pong = await json.request({ type: 'ping', ping: { nonce: 42 } });
  t.same(pong.type === 'pong' && pong.pong, { nonce: 42 }, 'the JSON connection still answers');
  t.ok(await healthy(router));
});

void t.test('authentication errors', async (t) => {
  const { router, a, b } = await world(t);

  await t.test('a frame before hello → VOX_AUTH_REQUIRED, close 4001', async (t) => {
    const conn = await VoxringConnection.open(router.url, 'proto');
    t.teardown(() => conn.terminate());
    const err = await errorFor(conn, { type: 'ping', ping: { nonce: 1 } });
    t.equal(err.code, 'VOX_AUTH_REQUIRED');
    t.same(await conn.closed(), { code: 4001, reason: 'VOX_AUTH_REQUIRED' });
  });

  await t.test('garbage before hello → close 4000', async (t) => {
    const conn = await VoxringConnection.open(router.url, 'proto');
    t.teardown(() => conn.terminate());
    conn.sendRaw(Buffer.from([0xff, 0xff]));
    t.equal((await nextError(conn)).code, 'VOX_BAD_FRAME');
    t.equal((await conn.closed()).code, 4000);
  });

  await t.test('a bad token → VOX_AUTH_TOKEN_INVALID, close 4001', async (t) => {
    for (const token of ['vx_not-a-real-token', '', 'x'.repeat(500)]) {
      const conn = await VoxringConnection.open(router.url, 'json');
      t.teardown(() => conn.terminate());
      const err = await errorFor(conn, { type: 'hello', hello: { token, deviceId: 'dev' } });
      t.equal(err.code, 'VOX_AUTH_TOKEN_INVALID', `token of length ${token.length}`);
      t.same(await conn.closed(), { code: 4001, reason: 'VOX_AUTH_TOKEN_INVALID' });
    }
  });

  await t.test('a second hello → VOX_ALREADY_AUTHENTICATED, the connection survives', async (t) => {
    const conn = await connectDevice(t, router.url, a, 'twice');
    const err = await expectError(
      t,
      router,
      conn,
      { type: 'hello', hello: { token: b.token, deviceId: 'other' } },
      'VOX_ALREADY_AUTHENTICATED',
    );
    t.ok(err.ref > 0);
    t.equal(conn.welcome?.userId, a.userId);
  });

  await t.test('an invalid device id → VOX_BAD_REQUEST, a valid hello still works', async (t) => {
    const conn = await VoxringConnection.open(router.url, 'proto');
    t.teardown(() => conn.terminate());
    for (const deviceId of ['', 'has space', 'x'.repeat(65), 'ünï']) {
      const err = await errorFor(conn, { type: 'hello', hello: { token: a.token, deviceId } });
      t.equal(err.code, 'VOX_BAD_REQUEST', `deviceId ${JSON.stringify(deviceId)}`);
    }
    const welcome = await conn.request({
      type: 'hello',
      hello: { token: a.token, deviceId: 'good.device-1' },
    });
    t.equal(welcome.type === 'welcome' && welcome.welcome.deviceId, 'good.device-1');
  });
});

void t.test('message errors carry ref and messageId; the connection survives', async (t) => {
  const { router, b, outsider, conversationId, conn } = await world(t);
  const other = await connectDevice(t, router.url, b, 'b-phone');
  const lonely = (await outsider.http.createConversation([b.name])).conversationId;

  for (const messageId of ['', 'has space', 'x'.repeat(65), 'slash/inside']) {
    await expectError(
      t,
      router,
      conn,
      start(messageId, conversationId),
      'VOX_MESSAGE_ID_INVALID',
      messageId,
    );
    await expectError(
      t,
      router,
      conn,
      { type: 'sendText', sendText: { messageId, conversationId, text: 'hi' } },
      'VOX_MESSAGE_ID_INVALID',
      messageId,
    );
    await expectError(
      t,
      router,
      conn,
      { type: 'listen', listen: { messageId, fromSeq: 0 } },
      'VOX_MESSAGE_ID_INVALID',
      messageId,
    );
  }
  const opus = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 };
  await expectError(
    t,
    router,
    conn,
    start('codec-1', conversationId, { opus: { ...opus, channels: 3 } }),
    'VOX_CODEC_INVALID',
    'codec-1',
  );
  await expectError(
    t,
    router,
    conn,
    start('codec-2', conversationId, { opus: { ...opus, frameDurationUs: 12345 } }),
    'VOX_CODEC_INVALID',
    'codec-2',
  );
  await expectError(
    t,
    router,
    conn,
    start('codec-3', conversationId, { opus: { ...opus, sampleRate: 500_000 } }),
    'VOX_CODEC_INVALID',
    'codec-3',
  );
  await expectError(
    t,
    router,
    conn,
    start('ctype', conversationId, { contentType: 'TEXT' }),
    'VOX_CONTENT_TYPE_INVALID',
    'ctype',
  );
  await expectError(t, router, conn, start('not-mine', lonely), 'VOX_CONVERSATION_NOT_FOUND', 'not-mine');
  await expectError(
    t,
    router,
    conn,
    { type: 'sendText', sendText: { messageId: 'not-mine-t', conversationId: lonely, text: 'hi' } },
    'VOX_CONVERSATION_NOT_FOUND',
    'not-mine-t',
  );
  await expectError(
    t,
    router,
    conn,
    start('nowhere', 'no-such-conversation'),
    'VOX_CONVERSATION_NOT_FOUND',
    'nowhere',
  );
  await expectError(
    t,
    router,
    conn,
    {
      type: 'sendText',
      sendText: { messageId: 'nowhere-t', conversationId: 'no-such-conversation', text: 'hi' },
    },
    'VOX_CONVERSATION_NOT_FOUND',
    'nowhere-t',
  );
  await expectError(
    t,
    router,
    conn,
    { type: 'monitor', monitor: { conversationIds: [conversationId, 'no-such-conversation'] } },
    'VOX_CONVERSATION_NOT_FOUND',
  );
  await expectError(
    t,
    router,
    conn,
    { type: 'sendText', sendText: { messageId: 'empty-1', conversationId, text: '' } },
    'VOX_TEXT_EMPTY',
    'empty-1',
  );
  await expectError(
    t,
    router,
    conn,
    { type: 'sendText', sendText: { messageId: 'empty-2', conversationId, text: ' \n\t ' } },
    'VOX_TEXT_EMPTY',
    'empty-2',
  );
  await expectError(
    t,
    router,
    conn,
    { type: 'listen', listen: { messageId: 'never-was', fromSeq: 0 } },
    'VOX_MESSAGE_NOT_FOUND',
    'never-was',
  );

  // Chunks: unknown, out of range, someone else's, finished.
  await expectError(t, router, conn, chunk('ghost', 0), 'VOX_MESSAGE_NOT_LIVE', 'ghost');
  await expectError(
    t,
    router,
    conn,
    { type: 'endMessage', endMessage: { messageId: 'ghost', chunkCount: 0 } },
    'VOX_MESSAGE_NOT_LIVE',
    'ghost',
  );
  t.equal((await conn.request(start('mine', conversationId))).type, 'ack');
  conn.send(chunk('mine', 0));
  await expectError(t, router, conn, chunk('mine', 1_000_000), 'VOX_CHUNK_SEQ_GAP', 'mine');
  await expectError(t, router, conn, chunk('mine', 2), 'VOX_CHUNK_SEQ_GAP', 'mine');
  await expectError(
    t,
    router,
    conn,
    { type: 'endMessage', endMessage: { messageId: 'mine', chunkCount: 5 } },
    'VOX_CHUNK_SEQ_GAP',
    'mine',
  );
  await expectError(t, router, other, chunk('mine', 1), 'VOX_MESSAGE_NOT_YOURS', 'mine');
  await expectError(
    t,
    router,
    other,
    { type: 'endMessage', endMessage: { messageId: 'mine', chunkCount: 1 } },
    'VOX_MESSAGE_NOT_YOURS',
    'mine',
  );
  // Someone else's id: the answer for a malformed id, which says nothing about that message.
  await expectError(t, router, other, start('mine', conversationId), 'VOX_MESSAGE_ID_INVALID', 'mine');
  const ended = conn.waitFor((f) => f.type === 'messageEnd' && f.messageEnd.messageId === 'mine');
  conn.send({ type: 'endMessage', endMessage: { messageId: 'mine', chunkCount: 1 } });
  const end = await ended;
  t.same(
    end.type === 'messageEnd' && end.messageEnd,
    { messageId: 'mine', chunkCount: 1, state: 'COMPLETE' },
    'the bad frames did not hurt the message',
  );
  await expectError(t, router, conn, chunk('mine', 1), 'VOX_MESSAGE_NOT_LIVE', 'mine');
  await expectError(
    t,
    router,
    conn,
    { type: 'endMessage', endMessage: { messageId: 'mine', chunkCount: 1 } },
    'VOX_MESSAGE_NOT_LIVE',
    'mine',
  );
  t.equal((await b.http.getMessage('mine')).chunkCount, 1);
  await expectError(
    t,
    router,
    conn,
    { type: 'listen', listen: { messageId: 'mine', fromSeq: 5 } },
    'VOX_BAD_REQUEST',
    'mine',
  );

  // A text id reused: for text and for voice.
  t.equal(
    (
      await conn.request({
        type: 'sendText',
        sendText: { messageId: 'said', conversationId, text: 'hi' },
      })
    ).type,
    'ack',
  );
  await expectError(
    t,
    router,
    conn,
    { type: 'sendText', sendText: { messageId: 'said', conversationId, text: 'again' } },
    'VOX_MESSAGE_EXISTS',
    'said',
  );
  await expectError(t, router, conn, start('said', conversationId), 'VOX_MESSAGE_EXISTS', 'said');
  t.equal((await b.http.getMessage('said')).text, 'hi', 'the first text stands');
  t.ok(conn.isOpen && other.isOpen, 'every connection survived');
});

for (const transport of TRANSPORTS) {
  void t.test(`bad upgrades and HTTP requests (${transport})`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const user = await signupUser(router.url, 'bh');
    const wsBase = router.url.replace(/^http/, 'ws');

    const refused = (url: string, protocol?: string): Promise<{ status: number; body: string }> =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(url, protocol);
        socket.on('open', () => {
          socket.terminate();
          reject(new Error('upgrade accepted'));
        });
        socket.on('error', () => {});
        socket.on('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
      });
    const wrongPath = await refused(`${wsBase}/v1/websocket`);
    t.equal(wrongPath.status, 404, 'upgrade on a wrong path');
    t.match(wrongPath.body, 'VOX_NOT_FOUND');
    const wrongProtocol = await refused(`${wsBase}/v1/ws`, 'voxring.v2.msgpack');
    t.equal(wrongProtocol.status, 400, 'unknown subprotocol');
    t.match(wrongProtocol.body, 'VOX_BAD_REQUEST');
    const ok = new WebSocket(`${wsBase}/v1/ws`, ['voxring.v2.msgpack', SUBPROTOCOL_JSON]);
    t.teardown(() => ok.terminate());
    await new Promise((resolve, reject) => {
      ok.on('open', resolve);
      ok.on('error', reject);
    });
    t.equal(ok.protocol, SUBPROTOCOL_JSON, 'a known subprotocol among unknown ones is chosen');

    const call = async (method: string, path: string, init: RequestInit = {}) => {
      const res = await fetch(router.url + path, { method, ...init });
      const text = await res.text();
      try {
        return {
          status: res.status,
          code: (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? '',
        };
      } catch {
        return { status: res.status, code: `not JSON: ${text.slice(0, 40)}` };
      }
    };
    const auth = { authorization: `Bearer ${user.token}` };
    t.same(
      await call('GET', '/v1/nothing-here'),
      { status: 404, code: 'VOX_NOT_FOUND' },
      'unknown route',
    );
    t.same(await call('GET', '/no-such-page.html'), { status: 404, code: 'VOX_NOT_FOUND' }, 'unknown static file');
    t.same(
      await call('PUT', '/v1/conversations', { headers: auth }),
      { status: 405, code: 'VOX_METHOD_NOT_ALLOWED' },
      'wrong method',
    );
    t.same(
      await call('GET', '/v1/signup'),
      { status: 405, code: 'VOX_METHOD_NOT_ALLOWED' },
      'GET on a POST route',
    );
    t.same(
      await call('POST', '/v1/login', { body: 'username=x&password=y' }),
      { status: 400, code: 'VOX_BAD_REQUEST' },
      'non-JSON body',
    );
    t.same(
      await call('POST', '/v1/login', { body: '[1,2]' }),
      { status: 400, code: 'VOX_BAD_REQUEST' },
      'a JSON array body',
    );
    t.same(
      await call('POST', '/v1/conversations', { headers: auth, body: '{"with":' }),
      { status: 400, code: 'VOX_BAD_REQUEST' },
      'truncated JSON',
    );
    t.same(
      await call('POST', '/v1/conversations', { headers: auth }),
      { status: 400, code: 'VOX_BAD_REQUEST' },
      'missing body',
    );
    t.same(
      await call('GET', '/v1/conversations'),
      { status: 401, code: 'VOX_AUTH_REQUIRED' },
      'no bearer',
    );
    t.same(
      await call('GET', '/v1/conversations', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }),
      { status: 401, code: 'VOX_AUTH_REQUIRED' },
      'not a bearer',
    );
    t.same(
      await call('GET', '/v1/conversations', { headers: { authorization: 'Bearer vx_forged' } }),
      { status: 401, code: 'VOX_AUTH_TOKEN_INVALID' },
      'invalid bearer',
    );
    t.same(
      await call('GET', '/v1/timeline?since=abc', { headers: auth }),
      { status: 400, code: 'VOX_BAD_REQUEST' },
      'bad query parameter',
    );
    t.same(await call('GET', '/v1/messages/no-such-message/audio', { headers: auth }), {
      status: 404,
      code: 'VOX_MESSAGE_NOT_FOUND',
    });
    t.ok(await healthy(router));
  });
}

/** `length` (≤ 64) bytes that look random and are the same in every run (sha-256 of the index, twice). */
function noise(index: number, length: number): Buffer {
  const part = (half: number): Buffer => createHash('sha256').update(`bad-input-${index}-${half}`).digest();
  return Buffer.concat([part(0), part(1)]).subarray(0, length);
}
