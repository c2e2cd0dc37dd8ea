/**
 * Serves the web app (`web/`) at `/`: GET and HEAD only, a fixed table of
 * content types, `ETag` + `Cache-Control: no-cache` (the files carry no
 * content hash in their names, so the browser revalidates and gets 304s),
 * and no path traversal: the decoded path is checked segment by segment and
 * the real path of the file must stay inside the real web directory.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
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
};

/**
 * The page may only talk to its own origin ('self' covers ws:/wss: to the
 * same host in current browsers); audio comes from /v1/…/audio.
 */
const HTML_CSP =
  "default-src 'self'; connect-src 'self'; media-src 'self' blob:; img-src 'self' data:; " +
  "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Largest file served (the app's files are a few KiB each). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface StaticFilesOptions {
  /** Directory to serve; default: `web/` beside the package.json above this module. */
  dir?: string;
}

/** Serves one directory of static files; a missing directory serves nothing (404s). */
export class StaticFiles {
  readonly dir: string | undefined;
  private realRoot: Promise<string | undefined> | undefined;

  constructor(options: StaticFilesOptions = {}) {
    this.dir = options.dir ?? findWebDir();
  }

  /**
   * Answers a GET or HEAD for a file under the directory. Resolves false
   * (nothing sent) when there is no such file, so the caller answers 404.
   */
  async serve(req: HttpRequest, res: HttpResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const relative = safeRelativePath(req.path);
    if (relative === undefined) return false;
    const root = await this.root();
    if (root === undefined) return false;
    const file = await insideRoot(root, path.join(root, relative));
    if (file === undefined) return false;
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
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
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'web');
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
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
