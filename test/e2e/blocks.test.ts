/**
 * Consent: a user blocks another (POST/GET/DELETE /v1/blocks). The blocked
 * user cannot start a 1:1 with them nor add them to groups (VOX_BLOCKED),
 * and nothing they send reaches the blocker: not live, not in the timeline,
 * not in history, not by id. Any user leaves any conversation.
 * And no existence oracle: outsiders get, byte for byte, the answers for
 * ids nobody used (HTTP and WebSocket), and someone else's message id is
 * refused as a malformed one. Each was a weakness of the code before
 * (issue #14): 201 for any conversation, 403 vs 404, VOX_MESSAGE_EXISTS.
 */
import t, { type Test } from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { ClientFrameBody, VoxringConnection } from '../../client/voxring-connection.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, signupUser, startTestRouter, type TestUser } from '../helpers/router-fixture.js';

const PAYLOAD = Buffer.from([0xf8, 0xff, 0xfe]);

interface Answer {
  status: number;
  body: unknown;
}

async function call(user: TestUser, url: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${user.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text.length > 0 ? (JSON.parse(text) as unknown) : undefined };
}

/** The error frame answering `body` (code and message), or the reply type when it was not an error. */
async function errorOf(conn: VoxringConnection, body: ClientFrameBody): Promise<{ code: string; message: string }> {
  let ref = 0;
  const reply = conn.waitFor((f) => ref !== 0 && f.ref === ref, 10_000, `reply to ${body.type}`);
  ref = conn.send(body);
  const frame = await reply;
  return frame.type === 'error' ? { code: frame.error.code, message: frame.error.message } : { code: `no error: ${frame.type}`, message: '' };
}

async function voice(conn: VoxringConnection, conversationId: string, messageId?: string): Promise<string> {
  const message = await OutgoingVoiceMessage.start(conn, { conversationId, ...(messageId ? { messageId } : {}) });
  for (let i = 0; i < 5; i++) message.send(PAYLOAD);
  await message.end();
  return message.messageId;
}

async function text(conn: VoxringConnection, conversationId: string, messageId: string): Promise<void> {
  const reply = await conn.request({ type: 'sendText', sendText: { messageId, conversationId, text: `hello ${messageId}` } });
  if (reply.type !== 'ack') throw new Error(`text ${messageId}: ${reply.type}`);
}

async function timelineIds(user: TestUser): Promise<string[]> {
  const { events } = await user.http.timeline(0, 500);
  return events.map((e) => e.header?.messageId ?? '').filter((id) => id !== '');
}

