/**
 * A Door turns one WebSocket protocol into calls on the router's services:
 * the native protocol at /v1/ws, the Zello Channel API at /zello, the relay
 * link between routers at /v1/link. The transport hands every connection to
 * the door whose path it was opened on (DoorDispatch); services never know
 * which door a device came through.
 */
import { clientError, type VoxError } from '../common/errors.js';
import type { TransportConnection, UpgradeDecision, UpgradeRequest } from './edge/transport.js';

export interface Door {
  /** The path this door serves. */
  readonly path: string;
  /**
   * 'exact': only `path` itself. 'prefix': every path that starts with
   * `path` (the link door's /v1/link/<router id>); the door's decideUpgrade
   * refuses those it does not know.
   */
  readonly match: 'exact' | 'prefix';
  /**
   * A door of clients: its connections count toward maxConnections and its
   * upgrades are refused (503) while the router shuts down or drains. The
   * relay-link door is none: a draining router hands its live messages over
   * through its links, and links do not take a client's place.
   */
  readonly forClients: boolean;
  /** Open connections of this door, authenticated or not. */
  readonly connectionCount: number;
  /**
   * Accepts or refuses an upgrade on this door's path (subprotocol, auth).
   * Router-wide refusals (unknown path, shutting down, maxConnections) were
   * made before, by DoorDispatch.
   */
  decideUpgrade(req: UpgradeRequest): UpgradeDecision;
  open(conn: TransportConnection): void;
  /** `data` is only valid during the call (see TransportHandlers.onMessage). */
  message(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void;
  /** The connection's send buffer drained below the high-water mark. */
  drained(conn: TransportConnection): void;
  /** A WebSocket pong arrived. */
  pong(conn: TransportConnection): void;
  /** Who is on a connection, for its session's access line (asked just before `closed`); undefined before authentication. */
  sessionOf(conn: TransportConnection): Record<string, string> | undefined;
  /** The connection is gone (either side closed it); called once. */
  closed(conn: TransportConnection): void;
  /** Closes every connection of this door (shutdown). Safe to call twice. */
  closeAll(): void;
}

/** An upgrade refused with the error's HTTP status and the JSON error body of the HTTP API. */
export function refuseUpgrade(error: VoxError): UpgradeDecision {
  const body = { error: clientError(error) };
  return { accept: false, status: error.status, body: JSON.stringify(body) };
}
