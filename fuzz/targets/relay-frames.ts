/** Relay link frames (router ⇄ router): decodeRelayFrame; an accepted frame re-encodes to an equal one. */
import { decodeRelayFrame, encodeRelayFrame } from '../../proto/frame-codec.js';
import type { FuzzTarget } from '../fuzz-target.js';
import { MAX_FRAME_BYTES, outcomeOf, roundTrip } from './frame-checks.js';
import { relayFrameSeeds } from './frame-seeds.js';

/** The relay frame target. */
export function relayFramesTarget(): FuzzTarget {
  return {
    name: 'relay-frames',
    description: 'decodeRelayFrame (binary only)',
    seeds: relayFrameSeeds,
    run(input) {
      const result = decodeRelayFrame(input, MAX_FRAME_BYTES);
      const outcome = outcomeOf(result, 'relay frame');
      if (!result.ok) return outcome;
      const frame = result.frame;
      roundTrip(frame, () => decodeRelayFrame(encodeRelayFrame(frame), Infinity), 'relay frame → proto');
      return outcome;
    },
  };
}
