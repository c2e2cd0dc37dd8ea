import t from 'tap';
import { parsePeers, StaticMembership } from '../../ring/static-membership.js';
import { membershipContract } from './membership-contract.js';
import { ids, routerInfo, silentLogger } from './ring-test-kit.js';

void t.test('StaticMembership: Membership contract', async (t) => {
  await membershipContract(t, async (t, self, logger) => {
    const m = new StaticMembership({ self, peers: [routerInfo('peer-a')], logger });
    t.teardown(() => m.close());
    return m;
  });
});

void t.test(
  'members are self plus peers, sorted; self wins over a peer entry with its id',
  async (t) => {
    const self = routerInfo('b', { publicUrl: 'ws://self:1' });
    const m = new StaticMembership({
      self,
      peers: [routerInfo('c'), routerInfo('b', { publicUrl: 'ws://stale:1' }), routerInfo('a')],
      logger: silentLogger(),
    });
    await m.start();
    t.same(ids(m.members()), ['a', 'b', 'c']);
    t.equal(m.members().find((x) => x.id === 'b')?.publicUrl, 'ws://self:1');
    t.same(m.status(), { kind: 'static', degraded: false, sinceMs: m.status().sinceMs });
    const single = new StaticMembership({ self, logger: silentLogger() });
    t.same(ids(single.members()), ['b'], 'no peers: a single node');
  },
);

void t.test('bad self or peers fail at construction naming the problem', async (t) => {
  const logger = silentLogger();
  t.throws(() => new StaticMembership({ self: routerInfo('a', { publicUrl: 'nope' }), logger }), {
    code: 'VOX_CONFIG_INVALID',
    message: /publicUrl/,
  });
  t.throws(() => new StaticMembership({ self: routerInfo('a b'), logger }), {
    code: 'VOX_CONFIG_INVALID',
    message: /router id/,
  });
  t.throws(
    () =>
      new StaticMembership({
        self: routerInfo('a'),
        peers: [routerInfo('p'), routerInfo('p')],
        logger,
      }),
    {
      code: 'VOX_CONFIG_INVALID',
      message: /listed twice/,
    },
  );
  t.throws(
    () =>
      new StaticMembership({
        self: routerInfo('a'),
        peers: [routerInfo('p', { linkUrl: 'ftp://x' })],
        logger,
      }),
    {
      code: 'VOX_CONFIG_INVALID',
      message: /linkUrl/,
    },
  );
});

void t.test('parsePeers reads id=publicUrl|linkUrl lists', async (t) => {
  t.same(
    parsePeers(
      'r1=ws://10.0.0.1:8080|ws://10.0.0.1:8081, r2=wss://b.example/|ws://10.0.0.2:8081\n',
    ),
    [
      {
        id: 'r1',
        publicUrl: 'ws://10.0.0.1:8080',
        linkUrl: 'ws://10.0.0.1:8081',
        startedAtMs: 0,
        draining: false,
      },
      {
        id: 'r2',
        publicUrl: 'wss://b.example/',
        linkUrl: 'ws://10.0.0.2:8081',
        startedAtMs: 0,
        draining: false,
      },
    ],
  );
  t.same(parsePeers('  '), []);
  t.throws(() => parsePeers('r1=ws://a:1'), {
    code: 'VOX_CONFIG_INVALID',
    message: /id=publicUrl\|linkUrl/,
  });
  t.throws(() => parsePeers('=ws://a:1|ws://a:2'), { code: 'VOX_CONFIG_INVALID' });
  t.throws(() => parsePeers('r1=ws://a:1|ws://a:2,r1=ws://b:1|ws://b:2'), {
    code: 'VOX_CONFIG_INVALID',
    message: /twice/,
  });
  t.throws(() => parsePeers('r1=ws://a:1|not a url'), {
    code: 'VOX_CONFIG_INVALID',
    message: /linkUrl/,
  });
});
