/**
 * Child process for ring-lifecycle.test.ts: starts two Redis memberships, a
 * Redis and a memory hot state, uses them, closes them (one membership twice,
 * one "crashed" without deregistering) and prints DONE. It must then exit by
 * itself: a leaked timer or socket keeps it alive and the parent test fails.
 */
import type { ConversationId, UserId } from '../../common/ids.js';
import { MemoryHotState } from '../../header-store/memory-hot-state.js';
import { createRedisHotState } from '../../header-store/redis-hot-state.js';
import { RedisMembership } from '../../ring/redis-membership.js';
import { StaticMembership } from '../../ring/static-membership.js';
import { routerInfo, silentLogger } from './ring-test-kit.js';

const [url, keyPrefix] = process.argv.slice(2);
if (!url || !keyPrefix) throw new Error('usage: ring-exit-check.ts REDIS_URL KEY_PREFIX');
const logger = silentLogger();
const a = new RedisMembership({ url, keyPrefix, self: routerInfo('a'), logger, ttlMs: 600 });
const b = new RedisMembership({ url, keyPrefix, self: routerInfo('b'), logger, ttlMs: 600 });
const fixed = new StaticMembership({ self: routerInfo('s'), logger });
await Promise.all([a.start(), b.start(), fixed.start()]);
await a.setDraining(true);
const redisHot = await createRedisHotState({ url, keyPrefix, logger });
const memoryHot = new MemoryHotState();
for (const hot of [redisHot, memoryHot])
  await hot.incrementUnread('c' as ConversationId, ['u' as UserId]);
await Promise.all([a.close(), a.close(), b.close({ deregister: false }), fixed.close()]);
await Promise.all([redisHot.close(), memoryHot.close()]);
process.stdout.write('DONE\n');
