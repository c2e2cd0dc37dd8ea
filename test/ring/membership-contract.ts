/**
 * The Membership contract, run against StaticMembership and RedisMembership:
 * what a single router observes of itself. Multi-router behaviour is
 * implementation-specific (a static list never changes) and tested beside
 * each implementation.
 */
import type { Test } from 'tap';
import type { Logger } from '../../common/logger.js';
import type { Membership, MembershipChange } from '../../ring/membership.js';
import type { RouterInfo } from '../../ring/router-info.js';
import { captureLogger, routerInfo } from './ring-test-kit.js';

/** Creates a not yet started membership for `self`; the factory registers its teardown. */
export type MembershipFactory = (t: Test, self: RouterInfo, logger: Logger) => Promise<Membership>;

export async function membershipContract(t: Test, create: MembershipFactory): Promise<void> {
  let serial = 0;
  const self = (): RouterInfo =>
    routerInfo(`self-${++serial}`, { startedAtMs: 1_700_000_000_000 + serial });

  await t.test('after start, members() holds self exactly as given', async (t) => {
    const info = self();
    const m = await create(t, info, captureLogger().logger);
    await m.start();
    await m.start(); // idempotent
    t.equal(m.selfId, info.id);
    const me = m.members().find((x) => x.id === info.id);
    t.same(me, info);
    t.equal(m.status().degraded, false);
    // Returned lists are copies: mutating one changes nothing.
    me!.draining = true;
    t.equal(m.members().find((x) => x.id === info.id)?.draining, false);
  });

  await t.test('setDraining emits one update for self, and nothing when unchanged', async (t) => {
    const info = self();
    const m = await create(t, info, captureLogger().logger);
    await m.start();
    const changes: MembershipChange[] = [];
    m.onChange((c) => changes.push(c));
    await m.setDraining(true);
    t.equal(changes.length, 1);
    t.same(changes[0]?.updated, [{ ...info, draining: true }]);
    t.same(changes[0]?.joined, []);
    t.same(changes[0]?.left, []);
    t.equal(m.members().find((x) => x.id === info.id)?.draining, true);
    await m.setDraining(true);
    t.equal(changes.length, 1, 'no event for an unchanged flag');
    await m.setDraining(false);
    t.equal(changes.length, 2);
    t.equal(changes[1]?.updated[0]?.draining, false);
  });

  await t.test(
    'a throwing listener is logged and does not stop the others or later events',
    async (t) => {
      const info = self();
      const { logger, lines } = captureLogger();
      const m = await create(t, info, logger);
      await m.start();
      let calls = 0;
      m.onChange(() => {
        throw new Error('listener bug');
      });
      m.onChange(() => calls++);
      await m.setDraining(true);
      await m.setDraining(false);
      t.equal(calls, 2);
      t.equal(lines().filter((l) => l.msg === 'membership listener threw').length, 2);
      t.equal(
        lines().find((l) => l.msg === 'membership listener threw')?.level,
        50,
        'logged at error level',
      );
    },
  );

  await t.test(
    'unsubscribe stops delivery; the same function subscribed twice gets two calls',
    async (t) => {
      const m = await create(t, self(), captureLogger().logger);
      await m.start();
      let calls = 0;
      const listener = (): void => {
        calls++;
      };
      const off = m.onChange(listener);
      const off2 = m.onChange(listener);
      await m.setDraining(true);
      t.equal(calls, 2);
      off();
      off();
      await m.setDraining(false);
      t.equal(calls, 3);
      off2();
      await m.setDraining(true);
      t.equal(calls, 3);
    },
  );

  await t.test('close is idempotent; setDraining after close is refused', async (t) => {
    const m = await create(t, self(), captureLogger().logger);
    await m.start();
    await Promise.all([m.close(), m.close()]);
    await m.close();
    await t.rejects(m.setDraining(true), { code: 'VOX_SHUTTING_DOWN' });
  });
}
