/**
 * The router serves web/ at `/`: content types, caching headers (ETag,
 * 304, no-cache), HEAD, no path traversal (encoded, doubled, symlinks, dot
 * files), the API namespace untouched, and a router whose web directory is
 * missing still starts and answers 404. Both transports. The SDK's browser
 * bundle at /sdk/voxring-client.js, nothing else of client/. Under /vendor/,
 * exactly the allow-listed files of opusscript's browser build and nothing
 * else of node_modules.
 */
import { mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import t from 'tap';
import { loadConfig } from '../../common/config.js';
import { createLogger } from '../../common/logger.js';
import { Router } from '../../router/router.js';
import { findSdkDir, findWebDir, packageDir, safeRelativePath } from '../../router/edge/static-files.js';
import { startTestRouter, tempDir, TRANSPORTS, type Teardowns } from '../helpers/router-fixture.js';
import { uniqueName } from '../helpers/services.js';
import { REPO_ROOT } from './web-browser.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with the path sent exactly as given (no URL normalisation). */
function raw(
  baseUrl: string,
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port, method, path: rawPath, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function startRouterWithWebDir(
  t: Teardowns,
  transport: 'uws' | 'ws',
  webDir: string,
): Promise<Router> {
  const config = loadConfig({
    host: '127.0.0.1',
    port: 0,
    dataDir: await tempDir(t),
    transport,
    logLevel: 'silent',
    routerId: uniqueName('router'),
  });
  const router = await Router.start(config, { logger: createLogger(config.logLevel), webDir });
  t.teardown(() => router.close());
  return router;
}

void t.test('locating web/ and reading request paths', async (t) => {
  t.equal(findWebDir(path.join(REPO_ROOT, 'router')), path.join(REPO_ROOT, 'web'), 'from source');
  t.equal(
    findWebDir(path.join(REPO_ROOT, 'dist', 'router')),
    path.join(REPO_ROOT, 'web'),
    'from dist/router',
  );
  t.equal(findWebDir(path.parse(REPO_ROOT).root), undefined, 'no package.json above: none');
  t.equal(findSdkDir(path.join(REPO_ROOT, 'dist', 'router')), path.join(REPO_ROOT, 'client', 'dist'), "the SDK's build, from dist/router");
  t.equal(packageDir('opusscript'), path.join(REPO_ROOT, 'node_modules', 'opusscript'));
  t.equal(packageDir('voxring-no-such-package'), undefined, 'a package not installed: none');
  t.equal(safeRelativePath('/'), 'index.html');
  t.equal(safeRelativePath('/app.js'), 'app.js');
  t.equal(safeRelativePath('/sub/'), path.join('sub', 'index.html'));
  for (const bad of [
    '/../x',
    '/%2e%2e/x',
    '/a/..%2f..%2fx',
    '//x',
    '/.env',
    '/a%00.js',
    '/a\\..\\x',
    '/%E0%A4%A',
    'x',
  ]) {
    t.equal(safeRelativePath(bad), undefined, `refuses ${bad}`);
  }
});

for (const transport of TRANSPORTS) {
  void t.test(`web app over ${transport}`, async (t) => {
    const router = await startTestRouter(t, { transport });

    const index = await raw(router.url, 'GET', '/');
    t.equal(index.status, 200);
    t.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    t.match(index.body, /<title>voxring<\/title>/);
    t.equal(index.headers['cache-control'], 'no-cache', 'revalidated on every load');
    const csp = index.headers['content-security-policy'] ?? '';
    t.match(csp, /default-src 'self'/);
    t.match(csp, /script-src 'self' 'wasm-unsafe-eval';/, 'WebAssembly may compile');
    t.notMatch(csp, /'unsafe-eval'/, 'JavaScript eval may not');
    t.equal(index.headers['x-content-type-options'], 'nosniff');
    const etag = index.headers.etag ?? '';
    t.match(etag, /^W\/".+"$/, 'has an ETag');

    const types: Record<string, string> = {
      '/index.html': 'text/html; charset=utf-8',
      '/app.js': 'text/javascript; charset=utf-8',
      '/capture-worklet.js': 'text/javascript; charset=utf-8',
      '/app.css': 'text/css; charset=utf-8',
      '/favicon.svg': 'image/svg+xml',
    };
    for (const [file, type] of Object.entries(types)) {
      const res = await raw(router.url, 'GET', file);
      t.equal(res.status, 200, `${file} served`);
      t.equal(res.headers['content-type'], type, `${file} is ${type}`);
    }

    // The opusscript fallback: its browser build from the installed package, by a fixed list.
    const build = path.join(REPO_ROOT, 'node_modules', 'opusscript', 'build');
    const vendor: Record<string, [string, string]> = {
      '/vendor/opusscript/opusscript_native_wasm.wasm': [
        'application/wasm',
        path.join(build, 'opusscript_native_wasm.wasm'),
      ],
      '/vendor/opusscript/opusscript_native_wasm.js': [
        'text/javascript; charset=utf-8',
        path.join(build, 'opusscript_native_wasm.js'),
      ],
      '/vendor/opusscript/COPYING.libopus.txt': [
        'text/plain; charset=utf-8',
        path.join(build, 'COPYING.libopus'),
      ],
    };
    for (const [file, [type, source]] of Object.entries(vendor)) {
      const res = await raw(router.url, 'HEAD', file);
      t.equal(res.status, 200, `${file} served`);
      t.equal(res.headers['content-type'], type, `${file} is ${type}`);
      t.equal(res.headers['content-length'], String((await stat(source)).size), 'the whole file');
    }
    for (const bad of [
      '/vendor/opusscript/index.js',
      '/vendor/opusscript/package.json',
      '/vendor/opusscript/opusscript_native_nasm.js',
      '/vendor/opusscript/build/opusscript_native_wasm.js',
      '/vendor/opusscript/../opusscript/opusscript_native_wasm.js',
      '/vendor/opusscript/%6fpusscript_native_wasm.js',
      '/vendor/ws/package.json',
      '/node_modules/opusscript/package.json',
    ]) {
      t.equal((await raw(router.url, 'GET', bad)).status, 404, `${bad} is 404`);
    }

    // The SDK the page runs on: its browser bundle from client/dist/, by a fixed list too.
    const sdk = await raw(router.url, 'HEAD', '/sdk/voxring-client.js');
    t.equal(sdk.status, 200, '/sdk/voxring-client.js served');
    t.equal(sdk.headers['content-type'], 'text/javascript; charset=utf-8');
    const bundle = path.join(REPO_ROOT, 'client', 'dist', 'voxring-client.browser.js');
    t.equal(sdk.headers['content-length'], String((await stat(bundle)).size), 'the browser bundle, whole');
    t.equal((await raw(router.url, 'HEAD', '/sdk/voxring-client.browser.js.map')).headers['content-type'], 'application/json; charset=utf-8', 'with its source map');
    for (const bad of ['/sdk/index.js', '/sdk/types/client/index.d.ts', '/sdk/../package.json', '/client/dist/index.js']) {
      t.equal((await raw(router.url, 'GET', bad)).status, 404, `${bad} is 404`);
    }

    const notModified = await raw(router.url, 'GET', '/', { 'if-none-match': etag });
    t.equal(notModified.status, 304, 'a matching If-None-Match gets 304');
    t.equal(notModified.body, '');
    t.equal((await raw(router.url, 'GET', '/', { 'if-none-match': 'W/"other"' })).status, 200);

    const head = await raw(router.url, 'HEAD', '/app.js');
    const get = await raw(router.url, 'GET', '/app.js');
    t.equal(head.status, 200);
    t.equal(head.body, '', 'HEAD has no body');
    t.equal(
      head.headers['content-length'],
      String(Buffer.byteLength(get.body)),
      'HEAD tells the length',
    );

    for (const bad of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/web/../package.json',
      '/./index.html',
      '/.hidden',
      '/app.js%00.html',
      '/%E0%A4%A',
      '/no-such-file.js',
      '/index.html/',
    ]) {
      const res = await raw(router.url, 'GET', bad);
      t.equal(res.status, 404, `${bad} is 404`);
      t.match(res.body, /VOX_NOT_FOUND/);
      t.notMatch(res.body, /"name": "voxring"/, `${bad} leaks nothing`);
    }
    t.equal(
      (await raw(router.url, 'DELETE', '/')).status,
      404,
      'only GET and HEAD reach the files',
    );

    const api404 = await raw(router.url, 'GET', '/v1/index.html');
    t.equal(api404.status, 404, 'the API namespace never serves files');
    t.equal(api404.headers['content-type'], 'application/json; charset=utf-8');
    const health = await raw(router.url, 'GET', '/healthz');
    t.match(JSON.parse(health.body), { status: 'ok' }, '/healthz is still the API');
  });
}

void t.test(
  'a web directory of its own: symlinks out and unknown types are refused; missing: 404',
  async (t) => {
    const dir = await tempDir(t, 'voxring-webdir-');
    const web = path.join(dir, 'web');
    await mkdir(web);
    await writeFile(path.join(web, 'index.html'), '<!doctype html><title>custom</title>');
    await writeFile(path.join(web, 'notes.txt'), 'plain');
    await writeFile(path.join(web, 'secret.env'), 'KEY=1');
    await writeFile(path.join(dir, 'outside.txt'), 'outside the web directory');
    await symlink(path.join(dir, 'outside.txt'), path.join(web, 'leak.txt'));

    const router = await startRouterWithWebDir(t, 'ws', web);
    t.match((await raw(router.url, 'GET', '/')).body, /custom/);
    t.equal(
      (await raw(router.url, 'GET', '/notes.txt')).headers['content-type'],
      'text/plain; charset=utf-8',
    );
    const leak = await raw(router.url, 'GET', '/leak.txt');
    t.equal(leak.status, 404, 'a symlink pointing outside is not followed');
    t.notMatch(leak.body, /outside the web directory/);
    t.equal(
      (await raw(router.url, 'GET', '/secret.env')).status,
      404,
      'a file type not in the table is not served',
    );

    const bare = await startRouterWithWebDir(t, 'uws', path.join(dir, 'no-such-dir'));
    const root = await raw(bare.url, 'GET', '/');
    t.equal(root.status, 404, 'no web directory: / is 404');
    t.match(root.body, /VOX_NOT_FOUND/);
    t.equal(
      (await raw(bare.url, 'GET', '/vendor/opusscript/opusscript_native_wasm.js')).status,
      404,
      'nor the vendor files',
    );
    t.equal((await raw(bare.url, 'GET', '/healthz')).status, 200, 'and the router works');
  },
);
