import { Redis } from 'ioredis';
import t from 'tap';
import { isVoxError } from '../../common/errors.js';
import type { ConversationId, MessageId, RouterId, UserId } from '../../common/ids.js';
import { createRedisHotState } from '../../header-store/redis-hot-state.js';
import { testRedisUrl, uniqueName } from '../helpers/services.js';
import { hotStateContract } from './hot-state-contract.js';
import { captureLogger, freePort, privateRedis, silentLogger } from '../ring/ring-test-kit.js';

const redisUrl = testRedisUrl();

void t.test('RedisHotState: HotState contract', async (t) => {
  await hotStateContract(t, async (t, limits) => {
    const store = await createRedisHotState({
      url: redisUrl,
      keyPrefix: `${uniqueName('hot')}:`,
      logger: silentLogger(),
      limits,
    });
    t.teardown(() => store.close());
    return store;
  });
});

void t.test(
  'two instances on one prefix share the state; another prefix sees none of it',
  async (t) => {
    const keyPrefix = `${uniqueName('hot')}:`;
    const open = async (prefix: string) => {
      const store = await createRedisHotState({
        url: redisUrl,
        keyPrefix: prefix,
        logger: silentLogger(),
      });
      t.teardown(() => store.close());
      return store;
    };
    const [a, b, other] = await Promise.all([
      open(keyPrefix),
      open(keyPrefix),
      open(`${uniqueName('hot')}:`),
    ]);
    const c = 'conv-1' as ConversationId;
    await a.setLive({
      messageId: 'm1' as MessageId,
      conversationId: c,
      senderId: 'u1' as UserId,
      routerId: 'r1' as RouterId,
      startedAtMs: 1,
    });
    await a.incrementUnread(c, ['u2' as UserId]);
    t.equal((await b.getLive('m1' as MessageId))?.routerId, 'r1');
    t.equal(await b.unreadCount('u2' as UserId, c), 1);
    t.equal(await other.getLive('m1' as MessageId), undefined);
    t.equal(await other.unreadCount('u2' as UserId, c), 0);
  },
);

void t.test('an unreachable Redis at start fails with VOX_STORAGE_FAILED', async (t) => {
  const port = await freePort();
  await t.rejects(
    createRedisHotState({
      url: `redis://127.0.0.1:${port}`,
      logger: silentLogger(),
      connectTimeoutMs: 300,
    }),
    {
      code: 'VOX_STORAGE_FAILED',
      retryable: true,
    },
  );
});

void t.test(
  'Redis down: calls reject with a retryable VOX_STORAGE_FAILED, logged once; they work again after a restart',
  async (t) => {
    const server = await privateRedis(t);
    const { logger, lines } = captureLogger();
    const keyPrefix = 'vx:';
    const store = await createRedisHotState({ url: server.url, keyPrefix, logger });
    t.teardown(() => store.close());
    const c = 'conv-1' as ConversationId;
    const u = 'user-1' as UserId;
    await store.incrementUnread(c, [u]);
    await store.addSpeaker(c, { messageId: 'm1' as MessageId, userId: u, startedAtMs: 1 });
    await store.setLive({
      messageId: 'm1' as MessageId,
      conversationId: c,
      senderId: u,
      routerId: 'r1' as RouterId,
      startedAtMs: 1,
    });
    await store.putHeader({
      id: 'm1' as MessageId,
      conversationId: c,
      senderId: u,
      senderName: 'u',
      senderDevice: 'd',
      contentType: 'text',
      opus: null,
      text: 'hi',
      state: 'complete',
      startedAtMs: 1,
      endedAtMs: 1,
      durationMs: 0,
      chunkCount: 0,
      byteCount: 0,
    });
    // Every key this store wrote carries its prefix (this Redis is ours alone).
    const inspect = new Redis(server.url, { maxRetriesPerRequest: 1 });
    inspect.on('error', () => undefined);
    const keys = (await inspect.keys('*')).sort();
    inspect.disconnect();
    t.same(keys, [
      'vx:hdr:conv-1',
      'vx:hdrd:conv-1',
      'vx:live',
      'vx:liveon:r1',
      'vx:spk:conv-1',
      'vx:spkd:conv-1',
      'vx:unread:user-1',
    ]);

    await server.kill();
    const attempts = [
      store.unreadCount(u, c),
      store.incrementUnread(c, [u]),
      store.speakers(c),
      store.setLive({
        messageId: 'm2' as MessageId,
        conversationId: c,
        senderId: u,
        routerId: 'r1' as RouterId,
        startedAtMs: 2,
      }),
      store.liveOnRouter('r1' as RouterId),
      store.recentHeaders(c),
    ];
    for (const attempt of attempts)
      await t.rejects(
        attempt.then(() => undefined),
        { name: 'VoxError', code: 'VOX_STORAGE_FAILED', retryable: true },
      );
    // Argument errors stay argument errors while Redis is down.
    await t.rejects(store.incrementUnread(c, [u], 0), { code: 'VOX_BAD_REQUEST' });
    t.equal(
      lines().filter((l) => l.msg === 'hot state degraded: redis unavailable').length,
      1,
      'degraded logged once for six failures',
    );

    await server.start(); // empty again: no persistence
    let recovered = false;
    for (let i = 0; i < 200 && !recovered; i++) {
      try {
        await store.incrementUnread(c, [u]);
        recovered = true;
      } catch (err) {
        // Until ioredis reconnects, calls keep failing the same typed way.
        if (!isVoxError(err) || err.code !== 'VOX_STORAGE_FAILED') throw err;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    t.ok(recovered, 'calls succeed again once Redis is back');
    t.equal(await store.unreadCount(u, c), 1, 'state after the restart starts from empty');
    // Scripts are loaded again on the new server (NOSCRIPT → EVAL).
    await store.addSpeaker(c, { messageId: 'm3' as MessageId, userId: u, startedAtMs: 3 });
    t.same(
      (await store.speakers(c)).map((s) => s.messageId),
      ['m3'],
    );
    t.equal(
      lines().filter((l) => l.msg === 'hot state recovered: redis available again').length,
      1,
    );
  },
);
