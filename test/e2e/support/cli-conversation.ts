/**
 * A conversation of two fresh users on a test router, and the CLI commands
 * the talk and listen tests run in it.
 */
import net from 'node:net';
import type { Test } from 'tap';
import type { VoxringHttp } from '../../../client/voxring-http.js';
import type { MessageHeader } from '../../../proto/frames.js';
import { eventually } from '../../helpers/eventually.js';
import { PASSWORD, signupUser, type TestUser } from '../../helpers/router-fixture.js';
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
