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
 * time or token revoked, 4008 slow consumer, 1001 going away.
 */
import { randomUUID } from 'node:crypto';
import type { Limits } from '../../common/config.js';
import type { DeviceId, MessageId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { hashToken, type AccountService, type AuthenticatedUser } from '../people/account-service.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import { DEFAULT_OPUS } from '../stream/message-rules.js';
import type { LiveIngest } from '../stream/live-ingest.js';
import type { MessagePosts } from '../stream/message-posts.js';
import type { MessageDelivery } from '../delivery/message-delivery.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import type { TransportConnection } from '../edge/transport.js';
import { channelNames, channelOf, forUserOf } from './zello-channels.js';
import {
  decodeCodecHeader,
  parseCommand,
  parsePacket,
  readInteger,
  readNumber,
  type ZelloCommand,
  type ZelloInput,
  type ZelloPacket,
} from './zello-codec.js';
import { type BodyLoader, ZelloDevice } from './zello-device.js';
import { toZelloError, ZELLO_ERRORS, ZelloError, type ZelloErrorString } from './zello-errors.js';
import { ZelloPosts } from './zello-posts.js';

export const ZELLO_PATH = '/zello';
export const CLOSE_PROTOCOL_ERROR = 4000;
export const CLOSE_AUTH_FAILED = 4001;

export interface ZelloProtocolOptions {
  accounts: AccountService;
  live: LiveIngest;
  delivery: MessageDelivery;
  posts: MessagePosts;
  sessions: DeviceRegistry;
  headers: HeaderStore;
  directory: ConversationDirectory;
  /** Reads a stored body: pictures are sent from it. */
  loadBody: BodyLoader;
  limits: Limits;
  /** Ping every client this often; one that has not answered the previous ping is dropped. */
  pingIntervalMs: number;
  logger: Logger;
  now?: () => number;
}

type Handler = (device: ZelloDevice, command: ZelloCommand) => Promise<void> | void;

export class ZelloProtocol {
  private readonly byConnection = new Map<TransportConnection, ZelloDevice>();
  private readonly now: () => number;
  private pingTimer: NodeJS.Timeout | undefined;
  /** Command name → handler and the error string for failures nothing more specific describes. */
  private readonly commands: ReadonlyMap<string, { run: Handler; fallback: ZelloErrorString }>;
  private readonly posts: ZelloPosts;

  constructor(private readonly options: ZelloProtocolOptions) {
    this.now = options.now ?? Date.now;
    const posts = new ZelloPosts(options);
    this.posts = posts;
    const internal = ZELLO_ERRORS.internal;
    this.commands = new Map<string, { run: Handler; fallback: ZelloErrorString }>([
      ['logon', { run: (d, c) => this.logon(d, c), fallback: internal }],
      [
        'start_stream',
        { run: (d, c) => this.startStream(d, c), fallback: ZELLO_ERRORS.failedToStartStream },
      ],
      [
        'stop_stream',
        { run: (d, c) => this.stopStream(d, c), fallback: ZELLO_ERRORS.failedToStopStream },
      ],
      ['send_text_message', { run: (d, c) => posts.sendText(d, c), fallback: internal }],
      ['send_location', { run: (d, c) => posts.sendLocation(d, c), fallback: internal }],
      ['send_image', { run: (d, c) => posts.sendImage(d, c), fallback: internal }],
    ]);
  }

  get connectionCount(): number {
    return this.byConnection.size;
  }

  open(conn: TransportConnection): void {
    const { limits, logger } = this.options;
    const device = new ZelloDevice(
      conn,
      limits.maxBufferedBytes,
      this.options.loadBody,
      limits.chunkBurst,
      this.now(),
      (err, messageId) => logger.error({ err, messageId }, 'zello: stored picture unreadable'),
    );
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
    if (device.busy) {
      device.pending.push(input);
      return;
    }
    this.run(device, input);
  }

  drain(conn: TransportConnection): void {
    this.byConnection.get(conn)?.drained();
  }

  pong(conn: TransportConnection): void {
    const device = this.byConnection.get(conn);
    if (device) device.awaitingPong = false;
  }

  closed(conn: TransportConnection): void {
    const device = this.byConnection.get(conn);
    if (!device) return;
    this.byConnection.delete(conn);
    device.closed = true;
    clearTimeout(device.authTimer);
    device.pending.length = 0;
    device.images.clear();
    this.options.sessions.remove(device);
    // A Zello client cannot resume a stream: what arrived is the message.
    for (const stream of device.outgoing.values()) {
      this.options.live
        .end(device, { messageId: stream.messageId, chunkCount: stream.nextSeq })
        .catch((err: unknown) => {
          this.options.logger.warn(
            { err, messageId: stream.messageId },
            'zello: ending a dropped stream failed',
          );
        });
    }
    device.outgoing.clear();
    this.options.delivery.deviceClosed(device);
    if (this.byConnection.size === 0) this.stopPinging();
  }

  /** Closes the connections logged on with a token that was just revoked. */
  revoke(tokenHash: string): void {
    for (const device of this.byConnection.values()) {
      if (device.tokenHash !== tokenHash) continue;
      device.sendJson({ command: 'on_error', error: ZELLO_ERRORS.notAuthorized });
      device.conn.close(CLOSE_AUTH_FAILED, 'VOX_AUTH_TOKEN_INVALID');
    }
  }

  /** Closes every connection with 1001 (router going away) and stops pinging. */
  closeAll(): void {
    this.stopPinging();
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

  /** Runs one input; an async one holds the connection's queue until it settles. */
  private run(device: ZelloDevice, input: ZelloInput): void {
    let result: Promise<void> | void;
    try {
      result = input.binary
        ? this.packet(device, input.result)
        : this.command(device, input.result);
    } catch (err) {
      this.fail(device, input.binary ? undefined : seqOf(input), err, ZELLO_ERRORS.internal);
      return;
    }
    if (!result) return;
    device.busy = true;
    result
      .catch((err: unknown) =>
        this.fail(device, input.binary ? undefined : seqOf(input), err, ZELLO_ERRORS.internal),
      )
      .finally(() => {
        device.busy = false;
        while (!device.busy && !device.closed) {
          const next = device.pending.shift();
          if (!next) break;
          this.run(device, next);
        }
      });
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
    if (packet.kind === 'audio') return this.audio(device, packet);
    return this.posts.imagePart(device, packet);
  }

  private async logon(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    const body = command.body;
    if (device.identity) throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    const names = channelNames(body);
    if (body['listen_only'] !== undefined && typeof body['listen_only'] !== 'boolean') {
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    }
    const { user, token } = await this.authenticate(body);
    if (device.closed) return;
    clearTimeout(device.authTimer);
    const identity = {
      userId: user.userId,
      username: user.username,
      expiresAt: user.expiresAt,
      deviceId: `zello-${device.conn.id}` as DeviceId,
    };
    device.identity = identity;
    device.tokenHash = hashToken(token);
    device.canTalk = body['listen_only'] !== true;
    const conversations = await this.options.headers.listConversations(user.userId);
    const statuses: Record<string, unknown>[] = [];
    for (const name of names) {
      const match = conversations.find((c) => c.isGroup && c.name === name);
      if (!match) {
        statuses.push({
          command: 'on_channel_status',
          channel: name,
          status: 'offline',
          users_online: 0,
          error: 'no such channel',
          error_type: 'configuration',
        });
        continue;
      }
      device.channels.set(match.id, { name, conversationId: match.id });
    }
    this.options.sessions.add(device);
    device.reply(command.seq, { refresh_token: token });
    for (const channel of device.channels.values()) {
      const conversation = conversations.find((c) => c.id === channel.conversationId);
      const online = (conversation?.participants ?? []).filter(
        (p) => this.options.sessions.devicesOf(p.userId).size > 0,
      );
      device.sendJson({
        command: 'on_channel_status',
        channel: channel.name,
        status: 'online',
        users_online: online.length,
        images_supported: true,
        texting_supported: true,
        locations_supported: true,
      });
    }
    for (const status of statuses) device.sendJson(status);
    await this.options.delivery.monitor(device, identity, 0, {
      conversationIds: [...device.channels.keys()],
    });
  }

  /** username + password of a voxring account, else a voxring token as refresh_token or auth_token. */
  private async authenticate(
    body: Readonly<Record<string, unknown>>,
  ): Promise<{ user: AuthenticatedUser; token: string }> {
    const { username, password } = body;
    const accounts = this.options.accounts;
    if (typeof username === 'string' && username.length > 0) {
      if (typeof password !== 'string' || password.length === 0)
        throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
      const issued = await accounts.login(username, password);
      return { user: issued, token: issued.token };
    }
    // Zello clients always send their Zello auth_token; a voxring token may ride in either field.
    const tokens = [body['refresh_token'], body['auth_token']].filter(
      (t): t is string => typeof t === 'string' && t.length > 0,
    );
    if (tokens.length === 0) throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    let failure: unknown;
    for (const token of tokens) {
      try {
        return { user: await accounts.authenticate(token), token };
      } catch (err) {
        failure = err;
      }
    }
    throw toZelloError(failure, ZELLO_ERRORS.notAuthorized);
  }

  private async startStream(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    const who = device.identity;
    if (!who) throw new ZelloError(ZELLO_ERRORS.notLoggedIn);
    const body = command.body;
    if (!device.canTalk) throw new ZelloError(ZELLO_ERRORS.listenOnly);
    const channel = channelOf(device, body);
    if (body['type'] !== undefined && body['type'] !== 'audio')
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    if (body['codec'] !== undefined && body['codec'] !== 'opus')
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    if (body['codec_header'] === undefined) throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    const codec = decodeCodecHeader(body['codec_header']);
    if (!codec) throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    const rawDuration = body['packet_duration'];
    const packetMs =
      rawDuration === undefined
        ? codec.framesPerPacket * codec.frameSizeMs
        : readNumber(rawDuration, 2.5, 60);
    if (packetMs === undefined || packetMs < 2.5 || packetMs > 60)
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    const forUser = await forUserOf(this.options.directory, channel, body);
    const messageId = `zello-${randomUUID()}` as MessageId;
    const opus = {
      sampleRate: codec.sampleRate,
      channels: 1,
      frameDurationUs: Math.round(packetMs * 1000),
      preSkip: DEFAULT_OPUS.preSkip,
    };
    const frame = {
      messageId,
      conversationId: channel.conversationId,
      contentType: 'VOICE' as const,
      opus,
    };
    await this.options.live.start(device, who, 0, frame, forUser);
    const streamId = device.nextId();
    device.outgoing.set(streamId, { streamId, messageId, nextSeq: 0 });
    device.reply(command.seq, { stream_id: streamId });
  }

  /** One Opus packet: the next chunk of its stream (the client's packet_id is ignored; seq is arrival order). */
  private audio(device: ZelloDevice, packet: Extract<ZelloPacket, { kind: 'audio' }>): void {
    const stream = device.outgoing.get(packet.streamId);
    if (!stream) throw new ZelloError(ZELLO_ERRORS.failedToSendData);
    try {
      this.options.live.chunk(device, {
        messageId: stream.messageId,
        seq: stream.nextSeq,
        payload: packet.data,
      });
    } catch (err) {
      throw toZelloError(err, ZELLO_ERRORS.failedToSendData);
    }
    stream.nextSeq++;
  }

  private async stopStream(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    if (command.body['stream_id'] === undefined) throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    const streamId = readInteger(command.body['stream_id'], 0, 0xffffffff);
    const stream = streamId === undefined ? undefined : device.outgoing.get(streamId);
    if (!stream) throw new ZelloError(ZELLO_ERRORS.failedToStopStream);
    device.outgoing.delete(stream.streamId);
    try {
      await this.options.live.end(device, {
        messageId: stream.messageId,
        chunkCount: stream.nextSeq,
      });
    } catch (err) {
      throw new ZelloError(ZELLO_ERRORS.failedToStopStream, { cause: err });
    }
    device.reply(command.seq, {});
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
    const cause = error.cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? cause.code : undefined;
    if (code === 'VOX_INTERNAL' || code === 'VOX_STORAGE_FAILED') {
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
