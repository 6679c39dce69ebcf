import type { ItemOutcome } from "./compile-item.js";

/** The tallies of one batch run, printed at the end and saved as summary JSON. */
export class BatchSummary {
  suites = 0;
  failed = 0;
  resumedPast = 0;
  private readonly rows: number[];
  private readonly compiled: number[];
  private readonly total: number[];
  /** Refusal code -> count per target. */
  private readonly refusals = new Map<string, number[]>();
  /** The first failures, for the report; the journal has all of them. */
  private readonly failures: string[] = [];
  private readonly started = performance.now();

  constructor(private readonly targets: readonly string[]) {
    this.rows = targets.map(() => 0);
    this.compiled = targets.map(() => 0);
    this.total = targets.map(() => 0);
  }

  targetCount(): number {
    return this.targets.length;
  }

  addOutcome(outcome: ItemOutcome): void {
    this.suites += 1;
    outcome.targets.forEach((t, i) => {
      if (t.row !== null) this.rows[i]! += 1;
      this.compiled[i]! += t.compiled;
      this.total[i]! += t.total;
      for (const code of t.refusals) this.countRefusal(code, i);
      if (t.error) this.noteFailure(`${outcome.name} (${this.targets[i]}): ${t.error}`);
    });
  }

  addFailure(name: string, error: string): void {
    this.suites += 1;
    this.failed += 1;
    this.noteFailure(`${name}: ${error}`);
  }

  toJSON(): object {
    const seconds = (performance.now() - this.started) / 1000;
    return {
      suites: this.suites,
      failed: this.failed,
      resumedPast: this.resumedPast,
      seconds: Number(seconds.toFixed(3)),
      peakRssMB: peakRssMB(),
      cpuSeconds: cpuSeconds(),
      targets: Object.fromEntries(
        this.targets.map((t, i) => [t, { rows: this.rows[i], assertions: { compiled: this.compiled[i], total: this.total[i] } }]),
      ),
      refusals: Object.fromEntries(this.sortedRefusals().map(([code, counts]) => [code, Object.fromEntries(this.targets.map((t, i) => [t, counts[i]]))])),
      failures: this.failures,
    };
  }

  render(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.suites / seconds) : 0;
    const lines = [
      `polytest batch: ${this.suites} suites (${this.failed} failed${this.resumedPast ? `, ${this.resumedPast} done before resuming` : ""}) in ${seconds.toFixed(2)} s, ${rate} suites/s, peak RSS ${peakRssMB()} MB`,
    ];
    const width = Math.max(8, ...this.targets.map((t) => t.length));
    lines.push(`  ${"target".padEnd(width)}  ${"rows".padStart(7)}  assertions compiled/total`);
    this.targets.forEach((t, i) => {
      const share = this.total[i] ? ` (${((100 * this.compiled[i]!) / this.total[i]!).toFixed(1)}%)` : "";
      lines.push(`  ${t.padEnd(width)}  ${String(this.rows[i]).padStart(7)}  ${this.compiled[i]}/${this.total[i]}${share}`);
    });
    const refusals = this.sortedRefusals();
    if (refusals.length > 0) {
      const codeWidth = Math.max(...refusals.map(([code]) => code.length));
      lines.push(`refusals by reason (${this.targets.join(" ")}):`);
      for (const [code, counts] of refusals) lines.push(`  ${code.padEnd(codeWidth)}  ${counts.join(" ")}`);
    }
    if (this.failures.length > 0) {
      lines.push(`failures (first ${this.failures.length}; the journal lists all):`);
      for (const f of this.failures) lines.push(`  ${f}`);
    }
    return `${lines.join("\n")}\n`;
  }

  private countRefusal(code: string, target: number): void {
    let counts = this.refusals.get(code);
    if (!counts) this.refusals.set(code, (counts = this.targets.map(() => 0)));
    counts[target]! += 1;
  }

  private noteFailure(text: string): void {
    if (this.failures.length < 10) this.failures.push(text);
  }

  private sortedRefusals(): [string, number[]][] {
    const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
    return [...this.refusals].sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1));
  }
}

/** Peak resident set of the whole process (all threads), in MB. */
export function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** CPU time of the whole process (main thread and workers), user + system, in seconds. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return Number(((user + system) / 1e6).toFixed(3));
}
