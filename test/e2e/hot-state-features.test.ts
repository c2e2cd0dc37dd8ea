/**
 * The router's use of the hot state on a single router: unread counts
 * (messages from others count, own ones do not; /read resets; a removed
 * participant's count is dropped), who is speaking now (during a live
 * message, empty after), the first history page served from the recent
 * headers equal to the header store's answer (cold, after new messages, a
 * recall, an eviction, an expiry, and a list refilled only by events), and
 * a router whose Redis is stopped: messages still delivered, unread counts
 * absent, speakers from what the router knows, history from the store.
 */
import t, { type Test } from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { ConversationSummary } from '../../client/voxring-http.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { loadConfig } from '../../common/config.js';
import type { ConversationId } from '../../common/ids.js';
import { createLogger } from '../../common/logger.js';
import type { MessageHeader, ServerFrame } from '../../proto/frames.js';
import type { HotState } from '../../header-store/hot-state.js';
import { MemoryHotState } from '../../header-store/memory-hot-state.js';
import { createRedisHotState } from '../../header-store/redis-hot-state.js';
import { maxCachedPage } from '../../router/people/recent-headers.js';
import { Router } from '../../router/router.js';
import { connectDevice, signupUser, speechPackets, startTestRouter, tempDir, type TestUser, RELAXED_EDGE_LIMITS } from '../helpers/router-fixture.js';
import { uniqueName } from '../helpers/services.js';
import { privateRedis, silentLogger } from '../ring/ring-test-kit.js';
import { eventually } from '../helpers/eventually.js';

/** A single router on PGlite with this hot state (the router does not close it). */
async function routerWith(t: Test, hotState: HotState): Promise<Router> {
  const config = loadConfig({
    host: '127.0.0.1',
    port: 0,
    dataDir: await tempDir(t),
    transport: 'ws',
    logLevel: 'silent',
    routerId: uniqueName('router'),
    ...RELAXED_EDGE_LIMITS,
  });
  const router = await Router.start(config, { logger: createLogger(config.logLevel), hotState });
  t.teardown(() => router.close());
  return router;
}

async function sendText(conn: VoxringConnection, conversationId: string, text: string, messageId: string): Promise<void> {
  await conn.request({ type: 'sendText', sendText: { messageId, conversationId, text } });
}

/** Waits for the pushed MESSAGE_NEW of this message. */
function newMessagePushed(conn: VoxringConnection, messageId: string): Promise<ServerFrame> {
  return conn.waitFor(
    (f) => f.type === 'timeline' && f.timeline.events.some((e) => e.type === 'MESSAGE_NEW' && e.header?.messageId === messageId),
    10_000,
    `MESSAGE_NEW ${messageId}`,
  );
}

async function conversation(user: TestUser, id: string): Promise<ConversationSummary | undefined> {
  return (await user.http.listConversations()).find((c) => c.conversationId === id);
}

interface Page {
  source: string | null;
  messages: MessageHeader[];
}

/** GET the first page (cache or store) or, with `before` far ahead, the same page always from the store. */
async function history(baseUrl: string, user: TestUser, id: string, limit: number, fromStore = false): Promise<Page> {
  // Year 3000: every message started before it, so the same page, through the store's path.
  const before = fromStore ? '&before=32503680000000' : '';
  const res = await fetch(`${baseUrl}/v1/conversations/${id}/messages?limit=${limit}${before}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  if (res.status !== 200) throw new Error(`history: HTTP ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { messages: MessageHeader[] };
  return { source: res.headers.get('x-voxring-history'), messages: body.messages };
}

/** The first page, once the cache answers it, equals the store's answer for the same viewer and limit. */
async function cachedPageEqualsStore(t: Test, baseUrl: string, user: TestUser, id: string, limit: number, what: string): Promise<void> {
  const cached = await eventually(() => history(baseUrl, user, id, limit), (p) => p.source === 'cache', `${what}: served from the cache`);
  const stored = await history(baseUrl, user, id, limit, true);
  t.equal(stored.source, 'store', `${what}: the comparison page comes from the store`);
  t.same(cached.messages, stored.messages, `${what}: the cached page (${limit}) equals the store's`);
}

/** Distinct start milliseconds: the cache does not answer pages whose order ties leave to the store. */
function nextMillisecond(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 2));
}

