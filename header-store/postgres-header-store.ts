/**
 * PostgresHeaderStore: SqlHeaderStore over a node-postgres pool, for
 * deployments with a real Postgres (several routers share one database).
 */
import pg from 'pg';
import { VoxError } from '../common/errors.js';
import type { HeaderStore } from './header-store.js';
import type { SqlClient } from './sql-client.js';
import { SqlHeaderStore } from './sql-header-store.js';

/** Unquoted identifiers only, so the name is safe to splice into SQL and connection options. */
const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Default of queryTimeoutMs. Without one a query sent just before Postgres
 * became unreachable waits for as long as the kernel keeps the socket, for
 * good when the server vanished and the router has nothing left to send,
 * and every caller behind it waits too (a live message's end among them).
 */
export const POSTGRES_QUERY_TIMEOUT_MS = 10_000;

/** Where idle-connection failures are reported (a pino logger fits). */
export interface HeaderStoreLogger {
  warn(fields: object, msg: string): void;
}

/** Options for createPostgresHeaderStore. */
export interface PostgresHeaderStoreOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /**
   * Schema holding every table, created when missing; default: the server's
   * search_path (usually public). Tests use a unique one per file.
   */
  schema?: string;
  /** Pool size; default 10. */
  maxConnections?: number;
  /**
   * A query, or the wait for a connection, not answered in this long fails
   * (VOX_STORAGE_FAILED) and a query's connection is dropped; default
   * POSTGRES_QUERY_TIMEOUT_MS.
   */
  queryTimeoutMs?: number;
  logger?: HeaderStoreLogger;
}

/** Opens a pool (creating `schema` if needed) and returns the store; call migrate() next. */
export async function createPostgresHeaderStore(
  options: PostgresHeaderStoreOptions,
): Promise<HeaderStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_PATTERN.test(schema)) {
    throw new VoxError(
      'VOX_CONFIG_INVALID',
      `header store: schema must match ${String(SCHEMA_PATTERN)}, got "${schema}"`,
    );
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.queryTimeoutMs ?? POSTGRES_QUERY_TIMEOUT_MS,
    query_timeout: options.queryTimeoutMs ?? POSTGRES_QUERY_TIMEOUT_MS,
    // An idle pooled connection to a server gone without a word is probed after 10 s (then at the kernel's
    // interval), so the pool drops it before a query waits on it; a query in flight is bounded by query_timeout.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // Every pooled connection resolves unqualified names in this schema only.
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
  });
  // Without a listener an idle connection dropped by the server would crash the process.
  pool.on('error', (err) => options.logger?.warn({ err }, 'idle postgres connection failed'));
  const client = new PoolSqlClient(pool);
  if (schema !== undefined) {
    try {
      await client.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (err) {
      // Two processes creating the schema at once: the loser sees a
      // duplicate, and the schema it wanted exists.
      if (!isDuplicateSchema(err)) {
        await client.close();
        throw new VoxError('VOX_STORAGE_FAILED', `header store: cannot create schema ${schema}`, {
          cause: err,
        });
      }
    }
  }
  return new SqlHeaderStore({ client });
}

function isDuplicateSchema(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  return code === '42P06' || code === '23505';
}

/** SqlClient over a pg.Pool; transactions hold one pooled connection. */
class PoolSqlClient implements SqlClient {
  readonly #pool: pg.Pool;
  #closing: Promise<void> | undefined;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async query<R>(text: string, params: readonly unknown[] = []): Promise<{ rows: R[] }> {
    const result = await this.#pool.query(text, [...params]);
    return { rows: result.rows as R[] };
  }

  async exec(text: string): Promise<void> {
    // No parameters: node-postgres uses the simple protocol, which runs several statements.
    await this.#pool.query(text);
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const conn = await this.#pool.connect();
    let broken = false;
    try {
      await conn.query('BEGIN');
      try {
        const result = await fn(new ConnectionSqlClient(conn));
        await conn.query('COMMIT');
        return result;
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw err;
      }
    } finally {
      // A connection whose ROLLBACK failed is in an unknown state: discard it.
      conn.release(broken);
    }
  }

  close(): Promise<void> {
    this.#closing ??= this.#pool.end();
    return this.#closing;
  }
}

/** The connection of an open transaction; nested transaction() joins it. */
class ConnectionSqlClient implements SqlClient {
  readonly #conn: pg.PoolClient;

  constructor(conn: pg.PoolClient) {
    this.#conn = conn;
  }

  async query<R>(text: string, params: readonly unknown[] = []): Promise<{ rows: R[] }> {
    const result = await this.#conn.query(text, [...params]);
    return { rows: result.rows as R[] };
  }

  async exec(text: string): Promise<void> {
    await this.#conn.query(text);
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async close(): Promise<void> {
    // The owning PoolSqlClient releases the connection.
  }
}
