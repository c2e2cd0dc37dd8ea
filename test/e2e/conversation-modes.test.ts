/**
 * Listen modes per conversation and device (listen_mode frame, HTTP
 * GET/PUT /v1/conversations/:id/mode?deviceId=): IGNORE gets no live push
 * (no header, no chunk) while the message is still stored, in the timeline,
 * counted unread and playable by id; SCREEN hears live; NORMAL again hears
 * live; IGNORE also gets no MESSAGE_NEW timeline push (GET /v1/timeline
 * still has it), SCREEN does; a mode set over HTTP holds for that device id on its next
 * connection and for a connected device at once; bad modes, a missing
 * deviceId and someone else's conversation are refused.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { ServerFrame } from '../../proto/frames.js';
import { connectDevice, signupUser, speechPackets, startTestRouter, type TestUser } from '../helpers/router-fixture.js';

/** Voice frames (header, chunk, messageEnd) a connection got, by message id. */
function heard(conn: VoxringConnection): Map<string, string[]> {
  const log = new Map<string, string[]>();
  conn.onFrame((frame: ServerFrame) => {
    const id = frame.type === 'header' ? frame.header.messageId : frame.type === 'chunk' ? frame.chunk.messageId : frame.type === 'messageEnd' ? frame.messageEnd.messageId : undefined;
    if (id === undefined) return;
    const list = log.get(id) ?? [];
    list.push(frame.type);
    log.set(id, list);
  });
  return log;
}

/** Ids of the messages whose MESSAGE_NEW timeline event was pushed to a connection. */
function newMessagePushes(conn: VoxringConnection): Set<string> {
  const ids = new Set<string>();
  conn.onFrame((frame: ServerFrame) => {
    if (frame.type !== 'timeline') return;
    for (const e of frame.timeline.events) if (e.type === 'MESSAGE_NEW' && e.header) ids.add(e.header.messageId);
  });
  return ids;
}

/** Resolves when `conn` got the MESSAGE_ENDED timeline event of `messageId` (pushed after the message ended). */
function endedEvent(conn: VoxringConnection, messageId: string): Promise<ServerFrame> {
  return conn.waitFor(
    (f) => f.type === 'timeline' && f.timeline.events.some((e) => e.type === 'MESSAGE_ENDED' && e.header?.messageId === messageId),
    15_000,
    'message_ended event',
  );
}

function errorOf(err: unknown): { code?: string; message?: string } {
  return typeof err === 'object' && err !== null ? err : {};
}

async function rejected(promise: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  return errorOf(await promise.then(() => undefined, (e: unknown) => e));
}

