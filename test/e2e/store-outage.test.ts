/**
 * A router and a header store (or Redis) that is away, through a real
 * Postgres and Redis behind a TCP proxy the test cuts (`make chaos`
 * findings 6 and 7): the router waits for them at start (probes answer 503
 * `starting` meanwhile) or gives up with one clear error after
 * storeStartTimeoutMs; a timeline event whose append failed while Postgres
 * was cut off is stored once it is back.
 */
import { PassThrough } from 'node:stream';
import t from 'tap';
import WebSocket from 'ws';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { loadConfig, type ConfigInput } from '../../common/config.js';
import { VoxError } from '../../common/errors.js';
import { createLogger } from '../../common/logger.js';
import type { TimelineEvent, TimelineEvents } from '../../proto/frames.js';
import { voxring } from '../../proto/generated/voxring.js';
import { Router } from '../../router/router.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, dropSchema, RELAXED_EDGE_LIMITS, signupUser, sleep, startTestRouter, tempDir, type Teardowns } from '../helpers/router-fixture.js';
import { testPostgresUrl, testRedisUrl, uniqueName } from '../helpers/services.js';

/** The router's log lines (JSON), written at info. */
interface CapturedLog {
  logger: ReturnType<typeof createLogger>;
  lines(): Record<string, unknown>[];
}

function captureLog(): CapturedLog {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return {
    logger: createLogger('info', stream),
    lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** Starts a router on a fresh schema (dropped in teardown) with `input`; does not wait for it. */
async function startRouter(t: Teardowns, log: CapturedLog, input: ConfigInput): Promise<Router> {
  const schema = uniqueName('outage');
  t.teardown(() => dropSchema(schema));
  const config = loadConfig({
    host: '127.0.0.1',
    port: 0,
    dataDir: await tempDir(t),
    transport: 'ws',
    logLevel: 'info',
    routerId: uniqueName('router'),
    postgresSchema: schema,
    ...RELAXED_EDGE_LIMITS,
    ...input,
  });
  const router = await Router.start(config, { logger: log.logger });
  t.teardown(() => router.close());
  return router;
}

/** The port the router listens on while it starts (its first log line says it). */
async function portWhileStarting(log: CapturedLog): Promise<number> {
  const line = await eventually(
    async () => log.lines().find((l) => l.msg === 'listening (503 starting) while the stores open'),
    (found) => found !== undefined,
    'the router to listen',
  );
  return Number(line?.port);
}

void t.test('Postgres away at start: the router waits (503 starting), then starts when it is back', async (t) => {
  const proxy = await TcpProxy.forUrl(t, testPostgresUrl());
  proxy.cutOff();
  const log = captureLog();
  const started = Date.now();
  const starting = startRouter(t, log, { postgresUrl: proxy.urlFor(testPostgresUrl()) });
  const port = await portWhileStarting(log);
  const probe = await fetch(`http://127.0.0.1:${port}/healthz`);
  t.equal(probe.status, 503, '/healthz answers 503 while the stores are waited for');
  t.match(await probe.json(), { status: 'starting' });
  const api = await fetch(`http://127.0.0.1:${port}/v1/conversations`);
  t.equal(api.status, 503, 'other requests too');
  t.match(await api.json(), { error: { code: 'VOX_STARTING', retryable: true } });
  const apiProto = await fetch(`http://127.0.0.1:${port}/v1/conversations`, { headers: { accept: 'application/x-protobuf' } });
  t.equal(apiProto.status, 503);
  t.equal(apiProto.headers.get('content-type'), 'application/x-protobuf; messageType=voxring.v1.HttpError', 'in protobuf when asked for');
  t.match(voxring.v1.HttpError.decode(Buffer.from(await apiProto.arrayBuffer())).error, { code: 'VOX_STARTING', retryable: true });
  await sleep(2000 - (Date.now() - started));
  proxy.restore();
  const router = await starting;
  t.ok(Date.now() - started >= 2000, 'it started only once Postgres was reachable');
  const warnings = log.lines().filter((l) => l.msg === 'store not reachable at start; trying again');
  t.ok(warnings.length >= 2, `each failed try was logged at warn (${warnings.length})`);
  t.ok(warnings.every((l) => l.level === 40 && l.store === 'postgres' && typeof l.reason === 'string'));
  const health = await fetch(`${router.url}/healthz`);
  t.equal(health.status, 200, 'then /healthz answers 200');
  const user = await signupUser(router.url);
  t.ok(user.userId, 'and it serves (a sign-up reached Postgres)');
});

void t.test('Postgres away for longer than storeStartTimeoutMs: start fails with one clear error, nothing left listening', async (t) => {
  const proxy = await TcpProxy.forUrl(t, testPostgresUrl());
  proxy.cutOff();
  const log = captureLog();
  const started = Date.now();
  const failed = startRouter(t, log, { postgresUrl: proxy.urlFor(testPostgresUrl()), storeStartTimeoutMs: 1500 }).catch((e: unknown) => e);
  const port = await portWhileStarting(log);
  const err = await failed;
  const elapsed = Date.now() - started;
  t.ok(err instanceof VoxError, 'a VoxError');
  t.equal((err as VoxError).code, 'VOX_STORAGE_FAILED');
  t.match((err as VoxError).message, /^cannot start: postgres not reachable within storeStartTimeoutMs \(1500 ms, \d+ tries\)$/, 'one line naming the option');
  // It stops once the next (jittered, doubling: 125-250, 250-500, 500-1000 ms) pause would end past the
  // deadline: never before a third try at 375 ms whose pause can reach it, so not before 500 ms (1500 - 1000).
  t.ok(elapsed >= 500 && elapsed < 8000, `after about the deadline (${elapsed} ms)`);
  await t.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'the port is closed again');
});

void t.test('Redis away when a ring router starts: it waits for it, probes answer 503 starting, then it joins', async (t) => {
  const proxy = await TcpProxy.forUrl(t, testRedisUrl());
  proxy.cutOff();
  const log = captureLog();
  const started = Date.now();
  const starting = startRouter(t, log, {
    postgresUrl: testPostgresUrl(),
    redisUrl: proxy.urlFor(testRedisUrl()).replace(/\/$/, ''),
    redisKeyPrefix: `${uniqueName('outage')}:`,
    clusterSecret: 'outage-test-secret-0123456789',
  });
  const port = await portWhileStarting(log);
  await eventually(
    async () => log.lines().some((l) => l.msg === 'store not reachable at start; trying again' && l.store === 'redis'),
    (seen) => seen,
    'a warning about redis',
    15_000,
  );
  const probe = await fetch(`http://127.0.0.1:${port}/readyz`);
  t.equal(probe.status, 503, '/readyz answers 503 while Redis is waited for');
  t.match(await probe.json(), { status: 'starting' });
  t.equal(await upgradeStatus(`ws://127.0.0.1:${port}/v1/ws`), 503, 'clients are refused until the ring is joined');
  await sleep(2000 - (Date.now() - started));
  proxy.restore();
  const router = await starting;
  t.ok(Date.now() - started >= 2000, 'it started once Redis was reachable');
  t.equal(await upgradeStatus(router.webSocketUrl), 101, 'then they are let in');
  t.equal(router.ring?.membershipStatus()?.kind, 'redis', 'with its Redis membership');
  t.ok(router.ring?.memberList().some((m) => m.id === router.config.routerId), 'a member of its ring');
  t.equal((await fetch(`${router.url}/healthz`)).status, 200);
});

/** The HTTP status a WebSocket upgrade gets (101 when accepted). */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    // `on`: destroying the refused request may report an error after the status settled it.
    ws.on('error', reject);
  });
}

