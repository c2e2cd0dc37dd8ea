/**
 * `voxring serve`'s config flags, one per option of the config schema: its
 * kebab-case flag (a short alias where it has one) and, in `--help`, its
 * description, env variable, default and range, grouped as in the README.
 */
import { Option, type Command } from 'commander';
import type { ConfigInput } from '../common/config.js';
import { OPTION_DOCS, OPTION_GROUP_TITLES, type OptionDoc } from '../common/config-option-docs.js';
import type { Flags } from './cli-support.js';

/** The help line of one option: "Port to listen on. [env VOXRING_PORT; default 7400; 0..65535]". */
export function optionHelp(doc: OptionDoc): string {
  const facts = [`env ${doc.env}`, `default ${doc.defaultText}`];
  if (doc.range) facts.push(doc.range);
  if (doc.secret) facts.push('a secret, never printed');
  return `${doc.description} [${facts.join('; ')}]`;
}

/** Adds a flag per config option to `command`, each under its group's heading in --help. */
export function addConfigOptions(command: Command): Command {
  for (const doc of OPTION_DOCS) {
    const heading = `${OPTION_GROUP_TITLES[doc.group]} options:`;
    command.addOption(new Option(`${doc.flag} <value>`, optionHelp(doc)).helpGroup(heading));
    if (doc.flagAlias) command.addOption(new Option(`--${doc.flagAlias} <value>`, `the same as ${doc.flag}`).helpGroup(heading));
  }
  return command;
}

/** The config options the flags set (a short alias wins over the long flag, as both name one option). */
export function configInputOf(flags: Flags): ConfigInput {
  const input: ConfigInput = {};
  for (const doc of OPTION_DOCS) {
    const value = (doc.flagAlias ? flags[doc.flagAlias] : undefined) ?? flags[doc.flag.slice(2)];
    if (typeof value === 'string') input[doc.name] = value;
  }
  return input;
}
