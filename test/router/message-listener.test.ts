/**
 * Catch-up into live at the unit level: a listener that falls behind (its
 * device congested) while new chunks keep arriving must still deliver every
 * seq exactly once, in order, then message_end.
 */
import t from 'tap';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { ServerFrame } from '../../proto/frames.js';
import { ChunkSource } from '../../router/stream/chunk-source.js';
import { BaseDevice } from '../../router/delivery/base-device.js';
import { MessageListener } from '../../router/stream/message-listener.js';

/** A device that reports congestion after `budget` chunk sends until drained. */
class FakeDevice extends BaseDevice {
  readonly canTalk = true;
  readonly canResume = true;
  readonly hearsLiveFromStart = false;
  readonly seqs: number[] = [];
  readonly frames: ServerFrame[] = [];

  constructor(public budget: number) {
    super();
  }

  send(frame: ServerFrame): boolean {
    this.frames.push(frame);
    return !this.congested;
  }

  sendChunk(source: ChunkSource, seq: number): boolean {
    this.seqs.push(seq);
    if (--this.budget <= 0) this.congested = true;
    return !this.congested;
  }

  drain(budget: number): void {
    this.budget = budget;
    this.congested = false;
    for (const listener of [...this.listeners.values()]) listener.pump();
  }
}

function header(id: string): MessageRecord {
  return {
    id: id as MessageId,
    conversationId: 'c' as ConversationId,
    senderId: 'u' as UserId,
    senderName: 'u',
    senderDevice: 'd',
    contentType: 'voice',
    opus: null,
    text: null,
    state: 'live',
    startedAt: new Date(0),
    endedAt: null,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
  };
}

function append(source: ChunkSource, n: number): void {
  for (let i = 0; i < n; i++) {
    source.chunks.push(Buffer.from([source.chunks.length & 0xff]));
    source.wake();
  }
}

void t.test('a congested listener catches up into live with no gap and no repeat', async (t) => {
  const source = new ChunkSource('m1' as MessageId, header('m1'), [], null);
  append(source, 100); // the backlog before the listener joins
  const device = new FakeDevice(7);
  new MessageListener(device, source, 0).attach();
  t.equal(device.seqs.length, 7, 'stops at congestion');
  for (let round = 0; round < 20; round++) {
    append(source, 3); // live chunks arrive while the listener is behind
    device.drain(5 + (round % 4));
  }
  device.drain(1000);
  t.equal(device.seqs.length, 160, 'every chunk sent');
  t.same(device.seqs, Array.from({ length: 160 }, (_, i) => i), 'in order, exactly once');
  append(source, 2);
  t.same(device.seqs.slice(-2), [160, 161], 'then follows live');
  source.endState = 'COMPLETE';
  source.wake();
  const end = device.frames.at(-1);
  t.equal(end?.type, 'messageEnd');
  t.equal(end?.type === 'messageEnd' ? end.messageEnd.chunkCount : -1, 162);
  t.equal(device.listeners.size, 0, 'the listener detached after the end');
  t.equal(source.readers.size, 0);
});

void t.test('message_end waits until a behind listener has everything', async (t) => {
  const source = new ChunkSource('m2' as MessageId, header('m2'), [], null);
  append(source, 10);
  const device = new FakeDevice(3);
  new MessageListener(device, source, 0).attach();
  source.endState = 'INTERRUPTED';
  source.wake();
  t.notOk(device.frames.some((f) => f.type === 'messageEnd'), 'no end while chunks are pending');
  device.drain(100);
  t.same(device.seqs, Array.from({ length: 10 }, (_, i) => i));
  t.equal(device.frames.at(-1)?.type, 'messageEnd');
});

void t.test('listening from the middle starts there; a second listen replaces the first', async (t) => {
  const source = new ChunkSource('m3' as MessageId, header('m3'), [], null);
  append(source, 20);
  const device = new FakeDevice(1000);
  new MessageListener(device, source, 15).attach();
  t.same(device.seqs, [15, 16, 17, 18, 19]);
  new MessageListener(device, source, 18).attach();
  append(source, 1);
  t.same(device.seqs, [15, 16, 17, 18, 19, 18, 19, 20], 'the replaced listener no longer sends');
  t.equal(source.readers.size, 1);
});
