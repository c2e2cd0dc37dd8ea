/**
 * Presence (who is speaking now), joining a live message by monitoring it
 * midway, two speakers at once in one conversation, and text messages with
 * the message list over HTTP.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import type { MessageHeader, Presence, ServerFrame, TimelineEvent } from '../../proto/frames.js';
import {
  connectDevice,
  signupUser,
  sleep,
  speechPackets,
  startTestRouter,
  TRANSPORTS,
} from '../helpers/router-fixture.js';

/** Every frame of one type this connection receives, with its ref. */
function record<K extends ServerFrame['type']>(
  conn: VoxringConnection,
  type: K,
): (ServerFrame & { type: K })[] {
  const frames: (ServerFrame & { type: K })[] = [];
  conn.onFrame((frame) => {
    if (frame.type === type) frames.push(frame as ServerFrame & { type: K });
  });
  return frames;
}

/** Resolves once `check` holds, re-checked after every frame on `conn`. */
async function until(conn: VoxringConnection, check: () => boolean, what: string): Promise<void> {
  if (check()) return;
  await conn.waitFor(() => check(), 15_000, what);
}

function speakerIds(p: Presence | undefined): string[] {
  return (p?.speakers ?? []).map((s) => `${s.userId}/${s.messageId}`).sort();
}

function lastPresence(
  frames: (ServerFrame & { type: 'presence' })[],
  conversationId: string,
): Presence | undefined {
  return frames.filter((f) => f.presence.conversationId === conversationId).at(-1)?.presence;
}

function samePackets(got: Buffer[], want: Buffer[]): boolean {
  return got.length === want.length && got.every((p, i) => p.equals(want[i] ?? Buffer.alloc(0)));
}

