/**
 * Timelines: every user has an ordered event log with a cursor. Events are
 * pushed live to every connected device of the participants; a device that
 * was away catches up with timeline_request (or GET /v1/timeline) from its
 * last cursor and gets exactly what it missed, in order, once.
 */
import t from 'tap';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import type { TimelineEvent, TimelineEvents } from '../../proto/frames.js';
import {
  connectDevice,
  signupUser,
  speechPackets,
  startTestRouter,
  type TestUser,
} from '../helpers/router-fixture.js';
import { sendText, talk } from '../helpers/send-messages.js';

/** Every timeline event pushed (ref 0) to this connection, in arrival order. */
function recordPushes(conn: VoxringConnection): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  conn.onFrame((frame) => {
    if (frame.type === 'timeline' && frame.ref === 0) events.push(...frame.timeline.events);
  });
  return events;
}

/** Resolves once `check` holds, re-checked after every frame on `conn`. */
async function until(conn: VoxringConnection, check: () => boolean, what: string): Promise<void> {
  if (check()) return;
  await conn.waitFor(() => check(), 10_000, what);
}

/** A comparable summary of an event: cursor, type and what it is about. */
function summary(e: TimelineEvent): string {
  return `${e.cursor}:${e.type}:${e.header?.messageId ?? e.conversation?.conversationId ?? '?'}`;
}


function strictlyIncreasing(events: TimelineEvent[]): boolean {
  return events.every((e, i) => i === 0 || e.cursor > (events[i - 1]?.cursor ?? Infinity));
}



async function requestTimeline(
  conn: VoxringConnection,
  sinceCursor: number,
  limit = 0,
): Promise<TimelineEvents> {
  const reply = await conn.request({
    type: 'timelineRequest',
    timelineRequest: { sinceCursor, limit },
  });
  if (reply.type !== 'timeline') throw new Error(`timeline_request answered with ${reply.type}`);
  return reply.timeline;
}

