/**
 * The bench's progress line on stderr: rewritten in place on a terminal,
 * one line per change otherwise (CI logs), always prefixed with the elapsed
 * time of the whole run.
 */
export class Progress {
  private readonly started = performance.now();
  private lastLine = '';
  private lastWrite = 0;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false,
  ) {}

  /** Replaces the current status (at most one line per second off a terminal). */
  update(text: string): void {
    if (this.quiet) return;
    const line = `[${this.elapsed()}] ${text}`;
    if (this.out.isTTY) {
      const width = this.out.columns || 120;
      this.out.write(`\r${line.slice(0, width - 1).padEnd(Math.min(width - 1, this.lastLine.length))}`);
      this.lastLine = line;
      return;
    }
    const now = performance.now();
    if (now - this.lastWrite < 1000) return;
    this.lastWrite = now;
    this.lastLine = line;
    this.out.write(`${line}\n`);
  }

  /** A line that stays (a step's result). */
  log(text: string): void {
    if (this.quiet) return;
    if (this.out.isTTY && this.lastLine) this.out.write('\r' + ' '.repeat(Math.min(this.lastLine.length, (this.out.columns || 120) - 1)) + '\r');
    this.out.write(`[${this.elapsed()}] ${text}\n`);
    this.lastLine = '';
  }

  private elapsed(): string {
    const s = Math.floor((performance.now() - this.started) / 1000);
    return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }
}
