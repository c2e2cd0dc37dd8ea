/**
 * Account changes made on one router reach the user's connections on
 * another (two routers, Redis membership, one Postgres): a log-out on r1
 * closes the device connected to r0 with 4001 and r0 refuses the token at
 * once (its session cache forgets it: RelayFrame session_revoked); a listen
 * mode set over HTTP on r1 holds for the device connected to r0 (RelayFrame
 * listen_mode), IGNORE and back to NORMAL. A log-out while the link is
 * closed (the peer left the membership for a moment) is told again when the
 * link comes back up.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { connectDevice, helloWith, speechPackets } from '../helpers/router-fixture.js';
import { dropRegistration, linksUp, startRing, until, userHomedOn } from './ring-fixture.js';

const { packets, preSkip } = await speechPackets();
const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip };


void t.test('a log-out on another router closes the connection and refuses the token here', async (t) => {
  const { routers } = await startRing(t, { count: 2 });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const user = await userHomedOn(routers, r0, 'rv');
  const phone = await connectDevice(t, r0.url, user, 'rv-phone');
  // r0 has the session cached now: only the relayed revocation can make it refuse the token within SESSION_CACHE_MS.
  t.equal(await helloWith(r0.url, user.token), 'welcome');
  await new VoxringHttp(r1.url, user.token).logout();
  const closed = await phone.closed();
  t.equal(closed.code, 4001, 'the device on r0 is closed as revoked');
  t.match(await helloWith(r0.url, user.token), { code: 'VOX_AUTH_TOKEN_INVALID' }, 'r0 refuses the token');
  t.match(await helloWith(r1.url, user.token), { code: 'VOX_AUTH_TOKEN_INVALID' }, 'r1 too');
});

void t.test('a log-out while the link to a router is closed reaches it once the link is back', async (t) => {
  // A 9 s heartbeat TTL: r1 writes its key again within 3 s, time enough to log out while r0 has no link to it.
  const ring = await startRing(t, { count: 2, config: { heartbeatTtlMs: 9000 } });
  const [r0, r1] = ring.routers as [(typeof ring.routers)[0], (typeof ring.routers)[0]];
  await linksUp(ring.routers);
  const user = await userHomedOn(ring.routers, r1, 'rl');
  const phone = await connectDevice(t, r1.url, user, 'rl-phone');
  t.equal(await helloWith(r1.url, user.token), 'welcome', 'r1 has the session cached');

  // r1's key goes away: r0 sees it leave and closes its link (the queue of a closed link is dropped with it).
  const r1Id = r1.config.routerId;
  await dropRegistration(t, ring, r1);
  await until(() => !r0.ring?.linkStatus().some((l) => l.peer === r1Id), 5000, 'r0 drops its link to r1');
  await new VoxringHttp(r0.url, user.token).logout();
  t.ok(phone.isOpen, 'logged out on r0 while r1 is away: the device on r1 is still open');

  const closed = await Promise.race([phone.closed(), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 20_000))]);
  t.equal(closed?.code, 4001, 'once r1 is back, the device on r1 is closed as revoked');
  t.match(await helloWith(r1.url, user.token), { code: 'VOX_AUTH_TOKEN_INVALID' }, 'and r1 refuses the token');
});

void t.test('a listen mode set over HTTP on another router holds for the connected device', async (t) => {
  const { routers } = await startRing(t, { count: 2 });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'ma');
  const b = await userHomedOn(routers, r0, 'mb');
  const { conversationId } = await a.http.createConversation([b.name], 'ring modes');
  const talker = await connectDevice(t, r0.url, a, 'a-phone');
  const phone = await connectDevice(t, r0.url, b, 'b-phone');
  await phone.request({ type: 'monitor', monitor: { conversationIds: [conversationId] } });
  const pushed = new Set<string>();
  phone.onFrame((frame) => {
    if (frame.type === 'header') pushed.add(frame.header.messageId);
  });
  /** Talks a short message and waits until the phone would have had its header; whether it did. */
  const talkReaches = async (): Promise<boolean> => {
    const message = await OutgoingVoiceMessage.start(talker, { messageId: randomUUID(), conversationId, opus: OPUS });
    for (const packet of packets.slice(0, 5)) message.send(packet);
    await message.end();
    await phone.sync();
    return pushed.has(message.messageId);
  };
  /** The relayed mode arrives on r0 a moment after the HTTP answer on r1: talk until the phone's answer is `want` (at most 20 tries). */
  const untilReaches = async (want: boolean): Promise<number> => {
    for (let tries = 1; tries <= 20; tries++) if ((await talkReaches()) === want) return tries;
    return 0;
  };
  t.ok(await talkReaches(), 'NORMAL: the header is pushed');
  const onR1 = new VoxringHttp(r1.url, b.token);
  await onR1.setConversationMode(conversationId, 'b-phone', 'IGNORE');
  t.not(await untilReaches(false), 0, 'IGNORE set on r1: the device on r0 gets no live push');
  t.notOk(await talkReaches(), 'and it stays so');
  await onR1.setConversationMode(conversationId, 'b-phone', 'NORMAL');
  t.not(await untilReaches(true), 0, 'NORMAL set on r1: pushed again');
  t.equal(await b.http.conversationMode(conversationId, 'b-phone'), 'NORMAL', 'stored once, read on r0');
});
