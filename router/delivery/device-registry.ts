/** Connected, authenticated devices by user: the router's local delivery table. */
import type { UserId } from '../../common/ids.js';
import type { Device } from './device.js';

export class DeviceRegistry {
  private readonly byUser = new Map<UserId, Set<Device>>();
  private count = 0;

  add(device: Device): void {
    const userId = device.userId;
    if (userId === undefined) return;
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    if (!set.has(device)) {
      set.add(device);
      this.count++;
    }
  }

  remove(device: Device): void {
    const userId = device.userId;
    if (userId === undefined) return;
    const set = this.byUser.get(userId);
    if (set?.delete(device)) {
      this.count--;
      if (set.size === 0) this.byUser.delete(userId);
    }
  }

  devicesOf(userId: UserId): ReadonlySet<Device> {
    return this.byUser.get(userId) ?? EMPTY;
  }

  get size(): number {
    return this.count;
  }

  all(): Device[] {
    return [...this.byUser.values()].flatMap((s) => [...s]);
  }
}

const EMPTY: ReadonlySet<Device> = new Set();
