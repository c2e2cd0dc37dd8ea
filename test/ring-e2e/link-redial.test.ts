/**
 * A relay link whose packets stop flowing comes back within seconds (issue
 * 15, `make chaos` finding 5: after `isolate` of a router its links stayed
 * down for minutes). r2 advertises its link URL through a TCP proxy of the
 * test's own; stranding the proxy's connections makes the links to r2 dead
 * sockets that nobody closes, as a router cut off whose peers gave up on it.
 * Without a heartbeat the dialers (r0, r1) kept them "up" for good; now both
 * sides drop them and the dialers redial through the proxy, and a message
 * talked on r0 reaches a listener on r2 again.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { Router } from '../../router/router.js';
import { speechPackets, type TestUser } from '../helpers/router-fixture.js';
import { TcpProxy, type ProxyTarget } from '../helpers/tcp-proxy.js';
import { linksUp, startRing, until, userHomedOn } from './ring-fixture.js';

const OPUS = { sampleRate: 48000, channels: 1, frameDurationUs: 20000 };
/** The heartbeat drops a silent link after 5 s; the redial follows within about 2 s. */
const BACK_WITHIN_MS = 12_000;

void t.test('relay links whose packets are dropped come back within seconds', async (t) => {
  // r2's port is known once it listens: until then the proxy refuses the dials.
  const target: { current?: ProxyTarget } = {};
  const proxy = await TcpProxy.start(t, () => target.current);
  const ring = await startRing(t, { count: 2 });
  const r2 = await ring.add({ linkUrl: `ws://127.0.0.1:${proxy.port}/v1/link` });
  target.current = { host: '127.0.0.1', port: r2.port };
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers, 15_000);
  t.ok(proxy.connections >= 2, 'r0 and r1 reach r2 through the proxy');

  const x = await userHomedOn(ring.routers, r0, 'x');
  const w = await userHomedOn(ring.routers, r2, 'w');
  const conversation = await x.http.createConversation([w.name], 'redial');
  const connect = async (url: string, user: TestUser, deviceId: string): Promise<VoxringConnection> => {
    const conn = await VoxringConnection.connect({ url, token: user.token, deviceId });
    t.teardown(() => conn.terminate());
    return conn;
  };
  const talker = await connect(r0.url, x, 'x');
  const listener = await connect(r2.url, w, 'w');
  const heard = new MessageCollector(listener);
  await listener.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const link = (from: Router, to: Router) => from.ring?.linkStatus().find((l) => l.peer === to.config.routerId);
  const connectsBefore = [link(r0, r2)?.connects ?? 0, link(r1, r2)?.connects ?? 0];
  proxy.strand();
  const began = Date.now();
  await until(
    () => [r0, r1].every((from, i) => link(from, r2)?.state === 'up' && (link(from, r2)?.connects ?? 0) > (connectsBefore[i] ?? 0)),
    BACK_WITHIN_MS + 5000,
    'r0 and r1 to redial r2',
  );
  const tookMs = Date.now() - began;
  t.ok(tookMs < BACK_WITHIN_MS, `both links came back in ${tookMs} ms`);
  await linksUp([r0, r1, r2], 5000);
  t.pass('r2 sees both links up too');

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, { conversationId: conversation.conversationId, opus: { ...OPUS, preSkip } });
  for (const packet of packets.slice(0, 20)) message.send(packet);
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');
  await heard.ended(message.messageId, 5000);
  t.equal(heard.get(message.messageId)?.chunks.length, 20, 'the listener on r2 heard every chunk over the new link');
});
