/**
 * The body files under a DiskBodyStore's directory: the shard directories,
 * opening a file for writing after cutting what a crash left torn or
 * corrupt, installing a whole file, reading, removing and listing them. No
 * log and no writers: the store decides when, this knows where and how.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { MessageId } from '../common/ids.js';
import { isErrno, storageError } from './body-errors.js';
import { checkFileHeader, scanRecords } from './body-file-format.js';
import { syncDir, type BodyFileIo } from './body-file-io.js';
import { bodyPath, type BodyPath } from './body-path.js';
import { sealPath } from './body-seal.js';
import type { BodyStoreLogger, ListedBody } from './disk-body-store.js';

const openFd = promisify(fs.open);
const fstat = promisify(fs.fstat);
const readFd = promisify(fs.read);

export interface BodyFilesOptions {
  /** The store's root directory (it exists). */
  dir: string;
  io: BodyFileIo;
  logger: BodyStoreLogger;
}

/** A body file open for positional writes, and what it already holds. */
export interface OpenedBodyFile {
  fd: number;
  /** Intact records in the file, and the offset after them (0: empty file, header not written). */
  existingCount: number;
  endOffset: number;
}

export class BodyFiles {
  private readonly knownShards = new Set<string>();

  constructor(private readonly options: BodyFilesOptions) {}

  /**
   * Opens (creating it, never O_APPEND: writes are positional) the body's
   * file; an existing one is scanned and a torn or corrupt tail cut.
   * @throws VoxError VOX_STORAGE_FAILED
   */
  async open(messageId: MessageId, where: BodyPath): Promise<OpenedBodyFile> {
    let fd: number;
    try {
      await this.ensureShard(where.shardDir);
      fd = await openFd(where.file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
    } catch (err) {
      throw storageError(err, `open body ${messageId}`);
    }
    try {
      return { fd, ...(await this.recover(messageId, fd, where.file)) };
    } catch (err) {
      fs.close(fd, () => undefined);
      throw storageError(err, `open body ${messageId}`);
    }
  }

  /** Scans an existing file and cuts a torn or corrupt tail. */
  private async recover(messageId: MessageId, fd: number, file: string): Promise<{ existingCount: number; endOffset: number }> {
    const { size } = await fstat(fd);
    if (size === 0) return { existingCount: 0, endOffset: 0 };
    const buf = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await readFd(fd, buf, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const data = buf.subarray(0, filled);
    if (!checkFileHeader(data, `body file ${file}`)) {
      // Shorter than a header: created by a crash before its first commit.
      await this.options.io.truncate(fd, 0);
      return { existingCount: 0, endOffset: 0 };
    }
    const scan = scanRecords(data);
    if (scan.stop !== 'end' || scan.endOffset < size) {
      const fields = { messageId, stop: scan.stop, chunks: scan.count, keptBytes: scan.endOffset, fileBytes: size };
      // A torn tail is the expected trace of a crash; a bad record in between is not.
      if (scan.stop === 'corrupt') this.options.logger.error(fields, 'body file corrupt; truncated after last intact chunk');
      else this.options.logger.warn(fields, 'body file torn; truncated after last intact chunk');
      await this.options.io.truncate(fd, scan.endOffset);
      await this.options.io.datasync(fd);
    }
    return { existingCount: scan.count, endOffset: scan.endOffset };
  }

  private async ensureShard(shardDir: string): Promise<void> {
    if (this.knownShards.has(shardDir)) return;
    try {
      await fs.promises.mkdir(shardDir);
      await syncDir(this.options.dir);
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
    this.knownShards.add(shardDir);
  }

  /**
   * Writes a complete body file in place of whatever is there: temp file,
   * fsync, rename, so a reader sees the old file or the new one, never half of it.
   * @throws VoxError VOX_STORAGE_FAILED
   */
  async install(messageId: MessageId, where: BodyPath, data: Buffer): Promise<void> {
    const tmp = `${where.file}.tmp`;
    try {
      await this.ensureShard(where.shardDir);
      const handle = await fs.promises.open(tmp, 'w', 0o644);
      try {
        await handle.writeFile(data);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(tmp, where.file);
    } catch (err) {
      await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
      throw storageError(err, `install body ${messageId}`);
    }
  }

  /** The bytes of a body file, or undefined when there is none. */
  async read(messageId: MessageId): Promise<Buffer | undefined> {
    const { file } = bodyPath(this.options.dir, messageId);
    try {
      return await fs.promises.readFile(file);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return undefined;
      throw storageError(err, `read body ${messageId}`);
    }
  }

  /** Removes a body file and its seal (absent: no-op). */
  async remove(messageId: MessageId): Promise<void> {
    const { file } = bodyPath(this.options.dir, messageId);
    try {
      // The seal first: a seal without its file would claim a body that is gone.
      await fs.promises.rm(sealPath(this.options.dir, messageId), { force: true });
      await fs.promises.unlink(file);
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw storageError(err, `delete body ${messageId}`);
    }
  }

  /**
   * Every body file under `dir` with its size (shard directories are the
   * 2-hex-digit ones; anything else is not ours to look at). Leftover temp
   * files of an interrupted install are removed.
   */
  async list(): Promise<ListedBody[]> {
    const { dir } = this.options;
    const found: ListedBody[] = [];
    let shards: string[];
    try {
      shards = (await fs.promises.readdir(dir)).filter((name) => /^[0-9a-f]{2}$/.test(name));
    } catch (err) {
      throw storageError(err, `list bodies in ${dir}`);
    }
    for (const shard of shards) {
      const shardDir = path.join(dir, shard);
      this.knownShards.add(shardDir);
      for (const name of await fs.promises.readdir(shardDir)) {
        const file = path.join(shardDir, name);
        if (name.endsWith('.tmp')) {
          await fs.promises.rm(file, { force: true });
          continue;
        }
        if (!name.endsWith('.vxb')) continue;
        const stat = await fs.promises.stat(file).catch(() => undefined);
        if (stat) found.push({ messageId: name.slice(0, -4) as MessageId, fileBytes: stat.size, mtimeMs: stat.mtimeMs });
      }
    }
    return found;
  }
}
