/**
 * The file operations on the write path, behind a narrow interface so tests
 * can count syncs and inject failures (short writes, EIO, failed fsync).
 */
import fs from 'node:fs';

export interface BodyFileIo {
  /** pwrite: writes `data` at `position`; resolves to the bytes written (may be fewer). */
  write(fd: number, data: Buffer, position: number): Promise<number>;
  /** fdatasync. */
  datasync(fd: number): Promise<void>;
  /** ftruncate. */
  truncate(fd: number, length: number): Promise<void>;
}

/** BodyFileIo on node:fs. */
export const nodeBodyFileIo: BodyFileIo = {
  write: (fd, data, position) =>
    new Promise((resolve, reject) => {
      fs.write(fd, data, 0, data.length, position, (err, written) => (err ? reject(err) : resolve(written)));
    }),
  datasync: (fd) =>
    new Promise((resolve, reject) => {
      fs.fdatasync(fd, (err) => (err ? reject(err) : resolve()));
    }),
  truncate: (fd, length) =>
    new Promise((resolve, reject) => {
      fs.ftruncate(fd, length, (err) => (err ? reject(err) : resolve()));
    }),
};

/** fsyncs a directory so a file created (or a subdirectory made) in it survives a crash. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** True when the file can be reached (any error: false). */
export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.promises.access(file);
    return true;
  } catch {
    return false;
  }
}

/** The size of a file, or undefined when there is none. */
export async function fileSize(file: string): Promise<number | undefined> {
  try {
    return (await fs.promises.stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
