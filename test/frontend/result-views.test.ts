import { describe, expect, it } from "vitest";
import { parseTests, showType } from "../../src/index.js";
import type { Assertion, Value } from "../../src/index.js";
import { checkSuite } from "../../src/typecheck/check.js";

function plain(value: Value | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case "list":
    case "tuple":
    case "set":
      return { [value.kind]: value.items.map(plain) };
    case "dict":
      return { dict: value.entries.map((e) => [plain(e.key), plain(e.value)]) };
    case "none":
      return null;
    default:
      return value.value;
  }
}

const shape = (a: Assertion) => ({
  kind: a.kind,
  expected: plain(a.expected),
  ...(a.identity !== undefined ? { identity: a.identity } : {}),
  ...(a.view ? { view: a.view } : {}),
  ...(a.converted ? { converted: a.converted } : {}),
  ...(a.range ? { range: [plain(a.range.low), plain(a.range.high)] } : {}),
});

const errorsOf = async (source: string) =>
  (await parseTests(source)).diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.column, d.code, d.message]);

describe("identity with True and False", () => {
  it("flags `is True`, `is False`, `is not ...` and `True is x`, but not `== True`", async () => {
    const suite = await parseTests(
      ["def f(x): return x", "assert f(1) is True", "assert f(1) is False", "assert f(1) is not True", "assert f(1) is not False", "assert True is f(1)", "assert f(1) == True", "assert f(1) != False"].join("\n"),
    );
    expect(suite.assertions.map(shape)).toEqual([
      { kind: "equal", expected: true, identity: true },
      { kind: "equal", expected: false, identity: true },
      { kind: "notEqual", expected: true, identity: true },
      { kind: "notEqual", expected: false, identity: true },
      { kind: "equal", expected: true, identity: true },
      { kind: "equal", expected: true },
      { kind: "notEqual", expected: false },
    ]);
  });
});

describe("set(...) and sorted(...) views", () => {
  it("reads set(f(x)) == {...} on either side, set([...]) folded, and !=", async () => {
    const suite = await parseTests(
      ["def f(x): return x", "assert set(f(1)) == {3, 1, 3}", "assert {1} == set(f(2))", "assert set(f(3)) == set([2, 2])", "assert set(f(4)) != set()"].join("\n"),
    );
    expect(suite.assertions.map(shape)).toEqual([
      { kind: "equal", expected: { set: [3n, 1n] }, view: "set" },
      { kind: "equal", expected: { set: [1n] }, view: "set" },
      { kind: "equal", expected: { set: [2n] }, view: "set" },
      { kind: "notEqual", expected: { set: [] }, view: "set" },
    ]);
    expect(suite.assertions.map((a) => a.call.args.map(plain))).toEqual([[1n], [2n], [3n], [4n]]);
  });

  it("reads sorted(f(x)) == [...] and == sorted([...]) folded with Python's order", async () => {
    const suite = await parseTests(
      [
        "def f(x): return x",
        "assert sorted(f(1)) == [1, 2.5, 3]",
        "assert sorted(f(2)) == sorted(['b', 'a', 'B'])",
        "assert sorted(f(3)) == sorted([(2, 'a'), (1, 'z'), (1, 'b')])",
        "assert sorted(f(4)) == [1, 1.0, True]",
      ].join("\n"),
    );
    expect(suite.assertions.map(shape)).toEqual([
      { kind: "equal", expected: { list: [1n, 2.5, 3n] }, view: "sorted" },
      { kind: "equal", expected: { list: ["B", "a", "b"] }, view: "sorted" },
      { kind: "equal", expected: { list: [{ tuple: [1n, "b"] }, { tuple: [1n, "z"] }, { tuple: [2n, "a"] }] }, view: "sorted" },
      { kind: "equal", expected: { list: [1n, 1, true] }, view: "sorted" },
    ]);
  });

  it("refuses what Python could never satisfy, or could not sort, with the reason", async () => {
    expect(
      await errorsOf(
        [
          "def f(x): return x",
          "assert sorted(f(1)) == [2, 1]",
          "assert sorted(f(1)) != [2, 1]",
          "assert sorted(f(1)) == [1, 'a']",
          "assert sorted(f(1)) == (1, 2)",
          "assert set(f(1)) == [1, 2]",
          "assert sorted(f(1), reverse=True) == [2, 1]",
          "assert sorted(f(1)) == [float('nan')]",
          "assert sorted(f(1)) == sorted([1, None])",
        ].join("\n"),
      ),
    ).toEqual([
      [2, 8, "assert/view", "the expected list is not in ascending order, and sorted(...) always is: the assert can never hold"],
      [3, 8, "assert/view", "the expected list is not in ascending order, and sorted(...) always is: the assert always holds"],
      [4, 8, "assert/view", "the expected items cannot be sorted in Python ('<' not supported between instances of 'str' and 'int')"],
      [5, 8, "assert/view", "sorted(...) is a list and tuple is not: the assert can never hold"],
      [6, 8, "assert/view", "set(...) is a set and list is not: the assert can never hold"],
      [7, 8, "assert/view", "sorted(...) with more than the result (reverse) is not supported"],
      [8, 8, "assert/view", "a nan in a sorted(...) comparison: Python's order then depends on the input order"],
      [9, 24, "literal/raises", "sorted() raises TypeError: '<' not supported between instances of 'NoneType' and 'int'"],
    ]);
  });
});

