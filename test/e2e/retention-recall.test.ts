/**
 * Recall (WebSocket recall_message and HTTP POST /v1/messages/:id/recall)
 * and retention (per conversation through PUT /v1/conversations/:id/retention,
 * and the router's retentionMs), with bodies on CouchDB: the body is deleted
 * from disk and CouchDB, the header says RECALLED / EXPIRED, participants
 * get MESSAGE_RECALLED / MESSAGE_EXPIRED, and the audio answers 410.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import t, { type Test } from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import type { MessageId } from '../../common/ids.js';
import type { ServerFrame, TimelineEventTypeName } from '../../proto/frames.js';
import { bodyPath } from '../../body-store/body-path.js';
import { sharedSchema, startCouchRouter, uploaded } from '../body-store/couch-router.js';
import { CouchTestDb } from '../body-store/couch-test-db.js';
import { connectDevice, signupUser, speechPackets, tempDir, type TestUser } from '../helpers/router-fixture.js';

const { packets, preSkip } = await speechPackets();
const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip };

async function talk(conn: VoxringConnection, conversationId: string, count: number): Promise<string> {
  const message = await OutgoingVoiceMessage.start(conn, { conversationId, opus: OPUS });
  for (const packet of packets.slice(0, count)) message.send(packet);
  await message.end();
  return message.messageId;
}

/** Resolves with the timeline event of `type` about `messageId` pushed to this device. */
function pushed(conn: VoxringConnection, type: TimelineEventTypeName, messageId: string) {
  const matches = (f: ServerFrame) =>
    f.type === 'timeline' && f.timeline.events.some((e) => e.type === type && e.header?.messageId === messageId);
  return conn.waitFor(matches, 15_000, `${type} ${messageId}`).then((f) => {
    if (f.type !== 'timeline') throw new Error('not a timeline frame');
    return f.timeline.events.find((e) => e.type === type)!;
  });
}

async function setup(t: Test, config: Record<string, number> = {}) {
  const db = await CouchTestDb.create(t);
  const dataDir = await tempDir(t);
  const router = await startCouchRouter(t, { schema: sharedSchema(t), couchdbUrl: db.url, database: db.name, dataDir, config });
  const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
  const conversation = await a.http.createConversation([b.name], 'keep');
  return { db, dataDir, router, a, b, conversationId: conversation.conversationId };
}

