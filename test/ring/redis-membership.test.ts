import { Redis } from 'ioredis';
import t, { type Test } from 'tap';
import type { Logger } from '../../common/logger.js';
import type { MembershipChange } from '../../ring/membership.js';
import { RedisMembership, type RedisMembershipOptions } from '../../ring/redis-membership.js';
import type { RouterInfo } from '../../ring/router-info.js';
import { testRedisUrl, uniqueName } from '../helpers/services.js';
import { membershipContract } from './membership-contract.js';
import {
  captureLogger,
  freePort,
  ids,
  membersUntil,
  pollUntil,
  privateRedis,
  routerInfo,
  silentLogger,
} from './ring-test-kit.js';

const redisUrl = testRedisUrl();
/** Long enough that only a pub/sub message, never the periodic rescan, can explain a change seen within 1 s. */
const NO_RESCAN = 600_000;

function membership(
  t: Test,
  options: Partial<RedisMembershipOptions> & { self: RouterInfo; keyPrefix: string },
): RedisMembership {
  const m = new RedisMembership({ url: redisUrl, logger: silentLogger(), ...options });
  t.teardown(() => m.close());
  return m;
}

/** A plain client for looking at (and tampering with) what the memberships wrote. */
function inspector(t: Test, url = redisUrl): Redis {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  t.teardown(() => redis.disconnect());
  return redis;
}

void t.test('RedisMembership: Membership contract', async (t) => {
  await membershipContract(t, async (t, self, logger: Logger) =>
    membership(t, { self, logger, keyPrefix: `${uniqueName('ring')}:` }),
  );
});

void t.test('two routers see each other join and leave within 1 s, through pub/sub', async (t) => {
  const keyPrefix = `${uniqueName('ring')}:`;
  const a = membership(t, { self: routerInfo('a'), keyPrefix, scanIntervalMs: NO_RESCAN });
  const b = membership(t, { self: routerInfo('b'), keyPrefix, scanIntervalMs: NO_RESCAN });
  await a.start();
  t.same(ids(a.members()), ['a']);
  const changes: MembershipChange[] = [];
  a.onChange((c) => changes.push(c));
  const aSeesB = membersUntil(a, (m) => ids(m).join() === 'a,b', 1000);
  await b.start();
  t.same(ids(b.members()), ['a', 'b'], 'the newcomer finds the others in its first scan');
  t.same(await aSeesB, [routerInfo('a'), routerInfo('b')]);
  t.same(
    changes.map((c) => ids(c.joined)),
    [['b']],
  );

  const redis = inspector(t);
  t.equal(await redis.exists(`${keyPrefix}routers:b`), 1);
  const pttl = await redis.pttl(`${keyPrefix}routers:b`);
  t.ok(pttl > 0 && pttl <= 5000, `registration carries the default 5 s TTL (${pttl} ms left)`);

  const aSeesBLeave = membersUntil(a, (m) => ids(m).join() === 'a', 1000);
  await b.close();
  await aSeesBLeave;
  t.same(ids(changes.at(-1)?.left ?? []), ['b']);
  t.equal(await redis.exists(`${keyPrefix}routers:b`), 0, 'deregistered');
  t.equal(await redis.sismember(`${keyPrefix}routers`, 'b'), 0, 'removed from the index');
});

void t.test('the draining flag propagates within 1 s', async (t) => {
  const keyPrefix = `${uniqueName('ring')}:`;
  const a = membership(t, { self: routerInfo('a'), keyPrefix, scanIntervalMs: NO_RESCAN });
  const b = membership(t, { self: routerInfo('b'), keyPrefix, scanIntervalMs: NO_RESCAN });
  await a.start();
  await b.start();
  await membersUntil(a, (m) => m.length === 2, 1000);
  const updates: RouterInfo[][] = [];
  b.onChange((c) => updates.push(c.updated));
  const seen = membersUntil(b, (m) => m.find((x) => x.id === 'a')?.draining === true, 1000);
  await a.setDraining(true);
  await seen;
  t.same(updates, [[routerInfo('a', { draining: true })]]);
  const back = membersUntil(b, (m) => m.find((x) => x.id === 'a')?.draining === false, 1000);
  await a.setDraining(false);
  await back;
});

