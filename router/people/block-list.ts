/**
 * Blocks: a user refuses another. The blocked user cannot start a 1:1
 * conversation with them nor add them to a group (VOX_BLOCKED, naming
 * nobody), and nothing they send reaches the blocker: not live, not in the
 * timeline, not in history, not by listening to it by id. The sender is
 * not told: their messages are stored as usual and reach everyone else.
 * Every check reads the header store (one indexed query per message start),
 * so a block made on one router of a ring holds on all of them at once.
 */
import { VoxError } from '../../common/errors.js';
import type { UserId } from '../../common/ids.js';
import type { BlockRecord, HeaderStore } from '../../header-store/header-store.js';

export interface BlockListOptions {
  store: HeaderStore;
  /** Users one user may block (maxBlocksPerUser). */
  maxBlocks: number;
}

export interface Blocker {
  userId: UserId;
  username: string;
}

export class BlockList {
  constructor(private readonly options: BlockListOptions) {}

  /** `actor` blocks the user named `username`; blocking again changes nothing. Returns the block. */
  async block(actor: Blocker, username: unknown): Promise<BlockRecord> {
    const target = await this.resolve(username);
    if (target.id === actor.userId) throw new VoxError('VOX_BAD_REQUEST', 'you cannot block yourself');
    const current = await this.options.store.listBlocks(actor.userId, this.options.maxBlocks);
    const already = current.find((b) => b.userId === target.id);
    if (already) return already;
    if (current.length >= this.options.maxBlocks) {
      throw new VoxError('VOX_TOO_MANY_BLOCKS', `you block ${current.length} users already; at most ${this.options.maxBlocks} (maxBlocksPerUser)`);
    }
    const createdAt = await this.options.store.addBlock(actor.userId, target.id);
    return { userId: target.id, username: target.username, createdAt };
  }

  /** `actor` no longer blocks `username`. @throws VOX_USER_NOT_FOUND when they did not. */
  async unblock(actor: Blocker, username: unknown): Promise<void> {
    const target = await this.resolve(username);
    if (!(await this.options.store.removeBlock(actor.userId, target.id))) {
      throw new VoxError('VOX_USER_NOT_FOUND', 'you do not block that user');
    }
  }

  /** Whom `actor` blocks, newest first. */
  list(actor: Blocker): Promise<BlockRecord[]> {
    return this.options.store.listBlocks(actor.userId, this.options.maxBlocks);
  }

  /** `userIds` without those who block `senderId`: who a message of theirs reaches. */
  async withoutBlockersOf(senderId: UserId, userIds: readonly UserId[]): Promise<UserId[]> {
    const others = userIds.filter((id) => id !== senderId);
    if (others.length === 0) return [...userIds];
    const blockers = new Set(await this.options.store.blockersAmong(senderId, others));
    return blockers.size === 0 ? [...userIds] : userIds.filter((id) => !blockers.has(id));
  }

  /** Whether `viewer` blocks `senderId` (their messages are hidden from the viewer). */
  async blocks(viewer: UserId, senderId: UserId): Promise<boolean> {
    if (viewer === senderId) return false;
    return (await this.options.store.blockersAmong(senderId, [viewer])).length > 0;
  }

  /**
   * `actor` may put `userIds` into a conversation with them: VOX_BLOCKED
   * when one of them blocks the actor. The error names nobody (with several
   * users the actor cannot tell which refused); with one user it cannot
   * help telling that this one did, as any refusal would.
   */
  async assertMayAdd(actor: Blocker, userIds: readonly UserId[]): Promise<void> {
    if ((await this.options.store.blockersAmong(actor.userId, userIds)).length > 0) {
      throw new VoxError('VOX_BLOCKED', userIds.length === 1 ? 'this user does not accept conversations with you' : 'one of these users does not accept conversations with you');
    }
  }

  /** A 1:1 with `otherId`: refused (VOX_BLOCKED) both when they block the actor and when the actor blocks them. */
  async assertMayTalkOneToOne(actor: Blocker, otherId: UserId): Promise<void> {
    await this.assertMayAdd(actor, [otherId]);
    if (await this.blocks(actor.userId, otherId)) {
      throw new VoxError('VOX_BLOCKED', 'you block this user: unblock them first (DELETE /v1/blocks/:username)');
    }
  }

  private async resolve(username: unknown): Promise<{ id: UserId; username: string }> {
    if (typeof username !== 'string' || username.trim() === '') {
      throw new VoxError('VOX_BAD_REQUEST', 'expected {"username": "<name>"}');
    }
    const user = await this.options.store.findUserByName(username.trim().toLowerCase());
    if (!user) throw new VoxError('VOX_USER_NOT_FOUND', `no such user: ${username.trim().toLowerCase()}`);
    return { id: user.id, username: user.username };
  }
}
