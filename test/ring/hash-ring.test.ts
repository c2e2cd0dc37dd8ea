import t from 'tap';
import type { RouterId, UserId } from '../../common/ids.js';
import { HashRing } from '../../ring/hash-ring.js';

const routers = (...names: string[]): RouterId[] => names as RouterId[];
const users = (n: number): UserId[] => Array.from({ length: n }, (_, i) => `user-${i}` as UserId);
const KEYS = users(20_000);

void t.test('same members give the same answers, whatever the order or instance', async (t) => {
  const a = new HashRing(routers('r1', 'r2', 'r3', 'r4'));
  const b = new HashRing(routers('r4', 'r2', 'r1', 'r3', 'r2'));
  t.same(b.members(), ['r1', 'r2', 'r3', 'r4'], 'sorted, duplicates dropped');
  t.ok(a.sameAs(b));
  for (const key of KEYS.slice(0, 2000)) {
    if (a.home(key) !== b.home(key)) t.fail(`home of ${key} differs`);
    if (a.fallbacks(key, 3).join() !== b.fallbacks(key, 3).join())
      t.fail(`fallbacks of ${key} differ`);
  }
  t.same([...a.shares()], [...b.shares()]);
  // Pinned answers: the continuum (md5, ketama points) must not change between versions,
  // or routers running different builds would disagree on homes.
  t.same(
    ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'].map((u) => a.home(u as UserId)),
    ['r4', 'r4', 'r3', 'r2', 'r3', 'r1'],
  );
  t.same(a.fallbacks('alice' as UserId, 3), ['r1', 'r2', 'r3']);
  t.notOk(
    a.sameAs(new HashRing(routers('r1', 'r2', 'r3', 'r4'), { vnodes: 8 })),
    'vnodes are part of identity',
  );
});

void t.test(
  'every member is home to some keys; fallbacks are distinct and exclude the home',
  async (t) => {
    const ring = new HashRing(routers('a', 'b', 'c', 'd', 'e'));
    const homes = new Set<RouterId | undefined>();
    for (const key of KEYS.slice(0, 5000)) {
      const home = ring.home(key);
      homes.add(home);
      const fallbacks = ring.fallbacks(key, 4);
      if (fallbacks.length !== 4 || new Set([home, ...fallbacks]).size !== 5) {
        t.fail(`bad fallbacks for ${key}: home ${home}, ${fallbacks.join()}`);
        break;
      }
      if (ring.route(key).join() !== [home, ...fallbacks].join())
        t.fail(`route of ${key} is not home + fallbacks`);
    }
    t.same([...homes].sort(), ['a', 'b', 'c', 'd', 'e']);
    t.same(ring.fallbacks(KEYS[0]!, 0), [], 'zero fallbacks (hashring would return all for 0)');
    t.equal(ring.fallbacks(KEYS[0]!, 99).length, 4, 'capped at the other members');
    t.same(
      ring.fallbacks(KEYS[0]!, 2),
      ring.fallbacks(KEYS[0]!, 4).slice(0, 2),
      'a shorter list is a prefix',
    );
    t.throws(() => ring.fallbacks(KEYS[0]!, -1), { code: 'VOX_BAD_REQUEST' });
  },
);

void t.test('empty and single-member rings', async (t) => {
  const empty = new HashRing([]);
  t.equal(empty.home('x' as UserId), undefined);
  t.same(empty.fallbacks('x' as UserId, 3), []);
  t.same(empty.route('x' as UserId), []);
  t.equal(empty.shares().size, 0);
  const one = new HashRing(routers('solo'));
  t.equal(one.home('x' as UserId), 'solo');
  t.same(one.fallbacks('x' as UserId, 3), []);
  t.same([...one.shares()], [['solo', 1]]);
});

