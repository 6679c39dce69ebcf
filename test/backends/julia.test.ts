/**
 * The Julia backend: entry-point names, the value printer (exact text), refusals (code and line),
 * tree-sitter-julia syntax of every generated program, and the equality, truthiness and report
 * rules executed in the real `julia` (skipped where it is missing, required in CI).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { juliaBackend } from "../../src/backends/julia/index.js";
import { juliaFloat, juliaInt, juliaString } from "../../src/backends/julia/literals.js";
import { JULIA_UNUSABLE_NAMES, juliaEntryPointName } from "../../src/backends/julia/names.js";
import { juliaType } from "../../src/backends/julia/types.js";
import { juliaValue } from "../../src/backends/julia/values.js";
import { type CompileOptions, compileTests, parseTests } from "../../src/index.js";
import { NO_SPAN } from "../../src/ir/span.js";
import { BOOL, FLOAT, INT, NONE, STR, type Type, dictOf, listOf, optionalOf, setOf, tupleOf } from "../../src/ir/types.js";
import type { Value } from "../../src/ir/values.js";
import { checkSuite } from "../../src/typecheck/check.js";
import { CORPUS, CORPUS_PRESENT, corpusSuites } from "../corpus/corpus-source.js";
import { runProgram, skipReason } from "../support/interpreters.js";
import { failedLines, lineOf, pythonSuite } from "../support/backend-suites.js";
import { syntaxErrors } from "../support/target-syntax.js";
import { typedValueArb } from "../properties/arbitraries.js";

const skip = skipReason("julia");

async function compile(source: string, options: CompileOptions = {}) {
  return compileTests(source, "julia", options);
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
  dict: (...entries: Array<[Value, Value]>): Value => ({ kind: "dict", entries: entries.map(([key, value]) => ({ key, value })), span: NO_SPAN }),
};

const union = (...members: Type[]): Type => ({ kind: "union", members });

describe("Julia entry-point names", () => {
  it("adds a trailing underscore to keywords, contextual keywords and the implicit modules", () => {
    for (const name of ["end", "function", "begin", "struct", "true", "module", "quote", "where", "in", "isa", "mutable", "abstract", "Base", "Main", "Core"]) {
      expect(juliaEntryPointName(name)).toBe(`${name}_`);
    }
    for (const name of ["add", "type", "max", "unique", "end_", "café", "Strongest_Extension"]) {
      expect(juliaEntryPointName(name)).toBe(name);
    }
  });

  it("every renamed name can be defined and called, per tree-sitter-julia", async () => {
    for (const name of JULIA_UNUSABLE_NAMES) {
      const renamed = juliaEntryPointName(name);
      const program = `function ${renamed}(x)\n    return x\nend\nMain.${renamed}(1)\n`;
      expect(await syntaxErrors("julia", program), renamed).toEqual([]);
    }
  });

  it("calls the candidate as Main.<renamed>", async () => {
    const compiled = await compile(pythonSuite("end(x: int) -> int", "assert candidate(1) == 2"));
    expect(compiled.entryPoint).toBe("end_");
    expect(compiled.program).toContain("() -> Main.end_(1)");
  });
});

describe("Julia literals", () => {
  it("escapes \\, \", $ and control characters in strings, with fixed-width escapes", () => {
    expect(juliaString("a$b")).toBe('"a\\$b"');
    expect(juliaString("${x} $(y)")).toBe('"\\${x} \\$(y)"');
    expect(juliaString("#{z} %s ~a")).toBe('"#{z} %s ~a"');
    expect(juliaString('say "hi" \\ there')).toBe('"say \\"hi\\" \\\\ there"');
    expect(juliaString("a\nb\tc\rd")).toBe('"a\\nb\\tc\\rd"');
    expect(juliaString("nul\x00byte")).toBe('"nul\\x00byte"');
    expect(juliaString("\x07\x1b\x7f")).toBe('"\\x07\\x1b\\x7f"');
    expect(juliaString("\u0085 \u00a0 \u2028 \ufeff")).toBe('"\\u0085 \\u00a0 \\u2028 \\ufeff"');
    expect(juliaString("e\u0301")).toBe('"e\\u0301"');
    expect(juliaString("\u{e0001}x")).toBe('"\\U000e0001x"');
    expect(juliaString("café ☃ 😀")).toBe('"café ☃ 😀"');
  });

  it("round-trips any string through Julia's escape rules", () => {
    const codePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff);
    fc.assert(
      fc.property(fc.array(fc.oneof(codePoint, fc.constantFrom(0x24, 0x22, 0x5c, 0x30, 0x61, 0x46)), { maxLength: 20 }), (cps) => {
        const s = String.fromCodePoint(...cps);
        expect(decodeJuliaString(juliaString(s))).toBe(s);
      }),
    );
  });

  it("writes Int64 as digits, its minimum as typemin(Int64) and anything beyond as big\"...\"", () => {
    expect(juliaInt(0n)).toBe("0");
    expect(juliaInt(-15n)).toBe("-15");
    expect(juliaInt(2n ** 63n - 1n)).toBe("9223372036854775807");
    expect(juliaInt(-(2n ** 63n) + 1n)).toBe("-9223372036854775807");
    expect(juliaInt(-(2n ** 63n))).toBe("typemin(Int64)");
    expect(juliaInt(2n ** 63n)).toBe('big"9223372036854775808"');
    expect(juliaInt(-(2n ** 63n) - 1n)).toBe('big"-9223372036854775809"');
    expect(juliaInt(10n ** 20n)).toBe('big"100000000000000000000"');
  });

  it("writes floats with round-trip digits in Julia's spelling", () => {
    expect(juliaFloat(1)).toBe("1.0");
    expect(juliaFloat(-2.5)).toBe("-2.5");
    expect(juliaFloat(0.1)).toBe("0.1");
    expect(juliaFloat(1e-5)).toBe("1.0e-5");
    expect(juliaFloat(0.0001)).toBe("0.0001");
    expect(juliaFloat(1e16)).toBe("1.0e16");
    expect(juliaFloat(6.02214076e23)).toBe("6.02214076e23");
    expect(juliaFloat(100000.00000000001)).toBe("100000.00000000001");
    expect(juliaFloat(5e-324)).toBe("5.0e-324");
    expect(juliaFloat(-0)).toBe("-0.0");
    expect(juliaFloat(Infinity)).toBe("Inf");
    expect(juliaFloat(-Infinity)).toBe("-Inf");
    expect(juliaFloat(NaN)).toBe("NaN");
  });

  it("float literals read back as the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(Number(juliaFloat(x)), x)).toBe(true);
      }),
    );
  });
});

describe("Julia values", () => {
  it("types every container, even when empty", () => {
    expect(juliaValue(v.list(), listOf(STR)).code).toBe("String[]");
    expect(juliaValue(v.list(v.int(1), v.int(-2)), listOf(INT)).code).toBe("Int64[1, -2]");
    expect(juliaValue(v.list(v.list(v.int(1)), v.list()), listOf(listOf(INT))).code).toBe("Vector{Int64}[Int64[1], Int64[]]");
    expect(juliaValue(v.dict(), dictOf(STR, INT)).code).toBe("Dict{String, Int64}()");
    expect(juliaValue(v.dict([v.int(1), v.str("a")], [v.int(-2), v.str("$")]), dictOf(INT, STR)).code).toBe(
      'Dict{Int64, String}(1 => "a", -2 => "\\$")',
    );
    expect(juliaValue(v.set(), setOf(INT)).code).toBe("Set{Int64}()");
    expect(juliaValue(v.set(v.int(3), v.int(1)), setOf(INT)).code).toBe("Set{Int64}([3, 1])");
    expect(juliaValue(v.list(v.tuple(v.int(3), v.int(9))), listOf(tupleOf(INT, INT))).code).toBe("Tuple{Int64, Int64}[(3, 9)]");
    expect(juliaValue(v.list(), listOf(tupleOf(INT, STR))).code).toBe("Tuple{Int64, String}[]");
  });

  it("writes tuples as tuples: (a,) and ()", () => {
    expect(juliaValue(v.tuple(v.int(1)), tupleOf(INT)).code).toBe("(1,)");
    expect(juliaValue(v.tuple(), tupleOf()).code).toBe("()");
    expect(juliaValue(v.tuple(v.int(1), v.str("a"), v.bool(true), v.none()), tupleOf(INT, STR, BOOL, NONE)).code).toBe('(1, "a", true, nothing)');
    const vartuple: Type = { kind: "vartuple", element: INT };
    expect(juliaValue(v.list(v.tuple(v.int(1), v.int(2)), v.tuple()), listOf(vartuple)).code).toBe("Tuple{Vararg{Int64}}[(1, 2), ()]");
  });

  it("spells Optional as Union{T, Nothing}, nested too", () => {
    const type = optionalOf(listOf(optionalOf(listOf(optionalOf(INT)))));
    expect(juliaValue(v.none(), type).code).toBe("nothing");
    expect(juliaValue(v.list(v.none(), v.list(v.int(1), v.none()), v.list()), type).code).toBe(
      "Union{Vector{Union{Int64, Nothing}}, Nothing}[nothing, Union{Int64, Nothing}[1, nothing], Union{Int64, Nothing}[]]",
    );
    expect(juliaType(optionalOf(union(INT, STR)))).toBe("Union{Int64, String, Nothing}");
    expect(juliaType(union(listOf(INT), dictOf(STR, optionalOf(FLOAT))))).toBe("Union{Vector{Int64}, Dict{String, Union{Float64, Nothing}}}");
  });

  it("accepts unions: Vector{Union{...}}, and a typed vector inside a union Set so true and 1 stay apart", () => {
    expect(juliaValue(v.list(v.int(1), v.str("a")), listOf(union(INT, STR))).code).toBe('Union{Int64, String}[1, "a"]');
    expect(juliaValue(v.set(v.bool(true), v.int(1)), setOf(union(BOOL, INT))).code).toBe("Set{Union{Bool, Int64}}(Union{Bool, Int64}[true, 1])");
  });

  it("spells every int of a value holding a big int as BigInt", () => {
    expect(juliaValue(v.int(10n ** 20n), INT).code).toBe('big"100000000000000000000"');
    expect(juliaValue(v.list(v.int(1), v.int(10n ** 20n)), listOf(INT)).code).toBe('BigInt[1, big"100000000000000000000"]');
    expect(juliaValue(v.dict([v.str("a"), v.list(v.int(-(10n ** 19n)))]), dictOf(STR, listOf(INT))).code).toBe(
      'Dict{String, Vector{BigInt}}("a" => BigInt[big"-10000000000000000000"])',
    );
    expect(juliaValue(v.list(v.int(1)), listOf(INT)).code).toBe("Int64[1]");
  });

  it("writes floats, including ints widened to float, as Float64", async () => {
    expect(juliaValue(v.list(v.float(1), v.float(NaN), v.float(-Infinity), v.float(-0)), listOf(FLOAT)).code).toBe("Float64[1.0, NaN, -Inf, -0.0]");
    const compiled = await compile(pythonSuite("scale(x: float, xs: List[float]) -> float", "assert candidate(2, [1, 2.5]) == 4"));
    expect(compiled.program).toContain("() -> Main.scale(2.0, Float64[1.0, 2.5])");
    expect(compiled.program).toContain("__pt_eq(result, 4.0, __pt_default_tol)");
  });

  it("prints any value of any type as an expression tree-sitter-julia parses", async () => {
    await fc.assert(
      fc.asyncProperty(typedValueArb(3), async ({ type, value }) => {
        const code = juliaValue(value, type).code;
        expect(await syntaxErrors("julia", `x = ${code}\nf(${code}, ${code})\n`), code).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("reports the element types it had to spell Any", () => {
    expect(juliaValue(v.list(), listOf({ kind: "any" })).unknownTypes).toEqual([{ kind: "any" }]);
    expect(juliaValue(v.list(), listOf({ kind: "any" })).code).toBe("Any[]");
    expect(juliaValue(v.list(v.int(1)), listOf(INT)).unknownTypes).toEqual([]);
  });
});

describe("Julia assertions", () => {
  it("compiles each assertion kind to its predicate", async () => {
    const source = pythonSuite(
      "f(x: int) -> Optional[int]",
      "assert candidate(1) == 2",
      "assert candidate(1) != 2",
      "assert candidate(1)",
      "assert not candidate(1)",
      "assert candidate(1) is None",
      "assert candidate(1) is not None",
      "assert abs(candidate(1) - 2) <= 0.5",
      "assert math.isclose(candidate(1), 2, rel_tol=1e-3)",
    );
    const program = (await compile(source)).program;
    expect(program).toContain("result -> __pt_eq(result, 2, __pt_default_tol))");
    expect(program).toContain("result -> !__pt_eq(result, 2, __pt_default_tol))");
    expect(program).toContain("result -> __pt_truthy(result))");
    expect(program).toContain("result -> !__pt_truthy(result))");
    expect(program).toContain("result -> result === nothing)");
    expect(program).toContain("result -> result !== nothing)");
    expect(program).toContain("result -> __pt_close(result, 2, __pt_AbsDiff(0.5, true)))");
    expect(program).toContain("result -> __pt_close(result, 2, __pt_IsClose(0.001, 0.0)))");
    expect(program).toContain(`__pt_check("FAIL line ${lineOf(source, "!= 2")}: assert candidate(1) != 2", "not 2",`);
  });

  it("compiles `is True` / `is not False` to identity with the Bool, `== True` to Python's ==", async () => {
    const source = pythonSuite(
      "f(x: int) -> bool",
      "assert candidate(1) is True",
      "assert candidate(2) is not False",
      'assert candidate(3) is False, "three is odd"',
      "assert candidate(4) == True",
      'assert candidate(5) != False',
    );
    const program = (await compile(source)).program;
    expect(program).toContain("() -> Main.f(1),\n    result -> result === true)");
    expect(program).toContain("() -> Main.f(2),\n    result -> result !== false)");
    expect(program).toContain("() -> Main.f(3),\n    result -> result === false)");
    expect(program).toContain("() -> Main.f(4),\n    result -> __pt_eq(result, true, __pt_default_tol))");
    expect(program).toContain("() -> Main.f(5),\n    result -> !__pt_eq(result, false, __pt_default_tol))");
  });

  it("compiles `is want` through an unrolled loop variable to identity, whatever the loop suffix of the source", async () => {
    // As fixtures/suites/shape_identity.py: each unrolled instance's source ends in `  # x = 1, want = True`.
    const source = pythonSuite(
      "f(x: int) -> bool",
      "for x, want in [(1, True), (2, False)]:",
      "    assert candidate(x) is want",
      "    assert candidate(x) is not want",
      "    assert candidate(x) == want",
    );
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    const line = lineOf(source, "is want");
    expect(compiled.program).toContain(
      `__pt_check("FAIL line ${line}: assert candidate(x) is want  # x = 1, want = True", "True",\n    () -> Main.f(1),\n    result -> result === true)`,
    );
    expect(compiled.program).toContain("() -> Main.f(2),\n    result -> result === false)");
    expect(compiled.program).toContain("() -> Main.f(1),\n    result -> result !== true)");
    expect(compiled.program).toContain("() -> Main.f(2),\n    result -> result !== false)");
    // `== want` stays Python's ==, which 1 passes.
    expect(compiled.program).toContain("() -> Main.f(1),\n    result -> __pt_eq(result, true, __pt_default_tol))");
    expect(compiled.program).toContain("() -> Main.f(2),\n    result -> __pt_eq(result, false, __pt_default_tol))");
  });

  it("compiles sorted(...) and set(...) views, the expected value typed as a list / set of the result's items", async () => {
    const source = pythonSuite(
      "f(x: int) -> Tuple[int, str]",
      'assert sorted(candidate(1)) != ["a", "b"]',
      'assert set(candidate(2)) == {1, "a"}',
      'assert set(candidate(3)) != set()',
    );
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    expect(juliaBackend.features).toEqual(["inRange", "sortedView", "setView"]);
    expect(compiled.program).toContain('result -> !__pt_eq_sorted(result, Union{Int64, String}["a", "b"], __pt_default_tol))');
    expect(compiled.program).toContain('result -> __pt_eq_set(result, Set{Union{Int64, String}}(Union{Int64, String}[1, "a"]), __pt_default_tol))');
    expect(compiled.program).toContain("result -> !__pt_eq_set(result, Set{Union{Int64, String}}(), __pt_default_tol))");
    const sets = await compile(pythonSuite("g(x: int) -> Set[float]", "assert sorted(candidate(1)) == [0.5, 2.0]"), { tolerance: { kind: "isclose", relative: 0, absolute: 0 } });
    expect(sets.program).toContain("result -> __pt_eq_sorted(result, Float64[0.5, 2.0], __pt_IsClose(0.0, 0.0)))");
    expect(sets.program).toContain('"FAIL line 9: assert sorted(candidate(1)) == [0.5, 2.0]", "[0.5, 2.0]",');
  });

  it("compiles round(f(x), n) == y to an exact range check, the range in the report", async () => {
    const source = pythonSuite("f(x: int) -> float", "assert round(candidate(1), 2) == 3.14", "assert round(candidate(2)) == 9007199254740992");
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.program).toContain(
      '"FAIL line 9: assert round(candidate(1), 2) == 3.14", "a number from 3.1350000000000002 to 3.1449999999999996",\n' +
        "    () -> Main.f(1),\n    result -> __pt_in_range(result, 3.1350000000000002, 3.1449999999999996))",
    );
    expect(compiled.program).toContain("result -> __pt_in_range(result, 9007199254740992.0, 9007199254740992.0))");
  });

  it("uses a suite-wide tolerance option for floats, by name only when it is the default", async () => {
    const source = pythonSuite("f(x: int) -> float", "assert candidate(1) == 2.5");
    expect((await compile(source, { tolerance: { kind: "isclose", relative: 0, absolute: 0 } })).program).toContain(
      "__pt_eq(result, 2.5, __pt_IsClose(0.0, 0.0))",
    );
    expect((await compile(source, { tolerance: { kind: "absdiff", epsilon: 1e-6, inclusive: false } })).program).toContain(
      "__pt_eq(result, 2.5, __pt_AbsDiff(1.0e-6, false))",
    );
  });
});

describe("Julia refusals", () => {
  async function refusalOf(source: string, assertText: string, code: string) {
    const compiled = await compile(source);
    const diagnostic = compiled.diagnostics.find((d) => d.code === code);
    expect(diagnostic, JSON.stringify(compiled.diagnostics)).toBeDefined();
    expect(diagnostic!.line).toBe(lineOf(source, assertText));
    expect(diagnostic!.severity).toBe("error");
    expect(diagnostic!.message).toMatch(/^julia: /);
    expect(compiled.compiledLines).not.toContain(lineOf(source, assertText));
    return { compiled, diagnostic: diagnostic! };
  }

  it("refuses an argument whose element type nothing in the suite tells (refused/julia-unknown-type)", async () => {
    const source = pythonSuite("f(xs) -> int", "assert candidate([]) == 0", "assert candidate([[]]) == 1");
    const { compiled, diagnostic } = await refusalOf(source, "candidate([]) == 0", "refused/julia-unknown-type");
    expect(diagnostic.message).toContain("argument 1 'xs'");
    expect(diagnostic.column).toBe(source.split("\n")[diagnostic.line - 1]!.indexOf("[]") + 1);
    expect(compiled.diagnostics.filter((d) => d.code === "refused/julia-unknown-type").map((d) => d.line)).toEqual([
      lineOf(source, "candidate([]) == 0"),
      lineOf(source, "candidate([[]])"),
    ]);
  });

  it("takes the element type of an empty list from the rest of the suite", async () => {
    const source = pythonSuite("f(xs) -> int", "assert candidate([]) == 0", "assert candidate([1]) == 1");
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.program).toContain("() -> Main.f(Int64[])");
  });

  it("compiles an unknown element type in an expected value (the comparison is by contents)", async () => {
    const source = ["def f(x):", "    pass", "", "def check(candidate):", "    assert candidate(1) == []", ""].join("\n");
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.program).toContain("__pt_eq(result, Any[], __pt_default_tol)");
  });

  it("refuses NaN and -0.0 as set elements or dict keys (refused/julia-float-key), but not as values", async () => {
    const source = pythonSuite(
      "f(d: Dict[float, float], s: Set[Tuple[float, int]]) -> int",
      "assert candidate({-0.0: 1.0}, set()) == 1",
      "assert candidate({}, {(float('nan'), 1)}) == 1",
      "assert candidate({1.0: float('nan')}, {(-1.0, 0)}) == 1",
    );
    const { compiled } = await refusalOf(source, "{-0.0: 1.0}", "refused/julia-float-key");
    expect(compiled.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["refused/julia-float-key", lineOf(source, "{-0.0: 1.0}")],
      ["refused/julia-float-key", lineOf(source, "float('nan'), 1")],
    ]);
    expect(compiled.compiledLines).toEqual([lineOf(source, "{1.0: float('nan')}")]);
    expect(compiled.program).toContain("Dict{Float64, Float64}(1.0 => NaN), Set{Tuple{Float64, Int64}}([(-1.0, 0)])");
  });

  it("refuses a stated tolerance against a value that is not a number (refused/julia-tolerance-non-number)", async () => {
    const source = pythonSuite("f(x: int) -> Union[float, str]", 'assert abs(candidate(1) - "a") < 0.1', "assert abs(candidate(1) - 2) < 0.1");
    const { compiled } = await refusalOf(source, '"a"', "refused/julia-tolerance-non-number");
    expect(compiled.compiledLines).toEqual([lineOf(source, "- 2) < 0.1")]);
  });

  it("keeps ints as ints in a declared union, and refuses an int that an inferred float | ... position would convert (refused/julia-int-widened-in-union)", async () => {
    const source = pythonSuite(
      "f(xs: List[Union[int, float, str]], k: float) -> int",
      'assert candidate([1, 2.5, "a"], 1) == 1',
      'assert candidate([2.5, "a"], 1) == 0',
    );
    const declared = await compile(source);
    expect(declared.assertions.compiled).toBe(2);
    // The declared union keeps the int an Int64; a plain float position widens as the contract says.
    expect(declared.program).toContain('() -> Main.f(Union{Int64, Float64, String}[1, 2.5, "a"], 1.0)');
    const untyped = ["def g(xs):", "    pass", "", "def check(candidate):", '    assert candidate([4, "x", 2.5]) == 1', ""].join("\n");
    const inferred = await compile(untyped);
    const errors = inferred.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["refused/julia-int-widened-in-union", "suite/nothing-compiled"]);
    expect(errors[0]!.message).toContain("the int 4 in argument 1");
  });

  it("refuses an int left an int inside a typed container at an inferred float | str position, passes a bare one as Int64, and spells such an expected value with Int64", async () => {
    // mbpp 253 / 157: Julia cannot build `Union{Float64, String}[1, 2, 3]`, and Float64s would not be Python's ints.
    const source = [
      "def f(xs, y):",
      "    pass",
      "",
      "def check(candidate):",
      '    assert candidate([1, 2, 3], 1) == [[1.5, "a"]]',
      '    assert candidate([2.5, "a"], 2) == [[2, "b"]]',
      '    assert candidate([], "y") == []',
      "",
    ].join("\n");
    const compiled = await compile(source);
    const errors = compiled.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.line])).toEqual([["refused/julia-int-widened-in-union", 5]]);
    expect(errors[0]!.message).toContain("the int 1 in argument 1 sits at a position typed list[float | str]");
    expect(compiled.program).toContain('() -> Main.f(Union{Float64, String}[2.5, "a"], 2),');
    expect(compiled.program).toContain('__pt_eq(result, Vector{Union{Int64, Float64, String}}[Union{Int64, Float64, String}[2, "b"]], __pt_default_tol)');
    expect(compiled.program).toContain('() -> Main.f(Union{Float64, String}[], "y"),');
  });

  it("refuses an int at a float position that overflows Float64 (refused/julia-float-overflow)", async () => {
    const huge = `1${"0".repeat(400)}`;
    const source = pythonSuite("f(x: float) -> float", `assert candidate(${huge}) == 1.0`, "assert candidate(1) == 1.0");
    const { compiled } = await refusalOf(source, huge, "refused/julia-float-overflow");
    expect(compiled.assertions.compiled).toBe(1);
  });
});

// The programs of the execution tests below, also checked for syntax where julia is missing.
const EXECUTION_SUITES: Record<string, { source: string; candidate: string }> = {
  tolerance: {
    source: pythonSuite(
      "f(x: float) -> float",
      "assert candidate(1.0) == 1.0",
      "assert candidate(2.0) == 2.0",
      "assert candidate(0.0) == 0.0",
      "assert candidate(3.0) == 0.0",
    ),
    candidate: [
      "function f(x::Float64)::Float64",
      "    x == 1.0 && return 1.0 + 1.0e-6",
      "    x == 2.0 && return 2.0 * (1 + 1.0e-10)",
      "    x == 0.0 && return 1.0e-13",
      "    return 2.0e-12",
      "end",
    ].join("\n"),
  },
  specialFloats: {
    source: pythonSuite(
      "g(x: int) -> float",
      "assert candidate(0) == float('nan')",
      "assert candidate(0) != float('nan')",
      "assert candidate(1) == float('inf')",
      "assert candidate(2) == float('inf')",
      "assert candidate(3) == 1e308",
    ),
    candidate: "g(x::Integer) = x == 0 ? NaN : x == 1 ? Inf : x == 2 ? -Inf : Inf",
  },
  statedTolerance: {
    source: pythonSuite(
      "h(x: int) -> int",
      "assert abs(candidate(1) - 10) < 2",
      "assert abs(candidate(2) - 10) < 2",
      "assert abs(candidate(2) - 10) <= 2",
      "assert math.isclose(candidate(3), 10**20)",
      "assert candidate(3) == 10**20",
    ),
    candidate: ["function h(x::Integer)", "    x == 1 && return 11", "    x == 2 && return 12", "    return big(10)^20 + 1", "end"].join("\n"),
  },
  unordered: {
    source: pythonSuite(
      "d(n: int) -> Dict[str, float]",
      'assert candidate(3) == {"c": 0.3, "b": 0.2, "a": 0.1}',
      'assert candidate(2) == {"a": 0.1}',
      "assert candidate(0) == {}",
    ),
    candidate: [
      "function d(n::Integer)::Dict{String, Float64}",
      "    out = Dict{String, Float64}()",
      '    n >= 1 && (out["a"] = 0.1)',
      '    n >= 2 && (out["b"] = 0.2)',
      '    n >= 3 && (out["c"] = 0.1 + 0.2)',
      "    return out",
      "end",
    ].join("\n"),
  },
  sets: {
    source: pythonSuite("s(n: int) -> Set[int]", "assert candidate(3) == {3, 1, 2}", "assert candidate(0) == set()", "assert candidate(2) == {1, 2, 3}"),
    candidate: "s(n::Integer) = Set(1:n)",
  },
  noneIsNotFalsy: {
    source: pythonSuite(
      "n(k: int) -> Optional[int]",
      "assert candidate(0) == None",
      "assert candidate(1) is None",
      "assert candidate(2) == None",
      "assert candidate(3) is None",
      "assert candidate(3) != 0",
      "assert not candidate(3)",
      "assert candidate(1) is not None",
    ),
    candidate: ["function n(k::Integer)", "    k == 0 && return false", "    k == 1 && return 0", "    k == 2 && return Int64[]", "    return nothing", "end"].join("\n"),
  },
  listsAndTuples: {
    source: pythonSuite("p(k: int) -> List[Tuple[int, int]]", "assert candidate(0) == []", "assert candidate(1) == [(1, 2)]", "assert candidate(2) == [(1, 2)]"),
    candidate: ["function p(k::Integer)", "    k == 0 && return Any[]", "    k == 1 && return [(1, 2)]", "    return [[1, 2]]", "end"].join("\n"),
  },
  raises: {
    source: pythonSuite("q(x: int) -> int", "assert candidate(1) == 1", "assert candidate(0) == 0", "assert candidate(2) == 2"),
    candidate: 'q(x::Integer) = x == 0 ? error("boom at zero") : x',
  },
  repr: {
    source: pythonSuite(
      "r(k: int) -> Tuple[List[int], str, float, float, float, float, bool, Optional[int], Dict[str, int], Set[int], Tuple[int]]",
      'assert candidate(0) == ([], "", 0.0, 0.0, 0.0, 0.0, False, 1, {}, set(), (1,))',
    ),
    candidate: `r(k::Integer) = (Int64[1, 2], "a'b\\"c\\t", 1.0e-5, 1.0e16, 0.0001, -2.5, true, nothing, Dict("a" => 1), Set([3]), (7,))`,
  },
  truthiness: {
    source: pythonSuite(
      "t(k: int) -> float",
      "assert not candidate(0)",
      "assert not candidate(1)",
      "assert not candidate(2)",
      "assert not candidate(3)",
      "assert not candidate(4)",
      "assert candidate(5)",
      "assert candidate(6)",
      "assert candidate(7)",
      "assert not candidate(8)",
      "assert candidate(1)",
    ),
    candidate: [
      "function t(k::Integer)",
      '    values = (0.0, "", Int64[], Dict{String, Int64}(), (), NaN, "0", [0], -0.0)',
      "    return values[k + 1]",
      "end",
    ].join("\n"),
  },
  shadowing: {
    source: pythonSuite("length(xs: List[int]) -> int", "assert candidate([1, 2]) == 2", "assert candidate([]) == 0", "assert candidate([5]) == 2"),
    candidate: [
      "# Names the prelude uses, redefined in Main: the tests' module must not see them.",
      "println(args...) = error(\"Main.println called\")",
      "string(args...) = error(\"Main.string called\")",
      "isempty(x) = error(\"Main.isempty called\")",
      "function length(xs::Vector{Int64})::Int64",
      "    return Base.length(xs)",
      "end",
    ].join("\n"),
  },
  unfinishedOutput: {
    source: pythonSuite("u(x: int) -> int", "assert candidate(1) == 1", "assert candidate(2) == 3"),
    candidate: 'u(x::Integer) = (print("debug output without a newline"); x)',
  },
  boolIdentity: {
    source: pythonSuite("b(x: int) -> bool", "assert candidate(1) == True", "assert candidate(1) is True", "assert candidate(0) is False"),
    candidate: "b(x::Integer) = x == 1 ? 1 : false",
  },
  views: {
    source: pythonSuite(
      "dv(n: int) -> List[int]",
      "assert sorted(candidate(12)) == [1, 2, 3, 4, 6, 12]",
      "assert sorted(candidate(4)) == [1, 2, 4, 4]",
      "assert set(candidate(0)) == {1, 2}",
      "assert set(candidate(4)) != {1, 2, 4}",
      "assert sorted(candidate(-1)) != [1, 2]",
      "assert set(candidate(-2)) != {1}",
      "assert set(candidate(-3)) == {1}",
    ),
    candidate: [
      "function dv(n::Integer)",
      "    n == 0 && return [2, 1, 2, 1]",
      '    n == -1 && return Any[1, "a"]',
      "    n == -2 && return Any[Int64[1]]",
      "    n == -3 && return Any[true, 1.0, 1]",
      "    return [d for d in n:-1:1 if n % d == 0]",
      "end",
    ].join("\n"),
  },
  rounding: {
    source: pythonSuite(
      "ra(k: int) -> float",
      "assert round(candidate(0), 2) == 3.14",
      "assert round(candidate(1), 2) == 3.14",
      "assert round(candidate(2)) == 4",
      "assert round(candidate(3), 1) == 0.5",
      "assert round(candidate(4)) == 9007199254740992",
    ),
    candidate: "ra(k::Integer) = (3.14159, 3.15, 4, NaN, 9007199254740993)[k + 1]",
  },
  renamed: {
    source: pythonSuite("end(x: int) -> int", "assert candidate(1) == 2"),
    candidate: "end_(x::Integer) = x + 1",
  },
  strings: {
    source: pythonSuite(
      "ident(s: str) -> str",
      'assert candidate("$x ${y} #{z} %s") == "$x ${y} #{z} %s"',
      'assert candidate("nul\\x00byte e\\u0301 \\U0001F600 \\u2028 back\\\\slash q\\"uote") == "nul\\x00byte e\\u0301 \\U0001F600 \\u2028 back\\\\slash q\\"uote"',
      'assert candidate("a\\tb") == "a b"',
    ),
    candidate: "ident(s::String) = s",
  },
};

describe("Julia programs", () => {
  it("parse with tree-sitter-julia, after their candidates", async () => {
    for (const [name, { source, candidate }] of Object.entries(EXECUTION_SUITES)) {
      const compiled = await compile(source);
      expect(compiled.diagnostics, name).toEqual([]);
      expect(await syntaxErrors("julia", `${candidate}\n${compiled.program}`), name).toEqual([]);
    }
  });

  it("a broken candidate's load error matches the compile-error pattern (as Julia 1.10+ and 1.x before print it)", () => {
    const pattern = juliaBackend.info.compileErrorPattern!;
    expect("ERROR: LoadError: ParseError:\n# Error @ /tmp/main.jl:3:1").toMatch(pattern);
    expect('ERROR: LoadError: syntax: incomplete: "function" at /tmp/main.jl:1 requires end').toMatch(pattern);
    expect("ERROR: LoadError: boom\nStacktrace:").not.toMatch(pattern);
  });

  it("open a module of their own and end with the summary and exit", async () => {
    const program = (await compile(EXECUTION_SUITES.raises!.source)).program;
    expect(program).toMatch(/^# polytest: tests of `q`.*\nmodule __pt_tests\n/);
    expect(program).toMatch(/\n__pt_finish\(\)\n\nend {2}# module __pt_tests\n$/);
    expect(program).toContain('print("\\n", "polytest: ", __pt_counts[1], " passed, ", __pt_counts[2], " failed\\n")');
    expect(program).toContain("exit(__pt_counts[2] > 0 ? 1 : 0)");
  });
});

describe.skipIf(!CORPUS_PRESENT)("Julia on the corpus", () => {
  it("compiles every corpus suite into a program that tree-sitter-julia parses", async () => {
    let programs = 0;
    const broken: string[] = [];
    for (const suite of corpusSuites()) {
      const compiled = await compile(suite.source, suite.entryPoint ? { entryPoint: suite.entryPoint } : {});
      if (!compiled.program) continue;
      programs += 1;
      const errors = await syntaxErrors("julia", compiled.program);
      if (errors.length > 0) broken.push(`${suite.dataset} ${suite.name}: ${errors.slice(0, 2).join("; ")}`);
    }
    expect(broken).toEqual([]);
    expect(programs).toBeGreaterThan(2000);
  }, 300_000);

  it("types arguments and results as MultiPL-E's Julia prompts do, where the Python annotation is concrete", async () => {
    // Set aside: annotations with Any (the type checker fills Any in from the values, MultiPL-E
    // writes Any), unions of int and float (merged into float by the type checker), and the
    // originals that changed their annotations after the translations were made (corpus README).
    const changedSince = /^(mbpp_(222|262|407|413|446|587|595|725|726|744|754)|HumanEval_(69|128|140|142))_/;
    let compared = 0;
    const differences: string[] = [];
    for (const file of ["humaneval-jl-reworded.jsonl", "mbpp-jl-reworded.jsonl"]) {
      const rows = readFileSync(join(CORPUS, "multipl-e-translations", "jl", file), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as { name: string; prompt: string });
      for (const row of rows) {
        const signature = /^function \w+\((.*)\)::(.*?)\s*$/m.exec(row.prompt);
        if (!signature || changedSince.test(row.name)) continue;
        const folder = row.name.startsWith("HumanEval") ? "humaneval" : "mbpp";
        const source = readFileSync(join(CORPUS, "multipl-e-originals", folder, `${row.name}.py`), "utf8");
        const def = /^def .*$/m.exec(source)![0];
        if (/\bAny\b/.test(def) || /Union\[[^\]]*\bint\b[^\]]*\bfloat\b|Union\[[^\]]*\bfloat\b[^\]]*\bint\b/.test(def)) continue;
        const typed = checkSuite(await parseTests(source));
        const ours = [...typed.signature.params.map((p) => juliaType(p.type)), juliaType(typed.signature.returns)];
        // MultiPL-E's translator writes `Dict{K, V}>`; the `>` is its typo.
        const theirs = [...splitParams(signature[1]!).map((p) => p.slice(p.indexOf("::") + 2).trim()), signature[2]!.trim()].map((t) =>
          t.replaceAll("}>", "}"),
        );
        compared += 1;
        if (ours.join(" | ") !== theirs.join(" | ")) differences.push(`${row.name}: ours ${ours.join(" | ")}; theirs ${theirs.join(" | ")}`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(500);
  }, 300_000);
});

/** The comma-separated parameters of a Julia signature, commas inside braces kept. */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{" || ch === "(") depth += 1;
    if (ch === "}" || ch === ")") depth -= 1;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current);
  return parts;
}

