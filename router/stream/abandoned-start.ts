/**
 * A start_message that failed after its header insert was sent (the insert
 * or the lookup beside it failed or timed out: Postgres cut off) may have
 * left the header stored LIVE under this router's name with nobody
 * streaming it: the insert can commit although its answer never came, even
 * later, when its bytes were still on their way. Nothing but a restart of
 * this router would end it. This watches the header for a while (the
 * insert may still land) and ends it INTERRUPTED with no chunks if it shows
 * up LIVE here and no start or resume made it live here meanwhile. Every
 * store call is bounded; the watch stops at its deadline.
 */
import type { MessageId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { END_STEP_TIMEOUT_MS, withDeadline } from './storage-deadline.js';

/** How long the header of a failed start is watched for. */
export const ABANDONED_START_WATCH_MS = 60_000;

export interface AbandonedStartOptions {
  headers: Pick<HeaderStore, 'getMessage' | 'updateLiveMessage'>;
  logger: Logger;
  /** The router headers of messages live here name (undefined alone). */
  liveRouter: string | undefined;
  /** True once a start or resume made the message live here: then it is that one's to end. */
  liveHere(id: MessageId): boolean;
  /** True once the router shuts down: the watch stops (its restart's recovery ends what is left). */
  stopped(): boolean;
  now: () => number;
  watchMs?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  attemptTimeoutMs?: number;
}

export type AbandonedStartOutcome = 'ended' | 'moved-on' | 'not-stored';

/** Resolves with what became of the header: ended here, someone else's (or not live), or never seen within the watch. */
export async function settleAbandonedStart(id: MessageId, options: AbandonedStartOptions): Promise<AbandonedStartOutcome> {
  const { headers, logger, liveRouter } = options;
  const deadline = Date.now() + (options.watchMs ?? ABANDONED_START_WATCH_MS);
  const attemptMs = options.attemptTimeoutMs ?? END_STEP_TIMEOUT_MS;
  const maxDelayMs = options.maxDelayMs ?? 5000;
  // Bounded in time by the deadline, in count by the doubling delay.
  for (let delayMs = options.firstDelayMs ?? 250; Date.now() + delayMs <= deadline; delayMs = Math.min(delayMs * 2, maxDelayMs)) {
    // Unreferenced: a watch never holds a stopping process.
    await new Promise((resolve) => setTimeout(resolve, delayMs).unref());
    if (options.stopped()) return 'not-stored';
    if (options.liveHere(id)) return 'moved-on';
    try {
      const stored = await withDeadline(headers.getMessage(id), attemptMs, 'abandoned start: header lookup');
      if (!stored) continue; // not stored, or not yet: the insert may still land
      if (stored.state !== 'live' || stored.liveRouter !== liveRouter || options.liveHere(id)) return 'moved-on';
      const update = { state: 'interrupted' as const, endedAt: new Date(options.now()), chunkCount: 0, byteCount: 0, durationMs: 0 };
      const ended = await withDeadline(headers.updateLiveMessage(id, update, liveRouter), attemptMs, 'abandoned start: header end');
      if (ended) logger.warn({ messageId: id }, 'header left live by a failed start ended as interrupted');
      return ended ? 'ended' : 'moved-on';
    } catch (err) {
      logger.debug({ err, messageId: id }, 'abandoned start: header store away, trying again');
    }
  }
  return 'not-stored';
}
