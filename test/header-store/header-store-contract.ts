/**
 * The HeaderStore contract: every implementation runs this suite against one
 * migrated store (opened once per test file because opening PGlite is slow).
 * Subtests share that store, so each works on its own users and conversations.
 */
import { randomUUID } from 'node:crypto';
import type { Test } from 'tap';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { HeaderStore, MessageRecord, UserRecord } from '../../header-store/header-store.js';
import { notifyOutboxContract } from './notify-outbox-contract.js';

/** Opens a fresh, not yet migrated store; the suite migrates and closes it. */
export type HeaderStoreFactory = () => Promise<HeaderStore>;

const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 };

/** Registers the contract subtests on t. */
export async function headerStoreContract(t: Test, open: HeaderStoreFactory): Promise<void> {
  const store = await open();
  t.teardown(() => store.close());
  await store.migrate();

  const unique = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;
  const user = (prefix = 'user'): Promise<UserRecord> =>
    store.createUser(unique(prefix), 'scrypt$hash');
  const conversation = async (members: UserRecord[]): Promise<ConversationId> => {
    const [creator] = members;
    if (!creator) throw new Error('conversation needs a creator');
    const c = await store.createConversation({
      name: unique('conv'),
      isGroup: members.length > 2,
      createdBy: creator.id,
      participantIds: members.map((m) => m.id),
    });
    return c.id;
  };
  const message = (
    conversationId: ConversationId,
    sender: UserRecord,
    startedAt: Date,
    extra: Partial<MessageRecord> = {},
  ): MessageRecord => ({
    id: unique('msg') as MessageId,
    conversationId,
    senderId: sender.id,
    senderName: sender.username,
    senderDevice: 'dev-1',
    contentType: 'voice',
    opus: OPUS,
    text: null,
    state: 'live',
    startedAt,
    endedAt: null,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
    ...extra,
  });

  await t.test('users: create, find by name and id, duplicate name', async (t) => {
    const name = unique('alice');
    const before = Date.now();
    const alice = await store.createUser(name, 'scrypt$a');
    t.match(alice, { username: name, passwordHash: 'scrypt$a' });
    t.type(alice.id, 'string');
    t.ok(alice.createdAt instanceof Date, 'createdAt is a Date');
    t.ok(Math.abs(alice.createdAt.getTime() - before) < 60_000, 'createdAt is now');
    t.same(await store.findUserByName(name), alice);
    t.same(await store.findUserById(alice.id), alice);
    t.equal(await store.findUserByName(unique('nobody')), undefined);
    t.equal(await store.findUserById(randomUUID() as UserId), undefined);
    await t.rejects(store.createUser(name, 'scrypt$b'), { code: 'VOX_USERNAME_TAKEN' });

    const bob = await user('bob');
    const found = await store.findUsersByName([name, bob.username, unique('ghost')]);
    t.same(found.map((u) => u.id).sort(), [alice.id, bob.id].sort());
    t.same(await store.findUsersByName([]), []);
  });

  await t.test('sessions: create, find, revoke keeps first time', async (t) => {
    const alice = await user();
    const tokenHash = unique('token');
    const expiresAt = new Date('2031-01-02T03:04:05.678Z');
    await store.createSession({ tokenHash, userId: alice.id, expiresAt });
    t.same(await store.findSession(tokenHash), {
      tokenHash,
      userId: alice.id,
      expiresAt,
      revokedAt: null,
    });
    t.equal(await store.findSession(unique('missing')), undefined);

    const revokedAt = new Date('2030-05-06T07:08:09.123Z');
    await store.revokeSession(tokenHash, revokedAt);
    await store.revokeSession(tokenHash, new Date('2030-06-01T00:00:00.000Z'));
    t.same((await store.findSession(tokenHash))?.revokedAt, revokedAt);
    await store.revokeSession(unique('missing'), revokedAt);
    await t.rejects(
      store.createSession({ tokenHash: unique('t'), userId: randomUUID() as UserId, expiresAt }),
      { code: 'VOX_USER_NOT_FOUND' },
    );
  });

  await t.test('sessions: revokeSessionsBeyond keeps the newest live ones', async (t) => {
    const alice = await user();
    const bob = await user();
    const now = new Date('2030-01-01T00:00:00.000Z');
    const live = new Date('2031-01-01T00:00:00.000Z');
    const hashes = [unique('s1'), unique('s2'), unique('s3'), unique('s4')];
    for (const tokenHash of hashes) await store.createSession({ tokenHash, userId: alice.id, expiresAt: live });
    const expired = unique('expired');
    await store.createSession({ tokenHash: expired, userId: alice.id, expiresAt: new Date('2029-01-01T00:00:00.000Z') });
    const bobs = unique('bob');
    await store.createSession({ tokenHash: bobs, userId: bob.id, expiresAt: live });
    const revoked = await store.revokeSessionsBeyond(alice.id, 2, now);
    t.same(revoked.sort(), [hashes[0], hashes[1]].sort(), 'the two oldest live sessions');
    t.same((await store.findSession(hashes[0] ?? ''))?.revokedAt, now);
    t.equal((await store.findSession(hashes[2] ?? ''))?.revokedAt, null, 'the newer ones stay');
    t.equal((await store.findSession(hashes[3] ?? ''))?.revokedAt, null);
    t.equal((await store.findSession(expired))?.revokedAt, null, 'expired sessions are not counted nor touched');
    t.equal((await store.findSession(bobs))?.revokedAt, null, "another user's sessions are not touched");
    t.same(await store.revokeSessionsBeyond(alice.id, 2, now), [], 'a second call revokes nothing');
  });

  await t.test('conversations: create, get, list mine, participants', async (t) => {
    const [alice, bob, carol] = [await user('alice'), await user('bob'), await user('carol')];
    const outsider = await user('outsider');
    const created = await store.createConversation({
      name: 'trip',
      isGroup: true,
      createdBy: alice.id,
      participantIds: [alice.id, bob.id],
    });
    t.match(created, { name: 'trip', isGroup: true, createdBy: alice.id });
    t.ok(created.createdAt instanceof Date);
    t.same(created.participants.map((p) => p.userId).sort(), [alice.id, bob.id].sort());
    t.same(
      created.participants.find((p) => p.userId === bob.id),
      { userId: bob.id, username: bob.username },
    );
    t.same(await store.getConversation(created.id), created);
    t.equal(await store.getConversation(randomUUID() as ConversationId), undefined);

    const second = await conversation([bob, alice]);
    const mine = await store.listConversations(alice.id);
    t.same(mine.map((c) => c.id).sort(), [created.id, second].sort());
    t.same(await store.listConversations(outsider.id), []);

    t.equal(await store.isParticipant(created.id, bob.id), true);
    t.equal(await store.isParticipant(created.id, carol.id), false);
    await store.addParticipants(created.id, [carol.id, bob.id]);
    t.equal(await store.isParticipant(created.id, carol.id), true);
    t.equal(
      (await store.getConversation(created.id))?.participants.length,
      3,
      'adding a member twice is a no-op',
    );

    await store.removeParticipant(created.id, bob.id);
    t.equal(await store.isParticipant(created.id, bob.id), false);
    t.same(
      (await store.listConversations(bob.id)).map((c) => c.id),
      [second],
    );
    await store.removeParticipant(created.id, bob.id);

    await t.rejects(store.addParticipants(created.id, [randomUUID() as UserId]), {
      code: 'VOX_USER_NOT_FOUND',
    });
    await t.rejects(store.addParticipants(randomUUID() as ConversationId, [alice.id]), {
      code: 'VOX_CONVERSATION_NOT_FOUND',
    });
  });

  await t.test('messages: insert, duplicate id, get, update', async (t) => {
    const [alice, bob] = [await user(), await user()];
    const conv = await conversation([alice, bob]);
    const voice = message(conv, alice, new Date('2030-01-01T00:00:00.123Z'));
    await store.insertMessage(voice);
    t.same(await store.getMessage(voice.id), voice);
    t.equal(await store.getMessage(unique('none') as MessageId), undefined);
    await t.rejects(store.insertMessage({ ...voice, conversationId: conv }), {
      code: 'VOX_MESSAGE_EXISTS',
    });

    const text = message(conv, bob, new Date('2030-01-01T00:00:01.000Z'), {
      contentType: 'text',
      opus: null,
      text: 'hello',
      state: 'complete',
      endedAt: new Date('2030-01-01T00:00:01.000Z'),
    });
    await store.insertMessage(text);
    t.same(await store.getMessage(text.id), text);

    const endedAt = new Date('2030-01-01T00:00:05.500Z');
    await store.updateMessage(voice.id, {
      state: 'complete',
      endedAt,
      durationMs: 5380,
      chunkCount: 269,
      byteCount: 5_000_000_000,
    });
    t.same(await store.getMessage(voice.id), {
      ...voice,
      state: 'complete',
      endedAt,
      durationMs: 5380,
      chunkCount: 269,
      byteCount: 5_000_000_000,
    });
    await store.updateMessage(voice.id, { state: 'interrupted' });
    t.match(await store.getMessage(voice.id), { state: 'interrupted', endedAt, durationMs: 5380 });
    await store.updateMessage(voice.id, { endedAt: null });
    t.equal((await store.getMessage(voice.id))?.endedAt, null);
    await t.rejects(store.updateMessage(unique('none') as MessageId, { state: 'complete' }), {
      code: 'VOX_MESSAGE_NOT_FOUND',
    });
    await t.rejects(
      store.insertMessage(message(randomUUID() as ConversationId, alice, new Date())),
      {
        code: 'VOX_CONVERSATION_NOT_FOUND',
      },
    );
  });

  await t.test('messages: updateLiveMessage writes only while live (on the router named)', async (t) => {
    const [alice, bob] = [await user(), await user()];
    const conv = await conversation([alice, bob]);
    const onR1 = message(conv, alice, new Date('2030-01-02T00:00:00.000Z'), { liveRouter: 'r1' });
    const onNone = message(conv, bob, new Date('2030-01-02T00:00:01.000Z'));
    await store.insertMessage(onR1);
    await store.insertMessage(onNone);
    const ended = { state: 'interrupted' as const, chunkCount: 9 };

    t.equal(await store.updateLiveMessage(onR1.id, ended, 'r2'), false, 'live on another router: not written');
    t.equal(await store.updateLiveMessage(onR1.id, ended, null), false, 'live on a router, asked for none: not written');
    t.match(await store.getMessage(onR1.id), { state: 'live', chunkCount: 0 });
    t.equal(await store.updateLiveMessage(onR1.id, { state: 'complete', chunkCount: 95 }, 'r1'), true, 'live on r1: written');
    t.equal(await store.updateLiveMessage(onR1.id, ended, 'r1'), false, 'ended meanwhile: not written again');
    t.equal(await store.updateLiveMessage(onR1.id, ended), false, 'ended, any router: not written');
    t.match(await store.getMessage(onR1.id), { state: 'complete', chunkCount: 95 }, 'the first end stands');

    t.equal(await store.updateLiveMessage(onNone.id, ended, 'r1'), false, 'live on no router, asked for r1: not written');
    t.equal(await store.updateLiveMessage(onNone.id, ended, null), true, 'live on no router: written');
    t.match(await store.getMessage(onNone.id), { state: 'interrupted', chunkCount: 9 });
    t.equal(await store.updateLiveMessage(unique('none') as MessageId, ended), false, 'no such message: false');
  });

  await t.test('messages: list newest first with before and limit; live ones', async (t) => {
    const [alice, bob] = [await user(), await user()];
    const conv = await conversation([alice, bob]);
    const other = await conversation([bob, alice]);
    const base = Date.parse('2030-02-01T00:00:00.000Z');
    const msgs: MessageRecord[] = [];
    for (let i = 0; i < 5; i++) {
      const m = message(conv, i % 2 ? bob : alice, new Date(base + i * 1000), {
        state: i === 1 || i === 3 ? 'live' : 'complete',
      });
      msgs.push(m);
      await store.insertMessage(m);
    }
    await store.insertMessage(
      message(other, alice, new Date(base + 10_000), { state: 'complete' }),
    );
    const ids = (list: MessageRecord[]): string[] => list.map((m) => m.id);
    const newest = [...msgs].reverse();

    t.same(await store.listMessages(conv, { limit: 10 }), newest);
    t.same(ids(await store.listMessages(conv, { limit: 2 })), ids(newest.slice(0, 2)));
    t.same(
      ids(await store.listMessages(conv, { limit: 2, before: new Date(base + 3000) })),
      ids([msgs[2]!, msgs[1]!]),
      'before is exclusive',
    );
    t.same(await store.listMessages(conv, { limit: 10, before: new Date(base) }), []);
    t.same(await store.listMessages(randomUUID() as ConversationId, { limit: 10 }), []);

    const live = (await store.listLiveMessages()).filter((m) => m.conversationId === conv);
    t.same(ids(live), ids([msgs[1]!, msgs[3]!]));
    t.ok(
      (await store.listLiveMessages()).every((m) => m.state === 'live'),
      'only live messages are listed',
    );
  });

  await t.test('timeline: append to several users, read since, head', async (t) => {
    const [alice, bob, carol] = [await user(), await user(), await user()];
    const conv = await conversation([alice, bob, carol]);
    t.equal(await store.timelineHead(alice.id), 0);
    t.same(await store.readTimeline(alice.id, 0, 10), []);

    const first = await store.appendTimeline([alice.id, bob.id], {
      kind: 'conversation_changed',
      conversationId: conv,
      messageId: null,
      payload: { name: 'trip', members: 2 },
    });
    t.same(
      [...first.entries()].sort(),
      [
        [alice.id, 1],
        [bob.id, 1],
      ].sort(),
    );

    const before = Date.now();
    const second = await store.appendTimeline([bob.id, alice.id, carol.id, bob.id], {
      kind: 'message_new',
      conversationId: conv,
      messageId: 'm-1' as MessageId,
      payload: { id: 'm-1', state: 'live' },
    });
    t.same(
      Object.fromEntries(second),
      { [alice.id]: 2, [bob.id]: 2, [carol.id]: 1 },
      'duplicates collapse',
    );
    t.same(
      await store.appendTimeline([], {
        kind: 'message_ended',
        conversationId: conv,
        messageId: null,
        payload: null,
      }),
      new Map(),
    );

    const events = await store.readTimeline(alice.id, 0, 10);
    t.match(events, [
      {
        cursor: 1,
        userId: alice.id,
        kind: 'conversation_changed',
        conversationId: conv,
        messageId: null,
      },
      { cursor: 2, userId: alice.id, kind: 'message_new', conversationId: conv, messageId: 'm-1' },
    ]);
    t.same(events[0]?.payload, { name: 'trip', members: 2 });
    t.same(events[1]?.payload, { id: 'm-1', state: 'live' });
    t.ok(
      events[1]?.at instanceof Date && Math.abs(events[1].at.getTime() - before) < 60_000,
      'at is now',
    );

    t.same(
      (await store.readTimeline(alice.id, 1, 10)).map((e) => e.cursor),
      [2],
    );
    t.same(
      (await store.readTimeline(alice.id, 0, 1)).map((e) => e.cursor),
      [1],
    );
    t.same(await store.readTimeline(alice.id, 2, 10), []);
    t.same(
      (await store.readTimeline(carol.id, 0, 10)).map((e) => e.kind),
      ['message_new'],
    );
    t.equal(await store.timelineHead(alice.id), 2);
    t.equal(await store.timelineHead(carol.id), 1);
  });

  await t.test('timeline: concurrent appends give distinct increasing cursors', async (t) => {
    const [alice, bob] = [await user(), await user()];
    const conv = await conversation([alice, bob]);
    const n = 30;
    // Overlapping user sets in both orders: must neither deadlock nor collide.
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        store.appendTimeline(i % 2 ? [alice.id, bob.id] : [bob.id, alice.id], {
          kind: 'message_new',
          conversationId: conv,
          messageId: `m-${i}` as MessageId,
          payload: { i },
        }),
      ),
    );
    const expected = Array.from({ length: n }, (_, i) => i + 1);
    for (const u of [alice, bob]) {
      const got = results.map((r) => r.get(u.id)).sort((a, b) => (a ?? 0) - (b ?? 0));
      t.same(got, expected, 'each append got its own cursor');
      const events = await store.readTimeline(u.id, 0, 1000);
      t.same(
        events.map((e) => e.cursor),
        expected,
      );
      t.equal(await store.timelineHead(u.id), n);
    }
    // The cursor an append returned points at that append's event.
    const third = results[3]?.get(alice.id) ?? 0;
    const [event] = await store.readTimeline(alice.id, third - 1, 1);
    t.same(event?.payload, { i: 3 });
  });

  await t.test('timeline: a batch of appends in one call, in batch order', async (t) => {
    const [alice, bob, carol] = [await user(), await user(), await user()];
    const conv = await conversation([alice, bob, carol]);
    await store.appendTimeline([alice.id], { kind: 'message_new', conversationId: conv, messageId: 'm-0' as MessageId, payload: { n: 0 } });
    const event = (n: number, ...userIds: UserId[]) => ({
      userIds,
      event: { kind: 'message_new' as const, conversationId: conv, messageId: `m-${n}` as MessageId, payload: { n } },
    });
    const got = await store.appendTimelines([
      event(1, alice.id, bob.id),
      event(2, bob.id, bob.id),
      event(3),
      event(4, carol.id, alice.id, bob.id),
    ]);
    t.same(
      got.map((cursors) => Object.fromEntries(cursors)),
      [{ [alice.id]: 2, [bob.id]: 1 }, { [bob.id]: 2 }, {}, { [carol.id]: 1, [alice.id]: 3, [bob.id]: 3 }],
      'each event its cursors; a user in several events: increasing in batch order',
    );
    for (const [u, expected] of [
      [alice, [0, 1, 4]],
      [bob, [1, 2, 4]],
      [carol, [4]],
    ] as const) {
      const events = await store.readTimeline(u.id, 0, 10);
      t.same(
        events.map((e) => (e.payload as { n: number }).n),
        expected,
        `${u.username}: the events in order`,
      );
      t.equal(await store.timelineHead(u.id), expected.length);
    }
    t.same(await store.appendTimelines([]), [], 'empty batch');
  });

  await t.test('blocks: add (idempotent), list newest first, blockers among, remove; history hides the blocked', async (t) => {
    const [alice, bob, carol] = [await user('alice'), await user('bob'), await user('carol')];
    const since = await store.addBlock(alice.id, bob.id);
    t.ok(since instanceof Date, 'since when');
    t.same(await store.addBlock(alice.id, bob.id), since, 'blocking again keeps the first date');
    await store.addBlock(carol.id, bob.id);
    await store.addBlock(alice.id, carol.id);
    const listed = await store.listBlocks(alice.id, 10);
    t.same(listed.map((b) => [b.userId, b.username]), [[carol.id, carol.username], [bob.id, bob.username]], 'newest first, blocking twice is one block');
    t.ok(listed.every((b) => b.createdAt instanceof Date), 'with the date');
    t.same((await store.listBlocks(alice.id, 1)).length, 1, 'at most limit');
    t.same((await store.blockersAmong(bob.id, [alice.id, carol.id, bob.id])).sort(), [alice.id, carol.id].sort());
    t.same(await store.blockersAmong(alice.id, [bob.id, carol.id]), [], 'blocks go one way');
    t.same(await store.blockersAmong(bob.id, []), []);
    await t.rejects(store.addBlock(alice.id, randomUUID() as UserId), { code: 'VOX_USER_NOT_FOUND' });
    await t.rejects(store.addBlock(alice.id, alice.id), { code: 'VOX_BAD_REQUEST' }, 'not oneself');

    const conv = await conversation([alice, bob, carol]);
    const fromBob = message(conv, bob, new Date('2030-01-01T00:00:01Z'), { state: 'complete' });
    const fromCarol = message(conv, carol, new Date('2030-01-01T00:00:02Z'), { state: 'complete' });
    await store.insertMessage(fromBob);
    await store.insertMessage(fromCarol);
    const ids = async (viewer: UserRecord): Promise<string[]> =>
      (await store.listMessages(conv, { limit: 10, viewer: viewer.id })).map((m) => m.id);
    t.same(await ids(alice), [], "alice blocks both: she sees neither's messages");
    t.same(await ids(carol), [fromCarol.id], 'carol blocks bob');
    t.same(await ids(bob), [fromCarol.id, fromBob.id], 'bob blocks nobody');

    t.equal(await store.removeBlock(alice.id, bob.id), true);
    t.equal(await store.removeBlock(alice.id, bob.id), false, 'removing again: there was none');
    t.same(await store.blockersAmong(bob.id, [alice.id]), []);
    t.same(await ids(alice), [fromBob.id], 'unblocked: his messages are back in her history');
  });

  await t.test('receipts: a batch in one call, first time wins, listed with usernames', async (t) => {
    const [alice, bob, carol] = [await user('alice'), await user('bob'), await user('carol')];
    const conv = await conversation([alice, bob, carol]);
    const first = message(conv, alice, new Date('2030-02-01T00:00:01Z'), { state: 'complete' });
    const second = message(conv, alice, new Date('2030-02-01T00:00:02Z'), { state: 'complete' });
    await store.insertMessage(first);
    await store.insertMessage(second);
    const stored = await store.addReceipts([
      { messageId: first.id, userId: bob.id, kind: 'delivered', atMs: 1000 },
      { messageId: first.id, userId: bob.id, kind: 'heard', atMs: 2000 },
      { messageId: first.id, userId: carol.id, kind: 'delivered', atMs: 1500 },
      { messageId: first.id, userId: carol.id, kind: 'delivered', atMs: 1600 },
    ]);
    t.same(
      stored.map((r) => [r.userId, r.kind, r.atMs]).sort(),
      [[bob.id, 'delivered', 1000], [bob.id, 'heard', 2000], [carol.id, 'delivered', 1500]].sort(),
      'a repeat inside the batch is stored once',
    );
    const again = await store.addReceipts([
      { messageId: first.id, userId: bob.id, kind: 'heard', atMs: 9000 },
      { messageId: second.id, userId: carol.id, kind: 'heard', atMs: 3000 },
    ]);
    t.same(again.map((r) => [r.messageId, r.userId]), [[second.id, carol.id]], 'only the new one is returned');
    const listed = await store.listReceipts([first.id, second.id]);
    t.same(
      listed.map((r) => [r.messageId, r.username, r.kind, r.atMs]),
      [
        [first.id, bob.username, 'delivered', 1000],
        [first.id, carol.username, 'delivered', 1500],
        [first.id, bob.username, 'heard', 2000],
        [second.id, carol.username, 'heard', 3000],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[3]) - Number(b[3])),
      'first time kept, oldest first per message',
    );
    t.same(await store.listReceipts([unique('msg') as MessageId]), [], 'none for an unknown message');
    t.same(await store.listReceipts([]), []);
    t.same(await store.addReceipts([]), []);
  });

  await t.test('listen modes: per user, device and conversation; normal forgets; unknown ids refused', async (t) => {
    const [alice, bob] = [await user('alice'), await user('bob')];
    const conv = await conversation([alice, bob]);
    const other = await conversation([alice, bob]);
    t.same(await store.listenModes(alice.id, 'phone'), new Map(), 'none set: everything normal');
    await store.setListenMode(alice.id, 'phone', conv, 'ignore');
    await store.setListenMode(alice.id, 'phone', other, 'screen');
    await store.setListenMode(alice.id, 'tablet', conv, 'screen');
    await store.setListenMode(bob.id, 'phone', conv, 'normal');
    t.same(await store.listenModes(alice.id, 'phone'), new Map([[conv, 'ignore'], [other, 'screen']]), 'per conversation');
    t.same(await store.listenModes(alice.id, 'tablet'), new Map([[conv, 'screen']]), 'per device');
    t.same(await store.listenModes(bob.id, 'phone'), new Map(), 'normal stores nothing');
    await store.setListenMode(alice.id, 'phone', conv, 'screen');
    t.same((await store.listenModes(alice.id, 'phone')).get(conv), 'screen', 'set again: replaced');
    await store.setListenMode(alice.id, 'phone', conv, 'normal');
    t.same(await store.listenModes(alice.id, 'phone'), new Map([[other, 'screen']]), 'normal forgets it');
    await t.rejects(store.setListenMode(alice.id, 'phone', randomUUID() as ConversationId, 'ignore'), { code: 'VOX_CONVERSATION_NOT_FOUND' });
    await t.rejects(store.setListenMode(randomUUID() as UserId, 'phone', conv, 'ignore'), { code: 'VOX_USER_NOT_FOUND' });
  });

  await notifyOutboxContract(t, store, { user, conversation });
  await t.test('usage: increments add up per user and day (also within one batch), sums over inclusive day ranges', async (t) => {
    const [a, b] = [await user('usage-a'), await user('usage-b')];
    const zero = { talkMs: 0, messages: 0, bytesIn: 0, bytesOut: 0, storageBytes: 0 };
    await store.addUsage([
      { ...zero, userId: a.id, day: '2026-03-01', talkMs: 1000, messages: 2, bytesIn: 300 },
      { ...zero, userId: a.id, day: '2026-03-01', talkMs: 20, messages: 1 },
      { ...zero, userId: a.id, day: '2026-03-02', bytesOut: 4000, storageBytes: 300 },
      { ...zero, userId: b.id, day: '2026-03-02', messages: 7 },
    ]);
    // A second router adds to the same rows.
    await store.addUsage([{ ...zero, userId: a.id, day: '2026-03-01', talkMs: 5, bytesOut: 1 }]);
    await store.addUsage([]);
    const all = await store.usageTotals({ userId: a.id });
    t.same(all, [{ userId: a.id, username: a.username, talkMs: 1025, messages: 3, bytesIn: 300, bytesOut: 4001, storageBytes: 300 }]);
    t.same(
      await store.usageTotals({ userId: a.id, from: '2026-03-02', to: '2026-03-02' }),
      [{ userId: a.id, username: a.username, talkMs: 0, messages: 0, bytesIn: 0, bytesOut: 4000, storageBytes: 300 }],
      'one day',
    );
    t.same(await store.usageTotals({ userId: a.id, to: '2026-03-01' }), [{ userId: a.id, username: a.username, ...zero, talkMs: 1025, messages: 3, bytesIn: 300, bytesOut: 1 }], 'up to a day');
    t.same(await store.usageTotals({ userId: a.id, from: '2026-03-03' }), [], 'no rows in range: absent');
    const both = (await store.usageTotals({ from: '2026-03-01', to: '2026-03-02' })).filter((u) => u.userId === a.id || u.userId === b.id);
    t.same(both.map((u) => [u.username, u.messages]).sort(), [[a.username, 3], [b.username, 7]].sort(), 'every user without a filter');
  });

  await t.test('migrate again is a no-op', async (t) => {
    const alice = await user();
    await store.migrate();
    t.same(await store.findUserById(alice.id), alice, 'data survives');
  });

  await t.test('close twice; calls after close fail', async (t) => {
    await store.close();
    await store.close();
    await t.rejects(store.findUserByName('anyone'), { code: 'VOX_STORAGE_FAILED' });
  });
}
