/**
 * The pace of a listen's backlog: chunk i (counted from the listen's first)
 * is due at start + (real duration of the chunks before it) / rate, so rate 2
 * plays a message in half its length. The durations come from each packet's
 * TOC, not the declared frame duration (a packet may hold several frames).
 * Rate 0 means no pace: the backlog goes as fast as the connection drains.
 */
import { inspectOpusPacket } from '../../common/opus-packet.js';
import { VoxError } from '../../common/errors.js';
import { isListenRate, LISTEN_RATES } from '../../proto/listen-rates.js';

/** The listen's pace, or undefined for rate 0; VOX_BAD_REQUEST naming the allowed rates for any other value. */
export function listenPace(rate: number | undefined, now: () => number = () => performance.now()): ListenPace | undefined {
  const value = rate ?? 0;
  if (!isListenRate(value)) {
    throw new VoxError('VOX_BAD_REQUEST', `listen rate ${value} is not allowed: use one of ${LISTEN_RATES.join(', ')} (0 = as fast as the connection drains)`);
  }
  return value === 0 ? undefined : new ListenPace(value, now);
}

export class ListenPace {
  private startMs: number | undefined;
  /** Real duration of the chunks sent so far, microseconds. */
  private playedUs = 0;

  constructor(
    readonly rate: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until the next chunk is due (0: now). The first call starts the clock. */
  delayMs(): number {
    const now = this.now();
    this.startMs ??= now;
    return Math.max(0, this.startMs + this.playedUs / 1000 / this.rate - now);
  }

  /** Counts a chunk sent; a malformed packet (stored before ingest checked them) counts as nothing. */
  sent(payload: Uint8Array): void {
    const samples = inspectOpusPacket(payload);
    if (typeof samples === 'number') this.playedUs += (samples * 1000) / 48;
  }
}
