/**
 * The native WebSocket protocol's door at /v1/ws: authenticates connections
 * with a hello frame, decodes frames, runs them in order per connection,
 * dispatches them to the services and turns failures into error frames and
 * close codes. Each connection is a NativeDevice. Close codes: 4000
 * protocol error, 4001 authentication failed or timed out (or its token was
 * revoked), 4008 slow consumer, 4009 too many connections, 4010 redirect
 * (in a ring: connect to the user's home), 4011 migrate (the ring changed:
 * reconnect to the new home; a talker mid-message after its end), 4029 too
 * many requests (a rate-limited hello, or over the cap on connections still
 * authenticating), 1001 going away.
 */
import { clientError, isServerFault, toVoxError, VoxError } from '../../common/errors.js';
import { isClientId, type ConversationId, type DeviceId } from '../../common/ids.js';
import type { Limits } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { decodeClientFrame } from '../../proto/frame-codec.js';
import { SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO, type ClientFrame, type Hello, type SetListenMode, type WireFormat } from '../../proto/frames.js';
import { hashToken, type AccountService } from '../people/account-service.js';
import { NativeDevice, type DeviceIdentity } from './native-device.js';
import type { LiveIngest } from '../stream/live-ingest.js';
import type { MessagePosts } from '../stream/message-posts.js';
import type { MessageRemoval } from '../stream/message-removal.js';
import type { MessageDelivery } from '../delivery/message-delivery.js';
import type { MessageReceipts } from '../delivery/message-receipts.js';
import type { RingRoutes } from '../cluster/ring.js';
import type { RouterMetrics } from '../metrics.js';
import type { UsageRecorder } from '../usage/usage-meter.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { TimelineService } from '../people/timeline-service.js';
import { parseListenMode, type ListenModes } from '../people/listen-modes.js';
import type { TransportConnection, UpgradeDecision, UpgradeRequest } from '../edge/transport.js';
import { refuseUpgrade, type Door } from '../door.js';
import { runInOrder, type InputFailure, type InputHandler } from '../run-in-order.js';
import { RateLimitedError } from '../edge/attempt-limiter.js';
import type { AuthRateLimits } from '../edge/auth-rate-limits.js';
import { CLOSE_TOO_MANY_REQUESTS, type ConnectionAdmission } from '../edge/connection-admission.js';

export const NATIVE_PATH = '/v1/ws';

export const CLOSE_PROTOCOL_ERROR = 4000;
export const CLOSE_AUTH_FAILED = 4001;
export const CLOSE_TOO_MANY_CONNECTIONS = 4009;
export const CLOSE_REDIRECT = 4010;
export const CLOSE_MIGRATE = 4011;

const DEFAULT_TIMELINE_PAGE = 500;

export interface NativeDoorOptions {
  /** Authenticates hellos; the door closes the devices of a revoked token. */
  accounts: AccountService;
  /** Token checks are limited per client address. */
  rateLimits: AuthRateLimits;
  /** An authenticated connection takes a slot of maxConnections (or is closed with 4009). */
  admission: Pick<ConnectionAdmission, 'authenticated'>;
  live: LiveIngest;
  delivery: MessageDelivery;
  posts: MessagePosts;
  removal: MessageRemoval;
  /** heard frames: receipts for the messages' senders. */
  receipts: Pick<MessageReceipts, 'heard'>;
  timeline: TimelineService;
  /** Connected devices by user: a device is in it from welcome to close. */
  registry: DeviceRegistry;
  headers: HeaderStore;
  /** How each device hears each conversation: loaded at hello, set with listen_mode. */
  listenModes: ListenModes;
  limits: Limits;
  routerId: string;
  logger: Logger;
  metrics?: RouterMetrics;
  /** Counts the chunk bytes its devices are sent (usage metering); absent: not counted. */
  usage?: UsageRecorder;
  /** A user connected to another router than their home is redirected there (alone: no routes, no redirects). */
  ring: RingRoutes;
}

