/**
 * Collects a stream's bytes up to a budget, keeping the head and the tail: the run report's
 * closing line is at the end, so a candidate that prints 100 MB must not push it out.
 */
export class CappedOutput {
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private omitted = 0;

  constructor(private readonly limitBytes: number) {}

  get truncated(): boolean {
    return this.omitted > 0;
  }

  push(chunk: Buffer): void {
    const half = Math.floor(this.limitBytes / 2);
    if (this.headBytes < half) {
      const take = Math.min(half - this.headBytes, chunk.length);
      this.head.push(chunk.subarray(0, take));
      this.headBytes += take;
      chunk = chunk.subarray(take);
      if (chunk.length === 0) return;
    }
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    const tailLimit = this.limitBytes - half;
    while (this.tailBytes > tailLimit) {
      const excess = this.tailBytes - tailLimit;
      const first = this.tail[0]!;
      if (first.length <= excess) {
        this.tail.shift();
        this.tailBytes -= first.length;
        this.omitted += first.length;
      } else {
        this.tail[0] = first.subarray(excess);
        this.tailBytes -= excess;
        this.omitted += excess;
      }
    }
  }

  text(): string {
    const head = Buffer.concat(this.head).toString("utf8");
    const tail = Buffer.concat(this.tail).toString("utf8");
    return this.omitted > 0 ? `${head}\n[polytest: ${this.omitted} bytes of output omitted]\n${tail}` : head + tail;
  }
}
