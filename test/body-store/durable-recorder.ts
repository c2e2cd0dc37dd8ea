/** BodyStoreEvents that record every call and let a test await a durable count. */
import type { MessageId } from '../../common/ids.js';
import type { BodyStoreEvents } from '../../body-store/body-store.js';

interface Waiter {
  messageId: MessageId;
  count: number;
  resolve(): void;
}

export class DurableRecorder implements BodyStoreEvents {
  readonly durable: Array<{ messageId: MessageId; count: number }> = [];
  readonly errors: Array<{ messageId: MessageId; err: Error }> = [];
  private readonly latest = new Map<MessageId, number>();
  private waiters: Waiter[] = [];
  private errorWaiters: Array<() => void> = [];

  onDurable(messageId: MessageId, durableCount: number): void {
    this.durable.push({ messageId, count: durableCount });
    this.latest.set(messageId, durableCount);
    this.waiters = this.waiters.filter((w) => {
      if (w.messageId !== messageId || durableCount < w.count) return true;
      w.resolve();
      return false;
    });
  }

  onError(messageId: MessageId, err: Error): void {
    this.errors.push({ messageId, err });
    for (const resolve of this.errorWaiters.splice(0)) resolve();
  }

  /** Resolves once onDurable reported at least `count` chunks of messageId. */
  waitDurable(messageId: MessageId, count: number): Promise<void> {
    if ((this.latest.get(messageId) ?? -1) >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ messageId, count, resolve }));
  }

  /** Resolves at the next onError. */
  nextError(): Promise<void> {
    return new Promise((resolve) => this.errorWaiters.push(resolve));
  }

  /** Durable counts reported for messageId, in order. */
  countsOf(messageId: MessageId): number[] {
    return this.durable.filter((d) => d.messageId === messageId).map((d) => d.count);
  }
}
