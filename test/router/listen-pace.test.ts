/**
 * The pace of a listen with a rate, on a clock the test moves (no sleeps):
 * chunk i is due at start + (real duration of the chunks before it) / rate,
 * counted from each packet's TOC; rates outside 0, 1, 1.5, 2, 3 are refused;
 * a paced listener sends nothing before it is due and, at the head of a live
 * message, drops its pace and goes live.
 */
import t from 'tap';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { ServerFrame } from '../../proto/frames.js';
import { BaseDevice } from '../../router/delivery/base-device.js';
import { ChunkSource } from '../../router/stream/chunk-source.js';
import { listenPace } from '../../router/stream/listen-pace.js';
import { MessageListener } from '../../router/stream/message-listener.js';

/** TOC 0x48: SILK wideband, one 20 ms frame (RFC 6716 §3.1). */
const PACKET_20MS = Buffer.from([0x48, 1, 2, 3]);
/** TOC 0x4b: the same config, code 3 with 3 frames: 60 ms. */
const PACKET_60MS = Buffer.from([0x4b, 0x03, 1, 2, 3]);

class RecordingDevice extends BaseDevice {
  readonly canTalk = true;
  readonly canResume = true;
  readonly hearsLiveFromStart = false;
  readonly seqs: number[] = [];
  readonly frames: ServerFrame[] = [];
  send(frame: ServerFrame): boolean {
    this.frames.push(frame);
    return true;
  }
  sendChunk(_source: ChunkSource, seq: number): boolean {
    this.seqs.push(seq);
    return true;
  }
}

function header(state: MessageRecord['state']): MessageRecord {
  return {
    id: 'm' as MessageId,
    conversationId: 'c' as ConversationId,
    senderId: 'u' as UserId,
    senderName: 'u',
    senderDevice: 'd',
    contentType: 'voice',
    opus: null,
    text: null,
    state,
    startedAt: new Date(0),
    endedAt: null,
    durationMs: 0,
    chunkCount: 0,
    byteCount: 0,
  };
}

void t.test('rates: 0 is no pace, 1 1.5 2 3 pace, anything else is refused naming them', async (t) => {
  t.equal(listenPace(0), undefined);
  t.equal(listenPace(undefined), undefined);
  for (const rate of [1, 1.5, 2, 3]) t.equal(listenPace(rate)?.rate, rate);
  for (const rate of [2.5, 4, -1, 0.5, Number.NaN]) {
    t.throws(() => listenPace(rate), { code: 'VOX_BAD_REQUEST', message: /0, 1, 1\.5, 2, 3/ }, `rate ${rate}`);
  }
});

void t.test('due times follow the real packet durations divided by the rate', async (t) => {
  let now = 1000;
  const pace = listenPace(2, () => now)!;
  t.equal(pace.delayMs(), 0, 'the first chunk at once (starts the clock)');
  pace.sent(PACKET_20MS);
  t.equal(pace.delayMs(), 10, '20 ms at rate 2: due 10 ms after the start');
  pace.sent(PACKET_60MS);
  t.equal(pace.delayMs(), 40, 'then a 60 ms packet: due at (20 + 60) / 2');
  now = 1025;
  t.equal(pace.delayMs(), 15);
  now = 1100;
  t.equal(pace.delayMs(), 0, 'late: due now');
  pace.sent(Buffer.from([0x4b]));
  t.equal(pace.delayMs(), 0, 'a malformed packet counts as nothing');
});

void t.test('a paced listener sends nothing before it is due', async (t) => {
  const now = 0;
  const source = new ChunkSource('m' as MessageId, header('complete'), Array.from({ length: 5 }, () => PACKET_20MS), 'COMPLETE');
  const device = new RecordingDevice();
  const listener = new MessageListener(device, source, 0, undefined, listenPace(2, () => now));
  listener.attach();
  t.same(device.seqs, [0], 'chunk 0 at once');
  listener.pump();
  source.wake();
  t.same(device.seqs, [0], 'pumps before the next is due send nothing');
  listener.detach();
  t.notOk(device.listeners.has(source.messageId), 'detached (its timer cleared)');
});

void t.test('at the head of a live message the pace is dropped: live chunks go as they come', async (t) => {
  let now = 0;
  const source = new ChunkSource('m' as MessageId, header('live'), [PACKET_20MS, PACKET_20MS, PACKET_20MS], null);
  const device = new RecordingDevice();
  const listener = new MessageListener(device, source, 0, undefined, listenPace(2, () => now));
  listener.attach();
  t.same(device.seqs, [0]);
  listener.detach();

  // The same, with the clock at the point where the backlog is due: caught up, then live.
  const caughtUp = new RecordingDevice();
  now = 0;
  const paced = new MessageListener(caughtUp, source, 0, undefined, listenPace(2, () => now));
  paced.attach();
  now = 30;
  // Its one timer (10 ms) fires and re-checks the clock, which now says every backlog chunk is due.
  await new Promise((resolve) => setTimeout(resolve, 15));
  t.same(caughtUp.seqs, [0, 1, 2], 'the backlog, once due');
  for (let i = 0; i < 5; i++) {
    source.chunks.push(PACKET_20MS);
    source.wake();
  }
  t.same(caughtUp.seqs, [0, 1, 2, 3, 4, 5, 6, 7], 'live chunks at once although the pace would hold chunk 4 until 40 ms');
  source.endState = 'COMPLETE';
  source.wake();
  t.equal(caughtUp.frames.at(-1)?.type, 'messageEnd');
});