describe.skipIf(skip !== undefined)("Julia execution", () => {
  async function run(name: keyof typeof EXECUTION_SUITES & string) {
    const { source, candidate } = EXECUTION_SUITES[name]!;
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    const result = runProgram("julia", `${candidate}\n${compiled.program}`);
    return { source, compiled, result, line: (text: string) => lineOf(source, text) };
  }

  it("judges floats by the default tolerance: 1e-6 off fails, 1e-10 relative and 1e-13 absolute pass", async () => {
    const { result, line } = await run("tolerance");
    expect(failedLines(result.stdout)).toEqual([line("candidate(1.0)"), line("candidate(3.0)")]);
    expect(result.stdout).toContain("  expected: 1.0\n  actual:   1.000001\n");
    expect(result.stdout).toContain("  actual:   2e-12\n");
    expect(result.stdout).toContain("polytest: 2 passed, 2 failed");
    expect(result.exitCode).toBe(1);
  });

  it("never equates nan, and an infinity only with itself", async () => {
    const { result, line } = await run("specialFloats");
    expect(failedLines(result.stdout)).toEqual([line("== float('nan')"), line("candidate(2)"), line("1e308")]);
    expect(result.stdout).toContain("  actual:   nan\n");
    expect(result.stdout).toContain("  actual:   -inf\n");
    expect(result.exitCode).toBe(1);
  });

  it("applies a stated tolerance to ints as Python computes it, the default never", async () => {
    const { result, line } = await run("statedTolerance");
    expect(failedLines(result.stdout)).toEqual([line("candidate(2) - 10) < 2"), line("candidate(3) == 10**20")]);
    expect(result.stdout).toContain("  actual:   100000000000000000001\n");
    expect(result.stdout).toContain("polytest: 3 passed, 2 failed");
  });

  it("compares dicts and sets without order, floats inside by the tolerance", async () => {
    const dicts = await run("unordered");
    expect(failedLines(dicts.result.stdout)).toEqual([dicts.line("candidate(2)")]);
    expect(dicts.result.stdout).toMatch(/ {2}actual: {3}\{'(a': 0\.1, 'b': 0\.2|b': 0\.2, 'a': 0\.1)\}\n/);
    const sets = await run("sets");
    expect(failedLines(sets.result.stdout)).toEqual([sets.line("candidate(2)")]);
    expect(sets.result.stdout).toMatch(/ {2}actual: {3}\{(1, 2|2, 1)\}\n/);
  });

  it("keeps None apart from False, 0 and an empty list", async () => {
    const { result, line } = await run("noneIsNotFalsy");
    expect(failedLines(result.stdout)).toEqual([line("candidate(0) == None"), line("candidate(1) is None"), line("candidate(2) == None")]);
    expect(result.stdout).toContain("  expected: None\n  actual:   False\n");
    expect(result.stdout).toContain("  expected: None\n  actual:   0\n");
    expect(result.stdout).toContain("  expected: None\n  actual:   []\n");
    expect(result.stdout).toContain("polytest: 4 passed, 3 failed");
  });

  it("equates empty vectors of any element type, but never a vector with a tuple", async () => {
    const { result, line } = await run("listsAndTuples");
    expect(failedLines(result.stdout)).toEqual([line("candidate(2)")]);
    expect(result.stdout).toContain("  actual:   [[1, 2]]\n");
  });

  it("fails only the assertion whose call raises, reports the error and exits 1", async () => {
    const { result, line } = await run("raises");
    expect(result.stdout).toBe(
      `\nFAIL line ${line("candidate(0)")}: assert candidate(0) == 0\n  expected: 0\n  error:    boom at zero\n\npolytest: 2 passed, 1 failed\n`,
    );
    expect(result.exitCode).toBe(1);
  });

  it("renders the actual value like Python's repr", async () => {
    const { result } = await run("repr");
    expect(result.stdout).toContain(`  actual:   ([1, 2], 'a\\'b"c\\t', 1e-05, 1e+16, 0.0001, -2.5, True, None, {'a': 1}, {3}, (7,))\n`);
  });

  it("follows Python's truthiness", async () => {
    const { result, line } = await run("truthiness");
    expect(failedLines(result.stdout)).toEqual([line("assert candidate(1)")]);
    expect(result.stdout).toContain("  expected: a truthy value\n  actual:   ''\n");
    expect(result.stdout).toContain("polytest: 9 passed, 1 failed");
  });

  it("is not disturbed by a candidate that redefines println, string, isempty and length in Main", async () => {
    const { result, line } = await run("shadowing");
    expect(failedLines(result.stdout)).toEqual([line("candidate([5])")]);
    expect(result.stdout).toContain("polytest: 2 passed, 1 failed");
    expect(result.exitCode).toBe(1);
  });

  it("starts report lines on lines of their own after candidate output without a newline", async () => {
    const { result, line } = await run("unfinishedOutput");
    expect(failedLines(result.stdout)).toEqual([line("candidate(2)")]);
    expect(result.stdout).toMatch(/^polytest: 1 passed, 1 failed$/m);
    expect(result.exitCode).toBe(1);
  });

  it("stderr of a candidate that does not parse matches the compile-error pattern", async () => {
    const { compiled } = await run("renamed");
    const result = runProgram("julia", `function end_(x)\n    return x +\nend\n${compiled.program}`);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(juliaBackend.info.compileErrorPattern!);
  });

  it("holds `is True` only for the Bool itself, as Python's `is`", async () => {
    const { result, line } = await run("boolIdentity");
    expect(failedLines(result.stdout)).toEqual([line("candidate(1) is True")]);
    expect(result.stdout).toContain("  expected: True\n  actual:   1\n");
  });

  it("compares sorted(...) as a multiset and set(...) by coverage; a sort or set() Python cannot make fails, != included", async () => {
    const { result, line } = await run("views");
    expect(failedLines(result.stdout)).toEqual([
      line("[1, 2, 4, 4]"),
      line("set(candidate(4)) != {1, 2, 4}"),
      line("sorted(candidate(-1))"),
      line("set(candidate(-2))"),
    ]);
    expect(result.stdout).toContain("  expected: [1, 2, 4, 4]\n  actual:   [4, 2, 1]\n");
    expect(result.stdout).toContain("sorted() raises in Python");
    expect(result.stdout).toContain("set() raises in Python: unhashable");
    expect(result.stdout).toContain("polytest: 3 passed, 4 failed");
  });

  it("checks round(...) == y as an exact range: ints are not converted to Float64, nan fails", async () => {
    const { result, line } = await run("rounding");
    expect(failedLines(result.stdout)).toEqual([line("candidate(1), 2"), line("candidate(3), 1"), line("candidate(4)")]);
    expect(result.stdout).toContain("  expected: a number from 3.1350000000000002 to 3.1449999999999996\n  actual:   3.15\n");
    expect(result.stdout).toContain("  actual:   9007199254740993\n");
    expect(result.stdout).toContain("polytest: 2 passed, 3 failed");
  });

  it("calls a renamed entry point and exits 0 when everything passed", async () => {
    const { result } = await run("renamed");
    expect(result.stdout).toBe("\npolytest: 1 passed, 0 failed\n");
    expect(result.exitCode).toBe(0);
  });

  it("passes strings with $, NUL, combining marks, astral and separator characters through", async () => {
    const { result, line } = await run("strings");
    expect(failedLines(result.stdout)).toEqual([line('candidate("a\\tb")')]);
    expect(result.stdout).toContain("  expected: 'a b'\n  actual:   'a\\tb'\n");
  });
});

/** Decodes a Julia string literal as Julia reads it (only the escapes the backend writes). */
function decodeJuliaString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const body = literal.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; ) {
    const ch = body[i]!;
    expect(ch === '"' || ch === "$", `unescaped ${ch} in ${literal}`).toBe(false);
    if (ch !== "\\") {
      out += ch;
      i += 1;
      continue;
    }
    const kind = body[i + 1]!;
    const simple: Record<string, string> = { "\\": "\\", '"': '"', $: "$", n: "\n", t: "\t", r: "\r" };
    if (kind in simple) {
      out += simple[kind];
      i += 2;
      continue;
    }
    // Julia reads at most 2 hex digits after \x, 4 after \u and 8 after \U.
    const max = kind === "x" ? 2 : kind === "u" ? 4 : kind === "U" ? 8 : 0;
    expect(max, `unknown escape \\${kind}`).toBeGreaterThan(0);
    const digits = /^[0-9a-fA-F]*/.exec(body.slice(i + 2, i + 2 + max))![0];
    const cp = parseInt(digits, 16);
    if (kind === "x") expect(cp).toBeLessThan(0x80);
    out += String.fromCodePoint(cp);
    i += 2 + digits.length;
  }
  return out;
}

