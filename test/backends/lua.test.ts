/**
 * The Lua 5.4 backend: entry-point names, refusals (code and line), value spelling, and the
 * equality, truthiness and report rules executed in the real `lua5.4`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luaTypeDescriptor } from "../../src/backends/lua/descriptors.js";
import { luaBackend } from "../../src/backends/lua/index.js";
import { luaFloat, luaInteger, luaReadableString, luaString, luaValue } from "../../src/backends/lua/literals.js";
import { luaEntryPointName } from "../../src/backends/lua/names.js";
import { type CompileOptions, compileTests } from "../../src/index.js";
import { NO_SPAN } from "../../src/ir/span.js";
import { toPythonLiteral } from "../../src/ir/python-literal.js";
import { ANY, BOOL, FLOAT, INT, STR, type Type, dictOf, listOf, optionalOf, setOf, showType, tupleOf } from "../../src/ir/types.js";
import { DEFAULT_TOLERANCE, type TypedAssertion, type TypedSuite } from "../../src/ir/suite.js";
import type { Value } from "../../src/ir/values.js";
import { runProgram, skipReason } from "../support/interpreters.js";
import { compileAndRun, failedLines, lineOf, pythonSuite } from "../support/backend-suites.js";

const skip = skipReason("lua");

const compile = (source: string, options: CompileOptions = {}) => compileTests(source, "lua", options);

const runSuite = (source: string, candidate: string, options: CompileOptions = {}) =>
  compileAndRun("lua", source, candidate, options);

function summary(stdout: string): string | undefined {
  return stdout.trimEnd().split("\n").at(-1);
}

const v = {
  int: (n: number | bigint): Value => ({ kind: "int", value: BigInt(n), span: NO_SPAN }),
  float: (x: number): Value => ({ kind: "float", value: x, text: String(x), span: NO_SPAN }),
  str: (s: string): Value => ({ kind: "str", value: s, span: NO_SPAN }),
  none: (): Value => ({ kind: "none", span: NO_SPAN }),
  list: (...items: Value[]): Value => ({ kind: "list", items, span: NO_SPAN }),
  set: (...items: Value[]): Value => ({ kind: "set", items, span: NO_SPAN }),
  tuple: (...items: Value[]): Value => ({ kind: "tuple", items, span: NO_SPAN }),
  dict: (...entries: [Value, Value][]): Value => ({ kind: "dict", entries: entries.map(([key, value]) => ({ key, value })), span: NO_SPAN }),
};

describe("entry-point names", () => {
  it("gives Lua keywords and standard globals a trailing underscore and keeps other names", () => {
    for (const keyword of ["end", "and", "function", "repeat", "until", "local", "nil", "not", "or", "goto", "then", "elseif"]) {
      expect(luaEntryPointName(keyword)).toBe(`${keyword}_`);
    }
    for (const global of ["print", "type", "next", "select", "string", "math", "tostring", "error"]) {
      expect(luaEntryPointName(global)).toBe(`${global}_`);
    }
    expect(luaEntryPointName("add")).toBe("add");
    expect(luaEntryPointName("End")).toBe("End");
    expect(luaEntryPointName("end_")).toBe("end_");
    expect(luaEntryPointName("max_element")).toBe("max_element");
  });

  it("spells characters Lua identifiers cannot hold as _uXXXX", () => {
    expect(luaEntryPointName("größe")).toBe("gr_u00F6_u00DFe");
  });

  it("calls the renamed function and reports the name used", async () => {
    const source = pythonSuite("end(x: int) -> int", "assert candidate(1) == 2", "assert candidate(2) == 3");
    const compiled = await compile(source);
    expect(compiled.entryPoint).toBe("end_");
    expect(compiled.program).toContain("function() return end_(1) end");
  });

  it.skipIf(skip !== undefined)("runs a candidate named after a Lua global without breaking the prelude", async () => {
    const source = pythonSuite("type(x: int) -> str", "assert candidate(1) == 'int'", "assert candidate(2) == 'bad'");
    const { run } = await runSuite(source, 'function type_(x) return "int" end');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "== 'bad'")]);
    expect(run.stdout).toContain("polytest: 1 passed, 1 failed");
  });
});

describe("value spelling", () => {
  it("writes ints, the 64-bit extremes included, as integers", () => {
    expect(luaInteger(5n)).toBe("5");
    expect(luaInteger(-3n)).toBe("-3");
    expect(luaInteger(2n ** 63n - 1n)).toBe("9223372036854775807");
    expect(luaInteger(-(2n ** 63n))).toBe("(-9223372036854775807 - 1)");
  });

  it("writes floats so Lua reads floats", () => {
    expect(luaFloat(1)).toBe("1.0");
    expect(luaFloat(1e-5)).toBe("1e-05");
    expect(luaFloat(6.02214076e23)).toBe("6.02214076e+23");
    expect(luaFloat(-0)).toBe("-0.0");
    expect(luaFloat(Infinity)).toBe("math.huge");
    expect(luaFloat(-Infinity)).toBe("(-math.huge)");
    expect(luaFloat(NaN)).toBe("(0/0)");
  });

  it("keeps an int at a float position an integer, as Python passes it, unless it exceeds 64 bits", () => {
    const widened = (n: bigint): Value => ({ kind: "float", value: Number(n), text: n.toString(), widenedFromInt: true, span: NO_SPAN });
    expect(luaValue(widened(2n))).toBe("2");
    expect(luaValue(widened(-(2n ** 63n)))).toBe("(-9223372036854775807 - 1)");
    expect(luaValue(widened(10n ** 20n))).toBe("1e+20");
  });

  it("escapes strings with three-digit decimal escapes so a following digit is not absorbed", () => {
    expect(luaString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(luaString("\u00001")).toBe('"\\0001"');
    expect(luaString("\u0007\u001b\u007f")).toBe('"\\007\\027\\127"');
    expect(luaString("l1\nl2\t\r")).toBe('"l1\\nl2\\t\\r"');
    expect(luaString("café 😀")).toBe('"café 😀"');
  });

  it("uses a long bracket for report text with quotes, choosing a level its text cannot close", () => {
    expect(luaReadableString("plain")).toBe('"plain"');
    expect(luaReadableString('say "hi"')).toBe('[=[say "hi"]=]');
    expect(luaReadableString('x]=] "')).toBe('[==[x]=] "]==]');
    expect(luaReadableString('ends with ]=')).toBe('"ends with ]="');
    expect(luaReadableString('"ends with ]=')).toBe('[==["ends with ]=]==]');
    expect(luaReadableString('"tab\there')).toBe('"\\"tab\\there"');
  });

  it("writes lists and tuples as sequences, dicts as {[k] = v}, sets as {[v] = true}", () => {
    expect(luaValue(v.list(v.int(1), v.tuple(v.str("a"), v.float(2))))).toBe('{1, {"a", 2.0}}');
    expect(luaValue(v.dict([v.str("a"), v.int(-1)], [v.int(-2), v.list()]))).toBe('{["a"] = -1, [-2] = {}}');
    expect(luaValue(v.set(v.int(3), v.tuple(v.int(1), v.int(2))))).toBe("{[3] = true, [{1, 2}] = true}");
    expect(luaValue(v.none())).toBe("nil");
  });

  it("describes types compactly, int before float in unions", () => {
    expect(luaTypeDescriptor(listOf(tupleOf(INT, STR)))).toBe('{"list", {"tuple", "int", "str"}}');
    expect(luaTypeDescriptor(dictOf(STR, optionalOf(setOf(FLOAT))))).toBe('{"dict", "str", {"opt", {"set", "float"}}}');
    expect(luaTypeDescriptor({ kind: "union", members: [FLOAT, INT] })).toBe('{"union", "int", "float"}');
  });
});

describe("refusals", () => {
  const refusals = async (source: string) =>
    (await compile(source)).diagnostics.filter((d) => d.code.startsWith("refused/")).map((d) => [d.code, d.line]);

  it("refuses None inside a list, a tuple, a dict value, a dict key and a set", async () => {
    const source = pythonSuite(
      "f(x: List[Optional[int]]) -> Tuple[int, Optional[int]]",
      "assert candidate([1, None]) == (1, 1)",
      "assert candidate([1]) == (1, None)",
      "assert candidate([2]) == (2, 2)",
    );
    expect(await refusals(source)).toEqual([
      ["refused/lua-nil-in-container", lineOf(source, "[1, None]")],
      ["refused/lua-nil-in-container", lineOf(source, "(1, None)")],
    ]);

    const dicts = pythonSuite(
      "g(x: int) -> Dict[Optional[str], Optional[int]]",
      'assert candidate(1) == {"a": None}',
      "assert candidate(2) == {None: 1}",
      'assert candidate(3) == {"a": 1}',
    );
    expect(await refusals(dicts)).toEqual([
      ["refused/lua-nil-in-container", lineOf(dicts, '{"a": None}')],
      ["refused/lua-nil-in-container", lineOf(dicts, "{None: 1}")],
    ]);

    const sets = pythonSuite("h(x: int) -> Set[Optional[int]]", "assert candidate(1) == {1, None}", "assert candidate(2) == {2}");
    expect(await refusals(sets)).toEqual([["refused/lua-nil-in-container", lineOf(sets, "{1, None}")]]);
  });

  it("names the place of the None in the diagnostic", async () => {
    const source = pythonSuite("f(xs: List[Optional[int]]) -> int", "assert candidate([1, None]) == 1", "assert candidate([]) == 0");
    const [diagnostic] = (await compile(source)).diagnostics;
    expect(diagnostic).toMatchObject({ code: "refused/lua-nil-in-container", line: lineOf(source, "[1, None]") });
    expect(diagnostic!.message).toContain("argument 'xs'");
    const line = source.split("\n")[lineOf(source, "[1, None]") - 1]!;
    expect(diagnostic!.column).toBe(line.indexOf("None") + 1);
  });

  it("compiles a None argument at the top level, trailing or not", async () => {
    const source = pythonSuite("f(a: Optional[int], b: Optional[int]) -> int", "assert candidate(None, 2) == 2", "assert candidate(1, None) == 1");
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.program).toContain("f(nil, 2)");
    expect(compiled.program).toContain("f(1, nil)");
  });

  it("refuses ints beyond 64 bits and keeps the extremes", async () => {
    const source = pythonSuite(
      "f(x: int) -> int",
      "assert candidate(9223372036854775807) == 1",
      "assert candidate(9223372036854775808) == 1",
      "assert candidate(1) == -9223372036854775808",
      "assert candidate(2) == -9223372036854775809",
    );
    expect(await refusals(source)).toEqual([
      ["refused/lua-int-range", lineOf(source, "(9223372036854775808)")],
      ["refused/lua-int-range", lineOf(source, "-9223372036854775809")],
    ]);
    const { program } = await compile(source);
    expect(program).toContain("function() return f(9223372036854775807) end, 1)");
    expect(program).toContain("function() return f(1) end, (-9223372036854775807 - 1))");
  });

  it("refuses an int at a float position that no double can hold", async () => {
    const source = pythonSuite("f(x: float) -> float", "assert candidate(1.0) == 10**400", "assert candidate(2.0) == 10**300");
    expect(await refusals(source)).toEqual([["refused/lua-int-range", lineOf(source, "10**400")]]);
  });

  it("refuses nan as a dict key or set item", async () => {
    const source = pythonSuite(
      "f(x: int) -> Dict[float, int]",
      "assert candidate(1) == {float('nan'): 1}",
      "assert candidate(2) == {2.5: 1}",
    );
    expect(await refusals(source)).toEqual([["refused/lua-nan-key", lineOf(source, "float('nan')")]]);
  });

  it("compiles a union of tuples of different lengths, told apart by length", async () => {
    const source = ["assert f(1) == (1, (2, 3), 4)", "assert f(2) == (5, (6, 7))", "assert f(3) == (5, (6, 7))", ""].join("\n");
    const compiled = await compile(source);
    expect(compiled.diagnostics).toEqual([]);
    if (skip !== undefined) return;
    const run = runProgram("lua", `function f(x) if x == 1 then return {1, {2, 3}, 4} end return {5, {6, 7}, 8} end\n${compiled.program}`);
    expect(failedLines(run.stdout)).toEqual([2, 3]);
    expect(run.stdout).toContain("  actual:   (5, (6, 7), 8)\n");
  });

  it("merges union members of one container kind, which Lua reads alike, and keeps refusing two kinds", async () => {
    expect(luaTypeDescriptor({ kind: "union", members: [{ kind: "vartuple", element: { kind: "union", members: [INT, STR] } }, tupleOf(INT, INT)] })).toBe(
      '{"vtuple", {"union", "int", "str"}}',
    );
    expect(luaTypeDescriptor({ kind: "union", members: [listOf(INT), listOf(STR), STR] })).toBe('{"union", {"list", {"union", "int", "str"}}, "str"}');
    expect(luaTypeDescriptor({ kind: "union", members: [tupleOf(INT, STR), tupleOf(STR, INT), tupleOf(INT)] })).toBe(
      '{"union", {"tuple", {"union", "int", "str"}, {"union", "int", "str"}}, {"tuple", "int"}}',
    );
    expect(luaTypeDescriptor({ kind: "union", members: [dictOf(STR, INT), dictOf(INT, FLOAT)] })).toBe('{"dict", {"union", "int", "str"}, "float"}');
    // unique_sublists (MBPP 779): keys are tuples of two lengths and two item kinds
    const source = [
      "assert f([[1, 3], [13, 15, 17], [1, 3]]) == {(1, 3): 2, (13, 15, 17): 1}",
      "assert f([['a', 'b'], ['c']]) == {('a', 'b'): 1, ('c',): 1}",
      "assert f([[1, 2], ['a']]) == {(1, 2): 1, ('a', 'b'): 1}",
      "",
    ].join("\n");
    const compiled = await compile(source);
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(compiled.program).toContain('{"dict", {"vtuple", {"union", "int", "str"}}, "int"}');
    if (skip !== undefined) return;
    const candidate = `function f(lists)
  local out = {}
  for _, l in ipairs(lists) do
    local key
    for k in pairs(out) do
      local same = #k == #l
      for i = 1, #l do same = same and k[i] == l[i] end
      if same then key = k end
    end
    if key then out[key] = out[key] + 1 else out[{table.unpack(l)}] = 1 end
  end
  return out
end`;
    const run = runProgram("lua", `${candidate}\n${compiled.program}`);
    expect(failedLines(run.stdout)).toEqual([3]);
    expect(run.stdout).toContain("  actual:   {('a',): 1, (1, 2): 1}\n");
  });

  it("refuses equality at a union of two table shapes, but not truthiness", async () => {
    const source = ["assert f(1) == [1]", "assert f(2) == (1, 2)", "assert f(3)", ""].join("\n");
    const compiled = await compile(source);
    expect(compiled.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line])).toEqual([
      ["refused/lua-ambiguous-union", 1],
      ["refused/lua-ambiguous-union", 2],
    ]);
    expect(compiled.compiledLines).toEqual([3]);
  });
});

describe.skipIf(skip !== undefined)("equality, truthiness and the report, executed", () => {
  it("fails when the candidate returns 0, {} or false where None is expected", async () => {
    const source = pythonSuite(
      "f(x: int) -> Optional[int]",
      "assert candidate(1) is None",
      "assert candidate(2) == None",
      "assert candidate(3) == None",
      "assert candidate(4) is None",
      "assert candidate(5) == None",
    );
    const candidate = `function f(x)
  if x == 1 then return 0 elseif x == 2 then return {} elseif x == 3 then return false elseif x == 5 then return "" end
  return nil
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([1, 2, 3, 5].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("  expected: None\n  actual:   0\n");
    expect(run.stdout).toContain("  actual:   False\n");
    expect(run.stdout).toContain("polytest: 1 passed, 4 failed");
    expect(run.exitCode).toBe(1);
  });

  it("fails when the candidate returns nil where False, 0 or [] is expected", async () => {
    const bools = pythonSuite("f(x: int) -> Optional[bool]", "assert candidate(1) == False", "assert candidate(2) == False");
    const b = await runSuite(bools, "function f(x) if x == 1 then return nil end return false end");
    expect(failedLines(b.run.stdout)).toEqual([lineOf(bools, "candidate(1)")]);

    const ints = pythonSuite("f(x: int) -> Optional[int]", "assert candidate(1) == 0");
    expect((await runSuite(ints, "function f(x) return nil end")).run.exitCode).toBe(1);

    const lists = pythonSuite("f(x: int) -> Optional[List[int]]", "assert candidate(1) == []", "assert candidate(2) == []");
    const l = await runSuite(lists, "function f(x) if x == 1 then return nil end return {} end");
    expect(failedLines(l.run.stdout)).toEqual([lineOf(lists, "candidate(1)")]);
    expect(l.run.stdout).toContain("  actual:   None\n");
  });

  it("applies the default tolerance: 1e-6 off fails, 1e-12 relative off passes", async () => {
    const source = pythonSuite(
      "f(x: float) -> float",
      "assert candidate(1.0) == 1.0",
      "assert candidate(2.0) == 2.0",
      "assert candidate(1000.0) == 1000.0",
    );
    const candidate = `function f(x)
  if x == 1.0 then return 1.0 + 1e-6 end
  if x == 2.0 then return 2.0 * (1 + 1e-12) end
  return x * (1 + 2e-9)
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1.0)"), lineOf(source, "candidate(1000.0)")]);
    expect(run.stdout).toContain("  expected: 1.0\n  actual:   1.000001\n");
  });

  it("applies the tolerance inside containers and compares exactly when it is 0", async () => {
    const source = pythonSuite("f(x: int) -> Dict[str, List[float]]", "assert candidate(1) == {'a': [0.1, 0.3]}");
    const candidate = "function f(x) return {a = {0.1, 0.1 + 0.2}} end";
    expect((await runSuite(source, candidate)).run.exitCode).toBe(0);
    const exact = await runSuite(source, candidate, { tolerance: { kind: "isclose", relative: 0, absolute: 0 } });
    expect(exact.run.exitCode).toBe(1);
    expect(exact.run.stdout).toContain("  actual:   {'a': [0.1, 0.30000000000000004]}\n");
  });

  it("compiles abs(a - b) < eps to exactly that bound, strict or inclusive", async () => {
    const source = pythonSuite(
      "f(x: float) -> float",
      "assert abs(candidate(1.0) - 1.0) < 0.5",
      "assert abs(candidate(2.0) - 2.0) <= 0.5",
      "assert abs(candidate(3.0) - 3.0) < 0.5",
      "assert math.isclose(candidate(4.0), 4.0, rel_tol=0.1)",
    );
    // 1.5 - 1.0 and 2.5 - 2.0 are exactly 0.5; 3.25 - 3.0 is 0.25; 4.3 is within 10% of 4.0.
    const candidate = "function f(x) if x == 3.0 then return 3.25 elseif x == 4.0 then return 4.3 end return x + 0.5 end";
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1.0)")]);
  });

  it("applies a stated tolerance to an int result too, as Python evaluates it, and the default never", async () => {
    const source = pythonSuite(
      "f(x: int) -> int",
      "assert abs(candidate(1) - 10) < 2",
      "assert abs(candidate(2) - 10) < 2",
      "assert math.isclose(candidate(3), 10, rel_tol=0.2)",
      "assert candidate(4) == 10",
    );
    const { compiled, run } = await runSuite(source, "function f(x) return ({11, 12, 11, 10.000000000001})[x] end");
    expect(compiled.program).toContain('{"absdiff", 2.0, false, stated = true}');
    expect(compiled.program).toContain('{"isclose", 0.2, 0.0, stated = true}');
    expect(compiled.program).toMatch(/return f\(4\) end, 10\)$/m);
    expect(failedLines(run.stdout)).toEqual([2, 4].map((n) => lineOf(source, `candidate(${n})`)));
  });

  it("treats nan as equal to nothing and an infinity only as itself", async () => {
    const source = pythonSuite(
      "f(x: int) -> float",
      "assert candidate(1) == float('nan')",
      "assert candidate(2) != float('nan')",
      "assert candidate(3) == float('inf')",
      "assert candidate(4) == float('inf')",
      "assert candidate(5) == -float('inf')",
    );
    const candidate = `function f(x)
  if x <= 2 then return 0/0 end
  if x == 3 then return math.huge end
  if x == 4 then return 1.7976931348623157e308 end
  return math.huge
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([1, 4, 5].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("  expected: float('nan')\n  actual:   nan\n");
    expect(run.stdout).toContain("  actual:   inf\n");
  });

  it("compares dicts in any order and fails on a missing, extra or different entry", async () => {
    const source = pythonSuite(
      "f(x: int) -> Dict[str, int]",
      "assert candidate(1) == {'a': 1, 'b': 2, 'c': 3}",
      "assert candidate(2) == {'a': 1, 'b': 2, 'c': 3}",
      "assert candidate(3) == {'a': 1, 'b': 2, 'c': 3}",
      "assert candidate(4) == {'a': 1, 'b': 2, 'c': 3}",
      "assert candidate(5) == {}",
    );
    const candidate = `function f(x)
  if x == 1 then local t = {} t.c = 3 t.b = 2 t.a = 1 return t end
  if x == 2 then return {a = 1, b = 2} end
  if x == 3 then return {a = 1, b = 2, c = 3, d = 4} end
  if x == 4 then return {a = 1, b = 2, c = 4} end
  return {}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([2, 3, 4].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("  actual:   {'a': 1, 'b': 2, 'c': 3, 'd': 4}\n");
  });

  it("finds tuple keys by value and compares sets as key sets", async () => {
    const source = pythonSuite(
      "f(x: int) -> Dict[Tuple[int, int], Set[str]]",
      "assert candidate(1) == {(1, 2): {'a', 'b'}, (2, 1): set()}",
      "assert candidate(2) == {(1, 2): {'a', 'b'}, (2, 1): set()}",
      "assert candidate(3) == {(1, 2): {'a', 'b'}, (2, 1): set()}",
    );
    const candidate = `function f(x)
  if x == 1 then return {[{2, 1}] = {}, [{1, 2}] = {b = true, a = true}} end
  if x == 2 then return {[{2, 1}] = {}, [{1, 2}] = {a = true}} end
  return {[{2, 1}] = {}, [{1, 3}] = {b = true, a = true}}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([2, 3].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("  actual:   {(1, 2): {'a'}, (2, 1): set()}\n");
  });

  it("looks float keys and set items up exactly, as Python hashes them; 1.0 and 1 are one key", async () => {
    const source = pythonSuite(
      "f(x: int) -> Tuple[Dict[float, str], Set[float]]",
      "assert candidate(1) == ({1.0: 'a', 2.5: 'b'}, {0.5})",
      "assert candidate(2) == ({1.0: 'a', 2.5: 'b'}, {0.3})",
    );
    const candidate = `function f(x)
  if x == 1 then return {{[1] = "a", [2.5] = "b"}, {[0.5] = true}} end
  return {{[1] = "a", [2.5] = "b"}, {[0.1 + 0.2] = true}}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
    expect(run.stdout).toContain("{0.30000000000000004})\n");
  });

  it("compares lists by length and items, with 1 equal to 1.0 and True not equal to 1", async () => {
    const source = pythonSuite(
      "f(x: int) -> List[float]",
      "assert candidate(1) == [1.0, 2.0]",
      "assert candidate(2) == [1.0, 2.0]",
      "assert candidate(3) == [1.0, 2.0]",
      "assert candidate(4) == [1.0, 2.0]",
    );
    const candidate = `function f(x)
  if x == 1 then return {1, 2} end
  if x == 2 then return {1.0, 2.0, 3.0} end
  if x == 3 then return {1.0} end
  return {true, 2}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([2, 3, 4].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("  actual:   [1.0, 2.0, 3.0]\n");
    expect(run.stdout).toContain("  actual:   [True, 2]\n");

    const ints = pythonSuite("g(x: int) -> int", "assert candidate(1) == 2", "assert candidate(2) == 2", "assert candidate(3) == 1");
    const i = await runSuite(ints, 'function g(x) if x == 1 then return 2.0 elseif x == 2 then return "2" end return true end');
    expect(failedLines(i.run.stdout)).toEqual([2, 3].map((n) => lineOf(ints, `candidate(${n})`)));
    expect(i.run.stdout).toContain("  actual:   '2'\n");
  });

  it("judges truthiness the Python way: 0, '', {} and nil are falsy", async () => {
    const source = pythonSuite(
      "f(x: int) -> Union[int, str, List[int]]",
      "assert candidate(1)",
      "assert candidate(2)",
      "assert candidate(3)",
      "assert candidate(4)",
      "assert not candidate(1)",
      "assert not candidate(5)",
    );
    const candidate = `function f(x)
  if x == 1 then return 0 elseif x == 2 then return "" elseif x == 3 then return {} elseif x == 4 then return {0} end
  return "0"
end`;
    const { run } = await runSuite(source, candidate);
    const lines = source.split("\n");
    const failed = failedLines(run.stdout).map((n) => lines[n - 1]!.trim());
    expect(failed).toEqual(["assert candidate(1)", "assert candidate(2)", "assert candidate(3)", "assert not candidate(5)"]);
    expect(run.stdout).toContain("  expected: a truthy value\n  actual:   []\n");
  });

  it("passes ints at float and Any positions as Lua integers", async () => {
    const source = pythonSuite(
      "f(x: float, xs: List[Any]) -> str",
      "assert candidate(2, [4, {}, [], 23.2, 'a']) == 'integer integer float'",
      "assert candidate(2.0, []) == 'float'",
    );
    const candidate = `function f(x, xs)
  local parts = {math.type(x)}
  for _, v in ipairs(xs) do if type(v) == "number" then parts[#parts + 1] = math.type(v) end end
  return table.concat(parts, " ")
end`;
    const { compiled, run } = await runSuite(source.replace("List, Optional", "Any, List, Optional"), candidate);
    expect(compiled.program).toContain("f(2, {4, {}, {}, 23.2, \"a\"})");
    expect(run.stdout).toBe("\npolytest: 2 passed, 0 failed\n");
  });

  it("handles untyped suites: unknown result types and element types of empty containers", async () => {
    const truthy = "assert f(1)\nassert not f(2)\nassert f(3)\n";
    const t = await runSuite(truthy, 'function f(x) return ({"a", {}, {k = 0}})[x] end');
    expect(t.compiled.program).toContain('"any", function() return f(1) end');
    expect(t.run.stdout).toBe("\npolytest: 3 passed, 0 failed\n");

    const empties = "assert f(1) == []\nassert f(2) == []\nassert f(3) == [[]]\n";
    const e = await runSuite(empties, "function f(x) return ({{}, {0}, {{1}}})[x] end");
    expect(e.compiled.program).toContain('{"list", {"list", "any"}}');
    expect(failedLines(e.run.stdout)).toEqual([2, 3]);
    expect(e.run.stdout).toContain("  actual:   [0]\n");
    expect(e.run.stdout).toContain("  actual:   [[1]]\n");
  });

  it("fails only the assertion whose call raises, printing the error", async () => {
    const source = pythonSuite("f(x: int) -> int", "assert candidate(1) == 1", "assert candidate(2) == 2", "assert candidate(3) == 3");
    const candidate = 'function f(x) if x == 2 then error("boom at two") end return x end';
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(2)")]);
    expect(run.stdout).toMatch(/\n {2}expected: 2\n {2}error: {4}.*boom at two\n/);
    expect(summary(run.stdout)).toBe("polytest: 2 passed, 1 failed");
    expect(run.exitCode).toBe(1);
  });

  it("survives a non-string error value, a runtime error and a missing function", async () => {
    const source = pythonSuite("f(x: int) -> int", "assert candidate(1) == 1", "assert candidate(2) == 2", "assert candidate(3) == 3");
    const candidate = "function f(x) if x == 1 then error({}) elseif x == 2 then return nil + 1 end return x end";
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([1, 2].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("attempt to perform arithmetic on a nil value");

    const missing = await runSuite(source, "function g(x) return x end");
    expect(failedLines(missing.run.stdout)).toHaveLength(3);
    expect(missing.run.stdout).toContain("attempt to call a nil value (global 'f')");
    expect(missing.run.exitCode).toBe(1);
  });

  it("starts each report block on a line of its own after candidate output without a newline", async () => {
    const source = pythonSuite("f(x: int) -> int", "assert candidate(1) == 1", "assert candidate(2) == 3");
    const { run } = await runSuite(source, 'io.write("top level")\nfunction f(x) io.write("called") return x end');
    expect(run.stdout).toMatch(/^FAIL line \d+: assert candidate\(2\) == 3$/m);
    expect(run.stdout).toMatch(/^polytest: 1 passed, 1 failed$/m);
  });

  it("tells a syntax error (compile_error) from a runtime error by the interpreter's stderr", () => {
    const pattern = luaBackend.info.compileErrorPattern!;
    const syntax = runProgram("lua", "function add(a, b) return a + end\n");
    const runtime = runProgram("lua", 'error("unexpected symbol near x")\n');
    const nonString = runProgram("lua", "error({})\n");
    expect(syntax.exitCode).toBe(1);
    expect(pattern.test(syntax.stderr)).toBe(true);
    expect(pattern.test(runtime.stderr)).toBe(false);
    expect(pattern.test(nonString.stderr)).toBe(false);
  });

  it("exits 0 with the summary as its last line when everything holds", async () => {
    const source = pythonSuite("f(x: int) -> Tuple[int, str]", "assert candidate(1) == (1, '1')", "assert candidate(2) != (2, '3')");
    const { run } = await runSuite(source, "function f(x) return {x, tostring(x)} end");
    expect(run.stdout).toBe("\npolytest: 2 passed, 0 failed\n");
    expect(run.exitCode).toBe(0);
  });

  it("prints actual values Python-like", async () => {
    const source = pythonSuite(
      "f(x: int) -> Tuple[int, str, bool, Optional[float], List[Tuple[int]]]",
      "assert candidate(1) == (0, '', False, 0.5, [])",
    );
    const candidate = `function f(x) return {7, "it's \\"q\\"\\n", true, 1e16, {{1}, {2}}} end`;
    const { run } = await runSuite(source, candidate);
    expect(run.stdout).toContain(`  actual:   (7, 'it\\'s "q"\\n', True, 1e+16, [(1,), (2,)])\n`);
  });

  it("passes strings through byte for byte, NUL and controls included", async () => {
    const source = pythonSuite(
      "f(s: str) -> str",
      'assert candidate("a\\x001\\x07\\n\\u00e9\\U0001F600") == "a\\x001\\x07\\n\\u00e9\\U0001F600!"',
    );
    const { run } = await runSuite(source, 'function f(s) if #s ~= 11 then return "bad length" end return s .. "!" end');
    expect(run.stdout).toBe("\npolytest: 1 passed, 0 failed\n");
  });

  it("handles the Lua integer extremes", async () => {
    const source = pythonSuite(
      "f(x: int) -> int",
      "assert candidate(9223372036854775807) == -9223372036854775808",
      "assert candidate(-9223372036854775808) == 9223372036854775807",
    );
    const { run } = await runSuite(source, "function f(x) if x == math.maxinteger then return math.mininteger end return math.maxinteger end");
    expect(run.stdout).toBe("\npolytest: 2 passed, 0 failed\n");
  });
});

/**
 * A property check of the prelude's equality and truthiness against a reference written here in
 * TypeScript from Python's rules: random types and pairs of values (equal, nearly equal, reordered,
 * changed), every pair one assertion, all run in one Lua program.
 */