void t.test('ignore and screen per conversation and device', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, x] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b'), signupUser(router.url, 'x')]);
  const conversation = await a.http.createConversation([b.name], 'modes');
  const id = conversation.conversationId;
  const { packets, preSkip } = await speechPackets();
  const talker = await connectDevice(t, router.url, a, 'a-phone');
  const phone = await connectDevice(t, router.url, b, 'b-phone');
  const tablet = await connectDevice(t, router.url, b, 'b-tablet', 'json');
  for (const conn of [phone, tablet]) await conn.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  const phoneLog = heard(phone);
  const tabletLog = heard(tablet);
  const phoneNew = newMessagePushes(phone);
  const tabletNew = newMessagePushes(tablet);
  /** A 20-chunk message; resolves once each of `watchers` got its MESSAGE_ENDED event and everything before it. */
  const talk = async (...watchers: VoxringConnection[]): Promise<string> => {
    const messageId = randomUUID();
    const ended = watchers.map((conn) => endedEvent(conn, messageId));
    const message = await OutgoingVoiceMessage.start(talker, { messageId, conversationId: id, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip } });
    for (const packet of packets.slice(0, 20)) message.send(packet);
    await message.end();
    await Promise.all(ended);
    for (const conn of watchers) await conn.sync();
    return messageId;
  };

  await t.test('IGNORE: no live push; stored, in the timeline, counted unread, playable by id', async (t) => {
    const answer = await phone.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'IGNORE' } });
    t.equal(answer.type, 'presence', 'answered with the presence');
    t.equal((await b.http.conversationMode(id, 'b-phone')), 'IGNORE', 'stored for b-phone');
    t.equal((await b.http.conversationMode(id, 'b-tablet')), 'NORMAL', 'not for the other device');
    await b.http.markRead(id);
    const messageId = await talk(phone, tablet);
    t.same(phoneLog.get(messageId), undefined, 'the ignoring device got no header or chunk');
    t.equal(tabletLog.get(messageId)?.filter((f) => f === 'chunk').length, 20, 'the other device heard it live');
    t.notOk(phoneNew.has(messageId), 'the ignoring device got no MESSAGE_NEW push');
    t.ok(tabletNew.has(messageId), 'the other device got its MESSAGE_NEW push');
    const stored = await b.http.timeline(0, 100);
    t.ok(stored.events.some((e) => e.type === 'MESSAGE_NEW' && e.header?.messageId === messageId), 'GET /v1/timeline has the MESSAGE_NEW event');
    const summary = await b.http.getConversation(id);
    t.equal(summary.unread, 1, 'counted unread');
    t.equal((await b.http.getMessage(messageId)).state, 'COMPLETE', 'stored');
    const played = phone.waitFor((f) => f.type === 'messageEnd' && f.messageEnd.messageId === messageId);
    await phone.request({ type: 'listen', listen: { messageId, fromSeq: 0 } });
    await played;
    t.equal(phoneLog.get(messageId)?.filter((f) => f === 'chunk').length, 20, 'a listen by id still plays it');
  });

  await t.test('SCREEN hears live; NORMAL set over HTTP applies to the connected device at once', async (t) => {
    await phone.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'SCREEN' } });
    const screened = await talk(phone);
    t.equal(phoneLog.get(screened)?.filter((f) => f === 'chunk').length, 20, 'a screening device hears live');
    t.ok(phoneNew.has(screened), 'a screening device gets the MESSAGE_NEW push');
    await b.http.setConversationMode(id, 'b-phone', 'IGNORE');
    const ignored = await talk(phone);
    t.same(phoneLog.get(ignored), undefined, 'IGNORE over HTTP holds at once');
    t.notOk(phoneNew.has(ignored), 'and no MESSAGE_NEW push');
    await b.http.setConversationMode(id, 'b-phone', 'NORMAL');
    t.equal(await b.http.conversationMode(id, 'b-phone'), 'NORMAL');
    const normal = await talk(phone);
    t.equal(phoneLog.get(normal)?.filter((f) => f === 'chunk').length, 20, 'NORMAL again: heard live');
  });

  await t.test('a mode holds for a device id on its next connection', async (t) => {
    await b.http.setConversationMode(id, 'b-watch', 'IGNORE');
    const watch = await connectDevice(t, router.url, b, 'b-watch');
    await watch.request({ type: 'monitor', monitor: { conversationIds: [id] } });
    const watchLog = heard(watch);
    const messageId = await talk(watch);
    t.same(watchLog.get(messageId), undefined, 'ignored from its first connection');
  });

  await t.test('refusals', async (t) => {
    const bad = await rejected(phone.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'LISTEN_MODE_UNSPECIFIED' } }));
    t.equal(bad.code, 'VOX_BAD_REQUEST', 'unspecified mode refused');
    t.match(bad.message ?? '', /NORMAL, IGNORE, SCREEN/);
    t.equal((await rejected(b.http.setConversationMode(id, 'b-phone', 'LOUD' as 'NORMAL'))).code, 'VOX_BAD_REQUEST', 'unknown mode over HTTP');
    t.equal((await rejected(b.http.call('GET', `/v1/conversations/${id}/mode`))).code, 'VOX_BAD_REQUEST', 'deviceId missing');
    const stranger: TestUser = x;
    t.equal((await rejected(stranger.http.conversationMode(id, 'x-phone'))).code, 'VOX_CONVERSATION_NOT_FOUND', "someone else's conversation");
    const xConn = await connectDevice(t, router.url, x, 'x-phone');
    t.equal((await rejected(xConn.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'IGNORE' } }))).code, 'VOX_CONVERSATION_NOT_FOUND');
  });
});