void t.test('blocks: block, list, unblock; bad input; maxBlocksPerUser', async (t) => {
  const router = await startTestRouter(t, { config: { maxBlocksPerUser: 2 } });
  const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => signupUser(router.url, 'bl')));
  if (!a || !b || !c || !d) throw new Error('users');
  const url = router.url;

  const first = await call(a, url, 'POST', '/v1/blocks', { username: b.name.toUpperCase() });
  t.equal(first.status, 201, 'POST /v1/blocks: 201');
  t.match(first.body, { userId: b.userId, username: b.name, createdAtMs: Number });
  const again = await call(a, url, 'POST', '/v1/blocks', { username: b.name });
  t.equal(again.status, 201, 'blocking again: the same answer');
  t.same(again.body, first.body, 'the first block stands');
  t.same((await call(a, url, 'GET', '/v1/blocks')).body, { blocks: [first.body] }, 'GET lists it');
  t.same((await call(b, url, 'GET', '/v1/blocks')).body, { blocks: [] }, "b's own list is empty: blocks go one way");

  t.match(await call(a, url, 'POST', '/v1/blocks', { username: a.name }), { status: 400, body: { error: { code: 'VOX_BAD_REQUEST' } } }, 'not oneself');
  t.match(await call(a, url, 'POST', '/v1/blocks', { username: 'nobody_here' }), { status: 404, body: { error: { code: 'VOX_USER_NOT_FOUND' } } });
  t.match(await call(a, url, 'POST', '/v1/blocks', { user: b.name }), { status: 400, body: { error: { code: 'VOX_BAD_REQUEST' } } }, 'no username');
  t.match(await call(a, url, 'POST', '/v1/blocks', { username: 42 }), { status: 400 }, 'a username that is not a string');
  t.match(await call(a, url, 'DELETE', `/v1/blocks/${c.name}`), { status: 404, body: { error: { code: 'VOX_USER_NOT_FOUND' } } }, 'unblocking someone not blocked');
  const anonymous = await fetch(`${url}/v1/blocks`);
  t.equal(anonymous.status, 401, 'no token: 401');
  await anonymous.arrayBuffer();

  t.equal((await call(a, url, 'POST', '/v1/blocks', { username: c.name })).status, 201, 'the second block');
  t.match(
    await call(a, url, 'POST', '/v1/blocks', { username: d.name }),
    { status: 400, body: { error: { code: 'VOX_TOO_MANY_BLOCKS', message: /maxBlocksPerUser/ } } },
    'the third is past maxBlocksPerUser (2)',
  );
  t.equal((await call(a, url, 'POST', '/v1/blocks', { username: b.name })).status, 201, 'one already blocked is still fine at the limit');

  t.same((await call(a, url, 'DELETE', `/v1/blocks/${b.name}`)).body, { ok: true }, 'DELETE unblocks');
  t.same(
    ((await call(a, url, 'GET', '/v1/blocks')).body as { blocks: { userId: string }[] }).blocks.map((x) => x.userId),
    [c.userId],
    'only c is left',
  );
  t.equal((await call(a, url, 'POST', '/v1/blocks', { username: d.name })).status, 201, 'room again after an unblock');
  t.same((await a.http.listBlocks()).map((x) => x.username), [d.name, c.name], 'the SDK lists them, newest first');
  await a.http.unblock(d.name);
  t.match(await a.http.block(d.name), { userId: d.userId, username: d.name }, 'and blocks through the SDK');
  await t.rejects(a.http.unblock(b.name), { code: 'VOX_USER_NOT_FOUND', status: 404 }, 'its unblock of someone not blocked rejects');
});

void t.test('consent: no 1:1 with a blocker, not added to groups by the blocked, and anyone leaves', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => signupUser(router.url, 'cs')));
  if (!a || !b || !c) throw new Error('users');
  await call(a, router.url, 'POST', '/v1/blocks', { username: b.name });

  await t.rejects(b.http.createConversation([a.name]), { code: 'VOX_BLOCKED', status: 403 }, 'b cannot start a 1:1 with a');
  await t.rejects(a.http.createConversation([b.name]), { code: 'VOX_BLOCKED', status: 403 }, 'nor a with someone she blocks');
  const refused = await b.http.createConversation([a.name, c.name]).catch((e: unknown) => e);
  t.match(refused, { code: 'VOX_BLOCKED', status: 403 }, 'b cannot put a into a new group');
  t.notMatch(String((refused as Error).message), new RegExp(a.name), 'the error names nobody');
  t.same(await a.http.listConversations(), [], 'a is in no conversation');

  const group = await c.http.createConversation([b.name], 'crew');
  await t.rejects(b.http.addParticipants(group.conversationId, [a.name]), { code: 'VOX_BLOCKED', status: 403 }, 'b cannot add a to a group');
  await t.rejects(b.http.addParticipants(group.conversationId, [a.name, c.name]), { code: 'VOX_BLOCKED' }, 'not among others either');
  t.notOk((await c.http.getConversation(group.conversationId)).participants.some((p) => p.userId === a.userId), 'a was not added');
  const added = await c.http.addParticipants(group.conversationId, [a.name]);
  t.ok(added.participants.some((p) => p.userId === a.userId), 'c (not blocked) may add a to a group b is in');

  await a.http.leave(group.conversationId);
  t.same(await a.http.listConversations(), [], 'a left the group');
  const direct = await c.http.createConversation([a.name]);
  await a.http.leave(direct.conversationId);
  t.same(await a.http.listConversations(), [], 'and a 1:1 too');

  await call(a, router.url, 'DELETE', `/v1/blocks/${b.name}`);
  const allowed = await b.http.createConversation([a.name]);
  t.equal(allowed.isGroup, false, 'after the unblock b may start a 1:1 with a');
});

