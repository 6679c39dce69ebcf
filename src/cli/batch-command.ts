import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { RECORD_FORMATS, type RecordFormat } from "../batch/formats.js";
import { outputFileName } from "../batch/output.js";
import { runBatch } from "../batch/run-batch.js";
import { WHOLE, parseShard } from "../batch/shard.js";
import { listBackends } from "../registry.js";
import { UsageError } from "./usage-error.js";

export const BATCH_USAGE =
  "  polytest batch IN --to LANG[,LANG...]|all --out DIR [--format auto|humaneval|mbpp|multipl-e] [--shard K/N] [--workers N] [--resume] [--item-timeout MS]";

export const BATCH_HELP = `IN (batch) is a JSONL file (HumanEval, MBPP or MultiPL-E Python rows; '-' reads stdin) or a
directory of .py test files. DIR gets one MultiPL-E JSONL per target (julia.jsonl, ...; a suite
none of whose assertions compiled gets no row), items.jsonl (one line per item: rows so far,
assertion counts, failures) and summary.json; with --shard K/N the names end in .K-of-N.jsonl.
--workers defaults to the number of cores, except that a small input (a file of at most 256 KB or a
directory of at most 256 .py files, per shard) is compiled on the main thread, where starting
workers costs more than they save; 0 compiles on the main thread. An item that crashes or
exceeds --item-timeout (default 60000 ms) fails alone only on workers: give --workers N (or
--item-timeout) to have that for a small input too.`;

/** `polytest batch`: exit 0 when every item was compiled (refusals included), 1 when some item failed. */
export async function batchCommand(args: readonly string[], err: NodeJS.WriteStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      out: { type: "string", short: "o" },
      format: { type: "string", default: "auto" },
      shard: { type: "string" },
      workers: { type: "string" },
      resume: { type: "boolean", default: false },
      "item-timeout": { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("batch takes exactly one IN (a JSONL file, '-' or a directory)");
  if (!values.to) throw new UsageError("--to LANG[,LANG...] is required");
  if (!values.out) throw new UsageError("--out DIR is required");
  const format = values.format as RecordFormat | "auto";
  if (format !== "auto" && !RECORD_FORMATS.includes(format)) {
    throw new UsageError(`--format must be auto, ${RECORD_FORMATS.join(", ")}; not '${values.format}'`);
  }
  const shard = values.shard === undefined ? WHOLE : parseShard(values.shard);
  if ("error" in shard) throw new UsageError(shard.error);
  // An explicit --item-timeout asks for what only workers enforce.
  const workers =
    values.workers !== undefined ? wholeNumber(values.workers, "--workers") : values["item-timeout"] !== undefined ? availableParallelism() : "auto";
  const itemTimeoutMs = wholeNumber(values["item-timeout"] ?? "60000", "--item-timeout");
  const targets = values.to === "all" ? listBackends().map((b) => b.info.name) : values.to.split(",").map((t) => t.trim()).filter(Boolean);

  // Ctrl-C stops reading; what is under way is finished and written, so --resume picks up after it.
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once("SIGINT", onInterrupt);
  try {
    const summary = await runBatch({
      input: positionals[0]!,
      targets,
      out: values.out,
      format,
      shard,
      workers,
      resume: values.resume,
      itemTimeoutMs,
      progress: err,
      signal: stop.signal,
    });
    writeFileSync(join(values.out, outputFileName("summary", shard).replace(/\.jsonl$/, ".json")), `${JSON.stringify(summary, null, 2)}\n`);
    err.write(summary.render());
    if (stop.signal.aborted) {
      err.write("polytest batch: interrupted; run again with --resume to go on\n");
      return 130;
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}

function wholeNumber(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} takes a whole number, not '${text}'`);
  return Number(text);
}
