/**
 * The persisted baselines (NATS JetStream, Redis Streams) started as the
 * bench starts them: broker on a free port in a temp dir, the relay in
 * front of it. A 1 s walkie run of 2 talkers × 2 listeners with the bench's
 * own generator: every packet reaches every listener once, in order, through
 * the broker, and every message ends; CPU and RSS cover both processes.
 * Skipped for a broker whose Debian package (or npm client) is missing.
 */
import t from 'tap';
import { brokerMissing, BrokerRelayServer } from '../../bench/baselines/broker-relay-server.js';
import { loadPayloads } from '../../bench/opus-payloads.js';
import { RelayPopulation } from '../../bench/population.js';
import { TalkLoad } from '../../bench/walkie-load.js';

for (const kind of ['jetstream', 'redis-streams'] as const) {
  void t.test(`walkie smoke run through ${kind}`, async (t) => {
    const missing = await brokerMissing(kind);
    if (missing) {
      t.plan(0, `${kind}: ${missing}`);
      return;
    }
    const server = await BrokerRelayServer.start({ kind });
    t.teardown(() => server.stop());
    const cpuBefore = server.cpu().totalUs;
    const conversations = (await new RelayPopulation().conversations(2, 2)).map((c, j) => ({ ...c, conversationId: `${kind}-${c.conversationId}`, phase: j / 2 }));
    const load = new TalkLoad({
      wsUrl: server.wsUrl,
      conversations,
      packets: await loadPayloads('fixture'),
      durationMs: 1000,
      periodMs: 20,
      messagePrefix: `smoke-${kind}`,
    });
    t.teardown(() => load.closeAll());
    await load.prepare();
    const result = await load.finish(await load.stream());
    t.equal(result.sent, 100, 'each talker sent 1 s of 20 ms packets');
    t.equal(result.delivered, 200, 'every packet reached both listeners of its conversation');
    t.equal(result.lost, 0, 'no loss');
    t.equal(result.duplicates, 0, 'no duplicates');
    t.equal(result.outOfOrder, 0, 'in order');
    t.equal(result.corrupt, 0, 'payload sizes match');
    t.equal(result.unfinished, 0, 'every listener saw message_end');
    t.same(result.errors, {}, 'no error frames');
    t.ok(server.cpu().totalUs > cpuBefore, 'CPU time is read from /proc');
    // Node alone holds well over 20 MB; the broker adds its own resident pages.
    t.ok(server.rssBytes() > 30 * 1024 * 1024, `RSS of relay and broker together (${Math.round(server.rssBytes() / 1048576)} MB)`);
    await server.stop();
    await server.stop();
    t.ok(Number.isNaN(server.cpu().totalUs), 'both processes are gone after stop (twice is safe)');
  });
}
