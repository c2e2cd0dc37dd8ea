/**
 * AckPacer: an ack at once when the last one is at least an interval old,
 * else exactly one interval after the previous ack, covering every commit in
 * between; forgotten messages get none. Clock and timer are fakes: each
 * test says when time passes and when the timer fires.
 */
import t from 'tap';
import { AckPacer, type PacerTimer } from '../../router/stream/ack-pacer.js';

interface Message {
  name: string;
  ackedAt: number;
}

/** One pending timer at most (the pacer keeps one); `fire` runs it. */
class FakeTimer implements PacerTimer {
  pending: { run: () => void; delayMs: number } | undefined;
  set(run: () => void, delayMs: number): unknown {
    this.pending = { run, delayMs };
    return this.pending;
  }
  clear(handle: unknown): void {
    if (this.pending === handle) this.pending = undefined;
  }
  fire(): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.run();
  }
}

function pacer(intervalMs: number): { pacer: AckPacer<Message>; sent: string[]; clock: { now: number }; timer: FakeTimer } {
  const clock = { now: 1000 };
  const sent: string[] = [];
  const timer = new FakeTimer();
  const paced = new AckPacer<Message>(
    intervalMs,
    (m) => {
      sent.push(`${m.name}@${clock.now}`);
      m.ackedAt = clock.now;
    },
    () => clock.now,
    timer,
  );
  return { pacer: paced, sent, clock, timer };
}

void t.test('acks at once when the last ack is at least an interval old', async (t) => {
  const { pacer: paced, sent, clock, timer } = pacer(40);
  const a = { name: 'a', ackedAt: 0 };
  paced.durable(a);
  t.same(sent, ['a@1000'], 'first commit: at once');
  clock.now += 40;
  paced.durable(a);
  t.same(sent, ['a@1000', 'a@1040'], 'exactly an interval later: at once');
  t.equal(timer.pending, undefined, 'no timer when nothing is held');
  paced.close();
});

void t.test('a held ack goes out one interval after the previous ack, not one interval after the commit', async (t) => {
  const { pacer: paced, sent, clock, timer } = pacer(50);
  const a = { name: 'a', ackedAt: 0 };
  paced.durable(a);
  clock.now = 1045;
  paced.durable(a);
  paced.durable(a);
  t.same(sent, ['a@1000'], 'held: the last ack is 45 ms old');
  t.equal(timer.pending?.delayMs, 5, 'timer set for the previous ack + 50 ms');
  clock.now = 1050;
  timer.fire();
  t.same(sent, ['a@1000', 'a@1050'], 'one ack for both commits');
  t.equal(timer.pending, undefined, 'nothing held: no timer');
  t.equal(paced.heldCount, 0);
  paced.close();
});

void t.test('messages held at different times each get their ack on their own due time', async (t) => {
  const { pacer: paced, sent, clock, timer } = pacer(50);
  const a = { name: 'a', ackedAt: 0 };
  const b = { name: 'b', ackedAt: 0 };
  paced.durable(a); // acked at 1000
  clock.now = 1020;
  paced.durable(b); // acked at 1020
  clock.now = 1030;
  paced.durable(b); // held, due 1070
  t.equal(timer.pending?.delayMs, 40, 'b is due at 1070');
  paced.durable(a); // held, due 1050: the timer moves earlier
  t.equal(timer.pending?.delayMs, 20, 'a is due at 1050');
  clock.now = 1050;
  timer.fire();
  t.same(sent, ['a@1000', 'b@1020', 'a@1050'], 'only a is due');
  t.equal(timer.pending?.delayMs, 20, 'next: b at 1070');
  clock.now = 1070;
  timer.fire();
  t.same(sent.slice(3), ['b@1070']);
  t.equal(timer.pending, undefined);
  paced.close();
});

void t.test('a late timer acks every message due by then in one round', async (t) => {
  const { pacer: paced, sent, clock, timer } = pacer(30);
  const messages = ['a', 'b', 'c'].map((name) => ({ name, ackedAt: 0 }));
  for (const m of messages) paced.durable(m);
  clock.now = 1010;
  for (const m of messages) paced.durable(m);
  clock.now = 1100;
  timer.fire();
  t.same(sent.slice(3), ['a@1100', 'b@1100', 'c@1100']);
  t.equal(timer.pending, undefined);
  paced.close();
});

void t.test('an ack sent outside the pacer (resume) restarts its interval', async (t) => {
  const { pacer: paced, sent, clock, timer } = pacer(50);
  const a = { name: 'a', ackedAt: 0 };
  clock.now = 1000;
  a.ackedAt = 990; // e.g. the resume ack
  paced.durable(a);
  t.same(sent, [], 'held: the resume ack is 10 ms old');
  t.equal(timer.pending?.delayMs, 40);
  clock.now = 1040;
  timer.fire();
  t.same(sent, ['a@1040']);
  paced.close();
});

void t.test('a forgotten message gets no paced ack; close cancels the timer', async (t) => {
  const { pacer: paced, sent, clock, timer } = pacer(20);
  const a = { name: 'a', ackedAt: clock.now };
  const b = { name: 'b', ackedAt: clock.now };
  paced.durable(a);
  paced.durable(b);
  paced.forget(a);
  clock.now += 20;
  timer.fire();
  t.same(sent, ['b@1020']);
  clock.now += 5;
  paced.durable(b);
  t.not(timer.pending, undefined, 'b held again');
  paced.close();
  t.equal(timer.pending, undefined, 'closed: timer cleared');
  t.equal(paced.heldCount, 0);
});

void t.test('interval 0: one ack per commit, never held', async (t) => {
  const { pacer: paced, sent, timer } = pacer(0);
  const a = { name: 'a', ackedAt: 0 };
  paced.durable(a);
  paced.durable(a);
  t.same(sent, ['a@1000', 'a@1000']);
  t.equal(timer.pending, undefined);
  paced.close();
});
