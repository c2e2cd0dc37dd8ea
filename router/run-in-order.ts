/**
 * The inputs of one connection are handled in arrival order (an invariant of
 * router/README.md): an input whose handling is async holds the connection's
 * queue until it settles, later inputs wait in `pending`. Every client door
 * runs its inputs through here.
 */

/** The queue state a door's device keeps. */
export interface InputQueue<I> {
  /** An async input of this connection is being handled. */
  busy: boolean;
  /** The connection is gone: queued inputs are not run. */
  readonly closed: boolean;
  /** Inputs waiting for the busy one, oldest first. */
  readonly pending: I[];
}

/** Handles one input: returns a promise when it is async (the queue waits for it). */
export type InputHandler<D, I> = (device: D, input: I) => Promise<void> | void;

/** Answers an input whose handler threw or rejected. */
export type InputFailure<D, I> = (device: D, input: I, err: unknown) => void;

/** Handles `input` now, or queues it while an earlier input of the device is still being handled. */
export function runInOrder<D extends InputQueue<I>, I extends object>(
  device: D,
  input: I,
  handle: InputHandler<D, I>,
  failed: InputFailure<D, I>,
): void {
  if (device.busy) {
    device.pending.push(input);
    return;
  }
  let result: Promise<void> | void;
  try {
    result = handle(device, input);
  } catch (err) {
    failed(device, input, err);
    return;
  }
  if (!result) return;
  device.busy = true;
  result
    .catch((err: unknown) => failed(device, input, err))
    .finally(() => {
      device.busy = false;
      while (!device.busy && !device.closed) {
        const next = device.pending.shift();
        if (next === undefined) break;
        runInOrder(device, next, handle, failed);
      }
    });
}
