/**
 * Remote deletions that have not reached the remote yet. Each is a marker
 * file `<dir>/tombstones/<messageId>` (fsynced, so a deletion survives a
 * restart) and is retried with backoff until the remote has the tombstone.
 * While one is pending the store treats the body as absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MessageId } from '../common/ids.js';
import { syncDir } from './body-file-io.js';
import type { BodyRemote } from './body-remote.js';
import type { BodyStoreLogger } from './disk-body-store.js';

export interface BodyTombstonesOptions {
  /** The body store's directory; markers go to its `tombstones/` subdirectory. */
  dir: string;
  remote: BodyRemote;
  logger: BodyStoreLogger;
  retryBaseMs?: number;
  retryMaxMs?: number;
}

interface Pending {
  failures: number;
  timer: NodeJS.Timeout | undefined;
  attempt: Promise<void> | undefined;
}

export class BodyTombstones {
  private readonly pending = new Map<MessageId, Pending>();
  private readonly markerDir: string;
  private closed = false;

  constructor(private readonly options: BodyTombstonesOptions) {
    this.markerDir = path.join(options.dir, 'tombstones');
  }

  /** Loads the markers left by an earlier run and starts sending them. */
  async load(): Promise<void> {
    let names: string[];
    try {
      names = await fs.promises.readdir(this.markerDir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.endsWith('.tmp')) continue;
      const id = name as MessageId;
      this.pending.set(id, { failures: 0, timer: undefined, attempt: undefined });
      void this.attempt(id);
    }
  }

  has(messageId: MessageId): boolean {
    return this.pending.has(messageId);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Records the deletion durably, then tries the remote once now; later retries run on their own. */
  async add(messageId: MessageId): Promise<void> {
    if (!this.pending.has(messageId)) {
      await fs.promises.mkdir(this.markerDir, { recursive: true });
      const handle = await fs.promises.open(path.join(this.markerDir, messageId), 'w');
      await handle.sync();
      await handle.close();
      await syncDir(this.markerDir);
      this.pending.set(messageId, { failures: 0, timer: undefined, attempt: undefined });
    }
    await this.attempt(messageId);
  }

  /** Forgets a pending deletion (a new body of the same id replaces whatever the remote holds). */
  async drop(messageId: MessageId): Promise<void> {
    const entry = this.pending.get(messageId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(messageId);
    await entry.attempt?.catch(() => undefined);
    await fs.promises.rm(path.join(this.markerDir, messageId), { force: true });
  }

  close(): void {
    this.closed = true;
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
  }

  private attempt(messageId: MessageId): Promise<void> {
    const entry = this.pending.get(messageId);
    if (!entry || this.closed) return Promise.resolve();
    entry.attempt ??= this.send(messageId, entry).finally(() => {
      entry.attempt = undefined;
    });
    return entry.attempt;
  }

  private async send(messageId: MessageId, entry: Pending): Promise<void> {
    try {
      await this.options.remote.tombstone(messageId, 'deleted');
    } catch (err) {
      if (this.closed || this.pending.get(messageId) !== entry) return;
      entry.failures++;
      const base = this.options.retryBaseMs ?? 250;
      const delay = Math.min(this.options.retryMaxMs ?? 30_000, base * 2 ** Math.min(entry.failures - 1, 20)) * (0.8 + 0.4 * Math.random());
      if (entry.failures === 1) this.options.logger.warn({ messageId, err, retryInMs: Math.round(delay) }, 'remote body delete failed; retrying');
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        void this.attempt(messageId);
      }, delay);
      return;
    }
    if (this.pending.get(messageId) !== entry) return;
    this.pending.delete(messageId);
    await fs.promises.rm(path.join(this.markerDir, messageId), { force: true });
  }
}
