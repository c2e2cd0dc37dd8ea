/**
 * The events of a body store whose listeners come after it: the router opens
 * the store first and builds what wants its durability reports (acks to
 * talkers, a replica's acks to the message's router) afterwards; each of
 * those subscribes here. Commit errors go to the one handler given at
 * construction.
 */
import { toVoxError, type VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import type { BodyStoreEvents, DurabilityListener } from './body-store.js';

export class BodyEventHub implements BodyStoreEvents {
  private readonly listeners: DurabilityListener[] = [];

  constructor(private readonly commitFailed: (messageId: MessageId, err: Error) => void) {}

  /** Adds a listener: it sees every report from now on, after those that subscribed before it. */
  subscribe(listener: DurabilityListener): void {
    this.listeners.push(listener);
  }

  /** Tells every listener; one that throws does not stop the others, and the first error is rethrown (the store logs it). */
  onDurable(messageId: MessageId, durableCount: number): void {
    let failure: VoxError | undefined;
    for (const listener of this.listeners) {
      try {
        listener.durable(messageId, durableCount);
      } catch (err) {
        failure ??= toVoxError(err);
      }
    }
    if (failure !== undefined) throw failure;
  }

  onError(messageId: MessageId, err: Error): void {
    this.commitFailed(messageId, err);
  }
}
