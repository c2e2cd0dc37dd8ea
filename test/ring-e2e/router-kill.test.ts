/**
 * kill -9 of a router while a message is live on it: two routers in this
 * process and a third run as a `voxring serve` child, all on Redis
 * membership (short TTL) and one Postgres schema. The dead router's clients
 * reach their first fallback at once (its links to the dead router are lost,
 * so it serves them instead of redirecting to the dead home; the time is
 * reported as a comment, not asserted). What happens to the dead router's
 * live message today (documented in ring/README.md): its listeners on other
 * routers keep every chunk received so far, exactly once, and their mirror
 * ends INTERRUPTED once the dead router leaves the ring; the talker's resume
 * on its fallback is refused VOX_MESSAGE_LIVE_ELSEWHERE (retryable), since
 * the header still names the dead router.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringConnection } from '../../client/voxring-connection.js';
import type { UserId } from '../../common/ids.js';
import type { Router } from '../../router/router.js';
import { PASSWORD, signupUser, speechPackets, tempDir, type Teardowns, type TestUser } from '../helpers/router-fixture.js';
import { testPostgresUrl, testRedisUrl } from '../helpers/services.js';
import { CLUSTER_SECRET, linksUp, startRing, until } from './ring-fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TTL_MS = 1500;

interface ChildRouter {
  id: string;
  url: string;
  kill(): Promise<void>;
}

/** `voxring serve` as a child process in the same ring; SIGKILLed in teardown whatever happened. */
async function startChildRouter(t: Teardowns, schema: string, keyPrefix: string, id: string): Promise<ChildRouter> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VOXRING_')) env[key] = value;
  Object.assign(env, {
    VOXRING_HOST: '127.0.0.1',
    VOXRING_PORT: '0',
    VOXRING_DATA_DIR: await tempDir(t),
    VOXRING_TRANSPORT: 'ws',
    VOXRING_LOG_LEVEL: 'silent',
    VOXRING_ROUTER_ID: id,
    VOXRING_POSTGRES_URL: testPostgresUrl(),
    VOXRING_POSTGRES_SCHEMA: schema,
    VOXRING_REDIS_URL: testRedisUrl(),
    VOXRING_REDIS_KEY_PREFIX: keyPrefix,
    VOXRING_CLUSTER_SECRET: CLUSTER_SECRET,
    VOXRING_HEARTBEAT_TTL_MS: String(TTL_MS),
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/voxring.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    process.off('exit', killOnExit);
  };
  t.teardown(kill);
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const match = /voxring listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`voxring serve exited before listening: ${err}`)));
  });
  return { id, url, kill };
}

async function homedOn(r: Router, id: string, prefix: string): Promise<TestUser> {
  for (let i = 0; i < 300; i++) {
    const user = await signupUser(r.url, prefix);
    if (r.ring?.ring.home(user.userId as UserId) === id) return user;
  }
  throw new Error(`no user homed on ${id}`);
}

