/**
 * A conversation of two fresh users on a test router, and the CLI commands
 * the talk and listen tests run in it.
 */
import net from 'node:net';
import type { Test } from 'tap';
import type { VoxringHttp } from '../../../client/voxring-http.js';
import type { MessageHeader } from '../../../proto/frames.js';
import { eventually } from '../../helpers/eventually.js';
import { OutgoingVoiceMessage } from '../../../client/outgoing-voice-message.js';
import { connectDevice, PASSWORD, signupUser, speechPackets, type TestUser } from '../../helpers/router-fixture.js';
import { cleanEnv, FIXTURE, runCli, startCli, type Cli } from './cli-process.js';

/** `talk` prints the message id alone on its first stdout line. */
export const MESSAGE_ID_LINE = /^([0-9a-f-]{36})$/m;
/** A child's environment with the test users' password. */
export const env = cleanEnv({ VOXRING_PASSWORD: PASSWORD });

/** Alice (a) and Bob (b) in a conversation on the router at `url`. */
export interface Pair {
  url: string;
  a: TestUser;
  b: TestUser;
  conversationId: string;
}

export async function pair(url: string): Promise<Pair> {
  const [a, b] = await Promise.all([signupUser(url, 'a'), signupUser(url, 'b')]);
  const { conversationId } = await a.http.createConversation([b.name], 'cli');
  return { url, a, b, conversationId };
}

/** Alice talks the fixture into the conversation. */
export function talkCli(t: Test, p: Pair, ...extra: string[]): Cli {
  return startCli(t, ['talk', '--server', p.url, '--user', p.a.name, '--conversation', p.conversationId, '--file', FIXTURE, ...extra], env);
}

/** Runs a command to its end and says how long it took. */
export async function timedCli(t: Test, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const startedAt = Date.now();
  const result = await runCli(t, args, env);
  return { ...result, ms: Date.now() - startedAt };
}

/** The header once the live message holds at least `chunks` chunks (asked of the router it is live on). */
export function liveWith(http: VoxringHttp, messageId: string, chunks: number): Promise<MessageHeader> {
  return eventually(() => http.getMessage(messageId), (h) => h.chunkCount >= chunks, `${chunks} chunks`, 30_000);
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Alice starts a message with the fixture's first `count` packets (all
 * acked), then her connection drops for good: the message waits for a
 * resume, and ends INTERRUPTED after the router's liveResumeGraceMs.
 */
export async function abandonedMessage(t: Test, p: Pair, count: number): Promise<{ messageId: string; packets: Buffer[] }> {
  const { packets, preSkip } = await speechPackets();
  const device = await connectDevice(t, p.url, p.a);
  const message = await OutgoingVoiceMessage.start(device, {
    conversationId: p.conversationId,
    opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
  });
  for (const packet of packets.slice(0, count)) message.send(packet);
  await message.allAcked();
  device.terminate();
  return { messageId: message.messageId, packets };
}
