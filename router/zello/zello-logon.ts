/**
 * Zello `logon`: a voxring username and password, or a voxring token as
 * refresh_token or auth_token, makes the connection a device of that user.
 * A channel is a group conversation of the user, by name: the ones found are
 * monitored and reported online, the others offline. The reply's
 * refresh_token is the voxring token (a client logs on with it next time).
 * Password logons fall under the log-in rate limits, token logons under the
 * token limit (answered 'too many requests'); each password logon is a new
 * session, so maxSessionsPerUser bounds what a reconnecting bot leaves behind.
 */
import { VoxError } from '../../common/errors.js';
import type { DeviceId } from '../../common/ids.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { hashToken, type AccountService, type AuthenticatedUser } from '../people/account-service.js';
import type { MessageDelivery } from '../delivery/message-delivery.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';
import { channelNames } from './zello-channels.js';
import type { ZelloCommand } from './zello-codec.js';
import type { ZelloDevice } from './zello-device.js';
import { ZELLO_ERRORS, ZelloError } from './zello-errors.js';
import type { AuthRateLimits } from '../edge/auth-rate-limits.js';
import type { ConnectionAdmission } from '../edge/connection-admission.js';

/** Close code of a logon past maxConnections (as on /v1/ws). */
const CLOSE_TOO_MANY_CONNECTIONS = 4009;

export interface ZelloLogonOptions {
  accounts: AccountService;
  /** Password logons under the log-in limits, token logons under the token limit. */
  rateLimits: AuthRateLimits;
  /** A logged-on connection takes a slot of maxConnections. */
  admission: Pick<ConnectionAdmission, 'authenticated'>;
  headers: HeaderStore;
  /** Connected devices by user: a device joins it at logon (and counts as online). */
  registry: DeviceRegistry;
  delivery: MessageDelivery;
}

/** The logon command of a Zello connection. */
export class ZelloLogon {
  constructor(private readonly options: ZelloLogonOptions) {}

  async logon(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    const body = command.body;
    if (device.identity) throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    const names = channelNames(body);
    if (body['listen_only'] !== undefined && typeof body['listen_only'] !== 'boolean') {
      throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    }
    const { user, token } = await this.authenticate(device, body);
    if (device.closed) return;
    clearTimeout(device.authTimer);
    if (!this.options.admission.authenticated(device.conn)) {
      device.sendJson({ seq: command.seq, error: ZELLO_ERRORS.serverClosed });
      device.conn.close(CLOSE_TOO_MANY_CONNECTIONS, 'VOX_TOO_MANY_CONNECTIONS');
      return;
    }
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
    this.options.registry.add(device);
    device.reply(command.seq, { refresh_token: token });
    for (const channel of device.channels.values()) {
      const conversation = conversations.find((c) => c.id === channel.conversationId);
      const online = (conversation?.participants ?? []).filter(
        (p) => this.options.registry.devicesOf(p.userId).size > 0,
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
    device: ZelloDevice,
    body: Readonly<Record<string, unknown>>,
  ): Promise<{ user: AuthenticatedUser; token: string }> {
    const { username, password } = body;
    const { accounts, rateLimits } = this.options;
    if (typeof username === 'string' && username.length > 0) {
      if (typeof password !== 'string' || password.length === 0)
        throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
      const issued = await rateLimits.login(device.conn, username, () => accounts.login(username, password));
      return { user: issued, token: issued.token };
    }
    // Zello clients always send their Zello auth_token; a voxring token may ride in either field.
    const tokens = [body['refresh_token'], body['auth_token']].filter(
      (t): t is string => typeof t === 'string' && t.length > 0,
    );
    if (tokens.length === 0) throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    // One logon is one token use, whichever field held the token.
    return rateLimits.useToken(device.conn, () => firstValidToken(accounts, tokens));
  }

}

/** The first of `tokens` that authenticates; else VOX_AUTH_TOKEN_INVALID (what the token limit counts). */
async function firstValidToken(
  accounts: AccountService,
  tokens: readonly string[],
): Promise<{ user: AuthenticatedUser; token: string }> {
  // Zello clients send their Zello auth_token too: only a voxring token can pass.
  let failure: unknown = new VoxError('VOX_AUTH_TOKEN_INVALID');
  for (const token of tokens) {
    try {
      return { user: await accounts.authenticate(token), token };
    } catch (err) {
      failure = err;
    }
  }
  throw failure;
}
