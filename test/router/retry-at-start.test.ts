/**
 * retryAtStart: a store not reachable at start is tried again with a
 * jittered, doubling back-off until storeStartTimeoutMs, each failure logged
 * at warn without URL passwords; then one clear error (`make chaos` finding 6).
 */
import { PassThrough } from 'node:stream';
import t from 'tap';
import { VoxError } from '../../common/errors.js';
import { createLogger } from '../../common/logger.js';
import { retryAtStart } from '../../router/retry-at-start.js';

/** A warn-level logger and the JSON lines it wrote. */
function capturedLogger(): { logger: ReturnType<typeof createLogger>; lines: () => Record<string, unknown>[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const logger = createLogger('warn', stream);
  return { logger, lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const fast = { firstDelayMs: 10, maxDelayMs: 40 };
const refused = (): Error => Object.assign(new Error('connect ECONNREFUSED postgres://voxring:hunter2secret@db:5432/voxring'), { code: 'ECONNREFUSED' });

void t.test('a store that comes up on the third try: two warnings, then its value', async (t) => {
  const { logger, lines } = capturedLogger();
  let calls = 0;
  const value = await retryAtStart(
    async () => {
      if (++calls < 3) throw new VoxError('VOX_STORAGE_FAILED', 'header store: cannot create schema s', { cause: refused() });
      return 'store';
    },
    { what: 'postgres', timeoutMs: 5000, logger, ...fast },
  );
  t.equal(value, 'store');
  t.equal(calls, 3);
  const warnings = lines().filter((l) => l.msg === 'store not reachable at start; trying again');
  t.equal(warnings.length, 2, 'one warning per failed try');
  t.equal(warnings[0]?.level, 40, 'at warn');
  t.match(String(warnings[0]?.reason), /cannot create schema s: connect ECONNREFUSED/, 'the reason, with its cause');
  t.notMatch(JSON.stringify(lines()), /hunter2secret/, 'the password in a URL is never logged');
  t.match(String(warnings[0]?.reason), /voxring:\*\*\*@db/, 'it is replaced by ***');
});

void t.test('still down at the deadline: one error naming storeStartTimeoutMs, its cause the last failure', async (t) => {
  const { logger } = capturedLogger();
  let calls = 0;
  const started = Date.now();
  const err = await retryAtStart(
    async () => {
      calls++;
      throw refused();
    },
    { what: 'postgres', timeoutMs: 300, logger, ...fast },
  ).catch((e: unknown) => e);
  t.ok(err instanceof VoxError, 'a VoxError');
  t.equal((err as VoxError).code, 'VOX_STORAGE_FAILED');
  t.match((err as VoxError).message, /^cannot start: postgres not reachable within storeStartTimeoutMs \(300 ms, \d+ tries\)$/);
  t.match(String(((err as VoxError).cause as Error).message), /ECONNREFUSED/);
  t.ok(calls >= 4, `tried several times (${calls})`);
  const elapsed = Date.now() - started;
  t.ok(elapsed >= 250 && elapsed < 1500, `gave up near the deadline (${elapsed} ms)`);
});

void t.test('an error retrying cannot fix ends it at once', async (t) => {
  const { logger } = capturedLogger();
  let calls = 0;
  const err = await retryAtStart(
    async () => {
      calls++;
      throw new VoxError('VOX_CONFIG_INVALID', 'header store: schema must match …');
    },
    { what: 'postgres', timeoutMs: 5000, logger, ...fast },
  ).catch((e: unknown) => e);
  t.equal((err as VoxError).code, 'VOX_CONFIG_INVALID');
  t.equal(calls, 1);
});

void t.test('a try that hangs (a silent network) is cut at the deadline; what it opens late is discarded', async (t) => {
  const { logger } = capturedLogger();
  let finishLate: (value: string) => void = () => undefined;
  const discarded: string[] = [];
  const started = Date.now();
  const err = await retryAtStart(() => new Promise<string>((resolve) => (finishLate = resolve)), {
    what: 'redis',
    timeoutMs: 200,
    logger,
    ...fast,
    discard: async (late) => void discarded.push(late),
  }).catch((e: unknown) => e);
  t.match((err as VoxError).message, /redis not reachable within storeStartTimeoutMs \(200 ms, 1 try\)/);
  t.ok(Date.now() - started < 1000, 'not held by the hanging try');
  finishLate('late connection');
  await new Promise((resolve) => setImmediate(resolve));
  t.same(discarded, ['late connection'], 'the late result is closed');
});

void t.test('timeoutMs 0: exactly one try, not cut short', async (t) => {
  const { logger } = capturedLogger();
  let calls = 0;
  const slow = async (): Promise<string> => {
    calls++;
    await new Promise((resolve) => setTimeout(resolve, 30));
    return 'ok';
  };
  t.equal(await retryAtStart(slow, { what: 'postgres', timeoutMs: 0, logger }), 'ok');
  const err = await retryAtStart(
    async () => {
      calls++;
      throw refused();
    },
    { what: 'postgres', timeoutMs: 0, logger },
  ).catch((e: unknown) => e);
  t.match((err as VoxError).message, /1 try/);
  t.equal(calls, 2);
});

void t.test('the pauses are jittered and doubling, within maxDelayMs', async (t) => {
  const { logger, lines } = capturedLogger();
  let calls = 0;
  await retryAtStart(
    async () => {
      if (++calls < 6) throw refused();
      return 1;
    },
    { what: 'postgres', timeoutMs: 10_000, logger, firstDelayMs: 8, maxDelayMs: 32, random: () => 0.999 },
  );
  const pauses = lines().map((l) => Number(l.retryInMs));
  t.same(pauses, [8, 16, 32, 32, 32], 'doubling up to the cap (random near 1: the full delay)');
  calls = 0;
  const low = capturedLogger();
  await retryAtStart(
    async () => {
      if (++calls < 3) throw refused();
      return 1;
    },
    { what: 'postgres', timeoutMs: 10_000, logger: low.logger, firstDelayMs: 8, maxDelayMs: 32, random: () => 0 },
  );
  t.same(low.lines().map((l) => Number(l.retryInMs)), [4, 8], 'random 0: half the delay');
});
