/**
 * The narrow database surface SqlHeaderStore needs, so one SQL implementation
 * runs on both node-postgres (a pool) and PGlite (one embedded backend).
 */
export interface SqlClient {
  /** One statement with `$n` parameters, over the extended protocol. */
  query<R>(text: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** One or more statements without parameters (migration scripts). */
  exec(text: string): Promise<void>;
  /**
   * Runs fn in one transaction: COMMIT when it resolves, ROLLBACK when it
   * rejects. Calling transaction on the `tx` handle joins the same transaction
   * (no savepoint), so nested helpers can be written once.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** Idempotent. */
  close(): Promise<void>;
}
