/**
 * Every named limit of common/config.ts (and maxHttpBodyBytes), set low on a
 * real router: the exact error frame, HTTP status or close code, and that
 * the connection survives where it should. Transport-independent limits run
 * on 'ws'; frame size and slow consumers run on both transports.
 */
import t, { type Test } from 'tap';
import type { ClientFrameBody, VoxringConnection } from '../../client/voxring-connection.js';
import { VoxringConnection as Connection } from '../../client/voxring-connection.js';
import { VoxClientError } from '../../client/client-error.js';
import type { ConfigInput } from '../../common/config.js';
import type { ErrorBody, ServerFrame } from '../../proto/frames.js';
import type { Router } from '../../router/router.js';
import {
  connectDevice,
  signupUser,
  sleep,
  startTestRouter,
  TRANSPORTS,
  type TestUser,
} from '../helpers/router-fixture.js';
import { opusPacketOfSize } from '../helpers/opus-packets.js';

interface Setup {
  router: Router;
  a: TestUser;
  b: TestUser;
  conversationId: string;
  talker: VoxringConnection;
}

async function setup(t: Test, config: ConfigInput, transport: 'uws' | 'ws' = 'ws'): Promise<Setup> {
  const router = await startTestRouter(t, { transport, config });
  const [a, b] = await Promise.all([signupUser(router.url, 'la'), signupUser(router.url, 'lb')]);
  const conversation = await a.http.createConversation([b.name]);
  const talker = await connectDevice(t, router.url, a, 'talker');
  return { router, a, b, conversationId: conversation.conversationId, talker };
}

/** Sends a frame and resolves with the error frame answering it (rejects on any other reply). */
async function errorFor(conn: VoxringConnection, body: ClientFrameBody): Promise<ErrorBody> {
  let ref = 0;
  const reply = conn.waitFor((f) => ref !== 0 && f.ref === ref, 10_000, `reply to ${body.type}`);
  ref = conn.send(body);
  const frame = await reply;
  if (frame.type !== 'error') throw new Error(`expected an error frame, got ${frame.type}`);
  return frame.error;
}

function start(
  conn: VoxringConnection,
  conversationId: string,
  messageId: string,
): Promise<ServerFrame> {
  return conn.request({
    type: 'startMessage',
    startMessage: { messageId, conversationId, contentType: 'VOICE', opus: null },
  });
}

/** A chunk of a valid 20 ms Opus packet of `size` bytes (0: an empty payload). */
function chunk(messageId: string, seq: number, size = 40): ClientFrameBody {
  const payload = size === 0 ? Buffer.alloc(0) : opusPacketOfSize(size, seq & 0xff);
  return { type: 'chunk', chunk: { messageId, seq, payload } };
}

function messageEnd(conn: VoxringConnection, messageId: string): Promise<ServerFrame> {
  return conn.waitFor(
    (f) => f.type === 'messageEnd' && f.messageEnd.messageId === messageId,
    10_000,
    'message_end',
  );
}

async function endMessage(conn: VoxringConnection, messageId: string, chunkCount: number) {
  const ended = messageEnd(conn, messageId);
  conn.send({ type: 'endMessage', endMessage: { messageId, chunkCount } });
  const frame = await ended;
  if (frame.type !== 'messageEnd') throw new Error('unreachable');
  return frame.messageEnd;
}

async function healthConnections(router: Router): Promise<number> {
  const res = await fetch(`${router.url}/healthz`);
  return ((await res.json()) as { connections: number }).connections;
}

for (const transport of TRANSPORTS) {
  void t.test(
    `maxFrameBytes: a larger WebSocket message closes with 1009 (${transport})`,
    async (t) => {
      const { talker, router, a } = await setup(
        t,
        { maxFrameBytes: 2048, maxChunkBytes: 1024 },
        transport,
      );
      // A frame at the limit is read (and here refused as garbage, which keeps the connection).
      const atLimit = talker.waitFor((f) => f.type === 'error', 10_000, 'error');
      talker.sendRaw(Buffer.alloc(2048, 0xff));
      t.equal(
        ((await atLimit) as ServerFrame & { type: 'error' }).error.code,
        'VOX_BAD_FRAME',
        'a frame of exactly maxFrameBytes is parsed',
      );
      await talker.sync();
      talker.sendRaw(Buffer.alloc(3000, 0x0a));
      const closed = await talker.closed();
      t.equal(closed.code, 1009, 'closed with 1009 message too big');
      const other = await connectDevice(t, router.url, a, 'other');
      await other.sync();
      t.pass('the router keeps serving other connections');
    },
  );
}

