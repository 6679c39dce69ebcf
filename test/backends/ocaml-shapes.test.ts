/**
 * The OCaml backend's optional assertion shapes, executed in the real `ocaml` toplevel:
 * `round(f(x), n) == y` (inRange, exact, ints compared with float bounds without rounding) and the
 * `sorted(...)` / `set(...)` views of a list, set or Tuple[T, ...] result.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ocamlFloat } from "../../src/backends/ocaml/literals.js";
import { ocamlPrelude } from "../../src/backends/ocaml/prelude.js";
import { type CompileOptions, type Diagnostic, compileTests } from "../../src/index.js";
import { runProgram, skipReason } from "../support/interpreters.js";
import { compileAndRun, failedLines, lineOf, pythonSuite } from "../support/backend-suites.js";

const skip = skipReason("ocaml");

const errorsOf = (compiled: { diagnostics: readonly Diagnostic[] }) =>
  compiled.diagnostics.filter((d) => d.severity === "error");

const runSuite = (source: string, candidate: string, options: CompileOptions = {}) =>
  compileAndRun("ocaml", source, candidate, options);

describe("OCaml round(...) == y (inRange)", () => {
  it.skipIf(skip !== undefined)("compares a float result with both bounds inclusive and exactly; nan fails", async () => {
    const source = pythonSuite(
      "f(x: int) -> float",
      "assert round(candidate(1), 2) == 3.14",
      "assert round(candidate(2), 2) == 3.14",
      "assert round(candidate(3), 2) == 3.14",
      "assert round(candidate(4), 1) == 0.8",
      "assert round(candidate(5), 1) == 0.8",
    );
    // 3.135 (as a double, just below 3.135) rounds to 3.13 in Python; 0.75 rounds to 0.8, 0.85 to 0.8.
    const { compiled, run } = await runSuite(
      source,
      "let f x = match x with 1 -> 3.1449999 | 2 -> 3.135 | 3 -> Float.nan | 4 -> 0.75 | _ -> 0.85",
    );
    expect(errorsOf(compiled)).toEqual([]);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)"), lineOf(source, "candidate(3)")]);
    expect(run.stdout).toContain("  expected: a number from ");
    expect(run.stderr).toBe("");
  });

  it.skipIf(skip !== undefined)("compares an int result with the float bounds exactly", async () => {
    const source = pythonSuite(
      "f(x: int) -> int",
      "assert round(candidate(1)) == 3",
      "assert round(candidate(2)) == 3",
      "assert round(candidate(3), 1) == 25.0",
      "assert candidate(4) == 4",
    );
    const { compiled, run } = await runSuite(source, "let f x = match x with 1 -> 3 | 2 -> 4 | 3 -> 25 | _ -> 4");
    expect(errorsOf(compiled)).toEqual([]);
    expect(compiled.program).toContain("__pt_in_range_int");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
  });

  it.skipIf(skip !== undefined)("fails a None result of an Optional function", async () => {
    const source = pythonSuite("f(x: int) -> Optional[float]", "assert round(candidate(1), 1) == 2.5", "assert round(candidate(2), 1) == 2.5");
    const { run } = await runSuite(source, "let f x = if x = 1 then Some 2.5 else None");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
  });

  it.skipIf(skip !== undefined)("the prelude's int/float comparison is exact up to 2^62, where float_of_int would round", () => {
    const limit = 2n ** 62n;
    const ints = [
      ...fc.sample(fc.bigInt({ min: -limit, max: limit - 1n }), { numRuns: 50, seed: 3 }),
      ...fc.sample(fc.bigInt({ min: 2n ** 53n - 4n, max: 2n ** 53n + 4n }), { numRuns: 12, seed: 4 }),
      2n ** 53n + 1n, -(2n ** 53n) - 1n, limit - 1n, -limit, 0n,
    ];
    const bounds = [
      ...fc.sample(fc.double({ noNaN: true }), { numRuns: 20, seed: 5 }),
      2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 62, -(2 ** 62), 2 ** 63, 0.5, -0.5, 2.5, Infinity, -Infinity, Number.NaN,
    ];
    const cases: Array<[bigint, number, number]> = [];
    for (const n of ints) {
      const near = Number(n);
      for (const b of [...bounds, near, near + 1024, near - 1024]) cases.push([n, b, b]);
      cases.push([n, near, near + 2048], [n, near - 2048, near]);
    }
    // Exact: n >= b and n <= b for an integer n and a double b, by big-integer floor/ceil.
    const geq = (n: bigint, b: number) => (Number.isNaN(b) ? false : b === -Infinity ? true : b === Infinity ? false : n >= BigInt(Math.ceil(b)));
    const leq = (n: bigint, b: number) => (Number.isNaN(b) ? false : b === Infinity ? true : b === -Infinity ? false : n <= BigInt(Math.floor(b)));
    const lit = (n: bigint) => (n < 0n ? `(${n})` : `${n}`);
    const program = `${ocamlPrelude([], ["range"])}\n${cases
      .map(([n, low, high]) => `let () = print_endline (string_of_bool (__pt_in_range_int ${ocamlFloat(low, true)} ${ocamlFloat(high, true)} ${lit(n)}))`)
      .join("\n")}\n`;
    const run = runProgram("ocaml", program);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd().split("\n")).toEqual(cases.map(([n, low, high]) => String(geq(n, low) && leq(n, high))));
  });
});

describe("OCaml sorted(...) and set(...) views", () => {
  it.skipIf(skip !== undefined)("sorted: the same items in any order, repeats counted; != is the negation", async () => {
    const source = pythonSuite(
      "f(x: int) -> List[int]",
      "assert sorted(candidate(1)) == [1, 2, 2]",
      "assert sorted(candidate(2)) == [1, 2, 2]",
      "assert sorted(candidate(3)) == [1, 2, 2]",
      "assert sorted(candidate(4)) != [1, 2]",
      "assert sorted(candidate(5)) != [1, 2]",
    );
    const { compiled, run } = await runSuite(
      source,
      "let f x = match x with 1 -> [2; 1; 2] | 2 -> [2; 1; 1] | 3 -> [2; 1] | 4 -> [1; 1; 2] | _ -> [2; 1]",
    );
    expect(errorsOf(compiled)).toEqual([]);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)"), lineOf(source, "candidate(3)"), lineOf(source, "candidate(5)")]);
  });

  it.skipIf(skip !== undefined)("sorted: floats pair off one to one under the tolerance, even where a greedy pairing would miss", async () => {
    // 1.0 is close to both actual items, 1.0000000018 only to 1.0000000009: a greedy pairing that
    // gives 1.0 the first close item leaves nothing for 1.0000000018, while Python's sorted pairs them.
    const source = pythonSuite(
      "f(x: int) -> List[float]",
      "assert sorted(candidate(1)) == [1.0, 1.0000000018]",
      "assert sorted(candidate(2)) == [1.0, 1.0000000018]",
    );
    const { run } = await runSuite(source, "let f x = if x = 1 then [1.0000000009; 0.9999999991] else [0.9999999991; 0.9999999991]");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
  });

  it.skipIf(skip !== undefined)("set: repeats in the result do not matter; a missing or an extra item fails", async () => {
    const source = pythonSuite(
      "f(x: int) -> List[str]",
      "assert set(candidate(1)) == {'a', 'b'}",
      "assert set(candidate(2)) == {'a', 'b'}",
      "assert set(candidate(3)) == {'a', 'b'}",
      "assert set(candidate(4)) != {'a'}",
    );
    const { run } = await runSuite(source, `let f x = match x with 1 -> ["b"; "a"; "b"] | 2 -> ["a"] | 3 -> ["a"; "b"; "c"] | _ -> ["a"; "a"]`);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)"), lineOf(source, "candidate(3)"), lineOf(source, "candidate(4)")]);
  });

  it.skipIf(skip !== undefined)("views of a Set or Tuple[T, ...] result (OCaml lists) and of an unannotated one", async () => {
    const setSource = pythonSuite("f(x: int) -> Set[int]", "assert sorted(candidate(1)) == [1, 3]", "assert set(candidate(1)) == {3, 1}", "assert candidate(1) == {1, 3}");
    const setRun = await runSuite(setSource, "let f _ = [3; 1]");
    expect(errorsOf(setRun.compiled)).toEqual([]);
    expect(setRun.run.stdout).toContain("polytest: 3 passed, 0 failed");

    const tupleSource = pythonSuite("f(x: int) -> Tuple[int, ...]", "assert sorted(candidate(1)) == [1, 3]", "assert set(candidate(1)) == {3, 1}");
    const tupleRun = await runSuite(tupleSource, "let f _ = [3; 1; 3]");
    expect(errorsOf(tupleRun.compiled)).toEqual([]);
    expect(failedLines(tupleRun.run.stdout)).toEqual([lineOf(tupleSource, "sorted")]);

    const untyped = ["def f(x):", "    pass", "", "", "assert sorted(f(1)) == [1, 2]", "assert set(f(2)) == {2}", "assert f(3) == [3]", ""].join("\n");
    const untypedRun = await runSuite(untyped, "let f x = if x = 1 then [2; 1] else [x]");
    expect(errorsOf(untypedRun.compiled)).toEqual([]);
    expect(untypedRun.run.stdout).toContain("polytest: 3 passed, 0 failed");
  });

  it("refuses a view of a fixed-arity tuple result, which is no OCaml list", async () => {
    const source = pythonSuite("f(x: int) -> Tuple[int, int]", "assert sorted(candidate(1)) == [1, 2]", "assert candidate(2) == (1, 2)");
    const compiled = await compileTests(source, "ocaml");
    expect(errorsOf(compiled).map((d) => [d.code, d.line])).toEqual([["refused/ocaml-view-result", lineOf(source, "sorted")]]);
    expect(compiled.assertions.compiled).toBe(1);
  });
});

describe("OCaml: a bool expected where the chosen result type is int", () => {
  it.skipIf(skip !== undefined)("compares == True / != False as Python does (1 and 0) where ints are the most, refuses `is False`", async () => {
    const source = [
      "def rearrange_bigger(n):",
      "    pass",
      "",
      "assert rearrange_bigger(12) == 21",
      "assert rearrange_bigger(13) == 31",
      "assert rearrange_bigger(14) == 41",
      "assert rearrange_bigger(15) == 51",
      "assert rearrange_bigger(16) == 61",
      "assert rearrange_bigger(17) == 71",
      "assert rearrange_bigger(10) == False",
      "assert rearrange_bigger(11) == False",
      "assert rearrange_bigger(3) == True",
      "assert rearrange_bigger(4) != False",
      "assert rearrange_bigger(7) is False",
      "",
    ].join("\n");
    const { compiled, run } = await runSuite(source, "let rearrange_bigger n = match n with 10 -> 0 | 11 -> 2 | 3 -> 1 | 4 -> 0 | n when n > 11 -> (n - 10) * 10 + 1 | _ -> 0");
    expect(errorsOf(compiled).map((d) => [d.code, d.line])).toEqual([["refused/ocaml-conflicting-type", lineOf(source, "is False")]]);
    expect(compiled.program).toContain("(__pt_eq_int 0)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "(11)"), lineOf(source, "(4)")]);
    expect(run.stdout).toContain("  expected: False\n  actual:   2");
  });

  it("keeps bools apart from ints where the bools are the most", async () => {
    const source = ["def f(n):", "    pass", "", "assert f(1) == True", "assert f(2) == False", "assert f(3) == 3", ""].join("\n");
    const compiled = await compileTests(source, "ocaml");
    expect(errorsOf(compiled).map((d) => [d.code, d.line])).toEqual([["refused/ocaml-conflicting-type", lineOf(source, "== 3")]]);
    expect(compiled.program).toContain("(__pt_eq_bool true)");
  });
});
