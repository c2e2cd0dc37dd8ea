/**
 * `voxring talk`: streams an Ogg Opus file's packets at real time as one
 * live voice message. The message id is the first line on stdout, written as
 * soon as the router accepted the start, so the message can be found (and
 * resumed with --message-id) whatever happens next. Over a lost connection
 * the session reconnects and the message resumes from its last acked chunk;
 * packets due meanwhile wait and go on resume. SIGINT / SIGTERM stop the
 * stream and end the message before exiting (130 / 143); a second one
 * exits at once.
 */
import { readFile } from 'node:fs/promises';
import { readOggOpus } from '../common/ogg-opus-reader.js';
import { opusPacketSamples } from '../common/opus-packet.js';
import type { OutgoingVoiceMessage } from '../client/outgoing-voice-message.js';
import type { VoxringSession } from '../client/voxring-session.js';
import {
  EXIT,
  loggedIn,
  note,
  openSession,
  optional,
  reconnectForMs,
  required,
  STREAM_RECONNECT_FOR_S,
  StopSignals,
  UsageError,
  type Flags,
} from './cli-support.js';

/** How long the end of a message stopped by a signal may take before the command exits anyway. */
const SIGNAL_END_MS = 10_000;
/** Beyond a reconnect, how long the router may take to confirm the end. */
const END_MARGIN_MS = 10_000;

export async function talk(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const file = readOggOpus(await readFile(required(flags, 'file')));
  const first = file.packets[0];
  if (!first) throw new UsageError('the file holds no audio packets');
  const conversationId = required(flags, 'conversation');
  const messageId = optional(flags, 'message-id');
  const forMs = reconnectForMs(flags, STREAM_RECONNECT_FOR_S);
  const stop = new StopSignals();
  const http = await loggedIn(flags, env, forMs);
  const session = await openSession(http, forMs);
  try {
    if (stop.requested) return stop.exitCode; // stopped before anything was sent
    const frameDurationUs = Math.round((opusPacketSamples(first) * 1_000_000) / 48000);
    const message = await session.startVoice({
      conversationId,
      opus: { sampleRate: file.head.inputSampleRate, channels: file.head.channels, frameDurationUs, preSkip: file.head.preSkip },
      ...(messageId ? { messageId } : {}),
    });
    process.stdout.write(`${message.messageId}\n`);
    if (message.sentCount > 0) note(`message ${message.messageId} resumed after its ${message.sentCount} stored chunks`);
    const resumed = session.onEvent((event) => {
      if (event.type === 'connected' && event.reconnect) note(`message ${message.messageId} resumed after chunk ${message.ackedSeq}`);
    });
    try {
      await stream(message, file.packets, stop, session);
      return await finish(message, stop, session, forMs);
    } finally {
      resumed();
    }
  } finally {
    stop.dispose();
    await session.close();
  }
}

/** Sends the packets from the message's next seq on, each when the audio before it has played. */
async function stream(message: OutgoingVoiceMessage, packets: readonly Uint8Array[], stop: StopSignals, session: VoxringSession): Promise<void> {
  const startedAt = performance.now();
  let audioUs = 0;
  for (let seq = message.sentCount; seq < packets.length; seq++) {
    const packet = packets[seq];
    if (!packet || stop.requested || session.isClosed || message.settled) return;
    const due = startedAt + audioUs / 1000 - performance.now();
    if (due > 1) await stop.sleep(due);
    if (stop.requested) return;
    message.send(packet);
    audioUs += (opusPacketSamples(packet) * 1_000_000) / 48000;
  }
}

async function finish(message: OutgoingVoiceMessage, stop: StopSignals, session: VoxringSession, forMs: number): Promise<number> {
  try {
    const end = await message.end(stop.requested ? SIGNAL_END_MS : forMs + END_MARGIN_MS);
    const { state, chunkCount } = end.messageEnd;
    if (stop.requested) {
      note(`message ${message.messageId} ended ${state} with ${chunkCount} chunks`);
      return stop.exitCode;
    }
    // The router may end a message itself, e.g. at maxMessageDurationMs: then it holds less than the file.
    const whole = state === 'COMPLETE' && chunkCount === message.sentCount;
    if (!whole) note(`message ${message.messageId} ended ${state} with ${chunkCount} of ${message.sentCount} chunks`);
    return whole ? EXIT.ok : EXIT.failure;
  } catch (err) {
    note(`message ${message.messageId} is not ended: ${message.ackedSeq + 1} chunks are stored; resume it with --message-id ${message.messageId}`);
    if (stop.requested && session.failure === undefined) return stop.exitCode;
    throw err;
  }
}
