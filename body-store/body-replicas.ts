/**
 * The bodies a TieredBodyStore keeps for another router (replicas), each
 * with its marker file (body-replica-marker.ts) beside the body file: never
 * uploaded, sealed or evicted while marked. The map answers from memory; the
 * markers make it survive a restart.
 */
import type { MessageId } from '../common/ids.js';
import { deleteReplicaMarker, readReplicaMarker, writeReplicaMarker, type ReplicaMarker } from './body-replica-marker.js';

export class BodyReplicas {
  private readonly markers = new Map<MessageId, ReplicaMarker>();

  constructor(private readonly dir: string) {}

  has(messageId: MessageId): boolean {
    return this.markers.has(messageId);
  }

  /** The marker of a replica here. */
  get(messageId: MessageId): ReplicaMarker | undefined {
    return this.markers.get(messageId);
  }

  /** At start: reads the body's marker; true when the body is a replica. */
  async load(messageId: MessageId): Promise<boolean> {
    const marker = await readReplicaMarker(this.dir, messageId);
    if (marker) this.markers.set(messageId, marker);
    return marker !== undefined;
  }

  /** Marks a replica: the marker is durable before this resolves (so before its body file exists). */
  async add(messageId: MessageId, marker: ReplicaMarker): Promise<void> {
    await writeReplicaMarker(this.dir, messageId, marker);
    this.markers.set(messageId, marker);
  }

  /** No longer a replica: the marker file (also an orphan one, with no body) is removed durably. */
  async remove(messageId: MessageId): Promise<void> {
    await deleteReplicaMarker(this.dir, messageId);
    this.markers.delete(messageId);
  }
}
