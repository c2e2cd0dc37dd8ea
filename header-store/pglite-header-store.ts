/**
 * PgliteHeaderStore: SqlHeaderStore over embedded PGlite (Postgres in WASM),
 * the default for a single router with no database server to run.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { VoxError } from '../common/errors.js';
import type { HeaderStore } from './header-store.js';
import type { SqlClient } from './sql-client.js';
import { SqlHeaderStore } from './sql-header-store.js';

/** Options for createPgliteHeaderStore. */
export interface PgliteHeaderStoreOptions {
  /** Data directory, created when missing; undefined keeps the database in memory (tests). */
  dataDir?: string;
}

/** Opens (or creates) the PGlite database and returns the store; call migrate() next. */
export async function createPgliteHeaderStore(
  options: PgliteHeaderStoreOptions = {},
): Promise<HeaderStore> {
  let db: PGlite;
  try {
    db = await PGlite.create(options.dataDir);
  } catch (err) {
    throw new VoxError(
      'VOX_STORAGE_FAILED',
      `header store: cannot open PGlite at ${options.dataDir ?? 'memory'}`,
      {
        cause: err,
      },
    );
  }
  return new SqlHeaderStore({ client: new PgliteSqlClient(db) });
}

/**
 * SqlClient over one PGlite instance. PGlite has a single backend and queues
 * every query, so a transaction must never wait on another query issued
 * outside it: that query waits for the transaction, which never ends.
 */
class PgliteSqlClient implements SqlClient {
  readonly #db: PGlite;
  #closing: Promise<void> | undefined;

  constructor(db: PGlite) {
    this.#db = db;
  }

  async query<R>(text: string, params: readonly unknown[] = []): Promise<{ rows: R[] }> {
    const result = await this.#db.query<R>(text, [...params]);
    return { rows: result.rows };
  }

  async exec(text: string): Promise<void> {
    await this.#db.exec(text);
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.#db.transaction((tx) => fn(new PgliteTransactionClient(tx)));
  }

  close(): Promise<void> {
    // PGlite.close() rejects when called twice, so remember the first call.
    this.#closing ??= this.#db.close();
    return this.#closing;
  }
}

/** The handle of an open PGlite transaction; nested transaction() joins it. */
class PgliteTransactionClient implements SqlClient {
  readonly #tx: Transaction;

  constructor(tx: Transaction) {
    this.#tx = tx;
  }

  async query<R>(text: string, params: readonly unknown[] = []): Promise<{ rows: R[] }> {
    const result = await this.#tx.query<R>(text, [...params]);
    return { rows: result.rows };
  }

  async exec(text: string): Promise<void> {
    await this.#tx.exec(text);
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async close(): Promise<void> {
    // The owning PgliteSqlClient closes the database.
  }
}