void t.test('kill -9 of a router with a live message', async (t) => {
  const ring = await startRing(t, { count: 2, config: { heartbeatTtlMs: TTL_MS } });
  const [r0, r1] = ring.routers as [Router, Router];
  const killed = await startChildRouter(t, ring.schema, ring.keyPrefix, `rk-${ring.schema.slice(-8)}`);
  await until(() => ring.routers.every((r) => r.ring?.ring.members().length === 3), 10_000, 'three members');
  await linksUp(ring.routers);
  await until(() => ring.routers.every((r) => r.ring?.linkStatus().find((l) => l.peer === killed.id)?.state === 'up'), 10_000, 'links to the child');

  const x = await homedOn(r0, killed.id, 'x'); // talker on the router to be killed
  const z = await homedOn(r0, killed.id, 'z'); // listener on it
  const y = await homedOn(r0, r0.config.routerId, 'y'); // listener elsewhere
  const conversation = await x.http.createConversation([y.name, z.name], 'kill');
  const talker = await VoxringConnection.connect({ url: killed.url, token: x.token, deviceId: 'x' });
  t.teardown(() => talker.terminate());
  const zConn = await VoxringConnection.connect({ url: killed.url, token: z.token, deviceId: 'z' });
  t.teardown(() => zConn.terminate());
  const yConn = await VoxringConnection.connect({ url: r0.url, token: y.token, deviceId: 'y' });
  t.teardown(() => yConn.terminate());
  const yCollector = new MessageCollector(yConn);
  await yConn.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });

  const { packets, preSkip } = await speechPackets();
  const message = await OutgoingVoiceMessage.start(talker, {
    conversationId: conversation.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  const half = Math.floor(packets.length / 2);
  for (const packet of packets.slice(0, half)) message.send(packet);
  await message.allAcked();
  await yCollector.until(() => (yCollector.get(message.messageId)?.chunks.length ?? 0) >= half);

  const killedAt = Date.now();
  await killed.kill();
  const zClosed = await zConn.closed();
  t.not(zClosed.code, 1000, 'the dead router’s clients see an abnormal close');

  // z fails over along its login route: the dead home first, then its fallbacks.
  const session = await z.http.login(z.name, PASSWORD);
  t.equal(session.home, killed.url, 'the ring still names the dead router home (within its TTL)');
  const zAgain = await VoxringConnection.connectWithFailover({ urls: [session.home ?? '', ...(session.fallbacks ?? [])], token: z.token, deviceId: 'z', backoffMs: 20 });
  t.teardown(() => zAgain.terminate());
  const elapsed = Date.now() - killedAt;
  const fallbackId = r0.ring?.routeOf(z.userId as UserId)[1]?.id;
  t.equal(zAgain.welcome?.routerId, fallbackId, 'the client is served by its first fallback, not redirected to the dead home');
  t.comment(`fallback reached ${elapsed} ms after kill -9 (TTL ${TTL_MS} ms)`);

  // The talker fails over too; its resume is refused while the header names the dead router.
  const xSession = await x.http.login(x.name, PASSWORD);
  const xAgain = await VoxringConnection.connectWithFailover({ urls: [xSession.home ?? '', ...(xSession.fallbacks ?? [])], token: x.token, deviceId: 'x', backoffMs: 20 });
  t.teardown(() => xAgain.terminate());
  t.not(xAgain.welcome?.routerId, killed.id, 'the talker reached a fallback');
  const refused = await message.resume(xAgain).then(
    () => undefined,
    (err: unknown) => err,
  );
  t.match(refused, { code: 'VOX_MESSAGE_LIVE_ELSEWHERE', retryable: true }, 'resume of a message live on the dead router is refused (today)');

  // Once the dead router leaves the ring, mirrors of its message end INTERRUPTED; nothing was duplicated.
  await until(() => ring.routers.every((r) => r.ring?.ring.members().length === 2), 10_000, 'the dead router leaves the ring');
  await yCollector.ended(message.messageId);
  const got = yCollector.get(message.messageId);
  t.equal(got?.endState, 'INTERRUPTED', 'the listener’s mirror ends INTERRUPTED');
  t.equal(got?.duplicates, 0, 'no duplicates');
  t.ok((got?.chunks.length ?? 0) >= half, 'every chunk acked before the kill reached the listener');
  t.ok(yCollector.payloads(message.messageId).every((p, seq) => p.equals(packets[seq] ?? Buffer.alloc(0))), 'bit-exact');

  // New talk among the survivors works: x on its new home, heard by y and z.
  const zCollector = new MessageCollector(zAgain);
  await zAgain.request({ type: 'monitor', monitor: { conversationIds: [conversation.conversationId] } });
  const xNow = await VoxringConnection.connect({ url: r1.url, token: x.token, deviceId: 'x2' });
  t.teardown(() => xNow.terminate());
  const next = await OutgoingVoiceMessage.start(xNow, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 30)) next.send(packet);
  t.equal((await next.end()).messageEnd.state, 'COMPLETE');
  await yCollector.ended(next.messageId);
  await zCollector.ended(next.messageId);
  t.equal(yCollector.get(next.messageId)?.chunks.length, 30, 'y hears the next message');
  t.equal(zCollector.get(next.messageId)?.chunks.length, 30, 'z hears the next message');
});