void t.test('a router whose heartbeat stops (crash) leaves once its TTL expires', async (t) => {
  const keyPrefix = `${uniqueName('ring')}:`;
  const a = membership(t, { self: routerInfo('a'), keyPrefix, ttlMs: 600, scanIntervalMs: 100 });
  const b = membership(t, { self: routerInfo('b'), keyPrefix, ttlMs: 600, scanIntervalMs: 100 });
  await a.start();
  await b.start();
  await membersUntil(a, (m) => m.length === 2);
  const redis = inspector(t);
  await b.close({ deregister: false });
  t.equal(await redis.exists(`${keyPrefix}routers:b`), 1, 'a crash leaves the registration behind');
  const left: string[] = [];
  a.onChange((c) => left.push(...ids(c.left)));
  await membersUntil(a, (m) => ids(m).join() === 'a');
  t.same(left, ['b']);
  t.equal(await redis.exists(`${keyPrefix}routers:b`), 0, 'expired');
  await pollUntil(
    'index pruned',
    async () => (await redis.sismember(`${keyPrefix}routers`, 'b')) === 0,
  );
  // a itself kept heartbeating all along.
  t.equal(await redis.exists(`${keyPrefix}routers:a`), 1);
});

void t.test(
  'a restarted router keeps its id; the old incarnation’s leave does not remove it',
  async (t) => {
    const keyPrefix = `${uniqueName('ring')}:`;
    const watcher = membership(t, { self: routerInfo('w'), keyPrefix, scanIntervalMs: NO_RESCAN });
    await watcher.start();
    const old = membership(t, {
      self: routerInfo('r', { startedAtMs: 1 }),
      keyPrefix,
      scanIntervalMs: NO_RESCAN,
    });
    await old.start();
    await membersUntil(watcher, (m) => m.find((x) => x.id === 'r')?.startedAtMs === 1);
    const fresh = membership(t, {
      self: routerInfo('r', { startedAtMs: 2 }),
      keyPrefix,
      scanIntervalMs: NO_RESCAN,
    });
    await fresh.start();
    await membersUntil(watcher, (m) => m.find((x) => x.id === 'r')?.startedAtMs === 2);
    await old.close();
    const redis = inspector(t);
    const stored = JSON.parse(
      (await redis.get(`${keyPrefix}routers:r`)) ?? 'null',
    ) as RouterInfo | null;
    t.equal(stored?.startedAtMs, 2, 'the new incarnation’s registration survives');
    t.same(ids(watcher.members()), ['r', 'w']);
  },
);

void t.test('malformed registrations are ignored', async (t) => {
  const keyPrefix = `${uniqueName('ring')}:`;
  const redis = inspector(t);
  await redis.set(`${keyPrefix}routers:junk`, '{"id":"junk","publicUrl":"nope"}', 'PX', 60_000);
  await redis.set(`${keyPrefix}routers:liar`, JSON.stringify(routerInfo('other')), 'PX', 60_000);
  await redis.sadd(`${keyPrefix}routers`, 'junk', 'liar');
  const { logger, lines } = captureLogger();
  const a = membership(t, { self: routerInfo('a'), keyPrefix, logger });
  await a.start();
  t.same(ids(a.members()), ['a']);
  t.equal(lines().filter((l) => l.msg === 'membership: ignoring malformed registration').length, 2);
});

void t.test('options are validated; an unreachable Redis fails start', async (t) => {
  const self = routerInfo('a');
  t.throws(() => new RedisMembership({ url: redisUrl, self, logger: silentLogger(), ttlMs: 10 }), {
    code: 'VOX_CONFIG_INVALID',
    message: /ttlMs/,
  });
  t.throws(
    () =>
      new RedisMembership({
        url: redisUrl,
        self,
        logger: silentLogger(),
        ttlMs: 1000,
        heartbeatMs: 900,
      }),
    {
      code: 'VOX_CONFIG_INVALID',
      message: /heartbeatMs/,
    },
  );
  const port = await freePort();
  const m = new RedisMembership({
    url: `redis://127.0.0.1:${port}`,
    self,
    logger: silentLogger(),
    connectTimeoutMs: 300,
  });
  t.teardown(() => m.close());
  await t.rejects(m.start(), { code: 'VOX_STORAGE_FAILED', retryable: true });
  await m.close();
});