void t.test('nothing from a blocked sender reaches the blocker: live, timeline, history, unread, by id', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => signupUser(router.url, 'nd')));
  if (!a || !b || !c) throw new Error('users');
  const group = (await c.http.createConversation([a.name, b.name], 'crew')).conversationId;
  await call(a, router.url, 'POST', '/v1/blocks', { username: b.name });
  const [aConn, bConn, cConn] = await Promise.all([a, b, c].map((u) => connectDevice(t, router.url, u)));
  if (!aConn || !bConn || !cConn) throw new Error('connections');
  for (const conn of [aConn, cConn]) await conn.request({ type: 'monitor', monitor: { conversationIds: [group] } });
  const heardByA = new MessageCollector(aConn);
  const heardByC = new MessageCollector(cConn);
  t.teardown(() => {
    heardByA.stop();
    heardByC.stop();
  });

  const fromB = await voice(bConn, group);
  await text(bConn, group, 'b-text');
  const fromC = await voice(cConn, group);
  await heardByC.ended(fromB);
  t.equal(heardByC.payloads(fromB).length, 5, 'c hears b live (the control)');
  await heardByA.ended(fromC);
  await aConn.sync();
  t.equal(heardByA.get(fromB), undefined, 'a hears nothing of b live');
  t.equal(heardByA.payloads(fromC).length, 5, 'a still hears c');

  // Timeline appends are stored in the background, after the live audio; b's events were published before c's.
  const aEvents = await eventually(() => timelineIds(a), (ids) => ids.includes(fromC), "c's message in a's timeline");
  t.notOk(aEvents.includes(fromB) || aEvents.includes('b-text'), "b's messages are not in a's timeline");
  const cEvents = await eventually(() => timelineIds(c), (ids) => ids.includes(fromC), "c's message in c's timeline");
  t.ok(cEvents.includes(fromB) && cEvents.includes('b-text'), "b's are in c's timeline");

  const aHistory = (await a.http.listMessages(group)).map((m) => m.messageId);
  t.same(aHistory, [fromC], "a's history leaves b out");
  t.same((await b.http.listMessages(group)).map((m) => m.messageId), [fromC, 'b-text', fromB], "b's history has everything");
  t.equal((await a.http.getConversation(group)).unread, 1, "a's unread count counts c's message only");

  const talking = await OutgoingVoiceMessage.start(bConn, { conversationId: group });
  talking.send(PAYLOAD);
  await eventually(() => c.http.getConversation(group), (v) => (v.speakers ?? []).some((s) => s.userId === b.userId), 'b speaking, as c sees it');
  t.same((await a.http.getConversation(group)).speakers, [], "a's speakers do not list b");
  await talking.end();

  const unknown = await call(a, router.url, 'GET', '/v1/messages/never-used-anywhere');
  t.same(await call(a, router.url, 'GET', `/v1/messages/${fromB}`), unknown, "b's message by id: the answer for an unknown id");
  t.same(await call(a, router.url, 'GET', `/v1/messages/${fromB}/audio`), await call(a, router.url, 'GET', '/v1/messages/never-used-anywhere/audio'), 'its audio too');
  t.same(
    await errorOf(aConn, { type: 'listen', listen: { messageId: fromB, fromSeq: 0 } }),
    await errorOf(aConn, { type: 'listen', listen: { messageId: 'never-used-anywhere', fromSeq: 0 } }),
    'listen: the same error frame as an unknown id',
  );
  t.equal(bConn.isOpen, true, 'b was told nothing: still connected');

  await call(a, router.url, 'DELETE', `/v1/blocks/${b.name}`);
  const afterUnblock = await voice(bConn, group);
  await heardByA.ended(afterUnblock);
  t.equal(heardByA.payloads(afterUnblock).length, 5, 'unblocked: a hears b again');
  t.equal((await a.http.getMessage(fromB)).messageId, fromB, 'and may read the earlier one');
});

