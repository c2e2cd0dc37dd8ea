/**
 * GET /v1/timeline/stream end to end over real sockets: the timeline as
 * Server-Sent Events (each event as GET /v1/timeline returns it, id = its
 * cursor), resumed with Last-Event-ID (or ?since=) with exactly the missed
 * events and then live ones, heartbeats, the per-user limit, a clean end on
 * shutdown; and without Redis nothing is published.
 */
import { Redis } from 'ioredis';
import t, { type Test } from 'tap';
import type { TimelineEvent } from '../../proto/frames.js';
import { openEventStream, type EventStreamClient } from '../helpers/event-stream-client.js';
import { eventually } from '../helpers/eventually.js';
import {
  connectDevice,
  signupUser,
  speechPackets,
  startTestRouter,
  type TestUser,
} from '../helpers/router-fixture.js';
import { testRedisUrl } from '../helpers/services.js';
import { sendText, talk } from '../helpers/send-messages.js';



/** The user's whole timeline after `since` through GET /v1/timeline. */
async function timelineAfter(user: TestUser, since: number): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  for (let cursor = since; ;) {
    const page = await user.http.timeline(cursor, 500);
    events.push(...page.events);
    if (!page.more) return events;
    cursor = page.cursor;
  }
}

/** The timeline after `since` once it holds `count` events (appends finish in the background). */
async function timelineOf(user: TestUser, since: number, count: number): Promise<TimelineEvent[]> {
  return eventually(
    () => timelineAfter(user, since),
    (events) => events.length >= count,
    `${count} timeline events`,
  );
}

/** Waits until the stream got `count` events (a live push has no reply to wait on). */
async function streamed(stream: EventStreamClient, count: number, what: string): Promise<void> {
  await eventually(
    async () => stream.events.length,
    (n) => n >= count,
    what,
  );
}

/** The stream's events must be exactly these timeline events: same ids (cursors), types and JSON. */
function sameAsTimeline(
  t: Test,
  stream: EventStreamClient,
  from: number,
  expected: TimelineEvent[],
  what: string,
): void {
  const got = stream.events.slice(from);
  t.same(
    got.map((e) => e.id),
    expected.map((e) => e.cursor),
    `${what}: ids are the cursors`,
  );
  t.same(
    got.map((e) => e.type),
    expected.map((e) => e.type),
    `${what}: event types`,
  );
  t.same(
    got.map((e) => e.data),
    expected,
    `${what}: data as GET /v1/timeline returns it`,
  );
}

for (const [transport, store] of [
  ['uws', 'postgres'],
  ['ws', 'pglite'],
] as const) {
  void t.test(
    `${transport}, ${store}: a talk streamed live, disconnect, resume with Last-Event-ID, live again`,
    async (t) => {
      const router = await startTestRouter(t, { transport, store, config: { sseHeartbeatMs: 50 } });
      const [a, b] = await Promise.all([
        signupUser(router.url, 'esa'),
        signupUser(router.url, 'esb'),
      ]);
      const aPhone = await connectDevice(t, router.url, a, 'a-phone');
      const conversation = await a.http.createConversation([b.name]);
      const id = conversation.conversationId;
      // Timeline appends are stored a moment after the answer: wait for b's CONVERSATION_CHANGED to be readable.
      const before = await eventually(() => timelineAfter(b, 0), (events) => events.length > 0, "the conversation in b's timeline");

      // No Last-Event-ID and no since: from now on.
      const first = await openEventStream(t, router.url, { token: b.token });
      t.equal(first.status, 200, 'stream opened');
      t.match(first.headers['content-type'], /^text\/event-stream/, 'content type');
      const { packets } = await speechPackets();
      const voiceId = await talk(aPhone, id, packets.slice(0, 20));
      await streamed(first, 2, 'MESSAGE_NEW and MESSAGE_ENDED of the talk');
      const afterTalk = await timelineOf(b, before.at(-1)?.cursor ?? 0, 2);
      sameAsTimeline(t, first, 0, afterTalk, 'live');
      t.same(
        first.events.map((e) => [e.type, e.data.header?.messageId]),
        [
          ['MESSAGE_NEW', voiceId],
          ['MESSAGE_ENDED', voiceId],
        ],
        'the talk, and nothing from before the stream opened',
      );
      await eventually(
        async () => first.comments.filter((c) => c === 'ping').length,
        (n) => n >= 2,
        'heartbeats every sseHeartbeatMs',
      );

      const lastId = first.events.at(-1)?.id ?? 0;
      first.close();
      await first.ended;
      await sendText(aPhone, id, 'while away', `es-missed-1-${transport}`);
      await talk(aPhone, id, packets.slice(0, 10));
      const missed = await timelineOf(b, lastId, 3);
      t.equal(missed.length, 3, 'three events while away (a text, a talk)');

      const resumed = await openEventStream(t, router.url, { token: b.token, lastEventId: lastId });
      await streamed(resumed, missed.length, 'the missed events');
      sameAsTimeline(t, resumed, 0, missed, 'replayed');
      await sendText(aPhone, id, 'live again', `es-live-2-${transport}`);
      await streamed(resumed, missed.length + 1, 'one live event after the replay');
      const all = await timelineOf(b, lastId, missed.length + 1);
      sameAsTimeline(t, resumed, 0, all, 'replay then live');
      t.same(
        resumed.events.map((e) => e.id),
        all.map((_, i) => lastId + 1 + i),
        'every cursor after Last-Event-ID once, in order',
      );

      // EventSource cannot set headers: ?since= and ?access_token= instead; the whole timeline from 0.
      const fromStart = await openEventStream(t, router.url, {
        query: `since=0&access_token=${encodeURIComponent(b.token)}`,
      });
      const everything = await timelineAfter(b, 0);
      await streamed(fromStart, everything.length, 'the whole timeline');
      sameAsTimeline(t, fromStart, 0, everything, 'since=0');
      t.equal(resumed.events.length, all.length, 'no duplicate arrived meanwhile');
    },
  );
}