describe("list(...) and tuple(...) conversions", () => {
  it("marks the conversion and refuses a comparison with the other sequence kind", async () => {
    const suite = await parseTests(
      ["def f(x): return x", "assert tuple(f(1)) == (1, 2)", "assert [3] == list(f(2))", "assert tuple(f(3)) == [1]"].join("\n"),
    );
    expect(suite.assertions.map(shape)).toEqual([
      { kind: "equal", expected: { tuple: [1n, 2n] }, converted: "tuple" },
      { kind: "equal", expected: { list: [3n] }, converted: "list" },
    ]);
    expect(suite.diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.message])).toEqual([
      [4, "tuple(...) is a tuple and list is not: the assert can never hold"],
    ]);
  });

  it("types the expected value as the result's own sequence kind: annotation first, else a list", async () => {
    const annotatedList = checkSuite(await parseTests("from typing import List\ndef f(x) -> List[int]: pass\nassert tuple(f(1)) == (1, 2)\n"));
    expect(plain(annotatedList.assertions[0]!.expected)).toEqual({ list: [1n, 2n] });
    const annotatedTuple = checkSuite(await parseTests("def f(x) -> tuple[int, ...]: pass\nassert list(f(1)) == [1, 2]\n"));
    expect(plain(annotatedTuple.assertions[0]!.expected)).toEqual({ tuple: [1n, 2n] });
    const untyped = checkSuite(await parseTests("assert tuple(f(1)) == (1, 2)\nassert f(2) == [3]\n"));
    expect(untyped.assertions.map((a) => plain(a.expected))).toEqual([{ list: [1n, 2n] }, { list: [3n] }]);
    expect(showType(untyped.signature.returns)).toBe("list[int]");
    const notSequence = checkSuite(await parseTests("def f(x) -> str: pass\nassert list(f(1)) == ['a']\n"));
    expect(notSequence.diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.code, d.message])).toEqual([
      [2, "type/view", "list(...) of the result is supported only when the result is a list or tuple, not str"],
    ]);
  });
});

