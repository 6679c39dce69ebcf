/**
 * Racket programs run in one batch process must get exactly the result they get alone (runCompiled),
 * whatever they do to the process they share: exit, loop, raise, redefine names, set parameters.
 */
import { describe, expect, it } from "vitest";
import { runRacketBatch } from "../../conformance/racket-batch.js";
import { compileTests } from "../../src/api.js";
import { runCompiled } from "../../src/runner/run.js";
import { skipReason } from "../support/interpreters.js";

const skip = skipReason("racket");

const SUITE = "def inc(x: int) -> int:\n    pass\n\ndef check(candidate):\n    assert candidate(1) == 2\n    assert candidate(2) == 3\n\ncheck(inc)\n";

const CANDIDATES = {
  correct: "#lang racket\n(define (inc x) (+ x 1))",
  wrong: "#lang racket\n(define (inc x) (* x 2))",
  raises: "#lang racket\n(define (inc x) (car x))",
  exitsAtModuleLevel: "#lang racket\n(define (inc x) (+ x 1))\n(exit 0)",
  loops: "#lang racket\n(define (inc x) (let loop () (loop)))",
  doesNotRead: "#lang racket\n(define (inc x) (+ x 1)",
  // Sets process-wide state: the next program must not see it.
  meddles: "#lang racket\n(current-output-port (open-output-nowhere))\n(exit-handler void)\n(print-as-expression #f)\n(define (inc x) (+ x 1))",
  printsWithoutNewline: '#lang racket\n(define (inc x) (display "partial") (+ x 1))',
} as const;

describe.skipIf(skip !== undefined)("Racket batch runner", () => {
  it("gives every program the result it has when run alone", async () => {
    const compiled = await compileTests(SUITE, "racket");
    const names = Object.keys(CANDIDATES) as (keyof typeof CANDIDATES)[];
    // Each program also runs after the meddling one, in the same batch (the loop once: it costs the timeout).
    const order = [...names, ...names.filter((n) => n !== "loops")];
    const batch = await runRacketBatch(
      order.map((n) => ({ compiled, candidate: CANDIDATES[n] })),
      { timeoutMs: 10_000 },
    );
    for (const [i, name] of order.entries()) {
      if (name === "loops") continue; // Its status is checked below; alone it would cost the timeout again.
      const alone = await runCompiled(compiled, CANDIDATES[name], { timeoutMs: 10_000 });
      const together = batch[i]!;
      expect(together.status, name).toBe(alone.status);
      expect(together.assertions, name).toEqual(alone.assertions);
      expect(together.stdout, name).toBe(alone.stdout);
      expect(together.exitCode, name).toBe(alone.exitCode);
    }
    expect(batch.map((r) => r.status)).toEqual([
      ...["pass", "fail", "fail", "runtime_error", "timeout", "compile_error", "pass", "pass"],
      ...["pass", "fail", "fail", "runtime_error", "compile_error", "pass", "pass"],
    ]);
  }, 120_000);
});