void t.test(
  'Redis restart: members are kept while it is down, then re-register and watchers recover',
  async (t) => {
    const server = await privateRedis(t);
    const keyPrefix = 'voxring:';
    const logA = captureLogger();
    const opts = { url: server.url, keyPrefix, ttlMs: 1000, scanIntervalMs: 100 };
    const a = membership(t, { ...opts, self: routerInfo('a'), logger: logA.logger });
    const b = membership(t, { ...opts, self: routerInfo('b') });
    await a.start();
    await b.start();
    await membersUntil(a, (m) => m.length === 2);
    await membersUntil(b, (m) => m.length === 2);
    const departures: string[] = [];
    for (const m of [a, b]) m.onChange((c) => departures.push(...ids(c.left)));

    await server.kill();
    await pollUntil('both degraded', () => a.status().degraded && b.status().degraded);
    // Stay down across several failed reconnects and heartbeats (2 heartbeats per reconnect at least).
    await pollUntil(
      'three reconnect failures',
      () => logA.lines().filter((l) => l.msg === 'redis connection error').length >= 6,
    );
    t.same(ids(a.members()), ['a', 'b'], 'last known members kept while Redis is down');
    t.same(ids(b.members()), ['a', 'b']);

    await server.start(); // empty: no persistence
    const redis = inspector(t, server.url);
    await pollUntil(
      'both re-registered',
      async () => (await redis.exists(`${keyPrefix}routers:a`, `${keyPrefix}routers:b`)) === 2,
    );
    await pollUntil('both recovered', () => !a.status().degraded && !b.status().degraded);
    t.same(departures, [], 'nobody left the ring during the outage or the recovery');

    // Watchers work again: a newcomer is seen by both, and sees both.
    const c = membership(t, { ...opts, self: routerInfo('c') });
    const seen = Promise.all([
      membersUntil(a, (m) => m.length === 3),
      membersUntil(b, (m) => m.length === 3),
    ]);
    await c.start();
    await seen;
    t.same(ids(c.members()), ['a', 'b', 'c']);

    const states = logA
      .lines()
      .filter((l) => typeof l.msg === 'string' && /^membership (degraded|recovered)/.test(l.msg));
    t.same(
      states.map((l) => l.msg),
      [
        'membership degraded: redis unreachable, keeping last known members',
        'membership recovered: redis reachable again',
      ],
      'each state change logged once',
    );
  },
);

void t.test(
  'after a Redis restart, a router that died meanwhile leaves, but only after one TTL',
  async (t) => {
    const server = await privateRedis(t);
    const opts = { url: server.url, keyPrefix: 'voxring:', ttlMs: 600, scanIntervalMs: 100 };
    const a = membership(t, { ...opts, self: routerInfo('a') });
    const b = membership(t, { ...opts, self: routerInfo('b') });
    const c = membership(t, { ...opts, self: routerInfo('c') });
    await Promise.all([a.start(), b.start(), c.start()]);
    await membersUntil(a, (m) => m.length === 3);
    await server.kill();
    await pollUntil('a degraded', () => a.status().degraded);
    await c.close({ deregister: false }); // dies while Redis is down: no leave message, no registration after the restart
    const cLeft = new Promise<number>((resolve) =>
      a.onChange((ch) => ids(ch.left).includes('c') && resolve(Date.now())),
    );
    await server.start();
    const leftAt = await cLeft;
    t.notOk(a.status().degraded);
    const recoveredAt = a.status().sinceMs;
    t.ok(
      leftAt - recoveredAt >= opts.ttlMs,
      `c dropped ${leftAt - recoveredAt} ms after recovery, not before one TTL (${opts.ttlMs} ms)`,
    );
    t.same(ids(a.members()), ['a', 'b'], 'b re-registered and stayed');
  },
);
