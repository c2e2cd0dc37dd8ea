/**
 * Account changes made on one router reach the user's connections on
 * another (two routers, Redis membership, one Postgres): a log-out on r1
 * closes the device connected to r0 with 4001 and r0 refuses the token at
 * once (its session cache forgets it: RelayFrame session_revoked); a listen
 * mode set over HTTP on r1 holds for the device connected to r0 (RelayFrame
 * listen_mode), IGNORE and back to NORMAL.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { connectDevice, helloWith, speechPackets } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

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
