/**
 * The builders of config-schema.ts: each makes the zod schema of one kind of
 * option (integer in a range, choice, boolean, text, URL, secret) and registers its metadata,
 * so an option is declared in one line with its default, range and words.
 */
import { z } from 'zod';

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

/** Metadata of every option schema, keyed by the schema itself (zod's registry). */
export const CONFIG_META = z.registry<OptionMeta>();

/** An integer in min..max (inclusive), coerced from its string form. */
export function int(min: number, max: number, fallback: number, meta: OptionMeta) {
  return z.coerce.number().int().min(min).max(max).default(fallback).register(CONFIG_META, meta);
}

/** One of `values`. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], meta: OptionMeta) {
  return z.enum(values).default(fallback).register(CONFIG_META, meta);
}

/** `true` or `false` (a YAML boolean arrives as its text), as a boolean. */
export function bool(fallback: boolean, meta: OptionMeta) {
  return z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true')
    .register(CONFIG_META, meta);
}

export interface TextRule {
  pattern: RegExp;
  /** The pattern in words, completing "must …". */
  accepts: string;
}

/** Text with a default (a function for one derived at start). */
export function text(fallback: string | (() => string), meta: OptionMeta, rule?: TextRule) {
  const base = rule ? z.string().regex(rule.pattern) : z.string();
  const withDefault = typeof fallback === 'string' ? base.default(fallback) : base.default(fallback);
  return withDefault.register(CONFIG_META, rule ? { ...meta, accepts: rule.accepts } : meta);
}

/** Text with no default: unset stays undefined. */
export function optionalText(meta: OptionMeta) {
  return z.string().optional().register(CONFIG_META, meta);
}

/** A URL of one of `schemes`; `host`: something must follow `scheme://`. */
export function url(schemes: readonly string[], host: boolean, meta: OptionMeta) {
  const pattern = new RegExp(`^(${schemes.join('|')})://${host ? '[^/]' : ''}`);
  const accepts = `start with ${schemes.map((s) => `${s}://`).join(' or ')}`;
  return z.string().regex(pattern).optional().register(CONFIG_META, { ...meta, accepts });
}

/** A secret of at least `minLength` characters; `bearer`: no white space either (it travels in an HTTP header). */
export function secret(minLength: number, bearer: boolean, meta: OptionMeta) {
  const long = z.string().min(minLength);
  const base = bearer ? long.regex(/^\S*$/) : long;
  const accepts = `be at least ${minLength} characters${bearer ? ' without white space' : ''}`;
  return base.optional().register(CONFIG_META, { ...meta, secret: true, accepts });
}
