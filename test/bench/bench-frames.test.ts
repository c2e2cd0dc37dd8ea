/**
 * The bench's hand-rolled frame work: the generator's zero-copy chunk
 * reader against the router's encoder, and the relays' protocol subset
 * (byte rewrite of chunks included) against a fake socket.
 */
import t from 'tap';
import { parseServerChunk, type ChunkView } from '../../bench/bench-connection.js';
import { handleRelayMessage, newRelayState, type RelaySocket } from '../../bench/baselines/relay-protocol.js';
import { summarizeProfile } from '../../bench/cpu-profile.js';
import { decodeServerFrame, encodeClientFrame, encodeServerFrame } from '../../proto/frame-codec.js';
import type { ClientFrame, ServerFrame } from '../../proto/frames.js';

const view = (): ChunkView => ({ seq: -1, idLength: -1, payloadOffset: -1, payloadLength: -1 });

void t.test('parseServerChunk reads what the router encodes', async (t) => {
  for (const [seq, size] of [[0, 60], [1, 1], [127, 130], [300, 4000], [2 ** 21, 80]] as const) {
    const payload = Buffer.alloc(size, seq % 251);
    const bytes = encodeServerFrame({ ref: 0, type: 'chunk', chunk: { messageId: 'msg-1', seq, payload } }, 'proto');
    const out = view();
    t.ok(parseServerChunk(bytes, out), `seq ${seq} parsed`);
    t.equal(out.seq, seq);
    t.equal(out.idLength, 5);
    t.equal(out.payloadLength, size);
    t.ok(Buffer.from(bytes.subarray(out.payloadOffset, out.payloadOffset + out.payloadLength)).equals(payload), 'payload located');
  }
  const other = encodeServerFrame({ ref: 0, type: 'ack', ack: { messageId: 'm', seq: 1 } }, 'proto');
  t.notOk(parseServerChunk(other, view()), 'not a chunk frame');
  const withRef = encodeServerFrame({ ref: 9, type: 'chunk', chunk: { messageId: 'm', seq: 1, payload: new Uint8Array([1]) } }, 'proto');
  t.notOk(parseServerChunk(withRef, view()), 'a chunk with a ref is left to the generic decoder');
  const full = encodeServerFrame({ ref: 0, type: 'chunk', chunk: { messageId: 'm', seq: 5, payload: new Uint8Array(10) } }, 'proto');
  t.notOk(parseServerChunk(full.subarray(0, full.length - 3), view()), 'truncated');
});

interface Sent {
  to: string;
  frame: ServerFrame;
}

function fakeSocket(): { socket: RelaySocket; sent: Sent[]; topics: string[]; raw: Uint8Array[] } {
  const sent: Sent[] = [];
  const topics: string[] = [];
  const raw: Uint8Array[] = [];
  const decode = (bytes: Uint8Array): ServerFrame => {
    const d = decodeServerFrame(bytes, 'proto', 1 << 20);
    if (!d.ok) throw d.error;
    return d.frame;
  };
  return {
    sent,
    topics,
    raw,
    socket: {
      send: (bytes) => sent.push({ to: 'self', frame: decode(bytes) }),
      subscribe: (topic) => topics.push(topic),
      publish: (topic, bytes) => {
        raw.push(Uint8Array.from(bytes));
        sent.push({ to: topic, frame: decode(bytes) });
      },
    },
  };
}

const client = (frame: ClientFrame): Uint8Array => encodeClientFrame(frame, 'proto');

