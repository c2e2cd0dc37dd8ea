/**
 * A real HTTP webhook receiver for the notification tests, on port 0: it
 * checks each request's signature (timingSafeEqual, as docs/notify-receiver.mjs
 * does), records it, and answers as told: 204 ('ok'), or `status` ('fail').
 * It can stop listening (connections refused) and listen again on its port.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Teardowns } from '../../helpers/router-fixture.js';

/** One request the receiver got. */
export interface ReceivedNotification {
  raw: string;
  signatureOk: boolean;
  contentType: string | undefined;
  /** The status it was answered with. */
  answered: number;
  payload: {
    event: string;
    recipients: { userId: string; username: string }[];
    message: Record<string, unknown> & { messageId: string };
  };
}

export function validSignature(raw: Buffer, header: string | undefined, secret: string): boolean {
  const expected = Buffer.from('sha256=' + createHmac('sha256', secret).update(raw).digest('hex'));
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export class WebhookReceiver {
  readonly received: ReceivedNotification[] = [];
  /** 'ok' answers 204, 'fail' answers failStatus. */
  mode: 'ok' | 'fail' = 'ok';
  failStatus = 500;
  private server: Server | undefined;
  private port = 0;

  private constructor(private readonly secret: string) {}

  static async start(t: Teardowns, secret: string): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(secret);
    await receiver.listen();
    t.teardown(() => receiver.stop());
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  /** Requests answered 2xx. */
  get delivered(): ReceivedNotification[] {
    return this.received.filter((r) => r.answered < 300);
  }

  /** Listens (again, on the same port once it had one). */
  async listen(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const signatureOk = validSignature(raw, req.headers['x-voxring-signature'] as string | undefined, this.secret);
        const answered = !signatureOk ? 401 : this.mode === 'ok' ? 204 : this.failStatus;
        this.received.push({
          raw: raw.toString('utf8'),
          signatureOk,
          contentType: req.headers['content-type'],
          answered,
          payload: JSON.parse(raw.toString('utf8')) as ReceivedNotification['payload'],
        });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: connections are refused until listen(). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
