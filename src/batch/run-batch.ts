import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Progress } from "../cli/progress.js";
import { getBackend } from "../registry.js";
import type { ItemOutcome } from "./compile-item.js";
import type { RecordFormat } from "./formats.js";
import { type InputEntry, pythonFiles, readInput } from "./input.js";
import { BatchOutput } from "./output.js";
import { type Executor, WorkerPool, inlineExecutor } from "./pool.js";
import { type Shard, inShard } from "./shard.js";
import { BatchSummary } from "./summary.js";

export interface BatchOptions {
  readonly input: string;
  /** Target names or aliases; each is compiled once, under its canonical name. */
  readonly targets: readonly string[];
  readonly out: string;
  readonly format: RecordFormat | "auto";
  readonly shard: Shard;
  /** Worker threads; 0 compiles on the main thread; `auto`: the cores, or 0 for a small input (see `autoWorkers`). */
  readonly workers: number | "auto";
  readonly resume: boolean;
  readonly itemTimeoutMs: number;
  /** Where the progress bar goes; it shows only when this is a TTY. */
  readonly progress: NodeJS.WriteStream;
  /** Stops reading new items; those under way are finished and written, so `--resume` can go on. */
  readonly signal?: AbortSignal;
}

type Settled = { readonly entry: InputEntry; readonly outcome?: ItemOutcome; readonly error?: string };

/**
 * Streams the input through the compiler into the output files. Items are compiled in parallel but
 * written in input order, with at most `window` of them between reading and writing: memory stays
 * flat however long the input is.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const targets = [...new Set(options.targets.map((t) => getBackend(t).info.name))];
  const backends = targets.map(getBackend);
  const isDirectory = options.input !== "-" && statSync(options.input).isDirectory();
  const directoryItems = isDirectory ? itemsInShard(pythonFiles(options.input).length, options.shard) : undefined;
  const workers = options.workers === "auto" ? autoWorkers(options.input, options.shard, directoryItems) : options.workers;
  const items = readInput(options.input, { format: options.format, shard: options.shard });
  const output = new BatchOutput(options.out, targets, options.shard, options.resume);
  const summary = new BatchSummary(targets);
  summary.resumedPast = output.resumed?.itemsDone ?? 0;
  const skipThrough = output.resumed?.lastOrdinal ?? 0;
  const executor: Executor = workers > 0 ? new WorkerPool(workers, targets, options.itemTimeoutMs) : inlineExecutor(backends);
  const progress = new Progress(options.progress, directoryItems, "polytest batch");
  const window = Math.max(4, workers * 8);
  const settled = new Map<number, Settled>();
  const underWay = new Set<Promise<void>>();
  let read = 0;
  let written = 0;

  const writeReady = () => {
    for (let next = settled.get(written); next; next = settled.get(written)) {
      settled.delete(written);
      written += 1;
      record(next, output, summary, progress);
    }
  };
  const original = (entry: InputEntry, name: string) => (isDirectory ? join(options.input, `${name}.py`) : `${options.input}:${entry.ordinal}`);

  try {
    for await (const entry of items) {
      if (options.signal?.aborted) break;
      if (entry.ordinal <= skipThrough) {
        progress.tick("done before");
        continue;
      }
      const seq = read++;
      if ("error" in entry) {
        settled.set(seq, { entry, error: entry.error });
      } else {
        const job = executor
          .compile(entry.item, original(entry, entry.item.name))
          .then(
            (outcome) => void settled.set(seq, { entry, outcome }),
            (error: unknown) => void settled.set(seq, { entry, error: error instanceof Error ? error.message : String(error) }),
          )
          .finally(() => {
            underWay.delete(job);
            writeReady();
          });
        underWay.add(job);
      }
      writeReady();
      while (read - written >= window && underWay.size > 0) await Promise.race(underWay);
    }
    await Promise.all(underWay);
    writeReady();
  } finally {
    output.close();
    progress.finish();
    await executor.close();
  }
  return summary;
}

function record(settled: Settled, output: BatchOutput, summary: BatchSummary, progress: Progress): void {
  const { entry, outcome } = settled;
  const targets = summary.targetCount();
  if (outcome) {
    summary.addOutcome(outcome);
    output.write(
      {
        ordinal: entry.ordinal,
        name: outcome.name,
        assertions: outcome.targets.map((t) => [t.compiled, t.total] as const),
        ...(outcome.targets.some((t) => t.error) ? { error: outcome.targets.map((t) => t.error ?? "").join("; ") } : {}),
      },
      outcome.targets.map((t) => t.row),
    );
    progress.tick(outcome.targets.some((t) => t.row !== null) ? "compiled" : "nothing compiled");
    return;
  }
  const name = "item" in entry ? entry.item.name : entry.name;
  const error = settled.error ?? "unknown failure";
  summary.addFailure(name, error);
  output.write({ ordinal: entry.ordinal, name, assertions: Array.from({ length: targets }, () => [0, 0] as const), error }, Array(targets).fill(null));
  progress.tick("failed");
}

/**
 * Up to this much input (per shard), `--workers` left out compiles on the main thread. Each worker
 * loads the bundle and the WebAssembly grammar and warms up its own JIT, which a small input does
 * not earn back on two cores: measured, HumanEval's 164 items (214 KB) took 0.53 s inline and 0.57 s
 * on 2 workers, MBPP's 325-item third (188 KB) 0.84 vs 0.81 s, its 487-item half 1.08 vs 1.10 s.
 */
export const SMALL_INPUT = { bytes: 256 * 1024, files: 256 } as const;

/** `--workers` left out: the cores, or 0 (the main thread) when the input is known to be small. */
export function autoWorkers(input: string, shard: Shard, directoryItems: number | undefined, cores = availableParallelism()): number {
  if (directoryItems !== undefined) return directoryItems <= SMALL_INPUT.files ? 0 : cores;
  if (input === "-") return cores;
  const stat = statSync(input);
  return stat.isFile() && stat.size / shard.count <= SMALL_INPUT.bytes ? 0 : cores;
}

/** How many of `count` items (ordinals 1..count) fall in the shard. */
function itemsInShard(count: number, shard: Shard): number {
  let n = 0;
  for (let ordinal = 1; ordinal <= count; ordinal++) if (inShard(ordinal, shard)) n += 1;
  return n;
}