void t.test('unread counts: others count, own do not; /read resets; a removed participant starts again from 0', async (t) => {
  const router = await startTestRouter(t);
  const [a, b, c, d] = await Promise.all(['una', 'unb', 'unc', 'und'].map((p) => signupUser(router.url, p)));
  if (!a || !b || !c || !d) throw new Error('signup failed');
  const group = (await a.http.createConversation([b.name, c.name], 'unread')).conversationId;
  const [aPhone, bPhone, cPhone] = await Promise.all([connectDevice(t, router.url, a, 'a'), connectDevice(t, router.url, b, 'b'), connectDevice(t, router.url, c, 'c')]);

  t.same((await conversation(b, group))?.unread, 0, 'nothing unread in a new conversation');
  for (const [i, [conn, sender]] of ([[aPhone, 'a'], [aPhone, 'a'], [bPhone, 'b']] as const).entries()) {
    const id = `un-${sender}-${i}`;
    const seen = newMessagePushed(cPhone, id);
    await sendText(conn, group, `hello ${i}`, id);
    await seen;
  }
  t.equal((await conversation(a, group))?.unread, 1, "a: b's message only, not its own two");
  t.equal((await conversation(b, group))?.unread, 2, "b: a's two messages, not its own");
  t.equal((await conversation(c, group))?.unread, 3, 'c: all three');
  t.equal((await c.http.getConversation(group)).unread, 3, 'GET /v1/conversations/:id says the same');

  await b.http.markRead(group);
  t.equal((await conversation(b, group))?.unread, 0, 'b read it: 0');
  t.equal((await conversation(c, group))?.unread, 3, "c's count is its own");
  const voice = await OutgoingVoiceMessage.start(cPhone, { conversationId: group });
  await voice.end();
  t.equal((await conversation(b, group))?.unread, 1, 'a voice message counts too, once');
  t.equal((await conversation(a, group))?.unread, 2);

  await t.rejects(d.http.markRead(group), { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 }, 'an outsider cannot mark it read (as if it did not exist)');
  await t.rejects(d.http.markRead('no-such-conversation'), { code: 'VOX_CONVERSATION_NOT_FOUND', status: 404 }, 'nor an unknown one');

  // a (the creator) removes c, then adds c again: c's old count is gone.
  await a.http.removeParticipant(group, c.name);
  t.equal(await conversation(c, group), undefined, 'c no longer lists it');
  await a.http.addParticipants(group, [c.name]);
  t.equal((await conversation(c, group))?.unread, 0, "the removal dropped c's count");
  const again = newMessagePushed(cPhone, 'un-after');
  await sendText(aPhone, group, 'welcome back', 'un-after');
  await again;
  t.equal((await conversation(c, group))?.unread, 1, 'and it counts again from there');
});

void t.test('speakers: the live message is listed with its sender, and gone after its end', async (t) => {
  const router = await startTestRouter(t);
  const [a, b] = await Promise.all([signupUser(router.url, 'spa'), signupUser(router.url, 'spb')]);
  if (!a || !b) throw new Error('signup failed');
  const group = (await a.http.createConversation([b.name], 'speakers')).conversationId;
  const quiet = (await a.http.createConversation([b.name], 'quiet')).conversationId;
  const aPhone = await connectDevice(t, router.url, a, 'a');
  const { packets } = await speechPackets();

  t.same((await conversation(b, group))?.speakers, [], 'nobody speaks yet');
  const message = await OutgoingVoiceMessage.start(aPhone, { conversationId: group });
  for (const packet of packets.slice(0, 10)) message.send(packet);
  const expected = [{ userId: a.userId, username: a.name, messageId: message.messageId }];
  const listed = await eventually(() => conversation(b, group), (c) => (c?.speakers?.length ?? 0) > 0, 'a listed as speaking');
  t.same(listed?.speakers, expected, 'b sees a speaking, with the message id');
  t.same((await b.http.getConversation(group)).speakers, expected, 'GET /v1/conversations/:id too');
  t.same((await conversation(a, group))?.speakers, expected, 'and so does a');
  t.same((await conversation(b, quiet))?.speakers, [], 'nothing in the other conversation');

  await message.end();
  const after = await eventually(() => conversation(b, group), (c) => c?.speakers?.length === 0, 'speakers empty after the end');
  t.same(after?.speakers, [], 'nobody speaks after the end');
});

