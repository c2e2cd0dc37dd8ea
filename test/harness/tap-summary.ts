import { createWriteStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

/**
 * Reads tap's raw TAP (`tap --reporter=tap`) on stdin and prints a short view:
 * one line per passing test file, the whole TAP block of every failing one.
 * Optionally copies the raw TAP to --raw and writes the counts to --counts as
 * shell assignments for scripts/run-tests.sh.
 *
 * The counts are tap's own final `# { total, pass, fail, ... }` line, which
 * counts assertions (leaf test points) across all files. tap adds a failing
 * point for a file that crashes, exits non-zero, times out or leaves a subtest
 * unfinished, so such a file always adds at least one failure.
 *
 * Files named with --expect (the list given to tap) that print no result of
 * their own are reported as failed files too: in a parallel run tap replaces
 * the output of a file it kills for its timeout with a bare
 * `not ok N - timeout!` point, and its `expired:` field may name another file.
 */

interface Counts {
  pass: number;
  fail: number;
  skip: number;
  todo: number;
  files: number;
  failedFiles: string[];
  summaryFound: boolean;
}

const TOP_POINT = /^(not )?ok \d+ - (.*?)(?: # .*)?$/;
const SUMMARY = /^# \{ (.*) \}$/;

function parseSummary(body: string): Map<string, number> {
  const fields = new Map<string, number>();
  for (const part of body.split(', ')) {
    const [key, value] = part.split(': ');
    if (key !== undefined && value !== undefined && /^\d+$/.test(value))
      fields.set(key, Number(value));
  }
  return fields;
}

/** tap names files relative to the project root, `tap list` sometimes absolute. */
function fileKey(name: string): string {
  return path.relative(process.cwd(), path.resolve(name));
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      raw: { type: 'string' },
      counts: { type: 'string' },
      expect: { type: 'string', multiple: true, default: [] },
    },
  });
  const raw = values.raw === undefined ? undefined : createWriteStream(values.raw);
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  const counts: Counts = {
    pass: 0,
    fail: 0,
    skip: 0,
    todo: 0,
    files: 0,
    failedFiles: [],
    summaryFound: false,
  };
  const seen = new Set<string>();
  let timeouts = 0;

  // A top-level block runs from `# Subtest: <file>` to that file's test point and
  // its optional YAML diagnostics (`  ---` … `  ...`); it is held until its result is known.
  let block: string[] | undefined;
  let failedPoint: string[] | undefined;
  let inDiag = false;

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    raw?.write(`${line}\n`);
    if (inDiag) {
      failedPoint?.push(line);
      if (line === '  ...') {
        inDiag = false;
        failedPoint?.forEach(out);
        failedPoint = undefined;
      }
      continue;
    }
    if (line.startsWith('# Subtest: ')) {
      block?.forEach(out);
      block = [line];
      continue;
    }
    const point = TOP_POINT.exec(line);
    if (point !== null) {
      const failed = point[1] !== undefined;
      const name = point[2] ?? line;
      if (failed && name === 'timeout!') {
        timeouts += 1;
      } else {
        seen.add(fileKey(name));
        if (failed) counts.failedFiles.push(name);
      }
      if (failed) {
        failedPoint = [...(block ?? []), line];
      } else {
        out(line);
        failedPoint = undefined;
      }
      block = undefined;
      continue;
    }
    if (line === '  ---' && block === undefined && failedPoint !== undefined) {
      inDiag = true;
      failedPoint.push(line);
      continue;
    }
    if (failedPoint !== undefined) {
      // A failing point without diagnostics.
      failedPoint.forEach(out);
      failedPoint = undefined;
    }
    if (block !== undefined) {
      block.push(line);
      continue;
    }
    const summary = SUMMARY.exec(line);
    if (summary !== null) {
      const fields = parseSummary(summary[1] ?? '');
      counts.pass = fields.get('pass') ?? 0;
      counts.fail = fields.get('fail') ?? 0;
      counts.skip = fields.get('skip') ?? 0;
      counts.todo = fields.get('todo') ?? 0;
      counts.summaryFound = true;
    }
    out(line);
  }
  // Input ended inside a file's block (tap killed or crashed): show all of it.
  block?.forEach(out);
  failedPoint?.forEach(out);
  if (raw !== undefined) await new Promise<void>((resolve) => raw.end(resolve));

  const why = timeouts > 0 ? 'no result: killed by the tap timeout?' : 'no result';
  for (const file of values.expect) {
    if (!seen.has(fileKey(file))) counts.failedFiles.push(`${file} (${why})`);
  }
  counts.files = values.expect.length > 0 ? values.expect.length : seen.size + timeouts;

  if (values.counts !== undefined) {
    writeFileSync(
      values.counts,
      [
        `tap_pass=${counts.pass}`,
        `tap_fail=${counts.fail}`,
        `tap_skip=${counts.skip}`,
        `tap_todo=${counts.todo}`,
        `tap_files=${counts.files}`,
        `tap_failed_files=(${counts.failedFiles.map(shellQuote).join(' ')})`,
        `tap_summary_found=${counts.summaryFound ? 1 : 0}`,
        '',
      ].join('\n'),
    );
  }
}

await main();