void t.test('adding a member moves only keys to it, about 1/N of them', async (t) => {
  for (const n of [4, 48]) {
    const before = new HashRing(routers(...Array.from({ length: n }, (_, i) => `r${i}`)));
    const after = new HashRing([...before.members(), 'new' as RouterId]);
    let moved = 0;
    let elsewhere = 0;
    for (const key of KEYS) {
      const from = before.home(key);
      const to = after.home(key);
      if (from === to) continue;
      moved++;
      if (to !== 'new') elsewhere++;
    }
    // n = 48 → 49 members: hashring's default vnode arithmetic gives some members one vnode fewer at 49.
    t.equal(elsewhere, 0, `${n}→${n + 1}: no key moves between old members`);
    const expected = 1 / (n + 1);
    t.ok(
      moved / KEYS.length > expected * 0.5 && moved / KEYS.length < expected * 1.5,
      `${n}→${n + 1}: moved ${moved} keys, expected ~${Math.round(expected * KEYS.length)}`,
    );
  }
});

void t.test('removing a member moves only its keys, spread over the others', async (t) => {
  const before = new HashRing(routers('a', 'b', 'c', 'd', 'e'));
  const after = new HashRing(routers('a', 'b', 'c', 'e'));
  const receivers = new Set<RouterId | undefined>();
  for (const key of KEYS) {
    const from = before.home(key);
    const to = after.home(key);
    if (from === 'd') {
      receivers.add(to);
      // The new home is the first fallback the old ring named.
      if (before.fallbacks(key, 1)[0] !== to)
        t.fail(`${key}: new home ${to} is not the old first fallback`);
    } else if (from !== to) {
      t.fail(`${key} moved from ${from} to ${to} though ${from} stayed`);
      break;
    }
  }
  t.same(
    [...receivers].sort(),
    ['a', 'b', 'c', 'e'],
    'the leaver’s keys spread over every remaining member',
  );
});

void t.test(
  'shares come from the continuum, sum to 1 and match the observed key split',
  async (t) => {
    const ring = new HashRing(routers('a', 'b', 'c', 'd'), { vnodes: 16 });
    const shares = ring.shares();
    t.same([...shares.keys()], ['a', 'b', 'c', 'd']);
    const total = [...shares.values()].reduce((s, v) => s + v, 0);
    t.ok(Math.abs(total - 1) < 1e-9, `sum ${total}`);
    const counts = new Map<RouterId, number>();
    for (const key of KEYS) {
      const home = ring.home(key)!;
      counts.set(home, (counts.get(home) ?? 0) + 1);
    }
    for (const [id, share] of shares) {
      const observed = (counts.get(id) ?? 0) / KEYS.length;
      t.ok(
        Math.abs(observed - share) < 0.02,
        `${id}: share ${share.toFixed(3)} vs observed ${observed.toFixed(3)}`,
      );
    }
    // More vnodes → a more even split.
    const spread = (r: HashRing): number =>
      Math.max(...r.shares().values()) - Math.min(...r.shares().values());
    t.ok(
      spread(new HashRing(routers('a', 'b', 'c', 'd'), { vnodes: 512 })) <
        spread(new HashRing(routers('a', 'b', 'c', 'd'), { vnodes: 2 })),
    );
  },
);

void t.test('options are validated', async (t) => {
  t.throws(() => new HashRing(routers('a'), { vnodes: 0 }), { code: 'VOX_CONFIG_INVALID' });
  t.throws(() => new HashRing(routers('a'), { cacheSize: 0 }), {
    code: 'VOX_CONFIG_INVALID',
    message: /cacheSize/,
  });
  t.throws(() => new HashRing(routers('__proto__')), { code: 'VOX_CONFIG_INVALID' });
  t.throws(() => new HashRing(routers('')), { code: 'VOX_CONFIG_INVALID' });
  const tiny = new HashRing(routers('a', 'b'), { cacheSize: 1, vnodes: 1 });
  t.equal(tiny.vnodes, 1);
  // A one-entry LRU still answers consistently while it evicts.
  const first = KEYS.slice(0, 50).map((k) => tiny.home(k));
  t.same(
    KEYS.slice(0, 50).map((k) => tiny.home(k)),
    first,
  );
});
