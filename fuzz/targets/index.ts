/** Every fuzz target, in the order `make fuzz` runs and reports them. */
import type { FuzzTarget } from '../fuzz-target.js';
import { bodyFileTarget } from './body-file.js';
import { bodyWalTarget } from './body-wal.js';
import { httpRangeTarget } from './http-range.js';
import { jsonFramesTarget } from './json-frames.js';
import { oggOpusTarget } from './ogg-opus.js';
import { protoFramesTarget } from './proto-frames.js';
import { relayFramesTarget } from './relay-frames.js';
import { zelloBinaryTarget } from './zello-binary.js';
import { zelloJsonTarget } from './zello-json.js';

/** Fresh instances of every target (a target may keep per-worker state, like a decode scratch). */
export function createTargets(): FuzzTarget[] {
  return [
    protoFramesTarget(),
    jsonFramesTarget(),
    relayFramesTarget(),
    zelloJsonTarget(),
    zelloBinaryTarget(),
    oggOpusTarget(),
    bodyFileTarget(),
    bodyWalTarget(),
    httpRangeTarget(),
  ];
}
