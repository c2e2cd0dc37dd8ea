/** Prints the README's error table rows from common/errors.ts (run: npx tsx scripts/error-table.ts). */
import { ERROR_SPECS } from '../common/errors.js';

for (const [code, spec] of Object.entries(ERROR_SPECS)) {
  console.log(`| \`${code}\` | ${spec.status} | ${spec.retryable ? 'yes' : 'no'} | ${spec.message} |`);
}
