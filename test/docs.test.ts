/** The README documents every error code (with its status) and every config option and limit. */
import { readFile } from 'node:fs/promises';
import t from 'tap';
import { CONFIG_OPTIONS, DEFAULT_LIMITS } from '../common/config.js';
import { ERROR_SPECS } from '../common/errors.js';

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');

void t.test('every error code is in the README with its HTTP status and retryable flag', async (t) => {
  for (const [code, spec] of Object.entries(ERROR_SPECS)) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
    t.ok(row, `${code} has a row`);
    t.match(row ?? '', new RegExp(`\\| ${spec.status} \\| ${spec.retryable ? 'yes' : 'no'} \\|`), `${code} row states ${spec.status}`);
  }
  const documented = [...readme.matchAll(/^\| `(VOX_[A-Z_]+)` \|/gm)].map((m) => m[1]);
  t.same(documented.filter((c) => c !== undefined && !(c in ERROR_SPECS)), [], 'no stale codes in the README');
});

void t.test('every config option and limit is in the README', async (t) => {
  for (const option of CONFIG_OPTIONS) t.ok(readme.includes(`\`${option}\``), `${option} documented`);
  for (const limit of Object.keys(DEFAULT_LIMITS)) t.ok(readme.includes(`\`${limit}\``), `${limit} documented`);
});
