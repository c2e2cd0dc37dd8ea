/**
 * RelayBroker on NATS JetStream (the `nats` npm client, loaded lazily so the
 * bench runs without it): one stream `VOXBENCH` on subjects `vox.<topic>`
 * with file storage; every frame is published with `js.publish`, which
 * resolves once the stream has stored it (PubAck). One ordered consumer
 * (deliver new) reads the whole stream and hands each frame to the relay,
 * so `follow` has nothing to do: a conversation nobody listens to costs one
 * uWS publish to an empty topic.
 */
import type { DeliverFn, FailFn, RelayBroker } from './relay-broker.js';

const STREAM = 'VOXBENCH';
const SUBJECT_PREFIX = 'vox.';
/** A live message keeps ~60 s of 20 ms frames; older ones are not needed by anyone. */
const MAX_MSGS_PER_SUBJECT = 3000;

type Nats = typeof import('nats');
type NatsConnection = import('nats').NatsConnection;
type JetStreamClient = import('nats').JetStreamClient;
type ConsumerMessages = import('nats').ConsumerMessages;

export class JetStreamBroker implements RelayBroker {
  private closed = false;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly messages: ConsumerMessages,
    private readonly fail: FailFn,
  ) {}

  static async connect(url: string, deliver: DeliverFn, fail: FailFn): Promise<JetStreamBroker> {
    const nats: Nats = await import('nats');
    const nc = await nats.connect({ servers: url, maxReconnectAttempts: 0 });
    const jsm = await nc.jetstreamManager();
    await jsm.streams.add({
      name: STREAM,
      subjects: [`${SUBJECT_PREFIX}>`],
      storage: nats.StorageType.File,
      retention: nats.RetentionPolicy.Limits,
      max_msgs_per_subject: MAX_MSGS_PER_SUBJECT,
    });
    const js = nc.jetstream();
    // No filter: the stream holds only vox.> (and nats-server 2.9 ignores the newer filter_subjects list).
    const consumer = await js.consumers.get(STREAM, { deliver_policy: nats.DeliverPolicy.New });
    const messages = await consumer.consume({ max_messages: 2000 });
    const broker = new JetStreamBroker(nc, js, messages, fail);
    void (async () => {
      for await (const m of messages) deliver(m.subject.slice(SUBJECT_PREFIX.length), m.data);
    })().catch((err: unknown) => {
      if (!broker.closed) fail(err);
    });
    return broker;
  }

  publish(topic: string, bytes: Uint8Array): void {
    this.js.publish(SUBJECT_PREFIX + topic, bytes).catch(this.fail);
  }

  async follow(): Promise<void> {}

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.messages.stop();
    await this.nc.close();
  }
}
