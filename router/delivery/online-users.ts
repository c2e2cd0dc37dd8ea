/**
 * OnlineUsers: who has a connected device now, on any router. Each router
 * marks its own users in the hot state (shared by a ring through Redis;
 * alone, its own memory): online when their first device arrives here,
 * offline when the last one leaves, refreshed every ttlMs / 3 so that a
 * router that dies without a word stops counting after ttlMs. Read by the
 * notification webhook for a new message's recipients.
 *
 * Degradation: while the hot state fails, only this router's own devices
 * count (users elsewhere look offline: a notification too many rather than
 * one missing); the repair marks this router's users again.
 */
import type { RouterId, UserId } from '../../common/ids.js';
import type { HotState } from '../../header-store/hot-state.js';
import type { HotStateGuard } from '../people/hot-state-guard.js';
import type { DeviceRegistry } from './device-registry.js';

/** Default lifetime of a mark that is not refreshed. */
export const DEFAULT_ONLINE_TTL_MS = 30_000;

export interface OnlineUsersOptions {
  devices: DeviceRegistry;
  guard: HotStateGuard;
  routerId: RouterId;
  ttlMs?: number;
}

export class OnlineUsers {
  private readonly ttlMs: number;
  private readonly refresh: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: OnlineUsersOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_ONLINE_TTL_MS;
    options.devices.onUserHere((userId, here) => {
      if (this.closed) return;
      const { routerId } = options;
      void options.guard.run(here ? 'markOnline' : 'markOffline', (hot) => (here ? hot.markOnline(routerId, [userId], this.ttlMs) : hot.markOffline(routerId, [userId])));
    });
    options.guard.onRepair((hot) => this.markAll(hot));
    this.refresh = setInterval(() => void options.guard.run('markOnline', (hot) => this.markAll(hot)), Math.max(1, Math.floor(this.ttlMs / 3)));
    this.refresh.unref();
  }

  /** Those of `userIds` with a device on some router now; never rejects. */
  async onlineAmong(userIds: readonly UserId[]): Promise<Set<UserId>> {
    const { devices, guard } = this.options;
    const online = new Set(userIds.filter((id) => devices.devicesOf(id).size > 0));
    const elsewhere = userIds.filter((id) => !online.has(id));
    if (elsewhere.length === 0) return online;
    const shared = await guard.run('onlineAmong', (hot) => hot.onlineAmong(elsewhere));
    for (const id of shared ?? []) online.add(id);
    return online;
  }

  /** Stops refreshing and takes this router's users off the list (the router is going away; they reconnect elsewhere). Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.refresh);
    const users = [...this.options.devices.users()];
    if (users.length > 0) await this.options.guard.run('markOffline', (hot) => hot.markOffline(this.options.routerId, users));
  }

  private async markAll(hot: HotState): Promise<void> {
    const { devices, routerId } = this.options;
    const users = [...devices.users()];
    if (users.length === 0) return;
    await hot.markOnline(routerId, users, this.ttlMs);
    // A user who left while the marks were written was marked again after their removal: take them back off.
    const left = users.filter((id) => devices.devicesOf(id).size === 0);
    if (left.length > 0) await hot.markOffline(routerId, left);
  }
}