describe("Julia: an annotated Any is the candidate's Any", () => {
  it("passes List[Any] as Vector{Any} (MultiPL-E's values::Vector{Any}), however precise the values' own type", async () => {
    const source = [
      "from typing import Any, List",
      "def filter_integers(values: List[Any]) -> List[int]:",
      "    pass",
      "def check(candidate):",
      "    assert candidate([]) == []",
      "    assert candidate([4, {}, [], 23.2, 9, 'adasd']) == [4, 9]",
      "    assert candidate([3, 'c', 3]) == [3, 3]",
      "check(filter_integers)",
    ].join("\n");
    const result = await compileTests(source, "julia");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const calls = [...result.program.matchAll(/Main\.filter_integers\((.*)\),$/gm)].map((m) => m[1]);
    expect(calls).toEqual(["Any[]", 'Any[4, Dict{Any, Any}(), Any[], 23.2, 9, "adasd"]', 'Any[3, "c", 3]']);
    expect(await syntaxErrors("julia", result.program)).toEqual([]);
  });

  it("keeps the inferred element type where the annotation is precise or absent", async () => {
    const typed = await compileTests("def f(xs: List[int]) -> int:\n    pass\ndef check(candidate):\n    assert candidate([]) == 0\ncheck(f)\n", "julia");
    expect(typed.program).toContain("Main.f(Int64[])");
    const untyped = await compileTests("assert g([1, 2]) == 3\nassert g([]) == 0\n", "julia");
    expect(untyped.program).toContain("Main.g(Int64[1, 2])");
  });
});
