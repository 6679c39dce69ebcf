/**
 * The R backend: entry-point names, refusals (code and line), value spelling (exact doubles, strings
 * that do not depend on the locale, names), and the equality, truthiness and report rules executed
 * in the real `Rscript`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hexLiteral, rDoubleLiteral, rReadsDecimal } from "../../src/backends/r/float-literal.js";
import { rBackend } from "../../src/backends/r/index.js";
import { isSyntacticName, rName } from "../../src/backends/r/names.js";
import { rStringLiteral } from "../../src/backends/r/strings.js";
import { writeValue } from "../../src/backends/r/values.js";
import { constructorsFor } from "../../src/backends/r/names.js";
import { type CompileOptions, compileTests } from "../../src/index.js";
import { NO_SPAN } from "../../src/ir/span.js";
import { ANY, BOOL, FLOAT, INT, STR, type Type, dictOf, listOf, optionalOf, setOf, tupleOf } from "../../src/ir/types.js";
import type { Value } from "../../src/ir/values.js";
import { skipReason } from "../support/interpreters.js";
import { compileAndRun, failedLines, lineOf, pythonSuite } from "../support/backend-suites.js";

const skip = skipReason("r");

const compile = (source: string, options: CompileOptions = {}) => compileTests(source, "r", options);

const runSuite = (source: string, candidate: string, options: CompileOptions = {}) =>
  compileAndRun("r", source, candidate, options);

function summary(stdout: string): string | undefined {
  return stdout.trimEnd().split("\n").at(-1);
}

/** The `actual:` / `error:` line reported for a Python line. */
function reported(stdout: string, line: number, prefix: "actual" | "error"): string | undefined {
  const lines = stdout.split("\n");
  const at = lines.findIndex((l) => l.startsWith(`FAIL line ${line}: `));
  if (at < 0) return undefined;
  const detail = lines.slice(at + 1, at + 3).find((l) => l.startsWith(`  ${prefix}:`));
  return detail?.replace(/^ {2}\w+: +/, "");
}

const v = {
  int: (n: number | bigint): Value => ({ kind: "int", value: BigInt(n), span: NO_SPAN }),
  float: (x: number): Value => ({ kind: "float", value: x, text: String(x), span: NO_SPAN }),
  bool: (b: boolean): Value => ({ kind: "bool", value: b, span: NO_SPAN }),
  str: (s: string): Value => ({ kind: "str", value: s, span: NO_SPAN }),
  none: (): Value => ({ kind: "none", span: NO_SPAN }),
  list: (...items: Value[]): Value => ({ kind: "list", items, span: NO_SPAN }),
  set: (...items: Value[]): Value => ({ kind: "set", items, span: NO_SPAN }),
  tuple: (...items: Value[]): Value => ({ kind: "tuple", items, span: NO_SPAN }),
  dict: (...entries: [Value, Value][]): Value => ({ kind: "dict", entries: entries.map(([key, value]) => ({ key, value })), span: NO_SPAN }),
};

const write = (value: Value, type: Type) => writeValue(value, type, constructorsFor("f"));