void t.test('history: the first page from the cache equals the header store, through changes and evictions', async (t) => {
  const hot = new MemoryHotState();
  t.teardown(() => hot.close());
  const router = await routerWith(t, hot);
  const cap = hot.limits.recentHeadersCap;
  const [a, b] = await Promise.all([signupUser(router.url, 'hsa'), signupUser(router.url, 'hsb')]);
  if (!a || !b) throw new Error('signup failed');
  const group = (await a.http.createConversation([b.name], 'history')).conversationId;
  const [aPhone, bPhone] = await Promise.all([connectDevice(t, router.url, a, 'a'), connectDevice(t, router.url, b, 'b')]);

  // An empty conversation: the mark says "everything", which is nothing.
  t.equal((await history(router.url, a, group, 10)).source, 'store', 'a cold cache: the store answers (and a fill starts)');
  await cachedPageEqualsStore(t, router.url, a, group, 10, 'empty');

  // More messages than the list holds, from both, with a voice message among them.
  for (let i = 0; i < cap + 6; i++) {
    await sendText(i % 3 === 0 ? bPhone : aPhone, group, `text ${i}`, `hs-${i}`);
    await nextMillisecond();
  }
  const voice = await OutgoingVoiceMessage.start(aPhone, { conversationId: group });
  await voice.end();
  await nextMillisecond();
  for (const limit of [1, 10, 50, maxCachedPage(cap)]) await cachedPageEqualsStore(t, router.url, b, group, limit, `after ${cap + 7} messages`);
  const tooBig = await history(router.url, b, group, maxCachedPage(cap) + 1);
  t.equal(tooBig.source, 'store', 'a page bigger than a full list covers: the store');
  t.equal(tooBig.messages.length, maxCachedPage(cap) + 1, 'with all it asked for');

  // A message while one is live, the live one shows as stored (plus what this router knows), then its end.
  const live = await OutgoingVoiceMessage.start(bPhone, { conversationId: group });
  await nextMillisecond();
  await sendText(aPhone, group, 'during', 'hs-during');
  await cachedPageEqualsStore(t, router.url, a, group, 20, 'with a live message');
  await live.end();
  await cachedPageEqualsStore(t, router.url, a, group, 20, 'after its end');

  // A recall rewrites a header in the middle of the page.
  await a.http.call('POST', '/v1/messages/hs-61/recall');
  const recalled = await eventually(
    () => history(router.url, b, group, 50),
    (p) => p.source === 'cache' && p.messages.some((m) => m.messageId === 'hs-61' && m.state === 'RECALLED'),
    'the recall in the cached page',
  );
  t.same(recalled.messages, (await history(router.url, b, group, 50, true)).messages, 'recalled: cached page equals the store');

  // Evicted (as Redis may under memory pressure): the store answers until a fill marks the list again.
  await hot.evictHeaders(group as ConversationId);
  t.equal((await history(router.url, b, group, 50)).source, 'store', 'evicted: the store answers');
  await cachedPageEqualsStore(t, router.url, b, group, 50, 'refilled after the eviction');

  // A list holding only what events put since (as after a restart or an expiry) is no answer without a fill.
  await hot.evictHeaders(group as ConversationId);
  const fresh = ['hs-new-1', 'hs-new-2'];
  for (const id of fresh) {
    await sendText(bPhone, group, id, id);
    await nextMillisecond();
  }
  t.same(
    (await hot.recentHeaders(group as ConversationId)).map((h) => h.id),
    [...fresh].reverse(),
    'the list holds just the two new headers',
  );
  const partial = await history(router.url, a, group, 5);
  t.equal(partial.source, 'store', 'two headers and no mark: the store answers');
  t.same(partial.messages.slice(0, 2).map((m) => m.messageId), [...fresh].reverse(), 'with the new messages on top');
  await cachedPageEqualsStore(t, router.url, a, group, 50, 'filled after the partial list');
});

