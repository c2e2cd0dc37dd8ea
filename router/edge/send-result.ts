/** Flow control shared by every kind of device: send results, the slow-consumer limit, drain. */
import type { DrainListener } from '../delivery/device.js';
import type { SendResult, TransportConnection } from './transport.js';

export const CLOSE_SLOW_CONSUMER = 4008;

/** The mutable flow-control state a device keeps. */
export interface FlowState {
  congested: boolean;
  closed: boolean;
}

/**
 * Applies a send result: 'dropped' marks the device closed; 'backpressure'
 * marks it congested (until drain) and closes it with 4008 once its queue
 * passes maxBufferedBytes. Returns true when the device can take more now.
 */
export function applySendResult(
  state: FlowState,
  conn: TransportConnection,
  result: SendResult,
  maxBufferedBytes: number,
): boolean {
  if (result === 'sent') return true;
  if (result === 'dropped') {
    state.closed = true;
    return false;
  }
  state.congested = true;
  if (conn.bufferedAmount() > maxBufferedBytes) {
    state.closed = true;
    conn.close(CLOSE_SLOW_CONSUMER, 'VOX_SLOW_CONSUMER');
  }
  return false;
}

/** The transport drained: resume the device's listeners that fell behind, until it congests again. */
export function resumeListeners(state: FlowState, listeners: ReadonlyMap<unknown, DrainListener>): void {
  state.congested = false;
  for (const listener of [...listeners.values()]) {
    if (state.congested) break;
    listener.pump();
  }
}
