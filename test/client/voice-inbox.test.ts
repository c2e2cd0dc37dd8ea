/**
 * VoiceInbox against a fake session (frames pushed by hand, frames sent
 * recorded): joined mid-way it listens from seq 0 and ignores the old
 * stream until the listen's answer; after a reconnect it asks from the next
 * seq and reads the timeline; an INTERRUPTED message waits for its sender
 * (presence wakes it) or is delivered as it is; a listen past what the
 * router holds is tried again. Each message is delivered once, every seq
 * once, in order.
 */
import t, { type Test } from 'tap';
import type { ClientFrameBody } from '../../client/voxring-connection.js';
import { VoiceInbox, type InboxConnection, type InboxSession, type InboxOptions, type ReceivedVoiceMessage } from '../../client/voice-inbox.js';
import type { MessageHeader, MessageStateName, ServerFrame, Welcome } from '../../proto/frames.js';

const C = 'conv-1';

class FakeConnection implements InboxConnection {
  isOpen = true;
  readonly welcome: Welcome = { userId: 'u-bob', username: 'bob', deviceId: 'd', sessionExpiresAtMs: 0, timelineHead: 7, routerId: 'r' };
  readonly sent: ClientFrameBody[] = [];
  send(body: ClientFrameBody): number {
    this.sent.push(body);
    return 100 + this.sent.length;
  }

  /** The last listen sent: its ref and fromSeq. */
  lastListen(): { ref: number; messageId: string; fromSeq: number } | undefined {
    for (let i = this.sent.length - 1; i >= 0; i--) {
      const body = this.sent[i];
      if (body?.type === 'listen') return { ref: 101 + i, ...body.listen };
    }
    return undefined;
  }
}

class FakeSession implements InboxSession {
  connection: FakeConnection | undefined = new FakeConnection();
  private readonly frames = new Set<(frame: ServerFrame) => void>();
  private readonly hooks = new Set<(conn: InboxConnection) => void>();
  onFrame(listener: (frame: ServerFrame) => void): () => void {
    this.frames.add(listener);
    return () => this.frames.delete(listener);
  }
  onReconnect(hook: (conn: InboxConnection) => void): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }
  isSending(): boolean {
    return false;
  }
  push(frame: ServerFrame): void {
    for (const listener of [...this.frames]) listener(frame);
  }
  reconnect(): FakeConnection {
    const conn = new FakeConnection();
    this.connection = conn;
    for (const hook of [...this.hooks]) hook(conn);
    return conn;
  }
}

function header(messageId: string, chunkCount: number, state: MessageStateName = 'LIVE', conversationId = C): MessageHeader {
  return {
    messageId,
    conversationId,
    senderId: 'u-alice',
    senderName: 'alice',
    contentType: 'VOICE',
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 },
    startedAtMs: 1,
    endedAtMs: 0,
    durationMs: 0,
    chunkCount,
    byteCount: 0,
    state,
    text: '',
    forUserId: '',
    forUsername: '',
    location: null,
    image: null,
  };
}

const chunk = (messageId: string, seq: number): ServerFrame => ({ ref: 0, type: 'chunk', chunk: { messageId, seq, payload: Uint8Array.of(seq) } });
const end = (messageId: string, chunkCount: number, state: MessageStateName = 'COMPLETE'): ServerFrame => ({
  ref: 0,
  type: 'messageEnd',
  messageEnd: { messageId, chunkCount, state },
});
const chunks = (session: FakeSession, messageId: string, from: number, to: number): void => {
  for (let seq = from; seq < to; seq++) session.push(chunk(messageId, seq));
};

function inbox(t: Test, options: InboxOptions = {}): { session: FakeSession; delivered: ReceivedVoiceMessage[] } {
  const session = new FakeSession();
  const box = new VoiceInbox(session, { conversationIds: [C], retryMs: 5, ...options });
  t.teardown(() => box.close());
  const delivered: ReceivedVoiceMessage[] = [];
  box.onMessage((m) => delivered.push(m));
  return { session, delivered };
}

const seqsOf = (m: ReceivedVoiceMessage | undefined): number[] => (m?.payloads ?? []).map((p) => p[0] ?? -1);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

