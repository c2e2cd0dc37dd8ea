/** RecentRevocations: what a router tells a peer again when its link comes up. */
import t from 'tap';
import { RecentRevocations } from '../../router/cluster/recent-revocations.js';

void t.test('revocations are told again for keepMs, oldest first, at most max of them', async (t) => {
  let now = 1000;
  const recent = new RecentRevocations(60_000, 3, () => now);
  const at = (ms: number, tokenHash: string): void => {
    now = ms;
    recent.add(tokenHash);
  };
  at(1000, 'a');
  at(11_000, 'b');
  at(21_000, 'c');
  t.same(recent.list(), ['a', 'b', 'c'], 'oldest first');
  at(31_000, 'a');
  t.same(recent.list(), ['b', 'c', 'a'], 'a revocation told again counts from its latest time');
  at(41_000, 'd');
  t.same(recent.list(), ['c', 'a', 'd'], 'past max, the oldest goes');
  now = 21_000 + 60_001;
  t.same(recent.list(), ['a', 'd'], 'past keepMs, a revocation is no longer told');
  now = 41_000 + 60_001;
  t.same(recent.list(), [], 'nor any, once all are older');
});
