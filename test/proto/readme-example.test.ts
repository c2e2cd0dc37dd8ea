import { readFileSync } from 'node:fs';
import t from 'tap';
import { ERROR_CODES } from '../../common/errors.js';
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeServerFrame,
} from '../../proto/frame-codec.js';
import { CLIENT_CASES, SERVER_CASES } from '../../proto/frame-schema.js';

// proto/README.md documents the protocol with an example exchange: every
// `C:` line must decode as a ClientFrame, every `S:` line must be exactly what
// the router's encoder writes, and every frame and error code it names must exist.
const readme = readFileSync(new URL('../../proto/README.md', import.meta.url), 'utf8');
const lines = readme.split('\n');

void t.test('every C: line of the example is a valid client frame', async (t) => {
  const client = lines.filter((l) => l.startsWith('C: ')).map((l) => l.slice(3));
  t.ok(client.length >= 10, `${client.length} client lines`);
  const types = new Set<string>();
  for (const text of client) {
    const result = decodeClientFrame(text, 'json', 1 << 16);
    t.ok(result.ok, text);
    if (result.ok) types.add(result.frame.type);
  }
  // stopListen is the one client frame the exchange does not need.
  t.strictSame(
    [...CLIENT_CASES.keys()].filter((k) => !types.has(k)),
    ['stopListen'],
    'the example shows every other client frame',
  );
});

void t.test('every S: line of the example is canonical router output', async (t) => {
  const server = lines.filter((l) => l.startsWith('S: ')).map((l) => l.slice(3));
  t.ok(server.length >= 10, `${server.length} server lines`);
  const types = new Set<string>();
  for (const text of server) {
    const result = decodeServerFrame(text, 'json', 1 << 16);
    if (!result.ok) {
      t.fail(`${result.error.code} ${result.error.message}: ${text}`);
      continue;
    }
    types.add(result.frame.type);
    t.equal(encodeServerFrame(result.frame, 'json'), text, 're-encodes to the same text');
  }
  t.strictSame(
    [...SERVER_CASES.keys()].filter((k) => !types.has(k)),
    [],
    'the example shows every server frame',
  );
});

void t.test('every frame type has a row and every error code named exists', async (t) => {
  for (const type of [...CLIENT_CASES.keys(), ...SERVER_CASES.keys()]) {
    t.match(readme, new RegExp(`^\\| \`${type}\` \\|`, 'm'), `row for ${type}`);
  }
  const named = new Set(readme.match(/VOX_[A-Z_]+[A-Z]/g) ?? []);
  const known = new Set<string>(ERROR_CODES);
  t.strictSame(
    [...named].filter((c) => !known.has(c)),
    [],
    'no undefined error code in the README',
  );
});
