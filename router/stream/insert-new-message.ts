/** Inserting the header of a new message whose id a client chose. */
import { isVoxError } from '../../common/errors.js';
import type { HeaderStore, MessageRecord } from '../../header-store/header-store.js';
import { idTaken } from './message-rules.js';

/**
 * Inserts `header`. An id taken meanwhile (two starts racing, checked
 * before) answers as idTaken does, never with the store's bare
 * VOX_MESSAGE_EXISTS, which would confirm someone else's id.
 */
export async function insertNewMessage(headers: HeaderStore, header: MessageRecord): Promise<void> {
  try {
    await headers.insertMessage(header);
  } catch (err) {
    if (!isVoxError(err) || err.code !== 'VOX_MESSAGE_EXISTS') throw err;
    const existing = await headers.getMessage(header.id);
    throw existing ? idTaken(existing, header.senderId) : err;
  }
}
