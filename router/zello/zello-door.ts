/**
 * The Zello Channel API door at /zello: existing Zello clients (bridges,
 * bots, radio gateways) talk to voxring by changing only their URL. Each
 * connection is a ZelloDevice, so delivery, catch-up, presence and
 * timelines treat it like a native device. Inputs of one connection run in
 * order; an async command holds the queue until it settles.
 *
 * Mapping: a channel is a named group conversation of the user; `logon`
 * takes a voxring username and password (or a voxring token as
 * auth_token / refresh_token); `start_stream` … `stop_stream` is a live voice
 * message; text, locations and pictures are messages of those types.
 * Close codes as on /v1/ws: 4000 too many bad inputs, 4001 no logon in
 * time or token revoked, 4008 slow consumer, 4009 past maxConnections,
 * 4029 over the cap on connections still logging on, 1001 going away.
 *
 * The Zello protocol has no redirect: a connection is served where it
 * connects, whoever's home that router is (the ring relays what its user
 * hears there). A draining router closes each connection with 1001 as soon
 * as it is between streams, so that the client reconnects (through its load
 * balancer) to a router that stays, without cutting a stream short.
 */
import type { Limits } from '../../common/config.js';
import { isServerFault, isVoxError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import type { AccountService } from '../people/account-service.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { LiveIngest } from '../stream/live-ingest.js';
import type { MessagePosts } from '../stream/message-posts.js';
import type { MessageDelivery } from '../delivery/message-delivery.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { TransportConnection, UpgradeDecision } from '../edge/transport.js';
import type { Door } from '../door.js';
import { runInOrder, type InputFailure, type InputHandler } from '../run-in-order.js';
import { parseCommand, parsePacket, type ZelloCommand, type ZelloInput } from './zello-codec.js';
import { type BodyLoader, ZelloDevice } from './zello-device.js';
import { toZelloError, ZELLO_ERRORS, ZelloError, type ZelloErrorString } from './zello-errors.js';
import { ZelloLogon } from './zello-logon.js';
import type { AuthRateLimits } from '../edge/auth-rate-limits.js';
import type { ConnectionAdmission } from '../edge/connection-admission.js';
import { ZelloPosts } from './zello-posts.js';
import { ZelloStreams } from './zello-streams.js';
import type { UsageRecorder } from '../usage/usage-meter.js';

export const ZELLO_PATH = '/zello';
export const CLOSE_PROTOCOL_ERROR = 4000;
export const CLOSE_AUTH_FAILED = 4001;
/** How often a draining door looks for connections between streams. */
const DRAIN_SWEEP_MS = 100;

export interface ZelloDoorOptions {
  /** Logs on; the door closes the devices of a revoked token. */
  accounts: AccountService;
  /** Logons are limited per client address (and password failures per username). */
  rateLimits: AuthRateLimits;
  /** A logged-on connection takes a slot of maxConnections. */
  admission: Pick<ConnectionAdmission, 'authenticated'>;
  live: LiveIngest;
  delivery: MessageDelivery;
  posts: MessagePosts;
  /** Connected devices by user: a device is in it from logon to close. */
  registry: DeviceRegistry;
  headers: HeaderStore;
  directory: ConversationDirectory;
  /** Reads a stored body: pictures are sent from it. */
  loadBody: BodyLoader;
  limits: Limits;
  /** Ping every client this often; one that has not answered the previous ping is dropped. */
  pingIntervalMs: number;
  logger: Logger;
  /** Counts the chunk bytes its devices are sent (usage metering); absent: not counted. */
  usage?: UsageRecorder;
}

type Handler = (device: ZelloDevice, command: ZelloCommand) => Promise<void> | void;

/** The door at /zello: Zello connections as devices, their inputs in order, pings, revocation. */
export class ZelloDoor implements Door {
  readonly path = ZELLO_PATH;
  readonly match = 'exact';
  readonly forClients = true;
  private readonly byConnection = new Map<TransportConnection, ZelloDevice>();
  private pingTimer: NodeJS.Timeout | undefined;
  private drainTimer: NodeJS.Timeout | undefined;
  /** Command name → handler and the error string for failures nothing more specific describes. */
  private readonly commands: ReadonlyMap<string, { run: Handler; fallback: ZelloErrorString }>;
  private readonly posts: ZelloPosts;
  private readonly streams: ZelloStreams;
  private readonly unsubscribe: () => void;
  /** Inputs of one connection run in order; a failure nothing answered is an internal error. */
  private readonly handleInput: InputHandler<ZelloDevice, ZelloInput> = (device, input) =>
    input.binary ? this.packet(device, input.result) : this.command(device, input.result);
  private readonly inputFailed: InputFailure<ZelloDevice, ZelloInput> = (device, input, err) =>
    this.fail(device, input.binary ? undefined : seqOf(input), err, ZELLO_ERRORS.internal);

  constructor(private readonly options: ZelloDoorOptions) {
    const logon = new ZelloLogon(options);
    const streams = new ZelloStreams(options);
    const posts = new ZelloPosts(options);
    this.streams = streams;
    this.posts = posts;
    const internal = ZELLO_ERRORS.internal;
    this.commands = new Map<string, { run: Handler; fallback: ZelloErrorString }>([
      ['logon', { run: (d, c) => logon.logon(d, c), fallback: internal }],
      [
        'start_stream',
        { run: (d, c) => streams.start(d, c), fallback: ZELLO_ERRORS.failedToStartStream },
      ],
      [
        'stop_stream',
        { run: (d, c) => streams.stop(d, c), fallback: ZELLO_ERRORS.failedToStopStream },
      ],
      ['send_text_message', { run: (d, c) => posts.sendText(d, c), fallback: internal }],
      ['send_location', { run: (d, c) => posts.sendLocation(d, c), fallback: internal }],
      ['send_image', { run: (d, c) => posts.sendImage(d, c), fallback: internal }],
    ]);
    this.unsubscribe = options.accounts.onRevoked((tokenHash) => this.revoke(tokenHash));
  }

  /** Open connections, logged on or not. */
  get connectionCount(): number {
    return this.byConnection.size;
  }

  /** Zello clients ask for no subprotocol; whatever they offer, none is chosen. */
  decideUpgrade(): UpgradeDecision {
    return { accept: true, protocol: null };
  }

  open(conn: TransportConnection): void {
    const { limits, logger } = this.options;
    const device = new ZelloDevice(
      conn,
      limits.maxBufferedBytes,
      this.options.loadBody,
      (err, messageId) => logger.error({ err, messageId }, 'zello: stored picture unreadable'),
    );
    device.usage = this.options.usage;
    this.byConnection.set(conn, device);
    device.authTimer = setTimeout(() => {
      if (device.identity) return;
      device.sendJson({ command: 'on_error', error: ZELLO_ERRORS.notLoggedIn });
      conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TIMEOUT');
    }, limits.authTimeoutMs);
    device.authTimer.unref();
    this.startPinging();
  }

  message(conn: TransportConnection, data: Uint8Array, isBinary: boolean): void {
    const device = this.byConnection.get(conn);
    if (!device || device.closed) return;
    // Parsed (and copied) now: the transport's buffer is only valid during this call.
    const input: ZelloInput = isBinary
      ? { binary: true, result: parsePacket(data) }
      : {
          binary: false,
          result: parseCommand(
            Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'),
          ),
        };
    runInOrder(device, input, this.handleInput, this.inputFailed);
  }

  drained(conn: TransportConnection): void {
    this.byConnection.get(conn)?.drained();
  }

  pong(conn: TransportConnection): void {
    const device = this.byConnection.get(conn);
    if (device) device.awaitingPong = false;
  }

  sessionOf(conn: TransportConnection): Record<string, string> | undefined {
    const identity = this.byConnection.get(conn)?.identity;
    return identity && { userId: identity.userId, username: identity.username, deviceId: identity.deviceId };
  }

  closed(conn: TransportConnection): void {
    const device = this.byConnection.get(conn);
    if (!device) return;
    this.byConnection.delete(conn);
    device.markClosed();
    // Its streams end now, complete with what arrived (a ZelloDevice cannot resume).
    this.options.delivery.deviceClosed(device);
    if (this.byConnection.size === 0) this.stopPinging();
  }

  /** Closes the connections logged on with a token that was just revoked. */
  private revoke(tokenHash: string): void {
    for (const device of this.byConnection.values()) {
      if (device.tokenHash !== tokenHash) continue;
      device.sendJson({ command: 'on_error', error: ZELLO_ERRORS.notAuthorized });
      device.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TOKEN_INVALID');
    }
  }

  /**
   * The router drains (true) or rejoined its ring (false): while draining,
   * every connection is closed with 1001 once it neither sends nor hears a
   * stream.
   */
  setDraining(draining: boolean): void {
    clearInterval(this.drainTimer);
    this.drainTimer = undefined;
    if (!draining) return;
    this.closeIdle();
    this.drainTimer = setInterval(() => this.closeIdle(), DRAIN_SWEEP_MS);
    this.drainTimer.unref();
  }

  private closeIdle(): void {
    for (const device of this.byConnection.values()) {
      if (device.streaming || device.closed) continue;
      device.sendJson({ command: 'on_error', error: ZELLO_ERRORS.serverClosed });
      device.conn.close(1001, 'VOX_SHUTTING_DOWN');
    }
  }

  /** Closes every connection with 1001 (router going away), stops pinging and following revocations. */
  closeAll(): void {
    this.setDraining(false);
    this.stopPinging();
    this.unsubscribe();
    for (const device of this.byConnection.values()) {
      device.sendJson({ command: 'on_error', error: ZELLO_ERRORS.serverClosed });
      device.conn.close(1001, 'VOX_SHUTTING_DOWN');
    }
  }

  private startPinging(): void {
    if (this.pingTimer) return;
    this.pingTimer = setInterval(() => this.pingAll(), this.options.pingIntervalMs);
    this.pingTimer.unref();
  }

  private stopPinging(): void {
    clearInterval(this.pingTimer);
    this.pingTimer = undefined;
  }

  /** One ping round: a client that did not answer the previous ping is dropped. */
  private pingAll(): void {
    for (const device of this.byConnection.values()) {
      if (device.awaitingPong) {
        this.options.logger.info(
          { userId: device.userId, connection: device.conn.id },
          'zello: no pong, dropping',
        );
        device.conn.terminate();
        continue;
      }
      device.awaitingPong = true;
      device.conn.ping();
    }
  }

  private command(
    device: ZelloDevice,
    parsed: ReturnType<typeof parseCommand>,
  ): Promise<void> | void {
    if (!parsed.ok) return this.protocolError(device, parsed.seq, parsed.error);
    const { command } = parsed;
    const entry = this.commands.get(command.command);
    if (!entry) return this.protocolError(device, command.seq, ZELLO_ERRORS.unknownCommand);
    if (!device.identity && command.command !== 'logon')
      return this.protocolError(device, command.seq, ZELLO_ERRORS.notLoggedIn);
    const settle = (err: unknown): void => this.fail(device, command.seq, err, entry.fallback);
    let result: Promise<void> | void;
    try {
      result = entry.run(device, command);
    } catch (err) {
      settle(err);
      return;
    }
    return result ? result.catch(settle) : undefined;
  }

  private packet(
    device: ZelloDevice,
    parsed: ReturnType<typeof parsePacket>,
  ): Promise<void> | void {
    if (!parsed.ok) return this.protocolError(device, undefined, parsed.error);
    if (!device.identity) return this.protocolError(device, undefined, ZELLO_ERRORS.notLoggedIn);
    const packet = parsed.packet;
    if (packet.kind === 'audio') return this.streams.audio(device, packet);
    return this.posts.imagePart(device, packet);
  }

  /** A bad input: answered like any error, counted; too many close the connection. */
  private protocolError(
    device: ZelloDevice,
    seq: number | undefined,
    error: ZelloErrorString,
  ): void {
    this.fail(device, seq, new ZelloError(error), error);
    device.protocolErrors++;
    if (device.protocolErrors >= this.options.limits.maxProtocolErrors)
      device.conn.close(CLOSE_PROTOCOL_ERROR, 'VOX_BAD_FRAME');
  }

  /** `{seq, error}` for a command that asked for a reply, else an `on_error` event. */
  private fail(
    device: ZelloDevice,
    seq: number | undefined,
    err: unknown,
    fallback: ZelloErrorString,
  ): void {
    const error = toZelloError(err, fallback);
    // The wire carries only the spec's string; a server fault behind it is logged in full.
    const cause = error.cause;
    if (isVoxError(cause) && isServerFault(cause)) {
      this.options.logger.error({ err: cause, userId: device.userId }, 'zello: command failed');
    }
    device.sendJson(
      seq === undefined ? { command: 'on_error', error: error.error } : { seq, error: error.error },
    );
  }
}

function seqOf(input: ZelloInput): number | undefined {
  if (input.binary) return undefined;
  return input.result.ok ? input.result.command.seq : input.result.seq;
}
