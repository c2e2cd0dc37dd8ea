/**
 * At start: messages a previous process of this router left live are
 * finished as interrupted, with what the body store holds of them (their
 * talkers may resume them later).
 */
import type { BodyStore } from '../../body-store/body-store.js';
import type { UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import { opusPacketsSamples, opusSamplesToMs } from '../../common/opus-packet.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import type { BlockList } from '../people/block-list.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import { audience, DEFAULT_OPUS } from './message-rules.js';
import type { PendingHeaderEndStore } from './pending-header-ends.js';

export interface InterruptedRecoveryOptions {
  headers: HeaderStore;
  bodies: BodyStore;
  directory: ConversationDirectory;
  blocks: BlockList;
  /** This router's id in a ring: other routers' live messages are theirs. */
  selfId: string | undefined;
  /** Ends told to their talkers but not yet in the header store: applied first. */
  pendingEnds: PendingHeaderEndStore;
  now: () => number;
  logger: Logger;
  /** Tells the audience the message ended. */
  announce(participants: UserId[], header: MessageRecord): void;
}

/** Returns how many messages were marked interrupted. */
export async function recoverInterrupted(options: InterruptedRecoveryOptions): Promise<number> {
  const { headers, bodies, directory, blocks, selfId, logger } = options;
  await applyPendingEnds(options);
  const stale = (await headers.listLiveMessages()).filter((m) => m.liveRouter === undefined || m.liveRouter === selfId);
  let recovered = 0;
  for (const message of stale) {
    // A body store whose remote is away at start knows only its disk: count what that holds.
    const stat = await bodies.stat(message.id).catch((err: unknown) => {
      logger.warn({ err, messageId: message.id }, 'body stat failed at start');
      return undefined;
    });
    const chunkCount = stat?.chunkCount ?? 0;
    const update = {
      state: 'interrupted' as const,
      endedAt: new Date(options.now()),
      chunkCount,
      byteCount: stat?.byteCount ?? 0,
      durationMs: await durationMs(bodies, message, chunkCount, logger),
    };
    // Its talker may have resumed it on another router while this one was down: that router's header stands.
    if (!(await headers.updateLiveMessage(message.id, update, message.liveRouter ?? null))) {
      logger.info({ messageId: message.id }, 'message left live here was taken over meanwhile');
      continue;
    }
    Object.assign(message, update);
    recovered++;
    const conversation = await directory.get(message.conversationId);
    options.announce(await blocks.withoutBlockersOf(message.senderId, audience(message, conversation?.participants ?? [])), message);
    logger.info({ messageId: message.id, chunkCount }, 'message interrupted by restart');
  }
  return recovered;
}

/**
 * Writes the ends a previous process told its talkers but could not store
 * (the header store away), each only while the message is still live here.
 * An entry the store does not take now stays for the next start.
 */
async function applyPendingEnds(options: InterruptedRecoveryOptions): Promise<void> {
  const { headers, pendingEnds, selfId, logger } = options;
  for (const { messageId, update } of await pendingEnds.list()) {
    try {
      const written = await headers.updateLiveMessage(messageId, update, selfId ?? null);
      logger.info({ messageId, state: update.state, written }, written ? 'pending header end stored at start' : 'pending header end dropped: the message moved on');
      await pendingEnds.remove(messageId);
    } catch (err) {
      logger.warn({ err, messageId }, 'pending header end not stored at start; kept for the next one');
    }
  }
}

/**
 * The real duration of what the body holds: its packets' samples. Should the
 * body be unreadable, chunks × the declared frame duration (ingest refused
 * packets that disagree with it).
 */
async function durationMs(bodies: BodyStore, message: MessageRecord, chunkCount: number, logger: Logger): Promise<number> {
  if (chunkCount === 0) return 0;
  try {
    return opusSamplesToMs(opusPacketsSamples((await bodies.read(message.id, 0)).map((c) => c.payload)));
  } catch (err) {
    logger.warn({ err, messageId: message.id }, 'body unreadable at start: duration from the declared frame duration');
    const frameUs = message.opus?.frameDurationUs ?? DEFAULT_OPUS.frameDurationUs;
    return Math.round((chunkCount * frameUs) / 1000);
  }
}
