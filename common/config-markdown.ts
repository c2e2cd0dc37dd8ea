/**
 * README's option tables, generated from the config schema
 * (scripts/config-table.ts prints or rewrites them; test/config-schema.test.ts
 * fails when the README's copy differs). Two blocks between marker comments:
 * every option but the limits under "Configuration", grouped; the limits
 * and what exceeding each does under "Limits".
 */
import { OPTION_DOCS, OPTION_GROUP_TITLES, type OptionDoc } from './config-option-docs.js';

/** A generated block: its marker comments and its text. */
export interface ConfigBlock {
  start: string;
  end: string;
  text: string;
}

const UNITS: readonly (readonly [suffix: string, size: number])[] = [
  ['Bytes', 1024 ** 3],
  ['Bytes', 1024 ** 2],
  ['Bytes', 1024],
  ['Ms', 24 * 3600 * 1000],
  ['Ms', 3600 * 1000],
  ['Ms', 60 * 1000],
  ['Ms', 1000],
];
const UNIT_NAMES: Readonly<Record<number, string>> = { [1024 ** 3]: 'GiB', [1024 ** 2]: 'MiB', 1024: 'KiB', [24 * 3600 * 1000]: 'days', [3600 * 1000]: 'h', [60 * 1000]: 'min', 1000: 's' };

/** A default as the README shows it: `65536` (64 KiB), `900000` (15 min), `unset`, `<hostname>-<pid>`. */
function defaultCell(doc: OptionDoc): string {
  if (doc.defaultText === 'unset') return 'unset';
  const value = Number(doc.defaultText);
  if (doc.defaultText === '' || !Number.isInteger(value) || value === 0) return `\`${doc.defaultText}\``;
  const unit = UNITS.find(([suffix, size]) => doc.name.endsWith(suffix) && value >= size && value % size === 0);
  return unit ? `\`${value}\` (${value / unit[1]} ${UNIT_NAMES[unit[1]] ?? ''})` : `\`${value}\``;
}

/** Markdown table cells cannot hold a bare `|`; URL schemes and patterns read as code. */
function cell(text: string): string {
  return text.replace(/(\S*:\/\/|\^\S+)/g, '`$1`').replace(/(?<!\\)\|/g, '\\|');
}

function rangeCell(doc: OptionDoc): string {
  return doc.choices ? doc.choices.map((c) => `\`${c}\``).join(', ') : cell(doc.range);
}

function nameCell(doc: OptionDoc): string {
  const flags = [doc.flag, ...(doc.flagAlias ? [`--${doc.flagAlias}`] : [])].map((f) => `\`${f}\``).join(', ');
  return `\`${doc.name}\`<br>${flags}<br>\`${doc.env}\``;
}

/** Markdown as written in the schema, only bare pipes escaped; a description's closing period dropped. */
function prose(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return capital.replace(/\.$/, '').replace(/(?<![\\`])\|/g, '\\|');
}

function optionRow(doc: OptionDoc): string {
  return `| ${nameCell(doc)} | ${defaultCell(doc)} | ${rangeCell(doc)} | ${prose(doc.docs ?? doc.description)} |`;
}

function limitRow(doc: OptionDoc): string {
  return `| ${nameCell(doc)} | ${defaultCell(doc)} | ${rangeCell(doc)} | ${prose(doc.exceeded ?? '')} |`;
}

/** The options table, one sub-table per group (the limits have their own, below). */
export function optionsMarkdown(docs: readonly OptionDoc[] = OPTION_DOCS): string {
  const parts: string[] = [];
  for (const [group, title] of Object.entries(OPTION_GROUP_TITLES)) {
    if (group === 'limits') continue;
    const rows = docs.filter((doc) => doc.group === group);
    if (rows.length === 0) continue;
    parts.push(`**${title}**\n\n| option, flag, env | default | range | meaning |\n| --- | --- | --- | --- |\n${rows.map(optionRow).join('\n')}`);
  }
  return parts.join('\n\n');
}

/** The limits, then the other options that bound something (they have an `exceeded` text). */
export function limitsMarkdown(docs: readonly OptionDoc[] = OPTION_DOCS): string {
  const rows = [...docs.filter((doc) => doc.group === 'limits'), ...docs.filter((doc) => doc.group !== 'limits' && doc.exceeded !== undefined)];
  return `| limit, flag, env | default | range | when exceeded |\n| --- | --- | --- | --- |\n${rows.map(limitRow).join('\n')}`;
}

/** The README's generated blocks. */
export function configBlocks(): readonly ConfigBlock[] {
  return [
    { start: '<!-- config-table:start -->', end: '<!-- config-table:end -->', text: optionsMarkdown() },
    { start: '<!-- config-table:limits:start -->', end: '<!-- config-table:limits:end -->', text: limitsMarkdown() },
  ];
}

/** `readme` with each block's text between its markers replaced; an error names a missing marker. */
export function replaceConfigBlocks(readme: string): string {
  let out = readme;
  for (const block of configBlocks()) {
    const from = out.indexOf(block.start);
    const to = out.indexOf(block.end);
    if (from < 0 || to < from) throw new Error(`README has no ${block.start} … ${block.end} block`);
    out = `${out.slice(0, from + block.start.length)}\n${block.text}\n${out.slice(to)}`;
  }
  return out;
}
