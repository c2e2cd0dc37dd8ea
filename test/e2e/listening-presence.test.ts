/**
 * Listening presence (ServerFrame listening) on one router, the embedded
 * default (PGlite, in-process hot state): a NORMAL monitor appears as
 * listening to a live message; a SCREEN monitor hears every chunk but never
 * appears (and appears once switched to NORMAL, leaves again as SCREEN); a
 * device listening by id appears once caught up to the live edge and leaves
 * with stop_listen; the sender's own other device is never listed; a device
 * that starts monitoring mid-message is told the current list; the end of
 * the message empties the list. Monitors reached in one go (a message
 * starting) are one frame naming them all.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { Listening, ServerFrame } from '../../proto/frames.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, signupUser, speechPackets, startTestRouter } from '../helpers/router-fixture.js';

/** The listening frames a connection got, in order. */
function listeningLog(conn: VoxringConnection): Listening[] {
  const log: Listening[] = [];
  conn.onFrame((frame: ServerFrame) => {
    if (frame.type === 'listening') log.push(frame.listening);
  });
  return log;
}

/** Chunks of `messageId` a connection got. */
function chunkCounter(conn: VoxringConnection, messageId: () => string): () => number {
  let count = 0;
  conn.onFrame((frame) => {
    if (frame.type === 'chunk' && frame.chunk.messageId === messageId()) count++;
  });
  return () => count;
}

/** Waits until the last listening frame of `messageId` in `log` names exactly `names`, sorted. */
async function listensAre(log: Listening[], messageId: string, names: string[], what: string): Promise<void> {
  const last = (): string[] | undefined => log.filter((l) => l.messageId === messageId).at(-1)?.listeners.map((p) => p.username);
  await eventually(async () => last(), (got) => JSON.stringify(got) === JSON.stringify([...names].sort()), what);
}

void t.test('who hears a live message live: NORMAL monitors and caught-up listeners, not screeners', async (t) => {
  const router = await startTestRouter(t, { store: 'pglite' });
  const [a, b, c, d, e] = await Promise.all(['la', 'lb', 'lc', 'ld', 'le'].map((p) => signupUser(router.url, p)));
  const conversation = await a!.http.createConversation([b!.name, c!.name, d!.name, e!.name], 'listening');
  const id = conversation.conversationId;
  const { packets, preSkip } = await speechPackets();

  const talker = await connectDevice(t, router.url, a!, 'a-phone');
  const talkerTablet = await connectDevice(t, router.url, a!, 'a-tablet');
  const normal = await connectDevice(t, router.url, b!, 'b-phone');
  const screener = await connectDevice(t, router.url, c!, 'c-phone', 'json');
  const byId = await connectDevice(t, router.url, d!, 'd-phone');
  await screener.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'SCREEN' } });
  for (const conn of [talkerTablet, normal, screener]) await conn.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  const talkerLog = listeningLog(talker);
  const screenerLog = listeningLog(screener);
  let messageId = '';
  const screenerChunks = chunkCounter(screener, () => messageId);

  messageId = randomUUID();
  const message = await OutgoingVoiceMessage.start(talker, { messageId, conversationId: id, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip } });
  for (const packet of packets.slice(0, 10)) message.send(packet);
  await listensAre(talkerLog, messageId, [b!.name], 'the NORMAL monitor listens (the screener and the sender’s tablet do not)');
  await eventually(async () => screenerChunks(), (n) => n === 10, 'the screener hears the chunks live');
  await screener.sync();
  t.same(pushedLists(screenerLog, messageId), [[b!.name]], 'the screener (a participant) is told too, and never named');

  const header = await byId.request({ type: 'listen', listen: { messageId, fromSeq: 0 } });
  t.equal(header.type, 'header', 'listen by id answered with the header');
  await listensAre(talkerLog, messageId, [b!.name, d!.name], 'a listener by id appears once at the live edge');
  byId.send({ type: 'stopListen', stopListen: { messageId } });
  await listensAre(talkerLog, messageId, [b!.name], 'stop_listen: gone again');

  await screener.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'NORMAL' } });
  await listensAre(talkerLog, messageId, [b!.name, c!.name], 'the screener switched to NORMAL: now listed');
  await screener.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'SCREEN' } });
  await listensAre(talkerLog, messageId, [b!.name], 'back to SCREEN: left out again');

  const late = await connectDevice(t, router.url, e!, 'e-phone');
  const lateLog = listeningLog(late);
  await late.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  await listensAre(lateLog, messageId, [b!.name, e!.name], 'a device monitoring mid-message is told the list, then itself joins it');
  t.same(pushedLists(lateLog, messageId)[0], [b!.name], 'its first frame: the list before it joined');

  for (const packet of packets.slice(10, 20)) message.send(packet);
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');
  await listensAre(talkerLog, messageId, [], 'the end of the message empties the list');
  await eventually(async () => screenerChunks(), (n) => n === 20, 'the screener heard every chunk');
  await screener.sync();
  for (const [name, log] of [['talker', talkerLog], ['screener', screenerLog]] as const) {
    const naming = log.filter((l) => l.listeners.some((p) => p.userId === c!.userId)).map((l) => l.listeners.map((p) => p.username));
    t.same(naming, [[b!.name, c!.name].sort()], `${name}: the screener is named only while it was NORMAL`);
  }
  t.notOk(lateLog.some((l) => l.listeners.some((p) => p.userId === c!.userId)), 'nor to the late device');
  t.notOk([...talkerLog, ...screenerLog, ...lateLog].some((l) => l.listeners.some((p) => p.userId === a!.userId)), 'the sender is never named');
  t.ok(talkerLog.every((l) => l.conversationId === id), 'frames name the conversation');
});

/** The distinct listener lists (by username) pushed for one message. */
function pushedLists(log: Listening[], messageId: string): string[][] {
  return log.filter((l) => l.messageId === messageId).map((l) => l.listeners.map((p) => p.username));
}

void t.test('monitors reached at once are one frame, naming all of them', async (t) => {
  const router = await startTestRouter(t, { store: 'pglite' });
  const users = await Promise.all(['ma', 'mb', 'mc', 'md', 'me'].map((p) => signupUser(router.url, p)));
  const [a, ...others] = users as [(typeof users)[0], ...typeof users];
  const conversation = await a.http.createConversation(others.map((u) => u.name), 'many monitors');
  const id = conversation.conversationId;
  const talker = await connectDevice(t, router.url, a, 'a-phone');
  for (const [i, user] of others.entries()) {
    const conn = await connectDevice(t, router.url, user, `m-${i}`);
    await conn.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  }
  const talkerLog = listeningLog(talker);
  const { packets, preSkip } = await speechPackets();
  const messageId = randomUUID();
  const message = await OutgoingVoiceMessage.start(talker, { messageId, conversationId: id, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip } });
  message.send(packets[0]!);
  const names = others.map((u) => u.name);
  await listensAre(talkerLog, messageId, names, 'all four listed');
  t.same(pushedLists(talkerLog, messageId), [[...names].sort()], 'one frame, not one per monitor');
  await message.end();
  await listensAre(talkerLog, messageId, [], 'the end empties the list');
  t.equal(pushedLists(talkerLog, messageId).length, 2, 'and that is one frame more');
});
