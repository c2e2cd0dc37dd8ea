/**
 * Heard receipts: per message and participant, `delivered` (a device of
 * theirs got the message through its end) and `heard` (a device said it
 * played it). Only participants who may see the message count; a sender's
 * own devices never do. Receipts are stored in batches (ReceiptBatcher); the
 * first time of each kind is kept, and only then is the sender's devices'
 * push sent: here, and over the ring to the routers serving the sender.
 */
import type { MessageId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore, MessageRecord, ReceiptKind, ReceiptView } from '../../header-store/header-store.js';
import type { Receipt } from '../../proto/frames.js';
import { requireMessageId } from '../stream/message-rules.js';
import type { Device, DeviceIdentity } from './device.js';
import type { DeviceRegistry } from './device-registry.js';
import type { MessageAccess } from './message-access.js';
import { ReceiptBatcher, type PendingReceipt, type Schedule } from './receipt-batcher.js';

/** Pushes receipts to the routers serving a message's sender (RingNode); none alone. */
export interface RemoteReceiptPush {
  /** Relays the receipt to the routers of `senderId` other than this one; returns whether it did. */
  pushReceipt(senderId: UserId, receipt: Receipt): boolean;
}

/** One participant's receipt of one message, as the HTTP API shows it. */
export interface ReceiptEntry {
  userId: UserId;
  username: string;
  atMs: number;
}

/** A message's receipts by kind, oldest first. */
export interface MessageReceiptLists {
  heard: ReceiptEntry[];
  delivered: ReceiptEntry[];
}

export interface MessageReceiptsOptions {
  headers: Pick<HeaderStore, 'addReceipts' | 'listReceipts'>;
  /** A message's header: live or mirrored here, else stored. */
  find(id: MessageId): Promise<MessageRecord | undefined>;
  access: MessageAccess;
  devices: DeviceRegistry;
  remote: RemoteReceiptPush;
  flushIntervalMs: number;
  maxPending: number;
  logger: Logger;
  now?: () => number;
  schedule?: Schedule;
}

const WIRE_KIND = { delivered: 'DELIVERED', heard: 'HEARD' } as const;

export class MessageReceipts {
  private readonly batcher: ReceiptBatcher;
  private readonly now: () => number;

  constructor(private readonly options: MessageReceiptsOptions) {
    this.now = options.now ?? Date.now;
    this.batcher = new ReceiptBatcher({
      store: options.headers,
      intervalMs: options.flushIntervalMs,
      maxPending: options.maxPending,
      logger: options.logger,
      schedule: options.schedule,
      onStored: (receipts) => receipts.forEach((r) => this.push(r)),
    });
    options.devices.onDelivered((device, source) => this.delivered(device, source.header));
  }

  /** Receipts waiting to be stored. */
  get pendingCount(): number {
    return this.batcher.pendingCount;
  }

  /**
   * `heard {messageId}` from a device: VOX_MESSAGE_ID_INVALID, or
   * VOX_MESSAGE_NOT_FOUND for a message the user may not see; the sender's
   * own report is ignored.
   */
  async heard(who: DeviceIdentity, messageId: string): Promise<void> {
    const id = requireMessageId(messageId);
    const header = await this.options.access.require(await this.options.find(id), who.userId);
    this.record(header, who.userId, who.username, 'heard');
  }

  /** A device got a complete message through its end (a listener's or monitor's stream). */
  delivered(device: Device, header: MessageRecord): void {
    const who = device.identity;
    if (!who) return;
    this.record(header, who.userId, who.username, 'delivered');
  }

  private record(header: MessageRecord, userId: UserId, username: string, kind: ReceiptKind): void {
    if (userId === header.senderId) return;
    this.batcher.add({ messageId: header.id, userId, username, kind, atMs: this.now(), senderId: header.senderId });
  }

  private push(r: PendingReceipt): void {
    const receipt: Receipt = { messageId: r.messageId, userId: r.userId, username: r.username, kind: WIRE_KIND[r.kind], atMs: r.atMs };
    this.pushLocal(r.senderId, receipt);
    this.options.remote.pushReceipt(r.senderId, receipt);
  }

  /** Pushes a receipt to this router's devices of the sender (also for receipts relayed from another router). */
  pushLocal(senderId: UserId, receipt: Receipt): void {
    for (const device of this.options.devices.devicesOf(senderId)) device.send({ ref: 0, type: 'receipt', receipt });
  }

  /** The stored receipts of these messages, by message id (every id present, maybe with empty lists). */
  async forMessages(ids: readonly MessageId[]): Promise<Map<MessageId, MessageReceiptLists>> {
    const lists = new Map<MessageId, MessageReceiptLists>(ids.map((id) => [id, { heard: [], delivered: [] }]));
    if (ids.length === 0) return lists;
    const rows: ReceiptView[] = await this.options.headers.listReceipts(ids);
    for (const row of rows) lists.get(row.messageId)?.[row.kind].push({ userId: row.userId, username: row.username, atMs: row.atMs });
    return lists;
  }

  /** Stores what waits now (tests, shutdown). */
  flush(): Promise<void> {
    return this.batcher.flush();
  }

  /** Stores what waits, then takes no more. Idempotent. */
  close(): Promise<void> {
    return this.batcher.close();
  }
}
