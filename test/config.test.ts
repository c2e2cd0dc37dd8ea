/**
 * loadConfig: defaults, VOXRING_* env (passed in, never process.env), flags
 * over env, every bad value refused with VOX_CONFIG_INVALID naming the
 * option, and a frozen result.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import {
  CONFIG_OPTIONS,
  configEnvName,
  DEFAULT_LIMITS,
  loadConfig,
  type Limits,
} from '../common/config.js';
import { configError } from './helpers/config-error.js';
import { createLogger } from '../common/logger.js';


void t.test('defaults', async (t) => {
  const config = loadConfig({}, {});
  t.equal(config.host, '127.0.0.1');
  t.equal(config.port, 7400);
  t.equal(config.transport, 'auto');
  t.equal(config.logLevel, 'info');
  t.equal(config.postgresUrl, undefined);
  t.equal(config.postgresSchema, undefined);
  t.equal(config.publicUrl, undefined);
  t.equal(config.dataDir, path.resolve('.data'));
  t.equal(config.sessionTtlMs, 30 * 24 * 3600 * 1000);
  t.equal(config.commitIntervalMs, 50);
  t.equal(config.pgliteSharedBuffersBytes, 8 * 1024 * 1024);
  t.equal(config.ackIntervalMs, 50);
  t.equal(config.liveResumeGraceMs, 30_000);
  t.equal(config.sendHighWaterMarkBytes, 256 * 1024);
  t.equal(config.idleTimeoutSeconds, 120);
  t.equal(config.usageFlushMs, 10_000);
  t.match(config.routerId, new RegExp(`-${process.pid}$`));
  t.same(config.limits, DEFAULT_LIMITS);
  // The defaults are themselves valid input.
  t.same(loadConfig({ ...config.limits }, {}).limits, DEFAULT_LIMITS);
});

void t.test('env names and values', async (t) => {
  t.equal(configEnvName('maxChunkBytes'), 'VOXRING_MAX_CHUNK_BYTES');
  t.equal(configEnvName('postgresUrl'), 'VOXRING_POSTGRES_URL');
  const env = {
    VOXRING_MAX_CHUNK_BYTES: '1000',
    VOXRING_MAX_CONNECTIONS: '7',
    VOXRING_PORT: '0',
    VOXRING_HOST: '0.0.0.0',
    VOXRING_TRANSPORT: 'ws',
    VOXRING_LOG_LEVEL: 'silent',
    VOXRING_POSTGRES_URL: 'postgresql://u@h:5/db',
    VOXRING_POSTGRES_SCHEMA: 'vx',
    VOXRING_ROUTER_ID: 'r1',
    VOXRING_PUBLIC_URL: 'https://vox.example',
    VOXRING_DATA_DIR: '/tmp/vx-data',
    VOXRING_SESSION_TTL_MS: '5000',
    VOXRING_IDLE_TIMEOUT_SECONDS: '0',
  };
  const config = loadConfig({}, env);
  t.equal(config.limits.maxChunkBytes, 1000);
  t.equal(config.limits.maxConnections, 7);
  t.equal(
    config.limits.maxFrameBytes,
    DEFAULT_LIMITS.maxFrameBytes,
    'unset limits keep their default',
  );
  t.equal(config.port, 0);
  t.equal(config.host, '0.0.0.0');
  t.equal(config.transport, 'ws');
  t.equal(config.logLevel, 'silent');
  t.equal(config.postgresUrl, 'postgresql://u@h:5/db');
  t.equal(config.postgresSchema, 'vx');
  t.equal(config.routerId, 'r1');
  t.equal(config.publicUrl, 'https://vox.example');
  t.equal(config.dataDir, '/tmp/vx-data');
  t.equal(config.sessionTtlMs, 5000);
  t.equal(config.idleTimeoutSeconds, 0);
  t.equal(
    loadConfig({}, { VOXRING_MAX_CHUNK_BYTES: '' }).limits.maxChunkBytes,
    DEFAULT_LIMITS.maxChunkBytes,
    'empty env = unset',
  );
});

void t.test('every limit is read from its env variable', async (t) => {
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    // maxChunkBytes must stay 256 below maxFrameBytes, so lowering either by one keeps that true.
    const value = DEFAULT_LIMITS[key] - 1;
    const config = loadConfig({}, { [configEnvName(key)]: String(value) });
    t.equal(config.limits[key], value, key);
  }
});

void t.test('flags override env', async (t) => {
  const env = { VOXRING_MAX_CHUNK_BYTES: '1000', VOXRING_TRANSPORT: 'uws', VOXRING_PORT: '9000' };
  const config = loadConfig({ maxChunkBytes: 2000, transport: 'ws', port: '0' }, env);
  t.equal(config.limits.maxChunkBytes, 2000);
  t.equal(config.transport, 'ws');
  t.equal(config.port, 0);
  t.equal(
    loadConfig({ maxChunkBytes: undefined }, env).limits.maxChunkBytes,
    1000,
    'an undefined flag falls back to env',
  );
});

void t.test('the result is frozen', async (t) => {
  const config = loadConfig({}, {});
  t.ok(Object.isFrozen(config));
  t.ok(Object.isFrozen(config.limits));
  t.throws(() => {
    (config as { port: number }).port = 1;
  }, TypeError);
  t.throws(() => {
    (config.limits as { maxChunkBytes: number }).maxChunkBytes = 1;
  }, TypeError);
});

const BAD_NUMBERS: [string, string | number][] = [
  ['maxFrameBytes', 1023],
  ['maxFrameBytes', 16 * 1024 * 1024 + 1],
  ['maxChunkBytes', 15],
  ['maxChunkBytes', 65536],
  ['maxMessageDurationMs', 999],
  ['maxChunksPerSecond', 0],
  ['chunkBurst', 0],
  ['maxConnections', 0],
  ['maxParticipants', 1],
  ['maxTextLength', 0],
  ['maxAddressLength', 0],
  ['maxImageBytes', 1023],
  ['maxImageBytes', 64 * 1024 * 1024 + 1],
  ['maxLiveMessagesPerConnection', 1001],
  ['maxHttpBodyBytes', 1000],
  ['maxBufferedBytes', 1024],
  ['authTimeoutMs', 99],
  ['maxProtocolErrors', 0],
  ['port', 65536],
  ['port', -1],
  ['sessionTtlMs', 999],
  ['commitIntervalMs', 0],
  ['commitIntervalMs', 1001],
  ['pgliteSharedBuffersBytes', 128 * 1024 - 1],
  ['pgliteSharedBuffersBytes', 1024 ** 3 + 1],
  ['liveResumeGraceMs', -1],
  ['sendHighWaterMarkBytes', 1023],
  ['idleTimeoutSeconds', 3601],
  ['maxChunkBytes', 'abc'],
  ['maxChunkBytes', '1.5'],
  ['maxChunkBytes', 1.5],
  ['port', '80x'],
  ['port', 'NaN'],
  ['usageFlushMs', 9],
  ['usageFlushMs', 3_600_001],
];

void t.test('bad numbers are refused, naming the option and its range', async (t) => {
  for (const [option, value] of BAD_NUMBERS) {
    const viaFlag = configError(() => loadConfig({ [option]: value }, {}));
    t.equal(viaFlag.code, 'VOX_CONFIG_INVALID', `${option}=${value}`);
    t.match(
      viaFlag.message,
      `config ${option} (${configEnvName(option)})`,
      `${option}=${value}: names the option`,
    );
    t.match(
      viaFlag.message,
      /must be an integer in -?\d+\.\.\d+/,
      `${option}=${value}: states the range`,
    );
    const viaEnv = configError(() => loadConfig({}, { [configEnvName(option)]: String(value) }));
    t.equal(viaEnv.code, 'VOX_CONFIG_INVALID', `env ${option}=${value}`);
  }
});

void t.test('bad choices and strings are refused', async (t) => {
  const cases: [Record<string, string | number>, RegExp][] = [
    [{ transport: 'tcp' }, /config transport \(VOXRING_TRANSPORT\) must be one of auto, uws, ws, got tcp/],
    [{ logLevel: 'loud' }, /config logLevel \(VOXRING_LOG_LEVEL\) must be one of/],
    [{ postgresUrl: 'mysql://x' }, /config postgresUrl \(VOXRING_POSTGRES_URL\) must start with postgres:\/\/ or postgresql:\/\//],
    [{ trustProxy: 'yes' }, /config trustProxy \(VOXRING_TRUST_PROXY\) must be one of true, false/],
    [{ redisUrl: 'redis://h', peers: 'a=http://a' }, /redisUrl and peers exclude each other/],
    [{ peers: 'a=http://a' }, /clusterSecret \(at least 16 characters\) is required with redisUrl or peers/],
    [{ idleTimeoutSeconds: 5 }, /config idleTimeoutSeconds must be 0 \(off\) or in 8\.\.3600/],
    [
      { maxFrameBytes: 4096, maxChunkBytes: 4000 },
      /config maxChunkBytes must be at least 256 bytes below maxFrameBytes/,
    ],
  ];
  for (const [input, message] of cases) {
    const err = configError(() => loadConfig(input, {}));
    t.equal(err.code, 'VOX_CONFIG_INVALID', JSON.stringify(input));
    t.match(err.message, message);
  }
  t.equal(
    configError(() => loadConfig({}, { VOXRING_TRANSPORT: 'tcp' })).code,
    'VOX_CONFIG_INVALID',
    'env choice',
  );
  t.equal(
    loadConfig({ idleTimeoutSeconds: 8 }, {}).idleTimeoutSeconds,
    8,
    'the edge of the range is fine',
  );
  t.equal(
    loadConfig({ maxFrameBytes: 4256, maxChunkBytes: 4000 }, {}).limits.maxChunkBytes,
    4000,
    'exactly 256 below is fine',
  );
});

void t.test('CONFIG_OPTIONS names every option once', async (t) => {
  t.equal(new Set(CONFIG_OPTIONS).size, CONFIG_OPTIONS.length);
  for (const key of Object.keys(DEFAULT_LIMITS)) t.ok(CONFIG_OPTIONS.includes(key), key);
  for (const key of [
    'host',
    'port',
    'dataDir',
    'sessionTtlMs',
    'sendHighWaterMarkBytes',
    'idleTimeoutSeconds',
  ]) {
    t.ok(CONFIG_OPTIONS.includes(key), key);
  }
});

void t.test('adminToken must be a usable bearer token', async (t) => {
  t.throws(() => loadConfig({ adminToken: 'short' }), { code: 'VOX_CONFIG_INVALID' });
  t.throws(() => loadConfig({ adminToken: 'a long admin token with spaces' }), { code: 'VOX_CONFIG_INVALID', message: /white space/ });
  t.equal(loadConfig({ adminToken: 'admin-token-0123456789' }).adminToken, 'admin-token-0123456789');
});

void t.test('notify options: defaults, env, bounds; notifySecret required with notifyUrl and never echoed', async (t) => {
  const none = loadConfig({}, {});
  t.same(
    [none.notifyUrl, none.notifySecret, none.notifyMaxAttempts, none.notifyQueueMax, none.notifyTimeoutMs, none.notifyRetryBaseMs, none.notifyRetryMaxMs],
    [undefined, undefined, 10, 10_000, 5000, 1000, 300_000],
    'defaults: no webhook',
  );
  const env = loadConfig({}, {
    VOXRING_NOTIFY_URL: 'https://push.example/hook',
    VOXRING_NOTIFY_SECRET: 'sixteen chars at least',
    VOXRING_NOTIFY_MAX_ATTEMPTS: '3',
    VOXRING_NOTIFY_QUEUE_MAX: '50',
    VOXRING_NOTIFY_TIMEOUT_MS: '2000',
    VOXRING_NOTIFY_RETRY_BASE_MS: '100',
    VOXRING_NOTIFY_RETRY_MAX_MS: '1000',
  });
  t.same(
    [env.notifyUrl, env.notifySecret, env.notifyMaxAttempts, env.notifyQueueMax, env.notifyTimeoutMs, env.notifyRetryBaseMs, env.notifyRetryMaxMs],
    ['https://push.example/hook', 'sixteen chars at least', 3, 50, 2000, 100, 1000],
    'from VOXRING_NOTIFY_*',
  );
  const secret = 'too short';
  const missing = configError(() => loadConfig({ notifyUrl: 'http://127.0.0.1:1/hook' }));
  t.match(missing.message, /notifySecret/);
  const short = configError(() => loadConfig({ notifyUrl: 'http://127.0.0.1:1/hook', notifySecret: secret }));
  t.match(short.message, /notifySecret \(VOXRING_NOTIFY_SECRET\) must be at least 16 characters/);
  t.notOk(short.message.includes(secret), 'the secret is not in the message');
  t.throws(() => loadConfig({ notifyUrl: 'ftp://host/hook', notifySecret: 'sixteen chars at least' }), { code: 'VOX_CONFIG_INVALID', message: /notifyUrl/ });
  t.throws(() => loadConfig({ notifyMaxAttempts: 0 }), { code: 'VOX_CONFIG_INVALID', message: /notifyMaxAttempts/ });
  t.throws(() => loadConfig({ notifyQueueMax: 0 }), { code: 'VOX_CONFIG_INVALID', message: /notifyQueueMax/ });
  t.throws(() => loadConfig({ notifyTimeoutMs: 99 }), { code: 'VOX_CONFIG_INVALID', message: /notifyTimeoutMs/ });
  t.throws(() => loadConfig({ notifyRetryBaseMs: 5000, notifyRetryMaxMs: 1000 }), { code: 'VOX_CONFIG_INVALID', message: /notifyRetryMaxMs/ });
  t.ok(CONFIG_OPTIONS.includes('notifyUrl') && CONFIG_OPTIONS.includes('notifySecret') && CONFIG_OPTIONS.includes('notifyQueueMax'), 'listed for --help');

  let logged = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  createLogger('info', sink).info({ notifySecret: 'sixteen chars at least', config: { notifySecret: 'sixteen chars at least' } }, 'config');
  t.notOk(logged.includes('sixteen chars at least'), 'the logger redacts notifySecret');
  t.match(logged, /Redacted/);
});
