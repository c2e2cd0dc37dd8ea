/**
 * `voxring listen`: monitors a conversation and writes each voice message it
 * hears as `DIR/<message-id>.ogg` once it ended, every packet exactly once
 * from the message's first one (a message joined mid-way is fetched from seq
 * 0; after a reconnect each message continues from the next seq it lacks).
 * --rate R asks the router to pace the backlog of a message joined mid-way
 * at R × real time (1, 1.5, 2, 3; 0, the default: as fast as it drains).
 * A message whose sender's router went away waits --resume-wait seconds for
 * the sender to resume it; after that it is written as the server holds it,
 * with a warning, and the exit code is 1. Each message written whole is
 * reported `heard` (its sender gets a receipt). A refusal (not a participant, no
 * such conversation, bad password) exits 3 at once; a server that stays
 * away longer than --reconnect-for exits 4.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { oggOpusFile } from '../common/ogg-opus-writer.js';
import { VoiceInbox, type ReceivedVoiceMessage } from '../client/voice-inbox.js';
import { isListenRate, LISTEN_RATES } from '../proto/listen-rates.js';
import {
  EXIT,
  loggedIn,
  note,
  numberFlag,
  openSession,
  reconnectForMs,
  required,
  STREAM_RECONNECT_FOR_S,
  type Flags,
  UsageError,
} from './cli-support.js';

const DEFAULT_RESUME_WAIT_S = 30;

export async function listen(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const conversationId = required(flags, 'conversation');
  const outDir = required(flags, 'out');
  const count = numberFlag(flags, 'count', Infinity, 1);
  const timeoutS = numberFlag(flags, 'timeout', Infinity, 0);
  const resumeWaitMs = numberFlag(flags, 'resume-wait', DEFAULT_RESUME_WAIT_S, 0) * 1000;
  const forMs = reconnectForMs(flags, STREAM_RECONNECT_FOR_S);
  const listenRate = numberFlag(flags, 'rate', 0, 0);
  if (!isListenRate(listenRate)) throw new UsageError(`--rate must be one of ${LISTEN_RATES.join(', ')}, got ${listenRate}`);
  await mkdir(outDir, { recursive: true });
  const http = await loggedIn(flags, env, forMs);
  const session = await openSession(http, forMs);
  const inbox = new VoiceInbox(session, { conversationIds: [conversationId], interruptedWaitMs: resumeWaitMs, listenRate });
  let accepted = 0;
  let written = 0;
  let incomplete = 0;
  let reachedCount: () => void = () => undefined;
  const countReached = new Promise<void>((resolve) => (reachedCount = resolve));
  inbox.onMessage((message) => {
    if (accepted >= count) return;
    const serial = ++accepted;
    if (message.state !== 'COMPLETE') incomplete++;
    void save(outDir, message, serial)
      // Written whole: its sender gets a HEARD receipt (sent before a last message lets the session close).
      .then(() => (message.state === 'COMPLETE' ? session.markHeard(message.header.messageId).catch(() => undefined) : undefined))
      .then(() => {
        if (++written >= count) reachedCount();
      });
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await session.monitor([conversationId]);
    // On stderr, so stdout stays one written file per line; scripts wait for it before talking.
    note(`listening on conversation ${conversationId}`);
    const timedOut = new Promise<void>((resolve) => {
      if (Number.isFinite(timeoutS)) timer = setTimeout(resolve, timeoutS * 1000);
    });
    await Promise.race([countReached, timedOut, session.closed()]);
    const failure = session.failure;
    if (failure) {
      if (inbox.pending > 0) note(`${inbox.pending} message(s) in progress were not written`);
      throw failure;
    }
  } finally {
    clearTimeout(timer);
    inbox.close();
    await session.close();
  }
  if (written < count && Number.isFinite(count)) {
    note(`heard ${written} of ${count} messages before the timeout`);
    return EXIT.failure;
  }
  return incomplete > 0 ? EXIT.failure : EXIT.ok;
}

/** Writes one message as Ogg Opus and prints the file's path; warns when it is not whole. */
async function save(outDir: string, message: ReceivedVoiceMessage, serial: number): Promise<void> {
  const opus = message.header.opus ?? { channels: 1, preSkip: 312, sampleRate: 48000, frameDurationUs: 20000 };
  const bytes = oggOpusFile(message.payloads, {
    channels: opus.channels,
    preSkip: opus.preSkip,
    inputSampleRate: opus.sampleRate,
    serial,
  });
  const target = path.join(outDir, `${message.header.messageId}.ogg`);
  await writeFile(target, bytes);
  if (message.state !== 'COMPLETE') {
    const why = message.error ? `: ${message.error.message}` : ', its sender did not resume it';
    note(`message ${message.header.messageId} ended ${message.state} with ${message.payloads.length} chunks${why}; ${target} holds what the server kept`);
  }
  process.stdout.write(`${target}\n`);
}