describe.skipIf(skip !== undefined)("equality and truthiness against a Python reference", () => {
  const typeArb: fc.Arbitrary<Type> = fc.letrec<{ type: Type }>((tie) => ({
    type: fc.oneof(
      { maxDepth: 3, depthSize: "small" },
      fc.constantFrom(INT, FLOAT, STR, BOOL),
      tie("type").map(listOf),
      fc.array(tie("type"), { maxLength: 3 }).map((ts) => tupleOf(...ts)),
      fc.tuple(fc.constantFrom(INT, STR), tie("type")).map(([k, t]) => dictOf(k, t)),
      fc.constantFrom(INT, STR).map(setOf),
      tie("type").map(optionalOf),
    ),
  })).type;

  const at = NO_SPAN;
  const floats = fc.oneof(fc.double(), fc.constantFrom(0.1, -2.5, 1e-300, 1e300, 3.0, -0));
  const ints = fc.oneof(fc.integer({ min: -5, max: 5 }).map(BigInt), fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n));
  const strings = fc.string({ unit: fc.constantFrom("a", "b", "'", '"', "\\", "\n", "\u0000", "é", "😀", "1"), maxLength: 4 });

  /** A value of `type`; None only at the top of an Optional (Lua tables cannot hold nil). */
  function valueArb(type: Type, top = true): fc.Arbitrary<Value> {
    switch (type.kind) {
      case "int":
        return ints.map((value) => ({ kind: "int", value, span: at }));
      case "float":
        return floats.map((value) => ({ kind: "float", value, text: String(value), span: at }));
      case "str":
        return strings.map((value) => ({ kind: "str", value, span: at }));
      case "bool":
        return fc.boolean().map((value) => ({ kind: "bool", value, span: at }));
      case "list":
        return fc.array(valueArb(type.element, false), { maxLength: 3 }).map((items) => ({ kind: "list", items, span: at }));
      case "tuple":
        return fc.tuple(...type.elements.map((t) => valueArb(t, false))).map((items) => ({ kind: "tuple", items, span: at }));
      case "set":
        return fc.uniqueArray(valueArb(type.element, false), { maxLength: 3, selector: keyOf }).map((items) => ({ kind: "set", items, span: at }));
      case "dict":
        return fc
          .uniqueArray(fc.tuple(valueArb(type.key, false), valueArb(type.value, false)), { maxLength: 3, selector: ([k]) => keyOf(k) })
          .map((entries) => ({ kind: "dict", entries: entries.map(([key, value]) => ({ key, value })), span: at }));
      case "optional":
        return top ? fc.oneof(fc.constant<Value>({ kind: "none", span: at }), valueArb(type.inner)) : valueArb(type.inner, false);
      default:
        throw new Error(`no generator for ${showType(type)}`);
    }
  }

  function keyOf(value: Value): string {
    return value.kind === "int" ? `i${value.value}` : value.kind === "str" ? `s${value.value}` : JSON.stringify(value);
  }

  /** A variant of `value`: equal (reordered, float nudged by 1e-12) or different, as `choices` say. */
  function variant(value: Value, choices: number[]): Value {
    const pick = (): number => choices.shift() ?? 0;
    const go = (v: Value): Value => {
      const c = pick();
      switch (v.kind) {
        case "int":
          return c === 1 ? { ...v, value: v.value === 2n ** 63n - 1n ? v.value - 1n : v.value + 1n } : v;
        case "float":
          return c === 1 ? { ...v, value: v.value * (1 + 1e-12) } : c === 2 ? { ...v, value: v.value + 1e-6 } : v;
        case "str":
          return c === 1 ? { ...v, value: `${v.value}x` } : v;
        case "bool":
          return c === 1 ? { ...v, value: !v.value } : v;
        case "list":
        case "tuple":
          return c === 1 && v.kind === "list" ? { ...v, items: v.items.slice(1) } : { ...v, items: v.items.map(go) };
        case "set":
          return c === 1 ? { ...v, items: v.items.slice(1) } : { ...v, items: [...v.items].reverse() };
        case "dict":
          return c === 1
            ? { ...v, entries: v.entries.slice(1) }
            : { ...v, entries: [...v.entries].reverse().map((e) => ({ key: e.key, value: go(e.value) })) };
        case "none":
          return v;
      }
    };
    return go(value);
  }

  function close(a: number, b: number): boolean {
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    return Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 1e-12);
  }

  /** Python's `actual == expected` for two values of the same type, floats by the default tolerance. */
  function pyEqual(actual: Value, expected: Value): boolean {
    if (actual.kind !== expected.kind) return false;
    switch (expected.kind) {
      case "int":
      case "str":
      case "bool":
        return (actual as typeof expected).value === expected.value;
      case "float":
        return close((actual as typeof expected).value, expected.value);
      case "none":
        return true;
      case "list":
      case "tuple": {
        const items = (actual as typeof expected).items;
        return items.length === expected.items.length && items.every((item, i) => pyEqual(item, expected.items[i]!));
      }
      case "set": {
        const keys = new Set((actual as typeof expected).items.map(keyOf));
        return keys.size === expected.items.length && expected.items.every((item) => keys.has(keyOf(item)));
      }
      case "dict": {
        const entries = new Map((actual as typeof expected).entries.map((e) => [keyOf(e.key), e.value]));
        return entries.size === expected.entries.length && expected.entries.every((e) => entries.has(keyOf(e.key)) && pyEqual(entries.get(keyOf(e.key))!, e.value));
      }
    }
  }

  function pyTruthy(value: Value): boolean {
    switch (value.kind) {
      case "int":
        return value.value !== 0n;
      case "float":
        return value.value !== 0;
      case "str":
        return value.value !== "";
      case "bool":
        return value.value;
      case "none":
        return false;
      case "list":
      case "tuple":
      case "set":
        return value.items.length > 0;
      case "dict":
        return value.entries.length > 0;
    }
  }

  it("agrees with Python on == and truthiness for random values", async () => {
    const cases = fc.sample(
      typeArb.chain((type) =>
        fc.tuple(fc.constant(type), valueArb(type), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), fc.integer({ min: 0, max: 2 })),
      ),
      { numRuns: 150, seed: 20240611 },
    );
    let checked = 0;
    for (const [type, expected, choices, mode] of cases) {
      // mode 0: the same value; 1: a variant; 2: an independent value of the same type
      const actual = mode === 0 ? expected : mode === 1 ? variant(expected, [...choices]) : fc.sample(valueArb(type), { numRuns: 1, seed: choices.length })[0]!;
      const source = [
        "from typing import Optional",
        `def f(i: int) -> ${showType(type)}:`,
        "    pass",
        `assert f(1) == ${toPythonLiteral(expected)}`,
        "assert f(1)",
        "",
      ].join("\n");
      const compiled = await compile(source);
      expect(compiled.diagnostics, source).toEqual([]);
      const run = runProgram("lua", `function f(i) return ${luaValue(actual)} end\n${compiled.program}`);
      const failed = failedLines(run.stdout);
      const context = `${source}\nactual: ${toPythonLiteral(actual)}\n${run.stdout}${run.stderr}`;
      expect(failed.includes(4), context).toBe(!pyEqual(actual, expected));
      expect(failed.includes(5), context).toBe(!pyTruthy(actual));
      // The report prints Python's repr (dicts and sets sorted, so only checked without them).
      if (failed.includes(4) && !/dict|set/.test(showType(type))) {
        const repr = toPythonLiteral(actual).replace(/float\('(-?inf|nan)'\)/g, "$1");
        expect(run.stdout, context).toContain(`\n  actual:   ${repr}\n`);
      }
      checked++;
    }
    expect(checked).toBe(150);
  });
});

