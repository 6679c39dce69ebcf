import { describe, expect, it } from "vitest";
import { parseTests } from "../src/index.js";
import { checkSuite } from "../src/typecheck/check.js";

const warnings = async (source: string) =>
  checkSuite(await parseTests(source)).diagnostics.filter((d) => d.code === "type/conflict").map((d) => [d.severity, d.line, d.column, d.message]);

describe("conflicting kinds at unannotated positions", () => {
  it("warns with the first value of each kind, at arguments, results and inside containers", async () => {
    expect(
      await warnings(
        [
          "assert f(1, [1]) == 'a'",
          "assert f(2.5, ['x']) == None",
          "assert f('s', []) == 3",
          "assert f(True, [2]) == 'b'",
        ].join("\n"),
      ),
    ).toEqual([
      ["warning", 3, 10, "argument 'arg0' has no annotation and gets values of different kinds (a number at line 1, column 10; a str at line 3, column 10; a bool at line 4, column 10): its type is a union, which some targets refuse"],
      ["warning", 2, 16, "argument 'arg1', at its items, has no annotation and gets values of different kinds (a number at line 1, column 14; a str at line 2, column 16): its type is a union, which some targets refuse"],
      ["warning", 3, 22, "the result has no annotation and gets values of different kinds (a str at line 1, column 21; a number at line 3, column 22): its type is a union, which some targets refuse"],
    ]);
  });

  it("stays quiet for int+float, T+None, empty containers and annotated positions", async () => {
    expect(await warnings("assert f(1, []) == None\nassert f(2.5, [1]) == [2]\nassert f(3, [1.5]) == []\n")).toEqual([]);
    expect(await warnings("from typing import Union\ndef f(x: Union[int, str]) -> Union[int, str]: pass\nassert f(1) == 'a'\nassert f('b') == 2\n")).toEqual([]);
  });
});