void t.test(
  'presence follows speakers; monitor answers with presence; monitoring midway starts at the live head',
  async (t) => {
    const router = await startTestRouter(t);
    const [a, b, c] = await Promise.all([
      signupUser(router.url, 'pra'),
      signupUser(router.url, 'prb'),
      signupUser(router.url, 'prc'),
    ]);
    const conv = (await a.http.createConversation([b.name, c.name], 'presence')).conversationId;
    const other = (await a.http.createConversation([b.name], 'other')).conversationId;
    const aPhone = await connectDevice(t, router.url, a, 'a-phone');
    const bPhone = await connectDevice(t, router.url, b, 'b-phone');
    const cPhone = await connectDevice(t, router.url, c, 'c-phone', 'json');
    const bPresence = record(bPhone, 'presence');
    const cPresence = record(cPhone, 'presence');
    const cHeaders = record(cPhone, 'header');
    const { packets } = await speechPackets();

    // monitor answers with one presence per monitored conversation, carrying its ref.
    const monitorRef = bPhone.send({
      type: 'monitor',
      monitor: { conversationIds: [conv, other] },
    });
    await bPhone.sync();
    const answers = bPresence.filter((f) => f.ref === monitorRef);
    t.same(
      answers.map((f) => f.presence.conversationId).sort(),
      [conv, other].sort(),
      'one presence per monitored conversation',
    );
    t.ok(
      answers.every((f) => f.presence.speakers.length === 0),
      'nobody speaks yet',
    );

    // A starts: every connected participant device hears of it (B monitors, C does not).
    const message = await OutgoingVoiceMessage.start(aPhone, { conversationId: conv });
    const speaking = [`${a.userId}/${message.messageId}`];
    await until(
      bPhone,
      () => speakerIds(lastPresence(bPresence, conv)).length > 0,
      'B: presence with A',
    );
    await until(
      cPhone,
      () => speakerIds(lastPresence(cPresence, conv)).length > 0,
      'C: presence with A',
    );
    t.same(
      speakerIds(lastPresence(bPresence, conv)),
      speaking,
      'B sees A speaking, with the message id',
    );
    t.same(speakerIds(lastPresence(cPresence, conv)), speaking, 'C sees A speaking too');
    t.notOk(
      bPresence.some((f) => f.ref === 0 && f.presence.conversationId === other),
      'nothing about the silent conversation',
    );
    t.equal(cHeaders.length, 0, 'C does not monitor: no header');

    // A speaks 30 packets; C then monitors: presence lists A, then header and chunks from the live head.
    for (const packet of packets.slice(0, 30)) message.send(packet);
    await aPhone.sync(); // the router has taken all 30 chunks
    const collector = new MessageCollector(cPhone);
    const cMonitorRef = cPhone.send({ type: 'monitor', monitor: { conversationIds: [conv] } });
    await cPhone.sync();
    const cAnswer = cPresence.filter((f) => f.ref === cMonitorRef);
    t.equal(cAnswer.length, 1, 'one presence answers the monitor');
    t.same(speakerIds(cAnswer[0]?.presence), speaking, 'a monitor while A talks shows A');
    t.equal(cHeaders.length, 1, 'C got the header of the live message');
    t.equal(cHeaders[0]?.header.messageId, message.messageId);
    t.equal(cHeaders[0]?.header.state, 'LIVE');
    t.equal(cHeaders[0]?.header.chunkCount, 30, 'the header says how far the message is');
    t.equal(
      collector.get(message.messageId)?.chunks.length ?? 0,
      0,
      'no backlog: monitoring starts at the live head',
    );

    for (const packet of packets.slice(30, 50)) message.send(packet);
    const end = await message.end();
    t.equal(end.messageEnd.chunkCount, 50);
    await collector.ended(message.messageId);
    const got = collector.get(message.messageId);
    t.same(
      got?.chunks.map((c) => c.seq),
      Array.from({ length: 20 }, (_, i) => 30 + i),
      'C got seqs 30..49: from the head, nothing twice, nothing skipped',
    );
    t.ok(samePackets(collector.payloads(message.messageId), packets.slice(30, 50)), 'bit-exact');
    t.equal(got?.endState, 'COMPLETE');
    t.equal(got?.endChunkCount, 50);

    // At the end everybody is told A is gone.
    await until(
      bPhone,
      () => speakerIds(lastPresence(bPresence, conv)).length === 0,
      'B: empty presence',
    );
    await until(
      cPhone,
      () => speakerIds(lastPresence(cPresence, conv)).length === 0,
      'C: empty presence',
    );
    t.pass('presence empties when A ends');

    // monitor [] stops live audio: a new message brings presence but no header.
    cPhone.send({ type: 'monitor', monitor: { conversationIds: [] } });
    await cPhone.sync();
    const before = cPresence.length;
    const second = await OutgoingVoiceMessage.start(aPhone, { conversationId: conv });
    await until(cPhone, () => cPresence.length > before, 'C: presence for the second message');
    second.send(packets[0] ?? Buffer.alloc(0));
    await second.end();
    await until(
      cPhone,
      () => speakerIds(lastPresence(cPresence, conv)).length === 0,
      'C: empty presence after the second',
    );
    t.equal(cHeaders.length, 1, 'after monitor [] no header for new messages');
    t.notOk(collector.get(second.messageId), 'and no chunks');

    // monitor checks membership.
    await t.rejects(
      bPhone.request({ type: 'monitor', monitor: { conversationIds: ['no-such-conversation'] } }),
      {
        code: 'VOX_CONVERSATION_NOT_FOUND',
      },
    );
    await t.rejects(cPhone.request({ type: 'monitor', monitor: { conversationIds: [other] } }), {
      code: 'VOX_CONVERSATION_NOT_FOUND',
    });
  },
);

