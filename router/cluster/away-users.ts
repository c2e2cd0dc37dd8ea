/**
 * Users connected on a router that is not their home: Zello clients (their
 * protocol has no redirect), users served by a fallback while their home is
 * unreachable, users not yet migrated after a ring change. Each router
 * announces its own to the others (`usersHere` relay frames), so that live
 * messages and timeline events reach the routers where a user's devices
 * actually are, not only the user's home.
 */
import type { UserId } from '../../common/ids.js';
import type { UsersHere } from '../../proto/frames.js';

const NOBODY: ReadonlySet<string> = new Set();

export class AwayUsers {
  /** Users away from their home with devices on this router, as announced. */
  private readonly here = new Set<UserId>();
  /** The routers that announced each user. */
  private readonly routersByUser = new Map<UserId, Set<string>>();
  private readonly usersByRouter = new Map<string, Set<UserId>>();

  /** Whether `userId` is away here now; returns the change to announce, if any. */
  setHere(userId: UserId, away: boolean): UsersHere | undefined {
    if (away === this.here.has(userId)) return undefined;
    if (away) this.here.add(userId);
    else this.here.delete(userId);
    return away ? { arrived: [userId], left: [], full: false } : { arrived: [], left: [userId], full: false };
  }

  /** Sets every user at once (after a ring change); returns the change to announce, if any. */
  setAll(away: ReadonlySet<UserId>): UsersHere | undefined {
    const arrived = [...away].filter((u) => !this.here.has(u));
    const left = [...this.here].filter((u) => !away.has(u));
    for (const u of arrived) this.here.add(u);
    for (const u of left) this.here.delete(u);
    return arrived.length + left.length > 0 ? { arrived, left, full: false } : undefined;
  }

  /** Everyone announced by this router: what a link that came up is told. */
  fullList(): UsersHere {
    return { arrived: [...this.here], left: [], full: true };
  }

  /** Router `peer` announced users; returns those that arrived there. */
  peerSaid(peer: string, frame: UsersHere): UserId[] {
    if (frame.full) this.peerGone(peer);
    for (const userId of frame.left as UserId[]) this.unmark(peer, userId);
    const arrived = frame.arrived as UserId[];
    for (const userId of arrived) this.mark(peer, userId);
    return arrived;
  }

  /** Router `peer` left the ring: none of its announcements hold. */
  peerGone(peer: string): void {
    for (const userId of this.usersByRouter.get(peer) ?? []) this.unmark(peer, userId);
    this.usersByRouter.delete(peer);
  }

  /** The other routers where the user has devices although they are not the user's home. */
  routersOf(userId: UserId): ReadonlySet<string> {
    return this.routersByUser.get(userId) ?? NOBODY;
  }

  private mark(peer: string, userId: UserId): void {
    let routers = this.routersByUser.get(userId);
    if (!routers) this.routersByUser.set(userId, (routers = new Set()));
    routers.add(peer);
    let users = this.usersByRouter.get(peer);
    if (!users) this.usersByRouter.set(peer, (users = new Set()));
    users.add(userId);
  }

  private unmark(peer: string, userId: UserId): void {
    const routers = this.routersByUser.get(userId);
    routers?.delete(peer);
    if (routers?.size === 0) this.routersByUser.delete(userId);
    this.usersByRouter.get(peer)?.delete(userId);
  }
}
