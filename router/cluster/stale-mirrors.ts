/**
 * Mirrors of live messages that stopped hearing from their router. A mirror
 * ends when its router relays the message's end; a link lost and found again
 * in between (a partition, a router cut off for a few seconds) drops that
 * end, and nothing else would end the mirror before the orphan grace (and
 * then as interrupted, whatever the message became). Meanwhile readers here
 * were served the mirror's prefix as if the message were still live.
 *
 * So a live mirror without a new chunk for `idleMs` (seen by the sweep, every
 * 2 s) is checked against the header store:
 * once the stored header says the message ended, the mirror gets the rest of
 * the body from shared storage (bodies on CouchDB) and ends with the stored
 * state. A header still live is left alone: its router, a takeover or the
 * orphan grace will end it.
 */
import type { MessageId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import { stateName } from '../wire-mappers.js';
import type { Mirror, MirrorTable } from './mirror-table.js';

/** How often idle mirrors are looked for. */
const SWEEP_INTERVAL_MS = 2000;
/** Checks of an ended message's mirror whose body storage does not hold all of yet, before it ends with what it has. */
const FILL_TRIES = 6;

export interface StaleMirrorsOptions {
  mirrors: MirrorTable;
  headers: HeaderStore;
  bodies: BodyStore;
  /** Bodies are readable from every router (CouchDB): an ended message's rest is read from there. */
  bodiesShared: boolean;
  logger: Logger;
  /** A live mirror without a new chunk for this long is checked (then again each time this passes). */
  idleMs: number;
}

/** What a sweep last saw of a mirror: its chunk count, since when, and when it was last checked. */
interface Seen {
  chunks: number;
  since: number;
  checkedAt: number;
  fillTries: number;
}

export class StaleMirrors {
  private readonly timer: NodeJS.Timeout;
  private readonly checking = new Set<Mirror>();
  // Progress is read by the sweep (chunk counts), not stamped per chunk: the relay's hot path does no work for it.
  private readonly seen = new WeakMap<Mirror, Seen>();

  constructor(private readonly options: StaleMirrorsOptions) {
    this.timer = setInterval(() => this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
  }

  /** Checks every live mirror without a new chunk for idleMs (and not checked for as long). */
  sweep(now = Date.now()): void {
    const { idleMs } = this.options;
    for (const mirror of this.options.mirrors.values()) {
      const { source } = mirror;
      // A fetched stored message streams into a mirror too: only mirrors of live messages can go stale.
      if (source.endState !== null || source.header.state !== 'live' || this.checking.has(mirror)) continue;
      const seen = this.seen.get(mirror);
      if (!seen || seen.chunks !== source.chunks.length) {
        this.seen.set(mirror, { chunks: source.chunks.length, since: now, checkedAt: 0, fillTries: seen?.fillTries ?? 0 });
        continue;
      }
      if (now - seen.since < idleMs || now - seen.checkedAt < idleMs) continue;
      seen.checkedAt = now;
      this.checking.add(mirror);
      void this.check(mirror, seen)
        .catch((err: unknown) => this.options.logger.warn({ err, messageId: source.messageId }, 'stale mirror check failed'))
        .finally(() => this.checking.delete(mirror));
    }
  }

  private async check(mirror: Mirror, seen: Seen): Promise<void> {
    const { mirrors, headers, logger } = this.options;
    const id = mirror.source.messageId;
    const stored = await headers.getMessage(id).catch(() => undefined);
    if (!stored || stored.state === 'live' || mirrors.get(id) !== mirror) return;
    // Ended on its router, which owns the body: a replica copy here is not needed any more.
    await mirrors.releaseReplica(mirror);
    const filled = await this.fill(id, mirror, stored);
    if (!filled && ++seen.fillTries < FILL_TRIES) return;
    if (mirrors.get(id) !== mirror) return;
    mirrors.end(id, stateName(stored.state));
    logger.info({ messageId: id, origin: mirror.origin, chunks: mirror.source.chunks.length, stored: stored.chunkCount, state: stored.state }, 'stale mirror ended as the header store says');
  }

  /** Appends what storage holds past the mirror's chunks; true once it holds what the header counts (or nothing better is here). */
  private async fill(id: MessageId, mirror: Mirror, stored: MessageRecord): Promise<boolean> {
    const { source } = mirror;
    const ended = stored.state === 'complete' || stored.state === 'interrupted';
    if (!ended || !this.options.bodiesShared || source.chunks.length >= stored.chunkCount) return true;
    try {
      for (const chunk of await this.options.bodies.read(id, source.chunks.length)) {
        if (chunk.seq === source.chunks.length) this.options.mirrors.chunk(id, chunk.seq, chunk.payload);
      }
    } catch {
      return false; // not in storage yet (its router uploads it): tried again at the next check
    }
    return source.chunks.length >= stored.chunkCount;
  }
}
