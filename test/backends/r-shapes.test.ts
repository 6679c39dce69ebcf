/**
 * The R backend's newer assertion shapes, executed in the real `Rscript`: identity with a bool
 * through an unrolled loop variable, `sorted(...)` / `set(...)` views, `round(...) == y` as an exact
 * range, and truthiness by the result's type.
 */
import { describe, expect, it } from "vitest";
import { rBackend } from "../../src/backends/r/index.js";
import { type CompileOptions, compileTests } from "../../src/index.js";
import { skipReason } from "../support/interpreters.js";
import { compileAndRun, failedLines, lineOf, pythonSuite } from "../support/backend-suites.js";

const skip = skipReason("r");

const compile = (source: string, options: CompileOptions = {}) => compileTests(source, "r", options);

const runSuite = (source: string, candidate: string, options: CompileOptions = {}) =>
  compileAndRun("r", source, candidate, options);

/** The failed assertions' headers, `FAIL line N: ...` without the prefix. */
function failed(stdout: string): string[] {
  return [...stdout.matchAll(/^FAIL (line \d+: .*)$/gm)].map((m) => m[1]!);
}

const errors = (diagnostics: readonly { severity: string; code: string; line: number }[]) =>
  diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line]);

describe("features", () => {
  it("lists the shapes it compiles", () => {
    expect(rBackend.features).toEqual(["inRange", "sortedView", "setView"]);
  });
});

