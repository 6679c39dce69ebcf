import { readFileSync } from "node:fs";
import { type HumanEvalRecord, recordSource } from "../frontend/input.js";

/** A Python file's bytes, or the Python source and entry point of a JSON HumanEval record. */
export function readInputFile(path: string): { source: string | Uint8Array; entryPoint?: string } {
  const bytes = readFileSync(path);
  if (!/\.jsonl?$/i.test(path)) return { source: bytes };
  const record = JSON.parse(bytes.toString("utf8")) as Partial<HumanEvalRecord>;
  if (typeof record.prompt !== "string" || typeof record.test !== "string" || typeof record.entry_point !== "string") {
    throw new Error("a JSON input must be one HumanEval record with string fields prompt, test and entry_point");
  }
  return { source: recordSource(record as HumanEvalRecord), entryPoint: record.entry_point };
}