describe("entry-point names", () => {
  it("keeps the Python name and backquotes names R cannot write bare", () => {
    for (const name of ["_sum", "repeat", "function", "NULL", "TRUE", "Inf", "NA", "NA_integer_", "in", "_", "__x"]) {
      expect(rBackend.entryPointName(name)).toBe(name);
      expect(isSyntacticName(name)).toBe(false);
      expect(rName(name)).toBe("`" + name + "`");
    }
    for (const name of ["add", "is_even", "f2", "x.y", "T", "F", "mean", "repeat_it"]) {
      expect(rBackend.entryPointName(name)).toBe(name);
      expect(rName(name)).toBe(name);
    }
  });

  it("calls a backquoted entry point and reports the name unchanged", async () => {
    const source = pythonSuite("_sum(xs: List[int]) -> int", "assert candidate([1, 2]) == 3", "assert candidate([]) == 0");
    const { compiled, run } = await runSuite(source, "`_sum` <- function(xs) sum(xs)");
    expect(compiled.entryPoint).toBe("_sum");
    expect(compiled.program).toContain("`_sum`(c(1, 2))");
    if (skip) return;
    expect(run.stdout).toContain("polytest: 2 passed, 0 failed");
    expect(run.exitCode).toBe(0);
  });

  it.skipIf(skip !== undefined)("calls an entry point named like an R reserved word", async () => {
    const source = pythonSuite("repeat(s: str, n: int) -> str", "assert candidate('ab', 2) == 'abab'");
    const { compiled, run } = await runSuite(source, "`repeat` <- function(s, n) strrep(s, n)");
    expect(compiled.entryPoint).toBe("repeat");
    expect(compiled.program).toContain('`repeat`("ab", 2)');
    expect(run.stdout).toContain("polytest: 1 passed, 0 failed");
  });

  it.skipIf(skip !== undefined)("writes values with base:: constructors when the entry point shadows one", async () => {
    const source = pythonSuite("list(n: int) -> List[List[int]]", "assert candidate(2) == [[0, 1]]", "assert candidate(0) == []");
    const { compiled, run } = await runSuite(source, "list <- function(n) if (n == 0) NULL else base::list(base::seq_len(n) - 1L)");
    expect(compiled.program).toContain('list(2), base::list(c(0, 1)), base::list(k = "list", e = base::list(k = "list", e = base::list(k = "int")))');
    expect(run.stdout).toContain("polytest: 2 passed, 0 failed");
    const vectors = pythonSuite("c(n: int) -> List[int]", "assert candidate(2) == [0, 1]");
    const { compiled: cCompiled, run: cRun } = await runSuite(vectors, "c <- function(n) base::seq_len(n) - 1L");
    expect(cCompiled.program).toContain("c(2), base::c(0, 1), list(k");
    expect(cRun.stdout).toContain("polytest: 1 passed, 0 failed");
  });
});