describe.skipIf(skip !== undefined)("identity with a bool", () => {
  it("'is want' through an unrolled loop variable is identity: 1 is not True", async () => {
    const source = [
      "def is_pos(n: int) -> bool:",
      "    return n > 0",
      "",
      "",
      "def check(candidate):",
      "    for x, want in [(3, True), (-3, False), (5, True)]:",
      "        assert candidate(x) is want",
      "    for x, want in [(3, False)]:",
      "        assert candidate(x) is not want",
      "",
    ].join("\n");
    const { compiled, run } = await runSuite(source, "is_pos <- function(n) if (n == 5) 1 else n > 0");
    // Every instance carries its bindings after the source (`  # x = 3, want = True`).
    expect(compiled.program).toContain(".__pt_identical(\"FAIL line 7: assert candidate(x) is want  # x = 3, want = True\"");
    expect(compiled.program).toContain(".__pt_not_identical(\"FAIL line 9: assert candidate(x) is not want  # x = 3, want = False\"");
    expect(compiled.program).not.toMatch(/\.__pt_(?:not_)?equal\(/);
    expect(failed(run.stdout)).toEqual(["line 7: assert candidate(x) is want  # x = 5, want = True"]);
    expect(run.exitCode).toBe(1);
  });

  it("'== want' through a loop variable stays equality: 1 == True", async () => {
    const source = pythonSuite("f(n: int) -> bool", "for x, want in [(1, True), (0, False)]:", "    assert candidate(x) == want");
    const { compiled, run } = await runSuite(source, "f <- function(n) n");
    expect(compiled.program).not.toContain(".__pt_identical(");
    expect(run.stdout).toContain("polytest: 2 passed, 0 failed");
  });
});

describe.skipIf(skip !== undefined)("sorted(...) and set(...) views", () => {
  it("sorted(r) == [...] is multiset equality: any order, no item dropped or duplicated", async () => {
    const source = pythonSuite(
      "f(n: int) -> List[int]",
      "assert sorted(candidate(0)) == [1, 2, 3]",
      "assert sorted(candidate(1)) == [1, 2, 3]",
      "assert sorted(candidate(2)) == [1, 1, 2]",
      "assert sorted(candidate(3)) == []",
      "assert sorted(candidate(4)) != [1, 2, 3]",
      "assert sorted(candidate(5)) != [1, 2, 3]",
    );
    const candidate = "f <- function(n) switch(n + 1, c(3L, 1L, 2L), c(3, 1, 1, 2), c(1, 2, 2), NULL, c(3, 2, 1), c(3, 2, 1, 1))";
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)"), lineOf(source, "candidate(2)"), lineOf(source, "candidate(4)")]);
    // The report shows the candidate's own value (not sorted).
    expect(run.stdout).toContain("FAIL line " + lineOf(source, "candidate(1)") + ": assert sorted(candidate(1)) == [1, 2, 3]\n  expected: [1, 2, 3]\n  actual:   [3, 1, 1, 2]");
  });

  it("pairs float items one-to-one within the tolerance, even where a greedy pairing fails", async () => {
    // Expected [1.0, 1.0000000018]; the candidate gives [1.0000000009, 1.0]. Pairing 1.0 with the
    // first close item (1.0000000009) leaves 1.0000000018 with 1.0, 1.8e-9 apart (beyond rel 1e-9);
    // the other pairing holds both.
    const source = pythonSuite("f(n: int) -> List[float]", "assert sorted(candidate(0)) == [1.0, 1.0000000018]", "assert sorted(candidate(1)) == [1.0, 1.0000000018]");
    const { run } = await runSuite(source, "f <- function(n) if (n == 0) c(1.0000000009, 1.0) else c(1.000000003, 1.0)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)")]);
  });

  it("views a tuple result, and items of other shapes (strings, lists)", async () => {
    const source = pythonSuite(
      "f(n: int) -> Tuple[str, ...]",
      "assert sorted(candidate(0)) == ['a', 'b']",
      "assert set(candidate(0)) == {'a', 'b'}",
      "assert sorted(candidate(1)) == ['a', 'b']",
    );
    const { run } = await runSuite(source, 'f <- function(n) if (n == 0) c("b", "a") else c("b", "b")');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)")]);
    expect(run.stdout).toContain("actual:   ('b', 'b')");

    const nested = pythonSuite("g(n: int) -> List[List[int]]", "assert sorted(candidate(0)) == [[1], [2, 3]]", "assert sorted(candidate(1)) == [[1], [2, 3]]");
    const { run: nestedRun } = await runSuite(nested, "g <- function(n) if (n == 0) list(c(2, 3), 1) else list(c(3, 2), 1)");
    expect(failedLines(nestedRun.stdout)).toEqual([lineOf(nested, "candidate(1)")]);
  });

  it("set(r) == {...}: duplicates in r are fine, a missing or extra item is not; != is the negation", async () => {
    const source = pythonSuite(
      "f(n: int) -> List[int]",
      "assert set(candidate(0)) == {1, 2}",
      "assert set(candidate(1)) == {1, 2}",
      "assert set(candidate(2)) == {1, 2}",
      "assert set(candidate(3)) == {1, 2}",
      "assert set(candidate(4)) != {1, 2}",
      "assert set(candidate(5)) != {1, 2}",
      "assert set(candidate(6)) == set()",
    );
    const candidate = "f <- function(n) switch(n + 1, c(2, 1, 2, 1), c(1), c(1, 2, 3), list(2L, 1L), c(2, 1, 1), c(1, 3), integer(0))";
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)"), lineOf(source, "candidate(2)"), lineOf(source, "candidate(4)")]);
    expect(run.stdout).toContain("polytest: 4 passed, 3 failed");
  });

  it("a view of a result that raises in Python (an error, a non-collection) fails == and != alike", async () => {
    const source = pythonSuite(
      "f(n: int) -> List[int]",
      "assert sorted(candidate(0)) != [1]",
      "assert set(candidate(1)) != {1}",
      "assert sorted(candidate(2)) != [1]",
      "assert set(candidate(3)) == {1}",
    );
    const { run } = await runSuite(source, 'f <- function(n) switch(n + 1, stop("boom"), stop("boom"), function() 1, c(1))');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(0)"), lineOf(source, "candidate(1)"), lineOf(source, "candidate(2)")]);
    expect(run.stdout).toContain("  error:    boom");
  });
});

describe.skipIf(skip !== undefined)("round(...) == y as an exact range", () => {
  it("holds inside the inclusive bounds and fails just outside, nan, None and strings", async () => {
    const source = pythonSuite(
      "f(n: int) -> float",
      "assert round(candidate(0), 2) == 3.14",
      "assert round(candidate(1), 2) == 3.14",
      "assert round(candidate(2), 2) == 3.14",
      "assert round(candidate(3), 2) == 3.14",
      "assert round(candidate(4), 2) == 3.14",
      "assert round(candidate(5), 2) == 3.14",
      "assert round(candidate(6), 2) == 3.14",
      "assert round(candidate(7), 2) == 3.14",
    );
    // The double 3.145 lies just above 3.145 and 3.135 just below 3.135: in Python round(3.145, 2)
    // == 3.15 and round(3.135, 2) == 3.13. The bounds themselves are inside.
    const candidate = 'f <- function(n) switch(n + 1, 3.14159, 3.145, 3.135, 3.1449999999999996, 3.1350000000000002, NaN, NULL, "3.14")';
    const { compiled, run } = await runSuite(source, candidate);
    expect(compiled.program).toContain('"a number from 3.1350000000000002 to 3.1449999999999996"');
    const lines = (...ns: number[]) => ns.map((n) => lineOf(source, `candidate(${n})`));
    expect(failedLines(run.stdout)).toEqual(lines(1, 2, 5, 6, 7));
    expect(run.stdout).toContain("  expected: a number from 3.1350000000000002 to 3.1449999999999996\n  actual:   3.145");
  });

  it("compares int results (integer, double or logical storage) with the float bounds exactly", async () => {
    const source = pythonSuite(
      "f(n: int) -> int",
      "assert round(candidate(0)) == 3",
      "assert round(candidate(1)) == 3",
      "assert round(candidate(2)) == 1",
      "assert round(candidate(3), 1) == 9007199254740992.0",
      "assert round(candidate(4), 1) == 9007199254740992.0",
    );
    const candidate = "f <- function(n) switch(n + 1, 3L, 4, TRUE, 2^53, 2^53 + 2)";
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)"), lineOf(source, "candidate(4)")]);
  });
});

