/**
 * Ends live messages that nobody streams any more although their sender's
 * connection is still open. A start_message answered after the client gave
 * up waiting (its storage calls outlived the client's request timeout, as
 * when Postgres was cut off for a while: `make chaos`, seed 7) left a
 * message LIVE for good: its sender, still connected, had moved on and
 * never sent a chunk or an end, so no resume grace ever ran. One sweep for
 * all messages: a timer per message would be re-armed on every chunk.
 */
import type { LiveMessage } from './live-message.js';

/** Default of liveIdleTimeoutMs. */
export const LIVE_IDLE_TIMEOUT_MS = 30_000;

export interface LiveIdleSweepOptions {
  /** A streaming message whose sender did nothing for this long ends. */
  idleMs: number;
  /**
   * The resume grace: a message awaiting its sender ends by its own timer;
   * the sweep ends one only when it waited idleMs past that (a lost timer).
   */
  graceMs: number;
  now: () => number;
  messages(): Iterable<LiveMessage>;
  /** Ends `live` (as interrupted); `idleForMs` since its sender last did something. */
  onIdle(live: LiveMessage, idleForMs: number): void;
}

export class LiveIdleSweep {
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: LiveIdleSweepOptions) {
    // A quarter of the bound: a message ends at most 25 % after it, without a sweep per chunk.
    this.timer = setInterval(() => this.sweep(), Math.max(25, Math.min(5000, options.idleMs / 4)));
    this.timer.unref();
  }

  /** Ends every message idle past its bound; bounded by the messages live now. */
  sweep(): void {
    const { idleMs, graceMs, now } = this.options;
    const at = now();
    const idle: [LiveMessage, number][] = [];
    for (const live of this.options.messages()) {
      const bound = live.state === 'streaming' ? idleMs : live.state === 'awaiting-resume' ? idleMs + graceMs : undefined;
      const idleFor = at - live.activeAt;
      if (bound !== undefined && idleFor >= bound) idle.push([live, idleFor]);
    }
    // Collected first: ending a message removes it from the registry being walked.
    for (const [live, idleFor] of idle) this.options.onIdle(live, idleFor);
  }

  close(): void {
    clearInterval(this.timer);
  }
}
