/**
 * Picks the transport implementation. 'auto' prefers native uWS and falls
 * back to ws when its binary cannot load on this platform; the caller reads
 * `transport.name` to report which one runs.
 */
import type { Transport } from './transport.js';
import type { TransportRuntimeOptions } from './transport-support.js';
import { WsTransport } from './ws-transport.js';

/** Transport requested by configuration. */
export type TransportChoice = 'uws' | 'ws' | 'auto';

/**
 * Creates (does not start) a transport. The uWS module is imported lazily so
 * that choosing 'ws' never loads the native binary (nor prints its warning).
 * Rejects with VOX_TRANSPORT_UNAVAILABLE when 'uws' is requested and unavailable.
 */
export async function createTransport(choice: TransportChoice, options: TransportRuntimeOptions): Promise<Transport> {
  if (choice === 'ws') return new WsTransport(options);
  const { UwsTransport, uwsNativeAvailable } = await import('./uws-transport.js');
  if (choice === 'uws' || uwsNativeAvailable()) return new UwsTransport(options);
  options.logger?.warn({ transport: 'ws' }, 'uWebSockets.js native binary unavailable, using ws transport');
  return new WsTransport(options);
}
