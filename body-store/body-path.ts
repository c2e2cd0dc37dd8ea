/** Where a body lives: `<dir>/<first 2 hex chars of sha1(id)>/<id>.vxb`. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { VoxError } from '../common/errors.js';
import { isClientId, type MessageId } from '../common/ids.js';

export interface BodyPath {
  /** The shard directory holding the file. */
  shardDir: string;
  file: string;
}

/**
 * Resolves the file of a body. The id pattern excludes `/` and `\`, so a
 * name like `..` only yields the plain file `...vxb` inside the shard.
 * @throws VoxError VOX_MESSAGE_ID_INVALID for anything but 1-64 of [A-Za-z0-9_.:-]
 */
export function bodyPath(dir: string, messageId: MessageId): BodyPath {
  if (!isClientId(messageId)) throw new VoxError('VOX_MESSAGE_ID_INVALID');
  const shard = createHash('sha1').update(messageId).digest('hex').slice(0, 2);
  const shardDir = path.join(dir, shard);
  return { shardDir, file: path.join(shardDir, `${messageId}.vxb`) };
}
