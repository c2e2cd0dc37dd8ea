/**
 * The short form of `make fuzz`: a few thousand seeded inputs through every
 * decoder, with no crash and no hang; and proof that the fuzzer finds
 * planted crashes and hangs, counts every input, and replays what it saved.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t, { type Test } from 'tap';
import { generateInput } from '../../fuzz/fuzz-input.js';
import { replayFile } from '../../fuzz/fuzz-replay.js';
import { loadTargets, runFuzz, type FuzzRunOptions } from '../../fuzz/fuzz-run.js';

const TARGETS = new URL('../../fuzz/targets/index.ts', import.meta.url).href;
const PLANTED = new URL('./planted-targets.ts', import.meta.url).href;
const SEED = 20261205;
const INPUTS = 1500;

function options(outDir: string, overrides: Partial<FuzzRunOptions>): FuzzRunOptions {
  return {
    seed: SEED,
    inputs: INPUTS,
    targets: [],
    workers: 2,
    // Generous: the test box may be loaded; a real hang is caught either way.
    hangMs: 5000,
    maxSeconds: 90,
    jobInputs: 500,
    outDir,
    maxFindingFiles: 5,
    targetsModule: TARGETS,
    progressSeconds: 0,
    log: () => {},
    ...overrides,
  };
}

function tempDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'voxring-fuzz-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

void t.test('every decoder takes its seeded inputs with no crash and no hang', async (t) => {
  const dir = tempDir(t);
  const report = await runFuzz(options(dir, {}));
  const names = (await loadTargets(TARGETS)).map((target) => target.name);
  t.same(report.targets.map((r) => r.name), names, 'every target ran');
  for (const r of report.targets) {
    t.equal(r.inputs, INPUTS, `${r.name} ran all ${INPUTS} inputs`);
    t.ok(r.accepted > 0 && r.rejected > 0, `${r.name} accepted ${r.accepted} and rejected ${r.rejected}: mutations reach both paths`);
  }
  t.same(report.findings.map((f) => `${f.kind} in ${f.target} #${f.index}: ${f.error.split('\n')[0]}`), [], 'no findings');
  t.equal(report.crashes, 0, 'no crashes');
  t.equal(report.hangs, 0, 'no hangs');
  t.ok(report.complete, 'complete');
  t.equal(report.inputs, INPUTS * names.length);
});

void t.test('an input is a pure function of seed, target and index', async (t) => {
  const targets = await loadTargets(TARGETS);
  for (const target of targets) {
    const seeds = target.seeds();
    const a = Array.from({ length: 50 }, (_, i) => generateInput(target, seeds, SEED, 1000 + i));
    const b = Array.from({ length: 50 }, (_, i) => generateInput(target, seeds, SEED, 1000 + i));
    const other = Array.from({ length: 50 }, (_, i) => generateInput(target, seeds, SEED + 1, 1000 + i));
    t.same(a.map((x) => Buffer.from(x).toString('hex')), b.map((x) => Buffer.from(x).toString('hex')), `${target.name}: same seed, same inputs`);
    t.notSame(a.map((x) => Buffer.from(x).toString('hex')), other.map((x) => Buffer.from(x).toString('hex')), `${target.name}: another seed, other inputs`);
    t.same(Buffer.from(generateInput(target, seeds, SEED, 0)), Buffer.from(seeds[0]!), `${target.name}: input 0 is the first seed`);
  }
});

void t.test('planted crashes and hangs are found, counted, saved and replayed', async (t) => {
  const dir = tempDir(t);
  const report = await runFuzz(options(dir, { inputs: 300, hangMs: 300, jobInputs: 100, targetsModule: PLANTED }));
  const crash = report.targets.find((r) => r.name === 'planted-crash')!;
  const hang = report.targets.find((r) => r.name === 'planted-hang')!;
  t.equal(crash.inputs, 300, 'every crash-target input counted');
  t.equal(hang.inputs, 300, 'every hang-target input counted, the ones after the hang too');
  t.ok(crash.crashes > 0, `${crash.crashes} crashes found`);
  t.equal(crash.crashes + crash.accepted + crash.rejected, 300);
  t.ok(hang.hangs >= 1, `${hang.hangs} hang(s) found`);
  const first = report.findings.find((f) => f.kind === 'hang' && f.index === 0);
  t.ok(first?.file, 'the hanging input 0 was saved');
  t.ok(report.findings.some((f) => f.kind === 'crash' && f.index === 0 && f.error.includes('TypeError: planted crash')), 'the crash on input 0, with its stack');
  t.equal(readdirSync(dir).filter((f) => f.startsWith('planted-crash.') && f.endsWith('.input')).length, 5, 'saved files capped at maxFindingFiles');

  const replayedCrash = await replayFile(join(dir, `planted-crash.s${SEED}.i0.input`), undefined, PLANTED, 300);
  t.match(replayedCrash, { target: 'planted-crash', result: { crashed: true, error: /TypeError: planted crash/ } }, 'replay repeats the crash');
  const replayedHang = await replayFile(first!.file!, undefined, PLANTED, 300);
  t.match(replayedHang, { target: 'planted-hang', result: { crashed: true, hang: true } }, 'replay repeats the hang');
});

void t.test('a targets module that does not load fails the run instead of spinning', async (t) => {
  const dir = tempDir(t);
  const missing = new URL('./no-such-targets.ts', import.meta.url).href;
  await t.rejects(runFuzz(options(dir, { inputs: 10, workers: 1, targetsModule: missing })));
});

void t.test('make fuzz prints its counts and its seed last, and refuses bad arguments', async (t) => {
  const dir = tempDir(t);
  const run = promisify(execFile);
  const cli = new URL('../../fuzz/fuzz-cli.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, ['--import=tsx', cli, '--inputs', '300', '--targets', 'http-range,zello-binary', '--seed', '7', '--jobs', '1', '--out', dir]);
  const lines = stdout.trim().split('\n');
  t.equal(lines.at(-1), 'fuzz: 600 inputs, 0 crashes, 0 hangs (seed 7)');
  t.ok(lines.some((l) => /^http-range\s+300\s/.test(l)), 'per-target counts');
  await t.rejects(run(process.execPath, ['--import=tsx', cli, '--inputs', 'many']), { code: 2, stderr: /--inputs must be an integer/ });
  await t.rejects(run(process.execPath, ['--import=tsx', cli, '--targets', 'nope', '--inputs', '5', '--jobs', '1', '--out', dir]), { code: 2, stderr: /unknown fuzz target\(s\) nope; known: proto-frames/ });
});