void t.test('joined mid-way: listen from seq 0, the old stream ignored until the answer', async (t) => {
  const { session, delivered } = inbox(t);
  const conn = session.connection as FakeConnection;
  session.push({ ref: 0, type: 'header', header: header('m1', 5) });
  const listen = conn.lastListen();
  t.same({ messageId: listen?.messageId, fromSeq: listen?.fromSeq }, { messageId: 'm1', fromSeq: 0 }, 'a header 5 chunks in: listen from 0');
  chunks(session, 'm1', 5, 7); // the monitor's stream, still on its way
  session.push(end('m1', 7));
  t.equal(conn.sent.length, 1, 'no second listen while one is pending');
  session.push({ ref: listen?.ref ?? 0, type: 'header', header: header('m1', 7) });
  chunks(session, 'm1', 0, 7);
  session.push(end('m1', 7));
  chunks(session, 'm1', 3, 5); // late repeats of a delivered message
  t.equal(delivered.length, 1, 'delivered once');
  t.same(seqsOf(delivered[0]), range(7), 'every seq once, in order, from the first');
  t.equal(delivered[0]?.state, 'COMPLETE', 'COMPLETE');
  session.push({ ref: 0, type: 'header', header: header('other', 0, 'LIVE', 'conv-2') });
  t.equal(conn.sent.length, 1, 'a conversation it does not take is ignored');
});

void t.test('a reconnect asks for the rest from the next seq, and for the timeline', async (t) => {
  const { session, delivered } = inbox(t);
  session.push({ ref: 0, type: 'header', header: header('m1', 0) });
  chunks(session, 'm1', 0, 4);
  const conn = session.reconnect();
  const listen = conn.lastListen();
  t.same({ messageId: listen?.messageId, fromSeq: listen?.fromSeq }, { messageId: 'm1', fromSeq: 4 }, 'listen from the next seq needed');
  const timelineAsk = conn.sent.find((b) => b.type === 'timelineRequest');
  t.same(timelineAsk?.type === 'timelineRequest' && timelineAsk.timelineRequest.sinceCursor, 7, 'timeline since the welcome head');
  const timelineRef = 101 + conn.sent.findIndex((b) => b.type === 'timelineRequest');
  session.push({
    ref: timelineRef,
    type: 'timeline',
    timeline: {
      cursor: 9,
      more: false,
      events: [
        { cursor: 8, type: 'MESSAGE_NEW', atMs: 1, header: header('m2', 0), conversation: null },
        { cursor: 9, type: 'MESSAGE_NEW', atMs: 1, header: header('m3', 0, 'LIVE', 'conv-2'), conversation: null },
      ],
    },
  });
  const m2 = conn.lastListen();
  t.same({ messageId: m2?.messageId, fromSeq: m2?.fromSeq }, { messageId: 'm2', fromSeq: 0 }, 'a message started while away: from seq 0');
  t.notOk(conn.sent.some((b) => b.type === 'listen' && b.listen.messageId === 'm3'), 'not one of another conversation');

  session.push({ ref: listen?.ref ?? 0, type: 'header', header: header('m1', 6) });
  chunks(session, 'm1', 2, 6); // overlap: 2, 3 again
  session.push(end('m1', 6));
  t.equal(delivered.length, 1, 'delivered once');
  t.same(seqsOf(delivered[0]), range(6), 'every seq once across both connections');
  t.equal(delivered[0]?.duplicates, 2, 'the overlap dropped and counted');
});

void t.test('INTERRUPTED: waits for its sender; presence wakes it', async (t) => {
  const { session, delivered } = inbox(t, { interruptedWaitMs: 10_000 });
  const conn = session.connection as FakeConnection;
  session.push({ ref: 0, type: 'header', header: header('m1', 0) });
  chunks(session, 'm1', 0, 3);
  session.push(end('m1', 3, 'INTERRUPTED'));
  t.equal(delivered.length, 0, 'an INTERRUPTED end is not delivered at once');
  session.push({ ref: 0, type: 'presence', presence: { conversationId: C, speakers: [{ userId: 'u-alice', messageId: 'm1' }] } });
  const listen = conn.lastListen();
  t.same({ messageId: listen?.messageId, fromSeq: listen?.fromSeq }, { messageId: 'm1', fromSeq: 3 }, 'its sender speaks again: listen from 3');
  session.push({ ref: listen?.ref ?? 0, type: 'header', header: header('m1', 3) });
  chunks(session, 'm1', 3, 5);
  session.push(end('m1', 5));
  t.same(seqsOf(delivered[0]), range(5), 'delivered whole');
  t.equal(delivered[0]?.state, 'COMPLETE', 'COMPLETE');
});