void t.test('the relay protocol subset', async (t) => {
  const { socket, sent, topics, raw } = fakeSocket();
  const state = newRelayState();
  handleRelayMessage(socket, state, client({ ref: 1, type: 'hello', hello: { token: 'x', deviceId: 'd1' } }));
  t.match(sent.shift(), { to: 'self', frame: { ref: 1, type: 'welcome', welcome: { deviceId: 'd1' } } });
  handleRelayMessage(socket, state, client({ ref: 2, type: 'monitor', monitor: { conversationIds: ['c1', 'c2'] } }));
  t.same(topics, ['c1', 'c2']);
  t.match(sent.splice(0), [
    { to: 'self', frame: { ref: 2, type: 'presence', presence: { conversationId: 'c1' } } },
    { to: 'self', frame: { ref: 2, type: 'presence', presence: { conversationId: 'c2' } } },
  ]);
  handleRelayMessage(socket, state, client({ ref: 3, type: 'startMessage', startMessage: { messageId: 'm1', conversationId: 'c1', contentType: 'VOICE', opus: null } }));
  t.match(sent.splice(0), [
    { to: 'self', frame: { ref: 3, type: 'ack', ack: { messageId: 'm1', seq: -1 } } },
    { to: 'c1', frame: { type: 'header', header: { messageId: 'm1', conversationId: 'c1', state: 'LIVE' } } },
  ]);
  raw.length = 0;
  const payload = new Uint8Array([7, 8, 9]);
  const chunk = client({ ref: 0, type: 'chunk', chunk: { messageId: 'm1', seq: 4, payload } });
  handleRelayMessage(socket, state, chunk);
  t.match(sent.shift(), { to: 'c1', frame: { ref: 0, type: 'chunk', chunk: { messageId: 'm1', seq: 4 } } });
  t.same([...(raw[0] ?? [])], [...encodeServerFrame({ ref: 0, type: 'chunk', chunk: { messageId: 'm1', seq: 4, payload } }, 'proto')], 'the same bytes the router would send');
  handleRelayMessage(socket, state, client({ ref: 0, type: 'endMessage', endMessage: { messageId: 'm1', chunkCount: 5 } }));
  t.match(sent.splice(0), [
    { to: 'c1', frame: { type: 'messageEnd', messageEnd: { messageId: 'm1', chunkCount: 5, state: 'COMPLETE' } } },
    { to: 'self', frame: { type: 'messageEnd' } },
  ]);
  handleRelayMessage(socket, state, client({ ref: 6, type: 'listen', listen: { messageId: 'm1', fromSeq: 0 } }));
  t.match(sent.shift(), { to: 'self', frame: { ref: 6, type: 'error', error: { code: 'VOX_UNKNOWN_FRAME' } } });
  handleRelayMessage(socket, state, new Uint8Array([0xff, 0xff]));
  t.match(sent.shift(), { frame: { type: 'error', error: { code: 'VOX_BAD_FRAME' } } });
});

void t.test('a CPU profile summary ranks self time without idle', async (t) => {
  const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 9 });
  const summary = summarizeProfile({
    nodes: [
      { id: 1, callFrame: frame('(root)') },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('chunk', 'file:///work/main/dist/router/message-service.js') },
      { id: 4, callFrame: frame('send', 'file:///x/node_modules/ws/lib/sender.js') },
      { id: 5, callFrame: frame('(garbage collector)') },
    ],
    samples: [2, 3, 3, 4, 3, 5, 2],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 5000],
  });
  t.equal(summary.idleMs, 6);
  t.equal(summary.busyMs, 5);
  t.same(summary.topFunctions[0], { name: 'chunk router/message-service.js:10', selfMs: 3, percent: 60 });
  t.same(summary.topFiles.map((f) => f.name), ['router/message-service.js', 'ws/lib/sender.js', '(garbage collector)']);
});

void t.test('a CPU profile summary can keep only time windows', async (t) => {
  const frame = (functionName: string) => ({ functionName, url: '', lineNumber: 0 });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('setup') },
      { id: 2, callFrame: frame('stream') },
    ],
    startTime: 1000,
    samples: [1, 1, 2, 2, 1],
    timeDeltas: [100, 100, 100, 100, 100], // samples at 1100 … 1500
  };
  const all = summarizeProfile(profile);
  t.equal(all.topFunctions[0]?.name, 'setup');
  const windowed = summarizeProfile(profile, 10, [[1250, 1450]]);
  t.same(windowed.topFunctions.map((f) => f.name), ['stream'], 'only the samples at 1300 and 1400');
  t.equal(windowed.topFunctions[0]?.percent, 100);
});
