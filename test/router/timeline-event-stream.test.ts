/**
 * TimelineEventStream on its own, with a scripted response and store: the
 * rules that keep a stream free of gaps and duplicates whatever order the
 * pushes come in (pushes during the catch-up, an event ahead of the next
 * cursor, one already sent), and the slow-consumer cut-off.
 */
import t from 'tap';
import type { DeviceId, UserId } from '../../common/ids.js';
import { createLogger } from '../../common/logger.js';
import type { HttpResponse } from '../../router/edge/transport.js';
import { TimelineEventStream } from '../../router/http/timeline-event-stream.js';
import type { TimelineEvent, TimelineEvents } from '../../proto/frames.js';

/** A response that records what is written; `refuse` makes writes report a full buffer. */
class RecordingResponse implements HttpResponse {
  aborted = false;
  ended = false;
  refuse = false;
  text = '';
  status = 0;
  private writable: (() => void) | undefined;

  writeHead(status: number): void {
    this.status = status;
  }

  write(chunk: Uint8Array | string): boolean {
    this.text += String(chunk);
    return !this.refuse;
  }

  end(): void {
    this.ended = true;
  }

  onAborted(): void {}

  onWritable(callback: () => void): void {
    this.writable = callback;
  }

  drain(): void {
    this.refuse = false;
    this.writable?.();
  }

  ids(): number[] {
    return [...this.text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
  }
}

function event(cursor: number): TimelineEvent {
  return { cursor, type: 'MESSAGE_NEW', atMs: cursor, header: null, conversation: null };
}

/** A store holding cursors 1..head; each read waits for `release` when `hold` is set. */
class ScriptedStore {
  head = 0;
  reads = 0;
  hold: Promise<void> | undefined;

  read = async (since: number, limit: number): Promise<TimelineEvents> => {
    this.reads++;
    await this.hold;
    const events: TimelineEvent[] = [];
    for (let c = since + 1; c <= this.head && events.length < limit; c++) events.push(event(c));
    return { events, cursor: events.at(-1)?.cursor ?? since, more: since + events.length < this.head };
  };
}

function push(stream: TimelineEventStream, cursor: number): void {
  stream.send({ ref: 0, type: 'timeline', timeline: { events: [event(cursor)], cursor, more: false } });
}

function open(store: ScriptedStore, res: RecordingResponse, maxBufferedBytes = 1 << 20): { stream: TimelineEventStream; ended: TimelineEventStream[] } {
  const ended: TimelineEventStream[] = [];
  const stream = new TimelineEventStream({
    res,
    identity: { userId: 'u1' as UserId, username: 'u1', deviceId: 'es' as DeviceId, expiresAt: new Date(Date.now() + 60_000) },
    tokenHash: 'h',
    read: store.read,
    maxBufferedBytes,
    logger: createLogger('silent'),
    onEnd: (s) => ended.push(s),
  });
  return { stream, ended };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

void t.test('pushes during the catch-up wait; those the catch-up sent are not sent again', async (t) => {
  const store = new ScriptedStore();
  store.head = 3;
  let release = (): void => {};
  store.hold = new Promise((resolve) => (release = resolve));
  const res = new RecordingResponse();
  const { stream } = open(store, res);
  stream.start(1);
  t.equal(res.status, 200, '200 at once');
  store.head = 5;
  push(stream, 4);
  push(stream, 5);
  t.same(res.ids(), [], 'nothing before the catch-up read');
  release();
  await settle();
  t.same(res.ids(), [2, 3, 4, 5], 'the catch-up read saw 2..5; the pushed 4 and 5 are not repeated');
  push(stream, 5);
  push(stream, 6);
  t.same(res.ids(), [2, 3, 4, 5, 6], 'a late duplicate is skipped, the next cursor goes at once');
});

void t.test('a push ahead of the next cursor makes the stream read the store: order kept, nothing twice', async (t) => {
  const store = new ScriptedStore();
  const res = new RecordingResponse();
  const { stream } = open(store, res);
  stream.start(0);
  await settle();
  store.head = 3;
  push(stream, 1);
  // 2 is still on its way over the ring; 3 came first.
  push(stream, 3);
  await settle();
  t.same(res.ids(), [1, 2, 3], '2 read from the store before 3');
  push(stream, 2);
  t.same(res.ids(), [1, 2, 3], 'the relayed 2 arriving late is not sent again');
  t.ok(store.reads >= 2, 'the store was read for the gap');
});

void t.test('a heartbeat finds an event no push brought', async (t) => {
  const store = new ScriptedStore();
  const res = new RecordingResponse();
  const { stream } = open(store, res);
  stream.start(0);
  await settle();
  store.head = 1;
  stream.ping();
  await settle();
  t.match(res.text, /^: ping$/m, 'a comment line');
  t.same(res.ids(), [1], 'the event never pushed here, from the store');
});

void t.test('long replays wait for the client; a client that stops reading is cut off', async (t) => {
  const store = new ScriptedStore();
  store.head = 1200;
  const res = new RecordingResponse();
  res.refuse = true;
  const { stream, ended } = open(store, res, 1 << 30);
  stream.start(0);
  await settle();
  t.same(res.ids().length, 500, 'one page, then it waits for the client');
  res.drain();
  await settle();
  t.same(res.ids().length, 1200, 'the rest once it drains (no more refusals)');

  const slowRes = new RecordingResponse();
  slowRes.refuse = true;
  const slow = open(store, slowRes, 4096);
  slow.stream.start(0);
  await settle();
  t.ok(slowRes.ended, 'past maxBufferedBytes unread the response ends');
  t.same(slow.ended, [slow.stream], 'and the stream is forgotten');
  t.same(ended, [], 'the other one still runs');
  stream.end();
  stream.end();
  t.same(ended, [stream], 'end is idempotent');
});