void t.test('pushed events, cursors, catch-up after a disconnect, paging', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c] = await Promise.all([
    signupUser(router.url, 'tla'),
    signupUser(router.url, 'tlb'),
    signupUser(router.url, 'tlc'),
  ]);
  const aPhone = await connectDevice(t, router.url, a, 'a-phone');
  const bPhone = await connectDevice(t, router.url, b, 'b-phone');
  const cPhone = await connectDevice(t, router.url, c, 'c-phone', 'json');
  let bTablet = await connectDevice(t, router.url, b, 'b-tablet');
  t.equal(bPhone.welcome?.timelineHead, 0, 'a new user starts with an empty timeline');
  const pushes = new Map<VoxringConnection, TimelineEvent[]>(
    [aPhone, bPhone, cPhone, bTablet].map((conn) => [conn, recordPushes(conn)] as const),
  );
  const pushed = (conn: VoxringConnection): TimelineEvent[] => pushes.get(conn) ?? [];

  const conversation = await a.http.createConversation([b.name, c.name], 'timeline');
  const id = conversation.conversationId;
  const { packets } = await speechPackets();
  const voiceId = await talk(aPhone, id, packets.slice(0, 25));
  await sendText(bPhone, id, 'first text', 'tl-text-1');

  const expected = [
    ['CONVERSATION_CHANGED', id],
    ['MESSAGE_NEW', voiceId],
    ['MESSAGE_ENDED', voiceId],
    ['MESSAGE_NEW', 'tl-text-1'],
  ];
  for (const [name, conn] of [
    ['a-phone', aPhone],
    ['b-phone', bPhone],
    ['b-tablet', bTablet],
    ['c-phone (json)', cPhone],
  ] as const) {
    await until(conn, () => pushed(conn).length >= expected.length, `${name}: four pushes`);
    const events = pushed(conn);
    t.same(
      events.map((e) => [e.type, e.header?.messageId ?? e.conversation?.conversationId]),
      expected,
      `${name}: conversation, voice start, voice end, text — in order`,
    );
    t.ok(strictlyIncreasing(events), `${name}: cursors strictly increase`);
    t.equal(
      events[0]?.conversation?.participants.length,
      3,
      `${name}: the conversation event lists the participants`,
    );
    t.equal(events[1]?.header?.state, 'LIVE', `${name}: MESSAGE_NEW of a voice message is LIVE`);
    t.equal(events[2]?.header?.state, 'COMPLETE', `${name}: MESSAGE_ENDED is COMPLETE`);
    t.equal(events[2]?.header?.chunkCount, 25, `${name}: MESSAGE_ENDED carries the chunk count`);
    t.equal(events[3]?.header?.contentType, 'TEXT');
    t.equal(events[3]?.header?.text, 'first text');
  }
  t.same(
    pushed(bTablet).map(summary),
    pushed(bPhone).map(summary),
    "both of B's devices see the same cursors",
  );

  // b-tablet drops off; meanwhile A talks, C texts and A opens a second conversation with B.
  const lastSeen = pushed(bTablet).at(-1)?.cursor ?? -1;
  bTablet.terminate();
  await bTablet.closed();
  const already = pushed(bPhone).length;
  const voice2 = await talk(aPhone, id, packets.slice(25, 40));
  await sendText(cPhone, id, 'while you were away', 'tl-text-2');
  const second = await a.http.createConversation([b.name]);
  const voice3 = await talk(aPhone, second.conversationId, packets.slice(40, 50));
  await sendText(bPhone, second.conversationId, 'back in the second one', 'tl-text-3');
  await until(bPhone, () => pushed(bPhone).length >= already + 7, 'b-phone: seven more pushes');
  const missed = pushed(bPhone).slice(already);
  t.same(
    missed.map((e) => [e.type, e.header?.messageId ?? e.conversation?.conversationId]),
    [
      ['MESSAGE_NEW', voice2],
      ['MESSAGE_ENDED', voice2],
      ['MESSAGE_NEW', 'tl-text-2'],
      ['CONVERSATION_CHANGED', second.conversationId],
      ['MESSAGE_NEW', voice3],
      ['MESSAGE_ENDED', voice3],
      ['MESSAGE_NEW', 'tl-text-3'],
    ].slice(0, missed.length),
    'b-phone got the events live',
  );
  t.equal(missed.length, 7, 'b-phone got exactly seven more events');
  t.notOk(
    pushed(cPhone).some(
      (e) =>
        e.header?.conversationId === second.conversationId ||
        e.conversation?.conversationId === second.conversationId,
    ),
    'C is not told about a conversation it is not in',
  );

  // Reconnect: welcome names the head, and the catch-up is exactly what was missed.
  bTablet = await connectDevice(t, router.url, b, 'b-tablet');
  const head = pushed(bPhone).at(-1)?.cursor;
  t.equal(bTablet.welcome?.timelineHead, head, 'welcome.timelineHead is the newest cursor');
  const caughtUp = await requestTimeline(bTablet, lastSeen);
  t.same(
    caughtUp.events.map(summary),
    missed.map(summary),
    'timeline_request since the last cursor: the missed events, in order, once',
  );
  t.equal(caughtUp.cursor, head, 'the reply cursor is the last event');
  t.equal(caughtUp.more, false);
  t.same(caughtUp.events, missed, 'the stored events equal the pushed ones field for field, times included');
  const atHead = await requestTimeline(bTablet, head ?? 0);
  t.same(atHead, { events: [], cursor: head, more: false }, 'nothing after the head');

  // Paging from the start: pages of 3 stitch into the full log.
  const all: TimelineEvent[] = [];
  let since = 0;
  let pages = 0;
  for (;;) {
    const page = await requestTimeline(bTablet, since, 3);
    pages++;
    t.ok(page.events.length <= 3, `page ${pages} holds at most 3 events`);
    all.push(...page.events);
    t.equal(
      page.cursor,
      page.events.at(-1)?.cursor ?? since,
      `page ${pages}: cursor is its last event`,
    );
    since = page.cursor;
    if (!page.more) break;
    t.equal(page.events.length, 3, `page ${pages}: a page with more after it is full`);
    if (pages > 10) break;
  }
  t.equal(pages, 4, 'eleven events in pages of 3: four pages');
  t.same(
    all.map(summary),
    pushed(bPhone).map(summary),
    'the paged log equals every push b-phone saw',
  );

  // HTTP gives the same.
  const overHttp = await b.http.timeline(lastSeen);
  t.same(overHttp, caughtUp, 'GET /v1/timeline?since= equals timeline_request');
  const httpPage = await b.http.timeline(0, 4);
  t.same(
    httpPage.events.map(summary),
    all.slice(0, 4).map(summary),
    'GET /v1/timeline pages with limit',
  );
  t.equal(httpPage.more, true);
  t.equal(httpPage.cursor, all[3]?.cursor);

  // Cursors are per user: C's log is its own, also strictly increasing from 1.
  const cLog = await c.http.timeline(0);
  t.equal(cLog.events[0]?.cursor, 1, "C's cursors start at 1");
  t.ok(strictlyIncreasing(cLog.events), "C's cursors strictly increase");
  t.same(cLog.events.map(summary), pushed(cPhone).map(summary), "C's stored log equals its pushes");
  t.equal(cPhone.welcome?.timelineHead, 0);
});

void t.test('timeline requests validate and HTTP needs a token', async (t) => {
  const router = await startTestRouter(t);
  const user: TestUser = await signupUser(router.url, 'tlv');
  const conn = await connectDevice(t, router.url, user);
  const empty = await requestTimeline(conn, 0, 5);
  t.same(empty, { events: [], cursor: 0, more: false }, 'an empty log');
  const beyond = await requestTimeline(conn, 1000);
  t.same(
    beyond,
    { events: [], cursor: 1000, more: false },
    'a cursor past the head yields nothing and echoes it',
  );
  const res = await fetch(`${router.url}/v1/timeline?since=0`);
  t.equal(res.status, 401, 'GET /v1/timeline without a token is 401');
  await res.arrayBuffer();
  const bad = await fetch(`${router.url}/v1/timeline?since=-1`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  t.equal(bad.status, 400, 'a negative since is 400');
  await bad.arrayBuffer();
});
