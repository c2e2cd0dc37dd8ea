/**
 * GET /v1/messages/:id/audio — a message as an Ogg Opus file. A finished
 * message is built from its stored packets (deterministic bytes, so Range
 * works); a live one streams, page by page, as chunks arrive, and the
 * response ends when the message does.
 */
import { createHash } from 'node:crypto';
import { VoxError } from '../../common/errors.js';
import { OggOpusWriter, oggOpusFile, type OggOpusWriterOptions } from '../../common/ogg-opus-writer.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { ChunkReader, ChunkSource } from '../stream/chunk-source.js';
import { DEFAULT_OPUS } from '../stream/message-rules.js';
import type { HttpResponse } from '../edge/transport.js';
import { writeErrorBody } from './api-body.js';

export function oggOptionsFor(header: MessageRecord): OggOpusWriterOptions {
  const opus = header.opus ?? DEFAULT_OPUS;
  return {
    channels: opus.channels,
    preSkip: opus.preSkip,
    inputSampleRate: opus.sampleRate,
    serial: createHash('sha1').update(header.id).digest().readUInt32LE(0),
    comments: [`VOXRING_MESSAGE_ID=${header.id}`],
  };
}

/** Streams a live message's chunks as Ogg pages until it ends or the client leaves. */
class LiveOggStream implements ChunkReader {
  private readonly writer: OggOpusWriter;
  private next = 0;
  private waitingWritable = false;
  private done = false;

  constructor(
    private readonly source: ChunkSource,
    private readonly res: HttpResponse,
  ) {
    this.writer = new OggOpusWriter(oggOptionsFor(source.header));
  }

  start(): void {
    this.res.writeHead(200, { 'content-type': 'audio/ogg', 'cache-control': 'no-store', 'accept-ranges': 'none' });
    this.res.onAborted(() => this.stop());
    this.res.onWritable(() => {
      this.waitingWritable = false;
      this.pump();
    });
    this.source.readers.add(this);
    if (this.res.write(this.writer.header())) this.pump();
    else this.waitingWritable = true;
  }

  pump(): void {
    if (this.done || this.waitingWritable) return;
    if (this.res.aborted) return this.stop();
    const parts: Buffer[] = [];
    while (this.next < this.source.chunks.length) {
      const chunk = this.source.chunks.at(this.next++);
      if (chunk) parts.push(this.writer.addPacket(chunk));
    }
    if (this.source.endState !== null) {
      parts.push(this.writer.end());
      this.res.end(Buffer.concat(parts));
      this.stop();
      return;
    }
    parts.push(this.writer.flush());
    const bytes = Buffer.concat(parts);
    if (bytes.length > 0 && !this.res.write(bytes)) this.waitingWritable = true;
  }

  private stop(): void {
    this.done = true;
    this.source.readers.delete(this);
  }
}

export function streamLiveAudio(source: ChunkSource, res: HttpResponse): void {
  new LiveOggStream(source, res).start();
}

/** Serves a whole file with single-range support (RFC 9110 §14). */
/** `request`: its Range header, whether it is a HEAD, and its Accept (the form of a 416's error body). */
export function serveStoredAudio(
  header: MessageRecord,
  packets: readonly Uint8Array[],
  request: { range: string | undefined; headOnly: boolean; accept: string | undefined },
  res: HttpResponse,
): void {
  const { range: rangeHeader, headOnly } = request;
  const file = oggOpusFile(packets, oggOptionsFor(header));
  const base = {
    'content-type': 'audio/ogg',
    'accept-ranges': 'bytes',
    'cache-control': header.state === 'complete' ? 'private, max-age=3600' : 'no-store',
  };
  const range = rangeHeader === undefined ? undefined : parseRange(rangeHeader, file.length);
  if (range === 'unsatisfiable') {
    const error = { code: 'VOX_RANGE_NOT_SATISFIABLE', message: 'range not satisfiable', retryable: false };
    writeErrorBody(res, request.accept, 416, { error }, { 'accept-ranges': 'bytes', 'content-range': `bytes */${file.length}` });
    return;
  }
  if (range === undefined) {
    res.writeHead(200, { ...base, 'content-length': String(file.length) });
    res.end(headOnly ? undefined : file);
    return;
  }
  const [start, end] = range;
  res.writeHead(206, { ...base, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${file.length}` });
  res.end(headOnly ? undefined : file.subarray(start, end + 1));
}

/**
 * One byte range (RFC 9110 §14.1.2). undefined: a header to ignore, and
 * answer 200 with the whole file: not one `bytes=` range (other units,
 * several ranges) or invalid syntax (`bytes=5-3`, `bytes=-`, `bytes=x-`).
 * 'unsatisfiable' (416): valid, but starting at or past the end, or a
 * zero-length suffix (`bytes=-0`).
 */
export function parseRange(header: string, size: number): [number, number] | 'unsatisfiable' | undefined {
  // The range unit is case-insensitive; positions are digits only, compared
  // exactly (BigInt) so that positions past 2^53 are not rounded.
  const match = /^bytes=(\d*)-(\d*)$/i.exec(header.replace(/^[ \t]+|[ \t]+$/g, ''));
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  const length = BigInt(size);
  if (first === '') {
    const suffix = BigInt(last);
    if (suffix === 0n || length === 0n) return 'unsatisfiable';
    return [suffix >= length ? 0 : Number(length - suffix), size - 1];
  }
  const start = BigInt(first);
  if (last !== '' && BigInt(last) < start) return undefined;
  if (start >= length) return 'unsatisfiable';
  return [Number(start), last === '' || BigInt(last) >= length ? size - 1 : Number(last)];
}

export function assertVoice(header: MessageRecord): void {
  if (header.contentType !== 'voice') throw new VoxError('VOX_NOT_FOUND', 'this message has no audio');
}