void t.test('maxChunkBytes: VOX_CHUNK_TOO_LARGE, the connection survives', async (t) => {
  const { talker, conversationId } = await setup(t, { maxChunkBytes: 100 });
  await start(talker, conversationId, 'big-chunk');
  const err = await errorFor(talker, chunk('big-chunk', 0, 101));
  t.equal(err.code, 'VOX_CHUNK_TOO_LARGE');
  t.equal(err.messageId, 'big-chunk');
  t.equal(err.retryable, false);
  t.match(err.message, '1..100');
  const empty = await errorFor(talker, chunk('big-chunk', 0, 0));
  t.equal(empty.code, 'VOX_CHUNK_EMPTY', 'an empty payload is refused too, with its own code');
  talker.send(chunk('big-chunk', 0, 100));
  await talker.sync();
  const end = await endMessage(talker, 'big-chunk', 1);
  t.same(
    end,
    { messageId: 'big-chunk', chunkCount: 1, state: 'COMPLETE' },
    'a chunk of exactly maxChunkBytes is stored',
  );
});

void t.test(
  'maxMessageDurationMs: the 51st 20 ms chunk of a 1 s limit ends the message',
  async (t) => {
    const { talker, conversationId, b } = await setup(t, { maxMessageDurationMs: 1000 });
    await start(talker, conversationId, 'long-one');
    const ended = messageEnd(talker, 'long-one');
    for (let seq = 0; seq < 50; seq++) talker.send(chunk('long-one', seq));
    await talker.sync();
    const err = await errorFor(talker, chunk('long-one', 50));
    t.equal(err.code, 'VOX_MESSAGE_TOO_LONG');
    t.equal(err.messageId, 'long-one');
    const end = await ended;
    t.same(end.type === 'messageEnd' && end.messageEnd, {
      messageId: 'long-one',
      chunkCount: 50,
      state: 'COMPLETE',
    });
    const header = await b.http.getMessage('long-one');
    t.equal(header.state, 'COMPLETE');
    t.equal(header.chunkCount, 50);
    t.equal(header.durationMs, 1000);
    const after = await errorFor(talker, chunk('long-one', 51));
    t.equal(after.code, 'VOX_MESSAGE_NOT_LIVE', 'no more chunks after the cut');
    await talker.sync();
  },
);

void t.test(
  'maxChunksPerSecond / chunkBurst: the 6th chunk of a burst of 5 is refused and not stored',
  async (t) => {
    const { talker, conversationId, b } = await setup(t, { maxChunksPerSecond: 1, chunkBurst: 5 });
    await start(talker, conversationId, 'rated');
    for (let seq = 0; seq < 5; seq++) talker.send(chunk('rated', seq));
    const err = await errorFor(talker, chunk('rated', 5));
    t.equal(err.code, 'VOX_CHUNK_RATE');
    t.equal(err.retryable, true);
    t.equal(err.messageId, 'rated');
    // end does not spend tokens: the router holds 5 chunks, not 6.
    const gap = await errorFor(talker, {
      type: 'endMessage',
      endMessage: { messageId: 'rated', chunkCount: 6 },
    });
    t.equal(gap.code, 'VOX_CHUNK_SEQ_GAP', 'the refused chunk was not stored');
    t.match(gap.message, 'router has 5');
    // Token bucket at 1/s: one token is back after a second (no event to await).
    await sleep(1100);
    talker.send(chunk('rated', 5));
    await talker.sync();
    const end = await endMessage(talker, 'rated', 6);
    t.same(
      end,
      { messageId: 'rated', chunkCount: 6, state: 'COMPLETE' },
      'sending works again after the bucket refilled',
    );
    t.equal((await b.http.getMessage('rated')).chunkCount, 6);
  },
);

void t.test(
  'maxConnections: the 3rd upgrade is refused with 503 VOX_TOO_MANY_CONNECTIONS',
  async (t) => {
    const router = await startTestRouter(t, { config: { maxConnections: 2 } });
    const a = await signupUser(router.url, 'lc');
    const first = await connectDevice(t, router.url, a, 'one');
    await connectDevice(t, router.url, a, 'two');
    const refused = await Connection.open(router.url, 'proto').then(
      (conn) => {
        conn.terminate();
        return undefined;
      },
      (err: unknown) => err,
    );
    t.ok(refused instanceof VoxClientError, 'the upgrade failed');
    const error = refused as VoxClientError;
    t.equal(error.status, 503);
    t.equal(error.retryable, true);
    const body = JSON.parse(error.message.slice(error.message.indexOf('{'))) as {
      error: { code: string; retryable: boolean };
    };
    t.equal(body.error.code, 'VOX_TOO_MANY_CONNECTIONS');
    t.equal(body.error.retryable, true);
    await first.close();
    // The server sees the close after the client does: wait until it counts one connection.
    while ((await healthConnections(router)) > 1) await sleep(10);
    const third = await connectDevice(t, router.url, a, 'three');
    await third.sync();
    t.pass('a slot freed by a close can be used again');
  },
);

