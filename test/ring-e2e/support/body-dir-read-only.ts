/**
 * A router's body directory that refuses new files, made the way the chaos
 * harness does it (chaos/disk.ts): the immutable attribute (`chattr +i`,
 * root only) on `<dataDir>/bodies` and its shard dirs. Files already open
 * keep being written; no body file can be created, renamed or removed.
 * Cleared in teardown whatever happened, so the temp dir can be removed.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Teardowns } from '../../helpers/router-fixture.js';

const exec = promisify(execFile);

export interface ReadOnlyBodyDir {
  /** Makes the directory writable again (idempotent). */
  clear(): Promise<void>;
}

/** Whether this process can set the immutable attribute (root with chattr on a file system that has it). */
export async function canMakeImmutable(dir: string): Promise<boolean> {
  const probe = path.join(dir, 'immutable-probe');
  try {
    await mkdir(probe, { recursive: true });
    await exec('chattr', ['+i', probe]);
    const refused = await writeFile(path.join(probe, 'x'), 'x').then(
      () => false,
      () => true,
    );
    await exec('chattr', ['-i', probe]);
    return refused;
  } catch {
    return false;
  }
}

export async function bodyDirReadOnly(t: Teardowns, dataDir: string): Promise<ReadOnlyBodyDir> {
  const root = path.join(dataDir, 'bodies');
  await mkdir(root, { recursive: true });
  const entries = await readdir(root, { withFileTypes: true });
  const dirs = [root, ...entries.filter((e) => e.isDirectory()).map((e) => path.join(root, e.name))];
  let set = true;
  const clear = async (): Promise<void> => {
    if (!set) return;
    set = false;
    await exec('chattr', ['-i', ...dirs]);
  };
  t.teardown(clear);
  await exec('chattr', ['+i', ...dirs]);
  return { clear };
}
