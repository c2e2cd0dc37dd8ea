/**
 * Unread counts, speakers and the first history page in a ring of two
 * routers sharing one Redis hot state: whichever router is asked, a user
 * sees the same counts (including a read marked on the other router), the
 * same speaker while a message is live on one of them and nobody after,
 * and the same first page as the header store.
 */
import t, { type Test } from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import { VoxringHttp, type ConversationSummary } from '../../client/voxring-http.js';
import type { MessageHeader, ServerFrame } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import { signupUser, speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';
import { eventually } from '../helpers/eventually.js';

/** The user's view of one conversation as `router` answers it. */
async function seenOn(router: Router, user: TestUser, id: string): Promise<ConversationSummary | undefined> {
  return (await new VoxringHttp(router.url, user.token).listConversations()).find((c) => c.conversationId === id);
}

async function connectHome(t: Test, router: Router, user: TestUser, deviceId: string): Promise<VoxringConnection> {
  const conn = await VoxringConnection.connect({ url: router.url, token: user.token, deviceId, format: 'proto' });
  t.teardown(() => conn.terminate());
  return conn;
}

function newMessagePushed(conn: VoxringConnection, messageId: string): Promise<ServerFrame> {
  return conn.waitFor(
    (f) => f.type === 'timeline' && f.timeline.events.some((e) => e.type === 'MESSAGE_NEW' && e.header?.messageId === messageId),
    10_000,
    `MESSAGE_NEW ${messageId}`,
  );
}

async function history(router: Router, user: TestUser, id: string, limit: number, fromStore = false): Promise<{ source: string | null; messages: MessageHeader[] }> {
  const before = fromStore ? '&before=32503680000000' : ''; // year 3000: the same page, from the store
  const res = await fetch(`${router.url}/v1/conversations/${id}/messages?limit=${limit}${before}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  if (res.status !== 200) throw new Error(`history: HTTP ${res.status} ${await res.text()}`);
  return { source: res.headers.get('x-voxring-history'), messages: ((await res.json()) as { messages: MessageHeader[] }).messages };
}

void t.test('two routers on one Redis: unread, speakers and history agree whichever router is asked', async (t) => {
  const ring = await startRing(t, { count: 2 });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  const a = await userHomedOn(ring.routers, r0, 'hra');
  const b = await userHomedOn(ring.routers, r1, 'hrb');
  const c = await signupUser(r0.url, 'hrc');
  const group = (await a.http.createConversation([b.name, c.name], 'ring hot state')).conversationId;
  const aPhone = await connectHome(t, r0, a, 'a');
  const bPhone = await connectHome(t, r1, b, 'b');

  // a's message starts on r0, b's on r1: each router counts its own messages in the shared state.
  for (const [conn, id] of [[aPhone, 'hr-a1'], [aPhone, 'hr-a2'], [bPhone, 'hr-b1']] as const) {
    const seenByA = id.startsWith('hr-a') ? undefined : newMessagePushed(aPhone, id);
    const seenByB = id.startsWith('hr-b') ? undefined : newMessagePushed(bPhone, id);
    await conn.request({ type: 'sendText', sendText: { messageId: id, conversationId: group, text: id } });
    await Promise.all([seenByA, seenByB]);
  }
  const expected = new Map([[a, 1], [b, 2], [c, 3]]);
  for (const [user, count] of expected) {
    for (const router of [r0, r1]) {
      t.equal((await seenOn(router, user, group))?.unread, count, `${user.name} on ${router.config.routerId}: ${count} unread`);
    }
  }
  await new VoxringHttp(r1.url, c.token).markRead(group);
  t.equal((await seenOn(r0, c, group))?.unread, 0, 'c read it on r1: r0 says 0 too');
  t.equal((await new VoxringHttp(r0.url, b.token).getConversation(group)).unread, 2, "b's count is unchanged on r0");

  // a talks on r0: the speaker is listed on both routers, then on neither.
  const { packets } = await speechPackets();
  const voice = await OutgoingVoiceMessage.start(aPhone, { conversationId: group });
  for (const packet of packets.slice(0, 10)) voice.send(packet);
  const speaking = [{ userId: a.userId, username: a.name, messageId: voice.messageId }];
  for (const router of [r1, r0]) {
    const seen = await eventually(() => seenOn(router, c, group), (s) => (s?.speakers?.length ?? 0) > 0, `speaker on ${router.config.routerId}`);
    t.same(seen?.speakers, speaking, `${router.config.routerId} lists a speaking`);
  }
  await voice.end();
  for (const router of [r1, r0]) {
    const seen = await eventually(() => seenOn(router, c, group), (s) => s?.speakers?.length === 0, `no speaker on ${router.config.routerId}`);
    t.same(seen?.speakers, [], `${router.config.routerId}: nobody speaks after the end`);
  }
  for (const router of [r0, r1]) {
    t.equal((await seenOn(router, b, group))?.unread, 3, `${router.config.routerId}: the voice message counts once for b`);
  }

  // The shared list holds the headers both routers put: each router's cached page equals the store's.
  for (const router of [r0, r1]) {
    const cached = await eventually(() => history(router, c, group, 10), (p) => p.source === 'cache', `cached page on ${router.config.routerId}`);
    const stored = await history(router, c, group, 10, true);
    t.same(cached.messages, stored.messages, `${router.config.routerId}: the cached page equals the store's`);
    t.same(cached.messages.map((m) => m.messageId), [voice.messageId, 'hr-b1', 'hr-a2', 'hr-a1'], 'with every message, newest first');
  }
});
