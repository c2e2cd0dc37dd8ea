/**
 * A CouchDB-compatible HTTP server for tests: express-pouchdb over
 * pouchdb-core with the in-memory adapter (no native modules, nothing on
 * disk). It serves the subset of the CouchDB 3.x HTTP API voxring uses
 * (databases, documents, inline and standalone attachments, _changes); see
 * body-store/README.md for where it differs from a real CouchDB.
 *
 *   node --import=tsx scripts/couchdb-test-server.ts [--port N] [--host H] [--exit-with-stdin]
 *
 * Listens on the given port (default 0 = any free one) and prints one line,
 * `listening http://127.0.0.1:<port>`, once it accepts connections. Stops on
 * SIGTERM or SIGINT, and with --exit-with-stdin also when its stdin closes
 * (so a test's child never outlives the test).
 */
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

// These packages ship no types; the few calls made here are typed by hand.
interface PouchDbConstructor {
  plugin(plugin: unknown): PouchDbConstructor;
  defaults(options: Record<string, unknown>): PouchDbConstructor;
}

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-core') as PouchDbConstructor;
const expressPouchDb = require('express-pouchdb') as (pouch: PouchDbConstructor, options: Record<string, unknown>) => RequestListener;

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const host = argument('host', '127.0.0.1');
const port = Number(argument('port', '0'));
const MemoryPouch = PouchDB.plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-replication'))
  .defaults({ adapter: 'memory' });

// minimumForPouchDB: no config, log or auth files written to the working directory.
// Its own (bundled) express app serves directly: mounted in an express 5 app,
// its _changes route fails (it assigns req.query, a getter there).
const app = expressPouchDb(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
const server = createServer(app).listen(port, host, () => {
  const address = server.address() as AddressInfo;
  process.stdout.write(`listening http://${host}:${address.port}\n`);
});

function stop(): void {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.argv.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}
