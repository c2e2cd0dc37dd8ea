/**
 * What a persisted baseline relay needs of its broker: publish a frame to a
 * conversation's stream (persisted before the broker acknowledges it), and
 * deliver every frame of a conversation the relay follows, in order, once.
 * The relay fans each delivered frame out to its own WebSocket listeners, as
 * a voxring router fans a chunk out after one append.
 */
export interface RelayBroker {
  /** Appends `bytes` (the relay's to keep) to `topic`'s stream. */
  publish(topic: string, bytes: Uint8Array): void;
  /** From now on, deliver what is appended to `topic` (idempotent). */
  follow(topic: string): Promise<void>;
  /** Closes the broker connections. Safe to call twice. */
  close(): Promise<void>;
}

/** Where a broker hands each frame it delivers. */
export type DeliverFn = (topic: string, bytes: Uint8Array) => void;

/** Why a publish failed, counted rather than thrown (the generator sees it as loss). */
export type FailFn = (err: unknown) => void;
