/**
 * Questions this router asks another one over their link, waiting for the
 * answer frame (or FETCH_TIMEOUT_MS): a fetch (`subscribe`, answered by the
 * message's relayHeader, or messageEnd UNSPECIFIED when it is not there)
 * and a takeover (`takeover`, answered by `takeoverDone`).
 */
import type { MessageId } from '../../common/ids.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { TakeoverAnswer } from './message-relay.js';
import type { RelayLink } from './relay-link.js';

/** How long a fetch or a takeover waits for the other router's answer (a fetch then falls back to local storage). */
export const FETCH_TIMEOUT_MS = 3000;

interface Pending<T> {
  resolve(answer: T | undefined): void;
  timer: NodeJS.Timeout;
}

export class PeerRequests {
  private readonly fetches = new Map<MessageId, Pending<ChunkSource>[]>();
  private readonly takeovers = new Map<string, Pending<TakeoverAnswer>>();

  /** Asks `link`'s router for a message; several waiters of one message share one subscribe. */
  fetch(link: RelayLink, messageId: MessageId): Promise<ChunkSource | undefined> {
    return new Promise((resolve) => {
      const waiting = this.fetches.get(messageId) ?? [];
      const entry: Pending<ChunkSource> = {
        resolve,
        timer: setTimeout(() => this.settleFetch(messageId, undefined, entry), FETCH_TIMEOUT_MS),
      };
      entry.timer.unref();
      waiting.push(entry);
      if (waiting.length === 1) link.sendControl({ ref: 0, type: 'subscribe', subscribe: { messageId } });
      this.fetches.set(messageId, waiting);
    });
  }

  /** The answer to every fetch of a message: its mirror, or undefined (not there). */
  fetched(messageId: MessageId, source: ChunkSource | undefined): void {
    for (const entry of this.fetches.get(messageId) ?? []) this.settleFetch(messageId, source, entry);
  }

  /** Asks `link`'s router to hand a live message over; a newer ask for the same message replaces an older one (which gets undefined). */
  takeover(link: RelayLink, messageId: MessageId): Promise<TakeoverAnswer | undefined> {
    const key = `${link.peerId} ${messageId}`;
    this.takeovers.get(key)?.resolve(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.tookOver(link.peerId, messageId, undefined), FETCH_TIMEOUT_MS);
      timer.unref();
      this.takeovers.set(key, { resolve, timer });
      link.sendNow({ ref: 0, type: 'takeover', takeover: { messageId } });
    });
  }

  /** Router `peerId` answered (or did not in time) a takeover of `messageId`. */
  tookOver(peerId: string, messageId: string, answer: TakeoverAnswer | undefined): void {
    const key = `${peerId} ${messageId}`;
    const pending = this.takeovers.get(key);
    if (!pending) return;
    this.takeovers.delete(key);
    clearTimeout(pending.timer);
    pending.resolve(answer);
  }

  /** Every question still open is answered undefined. */
  close(): void {
    for (const [id, waiting] of [...this.fetches]) for (const entry of waiting) this.settleFetch(id, undefined, entry);
    for (const [key, pending] of [...this.takeovers]) {
      this.takeovers.delete(key);
      clearTimeout(pending.timer);
      pending.resolve(undefined);
    }
  }

  private settleFetch(id: MessageId, source: ChunkSource | undefined, entry: Pending<ChunkSource>): void {
    clearTimeout(entry.timer);
    const waiting = this.fetches.get(id);
    if (waiting) {
      const rest = waiting.filter((e) => e !== entry);
      if (rest.length === 0) this.fetches.delete(id);
      else this.fetches.set(id, rest);
    }
    entry.resolve(source);
  }
}
