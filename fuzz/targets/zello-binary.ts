/**
 * Zello binary packets: parsePacket. An accepted packet must re-encode to
 * the same bytes, and its data must be a copy (transports reuse buffers).
 */
import { audioPacket, imagePacket, parsePacket } from '../../router/zello/zello-codec.js';
import { ZELLO_ERRORS } from '../../router/zello/zello-errors.js';
import { check, type FuzzTarget } from '../fuzz-target.js';

const ERROR_STRINGS = new Set<string>(Object.values(ZELLO_ERRORS));

function seeds(): Uint8Array[] {
  const opus = Buffer.from([0x78, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]);
  return [
    audioPacket(22, 0, opus),
    audioPacket(0xffffffff, 12345, Buffer.alloc(120, 0x3c)),
    imagePacket(7, 'thumbnail', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
    imagePacket(7, 'full', Buffer.alloc(300, 0x55)),
  ];
}

/** The Zello binary packet target. */
export function zelloBinaryTarget(): FuzzTarget {
  return {
    name: 'zello-binary',
    description: 'parsePacket of the Zello door (audio and image packets)',
    seeds,
    run(input) {
      const result = parsePacket(input);
      if (!result.ok) {
        check(ERROR_STRINGS.has(result.error), () => `parsePacket error ${JSON.stringify(result.error)}`);
        return 'rejected';
      }
      const packet = result.packet;
      const again = packet.kind === 'audio' ? audioPacket(packet.streamId, packet.packetId, packet.data) : imagePacket(packet.imageId, packet.part, packet.data);
      check(again.equals(input), () => `packet does not re-encode to its bytes: ${Buffer.from(input).subarray(0, 32).toString('hex')}`);
      check(packet.data.buffer !== input.buffer || packet.data.length === 0, 'packet data is a view into the input');
      return 'accepted';
    },
  };
}
