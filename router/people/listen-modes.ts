/**
 * Listen modes: per conversation and device, NORMAL (live voice pushed while
 * monitoring), IGNORE (no live push: the device neither gets the header nor
 * the chunks of a new voice message; the message is still stored, in the
 * timeline and counted unread, and a listen by id still plays it) or SCREEN
 * (pushed live, but the user is not shown as listening). Stored in the
 * header store, so a device keeps its modes across connections and routers;
 * a connected device holds a copy, loaded at hello and updated here.
 */
import { VoxError } from '../../common/errors.js';
import type { ConversationId, UserId } from '../../common/ids.js';
import type { HeaderStore, ListenMode } from '../../header-store/header-store.js';
import type { ListenModeName, RelayListenMode } from '../../proto/frames.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { ListeningPresence } from '../delivery/listening-presence.js';
import type { ConversationDirectory } from './conversation-directory.js';

/** Tells the routers of a ring serving a user that one of their devices' modes changed here (RingNode); nothing alone. */
export interface RemoteListenModes {
  pushListenMode(change: RelayListenMode): void;
}

export interface ListenModesOptions {
  store: HeaderStore;
  directory: ConversationDirectory;
  devices: DeviceRegistry;
  /** Told when a connected device's mode changes (a screener is not listed as listening). */
  listening?: Pick<ListeningPresence, 'modeChanged'>;
  /** The other routers: the device may be connected to one of them. */
  remote?: RemoteListenModes;
}

const FROM_WIRE: Readonly<Record<string, ListenMode>> = { NORMAL: 'normal', IGNORE: 'ignore', SCREEN: 'screen' };
const TO_WIRE: Readonly<Record<ListenMode, ListenModeName>> = { normal: 'NORMAL', ignore: 'IGNORE', screen: 'SCREEN' };

/** A mode from the wire or HTTP (NORMAL, IGNORE, SCREEN, any case); VOX_BAD_REQUEST naming them otherwise. */
export function parseListenMode(value: unknown): ListenMode {
  const mode = typeof value === 'string' ? FROM_WIRE[value.toUpperCase()] : undefined;
  if (!mode) throw new VoxError('VOX_BAD_REQUEST', `mode must be one of NORMAL, IGNORE, SCREEN, got ${JSON.stringify(value ?? null)}`);
  return mode;
}

export function wireListenMode(mode: ListenMode): ListenModeName {
  return TO_WIRE[mode];
}

export class ListenModes {
  constructor(private readonly options: ListenModesOptions) {}

  /** Sets the mode of one device (by id) of `userId` in a conversation they take part in; its connections here follow at once. */
  async set(userId: UserId, deviceId: string, conversationId: ConversationId, mode: ListenMode): Promise<void> {
    await this.options.directory.requireParticipant(conversationId, userId);
    await this.options.store.setListenMode(userId, deviceId, conversationId, mode);
    this.apply(userId, deviceId, conversationId, mode);
    this.options.remote?.pushListenMode({ userId, deviceId, conversationId, mode: wireListenMode(mode) });
  }

  /** A mode set on another router of the ring (already stored): the device's connections here follow. */
  changedElsewhere(change: RelayListenMode): void {
    const mode = FROM_WIRE[change.mode];
    if (mode) this.apply(change.userId as UserId, change.deviceId, change.conversationId as ConversationId, mode);
  }

  private apply(userId: UserId, deviceId: string, conversationId: ConversationId, mode: ListenMode): void {
    for (const device of this.options.devices.devicesOf(userId)) {
      if (device.identity?.deviceId !== deviceId) continue;
      device.setListenMode(conversationId, mode);
      this.options.listening?.modeChanged(device, conversationId);
    }
  }

  /** The mode of one device of `userId` in a conversation they take part in. */
  async get(userId: UserId, deviceId: string, conversationId: ConversationId): Promise<ListenMode> {
    await this.options.directory.requireParticipant(conversationId, userId);
    return (await this.options.store.listenModes(userId, deviceId)).get(conversationId) ?? 'normal';
  }

  /** Every mode of one device, for its connection (read at hello). */
  of(userId: UserId, deviceId: string): Promise<Map<ConversationId, ListenMode>> {
    return this.options.store.listenModes(userId, deviceId);
  }
}
