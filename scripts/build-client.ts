/**
 * Builds the SDK package (client/) into client/dist/:
 *
 *   index.js                    ESM for Node: the SDK and the proto codec in one
 *                               file; protobufjs and ws stay imports (dependencies)
 *   voxring-client.browser.js   ESM for browsers: everything bundled, protobufjs
 *                               included, the global WebSocket in place of ws
 *   types/                      declarations (tsc), entry types/client/index.d.ts
 *
 * Run by `make build` when a source changed: node --import tsx scripts/build-client.ts
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT = path.join(ROOT, 'client');
const DIST = path.join(CLIENT, 'dist');
const ENTRY = path.join(CLIENT, 'index.ts');

/** In the browser bundle, this platform's WebSocket is the global one: default-web-socket.ts → .browser.ts. */
const browserWebSocket: Plugin = {
  name: 'voxring-browser-web-socket',
  setup(b) {
    b.onResolve({ filter: /\/default-web-socket\.js$/ }, (args) => ({
      path: path.join(args.resolveDir, 'default-web-socket.browser.ts'),
    }));
  },
};

async function main(): Promise<void> {
  await rm(DIST, { recursive: true, force: true });
  await mkdir(DIST, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    outfile: path.join(DIST, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['ws', 'protobufjs', 'protobufjs/*'],
    sourcemap: true,
    logLevel: 'warning',
  });
  await build({
    entryPoints: [ENTRY],
    outfile: path.join(DIST, 'voxring-client.browser.js'),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // protobufjs asks for optional Node modules through eval("require"), which fails (caught) in a browser.
    logOverride: { 'direct-eval': 'silent' },
    external: ['ws'],
    plugins: [browserWebSocket],
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  await promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', path.join(CLIENT, 'tsconfig.json')]);
  // tsc does not copy the generated protobuf declarations the codec's types refer to.
  const generated = path.join(DIST, 'types', 'proto', 'generated');
  await mkdir(generated, { recursive: true });
  await copyFile(path.join(ROOT, 'proto', 'generated', 'voxring.d.ts'), path.join(generated, 'voxring.d.ts'));
}

await main();
