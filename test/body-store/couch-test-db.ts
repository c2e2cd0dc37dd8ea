/** A fresh CouchDB database per test, destroyed in teardown, and helpers to look into it. */
import nano from 'nano';
import type { MessageId } from '../../common/ids.js';
import { scanRecordRange } from '../../body-store/body-file-format.js';
import type { StoredChunk } from '../../body-store/body-store.js';
import { bodyDocId } from '../../body-store/couchdb-body-remote.js';
import type { Teardowns } from '../helpers/router-fixture.js';
import { testCouchdbUrl, uniqueName } from '../helpers/services.js';

/** The stored document of a body, as the tests read it. */
export interface StoredBodyDoc {
  _id: string;
  _rev: string;
  blocks?: Array<{ name: string; first: number; count: number; bytes: number; payloadBytes: number }>;
  chunkCount?: number;
  byteCount?: number;
  complete?: boolean;
  gone?: string;
  _attachments?: Record<string, { length: number }>;
}

export class CouchTestDb {
  readonly url = testCouchdbUrl();
  private readonly server = nano({ url: this.url });

  private constructor(readonly name: string) {}

  /** Creates a database (stores find it there) and destroys it in teardown. */
  static async create(t: Teardowns, prefix = 'bodies'): Promise<CouchTestDb> {
    const db = new CouchTestDb(uniqueName(prefix));
    await db.server.db.create(db.name);
    t.teardown(() => db.server.db.destroy(db.name).catch(() => undefined));
    return db;
  }

  /** The body's document, or undefined. */
  async doc(messageId: string): Promise<StoredBodyDoc | undefined> {
    try {
      return await this.server.use(this.name).get(bodyDocId(messageId as MessageId));
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return undefined;
      throw err;
    }
  }

  /**
   * Resolves with the body's document once `ready` holds for it, waking on
   * the database's longpoll _changes feed rather than polling.
   */
  async waitFor(messageId: string, ready: (doc: StoredBodyDoc | undefined) => boolean): Promise<StoredBodyDoc | undefined> {
    const db = this.server.use(this.name);
    let since = (await db.info()).update_seq;
    for (;;) {
      const doc = await this.doc(messageId);
      if (ready(doc)) return doc;
      const changes = await db.changes({ feed: 'longpoll', since: String(since), timeout: 5000 });
      since = changes.last_seq as string | number;
    }
  }

  /** One block attachment's bytes. */
  async attachment(messageId: string, name: string): Promise<Buffer> {
    return this.server.use(this.name).attachment.get(bodyDocId(messageId as MessageId), name);
  }

  /**
   * The packets CouchDB holds for a body, read from its blocks in order and
   * checked record by record (seq and CRC), as a reader elsewhere would.
   */
  async payloads(messageId: string): Promise<Buffer[]> {
    const doc = await this.doc(messageId);
    const chunks: StoredChunk[] = [];
    for (const block of doc?.blocks ?? []) {
      const bytes = await this.attachment(messageId, block.name);
      const scan = scanRecordRange(bytes, 0, block.first, Infinity, 0, chunks);
      if (scan.stop !== 'end' || scan.count !== block.count) throw new Error(`block ${block.name} of ${messageId} is damaged`);
    }
    return chunks.map((c) => c.payload);
  }
}
