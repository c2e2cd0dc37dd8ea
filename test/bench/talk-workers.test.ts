/**
 * The bench's `--workers`: a tiny walkie load (T=4 talkers × 2 listeners,
 * 1 s) split over two generator child processes against an in-process
 * router. Each child numbers its messages from 0, so without a message-id
 * prefix of its own the children start the same ids and voxring answers one
 * of them VOX_MESSAGE_NOT_YOURS. Also: generator saturation is judged per
 * process and against the cores the processes can share.
 */
import t from 'tap';
import { loadPayloads } from '../../bench/opus-payloads.js';
import { VoxringPopulation } from '../../bench/population.js';
import { generatorSaturated } from '../../bench/scenarios/walkie.js';
import { TalkWorkers } from '../../bench/talk-workers.js';
import { startTestRouter } from '../helpers/router-fixture.js';

void t.test('a walkie step over two generator processes loses nothing', async (t) => {
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
    messagePrefix: 'workers',
  });
  t.equal(result.generators, 2, 'two processes reported');
  t.equal(result.talkers, 4);
  t.equal(result.listeners, 8);
  t.equal(result.sent, 4 * 50, 'each talker sent 1 s of 20 ms packets');
  t.equal(result.delivered, result.sent * 2, 'every packet reached both listeners of its conversation');
  t.equal(result.lost, 0, 'no loss');
  t.equal(result.duplicates, 0, 'no duplicates');
  t.equal(result.outOfOrder, 0, 'in order');
  t.equal(result.unfinished, 0, 'every listener saw message_end');
  t.equal(result.disconnects, 0);
  t.same(result.errors, {}, 'no error frames (VOX_MESSAGE_NOT_YOURS with one prefix for both)');
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