void t.test('bad requests: no token, a bad token, a bad Last-Event-ID', async (t) => {
  const router = await startTestRouter(t);
  const b = await signupUser(router.url, 'esbad');
  const none = await openEventStream(t, router.url);
  await none.ended;
  t.equal(none.status, 401, 'no token: 401');
  t.match(JSON.parse(none.body()), { error: { code: 'VOX_AUTH_REQUIRED' } }, 'error JSON');
  const wrong = await openEventStream(t, router.url, { token: 'not-a-token' });
  await wrong.ended;
  t.equal(wrong.status, 401, 'bad token: 401');
  for (const bad of ['x', '-1', '1.5', '99999999999999999999']) {
    const stream = await openEventStream(t, router.url, { token: b.token, lastEventId: bad });
    await stream.ended;
    t.equal(stream.status, 400, `Last-Event-ID ${bad}: 400`);
    t.match(
      JSON.parse(stream.body()),
      { error: { code: 'VOX_BAD_REQUEST' } },
      `Last-Event-ID ${bad}: VOX_BAD_REQUEST`,
    );
  }
  // A Last-Event-ID past the head (say, of another deployment) starts from now, not from that id.
  const a = await signupUser(router.url, 'esbada');
  const ahead = await openEventStream(t, router.url, { token: b.token, lastEventId: 1_000_000 });
  await a.http.createConversation([b.name]);
  await streamed(ahead, 1, 'the next event despite a Last-Event-ID past the head');
  t.same(
    ahead.events.map((e) => e.id),
    [1],
    'its first event, cursor 1',
  );
  const badSince = await openEventStream(t, router.url, { token: b.token, query: 'since=abc' });
  await badSince.ended;
  t.equal(badSince.status, 400, 'since=abc: 400');
});

void t.test(
  'maxEventStreamsPerUser: one more answers 429, a closed one frees its place',
  async (t) => {
    const router = await startTestRouter(t, { config: { maxEventStreamsPerUser: 2 } });
    const [a, b] = await Promise.all([
      signupUser(router.url, 'eslima'),
      signupUser(router.url, 'eslimb'),
    ]);
    const one = await openEventStream(t, router.url, { token: a.token });
    const two = await openEventStream(t, router.url, { token: a.token });
    t.same([one.status, two.status], [200, 200], 'two streams open');
    const three = await openEventStream(t, router.url, { token: a.token });
    await three.ended;
    t.equal(three.status, 429, 'a third: 429');
    t.match(
      JSON.parse(three.body()),
      { error: { code: 'VOX_TOO_MANY_EVENT_STREAMS', retryable: true } },
      'its error JSON',
    );
    const other = await openEventStream(t, router.url, { token: b.token });
    t.equal(other.status, 200, 'another user is not affected');
    one.close();
    const again = await eventually(
      async () => {
        const stream = await openEventStream(t, router.url, { token: a.token });
        if (stream.status !== 200) await stream.ended;
        return stream;
      },
      (stream) => stream.status === 200,
      'a place freed once the router saw the stream go',
    );
    t.equal(again.status, 200, 'a new stream once one closed');
  },
);

for (const transport of ['uws', 'ws'] as const) {
  void t.test(
    `${transport}: router shutdown ends the stream cleanly; a revoked token ends its streams`,
    async (t) => {
      const router = await startTestRouter(t, { transport });
      const [a, b] = await Promise.all([
        signupUser(router.url, 'esenda'),
        signupUser(router.url, 'esendb'),
      ]);
      const revoked = await openEventStream(t, router.url, { token: a.token });
      await a.http.logout();
      t.same(await revoked.ended, { complete: true }, 'logout ends the stream of that token');
      const stream = await openEventStream(t, router.url, { token: b.token });
      t.equal(stream.status, 200, 'open');
      await router.close();
      t.same(await stream.ended, { complete: true }, 'ended with the chunked terminator, not cut');
    },
  );
}

void t.test('without redisUrl nothing is published', async (t) => {
  const subscriber = new Redis(testRedisUrl());
  t.teardown(() => subscriber.disconnect());
  const publisher = new Redis(testRedisUrl());
  t.teardown(() => publisher.disconnect());
  const seen: string[] = [];
  subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) =>
    seen.push(message),
  );
  await subscriber.psubscribe('*');
  const router = await startTestRouter(t);
  const [a, b] = await Promise.all([
    signupUser(router.url, 'esnoa'),
    signupUser(router.url, 'esnob'),
  ]);
  const stream = await openEventStream(t, router.url, { token: b.token });
  await a.http.createConversation([b.name]);
  await streamed(stream, 1, 'the conversation event on the stream');
  // A marker published after the event: once it arrives, anything the router published before it has too.
  await publisher.publish('es-marker', 'done');
  await eventually(async () => seen.includes('done'), Boolean, 'the marker');
  t.same(
    seen.filter((m) => m.includes(b.userId)),
    [],
    'no message names the user',
  );
});
