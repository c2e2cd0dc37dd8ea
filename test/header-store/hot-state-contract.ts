/**
 * The HotState contract, run against MemoryHotState and RedisHotState. Each
 * subtest works on its own conversations, users and routers, so one store
 * (one Redis key prefix) serves the whole suite.
 */
import { randomUUID } from 'node:crypto';
import type { Test } from 'tap';
import type { ConversationId, MessageId, RouterId, UserId } from '../../common/ids.js';
import type { HotState, HotStateLimits, LiveEntry, CachedHeader } from '../../header-store/hot-state.js';
import { pollUntil } from '../ring/ring-test-kit.js';

/** Opens a store with these limits; the factory registers its teardown. */
export type HotStateFactory = (t: Test, limits?: Partial<HotStateLimits>) => Promise<HotState>;

const unique = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;
const conv = (): ConversationId => unique('conv') as ConversationId;
const user = (): UserId => unique('user') as UserId;
const msg = (name = 'msg'): MessageId => unique(name) as MessageId;
const router = (): RouterId => unique('router') as RouterId;
const T0 = 1_700_000_000_000;

function header(
  conversationId: ConversationId,
  id: MessageId,
  startedAtMs: number,
  extra: Partial<CachedHeader> = {},
): CachedHeader {
  return {
    id,
    conversationId,
    senderId: 'u-sender' as UserId,
    senderName: 'sender',
    senderDevice: 'dev-1',
    contentType: 'voice',
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 },
    text: null,
    state: 'live',
    startedAtMs,
    endedAtMs: null,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
    ...extra,
  };
}

