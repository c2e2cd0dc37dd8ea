/**
 * AckPacer: an ack at once when the last one is old enough, else one ack at
 * the next round covering every commit in between; forgotten messages get none.
 */
import { setTimeout as delay } from 'node:timers/promises';
import t from 'tap';
import { AckPacer } from '../../router/stream/ack-pacer.js';

interface Message {
  name: string;
  ackedAt: number;
}

function pacer(intervalMs: number): { pacer: AckPacer<Message>; sent: string[]; clock: { now: number } } {
  const clock = { now: 1000 };
  const sent: string[] = [];
  const paced = new AckPacer<Message>(
    intervalMs,
    (m) => {
      sent.push(m.name);
      m.ackedAt = clock.now;
    },
    () => clock.now,
  );
  return { pacer: paced, sent, clock };
}

void t.test('acks at once when the last ack is at least an interval old', async (t) => {
  const { pacer: paced, sent, clock } = pacer(40);
  const a = { name: 'a', ackedAt: 0 };
  paced.durable(a);
  t.same(sent, ['a'], 'first commit: at once');
  clock.now += 40;
  paced.durable(a);
  t.same(sent, ['a', 'a'], 'exactly an interval later: at once');
  paced.close();
});

void t.test('commits within an interval share one ack at the next round', async (t) => {
  const { pacer: paced, sent, clock } = pacer(30);
  const a = { name: 'a', ackedAt: 0 };
  const b = { name: 'b', ackedAt: 0 };
  paced.durable(a);
  paced.durable(b);
  t.same(sent, ['a', 'b']);
  clock.now += 5;
  paced.durable(a);
  paced.durable(a);
  paced.durable(b);
  t.same(sent, ['a', 'b'], 'nothing more before the round');
  await delay(60);
  t.same(sent.slice(2).sort(), ['a', 'b'], 'one ack each at the round, however many commits');
  await delay(60);
  t.equal(sent.length, 4, 'no round without a commit');
  paced.close();
});

void t.test('a forgotten message gets no paced ack; close cancels the round', async (t) => {
  const { pacer: paced, sent, clock } = pacer(20);
  const a = { name: 'a', ackedAt: clock.now };
  const b = { name: 'b', ackedAt: clock.now };
  paced.durable(a);
  paced.durable(b);
  paced.forget(a);
  await delay(50);
  t.same(sent, ['b']);
  paced.durable(b);
  paced.close();
  await delay(50);
  t.same(sent, ['b'], 'closed before its round');
});
