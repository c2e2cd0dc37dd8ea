/**
 * A Door turns one WebSocket protocol into calls on the router's services:
 * the native protocol at /v1/ws, the Zello Channel API at /zello, the relay
 * link between routers at /v1/link. The transport hands every connection to
 * the door whose path it was opened on (DoorDispatch); services never know
 * which door a device came through.
 */
import type { TransportConnection, UpgradeDecision, UpgradeRequest } from './edge/transport.js';

export interface Door {
  /** The path this door serves; a connection belongs to it when its path equals this or starts with `${path}/`. */
  readonly path: string;
  /** Open connections of this door that count against maxConnections (a link door counts none). */
  readonly connectionCount: number;
  /** Accept or refuse an upgrade on this door's path (subprotocol, auth, limits). */
  decideUpgrade(req: UpgradeRequest): UpgradeDecision;
  open(conn: TransportConnection): void;
  message(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void;
  /** The connection's send buffer drained below the high-water mark. */
  drained(conn: TransportConnection): void;
  /** A WebSocket pong arrived. */
  pong(conn: TransportConnection): void;
  /** The connection is gone (either side closed it); called once. */
  closed(conn: TransportConnection): void;
  /** Closes every connection of this door (shutdown). Safe to call twice. */
  closeAll(): void;
}
