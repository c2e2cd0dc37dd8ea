/**
 * Conversations over HTTP: create (1:1 and group), list, get, add, remove,
 * leave, with their errors; authorization of every read and write path
 * (HTTP headers, audio, message lists; WebSocket listen, start, text,
 * monitor) for outsiders and for removed participants; timeline events for
 * membership changes.
 */
import t, { type Test } from 'tap';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { ClientFrameBody } from '../../client/voxring-connection.js';
import type { ServerFrame, TimelineEvent } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import {
  connectDevice,
  signupUser,
  startTestRouter,
  type TestUser,
} from '../helpers/router-fixture.js';

async function users(router: Router, n: number, prefix: string): Promise<TestUser[]> {
  return Promise.all(Array.from({ length: n }, () => signupUser(router.url, prefix)));
}

/** Sends a frame and resolves with the error code answering it (rejects on another reply). */
async function errorCode(conn: VoxringConnection, body: ClientFrameBody): Promise<string> {
  let ref = 0;
  const reply = conn.waitFor((f) => ref !== 0 && f.ref === ref, 10_000, `reply to ${body.type}`);
  ref = conn.send(body);
  const frame = await reply;
  return frame.type === 'error' ? frame.error.code : `no error: ${frame.type}`;
}

/** Resolves with the next pushed timeline event of this type for this conversation. */
async function pushed(
  conn: VoxringConnection,
  type: TimelineEvent['type'],
  conversationId: string,
): Promise<TimelineEvent> {
  const match = (e: TimelineEvent): boolean =>
    e.type === type && e.conversation?.conversationId === conversationId;
  const frame = await conn.waitFor(
    (f) => f.type === 'timeline' && f.timeline.events.some(match),
    10_000,
    `${type} event`,
  );
  const event = (frame as ServerFrame & { type: 'timeline' }).timeline.events.find(match);
  if (!event) throw new Error('unreachable');
  return event;
}

/** A complete voice message of `count` chunks from conn. */
async function voice(
  conn: VoxringConnection,
  conversationId: string,
  messageId: string,
  count = 3,
): Promise<void> {
  await conn.request({
    type: 'startMessage',
    startMessage: { messageId, conversationId, contentType: 'VOICE', opus: null },
  });
  for (let seq = 0; seq < count; seq++)
    conn.send({ type: 'chunk', chunk: { messageId, seq, payload: Buffer.from([0xf8, seq]) } });
  const ended = conn.waitFor(
    (f) => f.type === 'messageEnd' && f.messageEnd.messageId === messageId,
  );
  conn.send({ type: 'endMessage', endMessage: { messageId, chunkCount: count } });
  await ended;
}

