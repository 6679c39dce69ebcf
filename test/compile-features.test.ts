import { describe, expect, it } from "vitest";
import type { Backend } from "../src/backend.js";
import { compileTypedSuite } from "../src/compile.js";
import { NO_SPAN } from "../src/ir/span.js";
import { DEFAULT_TOLERANCE, type TypedAssertion, type TypedSuite } from "../src/ir/suite.js";
import type { Type } from "../src/ir/types.js";
import type { Value } from "../src/ir/values.js";
import { TOY_LANGUAGE } from "./support/toy-language.js";

const INT: Type = { kind: "int" };
const LIST_INT: Type = { kind: "list", element: INT };
const int = (n: number): Value => ({ kind: "int", value: BigInt(n), span: NO_SPAN });
const float = (x: number): Value => ({ kind: "float", value: x, text: String(x), span: NO_SPAN });

function assertion(overrides: Partial<TypedAssertion>): TypedAssertion {
  return {
    kind: "equal",
    call: { callee: "f", args: [int(1)], span: NO_SPAN },
    expected: { kind: "list", items: [int(1), int(2)], span: NO_SPAN },
    span: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 30 },
    source: "assert sorted(f(1)) == [1, 2]",
    argTypes: [INT],
    resultType: LIST_INT,
    declaredArgTypes: [INT],
    declaredResultType: LIST_INT,
    tolerance: DEFAULT_TOLERANCE,
    toleranceStated: false,
    ...overrides,
  };
}

function suiteOf(assertions: TypedAssertion[]): TypedSuite {
  return {
    entryPoint: "f",
    signature: { params: [{ name: "x", type: INT, annotated: true }], returns: LIST_INT, returnsAnnotated: true },
    assertions,
    diagnostics: [],
    assertStatements: assertions.length,
  };
}

/** A backend that writes each assertion's kind and view, to see what reached it. */
function recordingBackend(features: Backend["features"]): Backend {
  return {
    info: TOY_LANGUAGE,
    ...(features ? { features } : {}),
    entryPointName: (name) => name,
    compileAssertion: (a) => ({ code: `${a.kind}${a.view ? `/${a.view}` : ""}` }),
    renderProgram: (_context, assertions) => assertions.join("\n"),
  };
}

describe("backend features", () => {
  const shapes = [
    assertion({ view: "sorted" }),
    assertion({ view: "set", source: "assert set(f(1)) == {1, 2}" }),
    assertion({ kind: "inRange", range: { low: float(2.5), high: float(3.5) }, source: "assert round(f(1)) == 3" }),
    assertion({ source: "assert f(1) == [1, 2]" }),
  ];

  it("refuses the shapes a backend does not list, before the backend sees them", () => {
    const compiled = compileTypedSuite(suiteOf(shapes), recordingBackend(undefined));
    expect(compiled.program).toBe("equal");
    expect(compiled.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["unsupported/shape", 2],
      ["unsupported/shape", 2],
      ["unsupported/shape", 2],
    ]);
    expect(compiled.diagnostics.map((d) => d.message)).toEqual([
      "toy: this backend does not compile the shape sorted(...) == [...] yet",
      "toy: this backend does not compile the shape set(...) == {...} yet",
      "toy: this backend does not compile the shape round(...) == y yet",
    ]);
  });

  it("passes them through to a backend that lists them", () => {
    const compiled = compileTypedSuite(suiteOf(shapes), recordingBackend(["sortedView", "setView", "inRange"]));
    expect(compiled.program.split("\n")).toEqual(["equal/sorted", "equal/set", "inRange", "equal"]);
    expect(compiled.diagnostics).toEqual([]);
  });
});