describe("refusals", () => {
  it("refuses ints beyond 2^53 in magnitude, at their line, and keeps 2^53 itself", async () => {
    const source = pythonSuite(
      "add(a: int, b: int) -> int",
      "assert candidate(9007199254740991, 1) == 9007199254740992",
      "assert candidate(9007199254740992, 1) == 9007199254740993",
      "assert candidate(-9007199254740993, 0) == 0",
      "assert candidate(1, 2) == 3",
    );
    const compiled = await compile(source);
    const refusals = compiled.diagnostics.filter((d) => d.code === "refused/r-int-range");
    expect(refusals.map((d) => d.line)).toEqual([
      lineOf(source, "9007199254740992, 1)"),
      lineOf(source, "-9007199254740993"),
    ]);
    expect(refusals[0]!.message).toContain("2^53");
    expect(compiled.assertions).toEqual({ total: 4, compiled: 2 });
    expect(compiled.program).toContain("add(9007199254740991, 1), 9007199254740992");
  });

  it("refuses ints beyond 2^53 at float positions too (R would round them)", async () => {
    const source = pythonSuite("half(x: float) -> float", "assert candidate(18014398509481985) == 9007199254740992.5", "assert candidate(3) == 1.5");
    const compiled = await compile(source);
    expect(compiled.diagnostics.map((d) => [d.code, d.line])).toEqual([["refused/r-int-range", lineOf(source, "18014398509481985")]]);
  });

  it("refuses strings holding NUL, in arguments, expected values and dict keys", async () => {
    const source = pythonSuite(
      "echo(s: str) -> str",
      'assert candidate("a\\x00b") == "ok"',
      'assert candidate("ok") == "a\\0b"',
      'assert candidate("fine") == "fine"',
    );
    const compiled = await compile(source);
    expect(compiled.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["refused/r-nul-in-string", lineOf(source, "a\\x00b")],
      ["refused/r-nul-in-string", lineOf(source, "a\\0b")],
    ]);
    const keys = pythonSuite("keys(d: Dict[str, int]) -> int", 'assert candidate({"a\\x00": 1}) == 1', "assert candidate({}) == 0");
    const keyed = await compile(keys);
    expect(keyed.diagnostics.map((d) => d.code)).toEqual(["refused/r-nul-in-string"]);
  });

  it("refuses dict keys whose R names would collide or that are not str or int", async () => {
    const source = pythonSuite(
      "f(n: int) -> Dict[Union[int, str], int]",
      "assert candidate(1) == {1: 1}",
      "assert candidate(2) == {'a': 1}",
      "assert candidate(3) == {'1': 1}",
      "assert candidate(4) == {'a': 1, -2: 2}",
    );
    // Where the key type admits int and str, a name could be either: a dict is written only when no
    // name could be an int's (str keys that do not read as integers).
    const compiled = await compile(source);
    expect(compiled.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line])).toEqual([
      ["refused/r-dict-key-type", lineOf(source, "{1: 1}")],
      ["refused/r-dict-key-type", lineOf(source, "{'1': 1}")],
      ["refused/r-dict-key-type", lineOf(source, "{'a': 1, -2: 2}")],
    ]);
    expect(compiled.assertions.compiled).toBe(1);

    const untyped = pythonSuite("g(n)", "assert candidate(1) == {1: 'a', '1': 'b'}", "assert candidate(2) == {1.5: 'a'}", "assert candidate(3) == {True: 'a'}", "assert candidate(4) == {'x': 1}");
    const refused = await compile(untyped);
    expect(refused.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line])).toEqual([
      ["refused/r-dict-key-type", lineOf(untyped, "{1: 'a', '1': 'b'}")],
      ["refused/r-dict-key-type", lineOf(untyped, "{1.5: 'a'}")],
      ["refused/r-dict-key-type", lineOf(untyped, "{True: 'a'}")],
    ]);
    expect(refused.assertions.compiled).toBe(1);
  });

  it("refuses two int keys that would be one name, and keys beyond 2^53", () => {
    expect(() => write(v.dict([v.int(1), v.str("a")], [v.int(1), v.str("b")]), dictOf(INT, STR))).toThrow(/both be the R name "1"/);
    expect(() => write(v.dict([v.int(2n ** 60n), v.str("a")]), dictOf(INT, STR))).toThrow(/2\^53/);
  });

  it("refuses 'is None' on a container result that cannot be None (NULL is also its empty value)", async () => {
    const source = pythonSuite(
      "f(n: int) -> List[int]",
      "assert candidate(0) is None",
      "assert candidate(1) is not None",
      "assert candidate(2) == [2]",
    );
    const compiled = await compile(source);
    expect(compiled.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["refused/r-none-vs-empty", lineOf(source, "candidate(0) is None")],
      ["refused/r-none-vs-empty", lineOf(source, "candidate(1) is not None")],
    ]);
    const optional = pythonSuite("g(n: int) -> Optional[List[int]]", "assert candidate(0) is None");
    expect((await compile(optional)).diagnostics).toEqual([]);
  });
});

describe("unions", () => {
  it("refuses a result union whose members R writes alike (5 and [5] are both c(5))", async () => {
    const source = pythonSuite(
      "f(n: int) -> Union[int, List[int]]",
      "assert candidate(0) == 5",
      "assert candidate(1) == [5]",
      "assert candidate(2)",
      "assert candidate(3) is None",
    );
    const compiled = await compile(source);
    expect(compiled.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["refused/r-indistinct-union", lineOf(source, "candidate(0)")],
      ["refused/r-indistinct-union", lineOf(source, "candidate(1)")],
      ["refused/r-indistinct-union", lineOf(source, "candidate(2)")],
    ]);
    const sets = pythonSuite("g(n: int) -> Union[List[int], Set[int]]", "assert candidate(0) == [1, 2]");
    expect((await compile(sets)).diagnostics[0]!.code).toBe("refused/r-indistinct-union");
    // ints and floats compare by value in Python, so a union of them (and str) is fine.
    const numbers = pythonSuite("h(a: Union[int, float, str]) -> Union[int, float, str]", "assert candidate(1) == 2.5", "assert candidate('x') == '2,3'");
    expect((await compile(numbers)).diagnostics).toEqual([]);
  });

  it.skipIf(skip !== undefined)("compares a union R can tell apart by the member the expected value belongs to", async () => {
    const source = pythonSuite(
      "f(n: int) -> List[Union[int, str]]",
      "assert candidate(0) == [1, 'a']",
      "assert candidate(1) == [1, 'a']",
      "assert candidate(2) == ['1', 'a']",
    );
    const { compiled, run } = await runSuite(source, "f <- function(n) if (n == 0) list(1L, \"a\") else c(\"1\", \"a\")");
    expect(compiled.program).toContain('items = list(list(k = "int"), list(k = "str"))');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)")]);
  });
});

