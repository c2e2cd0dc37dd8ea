/**
 * Timeline events in a ring of two routers: a user's event stream on a
 * router that is not their home gets every event once, in order, whichever
 * router appended it (relayed like a device's pushes); and each event is
 * published once on the Redis channel `<redisKeyPrefix>events`, one message
 * naming every user it went to with their cursors.
 */
import { Redis } from 'ioredis';
import t from 'tap';
import type { TimelineEvent } from '../../proto/frames.js';
import type { TimelineEventMessage } from '../../router/people/timeline-event-channel.js';
import { openEventStream } from '../helpers/event-stream-client.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { testRedisUrl } from '../helpers/services.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';
import { sendText, talk } from '../helpers/send-messages.js';



async function timelineOf(user: TestUser, count: number): Promise<TimelineEvent[]> {
  const read = async (): Promise<TimelineEvent[]> => (await user.http.timeline(0, 500)).events;
  return eventually(read, (events) => events.length >= count, `${user.name}: ${count} timeline events`);
}

void t.test('a stream away from home gets every event once; each event is published once on the ring channel', async (t) => {
  // A heartbeat that never comes in the test: every live event must come as a push, relayed or local.
  const ring = await startRing(t, { count: 2, config: { sseHeartbeatMs: 600_000 } });
  const [r0, r1] = ring.routers;
  if (!r0 || !r1) throw new Error('two routers');
  await linksUp(ring.routers);

  const channel = `${ring.keyPrefix}events`;
  const subscriber = new Redis(testRedisUrl());
  t.teardown(() => subscriber.disconnect());
  const publisher = new Redis(testRedisUrl());
  t.teardown(() => publisher.disconnect());
  const published: TimelineEventMessage[] = [];
  const markers: string[] = [];
  subscriber.on('message', (from: string, message: string) => {
    if (from === channel) published.push(JSON.parse(message) as TimelineEventMessage);
    else markers.push(message);
  });
  await subscriber.subscribe(channel, `${channel}-marker`);

  const a = await userHomedOn(ring.routers, r0, 'era');
  const b = await userHomedOn(ring.routers, r1, 'erb');
  const c = await userHomedOn(ring.routers, r1, 'erc');
  // b's home is r1: its stream on r0 gets r1's events only through the ring.
  const stream = await openEventStream(t, r0.url, { token: b.token });
  t.equal(stream.status, 200, 'b streams on r0, away from its home r1');
  const aPhone = await connectDevice(t, r0.url, a, 'a-phone');
  const cPhone = await connectDevice(t, r1.url, c, 'c-phone');

  const conversation = await a.http.createConversation([b.name, c.name], 'events ring');
  const id = conversation.conversationId;
  const { packets } = await speechPackets();
  await sendText(cPhone, id, 'er-text-r1', 'er-text-r1');
  await talk(aPhone, id, packets.slice(0, 10));
  await talk(cPhone, id, packets.slice(0, 10));
  await sendText(aPhone, id, 'er-text-r0', 'er-text-r0');
  // Created, 2 texts, 2 talks (new + ended each).
  const expected = await timelineOf(b, 7);
  t.equal(expected.length, 7, 'b has seven events');

  await eventually(async () => stream.events.length, (n) => n >= expected.length, 'every event on the stream');
  t.same(stream.events.map((e) => e.id), expected.map((e) => e.cursor), 'ids: each cursor once, in order');
  t.same(stream.events.map((e) => e.data), expected, 'data as GET /v1/timeline returns it');
  const fromR1 = expected.filter((e) => e.header?.messageId === 'er-text-r1' || e.header?.senderId === c.userId);
  t.ok(fromR1.length >= 3, 'events appended on r1 (c talking there) are among them');

  await eventually(async () => published.length, (n) => n >= expected.length, 'every event published');
  // Anything a router published before the marker arrives before it.
  await publisher.publish(`${channel}-marker`, 'done');
  await eventually(async () => markers.includes('done'), Boolean, 'the marker');
  t.equal(published.length, expected.length, 'one message per event, across both routers');
  const users = [a.userId, b.userId, c.userId].sort();
  for (const message of published) {
    t.same([...message.userIds].sort(), users, 'each message names the three participants');
    t.same(Object.keys(message.cursors).sort(), users, 'with a cursor for each');
  }
  // Two routers publish: the channel's order may differ from the cursors' by a race; each event is there once.
  const byCursor = [...published].sort((x, y) => (x.cursors[b.userId] ?? 0) - (y.cursors[b.userId] ?? 0));
  t.same(byCursor.map((m) => m.cursors[b.userId]), expected.map((e) => e.cursor), "b's cursors, each once");
  t.same(
    byCursor.map((m) => m.event),
    expected.map(({ cursor: _cursor, ...event }) => event),
    'the event as GET /v1/timeline returns it, less the cursor',
  );
  const aTimeline = await timelineOf(a, expected.length);
  const aCursors = published.map((m) => m.cursors[a.userId] ?? 0).sort((x, y) => x - y);
  t.same(aCursors, aTimeline.map((e) => e.cursor), "a's cursors match a's timeline");
});