describe.skipIf(skip !== undefined)("truthiness by the result type", () => {
  it("Optional[str]: NULL (None) and \"\" are falsy, \"0\" and \" \" truthy", async () => {
    const source = pythonSuite(
      "f(n: int) -> Optional[str]",
      "assert not candidate(0)",
      "assert not candidate(1)",
      "assert candidate(2)",
      "assert candidate(3)",
      "assert not candidate(4)",
    );
    const { run } = await runSuite(source, 'f <- function(n) switch(n + 1, NULL, "", "0", " ", "x")');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(4)")]);
  });

  it("lists: length 0 is falsy whatever its storage, a one-item list of a falsy item is truthy", async () => {
    const source = pythonSuite(
      "f(n: int) -> List[str]",
      "assert not candidate(0)",
      "assert not candidate(1)",
      "assert not candidate(2)",
      "assert candidate(3)",
      "assert candidate(4)",
      "assert not candidate(5)",
    );
    const { run } = await runSuite(source, 'f <- function(n) switch(n + 1, character(0), NULL, list(), "", list(NULL), c("a"))');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(5)")]);
  });

  it("scalars: 0, FALSE and \"\" are falsy at their own types", async () => {
    const source = pythonSuite("f(n: int) -> bool", "assert not candidate(0)", "assert candidate(1)", "assert not candidate(2)");
    const { run } = await runSuite(source, "f <- function(n) switch(n + 1, FALSE, TRUE, TRUE)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
  });

  it("refuses truthiness where a union holds both a scalar and a sequence (\"\" vs [\"\"])", async () => {
    const source = pythonSuite("f(n: int) -> Union[int, List[str]]", "assert candidate(0)", "assert not candidate(1)", "assert candidate(2) == 3");
    const compiled = await compile(source);
    expect(errors(compiled.diagnostics)).toEqual([
      ["refused/r-ambiguous-truthiness", lineOf(source, "candidate(0)")],
      ["refused/r-ambiguous-truthiness", lineOf(source, "candidate(1)")],
    ]);
  });
});

describe.skipIf(skip !== undefined)("dicts whose key type admits int and str", () => {
  it("passes and compares str-keyed dicts by name when no name reads as an int", async () => {
    const source = pythonSuite(
      "f(d: Dict[Union[int, str], str]) -> Dict[Union[int, str], int]",
      "assert candidate({'p': 'ab', 'b': 'c'}) == {'p': 2, 'b': 1}",
      "assert candidate({'x': ''}) == {'x': 0}",
      "assert candidate({'q': 'abc'}) == {'q': 3}",
      "assert candidate({5: 'a'}) == {5: 1}",
    );
    const { compiled, run } = await runSuite(source, 'f <- function(d) { out <- lapply(d, nchar); if (identical(names(d), "q")) names(out) <- "5"; out }');
    expect(compiled.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line])).toEqual([
      ["refused/r-dict-key-type", lineOf(source, "{5: 'a'}")],
    ]);
    expect(compiled.program).toContain('f(list(p = "ab", b = "c")), list(p = 2, b = 1), list(k = "dict", key = "str", v = list(k = "int")))');
    // The candidate's name "5" (its int key 5, or a str "5") is not the str key "q".
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "{'q': 'abc'}")]);
  });
});

describe("R set(...) views pair items one to one", () => {
  it.skipIf(skip !== undefined)("two close floats are two items; exact repeats in the result are one", async () => {
    const source = pythonSuite("f(n: int) -> List[float]", "assert set(candidate(1)) == {0.0, 1e-300}", "assert set(candidate(2)) == {1.5, 2.5}");
    const { run } = await runSuite(source, "f <- function(n) if (n == 1) c(0.0) else c(2.5, 1.5, 2.5)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)")]);
  });
});
