/** Opening a body writer, timed under voxring_storage_write_seconds{store="body", op="open"} when metrics are on. */
import type { BodyStore, BodyWriter } from '../../body-store/body-store.js';
import type { MessageId } from '../../common/ids.js';
import type { RouterMetrics } from '../metrics.js';

/** `isNew`: the header was just inserted, so no body of this id exists anywhere (no remote lookup). */
export function openBodyWriter(bodies: BodyStore, id: MessageId, isNew: boolean, metrics: RouterMetrics | undefined): Promise<BodyWriter> {
  const open = () => bodies.openWriter(id, { isNew });
  return metrics ? metrics.timeStorage('body', 'open', open) : open();
}
