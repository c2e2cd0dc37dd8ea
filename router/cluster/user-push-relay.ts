/**
 * Pushes meant for the devices of one user served on other routers of the
 * ring (their home, and routers where they are connected away from home):
 * timeline events (RelayFrame relay_timeline) and receipts for a message's
 * sender (RelayFrame receipt), listen modes set for one of the user's devices
 * (RelayFrame listen_mode); and the same frames arriving from another
 * router, pushed to the user's devices here.
 */
import type { UserId } from '../../common/ids.js';
import type { RelayFrame, RelayListenMode, Receipt, TimelineEvent } from '../../proto/frames.js';
import type { RelayLink } from './relay-link.js';
import type { RingServices } from './ring.js';

export interface UserPushRelayOptions {
  /** The other routers serving the user (home or fallback, and where they are away from home); never this one. */
  routersOf(userId: UserId): ReadonlySet<string>;
  link(routerId: string): RelayLink | undefined;
}

export class UserPushRelay {
  constructor(private readonly options: UserPushRelayOptions) {}

  /** Relays a stored timeline event to the user's other routers; whether it went to any. */
  pushTimeline(userId: UserId, event: TimelineEvent): boolean {
    return this.send(userId, { ref: 0, type: 'relayTimeline', relayTimeline: { userId, event } });
  }

  /** Relays a receipt to the routers of the message's sender; whether it went to any. */
  pushReceipt(senderId: UserId, receipt: Receipt): boolean {
    return this.send(senderId, { ref: 0, type: 'receipt', receipt: { userId: senderId, receipt } });
  }

  /** Relays a device's new listen mode to the user's other routers. */
  pushListenMode(change: RelayListenMode): void {
    this.send(change.userId as UserId, { ref: 0, type: 'listenMode', listenMode: change });
  }

  /** A push relayed by another router: to the user's devices here. */
  received(
    frame: Extract<RelayFrame, { type: 'relayTimeline' | 'receipt' | 'listenMode' }>,
    services: Pick<RingServices, 'timeline' | 'receipts' | 'listenModes'>,
  ): void {
    if (frame.type === 'listenMode') {
      services.listenModes.changedElsewhere(frame.listenMode);
      return;
    }
    if (frame.type === 'relayTimeline') {
      if (frame.relayTimeline.event) services.timeline.pushLocal(frame.relayTimeline.userId as UserId, frame.relayTimeline.event);
      return;
    }
    if (frame.receipt.receipt) services.receipts.pushLocal(frame.receipt.userId as UserId, frame.receipt.receipt);
  }

  private send(userId: UserId, frame: RelayFrame): boolean {
    let sent = false;
    for (const id of this.options.routersOf(userId)) {
      const link = this.options.link(id);
      if (!link) continue;
      link.sendControl(frame);
      sent = true;
    }
    return sent;
  }
}