void t.test('create, list, get', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c, d] = (await users(router, 4, 'cv')) as [TestUser, TestUser, TestUser, TestUser];

  const direct = await a.http.createConversation([b.name]);
  t.equal(direct.isGroup, false, 'two people, no name: 1:1');
  t.equal(direct.name, '');
  t.same(direct.participants.map((p) => p.userId).sort(), [a.userId, b.userId].sort());
  t.ok(direct.createdAtMs > 0);

  const group = await a.http.createConversation(
    [b.name.toUpperCase(), c.name, c.name, a.name],
    'Team',
  );
  t.equal(group.isGroup, true);
  t.equal(group.name, 'Team');
  t.same(
    group.participants.map((p) => p.username).sort(),
    [a.name, b.name, c.name].sort(),
    'names are case-insensitive, deduplicated, self once',
  );
  const named = await a.http.createConversation([d.name], 'Pair with a name');
  t.equal(named.isGroup, true, 'a named conversation is a group even with two people');

  await t.rejects(
    a.http.createConversation([a.name]),
    { code: 'VOX_CONVERSATION_INVALID', status: 400 },
    'only yourself',
  );
  await t.rejects(
    a.http.createConversation([]),
    { code: 'VOX_CONVERSATION_INVALID', status: 400 },
    'nobody',
  );
  await t.rejects(
    a.http.call('POST', '/v1/conversations', { with: [b.name, 7] }),
    { code: 'VOX_CONVERSATION_INVALID', status: 400 },
    'a non-string name',
  );
  await t.rejects(
    a.http.createConversation([b.name], 'n'.repeat(201)),
    { code: 'VOX_CONVERSATION_INVALID', status: 400 },
    'a too long name',
  );
  await t.rejects(
    a.http.createConversation([b.name, 'nobody_at_all']),
    { code: 'VOX_USER_NOT_FOUND', status: 404 },
    'an unknown user',
  );

  const mine = (await a.http.listConversations()).map((x) => x.conversationId).sort();
  t.same(
    mine,
    [direct.conversationId, group.conversationId, named.conversationId].sort(),
    'a lists its three',
  );
  const bs = (await b.http.listConversations()).map((x) => x.conversationId).sort();
  t.same(bs, [direct.conversationId, group.conversationId].sort(), 'b lists only its own two');
  t.same(
    await (await users(router, 1, 'cvx'))[0]?.http.listConversations(),
    [],
    'a newcomer has none',
  );

  const { unread, speakers, ...got } = await b.http.getConversation(group.conversationId);
  t.same(got, group, 'get returns what create returned');
  t.same({ unread, speakers }, { unread: 0, speakers: [] }, "get adds the caller's unread count and the speakers");
  await t.rejects(
    d.http.getConversation(group.conversationId),
    { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
    'non-participant get',
  );
  await t.rejects(
    a.http.getConversation('no-such-conversation'),
    { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
    'unknown id',
  );
});

