/** Opening a body writer, timed under voxring_storage_write_seconds{store="body", op="open"} when metrics are on. */
import type { BodyStore, BodyWriter } from '../../body-store/body-store.js';
import { toVoxError } from '../../common/errors.js';
import type { MessageId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import type { TimelineService } from '../people/timeline-service.js';
import type { RouterMetrics } from '../metrics.js';
import { publishHeader } from './header-events.js';

/** `isNew`: the header was just inserted, so no body of this id exists anywhere (no remote lookup). */
export function openBodyWriter(bodies: BodyStore, id: MessageId, isNew: boolean, metrics: RouterMetrics | undefined): Promise<BodyWriter> {
  const open = () => bodies.openWriter(id, { isNew });
  return metrics ? metrics.timeStorage('body', 'open', open) : open();
}

export interface NewBodyDeps {
  bodies: BodyStore;
  headers: HeaderStore;
  timeline: TimelineService;
  logger: Logger;
  metrics?: RouterMetrics | undefined;
  now: () => number;
}

/**
 * Opens the body of a message whose header was just inserted. The insert
 * goes first because it is what makes the id this sender's (two starts of
 * one id race on the header store's key, never on one body writer). So
 * when the body cannot be opened the header is there already: it is
 * marked interrupted with no chunks and announced, as a restart would,
 * rather than left LIVE with nobody writing it; the same start_message
 * resumes it later. Rejects with a retryable error.
 */
export async function openNewBodyWriter(deps: NewBodyDeps, header: MessageRecord, participants: UserId[]): Promise<BodyWriter> {
  try {
    return await openBodyWriter(deps.bodies, header.id, true, deps.metrics);
  } catch (err) {
    header.state = 'interrupted';
    header.endedAt = new Date(deps.now());
    try {
      await deps.headers.updateMessage(header.id, { state: header.state, endedAt: header.endedAt });
      void publishHeader(deps.timeline, participants, header, 'message_ended');
    } catch (updateErr) {
      // Left LIVE under this router's name: interrupted recovery finishes it at the next start.
      deps.logger.error({ err: updateErr, messageId: header.id }, 'header left live after a failed body open');
    }
    throw toVoxError(err, 'VOX_STORAGE_FAILED');
  }
}
