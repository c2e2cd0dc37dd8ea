import { VoxError } from '../../common/errors.js';

/** The VoxError `fn` throws (a config refusal); fails when it throws something else or nothing. */
export function configError(fn: () => unknown): VoxError {
  try {
    fn();
  } catch (err) {
    if (err instanceof VoxError) return err;
    throw err;
  }
  throw new Error('expected a VOX_CONFIG_INVALID');
}
