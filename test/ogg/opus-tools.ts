/** Test helpers: run Debian opus-tools (opusinfo, opusdec) on Ogg files. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const TOOL_DIRS = ['/usr/bin', '/usr/local/bin'];

/** Absolute path of an opus-tools binary; throws a clear error when it is not installed. */
export function opusTool(name: 'opusinfo' | 'opusdec'): string {
  for (const dir of TOOL_DIRS) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(
    `${name} not found in ${TOOL_DIRS.join(', ')}: install opus-tools (apt-get install opus-tools)`,
  );
}

export interface ToolResult {
  readonly code: number;
  readonly output: string;
}

/** Runs a tool; resolves with its exit code and stdout+stderr, never rejects on a non-zero exit. */
export function runTool(file: string, args: readonly string[]): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 30_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') {
        reject(new Error(`${file} could not run: ${err.message}`, { cause: err }));
        return;
      }
      resolve({ code: typeof err?.code === 'number' ? err.code : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** Sample frames in a 16-bit PCM WAV file written by opusdec. */
export async function wavSampleFrames(path: string, channels: number): Promise<number> {
  const wav = await readFile(path);
  if (wav.toString('latin1', 0, 4) !== 'RIFF' || wav.toString('latin1', 8, 12) !== 'WAVE') {
    throw new Error(`${path} is not a WAV file`);
  }
  let pos = 12;
  while (pos + 8 <= wav.length) {
    const id = wav.toString('latin1', pos, pos + 4);
    const size = wav.readUInt32LE(pos + 4);
    if (id === 'data') return Math.floor(Math.min(size, wav.length - pos - 8) / (2 * channels));
    pos += 8 + size + (size % 2);
  }
  throw new Error(`${path} has no data chunk`);
}
