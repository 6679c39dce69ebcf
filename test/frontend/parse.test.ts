import { describe, expect, it } from "vitest";
import { parseTests } from "../../src/index.js";
import type { Suite, Value } from "../../src/index.js";

/** Values without spans, ints as bigint, for compact expectations. */
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

const errors = (suite: Suite) => suite.diagnostics.filter((d) => d.severity === "error");

describe("front end: suite shapes", () => {
  it("reads a MultiPL-E file: signature, check(candidate), entry point from check(name)", async () => {
    const suite = await parseTests(
      [
        "from typing import List, Optional",
        "def helper(x): return x",
        "def longest(strings: List[str], k: int = 2) -> Optional[str]:",
        '    """doc"""',
        "    assert len(strings) >= 0",
        "    return None",
        "def check(candidate):",
        "    assert candidate([]) == None",
        "    assert candidate(['x', 'yy'], k=1) == 'yy'",
        "def test_check():",
        "    check(longest)",
      ].join("\n"),
    );
    expect(suite.entryPoint).toBe("longest");
    expect(suite.signature.params.map((p) => [p.name, p.type.kind, p.annotated])).toEqual([
      ["strings", "list", true],
      ["k", "int", true],
    ]);
    expect(suite.signature.returns).toEqual({ kind: "optional", inner: { kind: "str" } });
    expect(suite.assertStatements).toBe(2);
    expect(suite.assertions.map((a) => a.call.args.map(plain))).toEqual([
      [{ list: [] }, 2n],
      [{ list: ["x", "yy"] }, 1n],
    ]);
    expect(suite.assertions[0]!.span).toMatchObject({ startLine: 8, startColumn: 5 });
    expect(errors(suite)).toEqual([]);
  });

  it("takes the entry point from the harness's check(f), not from a solution's own helper named check", async () => {
    const suite = await parseTests(
      "def match_parens(lst):\n    def check(s):\n        return True\n    S1 = lst[0]\n    return 'Yes' if check(S1) else 'No'\n\ndef check(candidate):\n    assert candidate(['()']) == 'Yes'\n\ndef test_check():\n    check(match_parens)\n",
    );
    expect(suite.entryPoint).toBe("match_parens");
    expect(suite.assertions).toHaveLength(1);
  });

  it("reads MBPP bare asserts without a def and names positional parameters", async () => {
    const suite = await parseTests("assert remove_Occ('hello','l') == 'heo'\nassert remove_Occ('abcda','a') == 'bcd'\n");
    expect(suite.entryPoint).toBe("remove_Occ");
    expect(suite.signature.params.map((p) => p.name)).toEqual(["arg0", "arg1"]);
    expect(suite.assertions).toHaveLength(2);
    expect(plain(suite.assertions[1]!.expected)).toBe("bcd");
  });

  it("classifies every supported assertion shape", async () => {
    const suite = await parseTests(
      [
        "import math",
        "def f(x: float) -> float: return x",
        "assert f(1) == 1",
        "assert f(1) != 2",
        "assert 3 == f(3)",
        "assert f(0) is None",
        "assert f(0) is not None",
        "assert f(1) is True",
        "assert f(1) is not False",
        "assert f(1)",
        "assert not f(0)",
        "assert (f(2) == 2), 'message'",
        "assert abs(f(2) - 2.0) < 1e-6",
        "assert abs(2.0 - f(2)) <= 1e-6",
        "assert 1e-3 > math.fabs(f(2) - 2)",
        "assert math.isclose(f(2), 2.0, rel_tol=1e-3)",
        "assert True",
      ].join("\n"),
    );
    expect(suite.assertions.map((a) => a.kind)).toEqual([
      "equal", "notEqual", "equal", "isNone", "isNotNone", "equal", "notEqual", "truthy", "falsy", "equal", "equal", "equal", "equal", "equal",
    ]);
    expect(suite.assertions.map((a) => a.tolerance)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      { kind: "absdiff", epsilon: 1e-6, inclusive: false },
      { kind: "absdiff", epsilon: 1e-6, inclusive: true },
      { kind: "absdiff", epsilon: 1e-3, inclusive: false },
      { kind: "isclose", relative: 1e-3, absolute: 0 },
    ]);
    expect(plain(suite.assertions[2]!.expected)).toBe(3n);
    expect(suite.assertStatements).toBe(15);
    expect(suite.diagnostics.filter((d) => d.code === "assert/placeholder")).toHaveLength(1);
  });

  it("folds constant expressions with Python's results", async () => {
    const suite = await parseTests(
      [
        "def f(x): return x",
        "assert f(2**64) == 18446744073709551616",
        "assert f(-7 // 2) == -7 % 2 - 5",
        "assert f('ab' * 3) == 'ab' 'abab'",
        "assert f([0] * 3) == [0, 0, 0]",
        "assert f(len('h\\u00e9\\U0001F600')) == 3",
        "assert f(float('inf')) == -float('-inf')",
        "assert f(1/3) == 0.3333333333333333",
        "assert f({1: 'a', 1.0: 'b', True: 'c'}) == {1: 'c'}",
        "assert f({1, 1.0, True, 2}) == {1, 2}",
        "assert f(set()) == set([])",
        "assert f(math.pi) == 3.141592653589793",
      ].join("\n"),
    );
    expect(errors(suite)).toEqual([]);
    expect(suite.assertions.map((a) => [plain(a.call.args[0]), plain(a.expected)])).toEqual([
      [18446744073709551616n, 18446744073709551616n],
      [-4n, -4n],
      ["ababab", "ababab"],
      [{ list: [0n, 0n, 0n] }, { list: [0n, 0n, 0n] }],
      [3n, 3n],
      [Infinity, Infinity],
      [1 / 3, 0.3333333333333333],
      [{ dict: [[1n, "c"]] }, { dict: [[1n, "c"]] }],
      [{ set: [1n, 2n] }, { set: [1n, 2n] }],
      [{ set: [] }, { set: [] }],
      [Math.PI, 3.141592653589793],
    ]);
  });
});