/** The door at /v1/ws: native connections as devices, their frames in order, redirects and migrations in a ring. */
export class NativeDoor implements Door {
  readonly path = NATIVE_PATH;
  readonly match = 'exact';
  readonly forClients = true;
  private readonly byConnection = new Map<TransportConnection, NativeDevice>();
  private readonly unsubscribe: () => void;
  /** Frames of one connection run in order (created once: the per-frame path allocates no closure). */
  private readonly handleFrame: InputHandler<NativeDevice, ClientFrame> = (device, frame) => this.dispatch(device, frame);
  private readonly frameFailed: InputFailure<NativeDevice, ClientFrame> = (device, frame, err) =>
    this.fail(device, frame.ref, err, frameMessageId(frame));

  constructor(private readonly options: NativeDoorOptions) {
    this.unsubscribe = options.accounts.onRevoked((tokenHash) => this.revoke(tokenHash));
  }

  /** Open WebSocket connections, authenticated or not. */
  get connectionCount(): number {
    return this.byConnection.size;
  }

  /** No subprotocol means proto; one offered must be proto or JSON. */
  decideUpgrade(req: UpgradeRequest): UpgradeDecision {
    if (req.protocols.length === 0) return { accept: true, protocol: null };
    const protocol = req.protocols.find((p) => p === SUBPROTOCOL_PROTO || p === SUBPROTOCOL_JSON);
    if (!protocol) {
      return refuseUpgrade(new VoxError('VOX_BAD_REQUEST', `subprotocol must be ${SUBPROTOCOL_PROTO} or ${SUBPROTOCOL_JSON}`));
    }
    return { accept: true, protocol };
  }

  open(conn: TransportConnection): void {
    const format: WireFormat = conn.protocol === SUBPROTOCOL_JSON ? 'json' : 'proto';
    const { limits } = this.options;
    const traffic = this.options.metrics?.traffic;
    const device = new NativeDevice(conn, format, limits.maxBufferedBytes, traffic);
    device.listenTimings = this.options.metrics;
    device.usage = this.options.usage;
    this.byConnection.set(conn, device);
    device.authTimer = setTimeout(() => {
      if (device.identity) return;
      this.fail(device, 0, new VoxError('VOX_AUTH_TIMEOUT'));
      conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TIMEOUT');
    }, limits.authTimeoutMs);
    device.authTimer.unref();
  }

