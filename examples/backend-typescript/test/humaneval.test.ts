/**
 * About 30 HumanEval problems, each with a hand-written TypeScript solution translated from the
 * Python canonical solution (correct) and one with a plausible bug (wrong): the test compiled from
 * the problem's own `check(candidate)` must pass the first and fail the second (run through the warm
 * check server, test/warm.ts; a few also through the plain launcher, with the same results).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compileTests, recordSource } from "polytest";
import { describe, expect, it } from "vitest";
import { outcome, warmRunner } from "./warm.js";

const CORPUS = process.env.POLYTEST_CORPUS ?? join(__dirname, "..", "..", "..", "..", "shared", "corpus");
const HUMANEVAL = join(CORPUS, "humaneval", "HumanEval.jsonl");
const CANDIDATES = join(__dirname, "candidates", "humaneval");

interface HumanEvalRecord {
  readonly task_id: string;
  readonly prompt: string;
  readonly test: string;
  readonly entry_point: string;
}

/** Problem numbers that have a hand-written pair, from the file names `NNN_entry.correct.ts`. */
const PROBLEMS = readdirSync(CANDIDATES)
  .filter((f) => f.endsWith(".correct.ts"))
  .map((f) => f.replace(".correct.ts", ""))
  .sort();

const records = existsSync(HUMANEVAL)
  ? new Map(
      readFileSync(HUMANEVAL, "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as HumanEvalRecord)
        .map((r) => [r.task_id, r]),
    )
  : undefined;
if (!records) console.warn(`skipping the HumanEval candidates: no corpus at ${CORPUS} (set POLYTEST_CORPUS)`);

/** Problems whose solutions also run through the plain launcher (`polytest run`'s path). */
const VIA_LAUNCHER = new Set(["087_get_row"]);

const { warm, viaLauncher } = warmRunner();

// Concurrent: while the check server type-checks one program, other programs start and run.
describe.skipIf(!records)("HumanEval problems with hand-written TypeScript solutions", { concurrent: true }, () => {
  it("has about 30 problems, each with a correct and a wrong solution", () => {
    expect(PROBLEMS.length).toBeGreaterThanOrEqual(30);
    for (const p of PROBLEMS) expect(existsSync(join(CANDIDATES, `${p}.wrong.ts`)), p).toBe(true);
  });

  for (const problem of PROBLEMS) {
    const [number, entryPoint] = [Number(problem.slice(0, 3)), problem.slice(4)];
    it(`HumanEval/${number} ${entryPoint}: the correct solution passes, the wrong one fails`, async ({ expect }) => {
      const record = records!.get(`HumanEval/${number}`)!;
      expect(record.entry_point).toBe(entryPoint);
      const compiled = await compileTests(recordSource(record), "typescript", { entryPoint });
      expect(compiled.assertions.compiled).toBeGreaterThan(0);
      const read = (kind: string) => readFileSync(join(CANDIDATES, `${problem}.${kind}.ts`), "utf8");
      const [correct, wrong] = await Promise.all([warm(compiled, read("correct")), warm(compiled, read("wrong"))]);
      expect(correct.stderr).toBe("");
      expect(correct.status, correct.stdout).toBe("pass");
      expect(correct.assertions.every((a) => a.passed)).toBe(true);
      expect(correct.stdout).toContain(`polytest: ${compiled.assertions.compiled} passed, 0 failed`);

      expect(wrong.stderr).toBe("");
      expect(wrong.status).toBe("fail");
      expect(wrong.exitCode).toBe(1);
      expect(wrong.assertions.some((a) => !a.passed)).toBe(true);

      if (VIA_LAUNCHER.has(problem)) {
        expect(outcome(await viaLauncher(compiled, read("correct")))).toEqual(outcome(correct));
        expect(outcome(await viaLauncher(compiled, read("wrong")))).toEqual(outcome(wrong));
      }
    });
  }
});
