/**
 * Constant folding of pure builtins and operators, checked against CPython's own evaluation of
 * the same expressions (skipped with a message where python3 is absent), and refusals.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseTests, type Value } from "../../src/index.js";
import { toPythonLiteral } from "../../src/ir/python-literal.js";

const PYTHON_PRESENT = spawnSync("python3", ["-c", "pass"]).status === 0;
if (!PYTHON_PRESENT) console.warn("skipping the CPython folding cross-check: python3 is not installed (apt-get install python3)");

const EXPRESSIONS = [
  "float('inf')",
  "-float('nan')",
  "float('1e3')",
  "float(' -2.5 ')",
  "2**31",
  "'a' * 3",
  "[0] * 5",
  "3 * [1]",
  "len('abc')",
  "'ab' + 'cd'",
  "3 * 19 * 3 * 19",
  "0**0",
  "-0",
  "-0.0",
  "str(5)",
  "str(2.5)",
  "str(1e22)",
  "str(True)",
  "abs(-3)",
  "abs(-2.5)",
  "tuple([1, 2])",
  "set([1, 2, 1])",
  "sorted([3, 1, 2])",
  "sorted('banana')",
  "sorted([(2, 'a'), (1, 'b')])",
  "list('abc')",
  "int('7')",
  "int(' -1_000 ')",
  "int(-2.7)",
  "max([1, 5, 3])",
  "min(4, 2, 8)",
  "max([1, 1.0])",
  "sum([1, 2, 3])",
  "sum([])",
  "-7 // 2",
  "-7 % 3",
  "7 % -3",
  "-7.5 // 2",
  "-7.5 % 2",
  "7.5 % -2",
  "5.0 // 0.1",
  "1e300 % 3.0",
  "-0.0 % 5",
  "1 / 3",
  "2**64 - 1",
  "round(2.675, 2)",
  "round(0.5)",
  "round(-1.5)",
  "round(1e16 + 2, 3)",
  "(1, 2) + (3,)",
  "[[1, 2], [3]][0][-1]",
  "'hello'[1]",
  "{'a': 1}['a']",
  "~5",
  "[x * 2 for x in range(5) if x != 3]",
  "{x % 3 for x in range(10)}",
  "{k: v for k, v in [(1, 'a'), (1, 'b'), (2, 'c')]}",
  "sum(i ** 2 for i in range(-99, 100, 2) if i % 2 != 0 and i > 0)",
  "[(i, j) for i in range(3) for j in range(i)]",
  "sorted(c for c in 'banana' if c not in 'n')",
  "1 < 2 <= 2",
  "1 < 3 < 2",
  "'a' in 'cat'",
  "3 not in [1, 2]",
  "0 or 'x'",
  "1 and []",
  "'y' if 0 else 'n'",
  "not []",
  "[1, 2] < [1, 2, 0]",
  "(1, 'b') >= (1, 'a')",
];

describe.skipIf(!PYTHON_PRESENT)("constant folding agrees with CPython", () => {
  it(`on ${EXPRESSIONS.length} expressions`, async () => {
    const suite = await parseTests(EXPRESSIONS.map((e) => `assert f(${e}) == 0`).join("\n"));
    expect(suite.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const ours = suite.assertions.map((a) => show(a.call.args[0]!));
    const script = "import sys, json\nprint(json.dumps([repr(eval(e)) for e in json.loads(sys.stdin.read())]))";
    const run = spawnSync("python3", ["-c", script], { input: JSON.stringify(EXPRESSIONS), encoding: "utf8" });
    expect(run.stderr).toBe("");
    const theirs = JSON.parse(run.stdout) as string[];
    expect(EXPRESSIONS.map((e, i) => `${e} -> ${ours[i]}`)).toEqual(EXPRESSIONS.map((e, i) => `${e} -> ${theirs[i]}`));
  });
});

/** Python's repr (toPythonLiteral spells inf and nan so they read back as Python). */
function show(value: Value): string {
  return toPythonLiteral(value).replace(/float\('(-?)(inf|nan)'\)/g, "$1$2");
}

describe("folding refuses what it cannot reproduce", () => {
  it("names the reason", async () => {
    const suite = await parseTests(
      ["assert f(2.0 ** 0.5) == 0", "assert f([x for x in y]) == 0", "assert f(1 < 'a') == 0", "assert f(sum([0.1, 0.2])) == 0", "assert f(int('1__0')) == 0", "assert f(max([])) == 0", "assert f(1 // 0) == 0", "assert f(sorted([1, 'a'])) == 0"].join("\n"),
    );
    expect(suite.diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.code, d.message])).toEqual([
      [1, "literal/unsupported", "float '**' is not folded (JavaScript cannot reproduce Python's result exactly)"],
      [2, "literal/unsupported", "'y' is a name, not a literal value"],
      [3, "literal/raises", "TypeError: '<' not supported between instances of 'int' and 'str'"],
      [4, "literal/unsupported", "sum() of floats is not folded: Python 3.12 changed its rounding"],
      [5, "literal/unsupported", "int() of this str is not folded"],
      [6, "literal/raises", "max() of an empty sequence raises ValueError"],
      [7, "literal/raises", "integer division by zero raises ZeroDivisionError"],
      [8, "literal/raises", "sorted() raises TypeError: '<' not supported between instances of 'str' and 'int'"],
    ]);
  });
});
