/**
 * A replica marker says "this body file is a copy kept for the router where
 * the message is live": never uploaded, never sealed, not queued after a
 * restart. It lives beside the body file as `<id>.replica`, a small JSON
 * object, and is made durable (file and directory fsynced) before the body
 * file exists, so no crash can leave a replica's file without its marker —
 * such a file would be uploaded, and completed, by a router that does not
 * own the message. A marker without a body file is harmless (a crash between
 * the two) and is replaced or removed at the next open or release.
 */
import fs from 'node:fs';
import type { MessageId } from '../common/ids.js';
import { syncDir } from './body-file-io.js';
import { bodyPath } from './body-path.js';

export interface ReplicaMarker {
  /**
   * The replica was opened over a local delete not yet sent (a pending
   * tombstone): once adopted, its upload must replace the remote tombstone.
   */
  revive: boolean;
}

/** The marker file of a body: `<shard>/<id>.replica`. */
export function replicaMarkerPath(dir: string, messageId: MessageId): string {
  return bodyPath(dir, messageId).file.replace(/\.vxb$/, '.replica');
}

/** The marker of a body, or undefined when it is not a replica. An unreadable marker still marks a replica. */
export async function readReplicaMarker(
  dir: string,
  messageId: MessageId,
): Promise<ReplicaMarker | undefined> {
  let text: string;
  try {
    text = await fs.promises.readFile(replicaMarkerPath(dir, messageId), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as { revive?: unknown };
    return { revive: parsed.revive === true };
  } catch {
    // Torn by a crash while written: it was meant to be there.
    return { revive: false };
  }
}

/** Writes the marker durably (file and its directory fsynced); creates the shard directory if needed. */
export async function writeReplicaMarker(
  dir: string,
  messageId: MessageId,
  marker: ReplicaMarker,
): Promise<void> {
  const { shardDir } = bodyPath(dir, messageId);
  const created = await fs.promises.mkdir(shardDir, { recursive: true });
  const handle = await fs.promises.open(replicaMarkerPath(dir, messageId), 'w', 0o644);
  try {
    await handle.writeFile(JSON.stringify({ v: 1, revive: marker.revive }));
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await syncDir(shardDir);
  if (created !== undefined) await syncDir(dir);
}

/**
 * Removes the marker (absent: no-op) and fsyncs its directory, so an adopted
 * body cannot turn back into a replica (and miss its upload) after a crash.
 */
export async function deleteReplicaMarker(dir: string, messageId: MessageId): Promise<void> {
  const file = replicaMarkerPath(dir, messageId);
  try {
    await fs.promises.unlink(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  await syncDir(bodyPath(dir, messageId).shardDir);
}
