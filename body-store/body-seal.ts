/**
 * A seal says "this body file is finished and CouchDB holds all of it": the
 * file may be evicted, and a read must find exactly what the seal records
 * (else the file is corrupt or truncated and is fetched again). It lives
 * beside the body file as `<id>.seal`, a small JSON object. A body without a
 * seal is the only copy of something CouchDB may lack: the upload queue.
 */
import fs from 'node:fs';
import type { MessageId } from '../common/ids.js';
import { bodyPath } from './body-path.js';

export interface BodySeal {
  /** Chunks in the body (the CouchDB document's chunkCount). */
  chunkCount: number;
  /** Sum of payload bytes. */
  byteCount: number;
  /** Length of the body file: header plus every record, nothing after. */
  fileBytes: number;
}

/** The seal file of a body: `<shard>/<id>.seal`. */
export function sealPath(dir: string, messageId: MessageId): string {
  return bodyPath(dir, messageId).file.replace(/\.vxb$/, '.seal');
}

function isSeal(value: unknown): value is BodySeal {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return [v.chunkCount, v.byteCount, v.fileBytes].every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
}

/** The seal of a body, or undefined when there is none (or it is unreadable: then the body counts as unsealed). */
export async function readSeal(dir: string, messageId: MessageId): Promise<BodySeal | undefined> {
  let text: string;
  try {
    text = await fs.promises.readFile(sealPath(dir, messageId), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isSeal(parsed) ? { chunkCount: parsed.chunkCount, byteCount: parsed.byteCount, fileBytes: parsed.fileBytes } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the seal (temp file + rename, so a reader sees the old one or the
 * new one). Not fsynced: a seal lost in a crash only means the body is
 * uploaded again, which is idempotent.
 */
export async function writeSeal(dir: string, messageId: MessageId, seal: BodySeal): Promise<void> {
  const file = sealPath(dir, messageId);
  const tmp = `${file}.tmp`;
  await fs.promises.writeFile(tmp, JSON.stringify({ v: 1, ...seal }));
  await fs.promises.rename(tmp, file);
}

/** Removes the seal (absent: no-op). */
export async function deleteSeal(dir: string, messageId: MessageId): Promise<void> {
  await fs.promises.rm(sealPath(dir, messageId), { force: true });
}
