/**
 * preparePgliteDataDir: makes sure a PGlite data directory holds a database
 * before PGlite opens it, so the router never runs initdb in its own process.
 * A new directory is a copy of the template `make build` prebuilt (tens of
 * milliseconds); without one, initdb runs in a child process (seconds, and
 * its ~500 MB peak leaves with the child).
 */
import { spawn } from 'node:child_process';
import { cp, rename, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { VoxError } from '../common/errors.js';

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * Where `make build` puts the template: beside the compiled module. Run from
 * source (tsx: tests, `voxring` in development) the built one in dist/ is used
 * too; `make test` builds first, so it matches the source's PGlite and
 * migrations (migrate() applies any it lacks).
 */
export const DEFAULT_PGLITE_TEMPLATE_DIR = fileURLToPath(
  new URL(FROM_SOURCE ? '../dist/header-store/pglite-template' : './pglite-template', import.meta.url),
);

/** How a new data directory was made; undefined when it already held a database. */
export type PgliteDataDirOrigin = 'template' | 'initdb' | undefined;

/** Options for preparePgliteDataDir. */
export interface PgliteDataDirOptions {
  /** A complete data directory to copy; default DEFAULT_PGLITE_TEMPLATE_DIR. */
  templateDir?: string;
}

/** Leaves an existing database alone; otherwise fills `dataDir` from the template or a child initdb. */
export async function preparePgliteDataDir(dataDir: string, options: PgliteDataDirOptions = {}): Promise<PgliteDataDirOrigin> {
  if (await holdsDatabase(dataDir)) return undefined;
  const templateDir = options.templateDir ?? DEFAULT_PGLITE_TEMPLATE_DIR;
  try {
    if (await holdsDatabase(templateDir)) {
      await copyTemplate(templateDir, dataDir);
      return 'template';
    }
    await runInitdbChild(dataDir);
    return 'initdb';
  } catch (err) {
    throw new VoxError('VOX_STORAGE_FAILED', `header store: cannot create a PGlite database at ${dataDir}`, { cause: err });
  }
}

/** PG_VERSION is what PGlite itself checks before deciding to run initdb. */
async function holdsDatabase(dir: string): Promise<boolean> {
  try {
    return (await stat(`${dir}/PG_VERSION`)).isFile();
  } catch {
    return false;
  }
}

/** Copied beside the target and renamed, so a crash never leaves half a database that looks whole. */
async function copyTemplate(templateDir: string, dataDir: string): Promise<void> {
  const copying = `${dataDir}.copy-${process.pid}`;
  try {
    await cp(templateDir, copying, { recursive: true });
    // No PG_VERSION there (checked above): whatever is left is no database.
    await rm(dataDir, { recursive: true, force: true });
    await rename(copying, dataDir);
  } finally {
    await rm(copying, { recursive: true, force: true });
  }
}

/** The initdb script beside this module; from source (tsx) it runs through tsx as well. */
function initdbCommand(dataDir: string): string[] {
  const script = fileURLToPath(new URL(FROM_SOURCE ? './pglite-initdb.ts' : './pglite-initdb.js', import.meta.url));
  return [...(FROM_SOURCE ? ['--import', 'tsx'] : []), script, dataDir];
}

function runInitdbChild(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, initdbCommand(dataDir), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`pglite initdb exited with ${signal ?? code}: ${stderr.trim()}`));
    });
  });
}
