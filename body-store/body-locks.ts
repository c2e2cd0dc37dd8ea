/**
 * One lock per body id: what runs under a body's lock runs after what was
 * queued before it, never interleaved with it. Ids without waiters hold no
 * memory.
 */
import type { MessageId } from '../common/ids.js';

export class BodyLocks {
  private readonly locks = new Map<MessageId, Promise<void>>();

  /** Runs fn with the body's lock, once every earlier holder is done. */
  async run<T>(messageId: MessageId, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(messageId) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.locks.set(messageId, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.locks.get(messageId) === tail) this.locks.delete(messageId);
    }
  }
}
