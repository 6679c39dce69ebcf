import { describe, expect, it } from "vitest";
import { parseTests } from "../../src/index.js";
import type { Value } from "../../src/index.js";

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

const errors = (diagnostics: readonly { severity: string; line: number; column: number; code: string; message: string }[]) =>
  diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.column, d.code, d.message]);

describe("for loops over constant tables are unrolled", () => {
  it("compiles HumanEval/44's range loop to six assertions, each naming its binding", async () => {
    const suite = await parseTests(
      [
        "def change_base(x: int, base: int):",
        "    pass",
        "def check(candidate):",
        "    assert candidate(8, 3) == \"22\"",
        "    for x in range(2, 8):",
        "        assert candidate(x, x + 1) == str(x)",
        "check(change_base)",
      ].join("\n"),
    );
    expect(suite.assertStatements).toBe(7);
    expect(errors(suite.diagnostics)).toEqual([]);
    const unrolled = suite.assertions.slice(1);
    expect(unrolled.map((a) => [a.call.args.map(plain), plain(a.expected)])).toEqual(
      [2, 3, 4, 5, 6, 7].map((x) => [[BigInt(x), BigInt(x + 1)], String(x)]),
    );
    expect(unrolled.map((a) => a.source)).toEqual([2, 3, 4, 5, 6, 7].map((x) => `assert candidate(x, x + 1) == str(x)  # x = ${x}`));
    expect(unrolled.map((a) => [a.span.startLine, a.span.startColumn])).toEqual(Array(6).fill([6, 9]));
  });

  it("unpacks tuples, nests loops, and reads enumerate, zip, range steps and subscripts", async () => {
    const suite = await parseTests(
      [
        "def f(a, b): return a",
        "for a, (b, c) in [(1, ('x', 2.5)), (2, ('y', -1.0))]:",
        "    assert f(a, b) == c",
        "for i in range(10, 0, -4):",
        "    for s in 'ab':",
        "        assert f(i, s * 2) == i // 4",
        "for i, row in enumerate([[1, 2], [3, 4]], start=1):",
        "    assert f(row[0], row[-1]) == i",
        "for q, want in zip(['a', 'b', 'c'], {'a': 1, 'b': 2}):",
        "    assert f(q, 0) == want",
        "for x in []:",
        "    assert f(x, x) == x",
      ].join("\n"),
    );
    expect(errors(suite.diagnostics)).toEqual([]);
    expect(suite.assertions.map((a) => [...a.call.args.map(plain), plain(a.expected)])).toEqual([
      [1n, "x", 2.5],
      [2n, "y", -1],
      [10n, "aa", 2n],
      [10n, "bb", 2n],
      [6n, "aa", 1n],
      [6n, "bb", 1n],
      [2n, "aa", 0n],
      [2n, "bb", 0n],
      [1n, 2n, 1n],
      [3n, 4n, 2n],
      ["a", 0n, "a"],
      ["b", 0n, "b"],
    ]);
    expect(suite.assertions.map((a) => a.source.split("  # ")[1])).toEqual([
      "a = 1, b = 'x', c = 2.5",
      "a = 2, b = 'y', c = -1.0",
      "i = 10, s = 'a'",
      "i = 10, s = 'b'",
      "i = 6, s = 'a'",
      "i = 6, s = 'b'",
      "i = 2, s = 'a'",
      "i = 2, s = 'b'",
      "i = 1, row = [1, 2]",
      "i = 2, row = [3, 4]",
      "q = 'a', want = 'a'",
      "q = 'b', want = 'b'",
    ]);
    // An empty table runs its assert zero times.
    expect(suite.assertStatements).toBe(12);
  });

  it("refuses loops it cannot unroll faithfully, once per assert inside, and compiles the rest", async () => {
    const suite = await parseTests(
      [
        "import random",
        "def f(x): return x",
        "def check(candidate):",
        "    for x in range(3):",
        "        y = x + 1",
        "        assert candidate(y) == y",
        "        assert candidate(x) == x",
        "    for x in {'a', 'b'}:",
        "        assert candidate(x) == x",
        "    for _ in range(3):",
        "        x = random.randint(0, 9)",
        "        assert candidate(x) == x",
        "    for a, b in [(1, 2), (3,)]:",
        "        assert candidate(a) == b",
        "    for x in range(10001):",
        "        assert candidate(x) == x",
        "    for x in [1, 2]:",
        "        assert candidate(x) == x",
        "    else:",
        "        pass",
        "    for x in [1, 2]:",
        "        assert candidate(x) == z",
        "    while True:",
        "        assert candidate(1) == 1",
        "    assert candidate(5) == 5",
        "check(f)",
      ].join("\n"),
    );
    expect(errors(suite.diagnostics)).toEqual([
      [6, 9, "assert/loop", "the loop body has an assignment at line 5; only loops whose bodies are asserts (or such loops) are unrolled (loop at line 4, column 5)"],
      [7, 9, "assert/loop", "the loop body has an assignment at line 5; only loops whose bodies are asserts (or such loops) are unrolled (loop at line 4, column 5)"],
      [9, 9, "assert/loop", "iterating a set: Python's order depends on hashing (loop at line 8, column 14)"],
      [12, 9, "assert/loop", "the loop body has an assignment at line 11; only loops whose bodies are asserts (or such loops) are unrolled (loop at line 10, column 5)"],
      [14, 9, "assert/loop", "cannot unpack 1 values into 'a, b' (ValueError) (loop at line 13, column 9)"],
      [16, 9, "assert/loop-too-long", "range() of 10001 items unrolls to more than 10000 assertions (loop at line 15, column 14)"],
      [18, 9, "assert/loop", "a for loop with an else clause is not unrolled (loop at line 17, column 5)"],
      [22, 32, "literal/unsupported", "'z' is a name, not a literal value (with x = 1)"],
      [22, 32, "literal/unsupported", "'z' is a name, not a literal value (with x = 2)"],
      [24, 9, "assert/control-flow", "assert inside a while loop is not supported yet"],
    ]);
    expect(suite.assertions.map((a) => a.span.startLine)).toEqual([25]);
    // Refused loops count their asserts once; the loop over two items whose assert is refused, twice.
    expect(suite.assertStatements).toBe(11);
  });

  it("caps the assertions one loop unrolls to", async () => {
    const suite = await parseTests("def f(x): return x\nfor a in range(200):\n    for b in range(60):\n        assert f(a) == a\n");
    expect(suite.assertions).toHaveLength(0);
    expect(errors(suite.diagnostics)).toEqual([
      [4, 9, "assert/loop-too-long", "the loop unrolls to more than 10000 assertions (loop at line 3, column 5)"],
    ]);
  });
});

describe("identity with a loop variable bound to a singleton", () => {
  it("reads 'is want' as 'is True/False/None' per unrolled instance, and refuses other bindings", async () => {
    const suite = await parseTests(
      [
        "def f(x: int):",
        "    pass",
        "def check(candidate):",
        "    for x, want in [(1, True), (2, False), (3, None)]:",
        "        assert candidate(x) is want",
        "    for x, want in [(4, 4)]:",
        "        assert candidate(x) is not want",
        "check(f)",
      ].join("\n"),
    );
    expect(suite.assertions.map((a) => [a.kind, plain(a.expected), a.identity])).toEqual([
      ["equal", true, true],
      ["equal", false, true],
      ["isNone", undefined, undefined],
    ]);
    expect(errors(suite.diagnostics).map(([line, , code]) => [line, code])).toEqual([[7, "assert/identity"]]);
  });
});
