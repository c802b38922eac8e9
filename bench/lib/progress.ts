import { elapsedMs } from './stats';

/** Progress on stdout: timestamped lines, plus a self-overwriting status line when stdout is a terminal. */
export class Progress {
  private readonly started = process.hrtime.bigint();
  private ticking = false;

  private stamp(): string {
    return `[${(elapsedMs(this.started) / 1000).toFixed(1).padStart(6)}s]`;
  }

  log(message: string): void {
    this.clearTick();
    process.stdout.write(`${this.stamp()} ${message}\n`);
  }

  /** A transient status line (rewritten in place on a TTY, dropped otherwise). */
  tick(message: string): void {
    if (!process.stdout.isTTY) return;
    process.stdout.write(`\r\x1b[2K${this.stamp()} ${message}`);
    this.ticking = true;
  }

  clearTick(): void {
    if (!this.ticking) return;
    process.stdout.write('\r\x1b[2K');
    this.ticking = false;
  }

  /** Every `every`-th of `total` steps (and the last), a line; in between, a tick. */
  step(label: string, done: number, total: number, every: number, detail = ''): void {
    const message = `${label} ${done}/${total}${detail ? ` ${detail}` : ''}`;
    if (done === total || done % every === 0) this.log(message);
    else this.tick(message);
  }

  elapsedS(): number {
    return elapsedMs(this.started) / 1000;
  }
}
