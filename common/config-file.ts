/**
 * A config file: YAML whose keys are the option names of README
 * "Configuration" (`port: 7401`, `redisUrl: redis://…`). It is the lowest
 * layer: an option's VOXRING_* env variable overrides the file, a flag
 * overrides both. Values are checked by loadConfig like flags and env;
 * here only the file's shape and its keys, against the schema's options (an
 * unknown key is refused with the closest option's name, as a typo would
 * otherwise be ignored).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ConfigInput, RouterConfig } from './config.js';
import { optionDoc } from './config-option-docs.js';
import { CONFIG_OPTIONS, configEnvName, isConfigOption } from './config-schema.js';
import { VoxError } from './errors.js';
import { redactUrlPasswords } from './redact-url.js';

/** The options a YAML file sets; VOX_CONFIG_INVALID naming the file for anything but a mapping of known options to scalars. */
export function readConfigFile(file: string): ConfigInput {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new VoxError('VOX_CONFIG_INVALID', `config file ${file}: ${(err as Error).message}`);
  }
  return parseConfigText(text, file);
}

export function parseConfigText(text: string, file: string): ConfigInput {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new VoxError('VOX_CONFIG_INVALID', `config file ${file}: not YAML: ${(err as Error).message.split('\n')[0] ?? ''}`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new VoxError('VOX_CONFIG_INVALID', `config file ${file}: must be a mapping of option names to values`);
  const input: ConfigInput = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!isConfigOption(key)) {
      const near = closestOption(key);
      throw new VoxError('VOX_CONFIG_INVALID', `config file ${file}: unknown option ${key}${near ? ` (did you mean ${near}?)` : ''}`);
    }
    if (value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') input[key] = value;
    else if (typeof value === 'boolean') input[key] = String(value);
    else throw new VoxError('VOX_CONFIG_INVALID', `config file ${file}: ${key} must be a string, number or boolean`);
  }
  return input;
}

/** The input loadConfig reads: the file's values, less those an env variable sets (env wins), under the flags (flags win). */
export function layerConfig(file: ConfigInput, flags: ConfigInput, env: NodeJS.ProcessEnv): ConfigInput {
  const input: ConfigInput = {};
  for (const [key, value] of Object.entries(file)) {
    if (env[configEnvName(key)] === undefined) input[key] = value;
  }
  return { ...input, ...flags };
}

/** The effective config as `config print` shows it: secrets (the schema's `secret` options) as "(set)", passwords in URLs hidden. */
export function printableConfig(config: Readonly<RouterConfig>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (optionDoc(key)?.secret === true) out[key] = value === undefined ? undefined : '(set)';
    else if (typeof value === 'string') out[key] = redactUrlPasswords(value);
    else out[key] = value;
  }
  return out;
}

/** The option nearest to a mistyped key (edit distance at most 3, or a case-blind match). */
function closestOption(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const option of CONFIG_OPTIONS) {
    if (option.toLowerCase() === key.toLowerCase().replaceAll(/[-_]/g, '')) return option;
    const distance = editDistance(key, option);
    if (distance < bestDistance) [best, bestDistance] = [option, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
