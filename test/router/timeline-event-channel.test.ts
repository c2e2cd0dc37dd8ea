/**
 * TimelineEventChannel with a scripted publisher: the payload it publishes,
 * and publishes that fail (Redis away) neither throw nor flood the log:
 * one warning when they start failing, one when they succeed again.
 */
import { PassThrough } from 'node:stream';
import t from 'tap';
import type { UserId } from '../../common/ids.js';
import { createLogger } from '../../common/logger.js';
import { TimelineEventChannel, type TimelineEventMessage } from '../../router/people/timeline-event-channel.js';

function capturedLogger(): { logger: ReturnType<typeof createLogger>; lines: () => Record<string, unknown>[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const logger = createLogger('warn', stream);
  return { logger, lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
const event = { type: 'MESSAGE_NEW' as const, atMs: 1, header: null, conversation: null };

void t.test('one message per event: the users, each cursor, the event', async (t) => {
  const sent: [string, string][] = [];
  const channel = new TimelineEventChannel({
    publisher: { publish: async (name, message) => sent.push([name, message]) },
    channel: 'p:events',
    logger: createLogger('silent'),
  });
  channel.publish(new Map([['u1' as UserId, 7], ['u2' as UserId, 3]]), event);
  await settle();
  t.equal(sent.length, 1, 'one publish');
  t.equal(sent[0]?.[0], 'p:events', 'on the channel');
  const message = JSON.parse(sent[0]?.[1] ?? '{}') as TimelineEventMessage;
  t.same(message, { userIds: ['u1', 'u2'], cursors: { u1: 7, u2: 3 }, event }, 'the payload');
});

void t.test('failures are logged once per outage and never thrown', async (t) => {
  const { logger, lines } = capturedLogger();
  let failing = true;
  const channel = new TimelineEventChannel({
    publisher: { publish: async () => (failing ? Promise.reject(new Error('Connection is closed.')) : 1) },
    channel: 'p:events',
    logger,
  });
  for (let cursor = 1; cursor <= 5; cursor++) channel.publish(new Map([['u1' as UserId, cursor]]), event);
  await settle();
  t.same(lines().map((l) => l.msg), ['timeline event publish failed; events are not published until redis answers'], 'one warning for five failures');
  failing = false;
  channel.publish(new Map([['u1' as UserId, 6]]), event);
  channel.publish(new Map([['u1' as UserId, 7]]), event);
  await settle();
  t.same(lines().at(-1), { level: 40, time: lines().at(-1)?.time, lost: 5, channel: 'p:events', msg: 'timeline events published again' }, 'one line when it recovers, with the count lost');
  t.equal(lines().length, 2, 'nothing more');
});