void t.test(
  'maxParticipants: create and add beyond the limit → 400 VOX_TOO_MANY_PARTICIPANTS',
  async (t) => {
    const router = await startTestRouter(t, { config: { maxParticipants: 3 } });
    const users = await Promise.all([1, 2, 3, 4].map(() => signupUser(router.url, 'lp')));
    const [owner, u1, u2, u3] = users as [TestUser, TestUser, TestUser, TestUser];
    await t.rejects(owner.http.createConversation([u1.name, u2.name, u3.name], 'big'), {
      code: 'VOX_TOO_MANY_PARTICIPANTS',
      status: 400,
    });
    const group = await owner.http.createConversation([u1.name, u2.name], 'full');
    t.equal(group.participants.length, 3, 'exactly maxParticipants is allowed');
    await t.rejects(owner.http.addParticipants(group.conversationId, [u3.name]), {
      code: 'VOX_TOO_MANY_PARTICIPANTS',
      status: 400,
    });
    t.equal(
      (await owner.http.getConversation(group.conversationId)).participants.length,
      3,
      'nobody was added',
    );
    const again = await owner.http.addParticipants(group.conversationId, [u1.name]);
    t.equal(again.participants.length, 3, 'adding someone already in does not count');
  },
);

void t.test('maxTextLength: VOX_TEXT_TOO_LONG', async (t) => {
  const { talker, conversationId, b } = await setup(t, { maxTextLength: 10 });
  const err = await errorFor(talker, {
    type: 'sendText',
    sendText: { messageId: 'txt-long', conversationId, text: 'x'.repeat(11) },
  });
  t.equal(err.code, 'VOX_TEXT_TOO_LONG');
  t.equal(err.messageId, 'txt-long');
  await t.rejects(
    b.http.getMessage('txt-long'),
    { code: 'VOX_MESSAGE_NOT_FOUND' },
    'nothing stored',
  );
  const ack = await talker.request({
    type: 'sendText',
    sendText: { messageId: 'txt-ok', conversationId, text: 'x'.repeat(10) },
  });
  t.equal(ack.type, 'ack', 'exactly maxTextLength is accepted');
  t.equal((await b.http.getMessage('txt-ok')).text, 'x'.repeat(10));
});

void t.test('maxLiveMessagesPerConnection: VOX_TOO_MANY_LIVE', async (t) => {
  const { talker, conversationId, a, router } = await setup(t, { maxLiveMessagesPerConnection: 2 });
  await start(talker, conversationId, 'live-1');
  await start(talker, conversationId, 'live-2');
  const err = await errorFor(talker, {
    type: 'startMessage',
    startMessage: { messageId: 'live-3', conversationId, contentType: 'VOICE', opus: null },
  });
  t.equal(err.code, 'VOX_TOO_MANY_LIVE');
  t.equal(err.retryable, true);
  t.equal(err.messageId, 'live-3');
  const other = await connectDevice(t, router.url, a, 'second-device');
  t.equal(
    (await start(other, conversationId, 'live-other')).type,
    'ack',
    'the limit is per connection',
  );
  await endMessage(talker, 'live-1', 0);
  t.equal(
    (await start(talker, conversationId, 'live-3')).type,
    'ack',
    'a slot freed by an end can be used again',
  );
});

