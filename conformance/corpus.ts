import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { recordSource } from "../src/index.js";

/** The shared corpus, read in place (never copied into the repo): `../shared/corpus` beside the repo. */
export const CORPUS =
  process.env.POLYTEST_CORPUS ?? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "corpus");
export const CORPUS_PRESENT = existsSync(join(CORPUS, "README.md"));

/** The five Python datasets; the MultiPL-E originals are the ones the target solutions were written against. */
export const DATASETS = ["humaneval", "mbpp", "mbpp-sanitized", "multipl-e-humaneval", "multipl-e-mbpp"] as const;
export type Dataset = (typeof DATASETS)[number];

export interface CorpusSuite {
  readonly dataset: Dataset;
  /** Task id (raw datasets) or MultiPL-E problem name (originals, e.g. `HumanEval_0_has_close_elements`). */
  readonly name: string;
  readonly source: string;
  readonly entryPoint?: string;
}

/** The rows of a JSON-lines file of the corpus. */
export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(join(CORPUS, path), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The dataset of MultiPL-E's Python original that a MultiPL-E problem name belongs to. */
export function originalsDataset(problem: string): "multipl-e-humaneval" | "multipl-e-mbpp" {
  return problem.startsWith("HumanEval_") ? "multipl-e-humaneval" : "multipl-e-mbpp";
}

/** Every Python test suite of the corpus, by dataset. */
export function corpusSuites(): CorpusSuite[] {
  const suites: CorpusSuite[] = [];
  for (const r of readJsonl("humaneval/HumanEval.jsonl")) {
    const record = r as { task_id: string; prompt: string; test: string; entry_point: string };
    suites.push({ dataset: "humaneval", name: record.task_id, source: recordSource(record), entryPoint: record.entry_point });
  }
  for (const dir of ["humaneval", "mbpp"] as const) {
    const folder = join("multipl-e-originals", dir);
    for (const file of readdirSync(join(CORPUS, folder)).sort()) {
      if (!file.endsWith(".py")) continue;
      suites.push({ dataset: `multipl-e-${dir}`, name: file.slice(0, -".py".length), source: readFileSync(join(CORPUS, folder, file), "utf8") });
    }
  }
  for (const r of readJsonl("mbpp/mbpp.jsonl")) {
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
    suites.push({
      dataset: "mbpp-sanitized",
      name: String(row.task_id),
      source: `${row.test_imports.join("\n")}\n${row.code}\n${row.test_list.join("\n")}\n`,
    });
  }
  return suites;
}
