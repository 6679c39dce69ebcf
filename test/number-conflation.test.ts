/**
 * Calls a target cannot tell apart (int 3 vs float 3.0) whose Python checks differ are refused in
 * that target, never compiled into a pair of assertions no candidate could pass.
 */
import { describe, expect, it } from "vitest";
import type { Backend, NumberDistinction } from "../src/backend.js";
import { compileTypedSuite } from "../src/compile.js";
import { parseSuite } from "../src/frontend/parse.js";
import { checkSuite } from "../src/typecheck/check.js";
import { TOY_LANGUAGE } from "./support/toy-language.js";

function toyBackend(numberDistinction: NumberDistinction): Backend {
  return {
    info: { ...TOY_LANGUAGE, numberDistinction },
    entryPointName: (name) => name,
    compileAssertion: (a) => ({ code: `line ${a.span.startLine}` }),
    renderProgram: (_context, assertions) => assertions.join("\n"),
  };
}

async function refusedLines(source: string, distinction: NumberDistinction): Promise<number[]> {
  const compiled = compileTypedSuite(checkSuite(await parseSuite(source)), toyBackend(distinction));
  return compiled.diagnostics.filter((d) => d.code === "refused/int-float-indistinct").map((d) => d.line);
}

// HumanEval/92 as MultiPL-E annotates it: asserts 9 and 10 are one call once 3 is passed as 3.0.
const ANY_INT = [
  "def any_int(x: float, y: float, z: float) -> bool:",
  "    pass",
  "def check(candidate):",
  "    assert candidate(2, 3, 1) == True",
  "    assert candidate(2.5, 2, 3) == False",
  "    assert candidate(3, 4, 7) == True",
  "    assert candidate(3.0, 4, 7) == False",
  "check(any_int)",
].join("\n");

// Unannotated: the position mixes ints and floats, and the function looks at the type.
const IS_INT = ["assert is_int(3) == True", "assert is_int(3.0) == False", "assert is_int([1, 2.0]) == False", "assert is_int([1.0, 2.0]) == False", "assert is_int(4.5) == False"].join("\n");

describe("int vs float calls a target conflates", () => {
  it("refuses both members of HumanEval/92's clashing pair where floats are one number", async () => {
    expect(await refusedLines(ANY_INT, "exceptFloatPositions")).toEqual([6, 7]);
    expect(await refusedLines(ANY_INT, "never")).toEqual([6, 7]);
  });

  it("keeps everything where the target tells ints from floats", async () => {
    expect(await refusedLines(ANY_INT, "always")).toEqual([]);
    expect(await refusedLines(IS_INT, "always")).toEqual([]);
  });

  it("conflates ints with floats everywhere only for 'never' (R): unannotated mixed positions", async () => {
    expect(await refusedLines(IS_INT, "never")).toEqual([1, 2]);
  });

  it("keeps pairs whose checks agree, and Python's own duplicate calls with different checks", async () => {
    const agree = ["def f(x: float) -> float:", "    pass", "def check(candidate):", "    assert candidate(3) == 6.0", "    assert candidate(3.0) == 6", "check(f)"].join("\n");
    expect(await refusedLines(agree, "never")).toEqual([]);
    const pythonFails = ["assert g(3) == 1", "assert g(3) == 2"].join("\n");
    expect(await refusedLines(pythonFails, "never")).toEqual([]);
  });

  it("looks inside containers, sets and dicts", async () => {
    const nested = [
      "def h(xs: list[float], d: dict[str, float]) -> bool:",
      "    pass",
      "def check(candidate):",
      "    assert candidate([1, 2.5], {'a': 1}) == True",
      "    assert candidate([1.0, 2.5], {'a': 1.0}) == False",
      "    assert candidate([1.0, 2.5], {'a': 2.0}) == False",
      "check(h)",
    ].join("\n");
    expect(await refusedLines(nested, "exceptFloatPositions")).toEqual([4, 5]);
  });
});
