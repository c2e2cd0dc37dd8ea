/** A message's chunks as this router's body store holds them, for a reader (a listen, the audio endpoint, another router). */
import { VoxError } from '../../common/errors.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import { ChunkSource } from './chunk-source.js';
import { stateName } from '../wire-mappers.js';

/**
 * A finished (or left-live: read as interrupted) message from storage.
 * `liveRouter`: the router id this router's headers record (undefined
 * alone). A body the header says another router owns, shorter here than the
 * header says, is refused (retryable): this disk may hold an old partial copy.
 */
export async function storedSource(bodies: BodyStore, header: MessageRecord, liveRouter: string | undefined): Promise<ChunkSource> {
  const hasBody = header.contentType === 'voice' || header.contentType === 'image';
  const chunks = hasBody ? (await bodies.read(header.id, 0)).map((c) => c.payload) : [];
  const owner = header.liveRouter;
  if (hasBody && owner !== undefined && owner !== liveRouter && chunks.length < header.chunkCount) {
    throw new VoxError('VOX_STORAGE_FAILED', `the body of this message is on router ${owner}, which cannot be reached now; try again`);
  }
  return new ChunkSource(header.id, header, chunks, stateName(header.state === 'live' ? 'interrupted' : header.state));
}
