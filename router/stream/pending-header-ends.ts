/**
 * Header updates that end a message, kept on local disk while the header
 * store cannot take them. The background retry (header-end-retry.ts) lives
 * only as long as the process: a router stopped or killed while Postgres was
 * away left the header LIVE, and its start-up recovery then stored the
 * message INTERRUPTED although its talker had been told COMPLETE (found by
 * `make chaos`, seed 7: a SIGTERM during a Postgres restart). One small JSON
 * file per message, written to a temporary name and renamed, so a crash
 * leaves either the whole entry or none; recovery applies them first.
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { MessageId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { MessageState } from '../../header-store/header-store.js';

/** The fields an end writes into a header (as LiveIngest's end does). */
export interface HeaderEnd {
  state: MessageState;
  endedAt: Date | null;
  durationMs: number;
  chunkCount: number;
  byteCount: number;
}

export interface PendingHeaderEnd {
  messageId: MessageId;
  update: HeaderEnd;
}

/** Where a router keeps its pending ends; nothing is kept when absent (in-memory stores, tests). */
export interface PendingHeaderEndStore {
  save(messageId: MessageId, update: HeaderEnd): Promise<void>;
  remove(messageId: MessageId): Promise<void>;
  list(): Promise<PendingHeaderEnd[]>;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export class DiskPendingHeaderEnds implements PendingHeaderEndStore {
  constructor(
    private readonly dir: string,
    private readonly logger: Logger,
  ) {}

  async save(messageId: MessageId, update: HeaderEnd): Promise<void> {
    if (!ID_PATTERN.test(messageId)) return;
    await mkdir(this.dir, { recursive: true });
    const file = this.file(messageId);
    const temp = `${file}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify({ messageId, update: { ...update, endedAt: update.endedAt?.getTime() ?? null } }));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  }

  async remove(messageId: MessageId): Promise<void> {
    if (!ID_PATTERN.test(messageId)) return;
    await rm(this.file(messageId), { force: true });
  }

  async list(): Promise<PendingHeaderEnd[]> {
    const names = await readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
    const ends: PendingHeaderEnd[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const entry = await this.read(path.join(this.dir, name));
      if (entry) ends.push(entry);
    }
    return ends;
  }

  private async read(file: string): Promise<PendingHeaderEnd | undefined> {
    try {
      const raw = JSON.parse(await readFile(file, 'utf8')) as { messageId: MessageId; update: Omit<HeaderEnd, 'endedAt'> & { endedAt: number | null } };
      return { messageId: raw.messageId, update: { ...raw.update, endedAt: raw.update.endedAt === null ? null : new Date(raw.update.endedAt) } };
    } catch (err) {
      this.logger.warn({ err, file }, 'pending header end unreadable: dropped');
      await rm(file, { force: true }).catch(() => undefined);
      return undefined;
    }
  }

  private file(messageId: MessageId): string {
    return path.join(this.dir, `${messageId}.json`);
  }
}

/** For routers with nothing to keep them on (tests with in-memory stores). */
export const NO_PENDING_HEADER_ENDS: PendingHeaderEndStore = {
  save: () => Promise.resolve(),
  remove: () => Promise.resolve(),
  list: () => Promise.resolve([]),
};
