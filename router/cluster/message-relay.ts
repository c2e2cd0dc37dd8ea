/**
 * What the handover asks of the ring's links (RingNode implements it). Kept
 * narrow so the handover can be tested with a fake.
 */
import type { MessageId, UserId } from '../../common/ids.js';
import type { ChunkSource } from '../stream/chunk-source.js';

/** What the router a message was live on answered a takeover request with. */
export interface TakeoverAnswer {
  /** False: the message is not live there (any more). */
  handedOver: boolean;
  /**
   * Chunks it relayed here before stopping: the local mirror holds them once
   * they arrived. Not handed over, it may still have relayed the copy it
   * holds (a replica or a mirror of the message).
   */
  chunkCount: number;
}

export interface MessageRelay {
  /** This router's id, recorded in the header of messages live here. */
  readonly selfId: string;
  /**
   * Streams a live message to every other router that is home to one of
   * `participants`, and to `alsoTo` (a router that handed the message over
   * and still serves listeners of it).
   */
  relayLive(source: ChunkSource, participants: readonly UserId[], alsoTo?: string): void;
  /**
   * Streams a live message to a replica router, which keeps a durable copy
   * and acks it (replicaAcked): the first reachable router after this one on
   * the sender's route, skipping the routers in `exclude`. Returns its id, or
   * undefined when no other router is reachable (the copy here is then the
   * only one).
   */
  replicate(source: ChunkSource, participants: readonly UserId[], senderId: UserId, exclude?: readonly string[]): string | undefined;
  /** The live message ended here (its relays finish by themselves). */
  liveEnded(messageId: MessageId): void;
  /** The message moved to router `to`, which got its first `count` chunks from here. */
  liveHandedOver(source: ChunkSource, participants: readonly UserId[], to: string, count: number): void;
  /**
   * Tells the router a replicated message is live on how much of it is
   * durable here, or (`refused`) that no copy can be kept here at all.
   */
  replicaAck(to: string, messageId: MessageId, durableCount: number, refused?: boolean): void;
  /** Relays the first `count` chunks of a message mirrored here to router `to`, which takes it over (the copy it lacks). */
  relayCopy(source: ChunkSource, participants: readonly UserId[], to: string, count: number): void;
  /** The other members whose link is up now. */
  linkedPeers(): string[];
  /** False while router `routerId` cannot be reached (its link is lost, or it left the ring). */
  reachable(routerId: string): boolean;
  /** Asks router `routerId` to hand a live message over; undefined when it cannot be asked or does not answer. */
  requestTakeover(routerId: string, messageId: MessageId): Promise<TakeoverAnswer | undefined>;
  /**
   * Asks router `routerId` for a message it holds (live, or its stored body):
   * resolves with the local mirror being filled from it, or undefined when
   * that router does not have it or cannot be reached.
   */
  fetch(routerId: string, messageId: MessageId): Promise<ChunkSource | undefined>;
}
