import { describe, expect, it } from "vitest";
import { parseTests } from "../../src/index.js";

const errors = (diagnostics: readonly { severity: string; line: number; column: number; code: string; message: string }[]) =>
  diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.column, d.code, d.message]);

describe("stated tolerances", () => {
  it("reads every spelling of abs(a - b) < eps and math.isclose exactly", async () => {
    const suite = await parseTests(
      [
        "import math",
        "from math import fabs, isclose",
        "def f(x): return x",
        "assert abs(f(1) - 2.5) < 1e-6",
        "assert abs(2.5 - f(1)) <= 1e-6",
        "assert 1e-3 > abs(f(1) - 2)",
        "assert 0.5 >= math.fabs(f(1) - 2)",
        "assert fabs(f(1) - 2) < 1",
        "assert math.isclose(f(1), 2.0, rel_tol=1e-3, abs_tol=1e-9)",
        "assert isclose(2.0, f(1))",
      ].join("\n"),
    );
    expect(errors(suite.diagnostics)).toEqual([]);
    expect(suite.assertions.map((a) => [a.kind, a.expected && "value" in a.expected ? a.expected.value : undefined, a.tolerance])).toEqual([
      ["equal", 2.5, { kind: "absdiff", epsilon: 1e-6, inclusive: false }],
      ["equal", 2.5, { kind: "absdiff", epsilon: 1e-6, inclusive: true }],
      ["equal", 2n, { kind: "absdiff", epsilon: 1e-3, inclusive: false }],
      ["equal", 2n, { kind: "absdiff", epsilon: 0.5, inclusive: true }],
      ["equal", 2n, { kind: "absdiff", epsilon: 1, inclusive: false }],
      ["equal", 2, { kind: "isclose", relative: 1e-3, absolute: 1e-9 }],
      ["equal", 2, { kind: "isclose", relative: 1e-9, absolute: 0 }],
    ]);
  });

  it("refuses look-alikes that are not tolerance checks", async () => {
    expect(
      errors(
        (
          await parseTests(
            ["def f(x): return x", "def fabs(x): return x", "assert fabs(f(1) - 2) < 1", "assert abs(f(1) + 2) < 1", "assert math.isclose(f(1), 2, rel_tol=-1)"].join("\n"),
          )
        ).diagnostics,
      ),
    ).toEqual([
      [3, 8, "assert/shape", "ordering comparison 'fabs(f(1) - 2) < 1' is not a tolerance check"],
      [4, 8, "assert/shape", "ordering comparison 'abs(f(1) + 2) < 1' is not a tolerance check"],
      [5, 8, "assert/shape", "math.isclose raises ValueError for a negative tolerance"],
    ]);
  });
});

describe("pytest.approx", () => {
  it("compiles a scalar approx to pytest's tolerance, computed as pytest does", async () => {
    const suite = await parseTests(
      [
        "import pytest",
        "from pytest import approx",
        "def f(x): return x",
        "assert f(1) == pytest.approx(2.5)",
        "assert f(1) == approx(1e-20)",
        "assert approx(3, abs=0.1) == f(1)",
        "assert f(1) == approx(100.0, rel=0.01)",
        "assert f(1) == approx(100.0, rel=1e-9, abs=0.5)",
        "assert f(1) == approx(100.0, rel=None, abs=None)",
        "assert f(1) == approx(float('inf'))",
      ].join("\n"),
    );
    expect(errors(suite.diagnostics)).toEqual([]);
    expect(suite.assertions.map((a) => a.tolerance)).toEqual([
      { kind: "absdiff", epsilon: 1e-6 * 2.5, inclusive: true },
      { kind: "absdiff", epsilon: 1e-12, inclusive: true },
      { kind: "absdiff", epsilon: 0.1, inclusive: true },
      { kind: "absdiff", epsilon: 0.01 * 100.0, inclusive: true },
      { kind: "absdiff", epsilon: 0.5, inclusive: true },
      { kind: "absdiff", epsilon: 1e-6 * 100.0, inclusive: true },
      { kind: "isclose", relative: 0, absolute: 0 },
    ]);
    expect(suite.assertions.map((a) => a.kind)).toEqual(Array(7).fill("equal"));
  });

  it("refuses nan, containers, != and unknown options", async () => {
    expect(
      errors(
        (
          await parseTests(
            [
              "import pytest",
              "def f(x): return x",
              "assert f(1) == pytest.approx(float('nan'))",
              "assert f(1) == pytest.approx([1.0, 2.0])",
              "assert f(1) != pytest.approx(1.0)",
              "assert f(1) == pytest.approx(1.0, nan_ok=True)",
              "assert f(1) == pytest.approx('a')",
              "assert f(1) == approx(1.0)",
            ].join("\n"),
          )
        ).diagnostics,
      ),
    ).toEqual([
      [3, 16, "assert/approx", "approx(nan) equals nothing (nan_ok is not set): the assert can never hold"],
      [4, 30, "assert/approx", "pytest.approx over a list compares item by item with per-item tolerances, which is not supported"],
      [5, 8, "assert/approx", "pytest.approx is supported only as 'f(x) == approx(e)', not 'f(1) != pytest.approx(1.0)'"],
      [6, 42, "assert/approx", "pytest.approx argument 'nan_ok' is not supported"],
      [7, 30, "assert/approx", "pytest.approx of a str is not supported (only numbers)"],
      [8, 16, "literal/unsupported", "a call of 'approx' is not a literal value"],
    ]);
  });
});
