import { createReadStream, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { type BatchItem, type RecordFormat, RecordError, detectFormat, recordItem } from "./formats.js";
import { type Shard, inShard } from "./shard.js";

/** One input item of this shard, in input order: a suite to compile, or why its record is unreadable. */
export type InputEntry =
  | { readonly ordinal: number; readonly item: BatchItem }
  | { readonly ordinal: number; readonly name: string; readonly error: string };

export interface InputOptions {
  /** `auto` (the default) takes the shape of the first record. */
  readonly format?: RecordFormat | "auto";
  readonly shard: Shard;
}

/** A clear message about the input as a whole (not one record): the batch cannot start. */
export class InputError extends Error {
  override name = "InputError";
}

/**
 * The items of IN, streamed: a JSONL file (`-` is stdin) is read line by line, a directory's `.py`
 * files one at a time in name order, so memory does not grow with the input. Ordinals count every
 * item of the input, so shards of the same input agree on them.
 */
export function readInput(path: string, options: InputOptions): AsyncGenerator<InputEntry> {
  if (path !== "-" && statSync(path).isDirectory()) return readDirectory(path, options.shard);
  return readJsonLines(path, options);
}

/** The `.py` files directly inside `dir`, sorted by name (byte order, stable across machines). */
export function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".py"))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function* readDirectory(dir: string, shard: Shard): AsyncGenerator<InputEntry> {
  const files = pythonFiles(dir);
  if (files.length === 0) throw new InputError(`${dir} holds no .py files`);
  for (const [i, file] of files.entries()) {
    const ordinal = i + 1;
    if (!inShard(ordinal, shard)) continue;
    const name = basename(file, ".py");
    try {
      yield { ordinal, item: { name, source: readFileSync(join(dir, file), "utf8") } };
    } catch (error) {
      yield { ordinal, name, error: `cannot read ${file}: ${(error as Error).message}` };
    }
  }
}

async function* readJsonLines(path: string, options: InputOptions): AsyncGenerator<InputEntry> {
  const stream = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let format = options.format === "auto" ? undefined : options.format;
  let ordinal = 0;
  try {
    for await (const line of lines) {
      if (line.trim() === "") continue;
      ordinal += 1;
      if (ordinal === 1 && /^\s*\[/.test(line)) {
        throw new InputError(`${path} is a JSON array; batch reads JSONL (one JSON object per line)`);
      }
      // Every shard reads the first record, so that all of them detect the same shape.
      if (format === undefined) {
        format = detectFormat(parseOrUndefined(line));
        if (format === undefined) {
          throw new InputError(
            `${path}: the first record is neither HumanEval {prompt, test, entry_point}, MBPP {code, test_list} nor MultiPL-E {name, prompt, tests}; use --format`,
          );
        }
      }
      if (!inShard(ordinal, options.shard)) continue;
      yield entryOf(line, format, ordinal);
    }
  } finally {
    lines.close();
    if (stream !== process.stdin) stream.destroy();
  }
}

function entryOf(line: string, format: RecordFormat, ordinal: number): InputEntry {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { ordinal, name: `record_${ordinal}`, error: `record ${ordinal} is not valid JSON: ${(error as Error).message}` };
  }
  try {
    return { ordinal, item: recordItem(record, format, ordinal) };
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    return { ordinal, name: `record_${ordinal}`, error: error.message };
  }
}

function parseOrUndefined(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