void t.test('no existence oracle: an outsider gets the answers for ids nobody used', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, outsider] = await Promise.all([1, 2, 3].map(() => signupUser(router.url, 'eo')));
  if (!a || !b || !outsider) throw new Error('users');
  const url = router.url;
  const secret = (await a.http.createConversation([b.name], 'secret')).conversationId;
  const own = (await outsider.http.createConversation([a.name])).conversationId;
  const aConn = await connectDevice(t, url, a);
  const voiceId = await voice(aConn, secret, 'secret-voice-1');
  await text(aConn, secret, 'secret-text-1');
  const missingConversation = '6b3f1a9e-0000-4000-8000-000000000000';

  const same = async (path: string, method = 'GET'): Promise<void> => {
    const real = await call(outsider, url, method, path.replace(':c', secret).replace(':m', voiceId));
    const none = await call(outsider, url, method, path.replace(':c', missingConversation).replace(':m', 'never-used-id'));
    t.ok(real.status === 404, `${method} ${path}: 404`);
    t.same(real, none, `${method} ${path}: the same answer as for an unused id`);
  };
  await same('/v1/conversations/:c');
  await same('/v1/conversations/:c/messages');
  await same('/v1/conversations/:c/read', 'POST');
  await same('/v1/conversations/:c/leave', 'POST');
  await same('/v1/messages/:m');
  await same('/v1/messages/:m/audio');
  await same('/v1/messages/:m/recall', 'POST');
  const textAnswer = await call(outsider, url, 'GET', '/v1/messages/secret-text-1');
  t.same(textAnswer, await call(outsider, url, 'GET', '/v1/messages/never-used-id'), 'a text message too');

  const conn = await connectDevice(t, url, outsider);
  const frames: [string, ClientFrameBody, ClientFrameBody][] = [
    ['monitor', { type: 'monitor', monitor: { conversationIds: [secret] } }, { type: 'monitor', monitor: { conversationIds: [missingConversation] } }],
    ['listen', { type: 'listen', listen: { messageId: voiceId, fromSeq: 0 } }, { type: 'listen', listen: { messageId: 'never-used-id', fromSeq: 0 } }],
    [
      'startMessage into it',
      { type: 'startMessage', startMessage: { messageId: 'o-1', conversationId: secret, contentType: 'VOICE', opus: null } },
      { type: 'startMessage', startMessage: { messageId: 'o-1', conversationId: missingConversation, contentType: 'VOICE', opus: null } },
    ],
    [
      'sendText into it',
      { type: 'sendText', sendText: { messageId: 'o-2', conversationId: secret, text: 'hi' } },
      { type: 'sendText', sendText: { messageId: 'o-2', conversationId: missingConversation, text: 'hi' } },
    ],
    [
      "startMessage with someone else's id (in my own conversation)",
      { type: 'startMessage', startMessage: { messageId: voiceId, conversationId: own, contentType: 'VOICE', opus: null } },
      { type: 'startMessage', startMessage: { messageId: 'not a valid id!', conversationId: own, contentType: 'VOICE', opus: null } },
    ],
    [
      "sendText with someone else's id",
      { type: 'sendText', sendText: { messageId: 'secret-text-1', conversationId: own, text: 'hi' } },
      { type: 'sendText', sendText: { messageId: 'not a valid id!', conversationId: own, text: 'hi' } },
    ],
  ];
  for (const [name, real, none] of frames) {
    const got = await errorOf(conn, real);
    t.notOk(got.code.startsWith('no error'), `${name}: refused (${got.code})`);
    t.same(got, await errorOf(conn, none), `${name}: the same error frame as for an unused or malformed id`);
    if (name.includes("someone else's id")) t.equal(got.code, 'VOX_MESSAGE_ID_INVALID', `${name}: VOX_MESSAGE_ID_INVALID`);
  }
  t.equal((await a.http.getMessage(voiceId)).chunkCount, 5, "a's message is untouched");
  t.equal((await a.http.getMessage('secret-text-1')).text, 'hello secret-text-1', "a's text too");

  const recallOther = await call(b, url, 'POST', `/v1/messages/${voiceId}/recall`);
  t.match(recallOther, { status: 403, body: { error: { code: 'VOX_MESSAGE_NOT_YOURS' } } }, 'a participant who can see it is told it is not theirs');
});

void t.test('removing another participant is for the creator: VOX_NOT_CREATOR', async (t: Test) => {
  const router = await startTestRouter(t);
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => signupUser(router.url, 'nc')));
  if (!a || !b || !c) throw new Error('users');
  const group = await a.http.createConversation([b.name, c.name], 'crew');
  await t.rejects(b.http.removeParticipant(group.conversationId, c.name), { code: 'VOX_NOT_CREATOR', status: 403 });
});
