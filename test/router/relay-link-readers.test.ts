/**
 * LinkReader at the unit level, on a RelayLink whose channel records the
 * frames it is given: a reader cut short by a handover (relayUpTo) that had
 * not reached its limit while the link was down must carry the message to
 * its end once the message is live here again (handed back: relay asked
 * again), and a limit that is not lifted still stops without an end.
 */
import t from 'tap';
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import { createLogger } from '../../common/logger.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import { decodeRelayFrame } from '../../proto/frame-codec.js';
import type { RelayFrame } from '../../proto/frames.js';
import { RelayLink, type LinkChannel } from '../../router/cluster/relay-link.js';
import { ChunkSource } from '../../router/stream/chunk-source.js';

const MAX_FRAME = 1 << 20;

class RecordingChannel implements LinkChannel {
  readonly frames: RelayFrame[] = [];
  send(bytes: Uint8Array): 'sent' {
    const decoded = decodeRelayFrame(bytes, MAX_FRAME);
    if (!decoded.ok) throw new Error(`undecodable frame: ${decoded.error.code}`);
    this.frames.push(decoded.frame);
    return 'sent';
  }
  close(): void {}
  terminate(): void {}
  ping(): void {}

  seqs(): number[] {
    return this.frames.flatMap((f) => (f.type === 'chunk' ? [f.chunk.seq] : []));
  }
  ends(): number {
    return this.frames.filter((f) => f.type === 'messageEnd').length;
  }
}

function link(): RelayLink {
  return new RelayLink({
    selfId: 'ra',
    peerId: 'rb',
    dialUrl: undefined,
    secret: 'secret',
    maxFrameBytes: MAX_FRAME,
    highWaterMarkBytes: 1 << 20,
    logger: createLogger('silent'),
    onFrame: () => undefined,
  });
}

function source(chunks: number): ChunkSource {
  const header: MessageRecord = {
    id: 'm1' as MessageId,
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
  return new ChunkSource(header.id, header, Array.from({ length: chunks }, (_, i) => Buffer.from([i])), null);
}

function grow(s: ChunkSource, to: number): void {
  while (s.chunks.length < to) {
    s.chunks.push(Buffer.from([s.chunks.length]));
    s.wake();
  }
}

void t.test('a handed-back message lifts the handover limit of a reader still waiting for its link', async (t) => {
  const l = link();
  t.teardown(() => l.close());
  const s = source(3);
  l.relay(s, ['u']); // the audience relay, link down
  l.relayUpTo(s, ['u'], 3); // handed over to the peer while the link is down
  l.relay(s, ['u']); // handed back: live here again
  const channel = new RecordingChannel();
  l.attach(channel);
  grow(s, 6);
  s.endState = 'COMPLETE';
  s.wake();
  t.same(channel.seqs(), [0, 1, 2, 3, 4, 5], 'every chunk once, past the old limit');
  t.equal(channel.ends(), 1, 'and the end');
  t.equal(l.relaying, 0, 'the reader finished');
});

void t.test('a handover limit not lifted stops the reader without an end', async (t) => {
  const l = link();
  t.teardown(() => l.close());
  const s = source(3);
  l.relay(s, ['u']);
  l.relayUpTo(s, ['u'], 3);
  const channel = new RecordingChannel();
  l.attach(channel);
  grow(s, 6);
  s.endState = 'COMPLETE';
  s.wake();
  t.same(channel.seqs(), [0, 1, 2], 'only the chunks before the handover');
  t.equal(channel.ends(), 0, 'no end: the peer ends the message itself');
});
