/**
 * The native WebSocket protocol on one router: authenticates connections
 * with a hello frame, decodes frames, runs them in order per connection,
 * dispatches them to the services and turns failures into error frames and
 * close codes. Close codes: 4000 protocol error, 4001 authentication failed
 * or timed out, 4008 slow consumer, 4009 too many connections, 4010 redirect
 * (in a ring: connect to the user's home), 4011 migrate (the ring changed:
 * reconnect to the new home; a talker mid-message after its end), 1001 going away.
 */
import { toVoxError, VoxError } from '../../common/errors.js';
import { isClientId, type DeviceId } from '../../common/ids.js';
import type { Limits } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { decodeClientFrame } from '../../proto/frame-codec.js';
import { SUBPROTOCOL_JSON, type ClientFrame, type Hello, type WireFormat } from '../../proto/frames.js';
import { hashToken, type AccountService } from '../people/account-service.js';
import { NativeDevice, type DeviceIdentity } from './native-device.js';
import type { LiveIngest } from '../stream/live-ingest.js';
import type { MessagePosts } from '../stream/message-posts.js';
import type { MessageRemoval } from '../stream/message-removal.js';
import type { MessageDelivery } from '../delivery/message-delivery.js';
import type { RingRoutes } from '../cluster/ring.js';
import type { RouterMetrics } from '../metrics.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { TimelineService } from '../people/timeline-service.js';
import type { TransportConnection } from '../edge/transport.js';

export const CLOSE_PROTOCOL_ERROR = 4000;
export const CLOSE_AUTH_FAILED = 4001;
export const CLOSE_TOO_MANY_CONNECTIONS = 4009;
export const CLOSE_REDIRECT = 4010;
export const CLOSE_MIGRATE = 4011;

const DEFAULT_TIMELINE_PAGE = 500;

export interface ClientProtocolOptions {
  accounts: AccountService;
  live: LiveIngest;
  delivery: MessageDelivery;
  posts: MessagePosts;
  removal: MessageRemoval;
  timeline: TimelineService;
  sessions: DeviceRegistry;
  headers: HeaderStore;
  limits: Limits;
  routerId: string;
  logger: Logger;
  metrics?: RouterMetrics;
  now?: () => number;
  /** A user connected to another router than their home is redirected there (alone: no routes, no redirects). */
  ring: RingRoutes;
}

export class ClientProtocol {
  private readonly byConnection = new Map<TransportConnection, NativeDevice>();
  private readonly now: () => number;

