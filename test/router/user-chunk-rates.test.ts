/** UserChunkRates on a fake clock: one bucket per user, refilled at the rate, full buckets swept. */
import t from 'tap';
import type { UserId } from '../../common/ids.js';
import { UserChunkRates } from '../../router/stream/user-chunk-rates.js';

const alice = 'u-alice' as UserId;
const bob = 'u-bob' as UserId;

void t.test('a user has one bucket: burst, then the rate; other users are apart', async (t) => {
  const rates = new UserChunkRates({ perSecond: 10, burst: 5 }, 0);
  const taken = Array.from({ length: 6 }, () => rates.take(alice, 0));
  t.same(taken, [true, true, true, true, true, false], 'the burst of 5, then refused');
  t.ok(rates.take(bob, 0), 'another user has a bucket of their own');
  t.notOk(rates.take(alice, 50), 'half a token after 50 ms at 10/s');
  t.ok(rates.take(alice, 100), 'one token after 100 ms');
  t.notOk(rates.take(alice, 100));
});

void t.test('buckets refilled to their burst are swept, at most every sweep interval', async (t) => {
  const carol = 'u-carol' as UserId;
  const rates = new UserChunkRates({ perSecond: 10, burst: 5 }, 0, 1000);
  rates.take(alice, 0); // 4 tokens at 0: full again at 100
  rates.take(bob, 950); // 4 tokens at 950: full again at 1050
  t.equal(rates.size, 2);
  rates.take(carol, 1000); // the first sweep: alice is full, bob is not
  t.equal(rates.size, 2, 'alice swept, bob kept, carol added');
  for (let i = 0; i < 5; i++) rates.take(alice, 1500); // alice anew, emptied: full again at 2000
  rates.take(bob, 1999);
  t.equal(rates.size, 3, 'no sweep before the interval is over');
  rates.take(bob, 2000); // the next sweep: alice and carol are full, bob (4 tokens at 1999) is not
  t.equal(rates.size, 1, 'alice and carol swept, bob kept');
  t.notOk(rates.take(alice, 2000) && rates.take(alice, 2000) && rates.take(alice, 2000) && rates.take(alice, 2000) && rates.take(alice, 2000) && rates.take(alice, 2000), 'a swept user starts again with the burst, no more');
});
