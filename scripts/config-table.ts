/**
 * Prints README's option tables from the config schema (common/config-markdown.ts);
 * with --write README.md, rewrites the blocks between their marker comments in place
 * (`make docs`). Run: npx tsx scripts/config-table.ts [--write README.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { configBlocks, replaceConfigBlocks } from '../common/config-markdown.js';

const args = process.argv.slice(2);
if (args[0] === '--write' && args[1]) {
  const file = args[1];
  const before = readFileSync(file, 'utf8');
  const after = replaceConfigBlocks(before);
  if (after !== before) writeFileSync(file, after);
  console.log(`${file}: config tables ${after === before ? 'already up to date' : 'rewritten'}`);
} else if (args.length === 0) {
  for (const block of configBlocks()) console.log(`${block.start}\n${block.text}\n${block.end}\n`);
} else {
  console.error('usage: tsx scripts/config-table.ts [--write README.md]');
  process.exitCode = 2;
}
