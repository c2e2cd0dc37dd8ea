/**
 * Targets with bugs planted on purpose, to prove the fuzzer notices: one
 * throws a TypeError, one never returns. Each misbehaves on its first seed
 * (always input 0 of a run) and, for the crash, on any input holding 0x42.
 */
import type { FuzzTarget } from '../../fuzz/fuzz-target.js';

export const HANG_SEED = Buffer.from('hang forever');
export const CRASH_SEED = Buffer.from('crash B');

function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export function createTargets(): FuzzTarget[] {
  return [
    {
      name: 'planted-crash',
      description: 'throws a TypeError on any input with the byte 0x42',
      seeds: () => [CRASH_SEED, Buffer.from('fine')],
      run(input) {
        if (input.includes(0x42)) throw new TypeError('planted crash');
        return input.length > 2 ? 'accepted' : 'rejected';
      },
    },
    {
      name: 'planted-hang',
      description: 'loops forever on its first seed',
      seeds: () => [HANG_SEED, Buffer.from('fine')],
      run(input) {
        // A busy loop, as a decoder stuck on a length that never shrinks would be.
        let spins = 0;
        while (same(input, HANG_SEED)) spins++;
        return spins === 0 ? 'accepted' : 'rejected';
      },
    },
  ];
}
