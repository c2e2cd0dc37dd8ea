/**
 * A tiny walkie run (T=2 talkers × 2 listeners, 1 s) with the bench's own
 * generator against an in-process router, on both transports: every packet
 * reaches every listener once, in order, and every message ends. The same
 * over two generator child processes (`--workers 2`, T=4): each child
 * numbers its messages from 0, so without a message-id prefix of its own the
 * children start the same ids and voxring answers one of them
 * VOX_MESSAGE_NOT_YOURS. And generator saturation, judged per process and
 * against the cores the processes share. No timing assertions: speed is the
 * bench's business.
 */
import t, { type Test } from 'tap';
import { loadPayloads } from '../../bench/opus-payloads.js';
import { VoxringPopulation } from '../../bench/population.js';
import { generatorSaturated } from '../../bench/scenarios/walkie.js';
import { TalkWorkers } from '../../bench/talk-workers.js';
import { TalkLoad, type TalkResult } from '../../bench/walkie-load.js';
import { startTestRouter, TRANSPORTS } from '../helpers/router-fixture.js';

/** A 1 s run of `talkers` × 2 listeners delivered every packet exactly once, in order, and ended every message. */
function checkCleanRun(t: Test, result: TalkResult, talkers: number): void {
  t.equal(result.talkers, talkers);
  t.equal(result.listeners, talkers * 2);
  t.equal(result.sent, talkers * 50, 'each talker sent 1 s of 20 ms packets');
  t.equal(result.delivered, result.sent * 2, 'every packet reached both listeners of its conversation');
  t.equal(result.lost, 0, 'no loss');
  t.equal(result.duplicates, 0, 'no duplicates');
  t.equal(result.outOfOrder, 0, 'in order');
  t.equal(result.corrupt, 0, 'payload sizes match');
  t.equal(result.unfinished, 0, 'every listener saw message_end');
  t.equal(result.disconnects, 0);
  t.same(result.errors, {}, 'no error frames');
  const latencyCount = result.latency.counts.reduce((n, [, c]) => n + c, 0);
  t.equal(latencyCount, result.delivered, 'a latency for every delivery');
}

for (const transport of TRANSPORTS) {
  void t.test(`walkie smoke run over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });
    const population = new VoxringPopulation(router.url, 16);
    const conversations = (await population.conversations(2, 2)).map((c, j) => ({ ...c, phase: j / 2 }));
    t.equal(population.userCount, 4, 'a talker user per conversation; two listener users serve both');
    t.not(conversations[0]!.talker.token, conversations[1]!.talker.token, 'each conversation has its own talker user');
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
    checkCleanRun(t, await load.finish(await load.stream()), 2);
  });
}

void t.test('walkie talkers stay within the per-user chunk rate: each talking user talks in one conversation', async (t) => {
  // 60 chunks/s per user, no burst to hide behind: a user talking in two conversations (100/s) would be cut off.
  const router = await startTestRouter(t, { transport: 'uws', config: { maxChunksPerSecond: 60, chunkBurst: 60 } });
  const population = new VoxringPopulation(router.url, 16);
  const conversations = (await population.conversations(4, 2)).map((c, j) => ({ ...c, phase: j / 4 }));
  const load = new TalkLoad({
    wsUrl: router.webSocketUrl,
    conversations,
    packets: await loadPayloads('fixture'),
    durationMs: 2000,
    periodMs: 20,
    messagePrefix: 'smoke-rate',
  });
  t.teardown(() => load.closeAll());
  await load.prepare();
  const result = await load.finish(await load.stream());
  t.equal(result.lost, 0, 'no loss');
  t.same(result.errors, {}, 'no VOX_CHUNK_RATE, no VOX_CHUNK_SEQ_GAP');
  t.equal(result.sent, 4 * 100);
  const acked = result.ackLatency.counts.reduce((n, [, c]) => n + c, 0);
  t.equal(acked, result.sent, 'a client-side ack latency for every chunk sent (acks arrive coalesced)');
});

void t.test('walkie smoke run over two generator processes', async (t) => {
  const router = await startTestRouter(t, { transport: 'uws' });
  const population = new VoxringPopulation(router.url, 16);
  const conversations = (await population.conversations(4, 2)).map((c, j) => ({ ...c, phase: j / 4 }));
  const workers = new TalkWorkers(2);
  t.teardown(() => workers.close());
  const result = await workers.run({
    wsUrl: router.webSocketUrl,
    conversations,
    packets: await loadPayloads('fixture'),
    durationMs: 1000,
    periodMs: 20,
    messagePrefix: 'smoke-workers',
  });
  t.equal(result.generators, 2, 'two processes reported');
  checkCleanRun(t, result, 4);
  t.ok(result.busiestGeneratorCpuUs <= result.generatorCpuUs, 'the busiest process used at most the total');
});

void t.test('generator saturation: per process, and against the cores the processes share', async (t) => {
  const step = { generators: 2, generatorCpuPercent: 120, busiestGeneratorCpuPercent: 60, sendLagP99Ms: 1, generatorLoopDelayP99Ms: 2 };
  t.equal(generatorSaturated(step, 2), false, 'two processes at 60 % on two cores');
  t.equal(generatorSaturated(step, 1), true, 'two processes sharing one core at 120 %');
  t.equal(generatorSaturated({ ...step, busiestGeneratorCpuPercent: 92, generatorCpuPercent: 140 }, 2), true, 'one process at 92 % of its core');
  t.equal(generatorSaturated({ ...step, generators: 1, generatorCpuPercent: 60 }, 2), false, 'in-process at 60 %');
  t.equal(generatorSaturated({ ...step, sendLagP99Ms: 11 }, 2), true, 'sends late');
});