  message(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void {
    const device = this.byConnection.get(conn);
    if (!device || device.closed) return;
    device.traffic.bytesIn += data.byteLength;
    const input = isBinary ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    const decoded = decodeClientFrame(input, device.format, this.options.limits.maxFrameBytes, device.decodeScratch);
    if (!decoded.ok) {
      this.protocolError(device, decoded.ref, decoded.error);
      return;
    }
    runInOrder(device, decoded.frame, this.handleFrame, this.frameFailed);
  }

  drained(conn: TransportConnection): void {
    this.byConnection.get(conn)?.drained();
  }

  /** Native clients keep alive with ping frames; WebSocket pongs need no answer. */
  pong(): void {}

  sessionOf(conn: TransportConnection): Record<string, string> | undefined {
    const identity = this.byConnection.get(conn)?.identity;
    return identity && { userId: identity.userId, username: identity.username, deviceId: identity.deviceId };
  }

  closed(conn: TransportConnection): void {
    const device = this.byConnection.get(conn);
    if (!device) return;
    this.byConnection.delete(conn);
    device.markClosed();
    this.options.delivery.deviceClosed(device);
  }

  /** Closes the connections authenticated with a token that was just revoked. */
  private revoke(tokenHash: string): void {
    for (const device of this.byConnection.values()) {
      if (device.tokenHash !== tokenHash) continue;
      this.fail(device, 0, new VoxError('VOX_AUTH_TOKEN_INVALID', 'session token revoked'));
      device.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TOKEN_INVALID');
    }
  }

  /**
   * The ring changed: every device whose user's home is now another router
   * gets a migrate frame with the new home and is closed with 4011. A
   * talker mid-message goes too: its resume there takes the message over.
   */
  migrateMoved(): number {
    let moved = 0;
    for (const device of this.byConnection.values()) {
      if (this.migrateIfMoved(device)) moved++;
    }
    return moved;
  }

  private migrateIfMoved(device: NativeDevice): boolean {
    const ring = this.options.ring;
    const userId = device.userId;
    if (userId === undefined || device.closed) return false;
    const home = this.servingRouter(ring.routeOf(userId));
    if (!home || home.id === ring.selfId) return false;
    device.send({ ref: 0, type: 'migrate', migrate: { url: home.publicUrl, routerId: home.id } });
    device.conn.close(CLOSE_MIGRATE, 'VOX_MIGRATE');
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

  /** Closes every connection with 1001 (router going away) and stops following revocations. */
  closeAll(): void {
    this.unsubscribe();
    for (const device of this.byConnection.values()) device.conn.close(1001, 'VOX_SHUTTING_DOWN');
  }

  private dispatch(device: NativeDevice, frame: ClientFrame): Promise<void> | void {
    const who = device.identity;
    if (frame.type === 'hello') return this.hello(device, frame.ref, frame.hello);
    if (!who) {
      this.fail(device, frame.ref, new VoxError('VOX_AUTH_REQUIRED', 'the first frame must be hello'));
      device.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_REQUIRED');
      return;
    }
    const { live, delivery } = this.options;
    switch (frame.type) {
      case 'chunk':
        return live.chunk(device, frame.chunk);
      case 'startMessage':
        return live.start(device, who, frame.ref, frame.startMessage);
      case 'endMessage':
        return live.end(device, frame.endMessage, frame.ref);
      case 'sendText':
        return this.options.posts.sendText(device, who, frame.ref, frame.sendText);
      case 'sendLocation':
        return this.options.posts.sendLocation(device, who, frame.ref, frame.sendLocation);
      case 'listen':
        return delivery.listen(device, who, frame.ref, frame.listen);
      case 'stopListen':
        return delivery.stopListen(device, frame.stopListen.messageId);
      case 'monitor':
        return delivery.monitor(device, who, frame.ref, frame.monitor);
      case 'timelineRequest':
        return this.timeline(device, who, frame.ref, frame.timelineRequest.sinceCursor, frame.timelineRequest.limit);
      case 'recallMessage':
        return this.recall(device, who, frame.ref, frame.recallMessage.messageId);
      case 'heard':
        return this.options.receipts.heard(who, frame.heard.messageId);
      case 'listenMode':
        return this.listenMode(device, who, frame.ref, frame.listenMode);
      case 'ping':
        device.send({ ref: frame.ref, type: 'pong', pong: { nonce: frame.ping.nonce } });
        return;
    }
  }

  private async hello(device: NativeDevice, ref: number, hello: Hello): Promise<void> {
    if (device.identity) throw new VoxError('VOX_ALREADY_AUTHENTICATED');
    if (!isClientId(hello.deviceId)) {
      throw new VoxError('VOX_BAD_REQUEST', 'hello.deviceId must be 1-64 of [A-Za-z0-9_.:-]');
    }
    let user;
    try {
      user = await this.options.rateLimits.useToken(device.conn, () => this.options.accounts.authenticate(hello.token));
    } catch (err) {
      this.fail(device, ref, err);
      if (err instanceof RateLimitedError) device.conn.close(CLOSE_TOO_MANY_REQUESTS, err.code);
      else device.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TOKEN_INVALID');
      return;
    }
    if (device.closed) return;
    clearTimeout(device.authTimer);
    const route = this.options.ring.routeOf(user.userId);
    const home = route[0];
    const serving = this.servingRouter(route);
    if (serving && serving.id !== this.options.ring.selfId) {
      device.send({ ref, type: 'redirect', redirect: { url: serving.publicUrl, routerId: serving.id } });
      device.conn.close(CLOSE_REDIRECT, 'VOX_REDIRECT');
      return;
    }
    if (!this.options.admission.authenticated(device.conn)) {
      this.fail(device, ref, new VoxError('VOX_TOO_MANY_CONNECTIONS'));
      device.conn.close(CLOSE_TOO_MANY_CONNECTIONS, 'VOX_TOO_MANY_CONNECTIONS');
      return;
    }
    if (home) {
      const fallbackUrls = route.slice(1).map((m) => m.publicUrl);
      device.send({ ref: 0, type: 'route', route: { routerId: home.id, homeUrl: home.publicUrl, fallbackUrls } });
    }
    const identity: DeviceIdentity = { ...user, deviceId: hello.deviceId as DeviceId };
    device.tokenHash = hashToken(hello.token);
    device.identity = identity;
    const [head, modes] = await Promise.all([
      this.options.timeline.head(user.userId),
      this.options.listenModes.of(user.userId, identity.deviceId),
    ]);
    for (const [conversationId, mode] of modes) device.setListenMode(conversationId, mode);
    this.options.registry.add(device);
    device.send({
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

  /** listen_mode: stored for this device id, applied to its connections here; answered with the conversation's presence. */
  private async listenMode(device: NativeDevice, who: DeviceIdentity, ref: number, frame: SetListenMode): Promise<void> {
    const conversationId = frame.conversationId as ConversationId;
    await this.options.listenModes.set(who.userId, who.deviceId, conversationId, parseListenMode(frame.mode));
    device.send({ ref, type: 'presence', presence: this.options.delivery.presenceOf(conversationId) });
  }

  /** recall_message: answered with messageEnd (state RECALLED) carrying the frame's ref. */
  private async recall(device: NativeDevice, who: DeviceIdentity, ref: number, messageId: string): Promise<void> {
    const header = await this.options.removal.recall(who.userId, messageId);
    device.send({ ref, type: 'messageEnd', messageEnd: { messageId: header.id, chunkCount: header.chunkCount, state: 'RECALLED' } });
  }

  private async timeline(device: NativeDevice, who: DeviceIdentity, ref: number, since: number, limit: number): Promise<void> {
    const page = limit > 0 ? Math.min(limit, DEFAULT_TIMELINE_PAGE) : DEFAULT_TIMELINE_PAGE;
    const timeline = await this.options.timeline.read(who.userId, since, page);
    device.send({ ref, type: 'timeline', timeline });
  }

  private protocolError(device: NativeDevice, ref: number, error: VoxError): void {
    this.fail(device, ref, error);
    device.protocolErrors++;
    if (device.protocolErrors >= this.options.limits.maxProtocolErrors || !device.identity) {
      device.conn.close(CLOSE_PROTOCOL_ERROR, error.code);
    }
  }

  /** Sends an error frame; server faults are logged in full and sent with their generic text only. */
  private fail(device: NativeDevice, ref: number, err: unknown, messageId = ''): void {
    const error = toVoxError(err);
    this.options.metrics?.error(error.code);
    if (isServerFault(error)) this.options.logger.error({ err, userId: device.userId }, 'frame handling failed');
    const retryAfterMs = error instanceof RateLimitedError ? error.retryAfterMs : 0;
    device.send({ ref, type: 'error', error: { ...clientError(error), messageId, retryAfterMs } });
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
    case 'sendLocation':
      return frame.sendLocation.messageId;
    case 'listen':
      return frame.listen.messageId;
    case 'stopListen':
      return frame.stopListen.messageId;
    case 'recallMessage':
      return frame.recallMessage.messageId;
    case 'heard':
      return frame.heard.messageId;
    default:
      return '';
  }
}
