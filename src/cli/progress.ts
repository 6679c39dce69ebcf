/** A one-line progress bar on a TTY; silent when the stream is piped or redirected. */
export class Progress {
  private done = 0;
  private readonly counts = new Map<string, number>();
  private readonly enabled: boolean;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number | undefined,
    private readonly label: string,
  ) {
    this.enabled = Boolean(stream.isTTY);
  }

  tick(outcome: string): void {
    this.done += 1;
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
    if (!this.enabled) return;
    const of = this.total ? `/${this.total}` : "";
    const width = 24;
    const bar = this.total ? `[${"#".repeat(Math.round((this.done / this.total) * width)).padEnd(width)}] ` : "";
    const tally = [...this.counts].map(([k, v]) => `${k} ${v}`).join(", ");
    this.stream.write(`\r\x1b[2K${this.label} ${bar}${this.done}${of}  ${tally}`);
  }

  finish(): void {
    if (this.enabled && this.done > 0) this.stream.write("\n");
  }
}