/** Every timeline event pushed (ref 0) to this connection, in arrival order. */
function recordPushes(conn: VoxringConnection): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  conn.onFrame((frame) => {
    if (frame.type === 'timeline' && frame.ref === 0) events.push(...frame.timeline.events);
  });
  return events;
}

void t.test('a timeline append cut off from Postgres is stored once it is back: the recipient gets message_new', async (t) => {
  const proxy = await TcpProxy.forUrl(t, testPostgresUrl());
  const router = await startTestRouter(t, { postgresUrl: proxy.urlFor(testPostgresUrl()) });
  const alice = await signupUser(router.url, 'alice');
  const bob = await signupUser(router.url, 'bob');
  const conversation = await alice.http.createConversation([bob.name]);
  const aliceConn = await connectDevice(t, router.url, alice);
  const bobConn = await connectDevice(t, router.url, bob);
  const pushed = recordPushes(bobConn);
  const before = await requestTimeline(bobConn, 0);
  const head = before.events.at(-1)?.cursor ?? 0;
  t.ok(head >= 1, 'bob has the conversation on his timeline');

  // The message header is stored; the timeline append that follows is what the cut hits.
  const cut = proxy.cutWhen('INSERT INTO timeline_events');
  const messageId = `outage-${Date.now()}`;
  const reply = await aliceConn.request({ type: 'sendText', sendText: { messageId, conversationId: conversation.conversationId, text: 'are you there?' } });
  t.equal(reply.type, 'ack', 'the text itself was stored');
  await cut;
  await sleep(1000);
  t.same(pushed.filter((e) => e.header?.messageId === messageId), [], 'nothing pushed while Postgres is away');
  proxy.restore();

  await bobConn.waitFor(() => pushed.some((e) => e.header?.messageId === messageId), 15_000, 'the message_new push');
  const event = pushed.find((e) => e.header?.messageId === messageId);
  t.equal(event?.type, 'MESSAGE_NEW');
  t.equal(event?.cursor, head + 1, 'the next cursor: no gap, nothing lost');
  const after = await requestTimeline(bobConn, head);
  t.same(
    after.events.map((e) => `${e.cursor}:${e.type}:${e.header?.messageId ?? ''}`),
    [`${head + 1}:MESSAGE_NEW:${messageId}`],
    "bob's stored timeline holds it",
  );
  const aliceTimeline = await requestTimeline(aliceConn, 0);
  t.ok(aliceTimeline.events.some((e) => e.type === 'MESSAGE_NEW' && e.header?.messageId === messageId), "and alice's too");
});

async function requestTimeline(conn: VoxringConnection, sinceCursor: number): Promise<TimelineEvents> {
  const reply = await conn.request({ type: 'timelineRequest', timelineRequest: { sinceCursor, limit: 0 } });
  if (reply.type !== 'timeline') throw new Error(`timeline_request answered with ${reply.type}`);
  return reply.timeline;
}