describe("value spelling", () => {
  it("writes ints as doubles, floats round-trip, inf and nan", () => {
    expect(write(v.int(5), INT)).toBe("5");
    expect(write(v.int(-5), INT)).toBe("-5");
    expect(write(v.float(0.1), FLOAT)).toBe("0.1");
    expect(write(v.float(1e-5), FLOAT)).toBe("1e-05");
    expect(write(v.float(-0), FLOAT)).toBe("-0.0");
    expect(write(v.float(Infinity), FLOAT)).toBe("Inf");
    expect(write(v.float(-Infinity), FLOAT)).toBe("-Inf");
    expect(write(v.float(NaN), FLOAT)).toBe("NaN");
    expect(write(v.bool(true), BOOL)).toBe("TRUE");
    expect(write(v.none(), optionalOf(INT))).toBe("NULL");
  });

  it("writes a double another way when R's parser would misread its shortest decimal", () => {
    // R accumulates in long double and rounds twice: 0.226507 is read one ulp off.
    expect(rReadsDecimal("0.226507")).not.toBe(0.226507);
    expect(rDoubleLiteral(0.226507)).toBe("(226507 / 1e6)");
    expect(rReadsDecimal("0.1")).toBe(0.1);
    expect(hexLiteral(3)).toBe("0x1.8p+1");
    expect(hexLiteral(5e-324)).toBe("0x0.0000000000001p-1022");
  });

  it("writes lists of atomic types as vectors, typed when empty, others as lists", () => {
    expect(write(v.list(v.int(1), v.int(2)), listOf(INT))).toBe("c(1, 2)");
    expect(write(v.list(), listOf(INT))).toBe("numeric(0)");
    expect(write(v.list(), listOf(STR))).toBe("character(0)");
    expect(write(v.list(), setOf(BOOL))).toBe("logical(0)");
    expect(write(v.list(), listOf(listOf(INT)))).toBe("list()");
    expect(write(v.list(v.int(1), v.none()), listOf(optionalOf(INT)))).toBe("list(1, NULL)");
    expect(write(v.list(v.int(1), v.str("a")), listOf(ANY))).toBe("list(1, \"a\")");
    expect(write(v.list(v.int(1), v.int(2)), listOf(ANY))).toBe("c(1, 2)");
    expect(write(v.tuple(v.int(1), v.float(2.5)), tupleOf(INT, FLOAT))).toBe("c(1, 2.5)");
    expect(write(v.tuple(v.int(1), v.str("a")), tupleOf(INT, STR))).toBe('list(1, "a")');
  });

  it("writes dicts as named lists, backquoting names that are not syntactic", () => {
    expect(write(v.dict(), dictOf(STR, INT))).toBe("list()");
    expect(write(v.dict([v.str("a"), v.int(1)], [v.str("if"), v.int(2)], [v.str("a b"), v.int(3)], [v.str("x`y\\"), v.int(4)]), dictOf(STR, INT))).toBe(
      "list(a = 1, `if` = 2, `a b` = 3, `x\\`y\\\\` = 4)",
    );
    expect(write(v.dict([v.int(1), v.str("a")], [v.int(-2), v.str("b")]), dictOf(INT, STR))).toBe('list(`1` = "a", `-2` = "b")');
    expect(write(v.dict([v.str(""), v.int(1)], [v.str("é"), v.int(2)]), dictOf(STR, INT))).toBe(
      'structure(list(1, 2), names = c("", "\\u00e9"))',
    );
  });

  it("keeps the program ASCII: controls and non-ASCII are \\u escapes", () => {
    expect(rStringLiteral('a"b\\c\n\t\x07')).toBe('"a\\"b\\\\c\\n\\t\\u0007"');
    expect(rStringLiteral("café ☃ 😀")).toBe('"caf\\u00e9 \\u2603 \\U{1f600}"');
  });
});