void t.test('history: headers that expired with their list are not answered from', async (t) => {
  let clock = Date.now();
  const hot = new MemoryHotState({ now: () => clock, limits: { recentHeadersTtlMs: 60_000 } });
  t.teardown(() => hot.close());
  const router = await routerWith(t, hot);
  const [a, b] = await Promise.all([signupUser(router.url, 'hxa'), signupUser(router.url, 'hxb')]);
  if (!a || !b) throw new Error('signup failed');
  const group = (await a.http.createConversation([b.name], 'expiry')).conversationId;
  const aPhone = await connectDevice(t, router.url, a, 'a');
  for (let i = 0; i < 5; i++) {
    await sendText(aPhone, group, `text ${i}`, `hx-${i}`);
    await nextMillisecond();
  }
  await cachedPageEqualsStore(t, router.url, b, group, 10, 'before the expiry');
  clock += 61_000;
  t.same(await hot.recentHeaders(group as ConversationId), [], 'the list expired as a whole, mark included');
  await sendText(aPhone, group, 'after', 'hx-after');
  t.equal((await history(router.url, b, group, 10)).source, 'store', 'one header put since: the store answers');
  await cachedPageEqualsStore(t, router.url, b, group, 10, 'refilled after the expiry');
});

void t.test('Redis down: messages are delivered, unread counts absent, speakers from this router, history from the store', async (t) => {
  const redis = await privateRedis(t);
  const hot = await createRedisHotState({ url: redis.url, keyPrefix: `${uniqueName('hs')}:`, logger: silentLogger(), connectTimeoutMs: 2000 });
  t.teardown(() => hot.close());
  const router = await routerWith(t, hot);
  const [a, b] = await Promise.all([signupUser(router.url, 'rda'), signupUser(router.url, 'rdb')]);
  if (!a || !b) throw new Error('signup failed');
  const group = (await a.http.createConversation([b.name], 'redis down')).conversationId;
  const [aPhone, bPhone] = await Promise.all([connectDevice(t, router.url, a, 'a'), connectDevice(t, router.url, b, 'b')]);
  const first = newMessagePushed(bPhone, 'rd-1');
  await sendText(aPhone, group, 'before', 'rd-1');
  await first;
  t.equal((await conversation(b, group))?.unread, 1, 'with Redis: counted');
  await cachedPageEqualsStore(t, router.url, b, group, 10, 'with Redis');

  await redis.kill();
  const second = newMessagePushed(bPhone, 'rd-2');
  await sendText(aPhone, group, 'during the outage', 'rd-2');
  await second;
  t.pass('a text is delivered without Redis');
  bPhone.send({ type: 'monitor', monitor: { conversationIds: [group] } });
  await bPhone.sync();
  const { packets } = await speechPackets();
  const voice = await OutgoingVoiceMessage.start(aPhone, { conversationId: group });
  const heard = bPhone.waitFor((f) => f.type === 'chunk' && f.chunk.messageId === voice.messageId && f.chunk.seq === 9, 10_000, 'chunk 9');
  for (const packet of packets.slice(0, 10)) voice.send(packet);
  await heard;
  t.pass('a live voice message reaches the monitoring device without Redis');

  const listed = await conversation(b, group);
  t.ok(listed, 'GET /v1/conversations still answers');
  t.equal(listed?.unread, undefined, 'without an unread count');
  t.same(listed?.speakers, [{ userId: a.userId, username: a.name, messageId: voice.messageId }], 'speakers: what this router knows');
  const page = await history(router.url, b, group, 10);
  t.equal(page.source, 'store', 'history from the store');
  t.same(page.messages.map((m) => m.messageId), [voice.messageId, 'rd-2', 'rd-1'], 'with every message');
  await b.http.markRead(group);
  t.pass('marking read answers (the reset waits for Redis)');
  await voice.end();

  // Redis comes back empty: the repair applies the postponed reset and counting resumes.
  await redis.start();
  await eventually(() => conversation(b, group), (c) => c?.unread === 0, 'unread counts back');
  const third = newMessagePushed(bPhone, 'rd-3');
  await sendText(aPhone, group, 'after', 'rd-3');
  await third;
  t.equal((await conversation(b, group))?.unread, 1, 'counting again after Redis is back');
  await cachedPageEqualsStore(t, router.url, b, group, 10, 'after Redis is back');
});
