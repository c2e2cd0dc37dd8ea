/**
 * No message stays LIVE on a ring router whose Postgres is cut off (issue
 * 15, `make chaos` seed 7 finding 3: messages started on c0 around an
 * isolate / partition-postgres stayed LIVE for good). r2 reaches Postgres
 * through a TCP proxy of the test's own; r0 directly. The talker is homed
 * on r2, a listener on r0 monitors the conversation:
 * - the pooled connections stranded (never answering again) while the talker
 *   ends: the end (ownership check, header update) is bounded, the talker
 *   and the listener get the end, and the header lands COMPLETE on a retry;
 * - the store paused longer than the talker's start request: the late start
 *   makes the message live with a sender that moved on; it ends
 *   INTERRUPTED after liveIdleTimeoutMs, on r2 and on r0's mirror.
 */
import t from 'tap';
import { VoxClientError } from '../../client/client-error.js';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { ConfigInput } from '../../common/config.js';
import type { MessageId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { eventually } from '../helpers/eventually.js';
import { sleep, speechPackets, type Teardowns, type TestUser } from '../helpers/router-fixture.js';
import { testPostgresUrl } from '../helpers/services.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000 };
const IDLE_MS = 800;

interface Setup {
  r0: Router;
  r2: Router;
  proxy: TcpProxy;
  x: TestUser;
  y: TestUser;
  conversationId: string;
  talker: VoxringConnection;
  heard: MessageCollector;
}

async function setup(t: Teardowns, r2Config: ConfigInput): Promise<Setup> {
  const proxy = await TcpProxy.forUrl(t, testPostgresUrl());
  const proxiedUrl = proxy.urlFor(testPostgresUrl());
  const ring = await startRing(t, { count: 2 });
  const r2 = await ring.add({ postgresUrl: proxiedUrl, ...r2Config });
  const r0 = ring.routers[0] as Router;
  await linksUp(ring.routers, 15_000);
  const x = await userHomedOn(ring.routers, r2, 'x');
  const y = await userHomedOn(ring.routers, r0, 'y');
  const { conversationId } = await x.http.createConversation([y.name], 'stuck-ring');
  const connect = async (url: string, user: TestUser, deviceId: string): Promise<VoxringConnection> => {
    const conn = await VoxringConnection.connect({ url, token: user.token, deviceId });
    t.teardown(() => conn.terminate());
    return conn;
  };
  const talker = await connect(r2.url, x, 'x');
  const listener = await connect(r0.url, y, 'y');
  const heard = new MessageCollector(listener);
  await listener.request({ type: 'monitor', monitor: { conversationIds: [conversationId] } });
  return { r0, r2, proxy, x, y, conversationId, talker, heard };
}

/** The header as r0 reads it (its Postgres is not cut off). */
async function stateOf(user: TestUser, messageId: string): Promise<string> {
  return user.http.getMessage(messageId).then(
    (h) => `${h.state as string}/${h.chunkCount}`,
    (err: unknown) => (typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'ERROR'),
  );
}

void t.test('an end on a router whose Postgres connections never answer again', async (t) => {
  const { r2, proxy, y, conversationId, talker, heard } = await setup(t, { postgresQueryTimeoutMs: 500 });
  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId, messageId: 'ring-stranded', opus: { ...OPUS, preSkip } });
  for (const packet of packets.slice(0, 10)) message.send(packet);
  await message.allAcked();

  proxy.strand();
  const began = Date.now();
  const end = await message.end(8000);
  t.same(end.messageEnd, { messageId: 'ring-stranded', chunkCount: 10, state: 'COMPLETE' }, 'the talker is told COMPLETE');
  t.ok(Date.now() - began < 5000, `in ${Date.now() - began} ms`);
  await heard.ended('ring-stranded', 5000);
  t.equal(heard.get('ring-stranded')?.chunks.length, 10, 'the listener on r0 got every chunk and the end');
  t.equal(r2.messages.liveCount, 0, 'nothing live on r2');
  t.equal(await eventually(() => stateOf(y, 'ring-stranded'), (s) => s === 'COMPLETE/10', 'the header to land', 20_000), 'COMPLETE/10');
  await proxy.close();
});

void t.test('a start answered after its talker gave up, on a ring router', async (t) => {
  // The default query timeout (10 s) outlasts the pause: the start is slow, not failed.
  const { r2, proxy, y, conversationId, talker, heard } = await setup(t, { liveIdleTimeoutMs: IDLE_MS });
  const id = 'ring-late-start';
  const ended = talker.waitFor((f) => f.type === 'messageEnd' && f.messageEnd.messageId === id, 15_000, 'message_end');
  proxy.pause();
  const startMessage = { messageId: id, conversationId, contentType: 'VOICE' as const, opus: { ...OPUS, preSkip: 312 } };
  const answer = await talker.request({ type: 'startMessage', startMessage }, 300).then(
    () => 'answered',
    (err: unknown) => (err instanceof VoxClientError ? err.code : 'ERROR'),
  );
  t.equal(answer, 'VOX_CLIENT_TIMEOUT', 'the talker gave up waiting');
  await sleep(200);
  proxy.resume();
  await eventually(async () => r2.messages.getLive(id as MessageId), Boolean, 'the late start to make it live on r2');
  const end = await ended;
  t.equal(end.type === 'messageEnd' && end.messageEnd.state, 'INTERRUPTED', 'ended INTERRUPTED after liveIdleTimeoutMs');
  t.equal(r2.messages.liveCount, 0, 'nothing live on r2');
  t.equal(await eventually(() => stateOf(y, id), (s) => s !== 'LIVE/0', 'the header to end'), 'INTERRUPTED/0', 'stored INTERRUPTED');
  await heard.ended(id, 5000);
  t.pass("r0's listener got the end");
});
