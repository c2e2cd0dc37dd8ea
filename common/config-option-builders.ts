/**
 * The builders of config-schema.ts: each makes the valibot schema of one kind
 * of option (integer in a range, choice, boolean, text, URL, secret) and
 * registers what it knows of it (metadata, default, range, choices, pattern
 * in words), so an option is declared in one line with its default, range
 * and words, and the docs read those facts from where they were declared.
 */
import * as v from 'valibot';

/** Units for defaults and ranges, so they read as durations and sizes. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

export type OptionGroup = 'server' | 'storage' | 'messages' | 'ring' | 'notify' | 'limits';

/** What the schema says about an option beyond its type (README tables, --help, messages). */
export interface OptionMeta {
  group: OptionGroup;
  /** One line, plain text: `--help`, and the README when `docs` is absent. */
  description: string;
  /** The README's wording (markdown) where it says more than the description. */
  docs?: string;
  /** A limit's consequence, the README *Limits* table's "when exceeded" (markdown). */
  exceeded?: string;
  /** Never printed or logged (`config print` shows "(set)"). */
  secret?: boolean;
  /** The default as documented, where it is derived at start (from the host name, say). */
  defaultText?: string;
  /** What a text value must look like, for messages and docs ("start with redis:// or rediss://"). */
  accepts?: string;
  /** A shorter `serve` flag also accepted (`--data` for `--data-dir`). */
  flagAlias?: string;
}

/** The values an option takes, as its builder declared them. */
export type OptionValues =
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'text' };

/** One option schema's entry in CONFIG_META. */
export interface RegisteredOption {
  meta: OptionMeta;
  values: OptionValues;
  /** The default in its input form; undefined when unset or derived at start (then `meta.defaultText` says how). */
  fallback?: string | number;
}

const registry = new Map<object, RegisteredOption>();

/** What each option's builder knew, keyed by the option's schema (filled as the schema modules load). */
export const CONFIG_META: ReadonlyMap<object, RegisteredOption> = registry;

function register<S extends object>(schema: S, entry: RegisteredOption): S {
  registry.set(schema, Object.freeze(entry));
  return schema;
}

/** An integer in min..max (inclusive), coerced from its string form. */
export function int(min: number, max: number, fallback: number, meta: OptionMeta) {
  const integer = v.pipe(v.union([v.string(), v.number()]), v.transform(Number), v.number(), v.integer(), v.minValue(min), v.maxValue(max));
  return register(v.optional(integer, fallback), { meta, values: { kind: 'integer', min, max }, fallback });
}

/** One of `values`. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], meta: OptionMeta) {
  return register(v.optional(v.picklist(values), fallback), { meta, values: { kind: 'choice', choices: values }, fallback });
}

const BOOLEAN_TEXTS = ['true', 'false'] as const;

/** `true` or `false` (a YAML boolean arrives as its text), as a boolean. */
export function bool(fallback: boolean, meta: OptionMeta) {
  const text = fallback ? 'true' : 'false';
  const schema = v.pipe(
    v.picklist(BOOLEAN_TEXTS),
    v.transform((value) => value === 'true'),
  );
  return register(v.optional(schema, text), { meta, values: { kind: 'choice', choices: BOOLEAN_TEXTS }, fallback: text });
}

export interface TextRule {
  pattern: RegExp;
  /** The pattern in words, completing "must …". */
  accepts: string;
}

/** Text with a default (a function for one derived at start). */
export function text(fallback: string | (() => string), meta: OptionMeta, rule?: TextRule) {
  const base = rule ? v.pipe(v.string(), v.regex(rule.pattern)) : v.string();
  return register(v.optional(base, fallback), {
    meta: rule ? { ...meta, accepts: rule.accepts } : meta,
    values: { kind: 'text' },
    ...(typeof fallback === 'string' ? { fallback } : {}),
  });
}

/** Text with no default: unset stays undefined. */
export function optionalText(meta: OptionMeta) {
  return register(v.optional(v.string()), { meta, values: { kind: 'text' } });
}

/** A URL of one of `schemes`; `host`: something must follow `scheme://`. */
export function url(schemes: readonly string[], host: boolean, meta: OptionMeta) {
  const pattern = new RegExp(`^(${schemes.join('|')})://${host ? '[^/]' : ''}`);
  const accepts = `start with ${schemes.map((s) => `${s}://`).join(' or ')}`;
  return register(v.optional(v.pipe(v.string(), v.regex(pattern))), { meta: { ...meta, accepts }, values: { kind: 'text' } });
}

/** A secret of at least `minLength` characters; `bearer`: no white space either (it travels in an HTTP header). */
export function secret(minLength: number, bearer: boolean, meta: OptionMeta) {
  const long = v.pipe(v.string(), v.minLength(minLength));
  const base = bearer ? v.pipe(long, v.regex(/^\S*$/)) : long;
  const accepts = `be at least ${minLength} characters${bearer ? ' without white space' : ''}`;
  return register(v.optional(base), { meta: { ...meta, secret: true, accepts }, values: { kind: 'text' } });
}
