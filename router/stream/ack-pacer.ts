/**
 * Paces the durable acks of live messages: at most about one ack per message
 * per interval, each covering every commit since the one before, all from a
 * single timer. An ack per commit would be a frame every commit interval per
 * talker; a timer per message was ~1 % of the router's perf samples at 200
 * talkers.
 */

/** What the pacer needs of a message: when its sender was last acked (performance.now()). */
export interface PacedAck {
  ackedAt: number;
}

export class AckPacer<T extends PacedAck> {
  private readonly due = new Set<T>();
  private timer: NodeJS.Timeout | undefined;

  /**
   * `sendAck` sends what is durable now (it reads the count itself) and sets
   * ackedAt; it is called at once when the last ack is older than
   * `intervalMs`, else at the next round, at most `intervalMs` later.
   */
  constructor(
    private readonly intervalMs: number,
    private readonly sendAck: (message: T) => void,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** More of `message` became durable. */
  durable(message: T): void {
    if (this.due.has(message)) return;
    if (this.clock() - message.ackedAt >= this.intervalMs) {
      this.sendAck(message);
      return;
    }
    this.due.add(message);
    this.timer ??= setTimeout(() => this.round(), this.intervalMs);
  }

  /** The message ended or left this router: no paced ack for it. */
  forget(message: T): void {
    this.due.delete(message);
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due.clear();
  }

  private round(): void {
    this.timer = undefined;
    const due = [...this.due];
    this.due.clear();
    for (const message of due) this.sendAck(message);
  }
}
