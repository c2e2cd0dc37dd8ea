/**
 * Zello Channel API text commands: parseCommand, then the attribute readers
 * the commands share (channelNames, decodeCodecHeader, readInteger,
 * readNumber). An accepted codec_header must be the canonical base64 of
 * what it decodes to, so two spellings never mean one header.
 */
import {
  decodeCodecHeader,
  encodeCodecHeader,
  parseCommand,
  readInteger,
  readNumber,
} from '../../router/zello/zello-codec.js';
import { channelNames, MAX_CHANNELS } from '../../router/zello/zello-channels.js';
import { ZELLO_ERRORS, ZelloError } from '../../router/zello/zello-errors.js';
import { check, type FuzzTarget } from '../fuzz-target.js';
import { jsonKeys, mutateJson } from '../json-mutator.js';

const utf8 = new TextDecoder();
const ERROR_STRINGS = new Set<string>(Object.values(ZELLO_ERRORS));

const COMMANDS: object[] = [
  { command: 'logon', seq: 1, auth_token: 'eyJhbGciOi.x.y', username: 'alice', password: 'secret-pw', channels: ['team', 'ops'], listen_only: false },
  { command: 'logon', seq: 2, refresh_token: 'r.t', channel: 'team' },
  { command: 'start_stream', seq: 3, channel: 'team', type: 'audio', codec: 'opus', codec_header: 'gD4BPA==', packet_duration: 60, for: 'bob' },
  { command: 'stop_stream', seq: 4, stream_id: 22, channel: 'team' },
  { command: 'send_text_message', seq: 5, channel: 'team', text: 'hello 👋', for: 'bob' },
  { command: 'send_location', seq: 6, channel: 'team', latitude: 46.7144750, longitude: 18.06319, accuracy: 10.5, formatted_address: 'Hausenstrasse 34' },
  { command: 'send_image', seq: 7, channel: 'team', type: 'jpeg', thumbnail_content_length: 10616, content_length: 183716, width: 1279, height: 959, source: 'camera' },
];

/** Every string in `value` (keys too) is well-formed UTF-16: each surrogate half has its partner. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) return false;
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = value.charCodeAt(i + 1);
        if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
        i++;
      }
    }
    return true;
  }
  if (typeof value !== 'object' || value === null) return true;
  return Object.entries(value).every(([k, v]) => wellFormed(k) && wellFormed(v));
}

function codecHeaderChecks(value: unknown): void {
  const header = decodeCodecHeader(value);
  if (header === undefined) return;
  check(typeof value === 'string' && encodeCodecHeader(header) === value, () => `codec_header ${JSON.stringify(value)} is not canonical: it reads as ${encodeCodecHeader(header)}`);
  check(header.sampleRate > 0 && header.sampleRate <= 0xffff && header.framesPerPacket > 0 && header.framesPerPacket <= 0xff && header.frameSizeMs > 0 && header.frameSizeMs <= 0xff, () => `codec_header fields out of range: ${JSON.stringify(header)}`);
}

function channelChecks(body: Readonly<Record<string, unknown>>): void {
  try {
    const names = channelNames(body);
    check(names.length > 0 && names.length <= MAX_CHANNELS && names.every((n) => typeof n === 'string' && n.length > 0), () => `channelNames gave ${JSON.stringify(names)}`);
  } catch (err) {
    if (!(err instanceof ZelloError) || !ERROR_STRINGS.has(err.error)) throw err;
  }
}

/** The Zello text command target. */
export function zelloJsonTarget(): FuzzTarget {
  let keys: string[] | undefined;
  return {
    name: 'zello-json',
    description: 'parseCommand, channelNames, decodeCodecHeader, readInteger/readNumber of the Zello door',
    seeds: () => COMMANDS.map((c) => Buffer.from(JSON.stringify(c), 'utf8')),
    mutate(rng, seed, seeds) {
      keys ??= jsonKeys(seeds.map((s) => utf8.decode(s)));
      const text = mutateJson(rng, utf8.decode(seed), keys);
      return text === undefined ? undefined : Buffer.from(text, 'utf8');
    },
    run(input) {
      const result = parseCommand(utf8.decode(input));
      if (!result.ok) {
        check(ERROR_STRINGS.has(result.error), () => `parseCommand error ${JSON.stringify(result.error)}`);
        return 'rejected';
      }
      const { command, seq, body } = result.command;
      check(typeof command === 'string' && command.length > 0, 'parseCommand: empty command');
      check(seq === undefined || (Number.isSafeInteger(seq) && seq >= 0), () => `parseCommand: seq ${seq}`);
      check(wellFormed(body), 'an accepted command holds a string with an unpaired surrogate');
      channelChecks(body);
      codecHeaderChecks(body['codec_header']);
      for (const name of ['stream_id', 'width', 'height', 'content_length']) {
        const n = readInteger(body[name], 0, 0xffffffff);
        check(n === undefined || (Number.isInteger(n) && n >= 0 && n <= 0xffffffff), () => `readInteger(${name}) gave ${n}`);
      }
      for (const [name, min, max] of [['latitude', -90, 90], ['longitude', -180, 180], ['packet_duration', 2.5, 60]] as const) {
        const n = readNumber(body[name], min, max);
        check(n === undefined || (Number.isFinite(n) && n >= min && n <= max), () => `readNumber(${name}) gave ${n}`);
      }
      return 'accepted';
    },
  };
}
