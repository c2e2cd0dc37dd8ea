/**
 * What the schema says about each option, in words: env variable, flag,
 * default, range, description. Read from zod's JSON Schema of the config
 * (its public description of types, defaults, bounds and enums) and the
 * options' metadata; the README tables, `serve --help` and the messages of
 * VOX_CONFIG_INVALID all use these words.
 */
import { z } from 'zod';
import { CONFIG_META, CONFIG_OPTIONS, CONFIG_SCHEMA, configEnvName, configFlagName, isConfigOption, type ConfigOption, type OptionGroup, type OptionMeta } from './config-schema.js';

/** One option as documented. */
export interface OptionDoc extends OptionMeta {
  name: ConfigOption;
  env: string;
  /** The `serve` flag, dashes included (`--max-chunk-bytes`). */
  flag: string;
  /** The default in words: a value, `unset`, or how it is derived. */
  defaultText: string;
  /** Accepted values in short (`0..65535`, `auto, uws, ws`), or empty for any text. */
  range: string;
  /** The accepted values of a choice (`transport`, `logLevel`). */
  choices?: readonly string[];
  /** Completes "config port (VOXRING_PORT) must …" (`be an integer in 0..65535`). */
  expectation: string;
}

/** Group headings of `--help` and the README tables, in their order. */
export const OPTION_GROUP_TITLES: Readonly<Record<OptionGroup, string>> = Object.freeze({
  server: 'Server',
  storage: 'Storage',
  messages: 'Messages and their side streams',
  ring: 'Ring',
  notify: 'Notifications',
  limits: 'Limits',
});

interface JsonProperty {
  type?: string;
  default?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
}

function documentOption(name: ConfigOption, property: JsonProperty): OptionDoc {
  const meta = CONFIG_META.get(CONFIG_SCHEMA.shape[name]);
  if (!meta) throw new Error(`config option ${name} has no metadata`);
  const range = rangeOf(property, meta);
  return {
    ...meta,
    name,
    env: configEnvName(name),
    flag: `--${configFlagName(name)}`,
    defaultText: meta.defaultText ?? (property.default === undefined ? 'unset' : String(property.default)),
    ...range,
  };
}

function rangeOf(property: JsonProperty, meta: OptionMeta): Pick<OptionDoc, 'range' | 'expectation' | 'choices'> {
  if (property.type === 'integer' && property.minimum !== undefined && property.maximum !== undefined) {
    const range = `${property.minimum}..${property.maximum}`;
    return { range, expectation: `be an integer in ${range}` };
  }
  if (property.enum) {
    const range = property.enum.map(String).join(', ');
    return { range, expectation: `be one of ${range}`, choices: property.enum.map(String) };
  }
  if (meta.accepts) return { range: meta.accepts.replace(/^be /, ''), expectation: meta.accepts };
  return { range: '', expectation: 'be text' };
}

function documentAll(): readonly OptionDoc[] {
  const json = z.toJSONSchema(CONFIG_SCHEMA, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonProperty> };
  return CONFIG_OPTIONS.filter(isConfigOption).map((name) => Object.freeze(documentOption(name, json.properties?.[name] ?? {})));
}

/** Every option's words, in declaration order. */
export const OPTION_DOCS: readonly OptionDoc[] = Object.freeze(documentAll());

const BY_NAME: ReadonlyMap<string, OptionDoc> = new Map(OPTION_DOCS.map((doc) => [doc.name, doc]));

/** One option's words; undefined for a name that is no option. */
export function optionDoc(name: string): OptionDoc | undefined {
  return BY_NAME.get(name);
}
