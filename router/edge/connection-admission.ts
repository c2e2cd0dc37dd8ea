/**
 * ConnectionAdmission: who may hold a client connection on this router.
 * Connections still authenticating and authenticated ones have separate
 * budgets, so that sockets that never say hello cannot lock real users out:
 *
 * - not yet authenticated: at most maxUnauthenticatedPerAddress per client
 *   address and maxUnauthenticatedConnections in all (both until the auth
 *   timeout closes them);
 * - authenticated: at most maxConnections.
 *
 * Upgrades are refused while a budget is full (429 / 503); upgrades that
 * raced past that check are closed at open (4029). The counts are this
 * process's: connections live in one process, so no ring-wide store is needed.
 */
import { VoxError } from '../../common/errors.js';
import { clientAddress, type ClientOrigin } from './client-address.js';
import type { TransportConnection } from './transport.js';

/** Close code for a connection over an unauthenticated cap (and a rate-limited authentication). */
export const CLOSE_TOO_MANY_REQUESTS = 4029;

export interface ConnectionAdmissionOptions {
  maxConnections: number;
  maxUnauthenticatedConnections: number;
  maxUnauthenticatedPerAddress: number;
  /** Count under the last X-Forwarded-For entry (client-address.ts). */
  trustProxy: boolean;
}

/** The per-address and router-wide budgets of client connections, authenticated or not. */
export class ConnectionAdmission {
  /** Connections not yet authenticated → their client address. */
  private readonly pending = new Map<TransportConnection, string>();
  private readonly pendingByAddress = new Map<string, number>();
  private readonly admitted = new Set<TransportConnection>();

  constructor(private readonly options: ConnectionAdmissionOptions) {}

  /** Connections authenticated and counted against maxConnections. */
  get authenticatedCount(): number {
    return this.admitted.size;
  }

  /** Connections still authenticating. */
  get unauthenticatedCount(): number {
    return this.pending.size;
  }

  /** Why an upgrade from `origin` is refused now, or undefined when it may open. */
  refusal(origin: ClientOrigin): VoxError | undefined {
    if (this.admitted.size >= this.options.maxConnections) return new VoxError('VOX_TOO_MANY_CONNECTIONS');
    return this.pendingRefusal(this.address(origin));
  }

  /** Counts a new connection as authenticating; returns why it must be closed instead (not counted then). */
  opened(conn: TransportConnection): VoxError | undefined {
    const address = this.address(conn);
    const refusal = this.pendingRefusal(address);
    if (refusal) return refusal;
    this.pending.set(conn, address);
    this.pendingByAddress.set(address, (this.pendingByAddress.get(address) ?? 0) + 1);
    return undefined;
  }

  /** The connection authenticated: true when it takes an authenticated slot, false when maxConnections is reached. */
  authenticated(conn: TransportConnection): boolean {
    if (this.admitted.has(conn)) return true;
    if (this.admitted.size >= this.options.maxConnections) return false;
    this.forgetPending(conn);
    this.admitted.add(conn);
    return true;
  }

  /** The connection is gone: its slot is free. */
  closed(conn: TransportConnection): void {
    this.admitted.delete(conn);
    this.forgetPending(conn);
  }

  private pendingRefusal(address: string): VoxError | undefined {
    const { maxUnauthenticatedConnections, maxUnauthenticatedPerAddress } = this.options;
    if (this.pending.size >= maxUnauthenticatedConnections) {
      return new VoxError('VOX_TOO_MANY_UNAUTHENTICATED', 'too many connections wait to authenticate on this router (maxUnauthenticatedConnections)');
    }
    if ((this.pendingByAddress.get(address) ?? 0) >= maxUnauthenticatedPerAddress) {
      return new VoxError('VOX_TOO_MANY_UNAUTHENTICATED', 'too many connections from this address wait to authenticate (maxUnauthenticatedPerAddress)');
    }
    return undefined;
  }

  private forgetPending(conn: TransportConnection): void {
    const address = this.pending.get(conn);
    if (address === undefined) return;
    this.pending.delete(conn);
    const left = (this.pendingByAddress.get(address) ?? 1) - 1;
    if (left <= 0) this.pendingByAddress.delete(address);
    else this.pendingByAddress.set(address, left);
  }

  private address(origin: ClientOrigin): string {
    return clientAddress(origin, this.options.trustProxy);
  }
}
