/**
 * A tiny walkie run (T=2 talkers × 2 listeners, 1 s) with the bench's own
 * generator against an in-process router, on both transports: every packet
 * reaches every listener once, in order, and every message ends. No timing
 * assertions: speed is the bench's business.
 */
import t from 'tap';
import { loadPayloads } from '../../bench/opus-payloads.js';
import { VoxringPopulation } from '../../bench/population.js';
import { TalkLoad } from '../../bench/walkie-load.js';
import { startTestRouter, TRANSPORTS } from '../helpers/router-fixture.js';

for (const transport of TRANSPORTS) {
  void t.test(`walkie smoke run over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const population = new VoxringPopulation(router.url, 16);
    const conversations = (await population.conversations(2, 2)).map((c, j) => ({ ...c, phase: j / 2 }));
    t.equal(population.userCount, 3, 'one talker user and two listener users serve both conversations');
    const load = new TalkLoad({
      wsUrl: router.webSocketUrl,
      conversations,
      packets: await loadPayloads('fixture'),
      durationMs: 1000,
      periodMs: 20,
      messagePrefix: `smoke-${transport}`,
    });
    t.teardown(() => load.closeAll());
    await load.prepare();
    const result = await load.finish(await load.stream());
    t.equal(result.talkers, 2);
    t.equal(result.listeners, 4);
    t.equal(result.sent, 2 * 50, 'each talker sent 1 s of 20 ms packets');
    t.equal(result.delivered, result.sent * 2, 'every packet reached both listeners of its conversation');
    t.equal(result.lost, 0, 'no loss');
    t.equal(result.duplicates, 0, 'no duplicates');
    t.equal(result.outOfOrder, 0, 'in order');
    t.equal(result.corrupt, 0, 'payload sizes match');
    t.equal(result.unfinished, 0, 'every listener saw message_end');
    t.equal(result.disconnects, 0);
    t.same(result.errors, {});
    const latencyCount = result.latency.counts.reduce((n, [, c]) => n + c, 0);
    t.equal(latencyCount, result.delivered, 'a latency for every delivery');
  });
}
