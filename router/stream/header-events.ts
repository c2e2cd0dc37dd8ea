/** A message's header as a timeline event of its audience (new, ended, recalled, expired). */
import type { UserId } from '../../common/ids.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { TimelineService } from '../people/timeline-service.js';
import { toWireHeader } from '../wire-mappers.js';

export type HeaderEventKind = 'message_new' | 'message_ended' | 'message_recalled' | 'message_expired';

/** Queues a `kind` event carrying the header on each user's timeline; resolves once stored and pushed (never rejects). */
export function publishHeader(
  timeline: Pick<TimelineService, 'publish'>,
  userIds: readonly UserId[],
  header: MessageRecord,
  kind: HeaderEventKind,
): Promise<void> {
  return timeline.publish(userIds, {
    kind,
    conversationId: header.conversationId,
    messageId: header.id,
    payload: { header: toWireHeader(header) },
  });
}
