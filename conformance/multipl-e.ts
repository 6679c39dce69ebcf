import { existsSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, readJsonl } from "./corpus.js";
import type { LanguageCode } from "./languages.js";

/** How each of MultiPL-E's test harnesses writes one translated assert. */
const ASSERTION: Record<LanguageCode, RegExp> = {
  jl: /@test\(/g,
  lua: /lu\.assert\w+\(/g,
  ml: /\(assert /g,
  r: /stopifnot\(/g,
  rkt: /\(check-/g,
};

/**
 * The number of assertions in MultiPL-E's translation of each problem into `language` (the 2024-07
 * snapshot's `reworded` files; tests are the same in every prompt variant). A problem missing from
 * the map is one MultiPL-E did not translate.
 */
export function multiplEAssertionCounts(language: LanguageCode): Map<string, number> {
  const counts = new Map<string, number>();
  for (const benchmark of ["humaneval", "mbpp"]) {
    const path = join("multipl-e-translations", language, `${benchmark}-${language}-reworded.jsonl`);
    if (!existsSync(join(CORPUS, path))) continue;
    for (const raw of readJsonl(path)) {
      const row = raw as { name: string; tests: string };
      counts.set(row.name, row.tests.match(ASSERTION[language])?.length ?? 0);
    }
  }
  return counts;
}
