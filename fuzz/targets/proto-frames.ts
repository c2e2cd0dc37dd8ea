/**
 * Binary client and server frames: decodeClientFrame (with and without the
 * connection's ChunkDecodeScratch, which must agree) and decodeServerFrame
 * on every input; an accepted frame must re-encode to an equal frame in
 * both wire forms.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  ChunkDecodeScratch,
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
} from '../../proto/frame-codec.js';
import type { ClientFrame, ServerFrame } from '../../proto/frames.js';
import { check, type FuzzOutcome, type FuzzTarget } from '../fuzz-target.js';
import { MAX_FRAME_BYTES, outcomeOf, roundTrip, show } from './frame-checks.js';
import { protoFrameSeeds } from './frame-seeds.js';

function clientSide(input: Uint8Array, scratch: ChunkDecodeScratch): FuzzOutcome {
  const plain = decodeClientFrame(input, 'proto', MAX_FRAME_BYTES);
  const fast = decodeClientFrame(input, 'proto', MAX_FRAME_BYTES, scratch);
  const outcome = outcomeOf(plain, 'client frame');
  outcomeOf(fast, 'client frame with scratch');
  check(
    plain.ok === fast.ok && (plain.ok ? isDeepStrictEqual(plain.frame, fast.ok && fast.frame) : true),
    () => `client frame: the scratch changes the result (${show(plain.ok && plain.frame)} vs ${show(fast.ok && fast.frame)})`,
  );
  if (!plain.ok) return outcome;
  const frame: ClientFrame = plain.frame;
  roundTrip(frame, () => decodeClientFrame(encodeClientFrame(frame, 'proto'), 'proto', Infinity), 'client frame → proto');
  roundTrip(frame, () => decodeClientFrame(encodeClientFrame(frame, 'json'), 'json', Infinity), 'client frame → json');
  return outcome;
}

function serverSide(input: Uint8Array): FuzzOutcome {
  const result = decodeServerFrame(input, 'proto', MAX_FRAME_BYTES);
  const outcome = outcomeOf(result, 'server frame');
  if (!result.ok) return outcome;
  const frame: ServerFrame = result.frame;
  roundTrip(frame, () => decodeServerFrame(encodeServerFrame(frame, 'proto'), 'proto', Infinity), 'server frame → proto');
  roundTrip(frame, () => decodeServerFrame(encodeServerFrame(frame, 'json'), 'json', Infinity), 'server frame → json');
  return outcome;
}

/** The protobuf frame target. */
export function protoFramesTarget(): FuzzTarget {
  // One per worker, as the router keeps one per connection: chunks of many inputs share it.
  const scratch = new ChunkDecodeScratch();
  return {
    name: 'proto-frames',
    description: 'decodeClientFrame (± ChunkDecodeScratch) and decodeServerFrame, binary form',
    seeds: protoFrameSeeds,
    run(input) {
      const client = clientSide(input, scratch);
      const server = serverSide(input);
      return client === 'accepted' || server === 'accepted' ? 'accepted' : 'rejected';
    },
  };
}
