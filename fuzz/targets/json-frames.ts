/**
 * JSON client and server frames: the transport's text (UTF-8 decoded, bad
 * bytes replaced) through decodeClientFrame and decodeServerFrame; an
 * accepted frame must re-encode to an equal frame in both wire forms (so a
 * value JSON takes but protobuf cannot carry is found).
 */
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
} from '../../proto/frame-codec.js';
import type { FuzzOutcome, FuzzTarget } from '../fuzz-target.js';
import { jsonKeys, mutateJson } from '../json-mutator.js';
import { MAX_FRAME_BYTES, outcomeOf, roundTrip } from './frame-checks.js';
import { jsonFrameSeeds } from './frame-seeds.js';

const utf8 = new TextDecoder();

function clientSide(text: string): FuzzOutcome {
  const result = decodeClientFrame(text, 'json', MAX_FRAME_BYTES);
  const outcome = outcomeOf(result, 'client frame');
  if (!result.ok) return outcome;
  const frame = result.frame;
  roundTrip(frame, () => decodeClientFrame(encodeClientFrame(frame, 'json'), 'json', Infinity), 'client frame → json');
  roundTrip(frame, () => decodeClientFrame(encodeClientFrame(frame, 'proto'), 'proto', Infinity), 'client frame → proto');
  return outcome;
}

function serverSide(text: string): FuzzOutcome {
  const result = decodeServerFrame(text, 'json', MAX_FRAME_BYTES);
  const outcome = outcomeOf(result, 'server frame');
  if (!result.ok) return outcome;
  const frame = result.frame;
  roundTrip(frame, () => decodeServerFrame(encodeServerFrame(frame, 'json'), 'json', Infinity), 'server frame → json');
  roundTrip(frame, () => decodeServerFrame(encodeServerFrame(frame, 'proto'), 'proto', Infinity), 'server frame → proto');
  return outcome;
}

/** The JSON frame target. */
export function jsonFramesTarget(): FuzzTarget {
  let keys: string[] | undefined;
  return {
    name: 'json-frames',
    description: 'decodeClientFrame and decodeServerFrame, JSON form',
    seeds: jsonFrameSeeds,
    mutate(rng, seed, seeds) {
      keys ??= jsonKeys(seeds.map((s) => utf8.decode(s)));
      const text = mutateJson(rng, utf8.decode(seed), keys);
      return text === undefined ? undefined : Buffer.from(text, 'utf8');
    },
    run(input) {
      const text = utf8.decode(input);
      const client = clientSide(text);
      const server = serverSide(text);
      return client === 'accepted' || server === 'accepted' ? 'accepted' : 'rejected';
    },
  };
}