async function bodyOnDisk(dataDir: string, messageId: string): Promise<boolean> {
  const file = bodyPath(path.join(dataDir, 'bodies'), messageId as MessageId).file;
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function audioError(user: TestUser, url: string, messageId: string): Promise<{ status: number; code: string }> {
  const res = await fetch(`${url}/v1/messages/${messageId}/audio`, { headers: { authorization: `Bearer ${user.token}` } });
  const body = (await res.json()) as { error?: { code?: string } };
  return { status: res.status, code: body.error?.code ?? '' };
}

void t.test('recall over WebSocket: body gone from disk and CouchDB, header RECALLED, participants told, audio 410', async (t) => {
  const { db, dataDir, router, a, b, conversationId } = await setup(t);
  const talker = await connectDevice(t, router.url, a);
  const bob = await connectDevice(t, router.url, b);
  const messageId = await talk(talker, conversationId, 80);
  await uploaded(router, messageId);
  t.equal((await db.doc(messageId))?.chunkCount, 80);
  t.ok(await bodyOnDisk(dataDir, messageId));

  const recalledEvent = pushed(bob, 'MESSAGE_RECALLED', messageId);
  const reply = await talker.request({ type: 'recallMessage', recallMessage: { messageId } });
  t.match(reply, { type: 'messageEnd', messageEnd: { messageId, state: 'RECALLED', chunkCount: 80 } });
  const event = await recalledEvent;
  t.equal(event.header?.state, 'RECALLED', 'the event carries the recalled header');

  t.equal((await b.http.getMessage(messageId)).state, 'RECALLED', 'the header stays, saying recalled');
  t.same(await audioError(b, router.url, messageId), { status: 410, code: 'VOX_MESSAGE_RECALLED' });
  await t.rejects(bob.request({ type: 'listen', listen: { messageId, fromSeq: 0 } }), { code: 'VOX_MESSAGE_RECALLED' });
  t.notOk(await bodyOnDisk(dataDir, messageId), 'deleted from the local disk');
  const doc = await db.doc(messageId);
  t.equal(doc?.gone, 'deleted', 'CouchDB holds a tombstone');
  t.same(Object.keys(doc?._attachments ?? {}), [], 'and no audio');
  await t.rejects(
    talker.request({ type: 'startMessage', startMessage: { messageId, conversationId, contentType: 'VOICE', opus: OPUS } }),
    { code: 'VOX_MESSAGE_RECALLED' },
    'a recalled message cannot be resumed',
  );
});

void t.test('recall over HTTP: only the sender, idempotent; text messages too', async (t) => {
  const { router, a, b, conversationId } = await setup(t);
  const talker = await connectDevice(t, router.url, a);
  const bob = await connectDevice(t, router.url, b);
  const messageId = await talk(talker, conversationId, 30);
  await t.rejects(b.http.call('POST', `/v1/messages/${messageId}/recall`), { code: 'VOX_MESSAGE_NOT_YOURS', status: 403 });
  await t.rejects(a.http.call('POST', '/v1/messages/no-such-message/recall'), { code: 'VOX_MESSAGE_NOT_FOUND', status: 404 });

  const event = pushed(bob, 'MESSAGE_RECALLED', messageId);
  const header = await a.http.call<{ state: string; messageId: string }>('POST', `/v1/messages/${messageId}/recall`);
  t.match(header, { messageId, state: 'RECALLED' });
  await event;
  t.match(await a.http.call('POST', `/v1/messages/${messageId}/recall`), { state: 'RECALLED' }, 'recalling again is a no-op');
  const timeline = await b.http.timeline(0, 500);
  t.equal(timeline.events.filter((e) => e.type === 'MESSAGE_RECALLED' && e.header?.messageId === messageId).length, 1, 'announced once');

  const textId = 'recall-text-1';
  await talker.request({ type: 'sendText', sendText: { messageId: textId, conversationId, text: 'oops, wrong chat' } });
  const textEvent = pushed(bob, 'MESSAGE_RECALLED', textId);
  await a.http.call('POST', `/v1/messages/${textId}/recall`);
  t.equal((await textEvent).header?.text, '', 'the text is gone from the event');
  t.match(await b.http.getMessage(textId), { state: 'RECALLED', text: '' }, 'and from the header');
});

void t.test('recalling a live message ends its stream first', async (t) => {
  const { db, dataDir, router, a, b, conversationId } = await setup(t);
  const talker = await connectDevice(t, router.url, a);
  const bob = await connectDevice(t, router.url, b);
  const collector = new MessageCollector(bob);
  await bob.request({ type: 'monitor', monitor: { conversationIds: [conversationId] } });
  const message = await OutgoingVoiceMessage.start(talker, { conversationId, opus: OPUS });
  for (const packet of packets.slice(0, 40)) message.send(packet);
  await message.allAcked();
  await collector.until(() => (collector.get(message.messageId)?.chunks.length ?? 0) === 40);

  const recalledEvent = pushed(bob, 'MESSAGE_RECALLED', message.messageId);
  const header = await a.http.call<{ state: string }>('POST', `/v1/messages/${message.messageId}/recall`);
  t.equal(header.state, 'RECALLED');
  await collector.ended(message.messageId);
  t.equal(collector.get(message.messageId)?.endState, 'RECALLED', 'the listener saw the stream end as RECALLED');
  await recalledEvent;
  const ended = await b.http.timeline(0, 500);
  t.notOk(
    ended.events.some((e) => e.type === 'MESSAGE_ENDED' && e.header?.messageId === message.messageId),
    'no MESSAGE_ENDED for a recalled message',
  );
  await t.rejects(talker.request({ type: 'chunk', chunk: { messageId: message.messageId, seq: 40, payload: packets[40]! } }), {
    code: 'VOX_MESSAGE_NOT_LIVE',
  });
  t.notOk(await bodyOnDisk(dataDir, message.messageId));
  t.equal((await db.doc(message.messageId))?.gone, 'deleted', 'nothing of it stays in CouchDB');
});

void t.test('a message live on another router is recalled there, or once it ended', async (t) => {
  const db = await CouchTestDb.create(t);
  const schema = sharedSchema(t);
  const one = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name });
  const two = await startCouchRouter(t, { schema, couchdbUrl: db.url, database: db.name });
  const [a, b] = await Promise.all([signupUser(one.url, 'a'), signupUser(one.url, 'b')]);
  const { conversationId } = await a.http.createConversation([b.name], 'two routers');
  const talker = await connectDevice(t, one.url, a);
  const message = await OutgoingVoiceMessage.start(talker, { conversationId, opus: OPUS });
  for (const packet of packets.slice(0, 20)) message.send(packet);
  await message.allAcked();
  const aOnTwo = new VoxringHttp(two.url, a.token);
  await t.rejects(aOnTwo.call('POST', `/v1/messages/${message.messageId}/recall`), {
    code: 'VOX_MESSAGE_LIVE_ELSEWHERE',
    status: 409,
    retryable: true,
  });
  await message.end();
  await uploaded(one, message.messageId);
  t.match(await aOnTwo.call('POST', `/v1/messages/${message.messageId}/recall`), { state: 'RECALLED' }, 'through any router once ended');
  t.equal((await db.doc(message.messageId))?.gone, 'deleted');
  t.same(await audioError(b, one.url, message.messageId), { status: 410, code: 'VOX_MESSAGE_RECALLED' }, 'the first router knows too');
});