void t.test('add, remove, leave', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c, d, e] = (await users(router, 5, 'cm')) as [
    TestUser,
    TestUser,
    TestUser,
    TestUser,
    TestUser,
  ];
  const direct = await a.http.createConversation([b.name]);
  await t.rejects(
    a.http.addParticipants(direct.conversationId, [c.name]),
    { code: 'VOX_CONVERSATION_INVALID', status: 400 },
    'no adding to a 1:1',
  );
  t.equal((await b.http.getConversation(direct.conversationId)).participants.length, 2);

  const group = await a.http.createConversation([b.name], 'crew');
  const added = await b.http.addParticipants(group.conversationId, [c.name, d.name]);
  t.same(
    added.participants.map((p) => p.userId).sort(),
    [a.userId, b.userId, c.userId, d.userId].sort(),
    'any participant may add',
  );
  t.equal(
    (await c.http.getConversation(group.conversationId)).name,
    'crew',
    'the new participant can read it',
  );
  await t.rejects(a.http.addParticipants(group.conversationId, ['nobody_at_all']), {
    code: 'VOX_USER_NOT_FOUND',
    status: 404,
  });
  await t.rejects(
    e.http.addParticipants(group.conversationId, [e.name]),
    { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
    'an outsider cannot add (itself)',
  );
  await t.rejects(a.http.addParticipants('no-such-conversation', [e.name]), {
    code: 'VOX_CONVERSATION_NOT_FOUND',
    status: 404,
  });

  await t.rejects(
    b.http.removeParticipant(group.conversationId, c.name),
    { code: 'VOX_NOT_CREATOR', status: 403 },
    'only the creator removes others',
  );
  await t.rejects(
    a.http.removeParticipant(group.conversationId, e.name),
    { code: 'VOX_USER_NOT_FOUND', status: 404 },
    'removing someone not in it',
  );
  await t.rejects(
    e.http.removeParticipant(group.conversationId, e.name),
    { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
    'an outsider cannot remove',
  );
  const afterRemove = await a.http.removeParticipant(group.conversationId, c.name.toUpperCase());
  t.notOk(
    afterRemove.participants.some((p) => p.userId === c.userId),
    'the creator removed c',
  );
  await t.rejects(
    c.http.getConversation(group.conversationId),
    { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
    'c lost access',
  );
  t.notOk(
    (await c.http.listConversations()).some((x) => x.conversationId === group.conversationId),
    'c no longer lists it',
  );

  const selfRemoved = await d.http.removeParticipant(group.conversationId, d.name);
  t.notOk(
    selfRemoved.participants.some((p) => p.userId === d.userId),
    'anyone may remove themselves',
  );
  await b.http.leave(group.conversationId);
  await t.rejects(
    b.http.getConversation(group.conversationId),
    { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
    'b left',
  );
  await t.rejects(
    b.http.leave(group.conversationId),
    { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
    'leaving twice',
  );
  t.same(
    (await a.http.getConversation(group.conversationId)).participants.map((p) => p.userId),
    [a.userId],
    'only the creator is left',
  );
  const readded = await a.http.addParticipants(group.conversationId, [c.name]);
  t.ok(
    readded.participants.some((p) => p.userId === c.userId),
    'a removed user can be added again',
  );
  t.equal(
    (await c.http.getConversation(group.conversationId)).conversationId,
    group.conversationId,
    'and regains access',
  );
});

void t.test('authorization: outsiders and removed participants reach nothing', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, outsider] = (await users(router, 3, 'ca')) as [TestUser, TestUser, TestUser];
  const group = await a.http.createConversation([b.name], 'secret');
  const id = group.conversationId;
  const aConn = await connectDevice(t, router.url, a, 'a-phone');
  await voice(aConn, id, 'secret-voice');
  await aConn.request({
    type: 'sendText',
    sendText: { messageId: 'secret-text', conversationId: id, text: 'psst' },
  });

  async function denied(
    t: Test,
    user: TestUser,
    conn: VoxringConnection,
    who: string,
  ): Promise<void> {
    await t.rejects(
      user.http.getMessage('secret-voice'),
      { code: 'VOX_MESSAGE_NOT_FOUND', status: 404 },
      `${who}: header`,
    );
    await t.rejects(
      user.http.getMessage('secret-text'),
      { code: 'VOX_MESSAGE_NOT_FOUND', status: 404 },
      `${who}: text header`,
    );
    await t.rejects(
      user.http.audio('secret-voice'),
      { code: 'VOX_MESSAGE_NOT_FOUND', status: 404 },
      `${who}: audio`,
    );
    const viaQuery = await fetch(
      `${router.url}/v1/messages/secret-voice/audio?access_token=${encodeURIComponent(user.http.token ?? '')}`,
    );
    t.equal(viaQuery.status, 404, `${who}: audio with ?access_token`);
    await viaQuery.arrayBuffer();
    await t.rejects(
      user.http.listMessages(id),
      { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 },
      `${who}: message list`,
    );
    t.equal(
      await errorCode(conn, { type: 'listen', listen: { messageId: 'secret-voice', fromSeq: 0 } }),
      'VOX_MESSAGE_NOT_FOUND',
      `${who}: listen`,
    );
    t.equal(
      await errorCode(conn, { type: 'listen', listen: { messageId: 'secret-text', fromSeq: 0 } }),
      'VOX_MESSAGE_NOT_FOUND',
      `${who}: listen to text`,
    );
    t.equal(
      await errorCode(conn, {
        type: 'startMessage',
        startMessage: {
          messageId: `${who}-voice`,
          conversationId: id,
          contentType: 'VOICE',
          opus: null,
        },
      }),
      'VOX_CONVERSATION_NOT_FOUND',
      `${who}: start`,
    );
    t.equal(
      await errorCode(conn, {
        type: 'sendText',
        sendText: { messageId: `${who}-text`, conversationId: id, text: 'hi' },
      }),
      'VOX_CONVERSATION_NOT_FOUND',
      `${who}: text`,
    );
    t.equal(
      await errorCode(conn, { type: 'monitor', monitor: { conversationIds: [id] } }),
      'VOX_CONVERSATION_NOT_FOUND',
      `${who}: monitor`,
    );
    await conn.sync();
    await t.rejects(
      a.http.getMessage(`${who}-text`),
      { code: 'VOX_MESSAGE_NOT_FOUND' },
      `${who}: nothing was posted`,
    );
  }

  const outsiderConn = await connectDevice(t, router.url, outsider, 'o-phone');
  await denied(t, outsider, outsiderConn, 'outsider');

  // b has access, then loses it.
  const bConn = await connectDevice(t, router.url, b, 'b-phone');
  t.equal((await b.http.getMessage('secret-voice')).chunkCount, 3, 'b reads the header');
  t.equal((await b.http.audio('secret-voice')).status, 200, 'b reads the audio');
  t.equal((await b.http.listMessages(id)).length, 2, 'b lists the messages');
  const presence = await bConn.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  t.equal(presence.type, 'presence', 'b monitors');
  await a.http.removeParticipant(id, b.name);
  await denied(t, b, bConn, 'removed');

  // b's monitor from before the removal carries nothing new.
  const leaks: string[] = [];
  bConn.onFrame((f) => {
    if (f.type === 'header' || f.type === 'chunk')
      leaks.push(f.type === 'header' ? f.header.messageId : f.chunk.messageId);
  });
  await voice(aConn, id, 'after-removal');
  await bConn.sync();
  t.same(leaks, [], 'a removed participant does not hear new messages');
});

void t.test('a removed sender cannot resume its live message', async (t) => {
  const router = await startTestRouter(t);
  const [a, b] = (await users(router, 2, 'cr')) as [TestUser, TestUser];
  const id = (await a.http.createConversation([b.name], 'resume')).conversationId;
  const start: ClientFrameBody = {
    type: 'startMessage',
    startMessage: { messageId: 'b-live', conversationId: id, contentType: 'VOICE', opus: null },
  };
  const first = await connectDevice(t, router.url, b, 'b-phone');
  t.equal((await first.request(start)).type, 'ack');
  first.send({
    type: 'chunk',
    chunk: { messageId: 'b-live', seq: 0, payload: Buffer.from([0xf8]) },
  });
  await first.sync();
  first.terminate();
  await first.closed();
  // Same user on a new connection may resume while still a participant…
  const second = await connectDevice(t, router.url, b, 'b-phone');
  const resumed = await second.request(start);
  t.equal(resumed.type, 'ack', 'resume works for a participant');
  second.terminate();
  await second.closed();
  // …but not once removed.
  await a.http.removeParticipant(id, b.name);
  const third = await connectDevice(t, router.url, b, 'b-phone');
  t.equal(await errorCode(third, start), 'VOX_CONVERSATION_NOT_FOUND', 'resume after removal is refused');
  const code = await errorCode(third, {
    type: 'chunk',
    chunk: { messageId: 'b-live', seq: 1, payload: Buffer.from([0xf8]) },
  });
  t.equal(code, 'VOX_MESSAGE_NOT_LIVE', 'and no chunk gets in: removal ended the message');
});

void t.test('timeline events for membership changes', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c] = (await users(router, 3, 'ct')) as [TestUser, TestUser, TestUser];
  const [aConn, bConn, cConn] = [
    await connectDevice(t, router.url, a, 'a-phone'),
    await connectDevice(t, router.url, b, 'b-phone'),
    await connectDevice(t, router.url, c, 'c-phone', 'json'),
  ];
  const group = await a.http.createConversation([b.name], 'news');
  const id = group.conversationId;
  // Events are published after the HTTP answer: wait for the pushes.
  const [createdA, createdB] = await Promise.all([
    pushed(aConn, 'CONVERSATION_CHANGED', id),
    pushed(bConn, 'CONVERSATION_CHANGED', id),
  ]);
  t.same(createdA.conversation, group, 'a gets the new conversation');
  t.same(createdB.conversation, group, 'b gets the new conversation');

  const [addedA, addedC] = await Promise.all([
    pushed(aConn, 'CONVERSATION_CHANGED', id),
    pushed(cConn, 'CONVERSATION_CHANGED', id),
    a.http.addParticipants(id, [c.name]),
  ]);
  t.equal(addedA.conversation?.participants.length, 3, 'participants see the addition');
  t.equal(addedC.conversation?.participants.length, 3, 'the added user is told too');

  const [left, changedA] = await Promise.all([
    pushed(bConn, 'CONVERSATION_LEFT', id),
    pushed(aConn, 'CONVERSATION_CHANGED', id),
    a.http.removeParticipant(id, b.name),
  ]);
  t.notOk(
    left.conversation?.participants.some((p) => p.userId === b.userId),
    'the removed user gets CONVERSATION_LEFT without itself',
  );
  t.equal(changedA.conversation?.participants.length, 2, 'the others get CONVERSATION_CHANGED');

  const [cLeft] = await Promise.all([pushed(cConn, 'CONVERSATION_LEFT', id), c.http.leave(id)]);
  t.same(
    cLeft.conversation?.participants.map((p) => p.userId),
    [a.userId],
    'leaving is announced to the leaver',
  );

  // The same events are in the stored timelines, in cursor order.
  const bTimeline = await b.http.timeline(0);
  t.same(
    bTimeline.events.filter((e) => e.conversation?.conversationId === id).map((e) => e.type),
    ['CONVERSATION_CHANGED', 'CONVERSATION_CHANGED', 'CONVERSATION_LEFT'],
  );
  const cursors = bTimeline.events.map((e) => e.cursor);
  t.same(
    cursors,
    [...cursors].sort((x, y) => x - y),
    'cursors increase',
  );
  const aTimeline = await a.http.timeline(0);
  t.same(
    aTimeline.events.filter((e) => e.conversation?.conversationId === id).map((e) => e.type),
    Array(4).fill('CONVERSATION_CHANGED'),
    'a sees create, add, remove, leave',
  );
});

