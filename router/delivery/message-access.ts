/**
 * Who may see a message by its id (GET /v1/messages/:id, its audio,
 * `listen`, recall): a participant of its conversation, in its audience
 * when it was sent to one participant only, who does not block its sender.
 * Anyone else gets VOX_MESSAGE_NOT_FOUND, the answer for an id nobody
 * used, so message ids cannot be probed.
 */
import { VoxError } from '../../common/errors.js';
import type { UserId } from '../../common/ids.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { BlockList } from '../people/block-list.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import { visibleTo } from '../stream/message-rules.js';

export interface MessageAccessOptions {
  directory: ConversationDirectory;
  blocks: BlockList;
}

export class MessageAccess {
  constructor(private readonly options: MessageAccessOptions) {}

  async canSee(header: MessageRecord, userId: UserId): Promise<boolean> {
    if (!visibleTo(header, userId)) return false;
    if (!(await this.options.directory.isParticipant(header.conversationId, userId))) return false;
    return !(await this.options.blocks.blocks(userId, header.senderId));
  }

  /** The header if `userId` may see it; VOX_MESSAGE_NOT_FOUND when there is none or they may not. */
  async require(header: MessageRecord | undefined, userId: UserId): Promise<MessageRecord> {
    if (!header || !(await this.canSee(header, userId))) throw new VoxError('VOX_MESSAGE_NOT_FOUND');
    return header;
  }
}
