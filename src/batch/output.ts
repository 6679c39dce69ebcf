import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Shard } from "./shard.js";

/**
 * The batch's files in OUT: one MultiPL-E JSONL per target (`lua.jsonl`), and a journal
 * (`items.jsonl`) with one line per input item, written after that item's rows. The journal says
 * how many rows each target file held after each item, so `--resume` can cut every file back to
 * the last item that was completely written and go on from there, in constant memory.
 * With `--shard K/N` (N > 1) every name carries the shard (`lua.2-of-3.jsonl`), so the shards of
 * an array job can share one OUT.
 */
export interface JournalEntry {
  readonly ordinal: number;
  readonly name: string;
  /** Rows in each target's file after this item, in target order. */
  readonly rows: readonly number[];
  /** Per target: [compiled, total] assertions. */
  readonly assertions: readonly (readonly [number, number])[];
  /** Set when the item failed as a whole (unreadable record, crash, timeout). */
  readonly error?: string;
}

export interface ResumePoint {
  /** Items with ordinals up to this one are done. */
  readonly lastOrdinal: number;
  readonly itemsDone: number;
}

/** Where an interrupted batch's output and the new run disagree: resuming would mix them up. */
export class ResumeError extends Error {
  override name = "ResumeError";
}

const FLUSH_BYTES = 1 << 20;

export function outputFileName(stem: string, shard: Shard): string {
  return shard.count > 1 ? `${stem}.${shard.index}-of-${shard.count}.jsonl` : `${stem}.jsonl`;
}

export class BatchOutput {
  private readonly targetFds: number[];
  private readonly journalFd: number;
  private readonly buffers: string[];
  private journalBuffer = "";
  private buffered = 0;
  private readonly rowCounts: number[];
  readonly resumed: ResumePoint | undefined;

  constructor(dir: string, private readonly targets: readonly string[], shard: Shard, resume: boolean) {
    mkdirSync(dir, { recursive: true });
    const targetPaths = targets.map((t) => join(dir, outputFileName(t, shard)));
    const journalPath = join(dir, outputFileName("items", shard));
    // Append mode: every write lands at the end, also after a resume has cut a file back.
    this.journalFd = openSync(journalPath, "a+");
    this.targetFds = targetPaths.map((p) => openSync(p, "a+"));
    this.buffers = targets.map(() => "");
    this.rowCounts = targets.map(() => 0);
    if (resume) {
      this.resumed = this.cutBackToJournal(journalPath);
    } else {
      for (const fd of [this.journalFd, ...this.targetFds]) truncate(fd, 0);
    }
  }

  /** Queues one item's rows (null: no row for that target) and its journal line. */
  write(entry: Omit<JournalEntry, "rows">, rows: readonly (string | null)[]): void {
    rows.forEach((row, i) => {
      if (row === null) return;
      this.buffers[i] += `${row}\n`;
      this.buffered += row.length;
      this.rowCounts[i]! += 1;
    });
    const line = JSON.stringify({ ...entry, rows: this.rowCounts, targets: this.targets });
    this.journalBuffer += `${line}\n`;
    if (this.buffered + this.journalBuffer.length >= FLUSH_BYTES) this.flush();
  }

  /** Rows first, then the journal lines that vouch for them: a crash between the two loses nothing. */
  flush(): void {
    this.buffers.forEach((text, i) => {
      if (text !== "") writeSync(this.targetFds[i]!, text);
      this.buffers[i] = "";
    });
    if (this.journalBuffer !== "") writeSync(this.journalFd, this.journalBuffer);
    this.journalBuffer = "";
    this.buffered = 0;
  }

  close(): void {
    this.flush();
    for (const fd of [this.journalFd, ...this.targetFds]) closeSync(fd);
  }

  /** Rows per target written so far (resumed ones included). */
  rowsWritten(): readonly number[] {
    return this.rowCounts;
  }

  private cutBackToJournal(journalPath: string): ResumePoint | undefined {
    const journal = scanLines(this.journalFd);
    truncate(this.journalFd, journal.completeBytes);
    if (journal.lines === 0) {
      for (const fd of this.targetFds) truncate(fd, 0);
      return undefined;
    }
    let last: (JournalEntry & { targets?: string[] }) | undefined;
    try {
      last = JSON.parse(journal.lastLine) as JournalEntry & { targets?: string[] };
    } catch {
      throw new ResumeError(`${journalPath}: the last journal line is not JSON; cannot resume`);
    }
    if (JSON.stringify(last.targets) !== JSON.stringify(this.targets)) {
      throw new ResumeError(`${journalPath} was written for --to ${last.targets?.join(",")}; resume with the same targets`);
    }
    this.targetFds.forEach((fd, i) => {
      const want = last.rows[i]!;
      const offset = offsetAfterLines(fd, want);
      if (offset === undefined) {
        throw new ResumeError(`the ${this.targets[i]} output holds fewer rows than ${journalPath} records (${want}); cannot resume`);
      }
      truncate(fd, offset);
      this.rowCounts[i] = want;
    });
    return { lastOrdinal: last.ordinal, itemsDone: journal.lines };
  }
}

/**
 * Cuts a regular file; an output that is a device or pipe (a file symlinked to /dev/null to discard
 * a target, or a FIFO a consumer reads) has nothing to cut.
 */
function truncate(fd: number, length: number): void {
  if (fstatSync(fd).isFile()) ftruncateSync(fd, length);
}

const CHUNK = 1 << 16;

/** Complete lines of a file, its last complete line and where it ends; read in chunks. */
function scanLines(fd: number): { lines: number; completeBytes: number; lastLine: string } {
  const buffer = Buffer.alloc(CHUNK);
  let position = 0;
  let lines = 0;
  let completeBytes = 0;
  let previousEnd = 0;
  let lastStart = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, position);
    if (read === 0) break;
    for (let i = 0; i < read; i++) {
      if (buffer[i] !== 0x0a) continue;
      lines += 1;
      lastStart = previousEnd;
      previousEnd = position + i + 1;
    }
    position += read;
  }
  completeBytes = previousEnd;
  const length = completeBytes - lastStart;
  const last = Buffer.alloc(Math.max(0, length));
  if (length > 0) readSync(fd, last, 0, length, lastStart);
  return { lines, completeBytes, lastLine: last.toString("utf8").trimEnd() };
}

/** The byte offset just after the n-th newline; undefined when the file has fewer lines. */
function offsetAfterLines(fd: number, n: number): number | undefined {
  if (n === 0) return 0;
  const buffer = Buffer.alloc(CHUNK);
  let position = 0;
  let seen = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, position);
    if (read === 0) return undefined;
    for (let i = 0; i < read; i++) {
      if (buffer[i] === 0x0a && ++seen === n) return position + i + 1;
    }
    position += read;
  }
}
