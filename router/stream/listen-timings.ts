/**
 * What a listener reports about the delay of the chunks it sends, for the
 * mouth-to-ear and live-edge histograms (RouterMetrics implements it). Called
 * per chunk on the delivery path: implementations only bump numbers.
 */
export interface ListenTimings {
  /** A chunk its talker's router received at `receivedAtMs` (wall clock) went to a device listening live. */
  liveChunkSent(receivedAtMs: number): void;
  /** A chunk went to a device catching up, `lagMs` (talker time) behind the live edge. */
  catchUpChunkSent(lagMs: number): void;
  /** A device that started behind the live edge reached it, `tookMs` after it began listening. */
  liveEdgeReached(tookMs: number): void;
}
