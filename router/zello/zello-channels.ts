/**
 * Channels of the Zello door: a channel is a named group conversation the
 * user belongs to, matched by exact name at logon. These helpers read the
 * `channels` / `channel` / `for` attributes of commands; they throw ZelloError.
 */
import type { ParticipantRecord } from '../../header-store/header-store.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { ZelloChannel, ZelloDevice } from './zello-device.js';
import { ZELLO_ERRORS, ZelloError } from './zello-errors.js';

/** The spec's limit on channels per logon. */
export const MAX_CHANNELS = 100;

/** `channels` (array) or the singular `channel` some published clients send. */
export function channelNames(body: Readonly<Record<string, unknown>>): string[] {
  const list = body['channels'];
  const single = body['channel'];
  let names: unknown[];
  if (list !== undefined && list !== null) {
    if (!Array.isArray(list)) throw new ZelloError(ZELLO_ERRORS.invalidRequest);
    names = list;
  } else if (single !== undefined && single !== null) {
    names = [single];
  } else {
    throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
  }
  if (names.length === 0) throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
  if (names.length > MAX_CHANNELS) throw new ZelloError(ZELLO_ERRORS.channelsLimitExceeded);
  if (!names.every((n): n is string => typeof n === 'string' && n.length > 0))
    throw new ZelloError(ZELLO_ERRORS.invalidRequest);
  return [...new Set(names)];
}

/** The command's channel: named, or the only one logged on to when omitted. */
export function channelOf(
  device: ZelloDevice,
  body: Readonly<Record<string, unknown>>,
): ZelloChannel {
  const name = body['channel'];
  if (name === undefined) {
    const [only, ...others] = device.channels.values();
    if (!only || others.length > 0)
      throw new ZelloError(only ? ZELLO_ERRORS.notEnoughParams : ZELLO_ERRORS.channelNotReady);
    return only;
  }
  if (typeof name !== 'string') throw new ZelloError(ZELLO_ERRORS.invalidRequest);
  const channel = device.channelByName(name);
  if (!channel) throw new ZelloError(ZELLO_ERRORS.channelNotReady);
  return channel;
}

/** `for`: a participant of the channel, by username; undefined when absent (or `false`). */
export async function forUserOf(
  directory: ConversationDirectory,
  channel: ZelloChannel,
  body: Readonly<Record<string, unknown>>,
): Promise<ParticipantRecord | undefined> {
  const target = body['for'];
  if (target === undefined || target === null || target === false) return undefined;
  if (typeof target !== 'string' || target.length === 0)
    throw new ZelloError(ZELLO_ERRORS.invalidRequest);
  const conversation = await directory.get(channel.conversationId);
  const participant = conversation?.participants.find((p) => p.username === target.toLowerCase());
  if (!participant) throw new ZelloError(ZELLO_ERRORS.invalidRequest);
  return participant;
}
