/**
 * Where a listen may start. A live source that holds fewer chunks than
 * `fromSeq` is not an error: a listener resuming after a handover, or on a
 * router whose mirror is still filling, asks for chunks that are on their
 * way, and its listener waits for them. A finished source shorter than
 * `fromSeq` is refused: with VOX_LISTEN_AHEAD (retryable) while its sender
 * may still resume it (INTERRUPTED: the rest comes with the resume), with
 * VOX_BAD_REQUEST when it ended for good.
 */
import { VoxError } from '../../common/errors.js';
import type { ChunkSource } from './chunk-source.js';

export function assertListenable(source: ChunkSource, fromSeq: number): void {
  if (source.endState === null || fromSeq <= source.chunks.length) return;
  const held = `fromSeq ${fromSeq} is beyond the message's ${source.chunks.length} chunks`;
  if (source.endState === 'INTERRUPTED') throw new VoxError('VOX_LISTEN_AHEAD', `${held} so far; the rest comes when its sender resumes it`);
  throw new VoxError('VOX_BAD_REQUEST', held);
}
