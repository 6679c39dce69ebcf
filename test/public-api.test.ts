/**
 * A backend written from outside the package: it imports only the public entry ("polytest",
 * resolved through package.json "exports" to the built dist/), as a third-party package would.
 */
import { describe, expect, it } from "vitest";
import {
  type Backend,
  compileTests,
  describeExpectation,
  failHeader,
  listBackends,
  parseTests,
  registerBackend,
  toPythonLiteral,
} from "polytest";

const toyBackend: Backend = {
  info: {
    name: "toy",
    displayName: "Toy",
    aliases: ["ty"],
    extension: ".toy",
    runCommand: ["toy", "{file}"],
    commentStart: "//",
    commentEnd: "",
    debianPackages: [],
  },
  entryPointName: (name) => name.toUpperCase(),
  compileAssertion(assertion, context) {
    if (assertion.kind !== "equal") {
      return { refusal: { code: "refused/toy-kind", message: `toy compiles only ==, not ${assertion.kind}` } };
    }
    const args = assertion.call.args.map(toPythonLiteral).join(", ");
    return { code: `check ${context.entryPoint}(${args}) is ${describeExpectation(assertion)} // ${failHeader(assertion)}` };
  },
  renderProgram: (context, assertions) => `// tests for ${context.entryPoint}\n${assertions.join("\n")}\n`,
};

describe("public API", () => {
  it("registers a backend from outside and compiles with it by name and alias", async () => {
    registerBackend(toyBackend);
    expect(listBackends().map((b) => b.info.name)).toEqual(["julia", "lua", "ocaml", "r", "racket", "toy"]);
    const source = "def inc(x: int) -> int:\n    return x + 1\n\ndef check(candidate):\n    assert candidate(1) == 2\n    assert candidate(2) != 4\n\ncheck(inc)\n";
    const result = await compileTests(source, "ty");
    expect(result.language).toBe("toy");
    expect(result.entryPoint).toBe("INC");
    expect(result.program).toBe("// tests for INC\ncheck INC(1) is 2 // FAIL line 5: assert candidate(1) == 2\n");
    expect(result.assertions).toEqual({ total: 2, compiled: 1 });
    expect(result.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([[6, 5, "refused/toy-kind"]]);
  });

  it("parseTests returns the IR suite", async () => {
    const suite = await parseTests("assert f(1.5) == [1, 'a']\n");
    expect(suite.entryPoint).toBe("f");
    expect(suite.assertions[0]!.expected).toMatchObject({ kind: "list", items: [{ kind: "int", value: 1n }, { kind: "str", value: "a" }] });
  });

  it("rejects an unknown language with the list of known ones", async () => {
    await expect(compileTests("assert f(1) == 1", "cobol")).rejects.toThrow(/unknown target language 'cobol'; known: julia\|jl, lua, ocaml\|ml/);
  });
});
