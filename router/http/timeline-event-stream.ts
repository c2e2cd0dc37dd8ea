/**
 * One GET /v1/timeline/stream response: a user's timeline as Server-Sent
 * Events. It is a Device of the registry (it hears no voice and sends none)
 * so that timeline pushes reach it exactly as they reach the user's
 * WebSocket devices, in a ring too: a user with a device here counts as here
 * and the other routers relay their events to this one.
 *
 * No gap, no duplicate. A user's cursors are dense (1, 2, 3 …) and stored in
 * commit order (header-store, timeline heads locked per user), so the
 * stream keeps `lastSent` and:
 *
 *   registered first ─► catch-up: pages after lastSent from the store
 *                          (pushes meanwhile wait in `pending`)
 *                     ─► pending, then every push: cursor ≤ lastSent: skip;
 *                          lastSent + 1: send; further ahead (one still on
 *                          its way over the ring, or one never pushed here):
 *                          catch up from the store again; and on every
 *                          heartbeat, for a last event no push brought
 *
 * so every event goes once, in cursor order, whichever path brought it.
 */
import { VoxError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { ServerFrame, TimelineEvent, TimelineEvents } from '../../proto/frames.js';
import { BaseDevice } from '../delivery/base-device.js';
import type { DeviceIdentity } from '../delivery/device.js';
import type { HttpResponse } from '../edge/transport.js';

/** Events per store read of a catch-up. */
export const CATCH_UP_PAGE = 500;

export interface TimelineEventStreamOptions {
  res: HttpResponse;
  identity: DeviceIdentity;
  /** The session token's hash: the stream ends when it is revoked. */
  tokenHash: string;
  /** Reads the user's timeline after a cursor (TimelineService.read). */
  read: (since: number, limit: number) => Promise<TimelineEvents>;
  /** Bytes written while the client does not read, past which the stream ends (it resumes with Last-Event-ID). */
  maxBufferedBytes: number;
  logger: Logger;
  /** Called once when the stream ends, whatever ended it. */
  onEnd: (stream: TimelineEventStream) => void;
}

export class TimelineEventStream extends BaseDevice {
  readonly canTalk = false;
  readonly canResume = false;
  readonly hearsLiveFromStart = false;
  /** Cursor of the last event sent: the client's Last-Event-ID. */
  private lastSent = 0;
  /** Pushes that came while a catch-up runs. */
  private pending: TimelineEvent[] = [];
  private catchingUp = false;
  /** Bytes written since a write was refused (the transport buffers them); undefined while the client keeps up. */
  private unreadBytes: number | undefined;
  private writableWaiters: (() => void)[] = [];

  constructor(private readonly options: TimelineEventStreamOptions) {
    super();
    this.identity = options.identity;
    options.res.onAborted(() => this.end());
    options.res.onWritable(() => this.writable());
  }

  get tokenHash(): string {
    return this.options.tokenHash;
  }

  /** Answers 200 with the stream's headers, then sends the events after `since` and every new one. */
  start(since: number): void {
    this.lastSent = since;
    this.options.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // nginx would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    // A first line at once: clients see the stream open before any event (uWS sends headers with the first write).
    this.writeText(': connected\n\n');
    this.catchUp();
  }

  /** Timeline pushes become events; every other frame (presence, receipts …) is not for this stream. */
  send(frame: ServerFrame): boolean {
    if (frame.type === 'timeline') for (const event of frame.timeline.events) this.receive(event);
    return !this.congested;
  }

  /** Never monitors a conversation, so never gets a chunk. */
  sendChunk(): boolean {
    return true;
  }

  /**
   * The heartbeat: a comment line, and a look at the store for an event no
   * push brought (one appended by another router of the ring before it
   * learned that the user has a device here). Skipped while the client is
   * behind: the data keeps the connection busy then.
   */
  ping(): void {
    if (this.closed || this.congested) return;
    this.writeText(': ping\n\n');
    if (!this.catchingUp) this.catchUp();
  }

  /** Ends the response (router shutdown, revoked token, client gone, too far behind). Idempotent. */
  end(): void {
    if (this.closed) return;
    this.markClosed();
    this.pending = [];
    this.options.res.end();
    for (const wake of this.writableWaiters.splice(0)) wake();
    this.options.onEnd(this);
  }

  private receive(event: TimelineEvent): void {
    if (this.closed) return;
    if (this.catchingUp) {
      this.pending.push(event);
      return;
    }
    if (event.cursor <= this.lastSent) return;
    if (event.cursor === this.lastSent + 1) {
      this.sendEvent(event);
      return;
    }
    this.catchUp();
  }

  /** Sends what the store holds after lastSent, page by page as the client drains; then what was pushed meanwhile. */
  private catchUp(): void {
    this.catchingUp = true;
    this.readPages()
      .catch((err: unknown) => {
        this.options.logger.warn({ err, userId: this.userId }, 'event stream catch-up failed; stream ended');
        this.end();
      })
      .finally(() => {
        this.catchingUp = false;
        const pushed = this.pending.splice(0).sort((a, b) => a.cursor - b.cursor);
        for (const event of pushed) this.receive(event);
      });
  }

  private async readPages(): Promise<void> {
    for (;;) {
      if (this.closed) return;
      const page = await this.options.read(this.lastSent, CATCH_UP_PAGE);
      for (const event of page.events) if (event.cursor > this.lastSent) this.sendEvent(event);
      if (!page.more) return;
      await this.untilWritable();
    }
  }

  private sendEvent(event: TimelineEvent): void {
    if (this.closed) return;
    this.lastSent = event.cursor;
    this.writeText(`id: ${event.cursor}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  }

  private writeText(text: string): void {
    if (this.closed) return;
    const accepted = this.options.res.write(text);
    if (this.unreadBytes !== undefined) this.unreadBytes += Buffer.byteLength(text);
    else if (!accepted) this.unreadBytes = 0;
    this.congested = this.unreadBytes !== undefined;
    if ((this.unreadBytes ?? 0) > this.options.maxBufferedBytes) {
      const err = new VoxError('VOX_SLOW_CONSUMER', 'event stream client fell behind maxBufferedBytes');
      this.options.logger.info({ err, userId: this.userId }, 'event stream ended: slow consumer');
      this.end();
    }
  }

  private writable(): void {
    this.unreadBytes = undefined;
    this.congested = false;
    for (const wake of this.writableWaiters.splice(0)) wake();
  }

  private untilWritable(): Promise<void> {
    if (!this.congested || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.writableWaiters.push(resolve));
  }
}
