/**
 * What the message service asks of the ring (RingNode implements it); absent
 * on a single router. Kept narrow so the service can be tested with a fake.
 */
import type { MessageId, UserId } from '../common/ids.js';
import type { ChunkSource } from './chunk-source.js';

export interface MessageRelay {
  /** This router's id, recorded in the header of messages live here. */
  readonly selfId: string;
  /** Streams a live message to every other router that is home to one of `participants`. */
  relayLive(source: ChunkSource, participants: readonly UserId[]): void;
  /** The live message ended here (its relays finish by themselves). */
  liveEnded(messageId: MessageId): void;
  /**
   * Asks router `routerId` for a message it holds (live, or its stored body):
   * resolves with the local mirror being filled from it, or undefined when
   * that router does not have it or cannot be reached.
   */
  fetch(routerId: string, messageId: MessageId): Promise<ChunkSource | undefined>;
}
