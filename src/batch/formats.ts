/**
 * The record shapes `polytest batch` reads, and how each becomes one Python test source.
 * - HumanEval: `{task_id, prompt, test, entry_point}`; the tests call `check(candidate)`.
 * - MBPP (full or sanitized): `{task_id, code, test_list, test_setup_code?, test_imports?}`; bare asserts.
 * - MultiPL-E (Python rows): `{name, prompt, tests}`; `tests` holds `check` and its call.
 */
import { recordSource } from "../frontend/input.js";

export type RecordFormat = "humaneval" | "mbpp" | "multipl-e";

export const RECORD_FORMATS: readonly RecordFormat[] = ["humaneval", "mbpp", "multipl-e"];

/** One suite to compile, before parsing. */
export interface BatchItem {
  /** The row name; for MBPP the entry point is appended once known (`mbpp_2_` + `similar_elements`). */
  readonly name: string;
  readonly nameNeedsEntryPoint?: boolean;
  readonly source: string;
  readonly entryPoint?: string;
  /** Text for the target prompt's comment when the source has no docstring (MBPP's task text). */
  readonly description?: string;
}

/** Why a record cannot be read as the expected shape; the batch reports it and goes on. */
export class RecordError extends Error {
  override name = "RecordError";
}

type Json = Record<string, unknown>;

/** The shape of a record, from the fields it has; undefined when it is none of them. */
export function detectFormat(record: unknown): RecordFormat | undefined {
  if (!isObject(record)) return undefined;
  if (typeof record.test === "string" && typeof record.prompt === "string" && typeof record.entry_point === "string") return "humaneval";
  if (Array.isArray(record.test_list) && typeof record.code === "string") return "mbpp";
  if (typeof record.name === "string" && typeof record.prompt === "string" && typeof record.tests === "string") return "multipl-e";
  return undefined;
}

/** A record of the given shape as a batch item; `ordinal` (1-based) names records that lack an id. */
export function recordItem(record: unknown, format: RecordFormat, ordinal: number): BatchItem {
  if (!isObject(record)) throw new RecordError(`record ${ordinal} is not a JSON object`);
  switch (format) {
    case "humaneval":
      return humanEvalItem(record, ordinal);
    case "mbpp":
      return mbppItem(record, ordinal);
    case "multipl-e":
      return multiplEItem(record, ordinal);
  }
}

function humanEvalItem(record: Json, ordinal: number): BatchItem {
  const prompt = field(record, "prompt", ordinal, "humaneval");
  const test = field(record, "test", ordinal, "humaneval");
  const entryPoint = field(record, "entry_point", ordinal, "humaneval");
  const id = typeof record.task_id === "string" ? record.task_id.replace(/\//g, "_") : `HumanEval_${ordinal}`;
  return { name: `${id}_${entryPoint}`, source: recordSource({ prompt, test, entry_point: entryPoint }), entryPoint };
}

function mbppItem(record: Json, ordinal: number): BatchItem {
  const code = field(record, "code", ordinal, "mbpp");
  const tests = record.test_list;
  if (!Array.isArray(tests) || !tests.every((t) => typeof t === "string")) {
    throw new RecordError(`record ${ordinal} (mbpp): test_list must be an array of strings`);
  }
  const setup = typeof record.test_setup_code === "string" ? record.test_setup_code : "";
  const imports = Array.isArray(record.test_imports) ? record.test_imports.filter((i): i is string => typeof i === "string") : [];
  const id = typeof record.task_id === "number" || typeof record.task_id === "string" ? String(record.task_id) : String(ordinal);
  const description = typeof record.text === "string" ? record.text : typeof record.prompt === "string" ? record.prompt : undefined;
  const source = [code.replace(/\r\n/g, "\n"), ...imports, setup, ...tests].filter((part) => part !== "").join("\n") + "\n";
  return { name: `mbpp_${id}_`, nameNeedsEntryPoint: true, source, ...(description !== undefined ? { description } : {}) };
}

function multiplEItem(record: Json, ordinal: number): BatchItem {
  const name = field(record, "name", ordinal, "multipl-e");
  const prompt = field(record, "prompt", ordinal, "multipl-e");
  const tests = field(record, "tests", ordinal, "multipl-e");
  if (typeof record.language === "string" && !["py", "python"].includes(record.language)) {
    throw new RecordError(`record ${ordinal} (${name}): language is '${record.language}'; batch reads Python rows ('py')`);
  }
  return { name, source: `${prompt}\n${tests}\n` };
}

function field(record: Json, key: string, ordinal: number, format: RecordFormat): string {
  const value = record[key];
  if (typeof value !== "string") throw new RecordError(`record ${ordinal} (${format}): field '${key}' must be a string`);
  return value;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
