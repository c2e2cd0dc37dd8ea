/**
 * Messages live on other routers of the ring, mirrored here from the relay
 * links: a ChunkSource per message that local devices listen to exactly as
 * to a local live message. When this router is a message's replica, the
 * mirror also writes its chunks to the body store (a replica body) and each
 * group commit is acked back to the message's router. A mirror whose router
 * left the ring waits to be adopted by the router that takes the message
 * over; if none does in time, the owner of the table decides (onOrphan).
 */
import type { BodyStore, BodyWriter } from '../../body-store/body-store.js';
import type { MessageId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { MessageRecord } from '../../header-store/header-store.js';
import type { MessageStateName } from '../../proto/frames.js';
import type { ChunkList } from '../stream/chunk-list.js';
import { ChunkSource } from '../stream/chunk-source.js';
import type { MessageRelay } from './message-relay.js';
import { attachMonitors } from '../delivery/live-monitors.js';
import type { PresenceTracker } from '../delivery/presence-tracker.js';
import type { DeviceRegistry } from '../delivery/device-registry.js';

export interface Mirror {
  readonly source: ChunkSource;
  /** The router feeding it now. */
  origin: string;
  readonly participants: UserId[];
  replica: ReplicaCopy | undefined;
  /** Set once the origin left the ring. */
  orphanTimer: NodeJS.Timeout | undefined;
}

/** This router's durable copy of a mirrored message. */
export interface ReplicaCopy {
  writer: BodyWriter | undefined;
  /** Whether the message's router is the one feeding the mirror (else no copy is opened). */
  readonly allowed: Promise<boolean>;
  readonly opening: Promise<BodyWriter | undefined>;
}

export interface MirrorTableOptions {
  bodies: BodyStore;
  presence: PresenceTracker;
  devices: DeviceRegistry;
  logger: Logger;
  /** How long a mirror of a router that left waits for adoption (twice that without a replica). */
  orphanGraceMs: number;
  /** Sends replica acks. */
  relay: MessageRelay;
  /** A mirror of router `origin`, which left the ring, was not adopted within its grace. */
  onOrphan(id: MessageId, origin: string, mirror: Mirror): void;
  /**
   * Whether `origin` is the message's router, asked before a replica copy is
   * opened: a router cut off from the ring may still stream a message that
   * another router took over (and maybe finished) meanwhile, and a copy opened
   * for it here would turn that router's own body into a replica.
   */
  isLiveOn(id: MessageId, origin: string): Promise<boolean>;
}

export class MirrorTable {
  private readonly mirrors = new Map<MessageId, Mirror>();

  constructor(private readonly options: MirrorTableOptions) {}

  get size(): number {
    return this.mirrors.size;
  }

  get(id: MessageId): Mirror | undefined {
    return this.mirrors.get(id);
  }

  values(): IterableIterator<Mirror> {
    return this.mirrors.values();
  }

  /**
   * The relay link brought a message's header: opens its mirror (a live one
   * reaches local monitors and presence as a local message would), or keeps
   * the existing one, now fed by `origin` (the router that took the message
   * over, or its router reconnecting).
   */
  open(origin: string, header: MessageRecord, participants: UserId[], replicate: boolean): ChunkSource {
    const existing = this.mirrors.get(header.id);
    if (existing) {
      existing.origin = origin;
      clearTimeout(existing.orphanTimer);
      existing.orphanTimer = undefined;
      if (replicate) this.startReplica(existing);
      return existing.source;
    }
    // chunkCount stays the origin's count (listen checks fromSeq against it) until chunks pass it.
    const source = new ChunkSource(header.id, { ...header, byteCount: 0 }, [], null);
    const mirror = this.add(source, origin, participants);
    if (replicate) this.startReplica(mirror);
    if (header.state === 'live') {
      attachMonitors(this.options.devices, source, participants);
      this.options.presence.start(header.conversationId, header.id, header.senderId, participants);
    }
    return source;
  }

  /** Mirrors an existing source (a message this router handed over keeps its listeners). */
  add(source: ChunkSource, origin: string, participants: UserId[]): Mirror {
    const mirror: Mirror = { source, origin, participants, replica: undefined, orphanTimer: undefined };
    this.mirrors.set(source.messageId, mirror);
    return mirror;
  }

  /**
   * The next chunk, received by its talker's router at `receivedAtMs`; a seq
   * the mirror already holds (a relay restarted from 0) is dropped.
   */
  chunk(id: MessageId, seq: number, payload: Uint8Array, receivedAtMs = 0): void {
    const mirror = this.mirrors.get(id);
    if (!mirror) return;
    const source = mirror.source;
    if (seq !== source.chunks.length) {
      if (seq > source.chunks.length) this.options.logger.warn({ messageId: id, seq, have: source.chunks.length }, 'relay chunk gap');
      return;
    }
    const chunk = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.length);
    source.chunks.push(chunk, receivedAtMs);
    const header = source.header;
    header.chunkCount = Math.max(header.chunkCount, seq + 1);
    header.byteCount += chunk.length;
    if (mirror.replica?.writer) appendMissing(mirror.replica.writer, source.chunks);
    source.wake();
  }

  /** A group commit made a replica body durable up to `durableCount`: tell the message's router. */
  durable(id: MessageId, durableCount: number): void {
    const mirror = this.mirrors.get(id);
    if (mirror?.replica) this.options.relay.replicaAck(mirror.origin, id, durableCount);
  }

  /** The message ended on its router: readers finish after the last chunk; a replica copy is dropped (its router owns the body). */
  end(id: MessageId, state: MessageStateName): void {
    const mirror = this.mirrors.get(id);
    if (!mirror) return;
    this.mirrors.delete(id);
    clearTimeout(mirror.orphanTimer);
    void this.dropReplica(mirror);
    const source = mirror.source;
    const wasLive = source.header.state === 'live';
    source.endState = state;
    source.wake();
    if (wasLive) this.options.presence.stop(source.header.conversationId, id, mirror.participants);
  }

  /** Removes a mirror this router is taking over as its own live message (its replica copy stays open). */
  take(id: MessageId): Mirror | undefined {
    const mirror = this.mirrors.get(id);
    if (!mirror) return undefined;
    this.mirrors.delete(id);
    clearTimeout(mirror.orphanTimer);
    return mirror;
  }

  /**
   * Router `origin` left the ring: each of its mirrors waits orphanGraceMs
   * (a plain mirror twice that, so that the replica's router can finish the
   * message and feed it the end first) before onOrphan.
   */
  orphanAll(origin: string): void {
    for (const [id, mirror] of this.mirrors) {
      if (mirror.origin !== origin || mirror.orphanTimer) continue;
      const grace = this.options.orphanGraceMs * (mirror.replica ? 1 : 2);
      mirror.orphanTimer = setTimeout(() => {
        mirror.orphanTimer = undefined;
        if (this.mirrors.get(id) === mirror && mirror.origin === origin) this.options.onOrphan(id, origin, mirror);
      }, grace);
      mirror.orphanTimer.unref();
    }
  }

  private startReplica(mirror: Mirror): void {
    if (mirror.replica) return;
    const id = mirror.source.messageId;
    const origin = mirror.origin;
    const allowed = this.options.isLiveOn(id, origin);
    const replica: ReplicaCopy = { writer: undefined, allowed, opening: this.openReplica(mirror, origin, allowed) };
    void replica.opening.then(
      (writer) => {
        if (writer) replica.writer = writer;
        else if (mirror.replica === replica) mirror.replica = undefined;
      },
      () => undefined,
    );
    mirror.replica = replica;
  }

  /** The replica body of a mirror, or undefined (refused: the message's router is told, and picks another replica). */
  private async openReplica(mirror: Mirror, origin: string, allowed: Promise<boolean>): Promise<BodyWriter | undefined> {
    const id = mirror.source.messageId;
    try {
      if (!(await allowed)) {
        this.options.logger.warn({ messageId: id, origin }, 'replica refused: the stored header names another router, or the message ended');
      } else {
        const writer = await this.options.bodies.openWriter(id, { isNew: true, replica: true });
        appendMissing(writer, mirror.source.chunks);
        return writer;
      }
    } catch (err) {
      this.options.logger.error({ err, messageId: id }, 'replica body open failed');
    }
    // No copy here: the message's router must know (it would wait for acks that never come).
    this.options.relay.replicaAck(origin, id, 0, true);
    return undefined;
  }

  /** Drops a mirror's replica copy now (its router owns the body); resolves once it is released. */
  releaseReplica(mirror: Mirror): Promise<void> {
    return this.dropReplica(mirror);
  }

  private dropReplica(mirror: Mirror): Promise<void> {
    const replica = mirror.replica;
    if (!replica) return Promise.resolve();
    mirror.replica = undefined;
    const id = mirror.source.messageId;
    // A refused copy never touched the body: it may be this router's own.
    return Promise.all([replica.allowed, replica.opening])
      .then(([allowed]) => (allowed ? this.options.bodies.release(id) : undefined))
      .catch((err: unknown) => this.options.logger.warn({ err, messageId: id }, 'replica release failed'));
  }
}

/** Appends to `writer` the chunks it lacks (seq appendedCount onwards). */
export function appendMissing(writer: BodyWriter, chunks: ChunkList): void {
  for (let seq = writer.appendedCount; seq < chunks.length; seq++) writer.append(seq, chunks.at(seq)!);
}