void t.test('maxHttpBodyBytes: 413 VOX_BODY_TOO_LARGE', async (t) => {
  const router = await startTestRouter(t, { config: { maxHttpBodyBytes: 1024 } });
  const big = JSON.stringify({ username: 'bodyuser', password: 'p'.repeat(2000) });
  const res = await fetch(`${router.url}/v1/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: big,
  });
  t.equal(res.status, 413);
  t.equal(((await res.json()) as { error: { code: string } }).error.code, 'VOX_BODY_TOO_LARGE');
  // Without a Content-Length (chunked), the limit holds while reading.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 4; i++) controller.enqueue(Buffer.alloc(512, 0x20));
      controller.close();
    },
  });
  const chunked = await fetch(`${router.url}/v1/signup`, {
    method: 'POST',
    body: stream,
    duplex: 'half',
  });
  t.equal(chunked.status, 413);
  t.equal(((await chunked.json()) as { error: { code: string } }).error.code, 'VOX_BODY_TOO_LARGE');
  const small = JSON.stringify({ username: 'bodyuser', password: 'p'.repeat(100) });
  const ok = await fetch(`${router.url}/v1/signup`, { method: 'POST', body: small });
  t.equal(ok.status, 201, 'a body under the limit is read');
});

void t.test('authTimeoutMs: no hello → VOX_AUTH_TIMEOUT and close 4001', async (t) => {
  const router = await startTestRouter(t, { config: { authTimeoutMs: 200 } });
  const conn = await Connection.open(router.url, 'json');
  t.teardown(() => conn.terminate());
  const error = conn.waitFor((f) => f.type === 'error', 10_000, 'auth timeout error');
  const frame = await error;
  t.equal(frame.type === 'error' && frame.error.code, 'VOX_AUTH_TIMEOUT');
  t.equal(frame.ref, 0);
  const closed = await conn.closed();
  t.equal(closed.code, 4001);
  t.equal(closed.reason, 'VOX_AUTH_TIMEOUT');
});

void t.test('maxProtocolErrors: the Nth bad frame closes with 4000', async (t) => {
  const { talker } = await setup(t, { maxProtocolErrors: 3 });
  const codes: string[] = [];
  talker.onFrame((f) => {
    if (f.type === 'error') codes.push(f.error.code);
  });
  talker.sendRaw(Buffer.from([0xff, 0xff, 0xff]));
  talker.sendRaw(Buffer.from([0x0a]));
  await talker.sync();
  t.same(codes, ['VOX_BAD_FRAME', 'VOX_BAD_FRAME'], 'two bad frames: errors, still open');
  t.ok(talker.isOpen);
  talker.sendRaw(Buffer.from([0xff, 0xff, 0xff]));
  const closed = await talker.closed();
  t.equal(closed.code, 4000);
  t.equal(closed.reason, 'VOX_BAD_FRAME');
  t.equal(codes.length, 3, 'the third bad frame got its error frame before the close');
});

for (const transport of TRANSPORTS) {
  void t.test(
    `maxBufferedBytes: a client that stops reading is closed with 4008 (${transport})`,
    async (t) => {
      const { talker, conversationId, router, b } = await setup(
        t,
        {
          maxBufferedBytes: 64 * 1024,
          sendHighWaterMarkBytes: 1024,
          maxTextLength: 1_000_000,
          maxFrameBytes: 2 * 1024 * 1024,
        },
        transport,
      );
      const slow = await connectDevice(t, router.url, b, 'slow');
      const fast = await connectDevice(t, router.url, b, 'fast');
      for (const conn of [slow, fast])
        await conn.request({ type: 'monitor', monitor: { conversationIds: [conversationId] } });
      const fastTexts = new Set<string>();
      fast.onFrame((f) => {
        if (f.type === 'timeline')
          for (const e of f.timeline.events)
            if (e.header?.contentType === 'TEXT') fastTexts.add(e.header.messageId);
      });
      const rawSocket = (slow.socket as unknown as { _socket: { pause(): void; resume(): void } })
        ._socket;
      rawSocket.pause();
      // Live chunks are flow controlled: a paused listener just stops being fed.
      await start(talker, conversationId, 'voice-flood');
      for (let seq = 0; seq < 100; seq++) talker.send(chunk('voice-flood', seq, 4000));
      await endMessage(talker, 'voice-flood', 100);
      // Timeline pushes are not: ~17 MB of text events is far beyond the socket buffers
      // (a few MB on loopback) plus maxBufferedBytes.
      const text = 'v'.repeat(700_000);
      const ids: string[] = [];
      for (let i = 0; i < 24; i++) {
        ids.push(`text-flood-${i}`);
        await talker.request({
          type: 'sendText',
          sendText: { messageId: `text-flood-${i}`, conversationId, text },
        });
      }
      rawSocket.resume();
      const info = await slow.closed();
      t.equal(info.code, 4008, 'closed as a slow consumer');
      t.equal(info.reason, 'VOX_SLOW_CONSUMER');
      await talker.sync();
      await fast.sync();
      t.ok(fast.isOpen, 'a device that keeps reading stays connected');
      // Timeline pushes are queued after the ack; wait for the last one.
      if (!fastTexts.has(ids[ids.length - 1] ?? '')) {
        await fast.waitFor(
          (f) =>
            f.type === 'timeline' &&
            f.timeline.events.some((e) => e.header?.messageId === ids[ids.length - 1]),
        );
      }
      t.same([...fastTexts].sort(), [...ids].sort(), 'and gets every event');
    },
  );
}