describe("sorted(...), set(...) and round(...) shapes", () => {
  const refusals = async (source: string) =>
    (await compile(source)).diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line]);

  it("lists the three shapes among the backend's features", () => {
    expect(luaBackend.features).toEqual(["inRange", "sortedView", "setView"]);
  });

  it("compiles sorted(...) as a multiset by exact equality, and by Python's order where a tolerance or != needs it", async () => {
    const source = pythonSuite(
      "f(x: int) -> List[int]",
      "assert sorted(candidate(1)) == [1, 2, 2]",
      "assert sorted(candidate(2)) != [1, 2]",
    );
    const { program } = await compile(source);
    expect(program).toContain('function() return f(1) end, "multiset", "int", {1, 2, 2})');
    expect(program).toContain('__pt_assert_sorted_not_equal("FAIL line 10: assert sorted(candidate(2)) != [1, 2]", "not [1, 2]", {"list", "int"}, function() return f(2) end, "python", "int", {1, 2})');
    const floats = pythonSuite("g(x: int) -> Tuple[float, ...]", "assert sorted(candidate(1)) == [0.5, 1.5]");
    expect((await compile(floats)).program).toContain('"python", "float", {0.5, 1.5}, {"isclose", 1e-09, 1e-12})');
    const exact = await compile(floats, { tolerance: { kind: "isclose", relative: 0, absolute: 0 } });
    expect(exact.program).toContain('"multiset", "float", {0.5, 1.5})');
  });

  it("refuses a view of a result of unknown type, set(...) of unhashable items, and orders Lua cannot follow", async () => {
    // The type checker infers a view's result type from its uses; an Any that still reached the
    // backend could be a sequence or a set table.
    const untyped: TypedAssertion = {
      kind: "equal",
      call: { callee: "f", args: [v.int(1)], span: NO_SPAN },
      expected: v.list(v.int(1), v.int(2)),
      view: "sorted",
      span: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 30 },
      source: "assert sorted(f(1)) == [1, 2]",
      argTypes: [INT],
      resultType: ANY,
      declaredArgTypes: [INT],
      declaredResultType: ANY,
      tolerance: DEFAULT_TOLERANCE,
      toleranceStated: false,
    };
    const suite: TypedSuite = {
      entryPoint: "f",
      signature: { params: [{ name: "x", type: INT, annotated: true }], returns: ANY, returnsAnnotated: true },
      assertions: [untyped],
      diagnostics: [],
      assertStatements: 1,
    };
    const result = luaBackend.compileAssertion(untyped, { entryPoint: "f", suite });
    expect("refusal" in result && result.refusal.code).toBe("refused/lua-untyped-view");
    const lists = pythonSuite("g(x: int) -> List[list]", "assert set(candidate(1)) == set()", "assert sorted(candidate(2)) == [[1]]");
    expect(await refusals(lists)).toEqual([["refused/lua-view-unhashable", lineOf(lists, "candidate(1)")]]);
    const dicts = pythonSuite(
      "h(x: int) -> List[Dict[str, int]]",
      "assert sorted(candidate(1)) == [{'a': 1}]",
      "assert sorted(candidate(2)) != [{'a': 1}]",
    );
    expect(await refusals(dicts)).toEqual([["refused/lua-view-order", lineOf(dicts, "candidate(2)")]]);
  });
});