void t.test('INTERRUPTED for good: delivered as it is after interruptedWaitMs', async (t) => {
  const { session, delivered } = inbox(t, { interruptedWaitMs: 30 });
  session.push({ ref: 0, type: 'header', header: header('m1', 0) });
  chunks(session, 'm1', 0, 3);
  session.push(end('m1', 3, 'INTERRUPTED'));
  await sleep(80);
  t.equal(delivered.length, 1, 'delivered once the wait is over');
  t.equal(delivered[0]?.state, 'INTERRUPTED', 'INTERRUPTED');
  t.same(seqsOf(delivered[0]), range(3), 'with what the router held');
});

void t.test('a listen past what the router holds is tried again', async (t) => {
  const { session, delivered } = inbox(t, { interruptedWaitMs: 5000 });
  session.push({ ref: 0, type: 'header', header: header('m1', 0) });
  chunks(session, 'm1', 0, 4);
  const conn = session.reconnect();
  const first = conn.lastListen();
  session.push({ ref: first?.ref ?? 0, type: 'error', error: { code: 'VOX_LISTEN_AHEAD', message: 'fromSeq 4 is beyond', retryable: true, messageId: '', retryAfterMs: 0 } });
  await sleep(40);
  const again = conn.lastListen();
  t.ok(again && again.ref !== first?.ref && again.fromSeq === 4, 'the same listen again, later');
  session.push({ ref: again?.ref ?? 0, type: 'header', header: header('m1', 4) });
  chunks(session, 'm1', 4, 6);
  session.push(end('m1', 6));
  t.same(seqsOf(delivered[0]), range(6), 'then every seq once');
  session.push({ ref: 0, type: 'header', header: header('m9', 0) });
  t.same(conn.lastListen(), again, 'a new message from seq 0 needs no listen');
  session.push({ ref: 0, type: 'header', header: header('m8', 2) });
  const gone = conn.lastListen();
  session.push({ ref: gone?.ref ?? 0, type: 'error', error: { code: 'VOX_MESSAGE_RECALLED', message: 'recalled', retryable: false, messageId: 'm8', retryAfterMs: 0 } });
  t.equal(delivered[1]?.state, 'RECALLED', 'a message recalled meanwhile is delivered RECALLED, with the error');
  t.equal(delivered[1]?.error?.code, 'VOX_MESSAGE_RECALLED', 'the error is kept');
});

void t.test('a stream that goes quiet without its end is asked for again from the next seq', async (t) => {
  const { session, delivered } = inbox(t, { stallMs: 30 });
  const conn = session.connection as FakeConnection;
  session.push({ ref: 0, type: 'header', header: header('m1', 0) });
  chunks(session, 'm1', 0, 5); // then nothing: the end was lost on its way
  await sleep(60);
  const listen = conn.lastListen();
  t.same({ messageId: listen?.messageId, fromSeq: listen?.fromSeq }, { messageId: 'm1', fromSeq: 5 }, 'listen from the next seq after stallMs');
  session.push({ ref: listen?.ref ?? 0, type: 'header', header: header('m1', 5, 'COMPLETE') });
  session.push(end('m1', 5));
  t.same(seqsOf(delivered[0]), range(5), 'delivered with every seq once');
  t.equal(delivered[0]?.stalls, 1, 'the stall is counted');
  t.equal(delivered[0]?.duplicates, 0);
});

void t.test('markHeard: heard sent once for a COMPLETE message after its listeners returned; off by default', async (t) => {
  const { session, delivered } = inbox(t, { markHeard: true });
  const conn = session.connection as FakeConnection;
  session.push({ ref: 0, type: 'header', header: header('m1', 0) });
  chunks(session, 'm1', 0, 3);
  session.push(end('m1', 3));
  t.equal(delivered.length, 1);
  t.same(
    conn.sent.filter((b) => b.type === 'heard'),
    [{ type: 'heard', heard: { messageId: 'm1' } }],
    'heard for m1, once',
  );
  const { session: plain } = inbox(t);
  plain.push({ ref: 0, type: 'header', header: header('m2', 0) });
  chunks(plain, 'm2', 0, 2);
  plain.push(end('m2', 2));
  t.notOk((plain.connection as FakeConnection).sent.some((b) => b.type === 'heard'), 'without the option: none');
});
