/**
 * An HttpResponse that reports the body bytes written through it, for
 * usage metering of audio and picture downloads (headers are not counted).
 */
import type { HttpResponse } from '../edge/transport.js';

/** `res`, counting every body byte handed to write/end into `count`. */
export function countedResponse(res: HttpResponse, count: (bytes: number) => void): HttpResponse {
  const measure = (chunk: Uint8Array | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (bytes > 0) count(bytes);
  };
  return {
    get aborted() {
      return res.aborted;
    },
    writeHead: (status, headers) => res.writeHead(status, headers),
    write: (chunk) => {
      if (!res.aborted) measure(chunk);
      return res.write(chunk);
    },
    end: (chunk) => {
      if (chunk === undefined) return res.end();
      if (!res.aborted) measure(chunk);
      return res.end(chunk);
    },
    onAborted: (callback) => res.onAborted(callback),
    onWritable: (callback) => res.onWritable(callback),
  };
}
