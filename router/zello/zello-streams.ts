/**
 * Voice from Zello clients: `start_stream` starts a live voice message in a
 * channel (Opus parameters from codec_header and packet_duration), each
 * audio packet of its stream_id is the message's next chunk, `stop_stream`
 * ends it. A Zello client cannot resume a stream: live ingest ends the
 * streams of a connection that closed (even one that closed while its
 * start_stream was under way) at once, with what arrived.
 */
import { randomUUID } from 'node:crypto';
import type { MessageId } from '../../common/ids.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import { DEFAULT_OPUS } from '../stream/message-rules.js';
import type { LiveIngest } from '../stream/live-ingest.js';
import { channelOf, forUserOf } from './zello-channels.js';
import {
  decodeCodecHeader,
  readInteger,
  readNumber,
  type ZelloCommand,
  type ZelloPacket,
} from './zello-codec.js';
import type { ZelloDevice } from './zello-device.js';
import { toZelloError, ZELLO_ERRORS, ZelloError } from './zello-errors.js';

export interface ZelloStreamsOptions {
  live: LiveIngest;
  directory: ConversationDirectory;
}

/** start_stream, audio packets and stop_stream of Zello connections. */
export class ZelloStreams {
  constructor(private readonly options: ZelloStreamsOptions) {}

  /** A start_stream counts as a stream going on until answered: a draining router closes the connection only after the reply. */
  async start(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    device.starting++;
    try {
      await this.startStream(device, command);
    } finally {
      device.starting--;
    }
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
    if (device.closed) return; // live ingest ends (or never stored) the message of a closed connection
    const streamId = device.nextId();
    device.outgoing.set(streamId, { streamId, messageId, nextSeq: 0 });
    device.reply(command.seq, { stream_id: streamId });
  }

  /** One Opus packet: the next chunk of its stream (the client's packet_id is ignored; seq is arrival order). */
  audio(device: ZelloDevice, packet: Extract<ZelloPacket, { kind: 'audio' }>): void {
    const stream = device.outgoing.get(packet.streamId);
    if (!stream || stream.stopping) throw new ZelloError(ZELLO_ERRORS.failedToSendData);
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

  async stop(device: ZelloDevice, command: ZelloCommand): Promise<void> {
    if (command.body['stream_id'] === undefined) throw new ZelloError(ZELLO_ERRORS.notEnoughParams);
    const streamId = readInteger(command.body['stream_id'], 0, 0xffffffff);
    const stream = streamId === undefined ? undefined : device.outgoing.get(streamId);
    if (!stream || stream.stopping) throw new ZelloError(ZELLO_ERRORS.failedToStopStream);
    // The stream counts as going on until its reply is sent: a draining router closes the connection only after it.
    stream.stopping = true;
    try {
      await this.options.live.end(device, {
        messageId: stream.messageId,
        chunkCount: stream.nextSeq,
      });
    } catch (err) {
      throw new ZelloError(ZELLO_ERRORS.failedToStopStream, { cause: err });
    } finally {
      device.outgoing.delete(stream.streamId);
    }
    device.reply(command.seq, {});
  }
}