for (const transport of TRANSPORTS) {
  void t.test(`two speakers at once over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const [a, b, c] = await Promise.all([
      signupUser(router.url, 'jna'),
      signupUser(router.url, 'jnb'),
      signupUser(router.url, 'jnc'),
    ]);
    const conv = (await a.http.createConversation([b.name, c.name], 'join')).conversationId;
    const aPhone = await connectDevice(t, router.url, a, 'a-phone');
    const bPhone = await connectDevice(t, router.url, b, 'b-phone', 'json');
    const cPhone = await connectDevice(t, router.url, c, 'c-phone');
    const cPresence = record(cPhone, 'presence');
    const collector = new MessageCollector(cPhone);
    await cPhone.request({ type: 'monitor', monitor: { conversationIds: [conv] } });

    const { packets, preSkip } = await speechPackets();
    const opus = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip };
    // A says the fixture forwards, B says it backwards: a mix-up cannot go unnoticed.
    const aPackets = packets;
    const bPackets = [...packets].reverse();
    const fromA = await OutgoingVoiceMessage.start(aPhone, { conversationId: conv, opus });
    const fromB = await OutgoingVoiceMessage.start(bPhone, { conversationId: conv, opus });
    for (let i = 0; i < packets.length; i++) {
      fromA.send(aPackets[i] ?? Buffer.alloc(0));
      fromB.send(bPackets[i] ?? Buffer.alloc(0));
      if (i % 10 === 9) await sleep(5);
    }
    const both = [`${a.userId}/${fromA.messageId}`, `${b.userId}/${fromB.messageId}`].sort();
    await until(
      cPhone,
      () => cPresence.some((f) => speakerIds(f.presence).length === 2),
      'presence with both speakers',
    );
    t.same(
      speakerIds(cPresence.find((f) => f.presence.speakers.length === 2)?.presence),
      both,
      'presence shows both speakers during the overlap',
    );

    const [endA, endB] = await Promise.all([fromA.end(), fromB.end()]);
    t.equal(endA.messageEnd.state, 'COMPLETE');
    t.equal(endB.messageEnd.state, 'COMPLETE');
    t.equal(endA.messageEnd.chunkCount, packets.length);
    t.equal(endB.messageEnd.chunkCount, packets.length);

    for (const [who, message, sent] of [
      ['A', fromA, aPackets],
      ['B', fromB, bPackets],
    ] as const) {
      await collector.ended(message.messageId);
      const got = collector.get(message.messageId);
      t.equal(
        got?.header?.senderId,
        who === 'A' ? a.userId : b.userId,
        `${who}: header names the sender`,
      );
      t.equal(got?.duplicates, 0, `${who}: nothing twice`);
      t.equal(got?.outOfOrder, 0, `${who}: in order`);
      t.equal(got?.chunks[0]?.seq, 0, `${who}: from seq 0`);
      t.ok(
        samePackets(collector.payloads(message.messageId), sent),
        `${who}: every packet, bit-exact`,
      );
      t.equal(got?.endState, 'COMPLETE');

      const header: MessageHeader = await c.http.getMessage(message.messageId);
      t.equal(header.state, 'COMPLETE', `${who}: stored complete`);
      t.equal(header.chunkCount, packets.length, `${who}: stored chunk count`);
      const stored = readOggOpus((await c.http.audio(message.messageId)).body);
      t.ok(samePackets(stored.packets, sent), `${who}: stored audio holds exactly its packets`);
    }
    await until(
      cPhone,
      () => speakerIds(lastPresence(cPresence, conv)).length === 0,
      'empty presence',
    );
    t.pass('presence empties after both end');
  });
}

void t.test('text messages: ack, timeline event, message list, header', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c, outsider] = await Promise.all([
    signupUser(router.url, 'txa'),
    signupUser(router.url, 'txb'),
    signupUser(router.url, 'txc'),
    signupUser(router.url, 'txo'),
  ]);
  const conv = (await a.http.createConversation([b.name, c.name], 'texts')).conversationId;
  const devices = [
    await connectDevice(t, router.url, a, 'a-phone'),
    await connectDevice(t, router.url, b, 'b-phone', 'json'),
    await connectDevice(t, router.url, c, 'c-phone'),
  ];
  const [aPhone, bPhone] = devices as [VoxringConnection, VoxringConnection, VoxringConnection];
  const timelines = devices.map((conn) => {
    const events: TimelineEvent[] = [];
    conn.onFrame((f) => {
      if (f.type === 'timeline' && f.ref === 0) events.push(...f.timeline.events);
    });
    return events;
  });
  const { packets } = await speechPackets();
  const headerOf = async (id: string): Promise<MessageHeader> => await a.http.getMessage(id);
  // Every message starts in a later millisecond than the one before, so the order by start time is defined.
  const laterThan = async (ms: number): Promise<void> => {
    while (Date.now() <= ms) await sleep(1);
  };

  const voice = await OutgoingVoiceMessage.start(aPhone, { conversationId: conv });
  for (const packet of packets.slice(0, 10)) voice.send(packet);
  await voice.end();
  await laterThan((await headerOf(voice.messageId)).startedAtMs);

  const reply = await bPhone.request({
    type: 'sendText',
    sendText: { messageId: 'text-one', conversationId: conv, text: 'over and out' },
  });
  t.equal(reply.type, 'ack');
  t.same(
    reply.type === 'ack' ? reply.ack : undefined,
    { messageId: 'text-one', seq: 0 },
    'send_text is answered with ack seq 0',
  );
  for (const [i, conn] of devices.entries()) {
    const events = timelines[i] ?? [];
    await until(
      conn,
      () => events.some((e) => e.header?.messageId === 'text-one'),
      `device ${i}: text event`,
    );
    const event = events.find((e) => e.header?.messageId === 'text-one');
    t.equal(event?.type, 'MESSAGE_NEW', `device ${i}: MESSAGE_NEW`);
    t.match(
      event?.header,
      {
        contentType: 'TEXT',
        state: 'COMPLETE',
        text: 'over and out',
        senderId: b.userId,
        conversationId: conv,
        opus: null,
      },
      `device ${i}: the event carries the text header`,
    );
  }
  await laterThan((await headerOf('text-one')).startedAtMs);
  await aPhone.request({
    type: 'sendText',
    sendText: { messageId: 'text-two', conversationId: conv, text: 'roger ✓' },
  });

  const list = await c.http.listMessages(conv);
  t.same(
    list.map((m) => m.messageId),
    ['text-two', 'text-one', voice.messageId],
    'the list holds voice and text, newest first',
  );
  t.equal(list[2]?.contentType, 'VOICE');
  t.equal(list[2]?.chunkCount, 10);
  t.equal(list[0]?.text, 'roger ✓');
  const page = await c.http.listMessages(conv, 2);
  t.same(
    page.map((m) => m.messageId),
    ['text-two', 'text-one'],
    'limit=2: the two newest',
  );
  const older = await c.http.call<{ messages: MessageHeader[] }>(
    'GET',
    `/v1/conversations/${conv}/messages?limit=2&before=${page[1]?.startedAtMs ?? 0}`,
  );
  t.same(
    older.messages.map((m) => m.messageId),
    [voice.messageId],
    'before= the oldest of the page: the rest',
  );

  const text = await b.http.getMessage('text-one');
  t.match(text, {
    messageId: 'text-one',
    contentType: 'TEXT',
    state: 'COMPLETE',
    text: 'over and out',
    senderName: b.name,
    chunkCount: 0,
  });
  t.equal(text.endedAtMs, text.startedAtMs, 'a text message ends when it starts');

  await t.rejects(
    bPhone.request({
      type: 'sendText',
      sendText: { messageId: 'text-one', conversationId: conv, text: 'again' },
    }),
    { code: 'VOX_MESSAGE_EXISTS' },
    'a used id is refused',
  );
  await t.rejects(
    bPhone.request({
      type: 'sendText',
      sendText: { messageId: 'text-3', conversationId: conv, text: '  ' },
    }),
    {
      code: 'VOX_TEXT_EMPTY',
    },
  );
  const outsiderConn = await connectDevice(t, router.url, outsider);
  await t.rejects(
    outsiderConn.request({
      type: 'sendText',
      sendText: { messageId: 'text-4', conversationId: conv, text: 'hi' },
    }),
    {
      code: 'VOX_CONVERSATION_NOT_FOUND',
    },
  );
  await t.rejects(
    outsider.http.getMessage('text-one'),
    { code: 'VOX_MESSAGE_NOT_FOUND' },
    'a stranger cannot read the text',
  );
});
