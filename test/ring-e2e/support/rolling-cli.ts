/**
 * `voxring talk` in the rolling restart: one child process streaming a long
 * file at real time as one message, across every restart (its session
 * reconnects and resumes the message; it notes each resume on stderr), until
 * the test stops it with SIGINT, which ends the message COMPLETE with what
 * was sent.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Test } from 'tap';
import { VoxringHttp } from '../../../client/voxring-http.js';
import { oggOpusFile } from '../../../common/ogg-opus-writer.js';
import { cleanEnv, startCli, type Cli } from '../../e2e/support/cli-process.js';
import { PASSWORD, tempDir, type TestUser } from '../../helpers/router-fixture.js';
import type { TrackedClient } from './rolling-load.js';

export interface CliTalkResult {
  messageId: string;
  exitCode: number | null;
  /** Packets of the file, in order: the stored message must be a prefix of them. */
  packets: Buffer[];
  /** What `talk` said it ended with ("ended COMPLETE with N chunks"). */
  endedState: string | undefined;
  endedCount: number;
  stderr: string;
}

export class CliTalker implements TrackedClient {
  readonly reconnects: number[] = [];
  readonly losses: number[] = [];
  private router: string | undefined;

  private constructor(
    private readonly cli: Cli,
    private readonly user: TestUser,
    private readonly packets: Buffer[],
    readonly messageId: string,
  ) {
    // Its session notes each loss and each reconnect (with the router's id) on stderr.
    let partial = '';
    cli.child.stderr?.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.onNote(line);
    });
  }

  get name(): string {
    return `cli:${this.user.name}`;
  }

  /** Starts `voxring talk` of `seconds` of audio (the fixture repeated) and resolves once the message is started. */
  static async start(t: Test, server: string, user: TestUser, conversationId: string, fixture: { packets: Buffer[]; preSkip: number }, seconds: number): Promise<CliTalker> {
    const packets = Array.from({ length: seconds * 50 }, (_, i) => fixture.packets[i % fixture.packets.length] ?? Buffer.alloc(1));
    const file = path.join(await tempDir(t), 'long.opus');
    await writeFile(file, oggOpusFile(packets, { channels: 1, preSkip: fixture.preSkip, serial: 7 }));
    const cli = startCli(t, ['talk', '--server', server, '--user', user.name, '--conversation', conversationId, '--file', file], cleanEnv({ VOXRING_PASSWORD: PASSWORD }));
    const [, messageId = ''] = await cli.line(/^([0-9a-f-]{36})$/m);
    return new CliTalker(cli, user, packets, messageId);
  }

  routerId(): string | undefined {
    return this.router;
  }

  /** Where the CLI connected first: its home, as a login through `url` names it. */
  async findRouter(url: string, idOfUrl: (url: string) => string | undefined): Promise<void> {
    const session = await new VoxringHttp(url).login(this.user.name, PASSWORD);
    this.router ??= idOfUrl(session.home ?? '');
  }

  private onNote(line: string): void {
    if (line.includes('connection lost')) {
      this.router = undefined;
      this.losses.push(Date.now());
    }
    const reconnected = /reconnected to (\S+)/.exec(line);
    if (reconnected) {
      this.router = reconnected[1];
      this.reconnects.push(Date.now());
    }
  }

  /** SIGINT: the message ends COMPLETE with what was sent; resolves once the process exited. */
  async stop(): Promise<CliTalkResult> {
    this.cli.child.kill('SIGINT');
    const exitCode = await this.cli.exited;
    const stderr = this.cli.stderr();
    const ended = /ended (\w+) with (\d+) chunks/.exec(stderr);
    return { messageId: this.messageId, exitCode, packets: this.packets, endedState: ended?.[1], endedCount: Number(ended?.[2] ?? 0), stderr };
  }
}
