import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { recordSource } from "../../src/index.js";

/** The shared corpus, read in place (never copied into the repo). */
export const CORPUS = process.env.POLYTEST_CORPUS ?? join(__dirname, "..", "..", "..", "shared", "corpus");
export const CORPUS_PRESENT = existsSync(join(CORPUS, "README.md"));

export interface CorpusSuite {
  readonly dataset: string;
  readonly name: string;
  readonly source: string;
  readonly entryPoint?: string;
}

const jsonl = (path: string) =>
  readFileSync(join(CORPUS, path), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Every Python test suite of the corpus, by dataset. */
export function corpusSuites(): CorpusSuite[] {
  const suites: CorpusSuite[] = [];
  for (const r of jsonl("humaneval/HumanEval.jsonl")) {
    const record = r as { task_id: string; prompt: string; test: string; entry_point: string };
    suites.push({ dataset: "humaneval", name: record.task_id, source: recordSource(record), entryPoint: record.entry_point });
  }
  for (const dir of ["humaneval", "mbpp"]) {
    const folder = join("multipl-e-originals", dir);
    for (const file of readdirSync(join(CORPUS, folder)).sort()) {
      suites.push({ dataset: `multipl-e-${dir}`, name: file, source: readFileSync(join(CORPUS, folder, file), "utf8") });
    }
  }
  for (const r of jsonl("mbpp/mbpp.jsonl")) {
    const row = r as { task_id: number; code: string; test_setup_code: string; test_list: string[] };
    suites.push({ dataset: "mbpp", name: String(row.task_id), source: `${row.test_setup_code}\n${row.code}\n${row.test_list.join("\n")}\n` });
  }
  const sanitized = JSON.parse(readFileSync(join(CORPUS, "mbpp/sanitized-mbpp.json"), "utf8")) as Array<{
    task_id: number;
    code: string;
    test_imports: string[];
    test_list: string[];
  }>;
  for (const row of sanitized) {
    suites.push({ dataset: "mbpp-sanitized", name: String(row.task_id), source: `${row.test_imports.join("\n")}\n${row.code}\n${row.test_list.join("\n")}\n` });
  }
  return suites;
}
