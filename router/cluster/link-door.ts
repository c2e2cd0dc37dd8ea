/**
 * The relay-link door at /v1/link/<router id>: accepts the WebSockets other
 * routers of the ring dial (only with the cluster secret) and hands each to
 * the RelayLink of that peer. The peer with the smaller id dials, so this
 * side accepts links from routers whose id sorts before its own.
 */
import { timingSafeEqual } from 'node:crypto';
import { isRouterId } from '../../ring/router-info.js';
import { VoxError } from '../../common/errors.js';
import { refuseUpgrade, type Door } from '../door.js';
import type { TransportConnection, UpgradeDecision, UpgradeRequest } from '../edge/transport.js';
import { LINK_PATH, LINK_SECRET_HEADER, type LinkChannel, type RelayLink } from './relay-link.js';

/** Where accepted links go: the ring's link table. */
export interface LinkHost {
  readonly selfId: string;
  /** True once the ring closed: links are refused. */
  readonly closed: boolean;
  /** The link to `peerId` (made now if the peer is not known yet). */
  linkTo(peerId: string): RelayLink;
}

export interface LinkDoorOptions {
  host: LinkHost;
  /** The ring's shared secret (clusterSecret); without one, every link is refused. */
  secret: string | undefined;
}

export class LinkDoor implements Door {
  readonly path = LINK_PATH;
  readonly match = 'prefix';
  /** Links stay open while the router drains (live messages are handed over through them). */
  readonly forClients = false;
  /** Links do not count against maxConnections. */
  readonly connectionCount = 0;
  private readonly byConnection = new Map<TransportConnection, { link: RelayLink; channel: LinkChannel }>();

  constructor(private readonly options: LinkDoorOptions) {}

  /** Accepts /v1/link/<router id> only with the cluster secret. */
  decideUpgrade(req: UpgradeRequest): UpgradeDecision {
    const { host, secret } = this.options;
    const peerId = peerIdOf(req.path);
    if (peerId === undefined || peerId === host.selfId) return refuseUpgrade(new VoxError('VOX_NOT_FOUND', `relay links connect to ${LINK_PATH}/<router id>`));
    if (!secretMatches(req.headers[LINK_SECRET_HEADER], secret)) {
      return refuseUpgrade(new VoxError('VOX_AUTH_REQUIRED', 'relay link needs the cluster secret'));
    }
    if (host.closed) return refuseUpgrade(new VoxError('VOX_SHUTTING_DOWN', 'router is shutting down'));
    return { accept: true, protocol: null };
  }

  open(conn: TransportConnection): void {
    const peerId = peerIdOf(conn.path);
    if (peerId === undefined || this.options.host.closed) {
      conn.close(1008, 'VOX_NOT_FOUND');
      return;
    }
    const link = this.options.host.linkTo(peerId);
    const channel: LinkChannel = {
      send: (bytes) => conn.send(bytes, true),
      close: (code, reason) => conn.close(code, reason),
      terminate: () => conn.terminate(),
      ping: () => conn.ping(),
    };
    this.byConnection.set(conn, { link, channel });
    link.attach(channel);
  }

  message(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void {
    if (isBinary) this.byConnection.get(conn)?.link.receive(data);
  }

  drained(conn: TransportConnection): void {
    this.byConnection.get(conn)?.link.drained();
  }

  /** The RelayLink's heartbeat pinged: its peer is alive. */
  pong(conn: TransportConnection): void {
    this.byConnection.get(conn)?.link.heard();
  }

  sessionOf(conn: TransportConnection): Record<string, string> | undefined {
    const link = this.byConnection.get(conn)?.link;
    return link && { peer: link.peerId };
  }

  closed(conn: TransportConnection): void {
    const entry = this.byConnection.get(conn);
    if (!entry) return;
    this.byConnection.delete(conn);
    entry.link.detach(entry.channel);
  }

  /** Closes every accepted link connection (1001); the ring's close() already closed the links themselves. */
  closeAll(): void {
    for (const conn of this.byConnection.keys()) conn.close(1001, 'VOX_SHUTTING_DOWN');
  }
}

function peerIdOf(path: string): string | undefined {
  if (!path.startsWith(`${LINK_PATH}/`)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(path.slice(LINK_PATH.length + 1));
  } catch {
    return undefined;
  }
  return isRouterId(id) ? id : undefined;
}

function secretMatches(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