describe.skipIf(skip !== undefined)("equality in Rscript", () => {
  it("compares big ints exactly (100000000 vs 100000001 fails; all.equal would pass it)", async () => {
    const source = pythonSuite("f(n: int) -> int", "assert candidate(1) == 100000001", "assert candidate(2) == 100000000");
    const { run } = await runSuite(source, "f <- function(n) 100000000");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "100000001")]);
    expect(reported(run.stdout, lineOf(source, "100000001"), "actual")).toBe("100000000");
    expect(run.exitCode).toBe(1);
  });

  it("treats integer and double storage alike (5L equals 5)", async () => {
    const source = pythonSuite("f(n: int) -> int", "assert candidate(5) == 5", "assert candidate(6) != 5");
    const { run } = await runSuite(source, "f <- function(n) as.integer(n)");
    expect(run.stdout).toContain("polytest: 2 passed, 0 failed");
    expect(run.exitCode).toBe(0);
  });

  it("accepts c(), NULL, integer(0) and list() for an empty list that cannot be None", async () => {
    const source = pythonSuite("f(n: int) -> List[int]", "assert candidate(0) == []", "assert candidate(1) == []", "assert candidate(2) == []", "assert candidate(3) == []", "assert candidate(4) == []");
    const { run } = await runSuite(source, "f <- function(n) switch(n + 1, c(), numeric(0), integer(0), list(), c(0))");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(4)")]);
    expect(reported(run.stdout, lineOf(source, "candidate(4)"), "actual")).toBe("[0]");
  });

  it("lets a list equal a vector of the same items (list(1, 2) == c(1, 2))", async () => {
    const source = pythonSuite("f(n: int) -> List[int]", "assert candidate(0) == [1, 2]", "assert candidate(1) == [1, 2]", "assert candidate(2) == [1, 2]");
    const { run } = await runSuite(source, "f <- function(n) switch(n + 1, list(1, 2), c(1L, 2L), list(1, 3))");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
    expect(reported(run.stdout, lineOf(source, "candidate(2)"), "actual")).toBe("[1, 3]");
  });

  it("at an Optional position NULL equals only None, not an empty list", async () => {
    const source = pythonSuite(
      "f(n: int) -> Optional[List[int]]",
      "assert candidate(0) == []",
      "assert candidate(1) == None",
      "assert candidate(2) == []",
      "assert candidate(3) is None",
      "assert candidate(4) is not None",
    );
    const { run } = await runSuite(source, "f <- function(n) switch(n + 1, NULL, numeric(0), numeric(0), list(), NULL)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(0)"), lineOf(source, "candidate(1)"), lineOf(source, "candidate(3)"), lineOf(source, "candidate(4)")]);
    expect(reported(run.stdout, lineOf(source, "candidate(0)"), "actual")).toBe("None");
  });

  it("in a list of Optional items, NULL is None and numeric(0) is []", async () => {
    const source = pythonSuite("f(n: int) -> List[Optional[List[int]]]", "assert candidate(0) == [None, []]", "assert candidate(1) == [None, []]");
    const { run } = await runSuite(source, "f <- function(n) if (n == 0) list(NULL, integer(0)) else list(numeric(0), NULL)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)")]);
  });

  it("None is not False, 0 or an empty string", async () => {
    const source = pythonSuite(
      "f(n: int) -> Optional[int]",
      "assert candidate(0) == 0",
      "assert candidate(1) == None",
      "assert candidate(2) == None",
      "assert candidate(3) is None",
    );
    const { run } = await runSuite(source, "f <- function(n) switch(n + 1, NULL, 0, FALSE, \"\")");
    expect(failedLines(run.stdout)).toEqual([0, 1, 2, 3].map((n) => lineOf(source, `candidate(${n})`)));
    expect(reported(run.stdout, lineOf(source, "candidate(0)"), "actual")).toBe("None");
    expect(reported(run.stdout, lineOf(source, "candidate(2)"), "actual")).toBe("False");
    expect(reported(run.stdout, lineOf(source, "candidate(3)"), "actual")).toBe("''");
  });

  it("compares dicts by name in any order, as named lists or named vectors", async () => {
    const source = pythonSuite(
      "f(n: int) -> Dict[str, int]",
      "assert candidate(0) == {'a': 1, 'b': 2}",
      "assert candidate(1) == {'a': 1, 'b': 2}",
      "assert candidate(2) == {'a': 1, 'b': 2}",
      "assert candidate(3) == {'a': 1, 'b': 2}",
      "assert candidate(4) == {}",
    );
    const { run } = await runSuite(
      source,
      "f <- function(n) switch(n + 1, list(b = 2, a = 1), c(b = 2L, a = 1L), list(a = 1, b = 3), list(a = 1, b = 2, c = 3), NULL)",
    );
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)"), lineOf(source, "candidate(3)")]);
    expect(reported(run.stdout, lineOf(source, "candidate(3)"), "actual")).toBe("{'a': 1, 'b': 2, 'c': 3}");
  });

  it("round-trips names that are not syntactic (an identity candidate passes)", async () => {
    const source = pythonSuite(
      "f(d: Dict[str, int]) -> Dict[str, int]",
      "assert candidate({'1': 1, 'if': 2, 'a b': 3, 'x`y\\\\': 4, '': 5, 'caf\\u00e9': 6, 'NA': 7}) == {'NA': 7, 'caf\\u00e9': 6, '': 5, 'x`y\\\\': 4, 'a b': 3, 'if': 2, '1': 1}",
      "assert candidate({'if': 2}) != {'if': 3}",
    );
    const { compiled, run } = await runSuite(source, "f <- function(d) d");
    expect(compiled.program).toContain("`if` = 2");
    expect(run.stdout).toContain("polytest: 2 passed, 0 failed");
    const ints = pythonSuite("g(d: Dict[int, str]) -> Dict[int, str]", "assert candidate({1: 'a', -2: 'b', 100000: 'c'}) == {100000: 'c', 1: 'a', -2: 'b'}");
    // Int keys compare by value: the names "1e+05" (as.character(1e5)) and "100000" are one key.
    const { run: intRun } = await runSuite(ints, "g <- function(d) setNames(d, as.character(as.numeric(names(d))))");
    expect(intRun.stdout).toContain("polytest: 1 passed, 0 failed");
  });

  it("compares sets in any order, with no item matched twice", async () => {
    const source = pythonSuite("f(n: int) -> Set[int]", "assert candidate(0) == {1, 2, 3}", "assert candidate(1) == {1, 2, 3}", "assert candidate(2) == {1, 2}");
    const { run } = await runSuite(source, "f <- function(n) switch(n + 1, c(3, 1, 2), c(1, 1, 2), c(2, 1, 1))");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)"), lineOf(source, "candidate(2)")]);
  });

  it("applies the default tolerance to floats only, and fails a value 1e-6 off", async () => {
    const source = pythonSuite(
      "f(x: float) -> float",
      "assert candidate(1.0) == 0.1",
      "assert candidate(2.0) == 0.1",
      "assert candidate(3.0) == float('nan')",
      "assert candidate(4.0) != float('nan')",
      "assert candidate(5.0) == float('inf')",
      "assert candidate(6.0) == float('inf')",
    );
    const { run } = await runSuite(source, "f <- function(x) switch(x, 0.1 + 1e-12, 0.1 + 1e-6, NaN, NaN, Inf, 1e308)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2.0)"), lineOf(source, "candidate(3.0)"), lineOf(source, "candidate(6.0)")]);
    expect(reported(run.stdout, lineOf(source, "candidate(3.0)"), "actual")).toBe("nan");
    expect(reported(run.stdout, lineOf(source, "candidate(6.0)"), "actual")).toBe("1e+308");
  });

  it("reads expected doubles exactly, so an exact tolerance holds for a misread literal", async () => {
    const source = pythonSuite("f(n: int) -> float", "assert candidate(226507) == 0.226507", "assert candidate(1) == 0.000001");
    const { run } = await runSuite(source, "f <- function(n) n / 1e6", { tolerance: { kind: "isclose", relative: 0, absolute: 0 } });
    expect(run.stdout).toContain("polytest: 2 passed, 0 failed");
  });

  it("a stated tolerance holds for ints too; abs(a - b) < eps is strict unless <=", async () => {
    const source = pythonSuite(
      "f(n: int) -> int",
      "assert abs(candidate(1) - 10) < 1",
      "assert abs(candidate(2) - 10) < 1",
      "assert abs(candidate(3) - 10) <= 1",
      "assert math.isclose(candidate(4), 10, rel_tol=0.2)",
    );
    const { run } = await runSuite(source, "f <- function(n) switch(n, 10.5, 11, 11, 12)");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
  });

  it("== True holds for 1 (Python's True == 1) but 'is True' only for TRUE", async () => {
    const source = pythonSuite(
      "f(n: int) -> bool",
      "assert candidate(1) == True",
      "assert candidate(1) is True",
      "assert candidate(0) == False",
      "assert candidate(0) is not False",
    );
    const { run } = await runSuite(source, "f <- function(n) n");
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1) is True")]);
    expect(reported(run.stdout, lineOf(source, "candidate(1) is True"), "actual")).toBe("1");
  });

  it("compares strings by their UTF-8 text, also under a C locale", async () => {
    const source = pythonSuite("f(s: str) -> str", "assert candidate('caf\\u00e9') == 'caf\\u00e9!'", "assert candidate('\\U0001F600') == '\\U0001F600!'", "assert candidate('x') == 'y'");
    const compiled = await compile(source);
    expect(compiled.program).not.toMatch(/[^\x00-\x7f]/);
    const program = `f <- function(s) paste0(s, "!")\n${compiled.program}`;
    const dir = mkdtempSync(join(tmpdir(), "polytest-r-"));
    try {
      writeFileSync(join(dir, "main.r"), program);
      const run = spawnSync("Rscript", [join(dir, "main.r")], { encoding: "utf8", env: { ...process.env, LC_ALL: "C", LANG: "C" } });
      expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate('x')")]);
      expect(run.stdout).toContain("polytest: 2 passed, 1 failed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports non-ASCII source and values as UTF-8 text", async () => {
    const source = pythonSuite("f(s: str) -> str", "assert candidate('é') == 'ü'");
    const { run } = await runSuite(source, "f <- function(s) s");
    expect(run.stdout).toContain(`FAIL line ${lineOf(source, "candidate('é')")}: assert candidate('é') == 'ü'\n  expected: 'ü'\n  actual:   'é'`);
  });
});

describe.skipIf(skip !== undefined)("truthiness in Rscript", () => {
  it("follows Python truthiness by the result type", async () => {
    const ints = pythonSuite("f(n: int) -> int", "assert candidate(0)", "assert not candidate(1)", "assert candidate(2)", "assert not candidate(3)");
    const { run } = await runSuite(ints, "f <- function(n) switch(n + 1, 5L, 0, 0, -1)");
    expect(failedLines(run.stdout)).toEqual([lineOf(ints, "candidate(2)"), lineOf(ints, "candidate(3)")]);

    const lists = pythonSuite(
      "g(n: int) -> Optional[List[int]]",
      "assert candidate(0)",
      "assert not candidate(1)",
      "assert not candidate(2)",
      "assert candidate(3)",
    );
    // c(0) is the list [0]: truthy; NULL (None) and numeric(0) ([]) are falsy.
    const { run: listRun } = await runSuite(lists, "g <- function(n) switch(n + 1, c(0), NULL, numeric(0), list())");
    expect(failedLines(listRun.stdout)).toEqual([lineOf(lists, "candidate(3)")]);

    const strs = pythonSuite("h(n: int) -> str", "assert candidate(0)", "assert not candidate(1)", "assert candidate(2)");
    const { run: strRun } = await runSuite(strs, "h <- function(n) switch(n + 1, \"a\", \"\", \"\")");
    expect(failedLines(strRun.stdout)).toEqual([lineOf(strs, "candidate(2)")]);

    const floats = pythonSuite("k(n: int) -> float", "assert candidate(0)", "assert not candidate(1)", "assert not candidate(2)");
    const { run: floatRun } = await runSuite(floats, "k <- function(n) switch(n + 1, NaN, 0, NA_real_)");
    // NaN is truthy as in Python; NA has no Python value: it is neither truthy nor falsy.
    expect(failedLines(floatRun.stdout)).toEqual([lineOf(floats, "candidate(2)")]);
  });
});

describe.skipIf(skip !== undefined)("errors, reports and exit codes", () => {
  it("an error in the candidate fails only its assertion; warnings do not fail", async () => {
    const source = pythonSuite(
      "f(n: int) -> int",
      "assert candidate(1) == 1",
      "assert candidate(-1) == 1",
      "assert candidate(2) == 2",
      "assert candidate(3) == 3",
    );
    const { run } = await runSuite(source, 'f <- function(n) { if (n < 0) stop("negative input\\nsecond line"); if (n == 3) warning("careful"); n }');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(-1)")]);
    expect(reported(run.stdout, lineOf(source, "candidate(-1)"), "error")).toBe("negative input second line");
    expect(run.stdout).toContain("polytest: 3 passed, 1 failed");
    expect(run.exitCode).toBe(1);
  });

  it("exits 0 when every assertion holds and prints the report after output without a newline", async () => {
    const source = pythonSuite("f(n: int) -> int", "assert candidate(1) == 1", "assert candidate(2) == 3");
    const passing = await runSuite(source.replace("assert candidate(2) == 3", "assert candidate(2) == 2"), 'f <- function(n) { cat("noise"); n }');
    expect(passing.run.exitCode).toBe(0);
    expect(summary(passing.run.stdout)).toBe("polytest: 2 passed, 0 failed");
    const failing = await runSuite(source, 'f <- function(n) { cat("noise"); n }');
    expect(failing.run.exitCode).toBe(1);
    expect(failing.run.stdout).toMatch(/^FAIL line \d+: assert candidate\(2\) == 3\n {2}expected: 3\n {2}actual: {3}2$/m);
    expect(summary(failing.run.stdout)).toBe("polytest: 1 passed, 1 failed");
  });

  it("a candidate that shadows base functions cannot break the prelude", async () => {
    const source = pythonSuite("f(xs: List[int]) -> Dict[str, List[int]]", "assert candidate([1, 2]) == {'a': [1, 2], 'b': []}", "assert candidate([3]) == {'a': [4], 'b': []}");
    const candidate = [
      "length <- function(x) 0L",
      "identical <- function(x, y) TRUE",
      "is.null <- function(x) TRUE",
      "names <- function(x) 'z'",
      "match <- function(...) 1L",
      "isTRUE <- function(x) TRUE",
      "f <- function(xs) base::list(b = base::integer(0), a = xs)",
    ].join("\n");
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate([3])")]);
    expect(reported(run.stdout, lineOf(source, "candidate([3])"), "actual")).toBe("{'b': [], 'a': [3]}");
  });

  it("renders actual values Python-like", async () => {
    const source = pythonSuite(
      "f(n: int) -> Tuple[int, float, str, bool, List[str], Optional[int]]",
      "assert candidate(0) == (1, 1.5, 'a', True, ['x'], None)",
    );
    const { run } = await runSuite(source, "f <- function(n) list(2L, 1e-7, \"it's\", FALSE, c(\"a\\\\b\", \"\\n\"), 3)");
    expect(reported(run.stdout, lineOf(source, "candidate(0)"), "actual")).toBe("(2, 1e-07, \"it's\", False, ['a\\\\b', '\\n'], 3)");
  });
});
