/**
 * Paces the durable acks of live messages: at most about one ack per message
 * per interval, each covering every commit since the one before. A commit
 * that finds the last ack at least an interval old is acked at once; else the
 * message is held and its ack goes out exactly one interval after the
 * previous one (not at a shared round, which could add a whole interval on
 * top of the commit wait). An ack per commit would be a frame every commit
 * interval per talker; a timer per message was ~1 % of the router's perf
 * samples at 200 talkers, so one timer serves every message:
 *
 *   recent (in the order of their last paced ack, so by due time):
 *     front ──▶ [m3 acked 10.0] [m1 acked 12.5] [m7 acked 30.1] ◀── back
 *   held ⊆ recent: messages with something durable not yet acked.
 *   The timer is due at front.ackedAt + interval while anything is held;
 *   a round pops every due entry, acks the held ones (which go to the back).
 *
 * Each paced ack enters `recent` once and leaves it once, so a round costs
 * O(acks it sends + entries it drops), and there are no more rounds than acks.
 */

/** The one timer the pacer uses (setTimeout/clearTimeout; tests pass a fake). */
export interface PacerTimer {
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

const nodeTimer: PacerTimer = {
  set: (run, delayMs) => setTimeout(run, delayMs),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** What the pacer needs of a message: when its sender was last acked (on the pacer's clock). */
export interface PacedAck {
  ackedAt: number;
}

export class AckPacer<T extends PacedAck> {
  private readonly held = new Set<T>();
  /** Messages acked by the pacer within about the last interval, oldest ack first. */
  private readonly recent = new Set<T>();
  private timer: unknown;
  private timerDue = Infinity;

  /**
   * `sendAck` sends what is durable now (it reads the count itself) and sets
   * ackedAt when it sent one; it is called at once when the last ack is at
   * least `intervalMs` old, else exactly `intervalMs` after it (timer
   * granularity allowing).
   */
  constructor(
    private readonly intervalMs: number,
    private readonly sendAck: (message: T) => void,
    private readonly clock: () => number = () => performance.now(),
    private readonly timers: PacerTimer = nodeTimer,
  ) {}

  /** Messages waiting for their paced ack. */
  get heldCount(): number {
    return this.held.size;
  }

  /** More of `message` became durable. */
  durable(message: T): void {
    if (this.held.has(message)) return;
    const now = this.clock();
    if (now - message.ackedAt >= this.intervalMs) {
      this.ack(message);
      return;
    }
    this.held.add(message);
    // After an ack outside the pacer (resume) the message is not in `recent` yet: it joins at the back,
    // slightly out of order (its timer below still fires on time; a later round may hold it up to an interval).
    this.recent.add(message);
    this.schedule(message.ackedAt + this.intervalMs);
  }

  /** The message ended or left this router: no paced ack for it. */
  forget(message: T): void {
    this.held.delete(message);
    this.recent.delete(message);
  }

  close(): void {
    this.cancel();
    this.held.clear();
    this.recent.clear();
  }

  private ack(message: T): void {
    this.held.delete(message);
    this.recent.delete(message);
    this.sendAck(message);
    this.recent.add(message);
  }

  private round(): void {
    this.timer = undefined;
    this.timerDue = Infinity;
    const now = this.clock();
    for (const message of this.recent) {
      if (message.ackedAt + this.intervalMs > now) break;
      if (this.held.has(message)) this.ack(message);
      else this.recent.delete(message); // nothing to ack: a later commit finds its last ack old enough
    }
    // held ⊆ recent, so the front exists; an un-held front costs one early wake that then drops it.
    const front = this.recent.values().next();
    if (this.held.size > 0 && !front.done) this.schedule(front.value.ackedAt + this.intervalMs);
  }

  private schedule(due: number): void {
    if (this.timer !== undefined && this.timerDue <= due) return;
    this.cancel();
    this.timerDue = due;
    this.timer = this.timers.set(() => this.round(), Math.max(0, due - this.clock()));
  }

  private cancel(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.timerDue = Infinity;
  }
}
