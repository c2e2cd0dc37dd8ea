/** A pino destination that keeps what a router logs: the raw lines (to check their text) and each parsed. */
import { Writable } from 'node:stream';

export interface CapturedLog {
  /** Each line as written. */
  raw: string[];
  /** Each line parsed (a repeated key keeps its last value, as JSON.parse does). */
  lines: Record<string, unknown>[];
  stream: Writable;
}

export function captureLog(): CapturedLog {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  let pending = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        if (line.trim() === '') continue;
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { raw, lines, stream };
}

/** The top-level keys of a JSON object's text that occur more than once (JSON.parse would hide them). */
export function repeatedTopLevelKeys(json: string): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      const text = json.slice(i + 1, j);
      if (depth === 1 && expectKey) {
        if (seen.has(text)) repeated.push(text);
        seen.add(text);
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === '}' || c === ']') {
      depth--;
    } else if (c === ',' && depth === 1) {
      expectKey = true;
    }
  }
  return repeated;
}
