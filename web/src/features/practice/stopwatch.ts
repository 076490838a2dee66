/**
 * Time spent looking at a question: runs from display to submit, paused while the page is hidden (the
 * student switched apps between classes), so a question left open over a break does not look slow.
 */
export class Stopwatch {
  private startedAt: number | null;
  private banked = 0;

  constructor(
    private readonly now: () => number = () => performance.now(),
    running = true,
  ) {
    this.startedAt = running ? now() : null;
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  pause(): void {
    if (this.startedAt === null) return;
    this.banked += this.now() - this.startedAt;
    this.startedAt = null;
  }

  resume(): void {
    if (this.startedAt === null) this.startedAt = this.now();
  }

  /** Whole milliseconds so far. */
  elapsed(): number {
    const live = this.startedAt === null ? 0 : this.now() - this.startedAt;
    return Math.max(0, Math.round(this.banked + live));
  }
}
