/**
 * The conformance gate (issue 6): every known-correct corpus solution of lua, ml, r and rkt passes
 * the suite polytest compiles from its MultiPL-E Python original, unless conformance/allowlist.json
 * holds it with evidence that is re-proven here (python3 on the canonical solution); every negative
 * control fails, unless conformance/negative-passes.json explains it. `npm run conformance` runs the
 * same, plus the failing-canonical programs, and writes the reports.
 */
import { describe, expect, it } from "vitest";
import { CORPUS, CORPUS_PRESENT } from "../../conformance/corpus.js";
import { type SolutionRun, runConformance } from "../../conformance/evaluate.js";
import { gateFindings } from "../../conformance/explanations.js";
import { EXECUTED_LANGUAGES, backendName } from "../../conformance/languages.js";
import { skipReason } from "../support/interpreters.js";

if (!CORPUS_PRESENT) console.warn(`skipping the conformance gate: no corpus at ${CORPUS} (set POLYTEST_CORPUS or put shared/ beside the repo)`);
const languages = CORPUS_PRESENT ? EXECUTED_LANGUAGES.filter((l) => skipReason(backendName(l)) === undefined) : [];

/** Solutions each language must at least run (the corpus holds 1,249 / 507 / 549 / 652 correct ones). */
const FLOOR = { lua: 1200, ml: 500, r: 540, rkt: 640 } as const;
/** Share of the MultiPL-E originals' assertions compiled, as measured when the gate was written (rounded down). */
const COMPILED_SHARE = { lua: 0.99, ml: 0.94, r: 0.99, rkt: 0.99 } as const;
/** Correct solutions whose whole suite is refused for their language, so they cannot run. */
const NOT_RUN = new Set(["lua mbpp_465_drop_empty"]);

const describeRun = (s: SolutionRun) =>
  `${s.language} ${s.problem} (${s.id}): ${s.status}; ${s.failures.map((f) => `line ${f.line} ${f.source}: expected ${f.expected}, ${f.actual !== undefined ? `actual ${f.actual}` : `error ${f.error}`}`).join("; ")}${s.stderrTail && s.failures.length === 0 ? ` ${s.stderrTail}` : ""}`;

describe.skipIf(languages.length === 0)("conformance gate on the corpus", () => {
  it("every known-correct solution passes (or is allowlisted with proof) and the negative controls fail", async () => {
    const started = performance.now();
    const result = await runConformance({
      languages,
      datasets: ["multipl-e-humaneval", "multipl-e-mbpp"],
      roles: ["correct", "negative"],
      timeoutMs: 5_000,
    });
    const findings = gateFindings(result);
    expect(findings.unexplainedRejections.map(describeRun)).toEqual([]);
    expect(findings.unexplainedNegativePasses.map(describeRun)).toEqual([]);
    expect(findings.brokenExplanations).toEqual([]);

    // MultiPL-E's OCaml and Racket evaluators pass a program only with an empty stderr: so must ours.
    const noisy = result.solutions.filter((s) => (s.language === "ml" || s.language === "rkt") && s.verdict === "pass" && s.stderrTail);
    expect(noisy.map((s) => `${s.language} ${s.problem} (${s.id}): ${s.stderrTail}`)).toEqual([]);

    for (const language of languages) {
      const share = result.compilation
        .filter((c) => c.language === language)
        .reduce((a, c) => ({ compiled: a.compiled + c.compiled, total: a.total + c.asserts - c.placeholders }), { compiled: 0, total: 0 });
      expect(share.compiled / share.total, `${language}: assertions compiled on the MultiPL-E originals`).toBeGreaterThanOrEqual(COMPILED_SHARE[language]);
      const correct = result.solutions.filter((s) => s.language === language && s.role === "correct");
      expect(correct.filter((s) => s.verdict === "pass").length, language).toBeGreaterThanOrEqual(FLOOR[language]);
      const notRun = correct.filter((s) => s.verdict === "no-suite" || s.verdict === "nothing-compiled");
      expect(notRun.filter((s) => !NOT_RUN.has(`${s.language} ${s.problem}`)).map(describeRun), language).toEqual([]);
      const negatives = result.solutions.filter((s) => s.language === language && s.role === "negative" && s.verdict !== "nothing-compiled");
      if (negatives.length > 0) {
        const rate = negatives.filter((s) => s.verdict === "reject").length / negatives.length;
        console.log(`${language}: negative controls rejected ${(100 * rate).toFixed(1)} % of ${negatives.length}`);
      }
    }
    console.log(`conformance gate: ${result.solutions.length} programs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // About 170 s of CPU on 2 idle cores; the limit is generous because a shared machine can be 10x slower.
  }, 1_500_000);
});
