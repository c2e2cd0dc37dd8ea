/**
 * Listening presence in a ring of three routers (Redis membership, one
 * Postgres): the talker is homed on r0, a NORMAL monitor on r1, a NORMAL
 * monitor and a SCREEN monitor on r2. Each router tells the others its own
 * listeners (RelayFrame listening): the talker on r0 sees both listeners,
 * the screener on r2 sees the same union (r1's listener included), hears
 * every chunk and is never named; the end of the message empties the list.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { Listening } from '../../proto/frames.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, speechPackets } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

function listeningLog(conn: VoxringConnection): Listening[] {
  const log: Listening[] = [];
  conn.onFrame((frame) => {
    if (frame.type === 'listening') log.push(frame.listening);
  });
  return log;
}

async function listensAre(log: Listening[], messageId: string, names: string[], what: string): Promise<void> {
  const last = (): string[] | undefined => log.filter((l) => l.messageId === messageId).at(-1)?.listeners.map((p) => p.username);
  await eventually(async () => last(), (got) => JSON.stringify(got) === JSON.stringify([...names].sort()), what);
}

void t.test('a listener on another router shows up for the talker; a screener nowhere', async (t) => {
  const { routers } = await startRing(t, { count: 3 });
  const [r0, r1, r2] = routers as [(typeof routers)[0], (typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'la');
  const b = await userHomedOn(routers, r1, 'lb');
  const c = await userHomedOn(routers, r2, 'lc');
  const d = await userHomedOn(routers, r2, 'ld');
  const conversation = await a.http.createConversation([b.name, c.name, d.name], 'ring listening');
  const id = conversation.conversationId;

  const talker = await connectDevice(t, r0.url, a, 'a-phone');
  const onR1 = await connectDevice(t, r1.url, b, 'b-phone');
  const screener = await connectDevice(t, r2.url, c, 'c-phone');
  const onR2 = await connectDevice(t, r2.url, d, 'd-phone');
  await screener.request({ type: 'listenMode', listenMode: { conversationId: id, mode: 'SCREEN' } });
  for (const conn of [onR1, screener, onR2]) await conn.request({ type: 'monitor', monitor: { conversationIds: [id] } });
  const talkerLog = listeningLog(talker);
  const screenerLog = listeningLog(screener);
  const messageId = randomUUID();
  let screenerChunks = 0;
  screener.onFrame((frame) => {
    if (frame.type === 'chunk' && frame.chunk.messageId === messageId) screenerChunks++;
  });

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { messageId, conversationId: id, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip } });
  for (const packet of packets.slice(0, 10)) message.send(packet);
  await listensAre(talkerLog, messageId, [b.name, d.name], 'r0: the talker sees the listeners of r1 and r2');
  await listensAre(screenerLog, messageId, [b.name, d.name], 'r2: the same union, r1’s listener included');
  await eventually(async () => screenerChunks, (n) => n === 10, 'the screener on r2 hears the chunks live');

  for (const packet of packets.slice(10, 20)) message.send(packet);
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');
  await listensAre(talkerLog, messageId, [], 'r0: the end empties the list');
  await listensAre(screenerLog, messageId, [], 'r2: the end empties the list');
  t.equal(screenerChunks, 20, 'the screener heard every chunk');
  for (const frame of [...talkerLog, ...screenerLog]) {
    t.notOk(frame.listeners.some((p) => p.userId === c.userId || p.userId === a.userId), 'never the screener nor the sender');
  }
});
