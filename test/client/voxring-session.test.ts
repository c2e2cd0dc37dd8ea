/**
 * VoxringSession and VoiceInbox against a real router over real WebSockets:
 * a talker and a hearer whose connections drop mid-message, then a router
 * that goes away (1001) and comes back on the same port and data dir. The
 * message ends COMPLETE and the hearer gets every packet exactly once,
 * bit-exact. A session gives up after reconnectForMs, and at once when the
 * router refuses it. An empty monitor set is restored after a reconnect
 * (nothing answers it); an aborted `signal` closes a session still opening.
 */
import t, { type Test } from 'tap';
import { VoiceInbox, type ReceivedVoiceMessage } from '../../client/voice-inbox.js';
import { VoxringSession, type SessionEvent } from '../../client/voxring-session.js';
import type { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxClientError } from '../../client/client-error.js';
import { signupUser, speechPackets, startTestRouter, tempDir, type TestUser } from '../helpers/router-fixture.js';

interface Talk {
  talker: VoxringSession;
  hearer: VoxringSession;
  talkerEvents: SessionEvent[];
  delivered: Promise<ReceivedVoiceMessage>;
  message: OutgoingVoiceMessage;
  packets: Buffer[];
}

async function open(t: Test, url: string, user: TestUser, deviceId: string, reconnectForMs = 30_000): Promise<VoxringSession> {
  const session = await VoxringSession.open({ urls: [url], token: user.token, deviceId, backoffMs: 20, backoffMaxMs: 500, reconnectForMs });
  t.teardown(() => session.close());
  return session;
}

/** Alice talks to Bob, who hears with an inbox; the message has started. */
async function startTalk(t: Test, url: string): Promise<Talk> {
  const [a, b] = await Promise.all([signupUser(url, 'a'), signupUser(url, 'b')]);
  const { conversationId } = await a.http.createConversation([b.name], 'session');
  const [talker, hearer] = await Promise.all([open(t, url, a, 'a-phone'), open(t, url, b, 'b-phone')]);
  const inbox = new VoiceInbox(hearer, { conversationIds: [conversationId] });
  t.teardown(() => inbox.close());
  const delivered = new Promise<ReceivedVoiceMessage>((resolve) => inbox.onMessage(resolve));
  await hearer.monitor([conversationId]);
  const talkerEvents: SessionEvent[] = [];
  talker.onEvent((e) => talkerEvents.push(e));
  const { packets, preSkip } = await speechPackets();
  const message = await talker.startVoice({ conversationId, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip } });
  return { talker, hearer, talkerEvents, delivered, message, packets };
}

/** Sends packets [from, to) and waits until the router holds them durably. */
async function sendDurably(message: OutgoingVoiceMessage, packets: Buffer[], from: number, to: number): Promise<void> {
  for (const packet of packets.slice(from, to)) message.send(packet);
  await message.allAcked(30_000);
}

/** Sends the packets from `from` on and ends the message: COMPLETE, the talker saw a close with `code`, the hearer heard it all. */
async function finishTalk(t: Test, talk: Talk, from: number, code: number, what: string): Promise<void> {
  for (const packet of talk.packets.slice(from)) talk.message.send(packet);
  const end = await talk.message.end(30_000);
  t.equal(end.messageEnd.state, 'COMPLETE', 'the message ends COMPLETE');
  t.equal(end.messageEnd.chunkCount, talk.packets.length, 'with every chunk');
  t.ok(
    talk.talkerEvents.some((e) => e.type === 'disconnected' && e.code === code),
    what,
  );
  const heard = await talk.delivered;
  t.equal(heard.state, 'COMPLETE', 'the hearer gets the message COMPLETE');
  t.equal(heard.payloads.length, talk.packets.length, 'with every packet');
  t.ok(
    heard.payloads.every((p, seq) => Buffer.from(p).equals(talk.packets[seq] ?? Buffer.alloc(0))),
    'each exactly once, in order, bit-exact',
  );
  t.ok(heard.catchUps >= 1, `it asked for the rest after its reconnect (${heard.catchUps} listens, ${heard.duplicates} repeats dropped)`);
}

void t.test('talker and hearer ride over dropped connections', async (t) => {
  const router = await startTestRouter(t);
  const talk = await startTalk(t, router.url);
  const { message, packets, talker, hearer } = talk;
  await sendDurably(message, packets, 0, 100);
  talker.connection?.terminate(); // the talker's network drops
  await sendDurably(message, packets, 100, 200); // kept while away, resent on resume
  hearer.connection?.terminate(); // the hearer's drops
  await finishTalk(t, talk, 200, 1006, 'the talker saw its connection drop');
  t.ok(
    talk.talkerEvents.some((e) => e.type === 'connected' && e.reconnect),
    'and reconnected',
  );
});

