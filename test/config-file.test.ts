/**
 * The config file (issue 19): YAML keyed by option names, the lowest layer
 * under env and flags; unknown keys refused with the closest option; secrets
 * hidden when printed; the deployment examples in docs/deploy/ are valid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import t from 'tap';
import { loadConfig } from '../common/config.js';
import { layerConfig, parseConfigText, printableConfig, readConfigFile } from '../common/config-file.js';

const root = new URL('../', import.meta.url);

void t.test('a mapping of option names to scalars', async (t) => {
  t.same(parseConfigText('port: 7401\nhost: 0.0.0.0\ntrustProxy: true\nredisUrl: ~\n', 'a.yaml'), { port: 7401, host: '0.0.0.0', trustProxy: 'true' });
  t.same(parseConfigText('', 'empty.yaml'), {}, 'an empty file sets nothing');
  t.throws(() => parseConfigText('prot: 1\n', 'a.yaml'), { code: 'VOX_CONFIG_INVALID', message: /a\.yaml: unknown option prot \(did you mean port\?\)/ });
  t.throws(() => parseConfigText('redis-url: redis://x\n', 'a.yaml'), { message: /unknown option redis-url \(did you mean redisUrl\?\)/ }, 'kebab-case names the option');
  t.throws(() => parseConfigText('- port\n', 'a.yaml'), { message: /must be a mapping/ });
  t.throws(() => parseConfigText('port: [1, 2]\n', 'a.yaml'), { message: /port must be a string, number or boolean/ });
  t.throws(() => parseConfigText('port: : :\n  x', 'a.yaml'), { code: 'VOX_CONFIG_INVALID', message: /not YAML/ });
  t.throws(() => readConfigFile('/nonexistent/voxring.yaml'), { code: 'VOX_CONFIG_INVALID', message: /\/nonexistent\/voxring\.yaml/ });
  t.throws(() => loadConfig(parseConfigText('port: 99999\n', 'a.yaml')), { message: /port \(VOXRING_PORT\) must be an integer in 0\.\.65535/ }, 'values are checked as flags are');
});

void t.test('file < env < flags', async (t) => {
  const file = parseConfigText('port: 7401\nlogLevel: warn\n', 'a.yaml');
  t.equal(loadConfig(layerConfig(file, {}, {}), {}).port, 7401, 'the file alone');
  const env = { VOXRING_PORT: '7402' };
  t.equal(loadConfig(layerConfig(file, {}, env), env).port, 7402, 'env overrides the file');
  t.equal(loadConfig(layerConfig(file, { port: '7403' }, env), env).port, 7403, 'a flag overrides both');
  t.equal(loadConfig(layerConfig(file, { port: '7403' }, env), env).logLevel, 'warn', 'what nothing overrides stays');
});

void t.test('printed config: secrets and URL passwords hidden', async (t) => {
  const config = loadConfig({
    clusterSecret: 'cluster-secret-0123456789',
    adminToken: 'admin-token-0123456789',
    postgresUrl: 'postgres://u:pg-password@db/voxring',
    redisUrl: 'redis://:redis-password@cache:6379',
  });
  const text = JSON.stringify(printableConfig(config));
  for (const secret of ['cluster-secret-0123456789', 'admin-token-0123456789', 'pg-password', 'redis-password']) {
    t.notOk(text.includes(secret), `no ${secret}`);
  }
  t.match(printableConfig(config), { clusterSecret: '(set)', adminToken: '(set)', notifySecret: undefined, postgresUrl: 'postgres://u:***@db/voxring' });
});

void t.test('docs/deploy: every config file is valid, the ring files make one ring, the unit runs serve --config', async (t) => {
  const single = loadConfig(readConfigFile(new URL('docs/deploy/single.yaml', root).pathname));
  t.equal(single.postgresUrl, undefined, 'single: the embedded defaults');
  const ringDir = new URL('docs/deploy/ring/', root);
  const ring = readdirSync(ringDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => loadConfig(readConfigFile(new URL(f, ringDir).pathname)));
  t.equal(ring.length, 3);
  t.same(new Set(ring.map((c) => c.routerId)).size, 3, 'three router ids');
  t.equal(new Set(ring.map((c) => c.clusterSecret)).size, 1, 'one cluster secret');
  t.ok(ring.every((c) => c.postgresUrl && c.redisUrl && c.couchdbUrl), 'Postgres, Redis and CouchDB on each');
  const unit = readFileSync(new URL('docs/deploy/voxring.service', root), 'utf8');
  const execStart = /^ExecStart=(.*)$/m.exec(unit)?.[1] ?? '';
  t.match(execStart, /dist\/cli\/voxring\.js serve --config \/etc\/voxring\/voxring\.yaml$/);
  const makeFlags = /^ROUTER_NODE_FLAGS := (.*)$/m.exec(readFileSync(new URL('Makefile', root), 'utf8'))?.[1] ?? 'missing';
  t.ok(execStart.includes(makeFlags), `the node flags of make run (${makeFlags})`);
});
