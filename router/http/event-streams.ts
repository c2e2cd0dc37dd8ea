/**
 * The open event streams of one router (GET /v1/timeline/stream): at most
 * maxEventStreamsPerUser per user, each a device of the registry while open,
 * one heartbeat timer for all of them, ended when their token is revoked
 * and all ended when the router closes.
 */
import { VoxError } from '../../common/errors.js';
import type { DeviceId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { HttpResponse } from '../edge/transport.js';
import type { AccountService, AuthenticatedUser } from '../people/account-service.js';
import type { TimelineService } from '../people/timeline-service.js';
import { TimelineEventStream } from './timeline-event-stream.js';

export interface EventStreamsOptions {
  registry: DeviceRegistry;
  timeline: Pick<TimelineService, 'read' | 'head'>;
  accounts: Pick<AccountService, 'onRevoked'>;
  /** maxEventStreamsPerUser */
  maxPerUser: number;
  /** sseHeartbeatMs */
  heartbeatMs: number;
  /** maxBufferedBytes: a client that stops reading for longer is cut off. */
  maxBufferedBytes: number;
  logger: Logger;
}

export class EventStreams {
  private readonly byUser = new Map<UserId, Set<TimelineEventStream>>();
  private heartbeat: NodeJS.Timeout | undefined;
  private opened = 0;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: EventStreamsOptions) {
    this.unsubscribe = options.accounts.onRevoked((tokenHash) => this.revoked(tokenHash));
  }

  /** Streams open now. */
  get count(): number {
    let n = 0;
    for (const streams of this.byUser.values()) n += streams.size;
    return n;
  }

  /**
   * Opens a stream of the user's events after `since` (undefined, or past
   * the timeline's head: from now on). VOX_TOO_MANY_EVENT_STREAMS past the per-user limit,
   * VOX_SHUTTING_DOWN once the router closes.
   */
  async open(user: AuthenticatedUser, tokenHash: string, since: number | undefined, res: HttpResponse): Promise<void> {
    const head = await this.options.timeline.head(user.userId);
    // A Last-Event-ID past the head (a timeline that was reset, another deployment's id) would hold back every new event.
    const from = since === undefined ? head : Math.min(since, head);
    // Checked after the await and before the stream is counted, in one turn: two opens cannot both take the last place.
    if (this.closed) throw new VoxError('VOX_SHUTTING_DOWN');
    if (res.aborted) return;
    const mine = this.byUser.get(user.userId) ?? new Set<TimelineEventStream>();
    if (mine.size >= this.options.maxPerUser) {
      throw new VoxError('VOX_TOO_MANY_EVENT_STREAMS', `at most ${this.options.maxPerUser} event streams per user (maxEventStreamsPerUser)`);
    }
    const stream = new TimelineEventStream({
      res,
      identity: { userId: user.userId, username: user.username, deviceId: `event-stream-${++this.opened}` as DeviceId, expiresAt: user.expiresAt },
      tokenHash,
      read: (after, limit) => this.options.timeline.read(user.userId, after, limit),
      maxBufferedBytes: this.options.maxBufferedBytes,
      logger: this.options.logger,
      onEnd: (ended) => this.forget(ended),
    });
    mine.add(stream);
    this.byUser.set(user.userId, mine);
    // Subscribed before the catch-up reads the store: an event stored meanwhile comes one way or the other.
    this.options.registry.add(stream);
    this.heartbeat ??= setInterval(() => this.ping(), this.options.heartbeatMs);
    stream.start(from);
  }

  /** Ends every stream and refuses new ones. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    for (const streams of [...this.byUser.values()]) for (const stream of [...streams]) stream.end();
    this.stopHeartbeat();
  }

  private ping(): void {
    for (const streams of this.byUser.values()) for (const stream of streams) stream.ping();
  }

  private revoked(tokenHash: string): void {
    for (const streams of [...this.byUser.values()]) {
      for (const stream of [...streams]) if (stream.tokenHash === tokenHash) stream.end();
    }
  }

  private forget(stream: TimelineEventStream): void {
    this.options.registry.remove(stream);
    const userId = stream.userId;
    if (userId === undefined) return;
    const streams = this.byUser.get(userId);
    streams?.delete(stream);
    if (streams?.size === 0) this.byUser.delete(userId);
    if (this.byUser.size === 0) this.stopHeartbeat();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}
