/**
 * client/ is a publishable package: `npm pack` holds the Node ESM build,
 * the browser bundle, the declarations and the README (no sources), the
 * version is the repository's, and the packed entry point, installed into a
 * bare folder (its two dependencies linked from this repository's
 * node_modules: no network), talks to a real router in a child Node
 * process: sign up, open sessions, talk one message, hear it whole. A
 * browser app's TypeScript (lib DOM, no Node types) compiles against the
 * packed declarations.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { startTestRouter, tempDir } from '../helpers/router-fixture.js';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT = path.join(REPO_ROOT, 'client');

interface PackResult {
  filename: string;
  name: string;
  version: string;
  files: { path: string }[];
}

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, Record<string, string>>;
  dependencies: Record<string, string>;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

void t.test('npm pack of client/ installs and talks to a router', async (t) => {
  const dir = await tempDir(t, 'voxring-pack-');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: CLIENT, env: { ...process.env, npm_config_offline: 'true' } });
  const [packed] = JSON.parse(stdout) as PackResult[];
  if (!packed) throw new Error('npm pack reported nothing');
  const files = packed.files.map((f) => f.path).sort();
  t.equal(packed.name, '@voxring/client');
  const root = await readJson<PackageJson>(path.join(REPO_ROOT, 'package.json'));
  t.equal(packed.version, root.version, "the package's version is the repository's");
  for (const file of ['README.md', 'package.json', 'dist/index.js', 'dist/voxring-client.browser.js', 'dist/types/client/index.d.ts', 'dist/types/proto/generated/voxring.d.ts']) {
    t.ok(files.includes(file), `packed: ${file}`);
  }
  t.notOk(files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), 'no TypeScript sources');

  // Installed as an application would have it: node_modules/@voxring/client plus its dependencies.
  const app = path.join(dir, 'app');
  const modules = path.join(app, 'node_modules');
  await mkdir(path.join(modules, '@voxring'), { recursive: true });
  await run('tar', ['-xzf', path.join(dir, packed.filename), '-C', dir]);
  await rename(path.join(dir, 'package'), path.join(modules, '@voxring', 'client'));
  const manifest = await readJson<PackageJson>(path.join(modules, '@voxring', 'client', 'package.json'));
  t.notOk(manifest.private, 'not private');
  t.same(Object.keys(manifest.dependencies).sort(), ['protobufjs', 'ws'], 'depends on protobufjs and ws only');
  t.match(manifest.exports['.'], { types: String, browser: String, import: String, default: String }, 'exports: types, browser, import, default');
  for (const dep of Object.keys(manifest.dependencies)) await symlink(path.join(REPO_ROOT, 'node_modules', dep), path.join(modules, dep), 'dir');
  await copyFile(path.join(REPO_ROOT, 'test', 'client', 'support', 'packed-talk.mjs'), path.join(app, 'packed-talk.mjs'));

  // A browser app's TypeScript (lib DOM, no Node types) compiles against the packed declarations.
  await copyFile(path.join(REPO_ROOT, 'test', 'client', 'support', 'packed-consumer.ts.txt'), path.join(app, 'consumer.ts'));
  const tsconfig = { compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true }, files: ['consumer.ts'] };
  await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'packed-app', private: true, type: 'module' }));
  const tsc = await run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', app]).then(
    () => '',
    (err: Error & { stdout?: string }) => err.stdout || err.message,
  );
  t.equal(tsc, '', 'a browser app compiles against the packed types');

  const router = await startTestRouter(t);
  const child = await run(process.execPath, ['packed-talk.mjs', router.url], { cwd: app, timeout: 60_000 });
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
    endState: string;
    heardState: string;
    heardCount: number;
    same: boolean;
    nodeExports: string[];
    browserExports: string[];
  };
  t.equal(result.endState, 'COMPLETE', 'the talker’s end is COMPLETE');
  t.equal(result.heardState, 'COMPLETE', 'the hearer’s inbox delivered it COMPLETE');
  t.equal(result.heardCount, 25, 'with every packet');
  t.ok(result.same, 'bit-exact');
  t.ok(result.nodeExports.includes('VoxringSession') && result.nodeExports.includes('VoxringHttp'), 'the entry exports the SDK');
  t.same(result.browserExports, result.nodeExports, 'the browser bundle exports the same names');
});
