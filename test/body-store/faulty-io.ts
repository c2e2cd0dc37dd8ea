/** A BodyFileIo over node:fs that counts calls and fails or stalls on demand. */
import fs from 'node:fs';
import { nodeBodyFileIo, type BodyFileIo } from '../../body-store/body-file-io.js';

const eio = (op: string): NodeJS.ErrnoException => Object.assign(new Error(`EIO: i/o error, ${op}`), { code: 'EIO' });

export class FaultyIo implements BodyFileIo {
  writes = 0;
  syncs = 0;
  truncates = 0;
  /** Next writes: 'fail' throws EIO; 'half' writes half the bytes then throws; 'short' writes half and returns. */
  writeFaults: Array<'fail' | 'half' | 'short'> = [];
  /** Number of next datasyncs that throw EIO (after really syncing nothing). */
  syncFailures = 0;
  /** When set, writes wait for it before touching the file. */
  gate: Promise<void> | undefined;
  private gateEntered: Array<() => void> = [];

  async write(fd: number, data: Buffer, position: number): Promise<number> {
    this.writes++;
    if (this.gate !== undefined) {
      for (const resolve of this.gateEntered.splice(0)) resolve();
      await this.gate;
    }
    const fault = this.writeFaults.shift();
    if (fault === undefined) return nodeBodyFileIo.write(fd, data, position);
    const half = Math.max(1, data.length >> 1);
    if (fault !== 'fail') fs.writeSync(fd, data, 0, half, position);
    if (fault === 'short') return half;
    throw eio('write');
  }

  async datasync(fd: number): Promise<void> {
    this.syncs++;
    if (this.syncFailures > 0) {
      this.syncFailures--;
      throw eio('fdatasync');
    }
    return nodeBodyFileIo.datasync(fd);
  }

  async truncate(fd: number, length: number): Promise<void> {
    this.truncates++;
    return nodeBodyFileIo.truncate(fd, length);
  }

  /** Resolves when a write reaches the gate. */
  gateReached(): Promise<void> {
    return new Promise((resolve) => this.gateEntered.push(resolve));
  }
}
