/**
 * The one place that reads configuration: CLI flags, then VOXRING_* env
 * variables, then defaults, parsed through the schema (config-schema.ts).
 * The result is validated and frozen; a bad value fails at start with a
 * message naming the option, its env variable and its accepted range.
 */
import path from 'node:path';
import * as v from 'valibot';
import { CONFIG_OPTIONS, CONFIG_SCHEMA, configEnvName, LIMITS_SCHEMA, type LimitName } from './config-schema.js';
import { optionDoc } from './config-option-docs.js';
import { VoxError } from './errors.js';
import { redactUrlPasswords } from './redact-url.js';

type FlatConfig = v.InferOutput<typeof CONFIG_SCHEMA>;

/** Named limits; every one is documented in the README and tested. */
export type Limits = v.InferOutput<typeof LIMITS_SCHEMA>;

/** The router's config: every option of the schema, the limits nested. */
export type RouterConfig = Omit<FlatConfig, LimitName> & { limits: Limits };

export type TransportChoice = RouterConfig['transport'];
export type LogLevel = RouterConfig['logLevel'];

/** Every limit's default, from the schema. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze(v.parse(LIMITS_SCHEMA, {}));

const LIMIT_NAMES: ReadonlySet<string> = new Set(Object.keys(LIMITS_SCHEMA.entries));

/** Raw option values by camelCase name, e.g. from CLI flags. */
export type ConfigInput = Partial<Record<string, string | number | undefined>>;

/** Each option's value as given, a flag before its env variable; empty counts as unset. */
function rawOptions(input: ConfigInput, env: NodeJS.ProcessEnv): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const option of CONFIG_OPTIONS) {
    const value = input[option] ?? env[configEnvName(option)];
    if (value !== undefined && value !== '') raw[option] = String(value);
  }
  return raw;
}

/** One line per option the schema refused; secrets are never echoed, URL passwords hidden. */
function invalidMessage(issues: readonly v.BaseIssue<unknown>[], raw: Record<string, string>): string {
  const lines = new Set<string>();
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    const option = typeof key === 'string' ? key : '';
    const doc = optionDoc(option);
    if (!doc) {
      lines.add(`config ${issue.message}`);
      continue;
    }
    const value = raw[option];
    const got = doc.secret || value === undefined ? '' : `, got ${redactUrlPasswords(value)}`;
    lines.add(`config ${option} (${doc.env}) must ${doc.expectation}${got}`);
  }
  return [...lines].join('; ');
}

function nestLimits(flat: FlatConfig): RouterConfig {
  const rest: Record<string, unknown> = {};
  const limits: Record<string, unknown> = {};
  // Every option gets its key, unset ones too (as undefined), so the shape never depends on the input.
  const values = flat as Record<string, unknown>;
  for (const key of CONFIG_OPTIONS) (LIMIT_NAMES.has(key) ? limits : rest)[key] = values[key];
  return { ...(rest as Omit<FlatConfig, LimitName>), limits: Object.freeze(limits as Limits) };
}

/** Builds the frozen router config. `env` is passed in so tests never touch process.env. */
export function loadConfig(input: ConfigInput = {}, env: NodeJS.ProcessEnv = {}): Readonly<RouterConfig> {
  const raw = rawOptions(input, env);
  const parsed = v.safeParse(CONFIG_SCHEMA, raw);
  if (!parsed.success) throw new VoxError('VOX_CONFIG_INVALID', invalidMessage(parsed.issues, raw));
  const config = nestLimits(parsed.output);
  config.dataDir = path.resolve(config.dataDir);
  checkRingConfig(config);
  checkNotifyConfig(config);
  if (config.idleTimeoutSeconds > 0 && config.idleTimeoutSeconds < 8) {
    // uWebSockets.js aborts the process for idle timeouts of 1-7 s.
    throw new VoxError('VOX_CONFIG_INVALID', 'config idleTimeoutSeconds must be 0 (off) or in 8..3600');
  }
  if (config.limits.maxChunkBytes + 256 > config.limits.maxFrameBytes) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config maxChunkBytes must be at least 256 bytes below maxFrameBytes');
  }
  return Object.freeze(config);
}

/** Whether this router is one of a ring (Redis membership or a static peer list). */
export function isClustered(config: Readonly<RouterConfig>): boolean {
  return config.redisUrl !== undefined || config.peers !== undefined;
}

function checkRingConfig(config: RouterConfig): void {
  if (config.redisUrl !== undefined && config.peers !== undefined) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config redisUrl and peers exclude each other: Redis membership or a static list');
  }
  if (isClustered(config) && config.clusterSecret === undefined) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config clusterSecret (at least 16 characters) is required with redisUrl or peers');
  }
}

/** The messages name the options, never the secret's value. */
function checkNotifyConfig(config: RouterConfig): void {
  if (config.notifyUrl !== undefined && config.notifySecret === undefined) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config notifySecret (at least 16 characters) is required with notifyUrl');
  }
  if (config.notifyRetryMaxMs < config.notifyRetryBaseMs) {
    throw new VoxError('VOX_CONFIG_INVALID', 'config notifyRetryMaxMs must be at least notifyRetryBaseMs');
  }
}

export { CONFIG_OPTIONS, configEnvName } from './config-schema.js';