export async function hotStateContract(t: Test, open: HotStateFactory): Promise<void> {
  const store = await open(t);

  await t.test('speakers: add, list oldest first, remove', async (t) => {
    const c = conv();
    const [alice, bob] = [user(), user()];
    const [m1, m2, m3] = [msg('a'), msg('b'), msg('c')];
    t.same(await store.speakers(c), []);
    await store.addSpeaker(c, { messageId: m2, userId: bob, startedAtMs: T0 + 20 });
    await store.addSpeaker(c, { messageId: m1, userId: alice, startedAtMs: T0 + 10 });
    await store.addSpeaker(c, { messageId: m3, userId: alice, startedAtMs: T0 + 20 });
    const expected = [
      { messageId: m1, userId: alice, startedAtMs: T0 + 10 },
      ...[
        { messageId: m2, userId: bob, startedAtMs: T0 + 20 },
        { messageId: m3, userId: alice, startedAtMs: T0 + 20 },
      ].sort((x, y) => (x.messageId < y.messageId ? -1 : 1)),
    ];
    t.same(await store.speakers(c), expected, 'ordered by start, ties by message id');
    t.same(await store.speakers(conv()), [], 'other conversations are unaffected');
    // Adding the same message again replaces it, never duplicates.
    await store.addSpeaker(c, { messageId: m1, userId: alice, startedAtMs: T0 + 30 });
    t.same(
      (await store.speakers(c)).map((s) => s.messageId),
      [...expected.slice(1).map((s) => s.messageId), m1],
    );
    t.equal(await store.removeSpeaker(c, m1), true);
    t.equal(await store.removeSpeaker(c, m1), false, 'second remove finds nothing');
    t.equal(await store.removeSpeaker(conv(), m2), false, 'wrong conversation');
    t.same((await store.speakers(c)).map((s) => s.messageId).sort(), [m2, m3].sort());
    await store.removeSpeaker(c, m2);
    await store.removeSpeaker(c, m3);
    t.same(await store.speakers(c), []);
  });

  await t.test('unread: increment many users at once, read, reset', async (t) => {
    const [c1, c2] = [conv(), conv()];
    const users = Array.from({ length: 300 }, () => user());
    const [u0, u1] = users as [UserId, UserId];
    await store.incrementUnread(c1, users);
    await store.incrementUnread(c1, [u0, u0], 2); // a repeated id counts once
    await store.incrementUnread(c2, [u0]);
    await store.incrementUnread(c2, []);
    t.equal(await store.unreadCount(u0, c1), 3);
    t.equal(await store.unreadCount(u1, c1), 1);
    t.equal(await store.unreadCount(users[299]!, c1), 1, 'the last of a large batch');
    t.equal(await store.unreadCount(u1, c2), 0);
    t.same(
      await store.unreadCounts(u0),
      new Map([
        [c1, 3],
        [c2, 1],
      ]),
    );
    t.same(await store.unreadCounts(user()), new Map(), 'a user with nothing unread');
    await store.resetUnread(u0, c1);
    t.equal(await store.unreadCount(u0, c1), 0);
    t.same(await store.unreadCounts(u0), new Map([[c2, 1]]), 'reset clears one conversation only');
    t.equal(await store.unreadCount(u1, c1), 1, 'and one user only');
    await store.resetUnread(u0, c1); // resetting nothing is fine
  });

  await t.test('unread: bad increments and oversized batches are refused', async (t) => {
    const c = conv();
    const u = user();
    await t.rejects(store.incrementUnread(c, [u], 0), { code: 'VOX_BAD_REQUEST' });
    await t.rejects(store.incrementUnread(c, [u], 1.5), { code: 'VOX_BAD_REQUEST' });
    await t.rejects(store.incrementUnread(c, [u], -1), { code: 'VOX_BAD_REQUEST' });
    const tooMany = Array.from(
      { length: store.limits.maxUnreadBatch + 1 },
      (_, i) => `u${i}` as UserId,
    );
    await t.rejects(store.incrementUnread(c, tooMany), {
      code: 'VOX_BAD_REQUEST',
      message: /at most/,
    });
    t.equal(await store.unreadCount('u0' as UserId, c), 0, 'a refused batch changes nothing');
  });

  await t.test('live index: set, get, list by router, move, remove', async (t) => {
    const [r1, r2] = [router(), router()];
    const c = conv();
    const live = (messageId: MessageId, routerId: RouterId, startedAtMs: number): LiveEntry => ({
      messageId,
      conversationId: c,
      senderId: 'u-1' as UserId,
      routerId,
      startedAtMs,
    });
    const [a, b, x] = [live(msg(), r1, T0 + 2), live(msg(), r1, T0 + 1), live(msg(), r2, T0)];
    t.same(await store.liveOnRouter(r1), []);
    t.equal(await store.getLive(a.messageId), undefined);
    await store.setLive(a);
    await store.setLive(b);
    await store.setLive(x);
    t.same(await store.getLive(a.messageId), a);
    t.same(await store.liveOnRouter(r1), [b, a], 'oldest first');
    t.same(await store.liveOnRouter(r2), [x]);
    // Failover hands a message over to another router: it moves between the router lists.
    const moved = { ...a, routerId: r2 };
    await store.setLive(moved);
    t.same(await store.getLive(a.messageId), moved);
    t.same(await store.liveOnRouter(r1), [b]);
    t.same(await store.liveOnRouter(r2), [x, moved]);
    t.equal(await store.removeLive(b.messageId), true);
    t.equal(await store.removeLive(b.messageId), false);
    t.same(await store.liveOnRouter(r1), []);
    t.equal(await store.getLive(b.messageId), undefined);
    await store.removeLive(x.messageId);
    await store.removeLive(a.messageId);
    t.same(await store.liveOnRouter(r2), []);
  });

  await t.test('recent headers: newest first, replace by id, limit, evict', async (t) => {
    const c = conv();
    const [h1, h2, h3] = [
      header(c, msg(), T0 + 1, { liveRouter: 'router-1' }),
      header(c, msg(), T0 + 3, { contentType: 'text', opus: null, text: 'hi' }),
      header(c, msg(), T0 + 2, { forUser: { userId: 'u-hearer' as UserId, username: 'hearer' } }),
    ];
    t.same(await store.recentHeaders(c), []);
    for (const h of [h1, h2, h3]) await store.putHeader(h);
    t.same(await store.recentHeaders(c), [h2, h3, h1]);
    t.same(await store.recentHeaders(c, 2), [h2, h3]);
    const done = {
      ...h1,
      state: 'complete' as const,
      endedAtMs: T0 + 900,
      durationMs: 899,
      chunkCount: 45,
      byteCount: 2700,
    };
    await store.putHeader(done);
    t.same(
      await store.recentHeaders(c),
      [h2, h3, done],
      'a header put again is replaced, not duplicated',
    );
    t.same(await store.recentHeaders(conv()), []);
    await t.rejects(store.recentHeaders(c, 0), { code: 'VOX_BAD_REQUEST' });
    await t.rejects(store.recentHeaders(c, store.limits.recentHeadersCap + 1), {
      code: 'VOX_BAD_REQUEST',
    });
    await store.evictHeaders(c);
    t.same(await store.recentHeaders(c), []);
  });

  await t.test('bad times are refused', async (t) => {
    const c = conv();
    await t.rejects(store.addSpeaker(c, { messageId: msg(), userId: user(), startedAtMs: -1 }), {
      code: 'VOX_BAD_REQUEST',
    });
    await t.rejects(store.putHeader(header(c, msg(), Number.NaN)), { code: 'VOX_BAD_REQUEST' });
    await t.rejects(
      store.setLive({
        messageId: msg(),
        conversationId: c,
        senderId: user(),
        routerId: router(),
        startedAtMs: 1.5,
      }),
      {
        code: 'VOX_BAD_REQUEST',
      },
    );
  });

  await t.test('caps: the oldest speakers and headers beyond the limit are dropped', async (t) => {
    const small = await open(t, { maxSpeakersPerConversation: 3, recentHeadersCap: 4 });
    const c = conv();
    const ids = Array.from(
      { length: 6 },
      (_, i) => `m${i}-${randomUUID().slice(0, 4)}` as MessageId,
    );
    // Put in a scrambled order: the cap keeps the newest by start time, not the last written.
    for (const i of [3, 0, 5, 1, 4, 2]) {
      await small.addSpeaker(c, { messageId: ids[i]!, userId: 'u' as UserId, startedAtMs: T0 + i });
      await small.putHeader(header(c, ids[i]!, T0 + i));
    }
    t.same(
      (await small.speakers(c)).map((s) => s.messageId),
      [ids[3], ids[4], ids[5]],
    );
    t.same(
      (await small.recentHeaders(c)).map((h) => h.id),
      [ids[5], ids[4], ids[3], ids[2]],
    );
    // A dropped entry is gone for good, not just hidden.
    t.equal(await small.removeSpeaker(c, ids[0]!), false);
  });

  await t.test('recent headers and speakers expire after their TTL', async (t) => {
    const short = await open(t, { recentHeadersTtlMs: 150, speakersTtlMs: 150 });
    const c = conv();
    await short.putHeader(header(c, msg(), T0));
    await short.addSpeaker(c, { messageId: msg(), userId: user(), startedAtMs: T0 });
    t.equal((await short.recentHeaders(c)).length, 1);
    t.equal((await short.speakers(c)).length, 1);
    await pollUntil(
      'headers expired',
      async () => (await short.recentHeaders(c)).length === 0,
      5000,
    );
    await pollUntil('speakers expired', async () => (await short.speakers(c)).length === 0, 5000);
    t.pass('expired');
  });

  await t.test('online users: marked per router, until their TTL or marked offline', async (t) => {
    const [r1, r2] = [router(), router()];
    const [alice, bob, carol] = [user(), user(), user()];
    t.same(await store.onlineAmong([alice, bob]), new Set(), 'nobody at first');
    await store.markOnline(r1, [alice, bob, alice], 60_000);
    await store.markOnline(r2, [alice], 60_000);
    t.same(await store.onlineAmong([alice, bob, carol]), new Set([alice, bob]), 'marked on any router');
    await store.markOffline(r1, [alice, bob]);
    t.same(await store.onlineAmong([alice, bob, carol]), new Set([alice]), 'alice still has a device on r2');
    await store.markOffline(r2, [alice, carol]);
    t.same(await store.onlineAmong([alice, bob, carol]), new Set(), 'gone everywhere');
    await store.markOnline(r1, [carol], 150);
    t.same(await store.onlineAmong([carol]), new Set([carol]));
    await pollUntil('the mark to expire', async () => (await store.onlineAmong([carol])).size === 0, 5000);
    t.pass('a mark not refreshed expires');
    const many = Array.from({ length: 2500 }, () => user());
    await store.markOnline(r2, many, 60_000);
    t.equal((await store.onlineAmong([...many, alice])).size, 2500, 'large batches');
    await store.markOffline(r2, many);
    t.equal((await store.onlineAmong(many)).size, 0);
    await t.rejects(store.markOnline(r1, [alice], 0), { code: 'VOX_BAD_REQUEST' });
  });

  await t.test('limits are validated', async (t) => {
    await t.rejects(open(t, { recentHeadersCap: 0 }), {
      code: 'VOX_CONFIG_INVALID',
      message: /recentHeadersCap/,
    });
    await t.rejects(open(t, { maxUnreadBatch: 1.5 }), {
      code: 'VOX_CONFIG_INVALID',
      message: /maxUnreadBatch/,
    });
  });

  await t.test('close is idempotent; calls after close are refused', async (t) => {
    const other = await open(t);
    await Promise.all([other.close(), other.close()]);
    await other.close();
    await t.rejects(other.speakers(conv()), { code: 'VOX_SHUTTING_DOWN' });
    await t.rejects(other.incrementUnread(conv(), [user()]), { code: 'VOX_SHUTTING_DOWN' });
  });
}