void t.test('per-conversation retention: set over HTTP, the sweeper expires and announces, audio 410', async (t) => {
  const { db, dataDir, router, a, b, conversationId } = await setup(t, { retentionSweepIntervalMs: 100 });
  await t.rejects(a.http.call('PUT', `/v1/conversations/${conversationId}/retention`, { retentionMs: 5 }), {
    code: 'VOX_CONVERSATION_INVALID',
    status: 400,
  });
  const outsider = await signupUser(router.url, 'c');
  await t.rejects(outsider.http.call('PUT', `/v1/conversations/${conversationId}/retention`, { retentionMs: 60_000 }), {
    code: 'VOX_CONVERSATION_NOT_FOUND',
  });
  t.equal((await a.http.getConversation(conversationId)).retentionMs, 0, 'router default until set');

  const talker = await connectDevice(t, router.url, a);
  const bob = await connectDevice(t, router.url, b);
  const messageId = await talk(talker, conversationId, 25);
  await talker.request({ type: 'sendText', sendText: { messageId: 'kept-text-1', conversationId, text: 'hello' } });
  await uploaded(router, messageId);
  const voiceExpired = pushed(bob, 'MESSAGE_EXPIRED', messageId);
  const textExpired = pushed(bob, 'MESSAGE_EXPIRED', 'kept-text-1');
  const changed = await b.http.call<{ retentionMs: number }>('PUT', `/v1/conversations/${conversationId}/retention`, { retentionMs: 1000 });
  t.equal(changed.retentionMs, 1000, 'any participant may set it');

  t.equal((await voiceExpired).header?.state, 'EXPIRED');
  t.equal((await textExpired).header?.text, '');
  t.equal((await a.http.getMessage(messageId)).state, 'EXPIRED');
  t.same(await audioError(b, router.url, messageId), { status: 410, code: 'VOX_MESSAGE_EXPIRED' });
  t.notOk(await bodyOnDisk(dataDir, messageId), 'deleted from disk');
  t.equal((await db.doc(messageId))?.gone, 'deleted', 'and from CouchDB');
  await t.rejects(a.http.call('POST', `/v1/messages/${messageId}/recall`), { code: 'VOX_MESSAGE_EXPIRED', status: 410 });

  const reset = await a.http.call<{ retentionMs: number }>('PUT', `/v1/conversations/${conversationId}/retention`, { retentionMs: null });
  t.equal(reset.retentionMs, 0, 'null goes back to the router default');
});

void t.test('global retentionMs expires messages of conversations without their own', async (t) => {
  const { router, a, b, conversationId } = await setup(t, { retentionMs: 1500, retentionSweepIntervalMs: 100 });
  const keeper = await a.http.createConversation([b.name], 'archive');
  await a.http.call('PUT', `/v1/conversations/${keeper.conversationId}/retention`, { retentionMs: 3_600_000 });
  const talker = await connectDevice(t, router.url, a);
  const bob = await connectDevice(t, router.url, b);
  const kept = await talk(talker, keeper.conversationId, 10);
  const doomed = await talk(talker, conversationId, 10);
  await pushed(bob, 'MESSAGE_EXPIRED', doomed);
  t.equal((await a.http.getMessage(doomed)).state, 'EXPIRED');
  // The kept message is as old as the expired one: a sweep now must leave it.
  t.equal(await router.retentionSweeper.sweep(), 0);
  t.equal((await a.http.getMessage(kept)).state, 'COMPLETE', 'a conversation retention of an hour overrides the default');
});
