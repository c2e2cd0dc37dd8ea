/**
 * A raw Server-Sent Events reader over node:http for tests of
 * GET /v1/timeline/stream: records every event (id, type, parsed data) and
 * comment line as the bytes arrive, and how the response ended.
 */
import http from 'node:http';
import type { TimelineEvent } from '../../proto/frames.js';
import type { Teardowns } from './router-fixture.js';

export interface StreamedEvent {
  id: number;
  type: string;
  data: TimelineEvent;
}

export interface EventStreamClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: StreamedEvent[];
  /** Comment lines (`: ping` …), without the colon and space. */
  comments: string[];
  /** The body of a refused request (an error JSON). */
  body(): string;
  /** Resolves once the response ended: `complete` true when the server ended it cleanly (chunked terminator). */
  ended: Promise<{ complete: boolean }>;
  /** Drops the connection (the client goes away). */
  close(): void;
}

export interface OpenStreamOptions {
  token?: string;
  lastEventId?: number | string;
  /** Query string without `?` (e.g. `since=3&access_token=…`). */
  query?: string;
}

/** Opens the stream; resolves once the status and headers arrived. Closed in teardown. */
export function openEventStream(t: Teardowns, baseUrl: string, options: OpenStreamOptions = {}): Promise<EventStreamClient> {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.lastEventId !== undefined) headers['last-event-id'] = String(options.lastEventId);
  const url = `${baseUrl}/v1/timeline/stream${options.query ? `?${options.query}` : ''}`;
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      let text = '';
      let raw = '';
      const client: EventStreamClient = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        events: [],
        comments: [],
        body: () => raw,
        ended: new Promise((done) => {
          res.once('end', () => done({ complete: res.complete }));
          res.once('close', () => done({ complete: res.complete }));
        }),
        close: () => req.destroy(),
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw += chunk;
        text += chunk;
        let end: number;
        while ((end = text.indexOf('\n\n')) !== -1) {
          parseBlock(text.slice(0, end), client);
          text = text.slice(end + 2);
        }
      });
      res.on('error', () => {});
      resolve(client);
    });
    req.on('error', (err) => reject(err));
    t.teardown(() => req.destroy());
  });
}

function parseBlock(block: string, client: EventStreamClient): void {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      client.comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''));
  }
  const data = fields.get('data');
  if (data === undefined) return;
  client.events.push({ id: Number(fields.get('id')), type: fields.get('event') ?? 'message', data: JSON.parse(data) as TimelineEvent });
}
