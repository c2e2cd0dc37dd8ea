/**
 * Serves the web app (`web/`) at `/`: GET and HEAD only, a fixed table of
 * content types, `ETag` + `Cache-Control: no-cache` (the files carry no
 * content hash in their names, so the browser revalidates and gets 304s),
 * and no path traversal: the decoded path is checked segment by segment and
 * the real path of the file must stay inside the real web directory.
 *
 * `/vendor/<package>/…` serves a fixed allow-list of files from installed
 * packages (the browser build of opusscript, the page's Opus fallback when
 * WebCodecs is missing), resolved from the package's own folder so it works
 * from source and from dist/; nothing else of node_modules is reachable.
 *
 * `/sdk/voxring-client.js` is the SDK's browser bundle (client/dist/, built
 * by `make build`), which the page imports; with its source map beside it.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpRequest, HttpResponse } from './transport.js';

/** Content types by extension; any other file is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** URL path → package and file inside it; the only files served from node_modules. */
const VENDOR_FILES: Readonly<Record<string, { pkg: string; file: string }>> = {
  '/vendor/opusscript/opusscript_native_wasm.js': {
    pkg: 'opusscript',
    file: 'build/opusscript_native_wasm.js',
  },
  '/vendor/opusscript/opusscript_native_wasm.wasm': {
    pkg: 'opusscript',
    file: 'build/opusscript_native_wasm.wasm',
  },
  '/vendor/opusscript/LICENSE.txt': { pkg: 'opusscript', file: 'LICENSE' },
  '/vendor/opusscript/COPYING.libopus.txt': { pkg: 'opusscript', file: 'build/COPYING.libopus' },
};

/** URL path → file in the SDK's build folder (client/dist/); the only files served from it. */
const SDK_FILES: Readonly<Record<string, string>> = {
  '/sdk/voxring-client.js': 'voxring-client.browser.js',
  '/sdk/voxring-client.browser.js.map': 'voxring-client.browser.js.map',
};

/**
 * The page may only talk to its own origin ('self' covers ws:/wss: to the
 * same host in current browsers); audio comes from /v1/…/audio.
 * 'wasm-unsafe-eval' lets it compile WebAssembly (the opusscript fallback),
 * still without eval of JavaScript.
 */
const HTML_CSP =
  "default-src 'self'; connect-src 'self'; media-src 'self' blob:; img-src 'self' data:; " +
  "style-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'";

/** Largest file served (the app's files are a few KiB each). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface StaticFilesOptions {
  /** Directory to serve; default: `web/` beside the package.json above this module. */
  dir?: string;
  /** The SDK's build folder, served at /sdk/; default: `client/dist/` beside that package.json. */
  sdkDir?: string;
}

/** Serves one directory of static files; a missing directory serves nothing (404s). */
export class StaticFiles {
  readonly dir: string | undefined;
  readonly sdkDir: string | undefined;
  private realRoot: Promise<string | undefined> | undefined;

  constructor(options: StaticFilesOptions = {}) {
    this.dir = options.dir ?? findWebDir();
    this.sdkDir = options.sdkDir ?? findSdkDir();
  }

  /**
   * Answers a GET or HEAD for a file under the directory. Resolves false
   * (nothing sent) when there is no such file, so the caller answers 404.
   */
  async serve(req: HttpRequest, res: HttpResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const found = await this.locate(req.path);
    if (found === undefined) return false;
    const { file, name } = found;
    const type = CONTENT_TYPES[path.extname(name).toLowerCase()];
    if (type === undefined) return false;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_FILE_BYTES) return false;
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': 'no-cache',
      etag,
      'x-content-type-options': 'nosniff',
    };
    if (type.startsWith('text/html')) {
      headers['content-security-policy'] = HTML_CSP;
      headers['referrer-policy'] = 'no-referrer';
    }
    if (res.aborted) return true;
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'content-length': String(info.size) });
      res.end();
      return true;
    }
    const body = await readFile(file).catch(() => undefined);
    if (body === undefined) return false;
    if (res.aborted) return true;
    res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    res.end(body);
    return true;
  }

  /**
   * The real path of the file a request path names, with the name whose
   * extension gives its type (the URL's for a vendor file).
   */
  private async locate(urlPath: string): Promise<{ file: string; name: string } | undefined> {
    const root = await this.root();
    if (root === undefined) return undefined;
    const sdkFile = Object.hasOwn(SDK_FILES, urlPath) ? SDK_FILES[urlPath] : undefined;
    if (sdkFile !== undefined) {
      if (this.sdkDir === undefined) return undefined;
      const file = await realpath(path.join(this.sdkDir, sdkFile)).catch(() => undefined);
      return file === undefined ? undefined : { file, name: urlPath };
    }
    const vendor = Object.hasOwn(VENDOR_FILES, urlPath) ? VENDOR_FILES[urlPath] : undefined;
    if (vendor !== undefined) {
      const dir = packageDir(vendor.pkg);
      if (dir === undefined) return undefined;
      const file = await realpath(path.join(dir, vendor.file)).catch(() => undefined);
      return file === undefined ? undefined : { file, name: urlPath };
    }
    const relative = safeRelativePath(urlPath);
    if (relative === undefined) return undefined;
    const file = await insideRoot(root, path.join(root, relative));
    return file === undefined ? undefined : { file, name: file };
  }

  private root(): Promise<string | undefined> {
    const dir = this.dir;
    this.realRoot ??=
      dir === undefined ? Promise.resolve(undefined) : realpath(dir).catch(() => undefined);
    return this.realRoot;
  }
}

/**
 * `web/` in the folder holding package.json above this module: the same
 * folder whether this runs from source (router/) or compiled (dist/router/).
 */
export function findWebDir(
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  const root = packageRoot(from);
  return root === undefined ? undefined : path.join(root, 'web');
}

/** `client/dist/` (the SDK's build) in that same folder. */
export function findSdkDir(
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  const root = packageRoot(from);
  return root === undefined ? undefined : path.join(root, 'client', 'dist');
}

/** The nearest folder at or above `from` holding a package.json. */
function packageRoot(from: string): string | undefined {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The folder of an installed package (found the way `import` would from
 * this module), or undefined when it is not installed.
 */
export function packageDir(pkg: string): string | undefined {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  } catch {
    return undefined;
  }
}

/**
 * The request path as a relative file path, or undefined when it is not a
 * plain one: bad percent-encoding, NUL, backslashes, `.`/`..` or empty
 * segments, dot files. `/` and paths ending in `/` mean index.html.
 */
export function safeRelativePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\'))
    return undefined;
  const withIndex = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const segments = withIndex.slice(1).split('/');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return undefined;
  return segments.join(path.sep);
}

/** The real path of `file` when it exists and lies inside `root` (symlinks resolved). */
async function insideRoot(root: string, file: string): Promise<string | undefined> {
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined || !real.startsWith(root + path.sep)) return undefined;
  return real;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || `W/${t}` === etag;
  });
}
