/**
 * The doors of one router behind the transport's WebSocket handlers. An
 * upgrade is answered by path: 404 when no door serves it, then for a door
 * of clients the router-wide refusals (shutting down or draining, the
 * ConnectionAdmission budgets over every client door), then the door's own
 * decision. A client connection counts as authenticating from open until its
 * door admits it as authenticated (or it closes).
 * A connection is bound to its door once, at open: frames go straight to
 * that door (one map lookup, no path comparison per frame).
 */
import { performance } from 'node:perf_hooks';
import { VoxError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { refuseUpgrade, type Door } from './door.js';
import { originOf } from './edge/client-address.js';
import { CLOSE_TOO_MANY_REQUESTS, type ConnectionAdmission } from './edge/connection-admission.js';
import type { TransportConnection, UpgradeDecision, UpgradeRequest, WebSocketHandlers } from './edge/transport.js';

export interface DoorDispatchOptions {
  /** The doors; the 404 answer names the client doors' paths in this order. */
  doors: readonly Door[];
  /** The budgets of client connections, authenticating (429) and authenticated (503); the doors admit authenticated ones. */
  admission: ConnectionAdmission;
  /** False while the router shuts down or drains: client upgrades are refused (503). */
  admitsClients: () => boolean;
  /** Where each session's access line goes (info) when it closes. */
  logger: Logger;
}

/** Picks a connection's door by path once, at open, and answers upgrades router-wide. */
export class DoorDispatch {
  private readonly exact = new Map<string, Door>();
  private readonly prefixed: Door[] = [];
  private readonly clientDoors: readonly Door[];
  private readonly byConnection = new Map<TransportConnection, Door>();
  /** performance.now() at open, for the session's duration. */
  private readonly openedAt = new Map<TransportConnection, number>();
  private readonly notFoundMessage: string;

  constructor(private readonly options: DoorDispatchOptions) {
    for (const door of options.doors) {
      if (this.exact.has(door.path) || this.prefixed.some((d) => d.path === door.path)) {
        throw new VoxError('VOX_CONFIG_INVALID', `two doors serve ${door.path}`);
      }
      if (door.match === 'exact') this.exact.set(door.path, door);
      else this.prefixed.push(door);
    }
    this.clientDoors = options.doors.filter((d) => d.forClients);
    this.notFoundMessage = `WebSocket endpoints are ${this.clientDoors.map((d) => d.path).join(' and ')}`;
  }

  /** Open connections of the client doors, authenticated or not. */
  get connectionCount(): number {
    let count = 0;
    for (const door of this.clientDoors) count += door.connectionCount;
    return count;
  }

  /** The transport's WebSocket handlers; the router adds onHttp. */
  handlers(): WebSocketHandlers {
    return {
      onUpgrade: (req) => this.decideUpgrade(req),
      onOpen: (conn) => this.open(conn),
      onMessage: (conn, data, isBinary) => this.byConnection.get(conn)?.message(conn, data, isBinary),
      onDrain: (conn) => this.byConnection.get(conn)?.drained(conn),
      onClose: (conn, code, reason) => this.closed(conn, code, reason),
      onPong: (conn) => this.byConnection.get(conn)?.pong(conn),
    };
  }

  decideUpgrade(req: UpgradeRequest): UpgradeDecision {
    const door = this.doorOf(req.path);
    if (!door) return refuseUpgrade(new VoxError('VOX_NOT_FOUND', this.notFoundMessage));
    if (door.forClients) {
      if (!this.options.admitsClients()) return refuseUpgrade(new VoxError('VOX_SHUTTING_DOWN'));
      const refusal = this.options.admission.refusal(originOf(req));
      if (refusal) return refuseUpgrade(refusal);
    }
    return door.decideUpgrade(req);
  }

  /** Closes every door's connections (shutdown), in the doors' order. Safe to call twice. */
  closeAll(): void {
    for (const door of this.options.doors) door.closeAll();
  }

  private open(conn: TransportConnection): void {
    const door = this.doorOf(conn.path);
    if (!door) {
      // Not reached: the upgrade of a path no door serves was refused.
      conn.close(1008, 'VOX_NOT_FOUND');
      return;
    }
    if (door.forClients) {
      // Upgrades accepted together can pass the upgrade check before any of them opened.
      const refusal = this.options.admission.opened(conn);
      if (refusal) {
        conn.close(CLOSE_TOO_MANY_REQUESTS, refusal.code);
        return;
      }
    }
    this.openedAt.set(conn, performance.now());
    this.byConnection.set(conn, door);
    door.open(conn);
  }

  private closed(conn: TransportConnection, code: number, reason: string): void {
    this.options.admission.closed(conn);
    const door = this.byConnection.get(conn);
    if (!door) return;
    this.logSession(conn, door, code, reason);
    this.byConnection.delete(conn);
    door.closed(conn);
  }

  /** One access line per WebSocket session: its door, who, how long, and how it ended (close code and reason). */
  private logSession(conn: TransportConnection, door: Door, code: number, reason: string): void {
    const openedAt = this.openedAt.get(conn);
    this.openedAt.delete(conn);
    const ms = openedAt === undefined ? undefined : Math.round(performance.now() - openedAt);
    this.options.logger.info({ door: door.path, conn: conn.id, addr: conn.remoteAddress, ...door.sessionOf(conn), ms, code, reason }, 'websocket session');
  }

  /** An exact path first, else the first prefix door whose path starts it. */
  private doorOf(path: string): Door | undefined {
    const door = this.exact.get(path);
    if (door) return door;
    for (const prefixed of this.prefixed) if (path.startsWith(prefixed.path)) return prefixed;
    return undefined;
  }
}