describe("front end: refusals are located and the rest compiles", () => {
  it("refuses unsupported asserts one by one with line and column", async () => {
    const suite = await parseTests(
      [
        "def f(x): return x",
        "def check(candidate):",
        "    assert candidate(1) == 1",
        "    x = 5",
        "    assert candidate(x) == 5",
        "    for i in range(3):",
        "        assert candidate(i) == i",
        "    assert candidate(b'x') == b'x'",
        "    assert 1 < candidate(2) < 3",
        "    assert candidate(1) is candidate(1)",
        "    assert candidate(2.0 ** 0.5) == 1.4142135623730951",
        "    assert candidate(1j) == 1j",
        "    assert candidate(2) == 2",
        "check(f)",
      ].join("\n"),
    );
    // The loop is unrolled (see loops.test.ts).
    expect(suite.assertions.map((a) => a.span.startLine)).toEqual([3, 7, 7, 7, 13]);
    expect(errors(suite).map((d) => [d.line, d.column, d.code])).toEqual([
      [5, 22, "literal/unsupported"],
      [8, 22, "literal/bytes"],
      [9, 12, "assert/chained-comparison"],
      [10, 28, "assert/identity"],
      [11, 22, "literal/unsupported"],
      [12, 22, "literal/complex"],
    ]);
  });

  it("reports syntax errors, empty input, invalid UTF-8 and missing asserts without throwing", async () => {
    const syntax = await parseTests("def f(x):\n    return (x\nassert f(1) == 1\n");
    expect(errors(syntax).some((d) => d.code.startsWith("syntax/") && d.line >= 1)).toBe(true);

    const empty = await parseTests("   \n");
    expect(errors(empty).map((d) => d.code)).toEqual(["input/empty"]);

    const bytes = new Uint8Array([...Buffer.from("assert f(1) == 1\nassert f('"), 0xff, ...Buffer.from("') == 2\n")]);
    const invalid = await parseTests(bytes);
    expect(errors(invalid).map((d) => [d.code, d.line, d.column])).toEqual([["input/invalid-utf8", 2, 11]]);

    const none = await parseTests("def f(x):\n    return x\n");
    expect(errors(none).map((d) => d.code)).toEqual(["suite/no-assertions"]);
  });

  it("handles a 10 MB input", async () => {
    const line = "assert f([1, 2, 3], 'abcdefghijklmnop') == [3, 2, 1]\n";
    const source = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const suite = await parseTests(source);
    expect(suite.assertions.length).toBe(suite.assertStatements);
    expect(suite.assertStatements).toBeGreaterThan(190_000);
  });

  it("reads backslash line continuations inside literals and comparisons as Python does", async () => {
    const suite = await parseTests(
      ["def f(xs: list) -> list:", "    return xs", "assert f([1, \\", "         2]) == \\", "    [1, \\", "2]", "assert f([3]) \\", "  == [-\\", "3] or True", ""].join("\n"),
    );
    expect(suite.assertions.map((a) => [a.span.startLine, plain(a.call.args[0]), plain(a.expected)])).toEqual([[3, { list: [1n, 2n] }, { list: [1n, 2n] }]]);
    // The second assert is `(f([3]) == [-3]) or True`: not a comparison of the call, refused.
    expect(errors(suite).map((d) => [d.line, d.code])).toEqual([[7, "assert/shape"]]);
  });
});
