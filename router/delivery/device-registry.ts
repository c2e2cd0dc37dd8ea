/** Connected, authenticated devices by user: the router's local delivery table. */
import type { UserId } from '../../common/ids.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { DeliveryEnds } from '../stream/message-listener.js';
import type { Device } from './device.js';

/** A user's first device arrived here (true), or its last one left (false). */
export type UserHereListener = (userId: UserId, here: boolean) => void;

/** A device here got a complete message through its end. */
export type DeliveredListener = (device: Device, source: ChunkSource) => void;

/** A device here started (true) or stopped (false) hearing a live message at its live edge. */
export type HearingLiveListener = (device: Device, source: ChunkSource, hearing: boolean) => void;

export class DeviceRegistry implements DeliveryEnds {
  private readonly byUser = new Map<UserId, Set<Device>>();
  private readonly listeners: UserHereListener[] = [];
  private readonly deliveredListeners: DeliveredListener[] = [];
  private readonly hearingListeners: HearingLiveListener[] = [];
  private count = 0;

  /** Adds a listener for messages devices here got through their ends (receipts). */
  onDelivered(listener: DeliveredListener): void {
    this.deliveredListeners.push(listener);
  }

  delivered(device: Device, source: ChunkSource): void {
    for (const listener of this.deliveredListeners) listener(device, source);
  }

  /** Adds a listener for devices here starting and stopping to hear a live message at its live edge (listening presence). */
  onHearingLive(listener: HearingLiveListener): void {
    this.hearingListeners.push(listener);
  }

  hearingLive(device: Device, source: ChunkSource, hearing: boolean): void {
    for (const listener of this.hearingListeners) listener(device, source, hearing);
  }

  onUserHere(listener: UserHereListener): void {
    this.listeners.push(listener);
  }

  add(device: Device): void {
    const userId = device.userId;
    if (userId === undefined) return;
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    if (set.has(device)) return;
    set.add(device);
    this.count++;
    if (set.size === 1) this.tell(userId, true);
  }

  remove(device: Device): void {
    const userId = device.userId;
    if (userId === undefined) return;
    const set = this.byUser.get(userId);
    if (set?.delete(device)) {
      this.count--;
      if (set.size === 0) {
        this.byUser.delete(userId);
        this.tell(userId, false);
      }
    }
  }

  /** Users with at least one device here. */
  users(): IterableIterator<UserId> {
    return this.byUser.keys();
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

  private tell(userId: UserId, here: boolean): void {
    for (const listener of this.listeners) listener(userId, here);
  }
}

const EMPTY: ReadonlySet<Device> = new Set();
