/**
 * Least-recently-used order and total size of the evictable bodies on local
 * disk: sealed ones (finished and complete in the remote), each with its
 * seal. A Map keeps insertion order, so re-inserting on use makes the first
 * key the least recently used. In memory only: rebuilt at start from the
 * seals on disk (oldest file first).
 */
import type { MessageId } from '../common/ids.js';
import type { BodySeal } from './body-seal.js';

export class BodyCacheIndex {
  private readonly entries = new Map<MessageId, BodySeal>();
  private total = 0;

  /** Bytes of every indexed body file (as sealed). */
  get totalBytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The seal of an indexed body. */
  get(messageId: MessageId): BodySeal | undefined {
    return this.entries.get(messageId);
  }

  /** Adds (or replaces) a body as the most recently used. */
  add(messageId: MessageId, seal: BodySeal): void {
    this.remove(messageId);
    this.entries.set(messageId, seal);
    this.total += seal.fileBytes;
  }

  /** Marks a body as just used; no-op when not indexed. */
  touch(messageId: MessageId): void {
    const seal = this.entries.get(messageId);
    if (seal === undefined) return;
    this.entries.delete(messageId);
    this.entries.set(messageId, seal);
  }

  remove(messageId: MessageId): void {
    const seal = this.entries.get(messageId);
    if (seal === undefined) return;
    this.entries.delete(messageId);
    this.total -= seal.fileBytes;
  }

  /** The least recently used body, or undefined when empty. */
  oldest(): MessageId | undefined {
    for (const id of this.entries.keys()) return id;
    return undefined;
  }
}
