/**
 * Whether a header store call failed because the database could not be
 * reached or was restarting (worth trying again later), rather than because
 * of the call itself (a constraint, a bad value: trying again fails again).
 * Reads the error and its causes (a VoxError from `toStoreError` wraps the
 * driver's error).
 */

/** SQLSTATE classes of a server that is going away or overloaded: connection exception, insufficient resources, operator intervention, system error, transaction rollback. */
const TRANSIENT_SQLSTATE_CLASSES: ReadonlySet<string> = new Set(['08', '53', '57', '58', '40']);
const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Node's system errors: ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE, EHOSTUNREACH … */
const SYSTEM_ERROR = /^E[A-Z]+$/;
const MAX_CAUSES = 8;

/** True for a lost or refused connection (node-postgres errors with no SQLSTATE included) or a transient SQLSTATE. */
export function isStoreUnavailable(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < MAX_CAUSES && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && SQLSTATE.test(code)) return TRANSIENT_SQLSTATE_CLASSES.has(code.slice(0, 2));
    if (typeof code === 'string' && SYSTEM_ERROR.test(code)) return true;
    if (current.cause === undefined) {
      // node-postgres reports a dropped connection as a plain Error ("Connection terminated unexpectedly", "timeout exceeded when trying to connect").
      return code === undefined && current.name === 'Error';
    }
    current = current.cause;
  }
  return false;
}
