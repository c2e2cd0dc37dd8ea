/**
 * Samples every router's /healthz during the run: the routers together
 * should never hold more live messages than the talkers have in flight (a
 * message live on two routers at once counts twice). Reported, not judged
 * (see checker.ts). A router that does not answer within the timeout (paused,
 * cut off, restarting) is left out of that sample.
 */
import type { Ledger } from './ledger.js';

const SAMPLE_TIMEOUT_MS = 1000;

export class LiveSampler {
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    private readonly routerUrls: readonly string[],
    private readonly inFlight: () => number,
    private readonly ledger: Ledger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.sample(), intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const before = this.inFlight();
      const counts = await Promise.all(this.routerUrls.map((url) => liveCount(url)));
      const allowed = Math.max(before, this.inFlight());
      const live = counts.reduce((sum, n) => sum + n, 0);
      const samples = this.ledger.liveSamples;
      samples.taken++;
      if (live > allowed) {
        samples.overCount++;
        samples.worst = Math.max(samples.worst, live - allowed);
      }
    } finally {
      this.busy = false;
    }
  }
}

async function liveCount(url: string): Promise<number> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(SAMPLE_TIMEOUT_MS) });
    const body = (await res.json()) as { liveMessages?: number };
    return body.liveMessages ?? 0;
  } catch {
    return 0;
  }
}
