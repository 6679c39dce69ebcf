import { existsSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, readJsonl } from "./corpus.js";
import type { ExecutedLanguage } from "./languages.js";

/**
 * - correct: validated against MultiPL-E's tests (they must pass ours);
 * - negative: real programs that fail MultiPL-E's tests (they should fail ours);
 * - failing-canonical: mHumanEval "canonical" programs that fail MultiPL-E's tests, for a bug of
 *   their own or a quirk of the translated test: evidence only, neither correct nor wrong.
 */
export type SolutionRole = "correct" | "negative" | "failing-canonical";

export interface CorpusSolution {
  /** `file#row` (row counted from 1): stable as long as the corpus file is. */
  readonly id: string;
  readonly language: ExecutedLanguage;
  /** MultiPL-E problem name, e.g. `HumanEval_0_has_close_elements`. */
  readonly problem: string;
  readonly role: SolutionRole;
  /** The candidate's definitions, without MultiPL-E's tests. */
  readonly source: string;
  /** Where the program comes from (repo@commit:path, or "written here"). */
  readonly origin: string;
}

/** The solution files of one language, by role. Older rows carry `solution`; `*-written` rows only `program`. */
function solutionFiles(language: ExecutedLanguage): Array<{ path: string; role: SolutionRole }> {
  const files: Array<{ path: string; role: SolutionRole }> = [
    { path: `passing-solutions/${language}.jsonl`, role: "correct" },
    { path: `passing-solutions/${language}-written.jsonl`, role: "correct" },
    { path: `passing-solutions/negatives/${language}.jsonl`, role: "negative" },
    { path: `passing-solutions/failing-canonical/${language}.jsonl`, role: "failing-canonical" },
  ];
  return files.filter((f) => existsSync(join(CORPUS, f.path)));
}

export function corpusSolutions(languages: readonly ExecutedLanguage[]): CorpusSolution[] {
  const solutions: CorpusSolution[] = [];
  for (const language of languages) {
    for (const { path, role } of solutionFiles(language)) {
      readJsonl(path).forEach((raw, index) => {
        const row = raw as { name: string; solution?: string; program: string; source?: string };
        solutions.push({
          id: `${path.slice("passing-solutions/".length)}#${index + 1}`,
          language,
          problem: row.name,
          role,
          source: row.solution ?? row.program,
          origin: row.source ?? "",
        });
      });
    }
  }
  return solutions;
}
