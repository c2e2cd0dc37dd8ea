/** A message going live on this router (started here, or mirrored from its router) reaches the devices that monitor its conversation. */
import type { UserId } from '../../common/ids.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import { visibleTo } from '../stream/message-rules.js';
import { MessageListener } from '../stream/message-listener.js';
import { toWireHeader } from '../wire-mappers.js';
import type { Device } from './device.js';
import type { DeviceRegistry } from './device-registry.js';

/**
 * Every connected device of `participants` that may see the message and
 * monitors its conversation gets its header and hears it from `fromSeq` (0
 * for a new message; the live edge for a resumed one, whose header tells its
 * chunkCount so that a device can listen for the start), unless it already
 * listens to it or ignores the conversation; `except` (the sender's own
 * device) does not.
 */
export function attachMonitors(
  devices: DeviceRegistry,
  source: ChunkSource,
  participants: readonly UserId[],
  except?: Device,
  fromSeq = 0,
): void {
  const header = source.header;
  const frame = { ref: 0, type: 'header' as const, header: toWireHeader(header) };
  for (const userId of participants) {
    if (!visibleTo(header, userId)) continue;
    for (const device of devices.devicesOf(userId)) {
      if (device === except || !device.monitored.has(header.conversationId) || device.listeners.has(header.id)) continue;
      if (device.listenModeOf(header.conversationId) === 'ignore') continue;
      device.send(frame);
      new MessageListener(device, source, fromSeq, devices).attach();
    }
  }
}