void t.test('removal mid-message: the removed listener stops hearing, a removed sender is ended', async (t) => {
  const router = await startTestRouter(t);
  const [owner, talker, listener] = await users(router, 3, 'rm');
  if (!owner || !talker || !listener) throw new Error('users');
  const conversation = await owner.http.createConversation([talker.name, listener.name], 'mid');
  const id = conversation.conversationId;
  const talk = await connectDevice(t, router.url, talker);
  const hear = await connectDevice(t, router.url, listener);
  await hear.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  const chunksHeard: number[] = [];
  hear.onFrame((f) => {
    if (f.type === 'chunk') chunksHeard.push(f.chunk.seq);
  });
  await talk.request({
    type: 'startMessage',
    startMessage: { messageId: 'rm-msg-1', conversationId: id, contentType: 'VOICE', opus: null },
  });
  const payload = Uint8Array.from([0x78, 1, 2, 3]);
  for (let seq = 0; seq < 5; seq++) talk.send({ type: 'chunk', chunk: { messageId: 'rm-msg-1', seq, payload } });
  await talk.sync();
  await hear.sync(); // the router wrote the chunks to hear before answering its ping
  t.same(chunksHeard, [0, 1, 2, 3, 4], 'heard live before removal');

  await owner.http.removeParticipant(id, listener.name);
  for (let seq = 5; seq < 10; seq++) talk.send({ type: 'chunk', chunk: { messageId: 'rm-msg-1', seq, payload } });
  await talk.sync();
  await hear.sync();
  t.same(chunksHeard, [0, 1, 2, 3, 4], 'the removed listener heard nothing after removal');

  const ended = talk.waitFor((f) => f.type === 'messageEnd' && f.messageEnd.messageId === 'rm-msg-1');
  await owner.http.removeParticipant(id, talker.name);
  const end = await ended;
  t.equal(end.type === 'messageEnd' ? end.messageEnd.chunkCount : -1, 10, 'the removed sender’s message ended with what it had');
  t.equal((await owner.http.getMessage('rm-msg-1')).state, 'COMPLETE');
  t.equal(
    await errorCode(talk, { type: 'chunk', chunk: { messageId: 'rm-msg-1', seq: 10, payload } }),
    'VOX_MESSAGE_NOT_LIVE',
    'no more chunks after removal',
  );
});