describe("typing with views", () => {
  it("infers an unannotated result as a list from set/sorted views and checks the viewed type", async () => {
    const suite = checkSuite(await parseTests("assert set(f(1)) == {1, 2}\nassert sorted(f(2)) == [1.5, 2]\n"));
    expect(showType(suite.signature.returns)).toBe("list[float]");
    expect(suite.assertions.map((a) => [a.view, plain(a.expected)])).toEqual([
      ["set", { set: [1n, 2n] }],
      ["sorted", { list: [1.5, 2n] }],
    ]);
  });

  it("widens against the viewed annotation and refuses a misfit or a non-collection result", async () => {
    const suite = checkSuite(
      await parseTests(
        "from typing import List, Set\ndef f(x) -> List[float]: pass\ndef g(x) -> int: pass\nassert set(f(1)) == {1, 2.5}\nassert sorted(f(1)) == ['a']\n",
        { entryPoint: "f" },
      ),
    );
    expect(suite.assertions.map((a) => a.expected)).toMatchObject([{ kind: "set", items: [{ kind: "float", value: 1, widenedFromInt: true }, { kind: "float", value: 2.5 }] }]);
    expect(suite.diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.code, d.message])).toEqual([
      [5, "type/mismatch", "expected value list[str] does not fit the type list[float] declared at line 2, column 13"],
    ]);
    const scalar = checkSuite(await parseTests("def g(x) -> int: pass\nassert set(g(1)) == {1}\nassert round(g(1), 2) == 1.5\n"));
    expect(scalar.diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.code, d.message])).toEqual([
      [2, "type/view", "set(...) of the result is supported only when the result is a list, tuple or set, not int"],
    ]);
    const text = checkSuite(await parseTests("def g(x) -> str: pass\nassert round(g(1), 2) == 1.5\n"));
    expect(text.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([
      "round(...) needs a number result, but the result is str",
    ]);
  });
});

describe("round(...) == y as an exact range", () => {
  it("computes the inclusive bounds of the doubles Python rounds to y", async () => {
    const suite = await parseTests(
      [
        "def f(x): return x",
        "assert round(f(1), 2) == 2.68",
        "assert round(f(1)) == 3",
        "assert round(f(1)) == 2.0",
        "assert round(f(1), 1) == 0.1",
        "assert 0 == round(f(1), ndigits=2)",
        "assert round(f(1), 2) == float('inf')",
      ].join("\n"),
    );
    expect(suite.assertions.map(shape)).toEqual([
      { kind: "inRange", expected: undefined, range: [2.6750000000000003, 2.6849999999999996] },
      { kind: "inRange", expected: undefined, range: [2.5000000000000004, 3.4999999999999996] },
      { kind: "inRange", expected: undefined, range: [1.5, 2.5] },
      { kind: "inRange", expected: undefined, range: [0.05, 0.15] },
      { kind: "inRange", expected: undefined, range: [-0.004999999999999999, 0.004999999999999999] },
      { kind: "inRange", expected: undefined, range: [Infinity, Infinity] },
    ]);
    expect(suite.assertions[0]!.range!.low).toMatchObject({ kind: "float", text: "2.6750000000000003" });
  });

  it("refuses targets no double rounds to, and shapes it cannot express", async () => {
    expect(
      await errorsOf(
        [
          "def f(x): return x",
          "assert round(f(1), 1) == 0.15",
          "assert round(f(1)) == 2.5",
          "assert round(f(1), -1) == 10",
          "assert round(f(1), 2) != 1.5",
          "assert round(f(1), 2) == 'a'",
          "assert round(f(1), 2) == float('nan')",
          "assert round(f(1)) == float('inf')",
          "assert round(f(1), 0) == 2**60 + 1",
        ].join("\n"),
      ),
    ).toEqual([
      [2, 8, "assert/round", "no float x has round(x, 1) == 0.15, so the assert can never hold"],
      [3, 8, "assert/round", "no float x has round(x) == 2.5, so the assert can never hold"],
      [4, 20, "assert/round", "round's ndigits must be a non-negative int literal, not '-1'"],
      [5, 8, "assert/round", "round(...) != y is not supported (only ==)"],
      [6, 26, "assert/round", "round(...) is compared with a str; only an int or float literal is supported"],
      [7, 8, "assert/round", "nan equals nothing, so round(...) == nan never holds"],
      [8, 8, "assert/round", "round(x) of an infinity raises OverflowError, so it never equals inf"],
      [9, 8, "assert/round", "1152921504606846977 is not exactly a float, so no rounded float equals it"],
    ]);
  });

  it("folds round() of literals with the same exact rounding", async () => {
    const suite = await parseTests("def f(x): return x\nassert f(round(2.675, 2)) == round(0.5) + round(1.5) + round(2.5, 0)\n");
    expect(plain(suite.assertions[0]!.call.args[0])).toBe(2.67);
    expect(plain(suite.assertions[0]!.expected)).toBe(4);
  });
});