void t.test('the router goes away (1001) and comes back on the same port', async (t) => {
  const dataDir = await tempDir(t, 'voxring-session-');
  const first = await startTestRouter(t, { store: 'pglite', dataDir });
  const port = Number(new URL(first.url).port);
  const talk = await startTalk(t, first.url);
  const { message, packets } = talk;
  await sendDurably(message, packets, 0, 100);
  const gone = first.close(); // live messages end INTERRUPTED (resumable), every socket closes with 1001
  for (const packet of packets.slice(100, 200)) message.send(packet);
  await gone;
  await startTestRouter(t, { store: 'pglite', dataDir, config: { port } });
  await message.allAcked(30_000);
  t.equal(message.ackedSeq, 199, 'the message resumed on the restarted router');
  await finishTalk(t, talk, 200, 1001, 'the talker saw the router go away');
});

void t.test('a session gives up after reconnectForMs, and at once when refused', async (t) => {
  const router = await startTestRouter(t);
  const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
  const { conversationId } = await a.http.createConversation([b.name], 'give-up');

  // Refused: a revoked token closes the connection with 4001; no reconnect.
  const revoked = await open(t, router.url, b, 'b-phone');
  await b.http.logout();
  const refusal = await revoked.closed();
  t.equal(refusal?.code, 'VOX_AUTH_TOKEN_INVALID', 'a revoked token ends the session with the router\'s code');
  t.equal(refusal?.retryable, false);
  const rejected = await VoxringSession.open({ urls: [router.url], token: b.token, deviceId: 'b-phone' }).catch((err: VoxClientError) => err);
  t.equal((rejected as VoxClientError).code, 'VOX_AUTH_TOKEN_INVALID', 'opening with it fails at once');

  // Out of reach: the router stops and stays away.
  const session = await open(t, router.url, a, 'a-phone', 500);
  const message = await session.startVoice({ conversationId });
  message.send(Buffer.from([0xfc, 0xff, 0xfe]));
  await router.close();
  const closedAt = Date.now();
  const failure = await session.closed();
  const ms = Date.now() - closedAt;
  t.equal(failure?.code, 'VOX_CLIENT_GAVE_UP', 'the session gives up');
  t.ok(ms < 3000, `after about reconnectForMs (${ms} ms)`);
  const ending = await message.end().catch((err: VoxClientError) => err);
  t.equal((ending as VoxClientError).code, 'VOX_CLIENT_GAVE_UP', 'the message it was sending fails with that error');
  t.equal(session.connection, undefined, 'no connection is left open');
});

void t.test('an empty monitor set rides a reconnect; aborting the signal closes a session still opening', async (t) => {
  const router = await startTestRouter(t);
  const a = await signupUser(router.url, 'a');

  // The router answers a monitor with one presence per conversation: none for an empty set, nothing to wait for.
  const session = await open(t, router.url, a, 'a-phone');
  await session.monitor([]);
  const events: SessionEvent[] = [];
  session.onEvent((e) => events.push(e));
  const reconnected = new Promise<void>((resolve) => session.onEvent((e) => e.type === 'connected' && resolve()));
  session.connection?.terminate();
  await reconnected;
  t.same(events.map((e) => e.type), ['disconnected', 'connected'], 'it reconnects and restores the empty set');
  t.notOk(session.isClosed, 'the session goes on');

  // Nothing listens at this URL: open keeps trying until the signal aborts it.
  await router.close();
  const abort = new AbortController();
  const opening = VoxringSession.open({ urls: [router.url], token: a.token, deviceId: 'a-tablet', backoffMs: 20, reconnectForMs: 60_000, signal: abort.signal });
  setTimeout(() => abort.abort(), 200);
  const refused = await opening.catch((err: VoxClientError) => err);
  t.equal((refused as VoxClientError).code, 'VOX_CLIENT_SESSION_CLOSED', 'open rejects as closed, not as given up');
  const already = await VoxringSession.open({ urls: [router.url], token: a.token, deviceId: 'a-tablet', signal: abort.signal }).catch((err: VoxClientError) => err);
  t.equal((already as VoxClientError).code, 'VOX_CLIENT_SESSION_CLOSED', 'an aborted signal refuses at once');
});
