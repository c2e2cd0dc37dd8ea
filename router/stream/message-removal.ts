/**
 * Messages leaving for good: recalled by their sender or expired by
 * retention. The header is marked once (whichever router gets there first),
 * the body deleted everywhere, and the audience told.
 */
import { VoxError } from '../../common/errors.js';
import type { UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import { publishHeader } from './header-events.js';
import type { LiveIngest } from './live-ingest.js';
import { audience, requireMessageId } from './message-rules.js';
import type { MessageAccess } from '../delivery/message-access.js';
import type { BlockList } from '../people/block-list.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { TimelineService } from '../people/timeline-service.js';
import type { UsageRecorder } from '../usage/usage-meter.js';

export interface MessageRemovalOptions {
  headers: HeaderStore;
  bodies: BodyStore;
  directory: ConversationDirectory;
  timeline: TimelineService;
  blocks: BlockList;
  /** Who may see a message: someone else's they cannot see is VOX_MESSAGE_NOT_FOUND, not VOX_MESSAGE_NOT_YOURS. */
  access: MessageAccess;
  /** A live message is ended (recalled) before it is removed. */
  live: Pick<LiveIngest, 'get' | 'finish'>;
  logger: Logger;
  /** A deleted body no longer counts as its sender's storage (usage metering). */
  usage?: UsageRecorder;
  now?: () => number;
}

export class MessageRemoval {
  private readonly now: () => number;

  constructor(private readonly options: MessageRemovalOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The sender recalls a message: a live one ends first (listeners get
   * messageEnd RECALLED), then the header says recalled, the body is deleted
   * everywhere and the audience gets MESSAGE_RECALLED. Recalling again is a
   * no-op. Returns the header as it is now.
   */
  async recall(userId: UserId, messageId: string): Promise<MessageRecord> {
    const id = requireMessageId(messageId);
    const live = this.options.live.get(id);
    const header = live?.header ?? (await this.options.headers.getMessage(id));
    if (header?.senderId !== userId) {
      await this.options.access.require(header, userId);
      throw new VoxError('VOX_MESSAGE_NOT_YOURS', 'only its sender may recall a message');
    }
    if (header.state === 'expired') throw new VoxError('VOX_MESSAGE_EXPIRED');
    // Its router would record it as ended afterwards: recall it there, or once it ended.
    if (!live && header.state === 'live') throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE');
    // Ending already (another end came first): wait for that end.
    if (live) await this.options.live.finish(live, 'recalled');
    if (header.state === 'recalled' && !live) return header;
    return (await this.removeMessage(header, 'recalled')) ?? { ...header, state: 'recalled' };
  }

  /** Retention: the message is past its conversation's (or the router's) retention. */
  expire(header: MessageRecord): Promise<MessageRecord | undefined> {
    return this.removeMessage(header, 'expired');
  }

  /**
   * Marks a finished message recalled or expired (once, whichever router
   * gets there first), deletes its body and announces it. Returns the
   * marked header, or undefined when it was already gone.
   */
  async removeMessage(header: MessageRecord, state: 'recalled' | 'expired'): Promise<MessageRecord | undefined> {
    const marked = await this.options.headers.markMessageGone(header.id, state, new Date(this.now()));
    if (!marked) return undefined;
    if (marked.contentType === 'voice' || marked.contentType === 'image') {
      try {
        await this.options.bodies.delete(marked.id);
        // The caller's header: a message recalled while live has its byte count there, not in the store yet.
        this.options.usage?.released(marked.senderId, Math.max(header.byteCount, marked.byteCount));
      } catch (err) {
        this.options.logger.error({ err, messageId: marked.id }, 'body delete failed');
      }
    }
    const conversation = await this.options.directory.get(marked.conversationId);
    const participants = await this.options.blocks.withoutBlockersOf(marked.senderId, audience(marked, conversation?.participants ?? []));
    void publishHeader(this.options.timeline, participants, marked, state === 'recalled' ? 'message_recalled' : 'message_expired');
    this.options.logger.info({ messageId: marked.id, state }, 'message body removed');
    return marked;
  }
}
