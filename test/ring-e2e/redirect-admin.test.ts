/**
 * Clients in a ring: a router that is not the user's home redirects hello
 * (close 4010), the SDK follows it and fails over along URLs, login and the
 * route frame name the home and fallbacks. Admin: the token is required, the
 * ring status lists members, shares, health and links; drain migrates the
 * router's users (close 4011) and refuses new ones, rejoin restores it. The
 * relay link refuses a caller without the cluster secret. Static peers work
 * without Redis.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import WebSocket from 'ws';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import { PASSWORD, speechPackets } from '../helpers/router-fixture.js';
import { ADMIN_TOKEN, CLUSTER_SECRET, linksUp, ringSettled, startRing, until, userHomedOn } from './ring-fixture.js';

const run = promisify(execFile);

void t.test('redirect to the home, route info, failover', async (t) => {
  const { routers } = await startRing(t, { count: 2 });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  const b = await userHomedOn(routers, r1, 'b');

  const raw = await VoxringConnection.open(r0.url, 'proto');
  t.teardown(() => raw.terminate());
  const reply = await raw.request({ type: 'hello', hello: { token: b.token, deviceId: 'raw' } });
  t.equal(reply.type, 'redirect', 'hello on a foreign router is answered with redirect');
  t.equal(reply.type === 'redirect' ? reply.redirect.url : '', r1.url, 'redirect names the home');
  t.equal((await raw.closed()).code, 4010, 'then the router closes with 4010');

  const conn = await VoxringConnection.connect({ url: r0.url, token: b.token, deviceId: 'sdk' });
  t.teardown(() => conn.terminate());
  t.equal(conn.welcome?.routerId, r1.config.routerId, 'the SDK followed the redirect');
  t.equal(conn.route?.homeUrl, r1.url, 'route frame: home');
  t.same(conn.route?.fallbackUrls, [r0.url], 'route frame: fallbacks');

  const session = await b.http.login(b.name, PASSWORD);
  t.equal(session.home, r1.url, 'login names the home');
  t.same(session.fallbacks, [r0.url], 'login names the fallbacks');

  // A dead URL first: the SDK moves on to the next one (and is redirected home from there).
  const dead = 'http://127.0.0.1:1';
  const failover = await VoxringConnection.connectWithFailover({ urls: [dead, r0.url], token: b.token, deviceId: 'fo', backoffMs: 5 });
  t.teardown(() => failover.terminate());
  t.equal(failover.welcome?.routerId, r1.config.routerId, 'failover reached the home');
});

void t.test('static peers without Redis: cross-router talk', async (t) => {
  const { routers } = await startRing(t, { count: 2, membership: 'static' });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  const a = await userHomedOn(routers, r0, 'a');
  const b = await userHomedOn(routers, r1, 'b');
  const conversation = await a.http.createConversation([b.name]);
  const talker = await VoxringConnection.connect({ url: r0.url, token: a.token, deviceId: 'a' });
  t.teardown(() => talker.terminate());
  const hearer = await VoxringConnection.connect({ url: r0.url, token: b.token, deviceId: 'b' });
  t.teardown(() => hearer.terminate());
  t.equal(hearer.welcome?.routerId, r1.config.routerId, 'hearer redirected to its home');
  const collector = new MessageCollector(hearer);
  await hearer.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const { packets, preSkip } = await speechPackets();
  const sent = packets.slice(0, 100);
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  for (const packet of sent) message.send(packet);
  await message.end();
  await collector.ended(message.messageId);
  const got = collector.get(message.messageId);
  t.equal(got?.chunks.length, sent.length, 'every packet over the static link');
  t.equal(got?.duplicates, 0);
  t.equal(got?.endState, 'COMPLETE');
});

void t.test('admin endpoints, drain and rejoin, link secret', async (t) => {
  const { routers } = await startRing(t, { count: 2 });
  const [r0, r1] = routers as [(typeof routers)[0], (typeof routers)[0]];
  await linksUp(routers);
  // token '' = no Authorization header.
  const admin = (router: typeof r0, path: string, method = 'GET', token = ADMIN_TOKEN) =>
    fetch(`${router.url}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

  t.equal((await admin(r0, '/healthz', 'GET', '')).status, 200, '/healthz is public');
  t.equal((await admin(r0, '/readyz', 'GET', '')).status, 200, '/readyz is public');
  const noToken = await admin(r0, '/v1/admin/ring', 'GET', '');
  t.equal(noToken.status, 401, 'no token: 401');
  t.equal(((await noToken.json()) as { error: { code: string } }).error.code, 'VOX_ADMIN_TOKEN_INVALID');
  t.equal((await admin(r0, '/v1/admin/ring', 'GET', 'wrong-token-wrong-token-wrong')).status, 401, 'wrong token: 401');
  t.equal((await admin(r0, '/v1/admin/drain', 'POST', '')).status, 401, 'drain needs the token');

  const status = (await (await admin(r0, '/v1/admin/ring')).json()) as {
    self: string;
    vnodes: number;
    members: { id: string; share: number; draining: boolean; health: { ok: boolean; connections: number } }[];
    links: { peer: string; state: string }[];
  };
  t.equal(status.self, r0.config.routerId);
  t.equal(status.vnodes, 64);
  t.same(status.members.map((m) => m.id).sort(), routers.map((r) => r.config.routerId).sort(), 'both members');
  t.ok(Math.abs(status.members.reduce((n, m) => n + m.share, 0) - 1) < 1e-9, 'shares sum to 1');
  t.ok(status.members.every((m) => m.health.ok), 'both healthy');
  t.same(status.links.map((l) => [l.peer, l.state]), [[r1.config.routerId, 'up']], 'link to r1 up');

  const cli = await run(process.execPath, ['--import', 'tsx', 'cli/voxring.ts', 'ring', 'status', '--server', r0.url, '--admin-token', ADMIN_TOKEN]);
  t.match(cli.stdout, r1.config.routerId, 'voxring ring status lists the members');
  t.match(cli.stdout, /link .* up/, 'and the links');

  // Drain r1: its users are migrated to r0, new connections to r1 are refused.
  const b = await userHomedOn(routers, r1, 'b');
  const onR1 = await VoxringConnection.connect({ url: r1.url, token: b.token, deviceId: 'b' });
  t.teardown(() => onR1.terminate());
  const migrate = onR1.waitFor((f) => f.type === 'migrate', 10_000, 'migrate');
  t.equal((await admin(r1, '/v1/admin/drain', 'POST')).status, 200, 'drain accepted');
  const frame = await migrate;
  t.equal(frame.type === 'migrate' ? frame.migrate.url : '', r0.url, 'migrate names the new home');
  t.equal((await onR1.closed()).code, 4011, 'migrated connection closed with 4011');
  t.equal((await admin(r1, '/readyz', 'GET', '')).status, 503, 'draining router is not ready');
  await until(() => r0.ring?.ring.members().length === 1, 10_000, 'r0 drops the draining r1');
  const moved = await VoxringConnection.connect({ url: r1.url, token: b.token, deviceId: 'b2' }).catch((err: unknown) => err);
  t.match(moved, { status: 503 }, 'a draining router refuses new connections');

  t.equal((await admin(r1, '/v1/admin/rejoin', 'POST')).status, 200, 'rejoin accepted');
  await ringSettled(routers);
  t.equal((await admin(r1, '/readyz', 'GET', '')).status, 200, 'ready again');

  // The relay link: only with the cluster secret.
  const linkUrl = `${r0.linkUrl}/${r1.config.routerId}`;
  const refused = await linkStatus(linkUrl, 'not-the-secret-not-the-secret');
  t.equal(refused, 401, 'link without the right secret: 401');
  t.not(CLUSTER_SECRET, 'not-the-secret-not-the-secret');
});

function linkStatus(url: string, secret: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: { 'x-voxring-cluster-secret': secret } });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.terminate();
    });
    ws.on('error', () => resolve(0));
  });
}
