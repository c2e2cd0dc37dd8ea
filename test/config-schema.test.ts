/**
 * The config schema is the single source (issue 19): README's option tables
 * are what it generates, every option is described and its default valid,
 * env and flag names are unique and as users know them, `serve --help`
 * names every option, every deployment example validates, and messages
 * never echo a secret.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import * as v from 'valibot';
import { DEFAULT_LIMITS, loadConfig, type ConfigInput } from '../common/config.js';
import { readConfigFile } from '../common/config-file.js';
import { configBlocks } from '../common/config-markdown.js';
import { OPTION_DOCS, OPTION_GROUP_TITLES, optionDoc } from '../common/config-option-docs.js';
import { CONFIG_OPTIONS, CONFIG_SCHEMA, configEnvName, configFlagName, isConfigOption } from '../common/config-schema.js';
import { configError } from './helpers/config-error.js';
import { cleanEnv, ROOT, runCli } from './e2e/support/cli-process.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');


void t.test("README's option tables are the ones the schema generates (make docs rewrites them)", async (t) => {
  const blocks = configBlocks();
  t.equal(blocks.length, 2, 'options, limits');
  for (const block of blocks) {
    const from = readme.indexOf(block.start);
    const to = readme.indexOf(block.end);
    t.ok(from >= 0 && to > from, `README holds ${block.start} … ${block.end}`);
    t.equal(readme.indexOf(block.start, from + 1), -1, `${block.start} once`);
    t.equal(readme.slice(from + block.start.length, to).trim(), block.text, `${block.start}: run make docs`);
  }
  for (const option of CONFIG_OPTIONS) {
    t.ok(blocks.some((block) => block.text.includes(`| \`${option}\`<br>`)), `${option} has a row`);
  }
});

void t.test('every option: a one-line description, a known group, a default within its range', async (t) => {
  t.equal(OPTION_DOCS.length, CONFIG_OPTIONS.length);
  const explicit: ConfigInput = {};
  for (const doc of OPTION_DOCS) {
    t.ok(doc.description.length >= 10 && !doc.description.includes('\n'), `${doc.name}: described in one line`);
    t.ok(doc.group in OPTION_GROUP_TITLES, `${doc.name}: group ${doc.group}`);
    if (doc.group === 'limits') t.ok(doc.exceeded, `${doc.name}: says what exceeding it does`);
    if (doc.range === '') t.equal(doc.expectation, 'be text', `${doc.name}: any text`);
    const range = /^(\d+)\.\.(\d+)$/.exec(doc.range);
    if (range) {
      const value = Number(doc.defaultText);
      t.ok(value >= Number(range[1]) && value <= Number(range[2]), `${doc.name}: default ${doc.defaultText} in ${doc.range}`);
    }
    if (doc.choices) t.ok(doc.choices.includes(doc.defaultText), `${doc.name}: default ${doc.defaultText} is a choice`);
    // Given explicitly, each default must pass the schema too (and load to the same config).
    const derived = doc.defaultText !== 'unset' && !/^</.test(doc.defaultText) && !doc.defaultText.includes('://');
    if (derived) explicit[doc.name] = doc.defaultText;
  }
  t.ok(Object.keys(explicit).length > 60, 'nearly every option has a literal default');
  const { routerId: _a, ...given } = loadConfig(explicit, {});
  const { routerId: _b, ...defaults } = loadConfig({}, {});
  t.same(given, defaults, 'the defaults, given explicitly, load to the same config');
});

// The docs read the range and choices the builders registered, not the schema: both must say the same.
void t.test("each option's documented range and choices are what its schema accepts", async (t) => {
  let checked = 0;
  for (const doc of OPTION_DOCS) {
    if (!isConfigOption(doc.name)) continue;
    const schema = CONFIG_SCHEMA.entries[doc.name];
    const accepts = (value: string) => v.safeParse(schema, value).success;
    const bounds = /^(\d+)\.\.(\d+)$/.exec(doc.range);
    if (bounds) {
      const [min, max] = [Number(bounds[1]), Number(bounds[2])];
      t.same([accepts(String(min)), accepts(String(max))], [true, true], `${doc.name}: ${doc.range} accepted at both ends`);
      t.same([accepts(String(min - 1)), accepts(String(max + 1)), accepts(`${min}.5`)], [false, false, false], `${doc.name}: outside ${doc.range} and fractions refused`);
      checked++;
    }
    if (doc.choices) {
      t.ok(doc.choices.every(accepts), `${doc.name}: every choice accepted`);
      t.notOk(accepts('not-a-choice'), `${doc.name}: anything else refused`);
      checked++;
    }
  }
  t.ok(checked >= 50, `${checked} options checked`);
});

void t.test("env and flag names: derived, unique, the names users have", async (t) => {
  const envs = OPTION_DOCS.map((doc) => doc.env);
  const flags = OPTION_DOCS.flatMap((doc) => [doc.flag, ...(doc.flagAlias ? [`--${doc.flagAlias}`] : [])]);
  t.equal(new Set(envs).size, envs.length, 'env names unique');
  t.equal(new Set(flags).size, flags.length, 'flags unique, aliases included');
  t.notOk(flags.includes('--config') || flags.includes('--help') || flags.includes('--version'), "no option takes serve's own flags");
  for (const doc of OPTION_DOCS) {
    t.equal(doc.env, configEnvName(doc.name));
    t.equal(doc.flag, `--${configFlagName(doc.name)}`);
  }
  t.same(
    ['maxChunkBytes', 'postgresUrl', 'idleTimeoutSeconds', 'pgliteSharedBuffersBytes'].map((name) => [optionDoc(name)?.env, optionDoc(name)?.flag]),
    [
      ['VOXRING_MAX_CHUNK_BYTES', '--max-chunk-bytes'],
      ['VOXRING_POSTGRES_URL', '--postgres-url'],
      ['VOXRING_IDLE_TIMEOUT_SECONDS', '--idle-timeout-seconds'],
      ['VOXRING_PGLITE_SHARED_BUFFERS_BYTES', '--pglite-shared-buffers-bytes'],
    ],
    'the names of README and the tests before the schema',
  );
  t.same([optionDoc('dataDir')?.flagAlias, optionDoc('postgresUrl')?.flagAlias], ['data', 'postgres'], 'the short serve flags stay');
});

void t.test('the limits group is RouterConfig.limits; secrets are the three secrets', async (t) => {
  t.same(
    OPTION_DOCS.filter((doc) => doc.group === 'limits').map((doc) => doc.name).sort(),
    Object.keys(DEFAULT_LIMITS).sort(),
  );
  t.same(OPTION_DOCS.filter((doc) => doc.secret).map((doc) => doc.name).sort(), ['adminToken', 'clusterSecret', 'notifySecret']);
});

void t.test('messages name the option, its env variable and range, and never echo a secret or a URL password', async (t) => {
  const port = configError(() => loadConfig({}, { VOXRING_PORT: '70000' }));
  t.equal(port.code, 'VOX_CONFIG_INVALID');
  t.equal(port.message, 'config port (VOXRING_PORT) must be an integer in 0..65535, got 70000');
  const two = configError(() => loadConfig({ port: 'x', ringVnodes: 0 }, {}));
  t.match(two.message, /config port \(VOXRING_PORT\).*; config ringVnodes \(VOXRING_RING_VNODES\) must be an integer in 1\.\.1024/, 'every bad option at once');
  const secret = configError(() => loadConfig({ clusterSecret: 'short-secret', adminToken: 'has white space in it' }, {}));
  t.match(secret.message, /config clusterSecret \(VOXRING_CLUSTER_SECRET\) must be at least 16 characters/);
  t.match(secret.message, /config adminToken \(VOXRING_ADMIN_TOKEN\) must be at least 16 characters without white space/);
  t.notOk(/short-secret|white space in it/.test(secret.message), 'no secret in the message');
  const url = configError(() => loadConfig({ redisUrl: 'http://user:redis-password@cache' }, {}));
  t.match(url.message, /config redisUrl \(VOXRING_REDIS_URL\) must start with redis:\/\/ or rediss:\/\//);
  t.notOk(url.message.includes('redis-password'), 'the URL password is hidden');
});

void t.test('serve --help names every option with its env variable', async (t) => {
  const help = await runCli(t, ['serve', '--help'], cleanEnv({ COLUMNS: '400' }));
  t.equal(help.code, 0);
  for (const doc of OPTION_DOCS) {
    t.match(help.stdout, `${doc.flag} <value>`, `${doc.name}: its flag`);
    t.match(help.stdout, `env ${doc.env}; default ${doc.defaultText}`, `${doc.name}: its env and default`);
  }
  for (const title of Object.values(OPTION_GROUP_TITLES)) t.match(help.stdout, `${title} options:`, `group ${title}`);
});

void t.test('every docs/deploy config file validates', async (t) => {
  const deploy = path.join(ROOT, 'docs', 'deploy');
  const files = readdirSync(deploy, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
  t.ok(files.length >= 4, `${files.length} files`);
  for (const file of files) t.ok(loadConfig(readConfigFile(path.join(deploy, file))), file);
});