describe.skipIf(skip !== undefined)("sorted(...), set(...) and round(...), executed", () => {
  it("sorted(...) == [...]: any order passes; a dropped, extra or duplicated item fails; != is the negation", async () => {
    const source = pythonSuite(
      "f(x: int) -> List[int]",
      "assert sorted(candidate(1)) == [1, 2, 2, 3]",
      "assert sorted(candidate(2)) == [1, 2, 2, 3]",
      "assert sorted(candidate(3)) == [1, 2, 2, 3]",
      "assert sorted(candidate(4)) == [1, 2, 2, 3]",
      "assert sorted(candidate(5)) == []",
      "assert sorted(candidate(6)) != [1, 2]",
      "assert sorted(candidate(7)) != [1, 2]",
    );
    const candidate = `function f(x)
  if x == 1 then return {3, 2, 1, 2} end
  if x == 2 then return {3, 2, 1} end
  if x == 3 then return {3, 2, 1, 2, 2} end
  if x == 4 then return {3, 3, 1, 2} end
  if x == 5 then return {} end
  if x == 6 then return {2, 1} end
  return {2, 1, 1}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([2, 3, 4, 6].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("  expected: [1, 2, 2, 3]\n  actual:   [3, 2, 1]\n");
  });

  it("sorted(...) reads a tuple or a set result, and raises (fails) on a value that is neither", async () => {
    const tuples = pythonSuite("f(x: int) -> Tuple[int, int, int]", "assert sorted(candidate(1)) == [1, 2, 3]", "assert sorted(candidate(2)) == [1, 2, 3]");
    const t = await runSuite(tuples, "function f(x) if x == 1 then return {3, 1, 2} end return {3, 1, 1} end");
    expect(failedLines(t.run.stdout)).toEqual([lineOf(tuples, "candidate(2)")]);

    const sets = pythonSuite(
      "g(x: int) -> Set[str]",
      "assert sorted(candidate(1)) == ['a', 'b']",
      "assert sorted(candidate(2)) == ['a', 'b']",
      "assert sorted(candidate(3)) != ['a', 'b']",
    );
    const s = await runSuite(sets, 'function g(x) if x == 1 then return {b = true, a = true} elseif x == 2 then return {"a", "b"} end return nil end');
    expect(failedLines(s.run.stdout)).toEqual([2, 3].map((n) => lineOf(sets, `candidate(${n})`)));
    expect(s.run.stdout).toContain("  error:    the result is not a set (a table whose values are all true)\n");
    expect(s.run.stdout).toContain("  error:    the result is not a set but a nil\n");
  });

  it("sorted(...) under a tolerance pairs items in Python's order, as sorted(...) == [...] does", async () => {
    // Python sorts the items first, then compares them in order under the tolerance. Candidates 1
    // to 3 return items within the tolerance of the expected ones; for 3, sorting pairs (1.0, 5)
    // with (1.0, 3), which fails, though a pairing that ignored the order would match
    // (1.0000000001, 3) with (1.0, 3) and (1.0, 5) with (1.0000000002, 5). A nan fails.
    const source = pythonSuite(
      "f(x: int) -> List[Tuple[float, int]]",
      "assert sorted(candidate(1)) == [(1.0, 5), (1.0000000002, 3)]",
      "assert sorted(candidate(2)) == [(1.0, 3), (1.0000000002, 5)]",
      "assert sorted(candidate(3)) == [(1.0, 3), (1.0000000002, 5)]",
      "assert sorted(candidate(4)) == [(0.5, 1), (2.0, 1)]",
    );
    const candidate = `function f(x)
  if x == 1 then return {{1.0000000001, 3}, {1.0, 5}} end
  if x == 2 then return {{1.0000000001, 5}, {1.0, 3}} end
  if x == 3 then return {{1.0000000001, 3}, {1.0, 5}} end
  return {{2.0, 1}, {0/0, 1}}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([3, 4].map((n) => lineOf(source, `candidate(${n})`)));
  });

  it("sorted(...) != [...] fails where Python's sort raises on items it cannot order", async () => {
    const source = pythonSuite(
      "f(x: int) -> List[Union[int, str]]",
      "assert sorted(candidate(1)) != [1, 2]",
      "assert sorted(candidate(2)) != [1, 2]",
      "assert sorted(candidate(3)) != ['a']",
      "assert sorted(candidate(4)) == ['a', 'b']",
    );
    const candidate = `function f(x)
  if x == 1 then return {2, "a"} end
  if x == 2 then return {3, 1} end
  if x == 3 then return {"b", "a"} end
  return {"b", "a"}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)")]);
    expect(run.stdout).toMatch(/error: {4}'<' is not supported between a (number and a string|string and a number)\n/);
  });

  it("orders strs by code point, not by the locale", async () => {
    const source = pythonSuite("f(x: int) -> List[str]", "assert sorted(candidate(1)) != ['B', 'a', 'é']", "assert sorted(candidate(2)) != ['B', 'a', 'é']");
    const { run } = await runSuite(source, 'function f(x) if x == 1 then return {"é", "a", "B"} end return {"a", "B"} end');
    expect(failedLines(run.stdout)).toEqual([lineOf(source, "candidate(1)")]);
  });

  it("set(...) == {...}: duplicates and order do not matter, a missing or extra item fails", async () => {
    const source = pythonSuite(
      "f(x: int) -> List[float]",
      "assert set(candidate(1)) == {1, 2.5}",
      "assert set(candidate(2)) == {1, 2.5}",
      "assert set(candidate(3)) == {1, 2.5}",
      "assert set(candidate(4)) == {1, 2.5}",
      "assert set(candidate(5)) != {1, 2.5}",
      "assert set(candidate(6)) == set()",
      "assert set(candidate(7)) == {1, 2.5}",
    );
    const candidate = `function f(x)
  if x == 1 then return {2.5, 1.0, 2.5, 1} end
  if x == 2 then return {2.5} end
  if x == 3 then return {2.5, 1, 3} end
  if x == 4 then return {2.5, 1.0000000001} end
  if x == 5 then return {2.5, 1, 1} end
  if x == 6 then return {} end
  return {2.5, 1, 0/0}
end`;
    const { run } = await runSuite(source, candidate);
    // set items compare exactly (Python looks them up by hash): 1.0000000001 is not 1
    expect(failedLines(run.stdout)).toEqual([2, 3, 4, 5, 7].map((n) => lineOf(source, `candidate(${n})`)));
  });

  it("set(...) of tuples and of a set result", async () => {
    const source = pythonSuite(
      "f(x: int) -> Set[Tuple[int, str]]",
      "assert set(candidate(1)) == {(1, 'a'), (2, 'b')}",
      "assert set(candidate(2)) == {(1, 'a'), (2, 'b')}",
      "assert set(candidate(3)) == {(1, 'a'), (2, 'b')}",
    );
    const candidate = `function f(x)
  if x == 1 then return {[{2, "b"}] = true, [{1, "a"}] = true, [{1, "a"}] = true} end
  if x == 2 then return {[{2, "b"}] = true} end
  return {[{2, "b"}] = true, [{1, "b"}] = true}
end`;
    const { run } = await runSuite(source, candidate);
    expect(failedLines(run.stdout)).toEqual([2, 3].map((n) => lineOf(source, `candidate(${n})`)));
  });

  it("round(...) == y: the range's ends are inclusive and exact, an int result compares exactly, nan and non-numbers fail", async () => {
    const source = pythonSuite(
      "f(x: int) -> float",
      "assert round(candidate(1)) == 314",
      "assert round(candidate(2)) == 314",
      "assert round(candidate(3)) == 314",
      "assert round(candidate(4)) == 314",
      "assert round(candidate(5), 2) == 3.14",
      "assert round(candidate(6), 2) == 3.14",
      "assert round(candidate(7), 1) == 0.0",
      "assert round(candidate(8), 0) == 9007199254740992.0",
      "assert round(candidate(9), 0) == 9007199254740992.0",
      "assert round(candidate(10), 2) == 1.0",
    );
    const candidate = `function f(x)
  if x == 1 then return 314.5 end
  if x == 2 then return 314.50000000000006 end
  if x == 3 then return 314 end
  if x == 4 then return 0/0 end
  if x == 5 then return 3.1449999999999996 end
  if x == 6 then return 3.145 end
  if x == 7 then return "0" end
  if x == 8 then return 9007199254740992 end
  if x == 9 then return 9007199254740993 end
  return true
end`;
    const { compiled, run } = await runSuite(source, candidate);
    expect(compiled.program).toContain('"a number from 313.5 to 314.5", "float", function() return f(1) end, 313.5, 314.5)');
    expect(failedLines(run.stdout)).toEqual([2, 4, 6, 7, 9].map((n) => lineOf(source, `candidate(${n})`)));
    expect(run.stdout).toContain("  expected: a number from 313.5 to 314.5\n  actual:   314.50000000000006\n");
  });
});
