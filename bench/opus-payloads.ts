/**
 * The audio the generators replay: real 20 ms Opus packets of speech, never
 * synthetic bytes. Two sources:
 *
 * - 'fixture' (default): the 368 packets of fixtures/speech.ogg (espeak-ng
 *   speech encoded by opusenc at 24 kb/s, 20 ms), read with the Ogg reader.
 * - 'opusscript': the same speech decoded to PCM by `opusdec` (or spoken
 *   afresh by `espeak-ng` when opusdec is missing), then encoded once with
 *   opusscript (libopus in WASM) at 24 kb/s, 20 ms, VOIP; cached in
 *   bench/results/tmp/ so later runs skip the encode.
 *
 * Cache file: repeated [uint16 BE length][packet bytes].
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readOggOpus } from '../common/ogg-opus-reader.js';
import { projectRoot } from './server-process.js';

export type PayloadSource = 'fixture' | 'opusscript';

const SAMPLE_RATE = 48000;
const FRAME_SAMPLES = 960; // 20 ms at 48 kHz
const BITRATE = 24000;

export async function loadPayloads(source: PayloadSource = 'fixture'): Promise<Buffer[]> {
  const root = projectRoot();
  if (source === 'fixture') return readOggOpus(await readFile(path.join(root, 'fixtures', 'speech.ogg'))).packets;
  const cache = path.join(root, 'bench', 'results', 'tmp', `speech-opusscript-${BITRATE / 1000}k-20ms.bin`);
  if (existsSync(cache)) return unpack(await readFile(cache));
  const packets = await encodeWithOpusscript(await speechPcm(root));
  await mkdir(path.dirname(cache), { recursive: true });
  await writeFile(cache, pack(packets));
  return packets;
}

/** 16-bit mono PCM at 48 kHz of the fixture's speech. */
async function speechPcm(root: string): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'voxring-bench-pcm-'));
  try {
    const raw = path.join(dir, 'speech.raw');
    const fromFixture = spawnSync('opusdec', ['--quiet', '--rate', String(SAMPLE_RATE), '--force-wav', path.join(root, 'fixtures', 'speech.ogg'), path.join(dir, 'speech.wav')]);
    if (fromFixture.status === 0) return wavData(await readFile(path.join(dir, 'speech.wav')));
    const text = await readFile(path.join(root, 'fixtures', 'speech.txt'), 'utf8');
    const spoken = spawnSync('espeak-ng', ['-v', 'en-us', '-w', path.join(dir, 'espeak.wav'), text]);
    const resampled = spoken.status === 0 && spawnSync('sox', [path.join(dir, 'espeak.wav'), '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'raw', raw]).status === 0;
    if (!resampled) throw new Error('neither opusdec nor espeak-ng + sox could produce speech PCM (apt-get install opus-tools espeak-ng sox)');
    return readFile(raw);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The samples of a PCM WAV file (the "data" chunk). */
function wavData(wav: Buffer): Buffer {
  let pos = 12;
  while (pos + 8 <= wav.length) {
    const id = wav.toString('ascii', pos, pos + 4);
    const size = wav.readUInt32LE(pos + 4);
    if (id === 'data') return wav.subarray(pos + 8, Math.min(wav.length, pos + 8 + size));
    pos += 8 + size + (size & 1);
  }
  throw new Error('WAV file without a data chunk');
}

async function encodeWithOpusscript(pcm: Buffer): Promise<Buffer[]> {
  const { default: OpusScript } = await import('opusscript');
  const encoder = new OpusScript(SAMPLE_RATE, 1, OpusScript.Application.VOIP);
  try {
    encoder.setBitrate(BITRATE);
    const frameBytes = FRAME_SAMPLES * 2;
    const packets: Buffer[] = [];
    for (let pos = 0; pos + frameBytes <= pcm.length; pos += frameBytes) {
      packets.push(Buffer.from(encoder.encode(pcm.subarray(pos, pos + frameBytes), FRAME_SAMPLES)));
    }
    return packets;
  } finally {
    encoder.delete();
  }
}

export function pack(packets: readonly Buffer[]): Buffer {
  const out = Buffer.alloc(packets.reduce((n, p) => n + 2 + p.length, 0));
  let pos = 0;
  for (const p of packets) {
    out.writeUInt16BE(p.length, pos);
    p.copy(out, pos + 2);
    pos += 2 + p.length;
  }
  return out;
}

export function unpack(bytes: Buffer): Buffer[] {
  const packets: Buffer[] = [];
  let pos = 0;
  while (pos + 2 <= bytes.length) {
    const length = bytes.readUInt16BE(pos);
    if (pos + 2 + length > bytes.length) throw new Error('truncated payload cache');
    packets.push(Buffer.from(bytes.subarray(pos + 2, pos + 2 + length)));
    pos += 2 + length;
  }
  return packets;
}
