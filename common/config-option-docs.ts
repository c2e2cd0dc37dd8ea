/**
 * What the schema says about each option, in words: env variable, flag,
 * default, range, description. Read from the facts each option's builder
 * registered in CONFIG_META (config-option-builders.ts: default, bounds,
 * choices, pattern in words, metadata); the README tables, `serve --help`
 * and the messages of VOX_CONFIG_INVALID all use these words.
 */
import { CONFIG_META, CONFIG_OPTIONS, CONFIG_SCHEMA, configEnvName, configFlagName, isConfigOption, type ConfigOption, type OptionGroup, type OptionMeta, type OptionValues } from './config-schema.js';

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

function documentOption(name: ConfigOption): OptionDoc {
  const registered = CONFIG_META.get(CONFIG_SCHEMA.entries[name]);
  if (!registered) throw new Error(`config option ${name} has no metadata`);
  const { meta, values, fallback } = registered;
  return {
    ...meta,
    name,
    env: configEnvName(name),
    flag: `--${configFlagName(name)}`,
    defaultText: meta.defaultText ?? (fallback === undefined ? 'unset' : String(fallback)),
    ...rangeOf(values, meta),
  };
}

function rangeOf(values: OptionValues, meta: OptionMeta): Pick<OptionDoc, 'range' | 'expectation' | 'choices'> {
  if (values.kind === 'integer') {
    const range = `${values.min}..${values.max}`;
    return { range, expectation: `be an integer in ${range}` };
  }
  if (values.kind === 'choice') {
    const range = values.choices.join(', ');
    return { range, expectation: `be one of ${range}`, choices: values.choices };
  }
  if (meta.accepts) return { range: meta.accepts.replace(/^be /, ''), expectation: meta.accepts };
  return { range: '', expectation: 'be text' };
}

/** Every option's words, in declaration order. */
export const OPTION_DOCS: readonly OptionDoc[] = Object.freeze(CONFIG_OPTIONS.filter(isConfigOption).map((name) => Object.freeze(documentOption(name))));

const BY_NAME: ReadonlyMap<string, OptionDoc> = new Map(OPTION_DOCS.map((doc) => [doc.name, doc]));

/** One option's words; undefined for a name that is no option. */
export function optionDoc(name: string): OptionDoc | undefined {
  return BY_NAME.get(name);
}
