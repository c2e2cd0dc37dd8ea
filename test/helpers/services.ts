import { randomBytes } from 'node:crypto';

// Tests read these from the environment because `make test` (scripts/run-tests.sh)
// starts a throwaway Postgres and Redis and exports their URLs. A missing URL is
// a harness failure, so it throws: a test that needs a service fails, never skips.
const POSTGRES_ENV = 'VOXRING_TEST_POSTGRES_URL';
const REDIS_ENV = 'VOXRING_TEST_REDIS_URL';
const COUCHDB_ENV = 'VOXRING_TEST_COUCHDB_URL';

function requireEnv(name: string, what: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(
      `${name} is not set: this test needs a ${what}. Run it through \`make test\` ` +
        `(TESTS=<file> make test for one file) or \`scripts/test-services.sh -- npx tap <file>\`, ` +
        `which start a throwaway ${what} and export ${name}.`,
    );
  }
  return value;
}

/** URL of the throwaway Postgres started by the test harness, e.g. postgres://postgres@127.0.0.1:P/postgres. */
export function testPostgresUrl(): string {
  return requireEnv(POSTGRES_ENV, 'Postgres server');
}

/** URL of the throwaway Redis started by the test harness, e.g. redis://127.0.0.1:P. */
export function testRedisUrl(): string {
  return requireEnv(REDIS_ENV, 'Redis server');
}

/**
 * URL of the CouchDB the test harness provides: the CouchDB-compatible test
 * server (scripts/couchdb-test-server.ts), or COUCHDB_URL when that was set.
 * Tests create their own databases (uniqueName) and destroy them.
 */
export function testCouchdbUrl(): string {
  return requireEnv(COUCHDB_ENV, 'CouchDB server');
}

/**
 * A name unique across test files and runs, usable unquoted as a Postgres schema
 * (lowercase [a-z0-9_], starts with a letter, at most 63 bytes) and as a Redis key prefix.
 */
export function uniqueName(prefix: string): string {
  let clean = prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  if (!/^[a-z]/.test(clean)) clean = `t_${clean}`;
  const suffix = `_${process.pid.toString(36)}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  return clean.slice(0, 63 - suffix.length) + suffix;
}
