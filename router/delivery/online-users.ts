/**
 * OnlineUsers: who has a connected device now. The notification webhook asks
 * it about a new message's recipients; implementations answer for this
 * router alone (LocalOnlineUsers) or for every router sharing a hot state
 * (SharedOnlineUsers, in shared-online-users.ts).
 */
import type { UserId } from '../../common/ids.js';
import type { DeviceRegistry } from './device-registry.js';

export interface OnlineUsers {
  /** Those of `userIds` with at least one connected device; never rejects (what cannot be told counts as offline). */
  onlineAmong(userIds: readonly UserId[]): Promise<Set<UserId>>;
  /** Stops what it runs (timers); idempotent. */
  close(): Promise<void>;
}

/** The users with a device connected to this router. */
export function localOnline(devices: DeviceRegistry, userIds: readonly UserId[]): Set<UserId> {
  return new Set(userIds.filter((id) => devices.devicesOf(id).size > 0));
}

/** OnlineUsers of one router: its device registry. */
export class LocalOnlineUsers implements OnlineUsers {
  constructor(private readonly devices: DeviceRegistry) {}

  onlineAmong(userIds: readonly UserId[]): Promise<Set<UserId>> {
    return Promise.resolve(localOnline(this.devices, userIds));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