  constructor(private readonly options: ClientProtocolOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Open WebSocket connections, authenticated or not. */
  get connectionCount(): number {
    return this.byConnection.size;
  }

  open(conn: TransportConnection): void {
    const format: WireFormat = conn.protocol === SUBPROTOCOL_JSON ? 'json' : 'proto';
    const { limits } = this.options;
    const traffic = this.options.metrics?.traffic;
    const session = new NativeDevice(conn, format, limits.maxBufferedBytes, limits.chunkBurst, this.now(), traffic);
    this.byConnection.set(conn, session);
    if (this.byConnection.size > limits.maxConnections) {
      this.fail(session, 0, new VoxError('VOX_TOO_MANY_CONNECTIONS'));
      conn.close(CLOSE_TOO_MANY_CONNECTIONS, 'VOX_TOO_MANY_CONNECTIONS');
      return;
    }
    session.authTimer = setTimeout(() => {
      if (session.identity) return;
      this.fail(session, 0, new VoxError('VOX_AUTH_TIMEOUT'));
      conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TIMEOUT');
    }, limits.authTimeoutMs);
    session.authTimer.unref();
  }

  message(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void {
    const session = this.byConnection.get(conn);
    if (!session || session.closed) return;
    session.traffic.bytesIn += data.byteLength;
    const input = isBinary ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    const decoded = decodeClientFrame(input, session.format, this.options.limits.maxFrameBytes, session.decodeScratch);
    if (!decoded.ok) {
      this.protocolError(session, decoded.ref, decoded.error);
      return;
    }
    if (session.busy) {
      session.pending.push(decoded.frame);
      return;
    }
    this.run(session, decoded.frame);
  }

  drain(conn: TransportConnection): void {
    this.byConnection.get(conn)?.drained();
  }

  closed(conn: TransportConnection): void {
    const session = this.byConnection.get(conn);
    if (!session) return;
    this.byConnection.delete(conn);
    session.closed = true;
    clearTimeout(session.authTimer);
    session.pending.length = 0;
    this.options.sessions.remove(session);
    this.options.delivery.deviceClosed(session);
  }

  /** Closes the connections authenticated with a token that was just revoked. */
  revoke(tokenHash: string): void {
    for (const session of this.byConnection.values()) {
      if (session.tokenHash !== tokenHash) continue;
      this.fail(session, 0, new VoxError('VOX_AUTH_TOKEN_INVALID', 'session token revoked'));
      session.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TOKEN_INVALID');
    }
  }

  /**
   * The ring changed: every device whose user's home is now another router
   * gets a migrate frame with the new home and is closed with 4011. A
   * talker mid-message goes too: its resume there takes the message over.
   */
  migrateMoved(): number {
    let moved = 0;
    for (const session of this.byConnection.values()) {
      if (this.migrateIfMoved(session)) moved++;
    }
    return moved;
  }

  private migrateIfMoved(session: NativeDevice): boolean {
    const ring = this.options.ring;
    const userId = session.userId;
    if (userId === undefined || session.closed) return false;
    const home = this.servingRouter(ring.routeOf(userId));
    if (!home || home.id === ring.selfId) return false;
    session.send({ ref: 0, type: 'migrate', migrate: { url: home.publicUrl, routerId: home.id } });
    session.conn.close(CLOSE_MIGRATE, 'VOX_MIGRATE');
    return true;
  }

  /**
   * The router that serves a user: the home, or while the link to the home is
   * lost (the home likely died and has not left the ring yet) the first
   * reachable fallback, so that clients are not redirected to a dead router.
   */
  private servingRouter<M extends { id: string }>(route: readonly M[]): M | undefined {
    const ring = this.options.ring;
    return route.find((m) => m.id === ring.selfId || ring.reachable(m.id)) ?? route[0];
  }

  /** Closes every connection with 1001 (router going away). */
  closeAll(): void {
    for (const session of this.byConnection.values()) session.conn.close(1001, 'VOX_SHUTTING_DOWN');
  }

  /** Runs one frame; async frames hold the connection's queue until they settle. */
  private run(session: NativeDevice, frame: ClientFrame): void {
    let result: Promise<void> | void;
    try {
      result = this.dispatch(session, frame);
    } catch (err) {
      this.fail(session, frame.ref, err, frameMessageId(frame));
      return;
    }
    if (!result) return;
    session.busy = true;
    result
      .catch((err: unknown) => this.fail(session, frame.ref, err, frameMessageId(frame)))
      .finally(() => {
        session.busy = false;
        while (!session.busy && !session.closed) {
          const next = session.pending.shift();
          if (!next) break;
          this.run(session, next);
        }
      });
  }

  private dispatch(session: NativeDevice, frame: ClientFrame): Promise<void> | void {
    const who = session.identity;
    if (frame.type === 'hello') return this.hello(session, frame.ref, frame.hello);
    if (!who) {
      this.fail(session, frame.ref, new VoxError('VOX_AUTH_REQUIRED', 'the first frame must be hello'));
      session.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_REQUIRED');
      return;
    }
    const { live, delivery } = this.options;
    switch (frame.type) {
      case 'chunk':
        return live.chunk(session, frame.chunk);
      case 'startMessage':
        return live.start(session, who, frame.ref, frame.startMessage);
      case 'endMessage':
        return live.end(session, frame.endMessage, frame.ref);
      case 'sendText':
        return this.options.posts.sendText(session, who, frame.ref, frame.sendText);
      case 'listen':
        return delivery.listen(session, who, frame.ref, frame.listen);
      case 'stopListen':
        return delivery.stopListen(session, frame.stopListen.messageId);
      case 'monitor':
        return delivery.monitor(session, who, frame.ref, frame.monitor);
      case 'timelineRequest':
        return this.timeline(session, who, frame.ref, frame.timelineRequest.sinceCursor, frame.timelineRequest.limit);
      case 'recallMessage':
        return this.recall(session, who, frame.ref, frame.recallMessage.messageId);
      case 'ping':
        session.send({ ref: frame.ref, type: 'pong', pong: { nonce: frame.ping.nonce } });
        return;
    }
  }

  private async hello(session: NativeDevice, ref: number, hello: Hello): Promise<void> {
    if (session.identity) throw new VoxError('VOX_ALREADY_AUTHENTICATED');
    if (!isClientId(hello.deviceId)) {
      throw new VoxError('VOX_BAD_REQUEST', 'hello.deviceId must be 1-64 of [A-Za-z0-9_.:-]');
    }
    let user;
    try {
      user = await this.options.accounts.authenticate(hello.token);
    } catch (err) {
      this.fail(session, ref, err);
      session.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TOKEN_INVALID');
      return;
    }
    if (session.closed) return;
    clearTimeout(session.authTimer);
    const route = this.options.ring.routeOf(user.userId);
    const home = route[0];
    const serving = this.servingRouter(route);
    if (serving && serving.id !== this.options.ring.selfId) {
      session.send({ ref, type: 'redirect', redirect: { url: serving.publicUrl, routerId: serving.id } });
      session.conn.close(CLOSE_REDIRECT, 'VOX_REDIRECT');
      return;
    }
    if (home) {
      const fallbackUrls = route.slice(1).map((m) => m.publicUrl);
      session.send({ ref: 0, type: 'route', route: { routerId: home.id, homeUrl: home.publicUrl, fallbackUrls } });
    }
    const identity: DeviceIdentity = { ...user, deviceId: hello.deviceId as DeviceId };
    session.tokenHash = hashToken(hello.token);
    session.identity = identity;
    this.options.sessions.add(session);
    const head = await this.options.timeline.head(user.userId);
    session.send({
      ref,
      type: 'welcome',
      welcome: {
        userId: user.userId,
        username: user.username,
        deviceId: identity.deviceId,
        sessionExpiresAtMs: user.expiresAt.getTime(),
        timelineHead: head,
        routerId: this.options.routerId,
      },
    });
  }

  /** recall_message: answered with messageEnd (state RECALLED) carrying the frame's ref. */
  private async recall(session: NativeDevice, who: DeviceIdentity, ref: number, messageId: string): Promise<void> {
    const header = await this.options.removal.recall(who.userId, messageId);
    session.send({ ref, type: 'messageEnd', messageEnd: { messageId: header.id, chunkCount: header.chunkCount, state: 'RECALLED' } });
  }

  private async timeline(session: NativeDevice, who: DeviceIdentity, ref: number, since: number, limit: number): Promise<void> {
    const page = limit > 0 ? Math.min(limit, DEFAULT_TIMELINE_PAGE) : DEFAULT_TIMELINE_PAGE;
    const timeline = await this.options.timeline.read(who.userId, since, page);
    session.send({ ref, type: 'timeline', timeline });
  }

  private protocolError(session: NativeDevice, ref: number, error: VoxError): void {
    this.fail(session, ref, error);
    session.protocolErrors++;
    if (session.protocolErrors >= this.options.limits.maxProtocolErrors || !session.identity) {
      session.conn.close(CLOSE_PROTOCOL_ERROR, error.code);
    }
  }

  /** Sends an error frame; unexpected errors are logged as server faults. */
  private fail(session: NativeDevice, ref: number, err: unknown, messageId = ''): void {
    const error = toVoxError(err);
    this.options.metrics?.error(error.code);
    if (error.code === 'VOX_INTERNAL' || error.code === 'VOX_STORAGE_FAILED') {
      this.options.logger.error({ err, userId: session.userId }, 'frame handling failed');
    }
    session.send({
      ref,
      type: 'error',
      error: { code: error.code, message: error.message, retryable: error.retryable, messageId },
    });
  }
}

function frameMessageId(frame: ClientFrame): string {
  switch (frame.type) {
    case 'chunk':
      return frame.chunk.messageId;
    case 'startMessage':
      return frame.startMessage.messageId;
    case 'endMessage':
      return frame.endMessage.messageId;
    case 'sendText':
      return frame.sendText.messageId;
    case 'listen':
      return frame.listen.messageId;
    case 'stopListen':
      return frame.stopListen.messageId;
    case 'recallMessage':
      return frame.recallMessage.messageId;
    default:
      return '';
  }
}
