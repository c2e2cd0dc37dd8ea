/**
 * Usage metering on one router with the embedded store (PGlite): a talker's
 * voice (real durations from the packets), a text and a picture; a
 * listener's live chunks and HTTP downloads; a recall giving storage back.
 * GET /v1/admin/usage with its filters and bad input, and `voxring usage`.
 * The Zello door on Postgres: a Zello talker and a Zello hearer (voice and
 * a pushed picture).
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { eventually } from '../helpers/eventually.js';
import { opusPackets } from '../helpers/opus-packets.js';
import { connectDevice, PASSWORD, signupUser, sleep, startTestRouter } from '../helpers/router-fixture.js';
import { codecHeader, packet, ZelloTestClient } from '../zello/zello-test-client.js';
import { cleanEnv, runCli } from './support/cli-process.js';
import type { UsageTotal } from '../../header-store/header-store.js';

const ADMIN_TOKEN = 'usage-test-admin-token-0123456789';
const JPEG = readFileSync(new URL('../../fixtures/images/gradient-24x16.jpg', import.meta.url));

/** A row of GET /v1/admin/usage: the store's totals as JSON. */
type UsageRow = UsageTotal;

function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

void t.test('usage figures, the admin endpoint and the CLI on one PGlite router', async (t) => {
  const router = await startTestRouter(t, { store: 'pglite', config: { adminToken: ADMIN_TOKEN, usageFlushMs: 50 } });
  const admin = async (query: string, token = ADMIN_TOKEN): Promise<{ status: number; body: { users?: UsageRow[]; error?: { code: string; message: string } } }> => {
    const res = await fetch(`${router.url}/v1/admin/usage${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as { users?: UsageRow[]; error?: { code: string; message: string } } };
  };
  const usageOf = async (username: string): Promise<UsageRow | undefined> => (await admin(`?username=${username}`)).body.users?.[0];

  const a = await signupUser(router.url, 'talker');
  const b = await signupUser(router.url, 'hearer');
  const idle = await signupUser(router.url, 'idle');
  const conversation = await a.http.createConversation([b.name], 'metered');
  const hearer = await connectDevice(t, router.url, b, 'b-phone');
  const collector = new MessageCollector(hearer);
  await hearer.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const talker = await connectDevice(t, router.url, a, 'a-phone');

  // 25 packets of two 20 ms frames: 1000 ms of audio, 61 bytes each.
  const packets = opusPackets(25, { frameMs: 20, frames: 2, frameBytes: 30 });
  const voiceBytes = packets.reduce((n, p) => n + p.length, 0);
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 },
  });
  for (const packet of packets) message.send(packet);
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');
  await collector.ended(message.messageId);
  t.equal(collector.get(message.messageId)?.chunks.length, packets.length, 'the hearer got every chunk live');

  const text = 'roger ✓ over';
  await talker.request({ type: 'sendText', sendText: { messageId: 'usage-text-1', conversationId: conversation.conversationId, text } });
  const picture = await a.http.uploadImage(conversation.conversationId, JPEG, 'usage-pic-1');
  const audio = await b.http.audio(message.messageId);
  const image = await b.http.getImage(picture.messageId);
  const textBytes = Buffer.byteLength(text);

  const expectedA = { talkMs: 1000, messages: 3, bytesIn: voiceBytes + textBytes + JPEG.length, bytesOut: 0, storageBytes: voiceBytes + JPEG.length };
  const expectedB = { talkMs: 0, messages: 0, bytesIn: 0, bytesOut: voiceBytes + audio.body.length + image.body.length, storageBytes: 0 };
  t.match(await eventually(() => usageOf(a.name), (u) => u?.messages === 3, 'the talker\'s usage'), { userId: a.userId, username: a.name, ...expectedA }, 'talker: talk time from the packets, every message, bytes sent and stored');
  t.match(await eventually(() => usageOf(b.name), (u) => u?.bytesOut === expectedB.bytesOut, 'the hearer\'s usage'), { userId: b.userId, username: b.name, ...expectedB }, 'hearer: live chunks, the Ogg file and the picture');

  // Ranges: today is in [yesterday, tomorrow]; nothing from tomorrow on (a row of zeros for one user).
  const ranged = await admin(`?from=${day(-1)}&to=${day(1)}`);
  t.equal(ranged.status, 200);
  const byName = new Map(ranged.body.users?.map((u) => [u.username, u]));
  t.match(byName.get(a.name), expectedA, 'without username: every user, talker included');
  t.match(byName.get(b.name), expectedB, 'and the hearer');
  t.notOk(byName.has(idle.name), 'a user with no usage is not listed');
  t.same((await admin(`?username=${a.name}&from=${day(1)}`)).body.users, [{ userId: a.userId, username: a.name, talkMs: 0, messages: 0, bytesIn: 0, bytesOut: 0, storageBytes: 0 }], 'one user, empty range: zeros');
  t.match((await admin(`?username=${a.name}&to=${day(0)}&from=${day(0)}`)).body.users, [expectedA], 'from = to = today');

  // Bad input.
  for (const [query, why] of [
    ['?from=2026-13-01', 'month 13'],
    ['?to=2026-02-30', 'no 30 February'],
    ['?from=yesterday', 'not a date'],
    [`?from=${day(1)}&to=${day(0)}`, 'from after to'],
  ] as const) {
    const refused = await admin(query);
    t.equal(refused.status, 400, `${why}: 400`);
    t.equal(refused.body.error?.code, 'VOX_BAD_REQUEST', `${why}: VOX_BAD_REQUEST`);
  }
  t.match((await admin(`?from=${day(1)}&to=${day(0)}`)).body.error?.message, /after/, 'the message says what is wrong');
  const unknown = await admin('?username=nobody_here_at_all');
  t.equal(unknown.status, 404, 'unknown username: 404');
  t.equal(unknown.body.error?.code, 'VOX_USER_NOT_FOUND');
  t.equal((await admin('', 'wrong-token-wrong-token-wrong')).status, 401, 'a wrong admin token: 401');
  t.equal((await fetch(`${router.url}/v1/admin/usage`)).status, 401, 'no admin token: 401');

  // A recall deletes the picture's body: storage falls by its bytes (the message still counts).
  await a.http.call('POST', `/v1/messages/${picture.messageId}/recall`);
  t.match(await eventually(() => usageOf(a.name), (u) => u?.storageBytes === voiceBytes, 'storage after the recall'), { ...expectedA, storageBytes: voiceBytes }, 'recall gives the body bytes back');

  // The CLI: JSON as the endpoint answers it, a table, refusals.
  const env = cleanEnv();
  const asJson = await runCli(t, ['usage', '--server', router.url, '--admin-token', ADMIN_TOKEN, '--username', a.name, '--json'], env);
  t.equal(asJson.code, 0, `usage --json exits 0 ${asJson.stderr}`);
  t.same(JSON.parse(asJson.stdout), { users: [{ userId: a.userId, username: a.name, ...expectedA, storageBytes: voiceBytes }] }, '--json prints the endpoint\'s answer');
  const asTable = await runCli(t, ['usage', '--server', router.url, '--from', day(-1), '--to', day(1)], cleanEnv({ VOXRING_ADMIN_TOKEN: ADMIN_TOKEN }));
  t.equal(asTable.code, 0, `usage (table) exits 0 ${asTable.stderr}`);
  const lines = asTable.stdout.trim().split('\n');
  t.match(lines[0], /^username\s+talkMs\s+messages\s+bytesIn\s+bytesOut\s+storageBytes$/, 'a header row');
  const rowA = lines.find((l) => l.startsWith(`${a.name} `))?.trim().split(/\s+/);
  t.same(rowA, [a.name, '1000', '3', String(expectedA.bytesIn), '0', String(voiceBytes)], 'the talker\'s row');
  t.ok(lines.some((l) => l.startsWith(`${b.name} `)), 'the hearer\'s row');
  const badDate = await runCli(t, ['usage', '--server', router.url, '--admin-token', ADMIN_TOKEN, '--from', '2026-02-30'], env);
  t.equal(badDate.code, 3, 'a bad date: the server refused (exit 3)');
  t.match(badDate.stderr, /VOX_BAD_REQUEST/);
  const noToken = await runCli(t, ['usage', '--server', router.url], env);
  t.equal(noToken.code, 2, 'no admin token: usage error (exit 2)');
});

void t.test('Zello clients on Postgres: talk time and bytes in for the talker, chunks and pictures out for the hearer', async (t) => {
  const router = await startTestRouter(t, { config: { adminToken: ADMIN_TOKEN, usageFlushMs: 50 } });
  const usageOf = async (username: string): Promise<UsageRow | undefined> => {
    const res = await fetch(`${router.url}/v1/admin/usage?username=${username}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    return ((await res.json()) as { users: UsageRow[] }).users[0];
  };
  const channel = 'Metered Channel';
  const [a, b] = [await signupUser(router.url, 'za'), await signupUser(router.url, 'zb')];
  await a.http.createConversation([b.name], channel);
  const zelloA = await ZelloTestClient.logon(t, router.zelloUrl, a.name, PASSWORD, [channel]);
  const zelloB = await ZelloTestClient.logon(t, router.zelloUrl, b.name, PASSWORD, [channel]);

  const packets = opusPackets(30, { frameMs: 20, frameBytes: 44 });
  const voiceBytes = packets.reduce((n, p) => n + p.length, 0);
  const start = await zelloA.request({ command: 'start_stream', channel, type: 'audio', codec: 'opus', codec_header: codecHeader(48000, 1, 20), packet_duration: 20 });
  const streamId = Number(start['stream_id']);
  for (const [i, opus] of packets.entries()) {
    zelloA.sendBinary(packet(0x01, streamId, i, opus));
    if (i % 10 === 9) await sleep(5);
  }
  t.equal((await zelloA.request({ command: 'stop_stream', stream_id: streamId, channel }))['success'], true);
  t.equal((await zelloB.stoppedStream(a.name)).packets.length, packets.length, 'the Zello hearer got every packet');

  await a.http.uploadImage((await a.http.listConversations())[0]?.conversationId ?? '', JPEG, 'zello-usage-pic');
  await zelloB.event('on_image');
  t.match(
    await eventually(() => usageOf(a.name), (u) => u?.messages === 2 && u.bytesOut >= 2 * JPEG.length, 'the Zello talker\'s usage'),
    // An HTTP upload comes from no device: the talker's own Zello client is pushed the picture too.
    { talkMs: 600, messages: 2, bytesIn: voiceBytes + JPEG.length, bytesOut: 2 * JPEG.length, storageBytes: voiceBytes + JPEG.length },
    'Zello talker: 30 packets of 20 ms, a picture sent, and pushed back',
  );
  // The picture has no thumbnail: the full one is pushed as both.
  t.match(
    await eventually(() => usageOf(b.name), (u) => (u?.bytesOut ?? 0) >= voiceBytes + 2 * JPEG.length, 'the Zello hearer\'s usage'),
    { talkMs: 0, messages: 0, bytesIn: 0, bytesOut: voiceBytes + 2 * JPEG.length },
    'Zello hearer: the chunks and the pushed picture',
  );
});
