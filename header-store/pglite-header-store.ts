/**
 * PgliteHeaderStore: SqlHeaderStore over embedded PGlite (Postgres in WASM),
 * the default for a single router with no database server to run.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { VoxError } from '../common/errors.js';
import type { HeaderStore } from './header-store.js';
import type { SqlClient } from './sql-client.js';
import { SqlHeaderStore } from './sql-header-store.js';
import { preparePgliteDataDir } from './pglite-data-dir.js';

/** PGlite's shared_buffers unless told otherwise (the router's pgliteSharedBuffersBytes default). */
export const PGLITE_SHARED_BUFFERS_BYTES = 8 * 1024 * 1024;

/** Options for createPgliteHeaderStore. */
export interface PgliteHeaderStoreOptions {
  /** Data directory, created when missing; undefined keeps the database in memory (tests). */
  dataDir?: string;
  /** Postgres shared_buffers (rounded down to whole KiB); default PGLITE_SHARED_BUFFERS_BYTES. */
  sharedBuffersBytes?: number;
  /** Template a new dataDir is copied from (pglite-data-dir.ts); default the one `make build` prebuilt. */
  templateDir?: string;
}

/** Opens (or creates) the PGlite database and returns the store; call migrate() next. */
export async function createPgliteHeaderStore(
  options: PgliteHeaderStoreOptions = {},
): Promise<HeaderStore> {
  const { dataDir } = options;
  if (dataDir !== undefined) {
    await preparePgliteDataDir(dataDir, options.templateDir === undefined ? {} : { templateDir: options.templateDir });
  }
  let db: PGlite;
  try {
    db = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), startParams: startParams(options) });
  } catch (err) {
    throw new VoxError(
      'VOX_STORAGE_FAILED',
      `header store: cannot open PGlite at ${options.dataDir ?? 'memory'}`,
      {
        cause: err,
      },
    );
  }
  return pgliteHeaderStoreOver(db);
}

/** The store over a PGlite instance already open (pglite-initdb.ts migrates a new data dir with it). */
export function pgliteHeaderStoreOver(db: PGlite): HeaderStore {
  return new SqlHeaderStore({ client: new PgliteSqlClient(db) });
}

/**
 * initdb writes shared_buffers = 128MB and max_connections = 100 into
 * postgresql.conf; one embedded backend needs neither, and shared buffers
 * are touched WASM memory the process keeps (idle RSS 356 -> 188 MiB with
 * 8 MiB and 2). Given as -c options, so existing data dirs get them too.
 */
function startParams(options: PgliteHeaderStoreOptions): string[] {
  const kib = Math.floor((options.sharedBuffersBytes ?? PGLITE_SHARED_BUFFERS_BYTES) / 1024);
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${kib}kB`, '-c', 'max_connections=2'];
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
