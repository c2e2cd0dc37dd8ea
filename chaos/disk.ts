/**
 * Disk faults on a router's body directory. `readOnly` sets the immutable
 * attribute (chattr +i, root only) on the directory and its shard dirs: no
 * body file can be created, renamed or removed there, while files already
 * open keep being written (like a full or failing disk for new messages).
 * `corrupt` flips a byte in, or truncates, one stored body file.
 */
import { open, readdir, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { Rng } from './rng.js';
import { run } from './shell.js';

export function bodyDir(dataDir: string): string {
  return path.join(dataDir, 'bodies');
}

async function directories(root: string): Promise<string[]> {
  const dirs = [root];
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) if (entry.isDirectory()) dirs.push(path.join(root, entry.name));
  return dirs;
}

export async function setReadOnly(dataDir: string, readOnly: boolean): Promise<void> {
  const dirs = await directories(bodyDir(dataDir));
  await run('chattr', [readOnly ? '+i' : '-i', ...dirs], { allowFail: true });
}

/** Undoes any chattr +i below `root` (cleanup before removing a data dir). */
export async function clearImmutable(root: string): Promise<void> {
  await run('chattr', ['-R', '-i', root], { allowFail: true });
}

export interface Corruption {
  file: string;
  messageId: string;
  how: 'flip' | 'truncate';
  offset: number;
  size: number;
}

/** Damages one body file (chosen by `salt`); undefined when the router holds none yet. */
export async function corruptBody(dataDir: string, salt: number): Promise<Corruption | undefined> {
  const files: string[] = [];
  for (const dir of (await directories(bodyDir(dataDir))).slice(1)) {
    for (const name of (await readdir(dir).catch(() => [])).sort()) if (name.endsWith('.vxb')) files.push(path.join(dir, name));
  }
  if (files.length === 0) return undefined;
  const rng = new Rng(salt);
  const file = rng.pick(files.sort());
  const size = (await stat(file)).size;
  if (size < 2) return undefined;
  const offset = rng.int(Math.floor(size / 4), size - 1);
  const how = rng.chance(0.5) ? 'flip' : 'truncate';
  if (how === 'truncate') await truncate(file, offset);
  else {
    const handle = await open(file, 'r+');
    try {
      const byte = Buffer.alloc(1);
      await handle.read(byte, 0, 1, offset);
      byte[0] = (byte[0] ?? 0) ^ (1 << rng.int(0, 7));
      await handle.write(byte, 0, 1, offset);
    } finally {
      await handle.close();
    }
  }
  return { file, messageId: path.basename(file, '.vxb'), how, offset, size };
}
